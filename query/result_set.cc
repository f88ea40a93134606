#include "query/result_set.h"

namespace kg::query {

std::string ResultSet::ToString() const {
  if (explain) return plan;
  std::string s;
  for (size_t i = 0; i < columns.size(); ++i) s += (i ? " | " : "") + columns[i];
  s += "\n";
  for (const auto& row : rows) {
    for (size_t i = 0; i < row.size(); ++i) s += (i ? " | " : "") + row[i].ToString();
    s += "\n";
  }
  if (rows.empty()) s += "(no rows)\n";
  if (truncated) s += "(cut at " + std::to_string(row_cap) + " rows)\n";
  return s;
}

}  // namespace kg::query
