#include "tools/query_flags.h"

#include "graph/export_dot.h"
#include "graph/subgraph.h"

namespace kg::tools {

Result<query::QueryOptions> QueryFlags::ToQueryOptions() const {
  query::QueryOptions opts;
  for (const auto& p : params) {
    size_t eq = p.find('=');
    if (eq == std::string::npos || eq == 0) {
      return Status::InvalidArgument("--param needs name=value, not '" + p + "'");
    }
    opts.params[p.substr(0, eq)] = query::ParseParamValue(p.substr(eq + 1));
  }
  opts.exec.max_rows = max_rows;
  opts.exec.timeout_ms = timeout_ms;
  opts.exec.max_expansions = max_expansions;
  return opts;
}

void AddQueryFlags(CLI::App* sub, QueryFlags* flags) {
  sub->add_option("-p,--param", flags->params, "a query parameter, name=value (repeatable); $name in the query")
      ->allow_extra_args(false);
  sub->add_option("--format", flags->format, "table (default), json, jsonl, csv or dot")
      ->check(CLI::IsMember({"table", "json", "jsonl", "csv", "dot"}));
  sub->add_option("--max-rows", flags->max_rows, "rows printed at most; says when it cut (default 1000)");
  sub->add_option("--timeout", flags->timeout_ms, "stop a query after this many ms (default 30000; 0 = none)");
  sub->add_option("--max-expansions", flags->max_expansions,
                  "stop a query after this many node and edge visits (default 5000000)");
}

Status WriteQueryResult(const graph::Store& store, const query::ResultSet& result,
                        query::OutputFormat format, std::ostream& out) {
  if (format != query::OutputFormat::kDot) {
    query::WriteResult(result, format, out);
    return Status::OK();
  }
  query::ResultGraph found = query::CollectGraph(result);
  graph::Subgraph g(store);
  for (graph::NodeId id : found.nodes) KG_RETURN_IF_ERROR(g.AddNode(id));
  for (const graph::EdgeKey& key : found.edges) {
    graph::Edge edge;
    edge.key = key;
    edge.relation = store.RelationName(key.relation);
    auto summary = store.GetEdgeSummary(key);
    if (!summary.ok()) return summary.status();
    edge.summary = *summary;
    g.AddEdge(edge);
  }
  return graph::WriteDot(g, graph::DotOptions{}, out);
}

}  // namespace kg::tools
