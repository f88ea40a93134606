// kg export: write the graph in a format other tools read.
#include <fstream>
#include <iostream>

#include "graph/export_json.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

struct ExportOptions {
  std::string db;
  std::string format = "json";
  std::string output;  // empty: stdout
  bool pretty = false;
};

int RunExport(const ExportOptions& opts) {
  auto store = OpenStore(opts.db, /*read_only=*/true);
  if (!store.ok()) return ReportError(store.status());
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (!opts.output.empty()) {
    file.open(opts.output, std::ios::binary);
    if (!file) return ReportError(Status::IOError("cannot write " + opts.output));
    out = &file;
  }
  graph::JsonExportOptions json;
  json.pretty = opts.pretty;
  Status s = graph::WriteNodeLinkJson(**store, json, *out);
  if (!s.ok()) return ReportError(s);
  return kExitOk;
}

}  // namespace

void AddExportCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<ExportOptions>();
  CLI::App* sub = app.add_subcommand("export", "write the graph as node-link JSON");
  AddDbOption(sub, &opts->db);
  sub->add_option("--format,-f", opts->format, "output format")
      ->check(CLI::IsMember({"json"}));
  sub->add_option("--output,-o", opts->output, "write to this file instead of stdout");
  sub->add_flag("--pretty", opts->pretty, "indent the JSON");
  sub->callback([opts, action] { *action = [opts] { return RunExport(*opts); }; });
}

}  // namespace kg::tools
