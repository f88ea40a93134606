// The visited relation, noun side: "his visit to X", "a tour of A and B",
// "during a trip to X", "a visit by X to Y", events held in a place, a stay
// for a visit, and trips whose predicate cancels them.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

using graph::NodeType;


}  // namespace

// "the G20 summit in Bali", "the Summit of the Americas in Los Angeles": an
// event held in a place, within a few tokens.
std::vector<int> Extractor::EventPlace(size_t from, size_t limit, size_t* end) const {
  bool event = false;
  limit = std::min(limit, t_.size());
  for (size_t k = from; k < limit; ++k) {
    const TokenWord& w = t_[k].lower;
    // "a naval base in San Diego", "the demilitarised zone in South Korea"
    if (lex_.InSet("event_nouns", w) || lex_.InSet("place_nouns", w)) event = true;
    if (w == "," || w == "." || w == "where" || w == "which") break;
    if ((w == "in" || w == "at") && event) {
      // "the funeral at Westminster Abbey in London": the building is no place
      std::vector<int> places = PlacesAfter(k + 1, k + 5, end);
      if (places.empty()) continue;
      // "the APEC summit in Lima and the G20 summit in Rio de Janeiro"
      size_t more_end = *end;
      if (*end < t_.size() && t_[*end].lower == "and") {
        size_t cend = ClauseEnd(t_, *end, lex_);
        for (int p : EventPlace(*end + 1, std::min(cend, *end + 10), &more_end))
          if (std::find(places.begin(), places.end(), p) == places.end()) places.push_back(p);
        *end = std::max(*end, more_end);
      }
      return places;
    }
  }
  return {};
}

// "Vladimir Putin was in Beijing on Thursday for a two-day state visit": a
// visit noun with no place of its own, after the subject of the clause was
// placed in a country or city. A stay in one's own country is no visit.
bool Extractor::VisitedPresence(size_t i) {
  size_t cs = ClauseStart(t_, i, lex_);
  for (size_t k = cs; k + 1 < i; ++k) {
    const TokenWord& w = t_[k].lower;
    if ((w != "was" && w != "were" && w != "is" && w != "are") || t_[k + 1].lower != "in") continue;
    size_t end;
    std::vector<int> places = PlacesAfter(k + 2, k + 6, &end);
    if (places.empty()) return false;
    Subjects s = SubjectsFor(k);
    if (s.entities.empty() || s.passive) return false;
    for (int e : s.entities) {
      if (e == places[0] || CountryOf(e) == places[0]) return false;
    }
    Relation r;
    r.relation = "visited";
    r.rule = "visited.presence";
    r.confidence = 0.75f;
    r.sources = s.entities;
    r.target = places[0];
    Finish(std::move(r), i, s, end);
    return true;
  }
  return false;
}

// "the first visit by Xi Jinping to Nigeria", "the visit of Pope Francis to
// Iraq": the agent comes before the place.
bool Extractor::VisitedNounBy(size_t i) {
  const RelationWords& w = lex_.relation("visited");
  int a = AgentAt(i + 2);
  if (a < 0 || ms_[a].last >= t_.size()) return false;
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t end = ms_[a].last + 1;
  std::vector<int> places;
  // "a White House visit by Recep Tayyip Erdogan"
  if (!w.noun_preps.count(t_[ms_[a].last].lower) && ModifierPlace(i) >= 0)
    places = {ModifierPlace(i)};
  else if (w.noun_preps.count(t_[ms_[a].last].lower))
    places = VisitPlaces(ms_[a].last + 1, cend, &end);
  if (places.empty()) return false;
  Subjects s;
  s.entities = {ms_[a].entity};
  s.end = ClauseStart(t_, i, lex_);
  s.how = "by-agent before the place";
  Relation r;
  r.rule = "visited.noun";
  r.confidence = 0.8f;
  r.cue = PostponedAfter(i);
  r.modality_override = !r.cue.empty();
  r.modality_override_hypothetical = PlannedAfter(i);
  EmitVisits(r, places, i, s, end);
  return true;
}

