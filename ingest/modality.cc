#include "ingest/modality.h"

#include <algorithm>
#include <cctype>

#include "ingest/modality_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

using graph::Modality;

// "53rd", "2nd", "21st": a number with an ordinal suffix.
bool IsOrdinalNumber(std::string_view w) {
  if (w.size() < 3 || !std::isdigit(static_cast<unsigned char>(w[0]))) return false;
  std::string_view tail = w.substr(w.size() - 2);
  return tail == "st" || tail == "nd" || tail == "rd" || tail == "th";
}

bool IsConditional(std::string_view w) {
  return w == "if" || w == "once" || w == "unless" || w == "whether" || w == "until";
}

// "the next morning" after a past verb tells the sequence of events;
// "next week" without the article looks ahead.
bool IsHypotheticalCue(const std::vector<Token>& t, size_t k, const Lexicon& lex) {
  if (t[k].lower == "next" && k > 0 && t[k - 1].lower == "the") return false;
  // "called a halt to the talks" tells the halt; "called on / for" asks for it
  if (lex.InSet("call_on_verbs", t[k].lower) && k + 1 < t.size() &&
      (t[k + 1].lower == "a" || t[k + 1].lower == "an" || t[k + 1].lower == "time"))
    return false;
  // "signed a Belt and Road cooperation plan": a plan signed is a document
  if (t[k].lower == "plan" || t[k].lower == "plans" || t[k].lower == "proposal") {
    const RelationWords& signing = lex.relation("signed");
    for (size_t j = k; j > 0 && j + 7 > k; --j)
      if (signing.IsVerb(t[j - 1].lower)) return false;
  }
  return lex.InSet("hypothetical", t[k].lower);
}

// "is travelling to America next week": a time ahead after the verb, in
// its clause. "The next day" tells a sequence and is not ahead.
bool FutureTimeAfter(const std::vector<Token>& t, size_t trigger, const Lexicon& lex) {
  // "the visiting premier flies on to Australia on Saturday": a verb in the
  // present with a day named after it tells the schedule ahead
  const TokenWord& v = t[trigger].lower;
  const TokenWord& pv = t[trigger > 0 ? trigger - 1 : trigger].lower;
  bool present = v.size() > 3 && v.back() == 's' && v[v.size() - 2] != 's' && v[v.size() - 2] != 'u' &&
                 trigger > 0 && t[trigger - 1].word && !IsDeterminer(pv) && !lex.InSet("prepositions", pv) &&
                 pv != "'s" && pv != "his" && pv != "her" && pv != "their";
  for (size_t k = trigger + 1; k < t.size() && k < trigger + 10; ++k) {
    const TokenWord& w = t[k].lower;
    if (w == "," || w == "." || w == ";" || w == "and" || w == "but") return false;
    if (w == "tomorrow") return true;
    if (present && w == "on" && k + 1 < t.size() && lex.InSet("weekdays", t[k + 1].lower)) return true;
    if (w != "next" || t[k - 1].lower == "the" || k + 1 >= t.size()) continue;
    const TokenWord& unit = t[k + 1].lower;
    if (unit == "week" || unit == "month" || unit == "year" || unit == "weekend" ||
        lex.InSet("weekdays", unit) || lex.InSet("months", unit))
      return true;
  }
  return false;
}

// "forced the World Food Programme to pause", "ordered Britain, France and
// Germany to halt", "ordered his aides to hold back": a factive verb before
// the infinitive's own subject (a name, or one noun after a possessive).
bool FactiveBeforeObject(const std::vector<Token>& t, size_t to, const Lexicon& lex) {
  auto possessive = [&](size_t j) {
    const TokenWord& w = t[j].lower;
    return w == "his" || w == "her" || w == "its" || w == "their";
  };
  for (size_t j = to; j > 0 && j + 9 > to; --j) {
    const Token& w = t[j - 1];
    if (lex.InSet("factive_before_to", w.lower)) return j < to;
    if (possessive(j - 1) || (j == to && j >= 2 && w.word && possessive(j - 2))) continue;
    if (!w.capitalized && w.lower != "the" && w.lower != "," && w.lower != "and" && w.text != "-")
      return false;
  }
  return false;
}

