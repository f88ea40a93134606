// Flags that kg query and kg shell share: --param, --format, --max-rows,
// --timeout, --max-expansions.
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "graph/status.h"
#include "query/engine.h"
#include "query/formatter.h"

namespace kg::tools {

struct QueryFlags {
  std::vector<std::string> params;  // name=value
  std::string format = "table";
  size_t max_rows = 1000;
  uint64_t timeout_ms = 30000;
  size_t max_expansions = 5'000'000;

  // Returns the engine options; InvalidArgument for a --param without '='.
  Result<query::QueryOptions> ToQueryOptions() const;
};

void AddQueryFlags(CLI::App* sub, QueryFlags* flags);

// Prints a query result in `format`; DOT draws the result's nodes and
// relationships with graph::WriteDot, as `kg export --format dot` does.
Status WriteQueryResult(const graph::Store& store, const query::ResultSet& result,
                        query::OutputFormat format, std::ostream& out);

}  // namespace kg::tools
