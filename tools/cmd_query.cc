// kg query 'MATCH ... RETURN ...': runs one query of kg's openCypher subset
// (docs/query.md) and prints the rows as a table, JSON, JSON lines, CSV or
// DOT. Exit codes: 0 success, 1 for a query error (which names its place)
// or a storage error, 2 for bad flags.
#include <fstream>
#include <iostream>
#include <sstream>

#include "query/engine.h"
#include "query/formatter.h"
#include "tools/commands.h"
#include "tools/query_flags.h"

namespace kg::tools {
namespace {

struct QueryCommandOptions {
  std::string db;
  std::string text;
  std::string file;
  QueryFlags flags;
};

Result<std::string> QueryText(const QueryCommandOptions& o) {
  if (!o.file.empty()) {
    std::ifstream in(o.file);
    if (!in) return Status::InvalidArgument("cannot read query file " + o.file);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }
  if (!o.text.empty() && o.text != "-") return o.text;
  std::stringstream s;
  s << std::cin.rdbuf();
  return s.str();
}

int RunQuery(const QueryCommandOptions& o) {
  auto format = query::ParseOutputFormat(o.flags.format);
  if (!format) return ReportError(Status::InvalidArgument("unknown --format " + o.flags.format), true);
  auto options = o.flags.ToQueryOptions();
  if (!options.ok()) return ReportError(options.status(), true);
  auto text = QueryText(o);
  if (!text.ok()) return ReportError(text.status(), true);
  auto store = OpenStore(o.db, /*read_only=*/true);
  if (!store.ok()) return ReportError(store.status());
  query::Engine engine(**store);
  auto result = engine.Run(*text, *options);
  if (!result.ok()) return ReportError(result.status());
  Status written = WriteQueryResult(**store, *result, *format, std::cout);
  if (!written.ok()) return ReportError(written);
  if (result->truncated && *format != query::OutputFormat::kTable) {
    std::cerr << "kg: note: output cut at " << result->row_cap << " rows; raise --max-rows or add LIMIT\n";
  }
  return kExitOk;
}

}  // namespace

void AddQueryCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<QueryCommandOptions>();
  CLI::App* sub = app.add_subcommand("query", "run a Cypher query (MATCH ... RETURN ...); see docs/query.md");
  AddDbOption(sub, &opts->db);
  sub->add_option("query", opts->text, "the query text; '-' or none reads it from stdin");
  sub->add_option("-f,--file", opts->file, "read the query from a file");
  AddQueryFlags(sub, &opts->flags);
  sub->callback([opts, action] { *action = [opts] { return RunQuery(*opts); }; });
}

}  // namespace kg::tools
