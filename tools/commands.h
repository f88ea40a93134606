// The kg command line: one program, a subcommand per job. Each Add*Command
// registers its subcommand and, when the user picks it, sets *action to the
// code that runs it. Actions return the exit status: 0 success, 1 error,
// 2 usage error.
#pragma once

#include <CLI/CLI.hpp>

#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

#include "graph/status.h"
#include "graph/store.h"
#include "ingest/article.h"

namespace kg::tools {

using Action = std::function<int()>;

inline constexpr int kExitOk = 0;
inline constexpr int kExitError = 1;
inline constexpr int kExitUsage = 2;

// $KG_DB if set, else "./kg.db".
std::string DefaultDbPath();
// Adds --db PATH to a subcommand, defaulting to DefaultDbPath().
void AddDbOption(CLI::App* sub, std::string* db);
// Prints "kg: error: <message>" to stderr; returns kExitError, or kExitUsage
// for InvalidArgument when `usage_on_invalid` is set.
int ReportError(const Status& s, bool usage_on_invalid = false);
// Opens the store at `db` for reading (read_only) or writing.
Result<std::unique_ptr<graph::Store>> OpenStore(const std::string& db, bool read_only);
// Reads every article of `inputs` (files, directories, JSONL, "-" for stdin),
// dating undated ones `default_date`, and hands each to `each`. Warnings about
// skipped inputs go to stderr. Returns kExitError when an input was skipped
// or reading failed, else kExitOk.
int ForEachArticle(const std::vector<std::string>& inputs, const std::string& default_date,
                   const std::function<void(ingest::Article&&)>& each);

void AddImportCommand(CLI::App& app, Action* action);
void AddBenchCommand(CLI::App& app, Action* action);
void AddStatsCommand(CLI::App& app, Action* action);
void AddExportCommand(CLI::App& app, Action* action);
void AddQueryCommand(CLI::App& app, Action* action);
void AddShellCommand(CLI::App& app, Action* action);
void AddBenchQueryCommand(CLI::App& app, Action* action);
void AddPathCommand(CLI::App& app, Action* action);
void AddIngestCommand(CLI::App& app, Action* action);
void AddExtractCommand(CLI::App& app, Action* action);
void AddExplainCommand(CLI::App& app, Action* action);
void AddEvalCommand(CLI::App& app, Action* action);
void AddTrainCommand(CLI::App& app, Action* action);

}  // namespace kg::tools