// "Putin's visit to", "during her farewell visit to": the possessor.
Extractor::Subjects Extractor::NounPossessor(size_t i, Relation* r) {
  Subjects s;
  for (size_t k = i; k > 0 && k + 5 > i; --k) {
    int m = MentionAt(k - 1);
    if (m < 0 || !ms_[m].possessive || !IsAgentMention(ms_[m]) || ms_[m].entity < 0) continue;
    // "his guest's trip": the trip is the guest's, who is no one named
    size_t own = ms_[m].last < t_.size() && t_[ms_[m].last].lower == "'s" ? ms_[m].last + 1 : ms_[m].last;
    for (size_t q = own; q < i; ++q)
      if (t_[q].lower == "'s") return s;
    // "had called off his state visit": the clause's cues count; "during
    // her farewell visit": only the phrase's own words do, but a future or
    // planned main clause ("is due in Washington on his first visit") still
    // makes the visit hypothetical.
    bool in_pp = ms_[m].first > 0 && lex_.InSet("prepositions", t_[ms_[m].first - 1].lower);
    size_t cs = ClauseStart(t_, i, lex_);
    std::string cue;
    if (in_pp && ModalityFor(t_, cs, cs, i, lex_, &cue) == graph::Modality::kHypothetical)
      r->modality_override_hypothetical = true;
    return MentionSubject(m, in_pp ? ms_[m].first : cs, "possessor of the noun");
  }
  return s;
}

// "X said on Tuesday during a visit to London": the speaker travels.
Extractor::Subjects Extractor::NounSpeaker(size_t i) const {
  size_t cs = ClauseStart(t_, i, lex_);
  for (size_t idx = ms_.size(); idx > 0; --idx) {
    const Mention& m = ms_[idx - 1];
    if (m.last > cs || m.last + 1 < cs || !IsAgentMention(m) || m.entity < 0) continue;
    return MentionSubject(static_cast<int>(idx - 1), cs,
                          "speaker of the clause the visit belongs to");
  }
  return Subjects();
}

// A light verb ("made a trip to") or a frame around the noun ("during an
// unannounced visit to", "at the start of a trip to", "after a stop in"):
// the clause's subject travels.
bool Extractor::NounFramed(size_t i) const {
  if (!CancelledBefore(i).empty()) return true;  // "has put off a state visit to"
  for (size_t k = i; k > 0 && k + 5 > i; --k) {
    const TokenWord& b = t_[k - 1].lower;
    // "for Nancy Pelosi's visit": an owner we could not name is no frame
    if (b == "'s" || b == "his" || b == "her" || b == "their" || b == "its") return false;
    // "is weighing a trip to Israel": a plan, which the modality cue tells
    if (IsLightVisitVerb(b) || lex_.InSet("visit_light_verbs", b) ||
        lex_.InSet("visit_plan_verbs", b) || lex_.InSet("visit_frames", b) ||
        (b == "of" && k >= 2 && lex_.InSet("visit_frame_heads", t_[k - 2].lower)))
      return true;
  }
  return false;
}

// The cancel word ("put off", "scrapped") whose object the visit noun at i
// is, directly or as a later member of a list of trips ("scrapped a stop
// in A and a visit to B"), or "".
std::string Extractor::CancelledBefore(size_t i) const {
  const RelationWords& w = lex_.relation("visited");
  size_t cs = ClauseStart(t_, i, lex_);
  bool listed = false;
  for (size_t k = i; k > cs && k + 12 > i; --k) {
    const TokenWord& b = t_[k - 1].lower;
    std::string two = k >= 2 ? t_[k - 2].lower + " " + b : "";
    if (lex_.InSet("visit_cancel_words", two)) return two;
    if (lex_.InSet("visit_cancel_words", b) && !IsBe(t_[k - 2].lower)) return b;
    if (b == "and" && !listed) {
      // only a list of trips carries the verb over
      for (size_t j = k - 1; j > cs && j + 8 > k && !listed; --j) listed = w.nouns.count(t_[j - 1].lower) > 0;
      if (!listed) return "";
      continue;
    }
    if (k + 5 <= i && !listed) return "";
  }
  return "";
}

