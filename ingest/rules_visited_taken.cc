// The visited relation, trips told by what carries the traveller: "a tour
// that took him to X", "took an overnight train into X", "Biden's plane set
// down in X" (the owner is found in rules_visited_visitor.cc). Part of the
// visited relation (rules_visited.cc).
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// "a tour that had already taken him to Caracas and Managua", "a trip that
// will also take him to South Sudan": the person taken travels.
bool Extractor::VisitedTaken(size_t i) {
  if (i + 2 >= t_.size()) return false;
  if (VehicleEnd(i + 1) > i + 1) return VisitedByVehicle(i, VehicleEnd(i + 1));
  int m = MentionAt(i + 1);
  // "a tour that had earlier taken the Chinese premier to New Zealand": a
  // description of a person named before
  size_t first = i + 1;
  if (m < 0 && t_[first].lower == "the") ++first;
  if (m < 0 && MentionAt(first) >= 0 && ms_[MentionAt(first)].kind == MentionKind::kAdjective)
    first = ms_[MentionAt(first)].last;
  for (size_t idx = 0; idx < ms_.size() && m < 0; ++idx)
    if (ms_[idx].kind == MentionKind::kDescription && EntityIsPerson(ms_[idx].entity) &&
        ms_[idx].first == first)
      m = static_cast<int>(idx);
  // "Winding up a tour that had taken him to Riyadh, Trump left": the
  // pronoun looks ahead to the subject after the fronted clause
  Subjects ahead;
  if (m >= 0 && ms_[m].kind == MentionKind::kPronoun && ms_[m].entity < 0) {
    ahead = FrontedClauseSubject(i);
    if (ahead.entities.empty()) return false;
  }
  if (m < 0 || (ms_[m].entity < 0 && ahead.entities.empty())) return false;
  if (ms_[m].type != NodeType::kPerson && ms_[m].kind != MentionKind::kPronoun &&
      !EntityIsPerson(ms_[m].entity))
    return false;
  size_t k = SkipParticles(t_, ms_[m].last, ms_[m].last + 2, lex_);
  size_t cend = ClauseEnd(t_, i, lex_);
  std::vector<int> places;
  // "took him from Ashgabat to Dushanbe, Tashkent and finally Astana"
  if (k < t_.size() && t_[k].lower == "from") {
    size_t e = k + 1;
    places = VisitPlaces(k + 1, cend, &e);
    if (places.empty() || e >= t_.size() || t_[e].lower != "to") return false;
    k = e;
  }
  // "took him through Brazzaville"
  if (k >= t_.size() || (t_[k].lower != "to" && t_[k].lower != "through")) return false;
  size_t end = k + 1;
  for (int p : VisitPlaces(k + 1, cend, &end))
    if (std::find(places.begin(), places.end(), p) == places.end()) places.push_back(p);
  if (places.empty()) return false;
  Subjects s;
  s.entities = {ahead.entities.empty() ? ms_[m].entity : ahead.entities[0]};
  s.end = ClauseStart(t_, i, lex_);
  s.how = "the one a trip takes";
  // "met Akufo-Addo at the start of a tour that will take her to Zambia":
  // the pronoun is the tour's traveller, the subject of the clause the
  // tour belongs to
  for (size_t k = i; ms_[m].kind == MentionKind::kPronoun && k > 1 && k + 5 > i; --k) {
    if (t_[k - 1].lower != "that" && t_[k - 1].lower != "which") continue;
    if (!lex_.relation("visited").nouns.count(t_[k - 2].lower)) break;
    Subjects owner = Visitor(k - 2);
    if (!owner.entities.empty() && EntityIsPerson(owner.entities[0])) s.entities = owner.entities;
    break;
  }
  Relation r;
  r.rule = "visited.taken";
  r.confidence = 0.75f;
  // "the first stop of a trip that takes him on to Washington": a trip's
  // route told in the present lies ahead of the stop the text is at
  r.modality_override_hypothetical = t_[i].lower == "takes";
  EmitVisits(r, places, i, s, end);
  return true;
}

// The token after "an overnight train", "his plane", "a chartered flight"
// starting at k, or k when there is none.
size_t Extractor::VehicleEnd(size_t k) const {
  if (k >= t_.size() || (!IsDeterminer(t_[k].lower) && t_[k].lower != "his" &&
                         t_[k].lower != "her" && t_[k].lower != "their"))
    return k;
  for (size_t j = k + 1; j < t_.size() && j < k + 4; ++j) {
    if (lex_.InSet("visit_vehicle_nouns", t_[j].lower)) return j + 1;
    if (!t_[j].word || t_[j].capitalized || MentionAt(j) >= 0) break;
  }
  return k;
}

// "taking an overnight train into Kyiv", "took a flight to Doha": the one
// who takes the vehicle travels to where it goes.
bool Extractor::VisitedByVehicle(size_t i, size_t k) {
  if (k >= t_.size() || (t_[k].lower != "to" && t_[k].lower != "into" && t_[k].lower != "for"))
    return false;
  size_t end = k + 1;
  std::vector<int> places = VisitPlaces(k + 1, ClauseEnd(t_, i, lex_), &end);
  if (places.empty()) return false;
  Relation r;
  r.rule = "visited.vehicle";
  return EmitIfVisitor(r, places, i, Visitor(i), end);
}

}  // namespace kg::ingest
