// Where a modality cue reaches (see modality_internal.h). Part of the
// modality stage: ModalityFor in modality.cc asks these.
#include <algorithm>

#include "ingest/modality_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

// The phrase of `nominal_open` ("unlikely", "on the agenda", "under
// discussion") of one to three words at token k, or "".
std::string OpenPredicateAt(const std::vector<Token>& t, size_t k, const Lexicon& lex) {
  std::string phrase;
  for (size_t j = k; j < t.size() && j < k + 3; ++j) {
    phrase += (j == k ? "" : " ") + std::string(t[j].lower);
    if (lex.InSet("nominal_open", phrase)) return phrase;
  }
  return "";
}

// "talks on a visit by Xi to Moscow", "speculation about a signing", "plans
// for his visit": a nominal trigger that is the topic of a noun leaving it
// open (`nominal_open_heads`). Returns that noun, or "".
std::string OpenHeadBefore(const std::vector<Token>& t, size_t trigger, const Lexicon& lex) {
  for (size_t k = trigger; k > 1 && k + 6 > trigger; --k) {
    const TokenWord& w = t[k - 1].lower;
    if (w == "on" || w == "about" || w == "of" || w == "for" || w == "over")
      return lex.InSet("nominal_open_heads", t[k - 2].lower) ? std::string(t[k - 2].lower) : "";
    if (!t[k - 1].word || lex.IsTriggerWord(w)) return "";
  }
  return "";
}

// "King Charles's state visit to France, which was to have begun in Paris,
// has been postponed": the predicate of a nominal trigger ("visit",
// "signing", "sale") tells whether it happened. Returns the cue, or "".
std::string NominalPredicate(const std::vector<Token>& t, size_t trigger, const Lexicon& lex,
                             bool* negated) {
  const TokenWord& w = t[trigger].lower;
  bool nominal = false;
  for (const char* r : {"visited", "signed", "supplies_arms_to"})
    nominal = nominal || lex.relation(r).nouns.contains(w);
  if (!nominal) return "";
  for (size_t k = trigger + 1; k < t.size() && k < trigger + 30; ++k) {
    const TokenWord& x = t[k].lower;
    // skip a relative clause between commas
    if (x == "," && k + 1 < t.size() &&
        (t[k + 1].lower == "which" || t[k + 1].lower == "who" || t[k + 1].lower == "that")) {
      size_t e = k + 2;
      // "his planned trip to Warsaw, which was cancelled": the clause is
      // the noun's own predicate
      size_t p = e;
      while (p < t.size() && p < e + 3 && (IsBe(t[p].lower) || t[p].lower == "had" || t[p].lower == "later" ||
                                            t[p].lower == "then" || t[p].lower == "been"))
        ++p;
      if (p > e && p < t.size() && t[k + 1].lower == "which" && lex.InSet("nominal_cancel", t[p].lower)) {
        *negated = true;
        return t[p].lower;
      }
      while (e < t.size() && t[e].text != "," && t[e].text != ";") ++e;
      k = e;
      continue;
    }
    if (x == ";" || x == ":" || x == "that" || x == "but" || (x == "and" && t[k - 1].text == ",") ||
        lex.InSet("speech_verbs", x))
      return "";
    // "remains a possibility", "is still pending": a copula, past an adverb
    bool aux = IsBe(x) || lex.InSet("copulas", x);
    if (aux && k + 2 < t.size() && t[k + 1].lower != "not" && lex.InSet("state_adverbs", t[k + 1].lower)) ++k;
    if (k + 1 < t.size()) {
      const TokenWord& next = t[k + 1].lower;
      std::string two = k + 2 < t.size() ? next + " " + t[k + 2].lower : std::string(next);
      // "is in the works", "was on the cards"
      std::string three = k + 3 < t.size() ? two + " " + t[k + 3].lower : two;
      if ((aux && lex.InSet("nominal_cancel", next)) || (aux && lex.InSet("nominal_cancel", two)) ||
          (aux && lex.InSet("nominal_cancel", three)) || lex.InSet("nominal_cancel", x + " " + next)) {
        *negated = true;
        return next;
      }
      // "A visit by Biden to Kyiv is unlikely / is not on the cards": a
      // predicate that leaves the noun's event open, or denies it
      if (aux) {
        bool denied = next == "not" || next == "never" || next == "n't";
        if (std::string open = OpenPredicateAt(t, denied ? k + 2 : k + 1, lex); !open.empty()) {
          *negated = denied;
          return denied ? std::string(next) : open;
        }
      }
      if (aux && (lex.InSet("nominal_plan", next) || lex.InSet("nominal_plan", three))) {
        *negated = false;
        return next;
      }
    }
    if (aux) return "";  // another predicate
  }
  return "";
}

