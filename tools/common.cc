#include <cstdlib>
#include <iostream>

#include "ingest/article_reader.h"
#include "tools/commands.h"

namespace kg::tools {

std::string DefaultDbPath() {
  const char* env = std::getenv("KG_DB");
  return (env && *env) ? env : "kg.db";
}

void AddDbOption(CLI::App* sub, std::string* db) {
  *db = DefaultDbPath();
  sub->add_option("--db", *db, "database directory (default: $KG_DB, else ./kg.db)");
}

int ReportError(const Status& s, bool usage_on_invalid) {
  std::cerr << "kg: error: " << s.message() << "\n";
  return (usage_on_invalid && s.IsInvalidArgument()) ? kExitUsage : kExitError;
}

Result<std::unique_ptr<graph::Store>> OpenStore(const std::string& db, bool read_only) {
  graph::StoreOptions options;
  options.read_only = read_only;
  return graph::Store::Open(db, options);
}

int ForEachArticle(const std::vector<std::string>& inputs, const std::string& default_date,
                   const std::function<void(ingest::Article&&)>& each) {
  ingest::ReadOptions read_opts;
  read_opts.default_date = default_date;
  ingest::ReadStats stats;
  auto sink = [&](ingest::Article&& a) {
    each(std::move(a));
    return true;
  };
  auto warn = [](const std::string& w) { std::cerr << w << "\n"; };
  Status s = ingest::ReadArticles(inputs, read_opts, std::cin, sink, warn, &stats);
  if (!s.ok()) return ReportError(s);
  return stats.skipped ? kExitError : kExitOk;
}

}  // namespace kg::tools