// The person of the country of the adjective mention `adj` who is the
// first agent of the sentence: "Macron said ..., on the first visit to
// Rwanda by a French president".
Extractor::Subjects Extractor::PersonOfCountry(int adj, size_t i) const {
  if (adj < 0 || ms_[adj].type != NodeType::kCountry || ms_[adj].entity < 0) return Subjects();
  for (size_t idx = 0; idx < ms_.size(); ++idx) {
    const Mention& m = ms_[idx];
    if (m.first >= i || m.type != NodeType::kPerson || m.entity < 0 || !IsAgentMention(m)) continue;
    // a person whose country the article never states may still be the one
    if (CountryOf(m.entity) != ms_[adj].entity && CountryOf(m.entity) >= 0) continue;
    return MentionSubject(static_cast<int>(idx), ClauseStart(t_, i, lex_), "person of the country named");
  }
  return Subjects();
}

// "Back in Honiara after a tour of China, Manasseh Sogavare said": a
// fronted phrase without a verb belongs to the subject after its comma.
Extractor::Subjects Extractor::FrontedPhraseSubject(size_t i) const {
  // "Back in Honiara after", "Fresh off a trip to"
  if (t_.empty() ||
      (!lex_.InSet("prepositions", t_[0].lower) && !lex_.InSet("visit_fronted_words", t_[0].lower)))
    return {};
  for (size_t k = 1; k < t_.size() && k < i + 12; ++k) {
    const TokenWord& w = t_[k].lower;
    if (IsBe(w) || w == "has" || w == "had" || w == "said" || t_[k].text == ".") return {};
    if (t_[k].text != "," || k < i) continue;
    int m = AgentAt(k + 1);
    if (m < 0) m = TitledPersonAhead(k + 1, std::min(t_.size(), k + 8));
    if (m < 0 || ms_[m].type != NodeType::kPerson) return {};
    return MentionSubject(m, k + 1, "subject after a fronted phrase");
  }
  return {};
}

// "chose Turkey for his first trip abroad", "will make Iraq the
// destination of his first foreign trip": the chosen place is visited.
bool Extractor::VisitedChosen(size_t i) {
  size_t cs = ClauseStart(t_, i, lex_);
  for (size_t k = i; k > cs + 1 && k + 10 > i; --k) {
    int m = MentionAt(k - 1);
    if (m < 0 || ms_[m].entity < 0) continue;
    const Mention& place = ms_[m];
    bool is_place = place.kind == MentionKind::kPlace ||
                    (place.kind == MentionKind::kActor && place.type == NodeType::kCountry);
    if (!is_place) continue;  // "his", "her"
    if (place.first == 0 || !lex_.InSet("visit_choice_verbs", t_[place.first - 1].lower)) return false;
    bool linked = false;
    for (size_t j = place.last; j < i && !linked; ++j)
      linked = t_[j].lower == "for" || t_[j].lower == "destination";
    if (!linked) return false;
    Subjects s = Visitor(place.first - 1);
    Relation r;
    r.rule = "visited.chosen";
    r.confidence = 0.75f;
    return EmitIfVisitor(r, {place.entity}, i, s, place.last);
  }
  return false;
}