// "Iran supplied drones to Russia, according to unconfirmed reports /
// Ukrainian claims" (`complement_hypothetical`), "..., an accusation
// Tehran rejected" (`accusation_nouns`; "a claim" after "X said" keeps the
// report): an attribution or an apposition after the verb that makes it an
// accusation. Returns the hedging word, or "".
std::string HedgedSourceAfter(const std::vector<Token>& t, size_t trigger, const Lexicon& lex) {
  for (size_t k = trigger + 1; k + 1 < t.size(); ++k) {
    if (t[k].text == "." || t[k].text == ";") return "";
    // "..., an accusation Tehran rejected": the text calls it a claim
    if (t[k].text == "," && k + 2 < t.size() && (t[k + 1].lower == "a" || t[k + 1].lower == "an") &&
        lex.InSet("accusation_nouns", t[k + 2].lower))
      return std::string(t[k + 2].lower);
    if (t[k].lower != "according" || t[k + 1].lower != "to") continue;
    for (size_t j = k + 2; j < t.size() && j < k + 6; ++j)
      if (lex.InSet("complement_hypothetical", t[j].lower)) return std::string(t[j].lower);
    return "";
  }
  return "";
}

// The position of the subject pronoun of a relative clause without "that"
// in tokens (from, trigger): a pronoun right after a noun and before a
// verb ("the minerals agreement he had flown to Washington to sign", "the
// deal it signed"), not after a verb that takes a clause ("denied he had
// flown", "said it would"). Returns `trigger` when there is none.
size_t RelativeSubjectBefore(const std::vector<Token>& t, size_t from, size_t trigger,
                             const Lexicon& lex) {
  size_t found = trigger;
  for (size_t r = from + 1; r < trigger && r + 1 < t.size(); ++r) {
    const TokenWord& w = t[r].lower;
    if (w != "he" && w != "she" && w != "they" && w != "we" && w != "it") continue;
    const Token& noun = t[r - 1];
    const TokenWord& n = noun.lower;
    if (!noun.word || noun.capitalized || EndsWith(n, "ed") || n == "that" || n == "and" ||
        n == "but" || n == "which" || n == "who" || lex.InSet("negated", n) ||
        lex.InSet("hypothetical", n) || lex.InSet("complement_hypothetical", n) ||
        lex.InSet("speech_verbs", n) || lex.InSet("telling_verbs", n) || lex.InSet("prepositions", n) ||
        lex.InSet("subordinators", n) || IsDeterminer(n))
      continue;
    const TokenWord& v = t[r + 1].lower;
    if (v == "had" || v == "has" || v == "have" || IsBe(v) || EndsWith(v, "ed") || r + 1 == trigger)
      found = r;
  }
  return found;
}

bool IsNominal(const std::vector<Token>& t, size_t trigger, const Lexicon& lex) {
  for (const char* r : {"visited", "signed"})
    if (lex.relation(r).nouns.contains(t[trigger].lower)) return true;
  return false;
}

// "during Macron's visit", "during the signing": the position of "during"
// before a nominal trigger (past a possessor or an article), or SIZE_MAX.
size_t DuringNominal(const std::vector<Token>& t, size_t trigger, const Lexicon& lex) {
  bool nominal = false;
  for (const char* r : {"visited", "signed"}) nominal = nominal || lex.relation(r).nouns.contains(t[trigger].lower);
  if (!nominal) return SIZE_MAX;
  for (size_t k = trigger; k > 0 && k + 6 > trigger; --k) {
    const TokenWord& w = t[k - 1].lower;
    if (w == "during") return k - 1;
    if (w == "on" || w == "," || lex.IsTriggerWord(w)) return SIZE_MAX;
  }
  return SIZE_MAX;
}

}  // namespace kg::ingest
