#include "graph/date_range.h"

#include <algorithm>
#include <vector>

namespace kg::graph {
namespace {

int ComparePrefix(std::string_view a, std::string_view b) {
  size_t n = std::min(a.size(), b.size());
  return a.substr(0, n).compare(b.substr(0, n));
}

}  // namespace

bool DateInRange(std::string_view date, const DateRange& range) {
  if (date.empty()) return false;
  if (!range.since.empty() && ComparePrefix(date, range.since) < 0) return false;
  if (!range.until.empty() && ComparePrefix(date, range.until) > 0) return false;
  return true;
}

Result<bool> EdgeInDateRange(const Store& store, const EdgeKey& key, const EdgeSummary& summary,
                             const DateRange& range) {
  if (range.empty()) return true;
  if (summary.first_date.empty()) return false;
  if (!range.since.empty() && ComparePrefix(summary.last_date, range.since) < 0) return false;
  if (!range.until.empty() && ComparePrefix(summary.first_date, range.until) > 0) return false;
  if (DateInRange(summary.first_date, range) || DateInRange(summary.last_date, range)) {
    return true;
  }
  // The range lies strictly between the first and last mention: look inside.
  std::vector<Mention> mentions;
  KG_RETURN_IF_ERROR(store.GetMentions(key, &mentions));
  return std::any_of(mentions.begin(), mentions.end(),
                     [&](const Mention& m) { return DateInRange(m.date, range); });
}

}  // namespace kg::graph
