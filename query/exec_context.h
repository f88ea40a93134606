// What the executor's parts (eval.cc, match_runner.cc, project.cc,
// executor.cc) share while one query runs: the store, parameters, record
// caches, limits and the first error. Not thread-safe; one per query.
#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <regex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "graph/store.h"
#include "query/ast.h"
#include "query/executor.h"
#include "query/result_set.h"

namespace kg::query {

class ExecContext {
 public:
  ExecContext(std::string_view text, const graph::Store& store,
              const std::map<std::string, Value>& params, const ExecOptions& options);

  const graph::Store& store() const { return store_; }
  const ExecOptions& options() const { return options_; }
  const std::map<std::string, Value>& params() const { return params_; }
  graph::AdjacencyCursor& cursor() { return *cursor_; }

  // The node's record, cached; null (and no error) when it does not exist.
  std::shared_ptr<const graph::Node> GetNode(graph::NodeId id);
  std::shared_ptr<const RelRecord> GetRel(const graph::EdgeKey& key);
  const std::regex* Regex(const std::string& pattern, const Pos& pos);

  // Records the first error; later ones are dropped. Returns false.
  bool Fail(Status s);
  bool FailAt(const Pos& pos, const std::string& message);
  bool failed() const { return !error_.ok(); }
  const Status& error() const { return error_; }
  // Counts one unit of work; false (with an error set) when a limit is hit.
  bool Tick();
  // Set when enough rows were produced; every running scan then ends.
  void Stop(bool stop) { stopped_ = stop; }
  bool stopped() const { return stopped_; }

  // Values of the current group's aggregates, read by aggregate calls.
  std::vector<Value> aggregate_values;

 private:
  std::string_view text_;
  const graph::Store& store_;
  const std::map<std::string, Value>& params_;
  ExecOptions options_;
  std::unique_ptr<graph::AdjacencyCursor> cursor_;
  std::unordered_map<graph::NodeId, std::shared_ptr<const graph::Node>> nodes_;
  std::map<graph::EdgeKey, std::shared_ptr<const RelRecord>> rels_;
  std::map<std::string, std::unique_ptr<std::regex>> regexes_;
  std::chrono::steady_clock::time_point deadline_;
  size_t ticks_ = 0;
  bool stopped_ = false;
  Status error_;
};

// Evaluates `e` on `row` (which quantifiers may grow). On an error returns
// null and records it in ctx.
Value Eval(const ast::Expr& e, Row& row, ExecContext& ctx);
// True only when `e` evaluates to true (null and false filter a row out).
bool IsTrue(const ast::Expr& e, Row& row, ExecContext& ctx);
// The value of a node's or relationship's property; null when absent.
Value NodeProperty(ExecContext& ctx, graph::NodeId id, const std::string& key);
Value RelProperty(ExecContext& ctx, const graph::EdgeKey& key, const std::string& name);
// Whether a node's name or one of its aliases equals `name` after
// NormalizeName: how {name: "Putin"} matches.
bool NameMatches(const graph::Node& node, const std::string& name);

using RowSink = std::function<void(Row&)>;

// Runs one MATCH, one input row at a time, handing each result row to a
// sink (match_runner.cc); a chain of MATCH and UNWIND clauses is a pipeline
// that never holds more rows than its last clause produces.
// Thread safety: not thread-safe.
class MatchRunner {
 public:
  MatchRunner(const MatchOp& op, ExecContext& ctx);
  ~MatchRunner();
  // Calls sink for each match of `row` (which it modifies in place), or,
  // for an OPTIONAL MATCH without any, once with the new variables null.
  void RunRow(Row& row, const RowSink& sink);
  uint64_t rows() const;  // rows handed to sinks so far
  const std::vector<uint64_t>& step_rows() const;  // rows past each step

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};
// Runs one RETURN / WITH (project.cc).
std::vector<Row> RunProject(const ProjectOp& op, std::vector<Row> in, ExecContext& ctx);

}  // namespace kg::query
