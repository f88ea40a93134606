// The query engine: runs a query text against a store by chaining the
// stages, Lex -> Parse -> PlanQuery -> Execute, as Kuzu's prepareNoLock
// does. This is the only file that knows the whole pipeline; kg query,
// kg shell and the benchmark call it.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "graph/store.h"
#include "query/executor.h"
#include "query/planner.h"
#include "query/result_set.h"
#include "query/value.h"

namespace kg::query {

struct QueryOptions {
  std::map<std::string, Value> params;  // $name -> value
  ExecOptions exec;
  PlannerOptions planner;
};

// Parses a --param value: an integer, a float, true/false/null, a quoted
// string, or else the text itself as a string.
Value ParseParamValue(std::string_view text);

// Labels, relationship types and property names of a graph, with counts:
// what the shell's :schema prints.
struct Schema {
  std::map<std::string, uint64_t> labels;
  std::map<std::string, uint64_t> relationship_types;
  std::map<std::string, uint64_t> node_properties;  // nodes that have it
  std::vector<std::string> relationship_properties;
  std::string ToString() const;
};

// Thread safety: not thread-safe; one engine per thread. Borrows the store,
// which must outlive it.
class Engine {
 public:
  explicit Engine(const graph::Store& store);
  ~Engine();

  // Runs `text`. EXPLAIN returns the plan only; PROFILE runs the query and
  // adds rows and time per operator. Errors: InvalidArgument naming the
  // place for a bad query ("query:1:14: expected ')' but found 'RETURN'"),
  // Busy when a limit stopped it, IOError/Corruption from the store.
  Result<ResultSet> Run(std::string_view text, const QueryOptions& options);

  Result<Schema> DescribeSchema() const;

 private:
  class StoreCatalog;
  const graph::Store& store_;
  std::unique_ptr<StoreCatalog> catalog_;
};

}  // namespace kg::query
