// Small word tests shared by the per-relation rule files (rules_*.cc).
#pragma once

#include <string_view>

namespace kg::ingest {

inline bool IsDeterminer(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" ||
         w == "her" || w == "this" || w == "that" || w == "these" || w == "our" || w == "'s" ||
         w == "new" || w == "another" || w == "two" || w == "three";
}

inline bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

// Forms of "be" that make a passive or a copula ("was suspended", "is due").
inline bool IsBe(std::string_view w) {
  return w == "is" || w == "are" || w == "was" || w == "were" || w == "been" || w == "be";
}
// ... and "being" ("was being suspended").
inline bool IsBeForm(std::string_view w) { return IsBe(w) || w == "being"; }

// A double quotation mark, straight or curly.
inline bool IsDoubleQuote(std::string_view w) {
  return w == "\"" || w == "\u201C" || w == "\u201D";
}

inline bool IsDefinite(std::string_view w) { return w == "the" || w == "this" || w == "that"; }

// Verbs that carry a visit noun: "made a visit", "began a tour", "cancelled a trip".
inline bool IsLightVisitVerb(std::string_view w) {
  return w == "made" || w == "make" || w == "makes" || w == "making" || w == "paid" ||
         w == "pay" || w == "pays" || w == "paying" || w == "began" || w == "begins" ||
         w == "started" || w == "starts" || w == "ended" || w == "ends" || w == "concluded" ||
         w == "completed" || w == "wrapped" || w == "on" || w == "undertook" ||
         w == "kicked" || w == "cut" || w == "cancelled" || w == "canceled" || w == "postponed" ||
         w == "planned" || w == "plans";
}

// Nouns for taking part in an agreement: "suspended its participation".
inline bool AgreementParticipation(std::string_view w) {
  return w == "participation" || w == "membership" || w == "obligations" ||
         w == "implementation" || w == "involvement" || w == "commitments";
}

// The value of a number written as a word, "one" to "twelve"; 0 for any
// other word.
inline int SmallCardinal(std::string_view w) {
  static constexpr std::string_view kWords[] = {"one", "two",   "three", "four",   "five",  "six",
                                                "seven", "eight", "nine", "ten", "eleven", "twelve"};
  for (int k = 0; k < 12; ++k)
    if (w == kWords[k]) return k + 1;
  return 0;
}

// Counts and ranks in a weapons phrase: "its first six Rafale fighters",
// "a dozen drones", "the last two frigates".
inline bool IsCountOrRank(std::string_view w) {
  if (SmallCardinal(w) > 0) return true;
  static constexpr std::string_view kWords[] = {
      "dozen", "dozens", "several", "few",   "first",    "second",   "third",
      "last",  "latest", "final",   "hundreds", "thousands"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

}  // namespace kg::ingest
