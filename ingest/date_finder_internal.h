// What date_finder.cc and date_civil.cc share: the filter of words that
// can open a date, and ISO text of a civil date. Only ingest/date_*.cc
// include this.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "ingest/tokenizer.h"

namespace kg::ingest {

// "2024-06-21", "2024-06" (d == 0) or "2024" (m == 0).
std::string Iso(int y, int m = 0, int d = 0);

// Words, by first letter and length, that can open a date (the scanners'
// Absolute and Relative in date_finder.cc): months and their short forms,
// weekdays, the words of relative dates and their cues. A token that starts
// with none of these shapes and with no digit opens no date, which settles
// most tokens with one table read; the scanners then decide exactly. A new
// date form's opening word belongs here (date_finder_test.cc checks the
// dev set with and without this filter).
inline constexpr std::string_view kDateOpeners[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "early", "mid", "late", "mid-0000", "the", "at", "over", "last",
    "yesterday", "today", "tomorrow", "this", "next", "earlier"};

// The units of the distances Offsets reads ("two days after"), plural too.
inline constexpr std::string_view kOffsetUnits[] = {"day", "days", "week", "weeks", "month",
                                             "months", "year", "years"};

// Bit `length` (up to 15) of entry `first byte` for each word.
template <size_t N>
constexpr std::array<uint16_t, 256> ShapeTable(const std::string_view (&words)[N]) {
  std::array<uint16_t, 256> table{};
  for (std::string_view w : words)
    table[static_cast<unsigned char>(w[0])] |= static_cast<uint16_t>(1u << w.size());
  return table;
}
inline constexpr std::array<uint16_t, 256> kDateOpenerShapes = ShapeTable(kDateOpeners);
inline constexpr std::array<uint16_t, 256> kOffsetUnitShapes = ShapeTable(kOffsetUnits);

inline bool HasShape(const std::array<uint16_t, 256>& table, const Token& t) {
  if (t.lower.empty() || t.lower.size() > 15) return false;
  return (table[static_cast<unsigned char>(t.lower[0])] >> t.lower.size()) & 1;
}

// False only for a token that cannot open a date.
inline bool MayOpenDate(const Token& t) {
  if (!t.lower.empty() && t.lower[0] >= '0' && t.lower[0] <= '9') return true;
  return HasShape(kDateOpenerShapes, t);
}

}  // namespace kg::ingest
