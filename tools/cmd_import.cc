// kg import: bulk-load node and edge CSV files into an empty database.
#include <chrono>
#include <iostream>

#include "graph/csv_import.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

struct ImportCommandOptions {
  std::string db;
  std::string nodes;
  std::string edges;
};

int RunImport(const ImportCommandOptions& opts) {
  auto start = std::chrono::steady_clock::now();
  auto store = OpenStore(opts.db, /*read_only=*/false);
  if (!store.ok()) return ReportError(store.status());
  graph::ImportOptions options;
  options.nodes_path = opts.nodes;
  options.edges_path = opts.edges;
  auto result = graph::ImportCsv(store->get(), options);
  if (!result.ok()) return ReportError(result.status());
  double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::cerr << "imported " << result->nodes << " nodes, " << result->edges << " edges ("
            << result->edge_rows << " rows), " << result->documents << " documents in "
            << secs << " s\n";
  return kExitOk;
}

}  // namespace

void AddImportCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<ImportCommandOptions>();
  CLI::App* sub = app.add_subcommand(
      "import", "bulk-load nodes.csv (id,name,type) and edges.csv (src,dst,type,date,doc)");
  AddDbOption(sub, &opts->db);
  sub->add_option("--nodes", opts->nodes, "node file: header id,name,type")
      ->required()
      ->check(CLI::ExistingFile);
  sub->add_option("--edges", opts->edges,
                  "edge file: header src,dst,type and optional date,doc,modality")
      ->required()
      ->check(CLI::ExistingFile);
  sub->callback([opts, action] { *action = [opts] { return RunImport(*opts); }; });
}

}  // namespace kg::tools
