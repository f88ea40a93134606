// FindDates: the date expressions of a tokenized sentence, resolved to ISO
// (possibly partial) dates: absolute ("June 21, 2024", "in February 2023",
// "in 2010") and relative to the article date ("on Friday", "this week",
// "last year"). Used by ExtractRelations to date each mention. Pure.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/tokenizer.h"

namespace kg::ingest {

struct DateSpan {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  std::string iso;     // "2024-06-21", "2023-02", "2010"
  bool relative = false;
  // "two days after ...", "four years before ...": the span dates the clause
  // it opens, not the verb it follows or the clause before its comma.
  bool opens_clause = false;
  std::string ToString() const { return iso + "@" + std::to_string(first); }
};

// `doc_date` is the article's ISO date (may be empty or partial); relative
// expressions resolve against it and are dropped when it is too coarse.
std::vector<DateSpan> FindDates(const std::vector<Token>& tokens, std::string_view doc_date);

// FindDates with every token put to the scanners, including those its
// filter of opening words passes over: the same answer, slower. Tests compare
// the two, so that a new date form whose opening word the filter lacks is
// caught (see kDateOpeners in date_finder_internal.h).
std::vector<DateSpan> FindDatesUnfiltered(const std::vector<Token>& tokens,
                                          std::string_view doc_date);

// The first full date ("Dec. 22, 2022", "22 December 2022", "2022-12-22")
// in the opening 300 bytes of an article body, as ISO; empty if none.
std::string FindDateline(std::string_view body);

// Days since 1970-01-01 for a civil date, and back.
int64_t DaysFromCivil(int y, unsigned m, unsigned d);
std::string CivilFromDays(int64_t days);

}  // namespace kg::ingest