// "has been in the UK to attend the G7 meeting": an infinitive of purpose
// after a trip or a stay that happened tells a visit that happened; the
// clause's own cues ("will fly to ... to attend") still decide. Only a
// visit: "flew to Paris to sign a pact" does not tell the signing.
bool PurposeAfterPlace(const std::vector<Token>& t, size_t to, const Lexicon& lex) {
  const RelationWords& visit = lex.relation("visited");
  const TokenWord& v = t[to + 1].lower;
  if (!visit.IsVerb(v) && !visit.IsPrepVerb(v) && !lex.InSet("attend_verbs", v)) return false;
  size_t j = to;
  while (j > 0 && to - j < 5 && (t[j - 1].capitalized || t[j - 1].lower == "the")) --j;
  if (j == to || j < 2) return false;
  const TokenWord& prep = t[j - 1].lower;
  if (prep != "in" && prep != "to" && prep != "at") return false;
  const TokenWord& verb = t[j - 2].lower;
  return IsBe(verb) || visit.IsVerb(verb) || visit.IsPrepVerb(verb);
}

// "shelved plans to fly", "dropped its bid to buy": a plan called off.
// Returns the calling-off word before the plan noun at `k`, or "".
std::string CancelledPlan(const std::vector<Token>& t, size_t k, const Lexicon& lex) {
  if (!lex.InSet("plan_nouns", t[k].lower) || k + 1 >= t.size() || t[k + 1].lower != "to") return "";
  size_t b = k;
  while (b > 0 && b + 2 > k && (IsDeterminer(t[b - 1].lower) || t[b - 1].lower == "his" ||
                                t[b - 1].lower == "her" || t[b - 1].lower == "their"))
    --b;
  if (b == 0) return "";
  return lex.InSet("nominal_cancel", t[b - 1].lower) ? std::string(t[b - 1].lower) : "";
}

// Whether `cue` stands in tokens [from, to) as a future auxiliary: a
// modal, or a plan word before "to" ("plans to sign during ..."), not a
// noun ("discussed the firm's plans during a trip").
bool FutureAuxiliaryIn(const std::vector<Token>& t, size_t from, size_t to, const std::string& cue,
                       const Lexicon& lex) {
  if (!lex.InSet("future_auxiliaries", cue)) return false;
  for (size_t k = from; k < to && k + 1 < t.size(); ++k) {
    if (t[k].lower != cue) continue;
    bool det = k > 0 && (IsDeterminer(t[k - 1].lower) || t[k - 1].lower == "'s");
    if (!det || t[k + 1].lower == "to") return true;
  }
  return false;
}

// "had been due to visit Washington but cancelled the trip", "planned to
// sign the accord but dropped it": a plan whose own outcome, called off,
// follows after "but". Returns the calling-off word, or "".
std::string PlanCalledOffAfter(const std::vector<Token>& t, size_t trigger, const Lexicon& lex) {
  for (size_t k = trigger + 1; k < t.size() && k < trigger + 14; ++k) {
    if (t[k].text == "." || t[k].text == ";") return "";
    if (t[k].lower != "but") continue;
    for (size_t c = k + 1; c < t.size() && c < k + 4; ++c) {
      std::string two = c + 1 < t.size() ? std::string(t[c].lower) + " " + std::string(t[c + 1].lower) : "";
      bool one = lex.InSet("nominal_cancel", t[c].lower);
      if (!one && !lex.InSet("nominal_cancel", two)) continue;
      size_t o = c + (one ? 1 : 2);
      while (o < t.size() && o < c + 5 && (IsDeterminer(t[o].lower) || t[o].lower == "planned")) ++o;
      if (o >= t.size()) return "";
      bool thing = t[o].lower == "it";
      for (const char* r : {"visited", "signed"}) thing = thing || lex.relation(r).nouns.contains(t[o].lower);
      // "but cancelled his trip to Morocco" is another trip
      bool other = o + 1 < t.size() && (t[o + 1].lower == "to" || t[o + 1].lower == "of" || t[o + 1].lower == "in");
      return thing && !other ? std::string(t[c].lower) : "";
    }
    return "";
  }
  return "";
}

