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

// Words that can open a date (the scanners' Absolute and Relative in
// date_finder.cc): months and their short forms, weekdays, the words of
// relative dates and their cues. A token that is none of these and starts
// with no digit opens no date, which settles most tokens with a bucket
// read and a compare or two; the scanners then decide exactly. A new
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

inline bool HasShape(const std::array<uint16_t, 256>& table, const Token& t) {
  if (t.lower.empty() || t.lower.size() > 15) return false;
  return (table[static_cast<unsigned char>(t.lower[0])] >> t.lower.size()) & 1;
}

// Exact membership in a short list of words: each word has one of two
// places in a bucket picked by its first and last bytes and its length, so
// a look-up compares a token with at most two words. A shape table alone
// lets through every word of a listed word's first letter and length
// ("and", "for", "that"), which then cost the scanners a full look.
template <size_t N>
class WordFilter {
 public:
  constexpr explicit WordFilter(const std::string_view (&words)[N]) : words_(words) {
    for (size_t k = 0; k < N; ++k) {
      std::array<uint8_t, 2>& b = buckets_[Bucket(words[k])];
      if (b[0] == 0) b[0] = static_cast<uint8_t>(k + 1);
      else if (b[1] == 0) b[1] = static_cast<uint8_t>(k + 1);
      else fits_ = false;
    }
  }
  // False at compile time when three words share a bucket (change Bucket).
  constexpr bool fits() const { return fits_; }

  bool Contains(std::string_view w) const {
    if (w.empty()) return false;
    const std::array<uint8_t, 2>& b = buckets_[Bucket(w)];
    return (b[0] && words_[b[0] - 1] == w) || (b[1] && words_[b[1] - 1] == w);
  }

 private:
  static constexpr size_t Bucket(std::string_view w) {
    return (static_cast<unsigned char>(w[0]) * 7u + static_cast<unsigned char>(w.back()) * 3u +
            w.size() * 31u) & 127u;
  }

  const std::string_view* words_;
  std::array<std::array<uint8_t, 2>, 128> buckets_{};
  bool fits_ = true;
};

inline constexpr std::array<uint16_t, 256> kDateOpenerShapes = ShapeTable(kDateOpeners);
inline constexpr std::array<uint16_t, 256> kOffsetUnitShapes = ShapeTable(kOffsetUnits);
inline constexpr WordFilter kDateOpenerFilter(kDateOpeners);
inline constexpr WordFilter kOffsetUnitFilter(kOffsetUnits);
static_assert(kDateOpenerFilter.fits() && kOffsetUnitFilter.fits());

// False only for a token that cannot open a date: one that starts with no
// digit and is none of kDateOpeners ("mid-0000" stands for "mid-" and any
// four bytes).
inline bool MayOpenDate(const Token& t) {
  std::string_view w = t.lower;
  if (!w.empty() && w[0] >= '0' && w[0] <= '9') return true;
  if (!HasShape(kDateOpenerShapes, t)) return false;  // one table read for most tokens
  return (w.size() == 8 && w.starts_with("mid-")) || kDateOpenerFilter.Contains(w);
}

// False only for a word that is no unit of kOffsetUnits.
inline bool IsOffsetUnit(const Token& t) {
  return HasShape(kOffsetUnitShapes, t) && kOffsetUnitFilter.Contains(t.lower);
}

}  // namespace kg::ingest
