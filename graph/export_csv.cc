#include "graph/export_csv.h"

#include "graph/export_escape.h"

namespace kg::graph {
namespace {

void WriteNodeRow(std::ostream& out, const Node& n) {
  std::string aliases;
  for (const auto& a : n.aliases) {
    // ';' separates array elements, so it cannot appear inside one.
    std::string clean = a;
    for (char& c : clean) c = c == ';' ? ',' : c;
    aliases += (aliases.empty() ? "" : ";") + clean;
  }
  out << n.id << ',' << CsvField(n.name) << ',' << NodeTypeName(n.type) << ','
      << CsvField(aliases) << ',' << CsvField(n.first_seen) << ',' << CsvField(n.last_seen)
      << '\n';
}

Status WriteEdgeRow(std::ostream& out, const Store& store, const Edge& e) {
  std::vector<Mention> mentions;
  KG_RETURN_IF_ERROR(store.GetMentions(e.key, &mentions, 1));
  out << e.key.src << ',' << e.key.dst << ',' << CsvField(e.relation) << ','
      << ModalityName(e.key.modality) << ',' << CsvField(e.summary.first_date) << ','
      << CsvField(e.summary.last_date) << ',' << e.summary.mention_count << ','
      << e.summary.doc_count << ',' << CsvField(mentions.empty() ? "" : mentions.front().text)
      << '\n';
  return Status::OK();
}

}  // namespace

Status WriteCsv(const GraphView& view, std::ostream& nodes, std::ostream& edges) {
  nodes << "id:ID,name,:LABEL,aliases:string[],first_seen,last_seen\n";
  KG_RETURN_IF_ERROR(view.ForEachNode([&](const Node& n) {
    WriteNodeRow(nodes, n);
    return true;
  }));
  edges << ":START_ID,:END_ID,:TYPE,modality,first_date,last_date,mention_count:int,"
           "doc_count:int,evidence\n";
  Status status;
  KG_RETURN_IF_ERROR(view.ForEachEdge([&](const Edge& e) {
    status = WriteEdgeRow(edges, view.store(), e);
    return status.ok();
  }));
  KG_RETURN_IF_ERROR(status);
  if (!nodes || !edges) return Status::IOError("cannot write the CSV output");
  return Status::OK();
}

}  // namespace kg::graph
