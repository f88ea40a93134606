// Printing a ResultSet: an aligned table for people, JSON, JSON lines or
// CSV for programs. For Graphviz DOT, CollectGraph lists the nodes and
// relationships the rows contain and the caller draws them with
// graph::WriteDot, the same drawing `kg export` makes. Writes to a
// std::ostream so tests can capture it.
#pragma once

#include <optional>
#include <ostream>
#include <string_view>
#include <vector>

#include "query/result_set.h"

namespace kg::query {

enum class OutputFormat { kTable, kJson, kJsonLines, kCsv, kDot };

// "table", "json", "jsonl", "csv", "dot"; nullopt otherwise.
std::optional<OutputFormat> ParseOutputFormat(std::string_view name);

// Writes `result` in `format`. The table ends with a "N rows" line (and the
// row cap when the rows were cut, the plan and profile when present); other
// formats carry only the data, and the caller reports a cut on stderr.
// REQUIRES: format != kDot (see CollectGraph).
void WriteResult(const ResultSet& result, OutputFormat format, std::ostream& out);

// The nodes and relationships inside a result's values (also inside lists,
// maps and paths), each once, in order of first appearance; the endpoints of
// every relationship are among the nodes.
struct ResultGraph {
  std::vector<graph::NodeId> nodes;
  std::vector<graph::EdgeKey> edges;
};
ResultGraph CollectGraph(const ResultSet& result);

// A value as JSON (nodes and relationships as objects).
std::string ToJson(const Value& v);

}  // namespace kg::query
