// Executor: runs a Plan against the store and returns a ResultSet; the last
// stage of a query and the only one that reads the graph. Anchored patterns
// start from the alias index or a node id and follow adjacency prefix
// scans; shortest paths use graph/paths.h with the WHERE predicates on the
// path applied during the search.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "graph/status.h"
#include "graph/store.h"
#include "query/plan.h"
#include "query/result_set.h"

namespace kg::query {

struct ExecOptions {
  // Rows returned at most; a result that had more says it was cut.
  // Default: 1000.
  size_t max_rows = 1000;
  // Wall-clock limit; a query that runs longer stops with an error.
  // Default: 30000 ms. 0: no limit.
  uint64_t timeout_ms = 30000;
  // Rows any one operator may hold before the query stops with an error.
  // Default: 1,000,000.
  size_t max_intermediate_rows = 1'000'000;
  // Adjacency scans and node visits a query may make before it stops.
  // Default: 5,000,000.
  size_t max_expansions = 5'000'000;
  // Measure rows and time per operator (PROFILE).
  // Default: false.
  bool profile = false;
};

// Runs `plan` (made from `text`, which runtime errors quote). Returns the
// rows; on failure InvalidArgument for a runtime error in the query (type
// mismatch, bad regex), Busy when a limit stopped it, IOError/Corruption
// from the store.
Result<ResultSet> Execute(std::string_view text, const Plan& plan, const graph::Store& store,
                          const std::map<std::string, Value>& params, const ExecOptions& options);

}  // namespace kg::query
