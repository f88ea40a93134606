// The visited relation without a travel word: a person who "is in" a
// foreign country or city ("Anthony Albanese is in Beijing", "an Indian
// prime minister is once again in Kuwait", "will be in Paris next week"),
// and headlines that place a person with no verb ("Macron in Rabat to seal
// reconciliation"). Runs once per sentence after the trigger rules.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

void Extractor::VisitedBeingIn() {
  // the "in" must come within four words of the verb: most words have none
  // so near, and are passed without a list look-up
  size_t next_in = 0;  // the first "in" after k (t_.size() if none), found once
  for (size_t k = 0; k + 2 < t_.size(); ++k) {
    if (next_in <= k)
      for (next_in = k + 1; next_in < t_.size() && t_[next_in].lower != "in";) ++next_in;
    if (next_in > k + 4) continue;
    if (!lex_.InSet("visit_be_words", t_[k].lower)) continue;
    size_t j = k + 1;
    while (j < t_.size() && j < k + 4 && lex_.InSet("visit_be_adverbs", t_[j].lower)) ++j;
    if (j + 1 >= t_.size() || t_[j].lower != "in" || consumed_[j]) continue;
    // "Putin, whose troops are in Ukraine": the troops are there, not he
    size_t cs = ClauseStart(t_, k, lex_);
    if (t_[cs].lower == "whose" || (cs > 0 && t_[cs - 1].lower == "whose")) continue;
    size_t end = j + 1;
    std::vector<int> places = PlacesAfter(j + 1, std::min(t_.size(), j + 3), &end);
    if (places.empty()) continue;
    Subjects s = Visitor(k);
    EmitAbroad("visited.being_in", places[0], k, s, end);
  }
  VisitedHeadline();
  VisitedLocative();
}

// "Macron in Rabat to seal reconciliation with Morocco": a sentence that
// opens with a person and "in <place>", then a purpose, a colon or a date.
void Extractor::VisitedHeadline() {
  int m = MentionAt(0);
  if (m < 0 || ms_[m].first != 0 || !EntityIsPerson(ms_[m].entity)) return;
  size_t j = ms_[m].last;
  if (j + 1 >= t_.size() || t_[j].lower != "in") return;
  size_t end = j + 1;
  std::vector<int> places = PlacesAfter(j + 1, std::min(t_.size(), j + 3), &end);
  if (places.empty()) return;
  const TokenWord& next = end < t_.size() ? t_[end].lower : t_[j].lower;
  if (end < t_.size() && next != "to" && next != "for" && next != ":" && next != "on" &&
      next != "as" && next != "," && next != "." && next != "-")
    return;
  EmitAbroad("visited.headline", places[0], j, MentionSubject(m, j, "headline subject"), end);
}

// Emits a visit of the people among `s` to `place`, unless it is their own
// country.
// "the visiting Indian foreign minister, S.M. Krishna, signed ... in
// Islamabad", "in the presence of visiting US Treasury Secretary Steven
// Mnuchin": the person "visiting" describes is in the sentence's place,
// when a country of his own (known, or the adjective before his title) is
// another.
bool Extractor::VisitedVisitingTitle(size_t i) {
  int person = -1, adjective = -1;
  for (size_t j = i + 1; j < t_.size() && j < i + 9 && person < 0; ++j) {
    int m = MentionAt(j);
    if (m >= 0 && ms_[m].kind == MentionKind::kAdjective) {
      adjective = ms_[m].entity;
      j = ms_[m].last - 1;
      continue;
    }
    if (m >= 0 && ms_[m].type == NodeType::kPerson && ms_[m].kind == MentionKind::kActor &&
        ms_[m].entity >= 0) {
      person = m;
      break;
    }
    // past titles ("foreign minister", "Treasury Secretary") and a comma
    if (m >= 0 && ms_[m].kind == MentionKind::kActor && ms_[m].type == NodeType::kCountry) {
      adjective = ms_[m].entity;  // "visiting US Treasury Secretary"
      j = ms_[m].last - 1;
      continue;
    }
    if (m >= 0 || (!t_[j].word && t_[j].text != ",") || t_[j].lower == "and" ||
        lex_.InSet("prepositions", t_[j].lower) || lex_.IsTriggerWord(t_[j].lower))
      return false;
  }
  if (person < 0) return false;
  int home = CountryOf(ms_[person].entity) >= 0 ? CountryOf(ms_[person].entity) : adjective;
  if (home < 0) return false;
  std::vector<int> places;
  for (size_t k = 0; k + 1 < t_.size() && places.empty(); ++k) {
    size_t end = k + 1;
    if (t_[k].lower == "in") places = PlacesAfter(k + 1, std::min(t_.size(), k + 4), &end);
  }
  if (places.empty() || places[0] == home) return false;
  Subjects s = MentionSubject(person, ms_[person].last, "person described as visiting");
  Relation r;
  r.rule = "visited.visiting";
  r.confidence = 0.7f;
  EmitVisits(r, {places[0]}, i, s, ms_[person].last);
  return true;
}

void Extractor::EmitAbroad(const char* rule, int place, size_t i, const Subjects& s, size_t end) {
  if (s.entities.empty() || s.passive) return;
  // a person of no known country may be at home
  for (int e : s.entities)
    if (e == place || CountryOf(e) == place || (EntityIsPerson(e) && CountryOf(e) < 0)) return;
  Relation r;
  r.rule = rule;
  r.confidence = 0.7f;
  EmitVisits(r, {place}, i, s, end);
}

}  // namespace kg::ingest