// "had been expected to lead the delegation to Davos, but it was X who
// flew", "had promised to sign ..., but backed out", "was supposed / due
// to visit ..., but": an arranged plan told in the past perfect (or "was
// supposed to") and then contrasted did not happen, as does a
// counterfactual ("would have flown on to X, but"). Returns the plan word
// in tokens [from, trigger), or "". A hope ("had hoped to") stays open.
std::string UnfulfilledPlan(const std::vector<Token>& t, size_t from, size_t trigger, const Lexicon& lex) {
  std::string plan;
  // "would have flown on to Australia, but ...": a counterfactual contrasted
  for (size_t k = std::max<size_t>(from, 1); k < trigger && k + 3 > trigger; ++k)
    if (t[k].lower == "have" && (t[k - 1].lower == "would" || t[k - 1].lower == "could"))
      plan = std::string(t[k - 1].lower) + " have";
  for (size_t k = std::max<size_t>(from, 1); k + 1 < trigger && k + 6 > trigger; ++k) {
    if (!lex.InSet("arranged_plan_words", t[k].lower) || t[k + 1].lower != "to") continue;
    const TokenWord& p = t[k - 1].lower;
    bool perfect = p == "had" || (p == "been" && k >= 2 && t[k - 2].lower == "had");
    // "was supposed / due / scheduled to sign ..., but": a past arrangement
    bool supposed = (t[k].lower == "supposed" || t[k].lower == "due" || t[k].lower == "scheduled") &&
                    (p == "was" || p == "were");
    if (perfect || supposed) plan = t[k].lower;
  }
  if (plan.empty()) return "";
  for (size_t k = trigger + 1; k < t.size() && k < trigger + 20; ++k) {
    if (t[k].text == "." || t[k].text == ";") return "";
    if (t[k].lower == "but" || t[k].lower == "instead") return plan;
  }
  return "";
}

// The cue of a "that" complement at `that` told by what comes before it:
// "dismissed as groundless reports that X had shipped", "rejected claims
// that" (a denial of a report noun, `report_nouns` after a `denial_verbs`
// verb, sets *neg); "would neither confirm nor deny that", "declined to
// confirm that" (a negated `confirm_verbs` verb leaves the complement
// open: returns the cue). Looks back over the clause to punctuation, at
// most eight tokens.
std::string ComplementLeftOpen(const std::vector<Token>& t, size_t that, const Lexicon& lex,
                               std::string* neg) {
  size_t from = that;
  while (from > 0 && from + 8 > that && t[from - 1].word) --from;
  bool report = that >= 1 && lex.InSet("report_nouns", t[that - 1].lower);
  std::string negation, confirm;
  for (size_t k = from; k < that; ++k) {
    const TokenWord& w = t[k].lower;
    if (report && lex.InSet("denial_verbs", w)) *neg = w;
    if (lex.InSet("negated", w)) negation = w;
    if (!negation.empty() && lex.InSet("confirm_verbs", w)) confirm = w;
  }
  return confirm.empty() ? "" : negation + " " + confirm;
}

}  // namespace