// A visit noun ("visit", "trip", "tour", "stop") with its place after it.
bool Extractor::VisitedNoun(size_t i) {
  const RelationWords& w = lex_.relation("visited");
  if (i + 2 < t_.size() && t_[i + 1].lower == "by") return VisitedNounBy(i);
  // "the visit of Pope Francis to Iraq"; "a tour of Austria" goes on below
  if (i + 2 < t_.size() && t_[i + 1].lower == "of" && AgentAt(i + 2) >= 0 &&
      ms_[AgentAt(i + 2)].type == NodeType::kPerson)
    return VisitedNounBy(i);
  size_t p = SkipTime(i + 1);  // "Modi's visit last week to Moscow"
  // "his first state visit as monarch in Berlin": past the capacity
  if (p + 1 < t_.size() && t_[p].lower == "as")
    for (size_t q = p + 1; q < std::min(t_.size(), p + 5); ++q)
      if (w.noun_preps.count(t_[q].lower)) {
        p = q;
        break;
      }
  if (p >= t_.size() || !w.noun_preps.count(t_[p].lower))
    return VisitedChosen(i) || VisitedPresence(i) || VisitedModifierPlace(i) ||
           VisitedDuringStay(i);
  size_t cend = ClauseEnd(t_, p, lex_);  // "as" breaks clauses
  size_t end = p;
  std::vector<int> places = VisitPlaces(p + 1, cend, &end);
  // "his trip to the World Economic Forum in Davos", "a tour of central
  // Africa in Libreville"
  if (places.empty()) places = EventPlace(p + 1, std::min(cend, p + 11), &end);
  if (places.empty() && t_[p].lower == "of") places = EventPlace(i, std::min(cend, p + 11), &end);
  // "was in the Emirates on Friday, his first visit to an Arab country"
  if (places.empty()) return VisitedChosen(i) || VisitedPresence(i);
  Relation r;
  r.rule = "visited.noun";
  r.confidence = 0.8f;
  // Who visits: a possessor before the noun, "by X" after it, the speaker
  // of the clause, or the subject of a light verb or frame.
  Subjects s = NounPossessor(i, &r);
  if (s.entities.empty() && end + 1 < t_.size() && t_[end].lower == "by") {
    int a = AgentAt(end + 1);
    if (a >= 0) s = MentionSubject(a, ClauseStart(t_, i, lex_), "by-agent of the noun");
  }
  if (s.entities.empty() && i >= 2 && (t_[i - 2].lower == "during" || t_[i - 1].lower == "during"))
    s = NounSpeaker(i);
  // ", on the first visit to Rwanda by a French president": the person of
  // that country the sentence is about
  if (s.entities.empty() && end + 2 < t_.size() && t_[end].lower == "by" &&
      (t_[end + 1].lower == "a" || t_[end + 1].lower == "an"))
    s = PersonOfCountry(MentionAt(end + 2), i);
  if (s.entities.empty()) s = FrontedPhraseSubject(i);
  if (s.entities.empty()) s = PredicatePerson(i, end);
  if (s.entities.empty()) {
    if (!NounFramed(i)) {
      Note(i, "visit noun without a visitor (no possessor, 'by', light verb or frame)");
      return false;
    }
    s = Visitor(i);
    s.end = std::max(s.end, ClauseStart(t_, i, lex_));
  }
  if (s.entities.empty()) {
    Note(i, "visited.noun: no visitor found");
    return false;
  }
  std::string cue = CancelledBefore(i);
  if (!cue.empty()) {
    r.modality_override = true;
    r.cue = cue;
  }
  // "on her way to Guatemala", "en route to Kyiv": not there yet.
  if (t_[i].lower == "way" || t_[i].lower == "route") r.modality_override_hypothetical = true;
  // "... that he would fly to Beijing, the first trip to China by": an
  // apposition names the trip its sentence still plans
  if (AppositionOfFuture(i)) r.modality_override_hypothetical = true;
  EmitVisits(r, places, i, s, end);
  return true;
}

// True when the noun at `i` heads an apposition (", the first trip") after
// a clause with a future auxiliary.
bool Extractor::AppositionOfFuture(size_t i) const {
  size_t k = i;
  while (k > 0 && k + 6 > i && t_[k - 1].word && MentionAt(k - 1) < 0) --k;
  if (k < 2 || k == i || t_[k - 1].text != "," || !IsDeterminer(t_[k].lower)) return false;
  return FutureBefore(k - 1);
}

// True when the sentence before the comma at `comma` has a future
// auxiliary ("will not attend ..., sending X instead").
bool Extractor::FutureBefore(size_t comma) const {
  for (size_t j = comma; j > 0; --j) {
    if (t_[j - 1].text == "." || t_[j - 1].text == ";") break;
    if (lex_.InSet("future_auxiliaries", t_[j - 1].lower)) return true;
  }
  return false;
}

