#include "graph/export_graphml.h"

#include "graph/export_escape.h"

namespace kg::graph {
namespace {

struct Key {
  const char* id;
  const char* domain;  // "node" or "edge"
  const char* name;
  const char* type;    // GraphML attr.type
};

constexpr Key kKeys[] = {
    {"v_name", "node", "name", "string"},
    {"v_type", "node", "type", "string"},
    {"v_aliases", "node", "aliases", "string"},
    {"v_first_seen", "node", "first_seen", "string"},
    {"v_last_seen", "node", "last_seen", "string"},
    {"v_highlighted", "node", "highlighted", "boolean"},
    {"e_relation", "edge", "relation", "string"},
    {"e_modality", "edge", "modality", "string"},
    {"e_first_date", "edge", "first_date", "string"},
    {"e_last_date", "edge", "last_date", "string"},
    {"e_mention_count", "edge", "mention_count", "int"},
    {"e_doc_count", "edge", "doc_count", "int"},
    {"e_evidence", "edge", "evidence", "string"},
    {"e_highlighted", "edge", "highlighted", "boolean"},
};

void Data(std::ostream& out, const char* key, std::string_view value) {
  out << "      <data key=\"" << key << "\">" << EscapeXml(value) << "</data>\n";
}

void WriteNode(std::ostream& out, const GraphView& view, const Node& n) {
  std::string aliases;
  for (const auto& a : n.aliases) aliases += (aliases.empty() ? "" : "; ") + a;
  out << "    <node id=\"n" << n.id << "\">\n";
  Data(out, "v_name", n.name);
  Data(out, "v_type", NodeTypeName(n.type));
  Data(out, "v_aliases", aliases);
  Data(out, "v_first_seen", n.first_seen);
  Data(out, "v_last_seen", n.last_seen);
  Data(out, "v_highlighted", view.IsHighlighted(n.id) ? "true" : "false");
  out << "    </node>\n";
}

Status WriteEdge(std::ostream& out, const GraphView& view, const Edge& e, uint64_t index) {
  std::vector<Mention> mentions;
  KG_RETURN_IF_ERROR(view.store().GetMentions(e.key, &mentions, 1));
  out << "    <edge id=\"e" << index << "\" source=\"n" << e.key.src << "\" target=\"n"
      << e.key.dst << "\">\n";
  Data(out, "e_relation", e.relation);
  Data(out, "e_modality", ModalityName(e.key.modality));
  Data(out, "e_first_date", e.summary.first_date);
  Data(out, "e_last_date", e.summary.last_date);
  Data(out, "e_mention_count", std::to_string(e.summary.mention_count));
  Data(out, "e_doc_count", std::to_string(e.summary.doc_count));
  Data(out, "e_evidence", mentions.empty() ? "" : mentions.front().text);
  Data(out, "e_highlighted", view.IsHighlighted(e.key) ? "true" : "false");
  out << "    </edge>\n";
  return Status::OK();
}

}  // namespace

Status WriteGraphMl(const GraphView& view, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
      << "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
      << "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
         "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n";
  for (const Key& k : kKeys) {
    out << "  <key id=\"" << k.id << "\" for=\"" << k.domain << "\" attr.name=\"" << k.name
        << "\" attr.type=\"" << k.type << "\"/>\n";
  }
  out << "  <graph id=\"kg\" edgedefault=\"directed\">\n";
  KG_RETURN_IF_ERROR(view.ForEachNode([&](const Node& n) {
    WriteNode(out, view, n);
    return true;
  }));
  Status status;
  uint64_t index = 0;
  KG_RETURN_IF_ERROR(view.ForEachEdge([&](const Edge& e) {
    status = WriteEdge(out, view, e, index++);
    return status.ok();
  }));
  KG_RETURN_IF_ERROR(status);
  out << "  </graph>\n</graphml>\n";
  if (!out) return Status::IOError("cannot write the GraphML output");
  return Status::OK();
}

}  // namespace kg::graph