Modality ModalityFor(const std::vector<Token>& t, size_t clause_start, size_t window_begin,
                     size_t trigger, const Lexicon& lex, std::string* cue) {
  std::string hyp, neg;
  bool presupposing = false;
  // ", and the World Bank halted ...": a clause with a subject of its own
  // leaves the cues of the clause before it ("until civilian rule is
  // restored") behind.
  for (size_t k = clause_start; k + 2 < trigger && k < t.size(); ++k)
    if (t[k].text == "," && (t[k + 1].lower == "and" || t[k + 1].lower == "but") &&
        (t[k + 2].capitalized || t[k + 2].lower == "the")) {
      clause_start = k + 2;
      window_begin = std::max(window_begin, clause_start);
    }
  // "whose trip was kept secret until he boarded a train, arrived in Kyiv": a
  // verb right after the comma closing a relative clause is the main one.
  bool resumes = trigger > 0 && trigger < t.size() && t[trigger - 1].text == ",";
  if (clause_start < t.size() && IsConditional(t[clause_start].lower) && !resumes)
    hyp = t[clause_start].lower;
  // "Iran denied that it had shipped drones": the cue before a complement
  // clause governs it.
  if (clause_start > 0 && clause_start < t.size() && t[clause_start].lower == "that") {
    for (size_t k = clause_start; k > 0 && k + 3 > clause_start; --k) {
      const TokenWord& w = t[k - 1].lower;
      // "It was not until 2023 that Germany sent": a late fact, not a denial
      bool not_until = k < t.size() && t[k].lower == "until";
      if (lex.InSet("negated", w) && !not_until) neg = w;
      else if (lex.InSet("complement_hypothetical", w)) hyp = w;
    }
    std::string open = ComplementLeftOpen(t, clause_start, lex, &neg);
    if (!open.empty()) {
      hyp = open;
      neg.clear();
    }
    // "provided that", "on condition that", "in the event that": a condition
    // whose clause is no fact ("on condition of anonymity that" is no cue).
    if (lex.InSet("conditional_before_that", t[clause_start - 1].lower)) hyp = t[clause_start - 1].lower;
  }
  // "left without signing the deal he had flown to Washington to sign": a
  // clause whose own subject follows a noun leaves the cues before it.
  if (size_t r = RelativeSubjectBefore(t, window_begin, trigger, lex); r < trigger)
    window_begin = r;
  // Negation does not cross a coordination: "cancelled talks and suspended
  // cooperation" negates nothing about the suspension.
  size_t neg_begin = window_begin;
  for (size_t k = trigger; k > window_begin; --k)
    if (t[k - 1].lower == "and" || t[k - 1].lower == "but") {
      neg_begin = k;
      break;
    }
  for (size_t k = window_begin; k < trigger && k < t.size(); ++k) {
    const TokenWord& w = t[k].lower;
    if (k < neg_begin) {
      if (IsHypotheticalCue(t, k, lex)) hyp = w;
      continue;
    }
    std::string two = k + 1 < trigger ? w + " " + t[k + 1].lower : std::string();
    if (!two.empty() && lex.InSet("presupposing_negation", two)) {
      presupposing = true;
      neg = two;
      ++k;
      continue;
    }
    if (!two.empty() && lex.InSet("negated", two)) {
      neg = two;
      ++k;
      continue;
    }
    if (lex.InSet("negated", w)) {
      if (w == "no" && k + 1 < trigger && t[k + 1].lower == "more") continue;
      neg = w;
      if (lex.InSet("presupposing_negation", w)) presupposing = true;
      continue;
    }
    if (std::string off = CancelledPlan(t, k, lex); !off.empty()) {
      neg = off;
      continue;
    }
    if (IsHypotheticalCue(t, k, lex)) hyp = w;
  }
  // "to" + verb after a non-factive verb: "plans to visit", "agreed to supply".
  size_t k = trigger;
  while (k > window_begin && (t[k - 1].lower == "also" || t[k - 1].lower == "not" ||
                              t[k - 1].lower == "jointly" || t[k - 1].lower == "formally" ||
                              t[k - 1].lower == "fully"))
    --k;
  if (k > 0 && t[k - 1].lower == "to" && k < trigger + 1) {
    // "voted on Tuesday to suspend": look past a time phrase for the verb.
    size_t v = k - 1;
    while (v > 1 && v + 4 > k &&
           (t[v - 1].lower == "on" || t[v - 1].capitalized || t[v - 1].lower == "last" ||
            t[v - 1].lower == "week" || t[v - 1].lower == "unanimously"))
      --v;
    bool factive = k > 1 && (lex.InSet("factive_before_to", t[k - 2].lower) ||
                             (v > 0 && lex.InSet("factive_before_to", t[v - 1].lower)) ||
                             FactiveBeforeObject(t, k - 1, lex) || PurposeAfterPlace(t, k - 1, lex));
    // "became the first sitting US president to visit Myanmar"; the
    // subject may itself be "the first Ethiopian leader to visit"
    for (size_t j = k - 1; j > 0 && j + 7 > k; --j)
      if (lex.InSet("ordinal_factives", t[j - 1].lower) || IsOrdinalNumber(t[j - 1].lower))
        factive = true;
    // "the most senior US official to travel to Taiwan": a superlative picks
    // one who did, like "the first"; "the most likely to visit" is a guess
    for (size_t j = k - 1; j > 1 && j + 7 > k; --j) {
      if (t[j - 1].lower != "most" || t[j - 2].lower != "the" || j + 1 >= k) continue;
      bool hedged = false;
      for (size_t h = j; h + 1 < k; ++h) hedged = hedged || lex.InSet("hedged_superlatives", t[h].lower);
      if (!hedged) factive = true;
    }
    // "which would make him the first G7 leader to visit China": a modal
    // before the clause's subject still governs the ordinal
    for (size_t j = clause_start; factive && hyp.empty() && j < window_begin && j < k; ++j)
      if (lex.InSet("future_auxiliaries", t[j].lower) && IsHypotheticalCue(t, j, lex)) hyp = t[j].lower;
    if (!factive && hyp.empty()) hyp = "to";
    if (factive && neg.empty() && hyp.empty()) {
      cue->clear();
      return Modality::kAsserted;
    }
  }
  // "warned Beijing against arming Moscow": what one is warned or votes
  // against is not done; "rules bar it from exporting weapons": what is
  // barred does not happen.
  if (trigger > 0 && trigger < t.size() && EndsWith(t[trigger].lower, "ing")) {
    if (t[trigger - 1].lower == "against" && hyp.empty()) hyp = "against";
    if (t[trigger - 1].lower == "from" && neg.empty())
      for (size_t j = trigger - 1; j > window_begin && j + 5 > trigger; --j)
        if (lex.InSet("prevention_verbs", t[j - 1].lower)) {
          neg = t[j - 1].lower;
          break;
        }
  }
  // "Modi will travel to Moscow next week, before going on to Vienna": a
  // gerund adjunct shares the time of the clause it hangs from.
  if (hyp.empty() && trigger > 1 && trigger < t.size() && EndsWith(t[trigger].lower, "ing")) {
    const TokenWord& adj = t[trigger - 1].lower;
    if (adj == "before" || adj == "after" || adj == "while" || adj == "then" || adj == "later") {
      for (size_t k = 0; k + 1 < trigger; ++k)
        if (lex.InSet("future_auxiliaries", t[k].lower)) {
          hyp = t[k].lower;
          break;
        }
    }
  }
  // "agreed to buy jets during Macron's visit to Belgrade": the visit is the
  // time frame of the clause, real unless that clause lies ahead.
  // ("during a possible visit" keeps its own cue).
  if (size_t d = DuringNominal(t, trigger, lex); d < trigger && !hyp.empty() &&
                                                 !FutureAuxiliaryIn(t, window_begin, d, hyp, lex)) {
    bool own_cue = false;
    for (size_t k = d + 1; k < trigger; ++k) own_cue = own_cue || IsHypotheticalCue(t, k, lex);
    if (!own_cue) hyp.clear();
  }
  // "on the eve of his state visit", "ahead of the signing": still to come
  if (hyp.empty() && neg.empty() && DuringNominal(t, trigger, lex) == SIZE_MAX)
    for (size_t k = trigger; k > 1 && k + 6 > trigger && t[k - 1].text != ","; --k)
      if (lex.InSet("nominal_ahead", t[k - 2].lower + " " + t[k - 1].lower) && IsNominal(t, trigger, lex))
        hyp = t[k - 2].lower;
  if (hyp.empty() && neg.empty() && trigger < t.size() && IsNominal(t, trigger, lex))
    hyp = OpenHeadBefore(t, trigger, lex);
  if (neg.empty() && trigger < t.size()) {
    bool negated = false;
    std::string pred = NominalPredicate(t, trigger, lex, &negated);
    if (!pred.empty() && negated) neg = pred;
    if (!pred.empty() && !negated && hyp.empty()) hyp = pred;
  }
  if (!hyp.empty() && neg.empty()) neg = PlanCalledOffAfter(t, trigger, lex);
  if (!hyp.empty() && neg.empty()) neg = UnfulfilledPlan(t, window_begin, trigger, lex);
  // "Putin was to have visited Ankara": a plan that did not come about
  if (neg.empty() && trigger >= 3 && t[trigger - 1].lower == "have" && t[trigger - 2].lower == "to" &&
      IsBe(t[trigger - 3].lower))
    neg = "to have";
  if (!t.empty() && t.back().text == "?" && hyp.empty()) hyp = "?";
  if (hyp.empty() && neg.empty() && trigger < t.size()) hyp = HedgedSourceAfter(t, trigger, lex);
  if (hyp.empty() && FutureTimeAfter(t, trigger, lex)) hyp = "next";
  if (!neg.empty()) {
    // "once Washington no longer supplies weapons": the condition presupposes
    // that the supplying goes on now.
    if (presupposing && !hyp.empty() && IsConditional(hyp)) {
      *cue = neg;
      return Modality::kAsserted;
    }
    *cue = neg;
    return Modality::kNegated;
  }
  if (!hyp.empty()) {
    *cue = hyp;
    return Modality::kHypothetical;
  }
  cue->clear();
  return Modality::kAsserted;
}

}  // namespace kg::ingest
