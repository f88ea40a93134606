// ResultSet: what a query returns (columns and rows of values), or, for
// EXPLAIN, the plan; PROFILE adds rows and time per operator. The last
// stage of a query; formatter.h prints it as a table, JSON, JSONL, CSV or
// DOT.
#pragma once

#include <string>
#include <vector>

#include "query/value.h"

namespace kg::query {

using Row = std::vector<Value>;

struct OperatorProfile {
  std::string text;  // the plan line
  uint64_t rows = 0;
  double ms = -1;    // -1: not timed on its own (a step inside a MATCH)
};

struct ResultSet {
  std::vector<std::string> columns;
  std::vector<Row> rows;
  // The rows were cut at `row_cap` (--max-rows); more were available.
  bool truncated = false;
  size_t row_cap = 0;
  bool explain = false;  // only `plan` is set
  std::string plan;
  std::vector<OperatorProfile> profile;  // PROFILE only
  double elapsed_ms = 0;

  // One line per row: "a | b", after a header line; for golden tests.
  std::string ToString() const;
};

}  // namespace kg::query
