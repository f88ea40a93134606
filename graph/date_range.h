// Date bounds on edges, shared by path searches and export selections: an
// edge is "in [since, until]" when at least one of its mentions is. Dates are
// ISO strings, possibly partial ("2021", "2021-03"), compared on their common
// prefix so that "2021" covers every day of 2021.
#pragma once

#include <string>
#include <string_view>

#include "graph/store.h"

namespace kg::graph {

struct DateRange {
  std::string since;  // empty: no lower bound
  std::string until;  // empty: no upper bound
  bool empty() const { return since.empty() && until.empty(); }
};

// True when `date` (non-empty) falls in `range` on the common prefix.
bool DateInRange(std::string_view date, const DateRange& range);

// True when some mention of the edge is dated in `range`. Decides from the
// summary's first and last dates when it can, and reads the mentions only
// when the range lies strictly between them. An edge without dated mentions
// is outside every non-empty range. Returns storage errors.
Result<bool> EdgeInDateRange(const Store& store, const EdgeKey& key, const EdgeSummary& summary,
                             const DateRange& range);

}  // namespace kg::graph
