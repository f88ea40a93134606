#include "tools/path_format.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include <map>

namespace kg::tools {
namespace {

using graph::Modality;
using graph::NodeId;
using graph::PathHop;

struct Evidence {
  std::string text, doc, title, date;
};

// Node names and evidence, each read from the store once.
class PathReader {
 public:
  explicit PathReader(const graph::Store& store) : store_(store) {}

  Result<graph::Node> Node(NodeId id) {
    auto it = nodes_.find(id);
    if (it != nodes_.end()) return it->second;
    auto n = store_.GetNode(id);
    if (!n.ok()) return n.status();
    return nodes_.emplace(id, *n).first->second;
  }

  // The first mention of the hop's edge; nullopt when it has none.
  Result<std::optional<Evidence>> EvidenceOf(const PathHop& hop) {
    std::vector<graph::Mention> mentions;
    KG_RETURN_IF_ERROR(store_.GetMentions(hop.edge, &mentions, 1));
    if (mentions.empty()) return std::optional<Evidence>();
    const auto& m = mentions.front();
    Evidence e{m.text, graph::DocIdToString(m.doc), "", m.date};
    auto doc = store_.GetDocument(m.doc);
    if (doc.ok()) {
      e.title = doc->title;
      if (e.date.empty()) e.date = doc->date;
    }
    return std::optional<Evidence>(e);
  }

  // "—signed→" or "←signed—", with the modality spelled out.
  std::string Arrow(const PathHop& hop) const {
    std::string rel = store_.RelationName(hop.edge.relation);
    if (hop.edge.modality == Modality::kNegated) rel = "NOT " + rel;
    if (hop.edge.modality == Modality::kHypothetical) rel += " (hypothetical)";
    return hop.forward ? "—" + rel + "→" : "←" + rel + "—";
  }

 private:
  const graph::Store& store_;
  std::map<NodeId, graph::Node> nodes_;
};

Status WriteOnePathText(PathReader& r, const graph::Path& p, std::ostream& out) {
  std::string line;
  for (size_t i = 0; i < p.nodes.size(); ++i) {
    auto n = r.Node(p.nodes[i]);
    if (!n.ok()) return n.status();
    if (i > 0) line += " " + r.Arrow(p.hops[i - 1]) + " ";
    line += n->name;
  }
  out << line << "\n";
  for (size_t i = 0; i < p.hops.size(); ++i) {
    auto a = r.Node(p.nodes[i]);
    auto b = r.Node(p.nodes[i + 1]);
    auto ev = r.EvidenceOf(p.hops[i]);
    if (!a.ok()) return a.status();
    if (!b.ok()) return b.status();
    if (!ev.ok()) return ev.status();
    out << "  " << i + 1 << ". " << a->name << " " << r.Arrow(p.hops[i]) << " " << b->name << "\n";
    if (!ev->has_value()) continue;
    const Evidence& e = **ev;
    out << "     \"" << e.text << "\"\n     — " << (e.title.empty() ? "document" : e.title)
        << " (doc " << e.doc << (e.date.empty() ? "" : ", " + e.date) << ")\n";
  }
  return Status::OK();
}

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void String(JsonWriter& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

Status WriteNodeJson(PathReader& r, NodeId id, JsonWriter& w) {
  auto n = r.Node(id);
  if (!n.ok()) return n.status();
  w.StartObject();
  w.Key("id");
  w.Uint64(id);
  w.Key("name");
  String(w, n->name);
  w.Key("type");
  String(w, graph::NodeTypeName(n->type));
  w.EndObject();
  return Status::OK();
}

Status WriteHopJson(PathReader& r, const graph::Store& store, const PathHop& hop, JsonWriter& w) {
  auto ev = r.EvidenceOf(hop);
  if (!ev.ok()) return ev.status();
  w.StartObject();
  w.Key("source");
  w.Uint64(hop.edge.src);
  w.Key("target");
  w.Uint64(hop.edge.dst);
  w.Key("relation");
  String(w, store.RelationName(hop.edge.relation));
  w.Key("modality");
  String(w, graph::ModalityName(hop.edge.modality));
  w.Key("direction");
  String(w, hop.forward ? "forward" : "backward");
  w.Key("evidence");
  if (!ev->has_value()) {
    w.Null();
  } else {
    const Evidence& e = **ev;
    w.StartObject();
    for (auto [k, v] : {std::pair{"text", &e.text}, {"doc", &e.doc}, {"title", &e.title},
                        {"date", &e.date}}) {
      w.Key(k);
      String(w, *v);
    }
    w.EndObject();
  }
  w.EndObject();
  return Status::OK();
}

Status WritePathJson(PathReader& r, const graph::Store& store, const graph::Path& p,
                     JsonWriter& w) {
  w.StartObject();
  w.Key("length");
  w.Uint64(p.length());
  w.Key("nodes");
  w.StartArray();
  for (NodeId id : p.nodes) KG_RETURN_IF_ERROR(WriteNodeJson(r, id, w));
  w.EndArray();
  w.Key("hops");
  w.StartArray();
  for (const PathHop& h : p.hops) KG_RETURN_IF_ERROR(WriteHopJson(r, store, h, w));
  w.EndArray();
  w.EndObject();
  return Status::OK();
}

}  // namespace

Status WritePathsText(const graph::Store& store, NodeId from, NodeId to,
                      const std::vector<graph::Path>& paths, size_t max_hops,
                      std::ostream& out) {
  PathReader r(store);
  if (paths.empty()) {
    auto a = r.Node(from);
    auto b = r.Node(to);
    if (!a.ok()) return a.status();
    if (!b.ok()) return b.status();
    out << "no path between " << a->name << " and " << b->name << " within " << max_hops
        << " hops\n";
    return Status::OK();
  }
  for (size_t i = 0; i < paths.size(); ++i) {
    if (paths.size() > 1) {
      out << (i ? "\n" : "") << "path " << i + 1 << " of " << paths.size() << " ("
          << paths[i].length() << " hops)\n";
    }
    KG_RETURN_IF_ERROR(WriteOnePathText(r, paths[i], out));
  }
  return out ? Status::OK() : Status::IOError("cannot write the output");
}

Status WritePathsJson(const graph::Store& store, NodeId from, NodeId to,
                      const std::vector<graph::Path>& paths, std::ostream& out) {
  PathReader r(store);
  rapidjson::OStreamWrapper os(out);
  JsonWriter w(os);
  w.StartObject();
  w.Key("from");
  KG_RETURN_IF_ERROR(WriteNodeJson(r, from, w));
  w.Key("to");
  KG_RETURN_IF_ERROR(WriteNodeJson(r, to, w));
  w.Key("paths");
  w.StartArray();
  for (const auto& p : paths) KG_RETURN_IF_ERROR(WritePathJson(r, store, p, w));
  w.EndArray();
  w.EndObject();
  out << "\n";
  return out ? Status::OK() : Status::IOError("cannot write the output");
}

}  // namespace kg::tools