// "The trip to Kyiv made him the first ...", "The visit to Hanoi was his
// first": a trip noun that opens its clause, whose predicate names the
// traveller by a pronoun.
Extractor::Subjects Extractor::PredicatePerson(size_t noun, size_t end) const {
  size_t cs = ClauseStart(t_, noun, lex_);
  for (size_t k = cs; k < noun; ++k)
    if (!t_[k].word || MentionAt(k) >= 0 || lex_.InSet("prepositions", t_[k].lower)) return {};
  for (size_t k = end; k + 1 < t_.size() && k < end + 3; ++k) {
    if (!lex_.InSet("visit_subject_predicates", t_[k].lower)) continue;
    int m = MentionAt(k + 1);
    if (m < 0 || ms_[m].kind != MentionKind::kPronoun || !EntityIsPerson(ms_[m].entity)) return {};
    return MentionSubject(m, k + 2, "person in the predicate of the trip");
  }
  return {};
}

// "his Moscow trip", "Modi's Delhi visit was postponed": the place named
// before the noun, and its possessor travels.
bool Extractor::VisitedModifierPlace(size_t i) {
  int place = ModifierPlace(i);
  if (place < 0) return false;
  Relation r;
  r.rule = "visited.noun";
  r.confidence = 0.75f;
  Subjects s = NounPossessor(i, &r);
  // "On the Addis Ababa leg of his tour, Lula said": "his" looks ahead
  if (s.entities.empty()) s = FrontedPhraseSubject(i);
  if (s.entities.empty()) return false;
  std::string cue = CancelledBefore(i);
  if (cue.empty()) cue = PostponedAfter(i);
  if (!cue.empty()) {
    r.modality_override = true;
    r.cue = cue;
  }
  EmitVisits(r, {place}, i, s, i + 1);
  return true;
}

// "signed a pact in Canberra on Thursday during the Papua New Guinean
// leader's visit", "at Chequers during Modi's state visit": a visit that
// names no place of its own, owned by someone after "during", is where
// its clause happens; the nearest place before it after "in" or "at".
bool Extractor::VisitedDuringStay(size_t i) {
  Relation r;
  r.rule = "visited.noun";
  r.confidence = 0.75f;
  size_t during = i;
  for (size_t k = i; k > 0 && k + 8 > i && during == i; --k) {
    if (t_[k - 1].text == "," || IsBe(t_[k - 1].lower)) return false;
    if (t_[k - 1].lower == "during") during = k - 1;
  }
  if (during == i) return false;
  Subjects s = NounPossessor(i, &r);
  if (s.entities.empty()) return false;
  bool owned_after = false;  // the possessor inside the "during" phrase
  for (const Mention& m : ms_)
    owned_after = owned_after || (m.entity == s.entities[0] && m.first > during && m.first < i);
  if (!owned_after) return false;
  for (size_t k = during; k > ClauseStart(t_, during, lex_); --k) {
    const TokenWord& w = t_[k - 1].lower;
    if (w != "in" && w != "at") continue;
    size_t end = 0;
    std::vector<int> places = PlacesAfter(k, std::min(during, k + 5), &end);
    if (places.size() != 1) return false;
    EmitVisits(r, places, i, s, end);
    return true;
  }
  return false;
}

// "called off his planned summit with Kim Jong Un in Singapore": neither
// side goes.
bool Extractor::VisitedCancelledEvent(size_t i) {
  bool cancelled = false;
  std::string cue;
  for (size_t k = i; k > 0 && k + 5 > i && !cancelled; --k) {
    const TokenWord& b = t_[k - 1].lower;
    std::string two = k >= 2 ? t_[k - 2].lower + " " + b : "";
    if (lex_.InSet("visit_cancel_words", b) || lex_.InSet("visit_cancel_words", two)) {
      cancelled = true;
      cue = lex_.InSet("visit_cancel_words", b) ? std::string(b) : two;
    } else if (!IsDeterminer(b) && !lex_.InSet("visit_plan_words", b) && b != "off" &&
               MentionAt(k - 1) < 0) {
      break;
    }
  }
  if (!cancelled) return false;
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t end = i + 1;
  std::vector<int> places = EventPlace(i, std::min(cend, i + 12), &end);
  if (places.empty()) return false;
  Subjects s = Visitor(i);
  for (int e : Counterparts(i + 1, end)) s.entities.push_back(e);
  if (s.entities.empty()) return false;
  Relation r;
  r.rule = "visited.cancelled_event";
  r.modality_override = true;
  r.cue = cue;
  EmitVisits(r, places, i, s, end);
  return true;
}

}  // namespace kg::ingest
