// Dates of the clause rules' facts: which date span of the sentence dates
// a trigger (the nearest in its own clause, not one in a relative clause or
// aside before the verb, nor a "since" date). Split from
// relation_extractor.cc, whose Finish calls DateNear.
#include "ingest/clause.h"
#include "ingest/discourse_dates.h"
#include "ingest/relation_extractor_internal.h"

namespace kg::ingest {

// "Lula, who visited Beijing earlier this month, received": the token range
// of a relative clause set off by commas right before the trigger, or an
// empty range.
std::pair<size_t, size_t> Extractor::RelativeClauseBefore(size_t trigger) const {
  size_t k = trigger;
  while (k > 0 && (t_[k - 1].lower == "also" || t_[k - 1].lower == "later" || t_[k - 1].lower == "then"))
    --k;
  if (k < 3 || t_[k - 1].text != ",") return {0, 0};
  for (size_t j = k - 1; j > 1 && j + 40 > k; --j) {
    const TokenWord& w = t_[j - 1].lower;
    if (t_[j - 1].text == ";" || t_[j - 1].text == ".") break;
    if ((w == "who" || w == "which" || w == "whose") && t_[j - 2].text == ",") return {j - 1, k - 1};
  }
  return {0, 0};
}

// "Ruto, who took office in 2022 after ..., flew to Beijing", "X — wanted
// since March 2023 — flew": the aside between the subject and the verb
// group of the trigger, or an empty range.
std::pair<size_t, size_t> Extractor::AsideBefore(size_t trigger) const {
  size_t k = VerbGroupStart(trigger);
  if (k < 2) return {0, 0};
  size_t open = InterruptionOpen(t_, k - 1, lex_);
  if (open == SIZE_MAX) return {0, 0};
  return {open, k - 1};
}

std::string Extractor::DateNear(size_t trigger) const {
  size_t cs = ClauseStart(t_, trigger, lex_), ce = ClauseEnd(t_, trigger, lex_);
  const DateSpan* best = nullptr;
  size_t best_dist = SIZE_MAX;
  size_t own = SecondConjunct(cs, trigger);
  auto [rel_first, rel_last] = RelativeClauseBefore(trigger);
  auto [aside_first, aside_last] = AsideBefore(trigger);
  for (const DateSpan& d : dates_) {
    // "for the first time since 2019", "frozen since 2014": the start of a
    // state or the last time, not the date of the event told
    if (d.first > 0 && t_[d.first - 1].lower == "since") continue;
    if (InSinceClause(t_, d, trigger)) continue;
    // "A signed on Monday, and B will sign it next week": a clause with its
    // own subject keeps its own date.
    if (d.last <= own && own > cs) continue;
    if (d.first > trigger && SecondConjunct(trigger, d.first) > trigger) continue;
    // "landed on Wednesday, four years after New Delhi signed": the distance
    // dates the clause it opens, with no comma between.
    if (d.opens_clause) {
      if (d.first > trigger) continue;
      bool comma = false;
      for (size_t k = d.last; k < trigger && !comma; ++k) comma = t_[k].text == ",";
      if (comma) continue;
    }
    size_t dist = d.first > trigger ? d.first - trigger : trigger - d.last;
    if (d.first < cs || d.last > ce) dist += 1000;  // another clause: weaker
    // "Xi, who arrived on Monday, signed on Tuesday": the relative clause's own
    if (d.first >= rel_first && d.last <= rel_last) dist += 1000;
    if (d.first >= aside_first && d.last <= aside_last) dist += 1000;
    if (dist < best_dist) {
      best = &d;
      best_dist = dist;
    }
  }
  return best ? best->iso : std::string();
}

}  // namespace kg::ingest
