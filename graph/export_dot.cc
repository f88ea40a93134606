// The DOT writer. Styles are tables indexed by entity type; relation colours
// follow the store's sorted relation names, so they are distinct for up to
// 12 relations and stable per database. The legend is written last, from
// what was drawn.
#include "graph/export_dot.h"

#include <array>
#include <map>
#include <set>

#include "graph/export_escape.h"

namespace kg::graph {
namespace {

struct TypeStyle {
  const char* shape;
  const char* fill;
};

constexpr std::array<TypeStyle, kNodeTypeCount> kTypeStyles = {{
    {"box", "#cfe2f3"},       // Country
    {"ellipse", "#fff2cc"},   // Person
    {"hexagon", "#d9ead3"},   // Organization
    {"note", "#f4cccc"},      // Agreement
    {"house", "#e6e0f5"},     // City
    {"octagon", "#fce5cd"},   // Group
    {"diamond", "#eeeeee"},   // Other
}};

constexpr std::array<const char*, 12> kRelationColours = {
    "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
    "#e377c2", "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"};

constexpr const char* kHighlight = "#d62728";

const TypeStyle& StyleOf(NodeType t) { return kTypeStyles[static_cast<size_t>(t)]; }

// Relation colours by the relation's rank in the store's sorted relation
// names: distinct for up to 12 relations, and the same in every export of
// one database.
std::map<std::string, const char*> RelationColours(const Store& store) {
  std::map<std::string, const char*> colours;
  size_t i = 0;
  for (const auto& [name, id] : store.Relations()) {
    colours[name] = kRelationColours[i++ % kRelationColours.size()];
  }
  return colours;
}

std::string Quoted(std::string_view s) { return "\"" + EscapeDotString(s) + "\""; }

// Writes nodes and edges and remembers what the legend must explain.
class DotWriter {
 public:
  DotWriter(const GraphView& view, const DotOptions& options, std::ostream& out)
      : view_(view), options_(options), out_(out), colours_(RelationColours(view.store())) {}

  void Header() {
    out_ << "digraph kg {\n"
         << "  graph [rankdir=LR, fontname=\"Helvetica\", fontsize=11, charset=\"UTF-8\"";
    if (!options_.title.empty()) out_ << ", labelloc=t, label=" << Quoted(options_.title);
    out_ << "];\n"
         << "  node [fontname=\"Helvetica\", fontsize=10, style=filled, color=\"#555555\"];\n"
         << "  edge [fontname=\"Helvetica\", fontsize=8];\n";
  }

  void Node(const graph::Node& n) {
    types_.insert(n.type);
    std::string tooltip = std::string(NodeTypeName(n.type)) + ": " + n.name;
    if (!n.aliases.empty()) {
      tooltip += "\nalso: ";
      for (size_t i = 0; i < n.aliases.size(); ++i) tooltip += (i ? ", " : "") + n.aliases[i];
    }
    out_ << "  n" << n.id << " [label=" << Quoted(n.name) << ", shape=" << StyleOf(n.type).shape
         << ", fillcolor=\"" << StyleOf(n.type).fill << "\", tooltip="
         << Quoted(Truncate(tooltip, options_.max_tooltip_bytes));
    if (view_.IsHighlighted(n.id)) out_ << ", penwidth=3, color=\"" << kHighlight << "\"";
    out_ << "];\n";
  }

  Status Edge(const graph::Edge& e) {
    relations_.insert(e.relation);
    modalities_.insert(e.key.modality);
    std::string label = e.relation;
    if (e.key.modality == Modality::kNegated) label = "NOT " + label;
    if (e.key.modality == Modality::kHypothetical) label += " (hypothetical)";
    if (!e.summary.first_date.empty()) label += "\n" + e.summary.first_date;
    auto tooltip = Evidence(e);
    if (!tooltip.ok()) return tooltip.status();
    const char* colour = RelationColour(e.relation);
    out_ << "  n" << e.key.src << " -> n" << e.key.dst << " [label=" << Quoted(label)
         << ", color=\"" << colour << "\", fontcolor=\"" << colour
         << "\", tooltip=" << Quoted(*tooltip);
    if (e.key.modality == Modality::kHypothetical) out_ << ", style=dashed";
    if (e.key.modality == Modality::kNegated) out_ << ", style=dotted, arrowhead=tee";
    if (view_.IsHighlighted(e.key)) out_ << ", penwidth=3";
    out_ << "];\n";
    return Status::OK();
  }

  void Legend();

 private:
  const char* RelationColour(const std::string& relation) const {
    auto it = colours_.find(relation);
    return it == colours_.end() ? kRelationColours[0] : it->second;
  }

  // "sentence" (title, date) for the edge's first mention.
  Result<std::string> Evidence(const graph::Edge& e) {
    std::vector<Mention> mentions;
    KG_RETURN_IF_ERROR(view_.store().GetMentions(e.key, &mentions, 1));
    std::string text = e.relation + " (" + std::to_string(e.summary.mention_count) + " mentions)";
    if (mentions.empty()) return text;
    const Mention& m = mentions.front();
    auto doc = view_.store().GetDocument(m.doc);
    std::string source = doc.ok() ? doc->title : DocIdToString(m.doc);
    std::string date = !m.date.empty() ? m.date : doc.ok() ? doc->date : "";
    text = m.text + "\n(" + source + (date.empty() ? "" : ", " + date) + ")";
    return Truncate(text, options_.max_tooltip_bytes);
  }

  const GraphView& view_;
  const DotOptions& options_;
  std::ostream& out_;
  std::set<NodeType> types_;
  std::set<std::string> relations_;
  std::set<Modality> modalities_;
  std::map<std::string, const char*> colours_;
};

// One plaintext node with an HTML-like table: a row per entity type drawn in
// its shape's colour, a row per relation in its colour, and the line styles.
void DotWriter::Legend() {
  if (types_.empty()) return;
  out_ << "  subgraph cluster_legend {\n"
       << "    label=\"Legend\"; fontsize=10; color=\"#999999\";\n"
       << "    legend [shape=plaintext, style=solid, label=<<TABLE BORDER=\"0\" "
          "CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\">\n";
  for (NodeType t : types_) {
    out_ << "      <TR><TD BGCOLOR=\"" << StyleOf(t).fill << "\">" << NodeTypeName(t) << " ("
         << StyleOf(t).shape << ")</TD></TR>\n";
  }
  for (const auto& r : relations_) {
    out_ << "      <TR><TD><FONT COLOR=\"" << RelationColour(r) << "\">" << EscapeXml(r)
         << " &#8594;</FONT></TD></TR>\n";
  }
  if (modalities_.count(Modality::kHypothetical)) {
    out_ << "      <TR><TD>dashed: hypothetical</TD></TR>\n";
  }
  if (modalities_.count(Modality::kNegated)) {
    out_ << "      <TR><TD>dotted, NOT: negated</TD></TR>\n";
  }
  out_ << "    </TABLE>>];\n  }\n";
}

}  // namespace

Status WriteDot(const GraphView& view, const DotOptions& options, std::ostream& out) {
  DotWriter w(view, options, out);
  w.Header();
  KG_RETURN_IF_ERROR(view.ForEachNode([&](const Node& n) {
    w.Node(n);
    return true;
  }));
  Status status;
  KG_RETURN_IF_ERROR(view.ForEachEdge([&](const Edge& e) {
    status = w.Edge(e);
    return status.ok();
  }));
  KG_RETURN_IF_ERROR(status);
  if (options.legend) w.Legend();
  out << "}\n";
  if (!out) return Status::IOError("cannot write the DOT output");
  return Status::OK();
}

}  // namespace kg::graph
