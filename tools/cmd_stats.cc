// kg stats: counts of nodes by type, edges by relation, mentions, documents.
#include <iomanip>
#include <iostream>

#include "tools/commands.h"

namespace kg::tools {
namespace {

struct StatsOptions {
  std::string db;
  bool json = false;
};

void PrintTable(const graph::GraphStats& st, std::ostream& out) {
  out << "documents  " << st.documents << "\n"
      << "nodes      " << st.nodes << "\n";
  for (const auto& [type, n] : st.nodes_by_type) {
    out << "  " << std::left << std::setw(20) << type << n << "\n";
  }
  out << "edges      " << st.edges << "\n";
  for (const auto& [rel, n] : st.edges_by_relation) {
    out << "  " << std::left << std::setw(20) << rel << n << "\n";
  }
  out << "mentions   " << st.mentions << "\n";
}

void PrintJson(const graph::GraphStats& st, std::ostream& out) {
  auto object = [&](const std::map<std::string, uint64_t>& m) {
    out << "{";
    bool first = true;
    for (const auto& [k, v] : m) {
      out << (first ? "" : ", ") << "\"" << k << "\": " << v;
      first = false;
    }
    out << "}";
  };
  out << "{\"documents\": " << st.documents << ", \"nodes\": " << st.nodes
      << ", \"edges\": " << st.edges << ", \"mentions\": " << st.mentions
      << ", \"nodes_by_type\": ";
  object(st.nodes_by_type);
  out << ", \"edges_by_relation\": ";
  object(st.edges_by_relation);
  out << "}\n";
}

int RunStats(const StatsOptions& opts) {
  auto store = OpenStore(opts.db, /*read_only=*/true);
  if (!store.ok()) return ReportError(store.status());
  auto st = (*store)->Stats();
  if (!st.ok()) return ReportError(st.status());
  if (opts.json) {
    PrintJson(*st, std::cout);
  } else {
    PrintTable(*st, std::cout);
  }
  return kExitOk;
}

}  // namespace

void AddStatsCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<StatsOptions>();
  CLI::App* sub = app.add_subcommand("stats", "count nodes by type and edges by relation");
  AddDbOption(sub, &opts->db);
  sub->add_flag("--json", opts->json, "print the counts as JSON");
  sub->callback([opts, action] { *action = [opts] { return RunStats(*opts); }; });
}

}  // namespace kg::tools
