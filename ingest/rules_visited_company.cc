// Visits told through the company a traveller keeps: meetings and talks
// held abroad, delegations led to a place, and stand-ins sent in someone's
// place. Part of the visited relation (rules_visited.cc).
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// "met Xi Jinping in Beijing", "held talks at the Kremlin", "spent seven
// hours in Tel Aviv", "is due in Washington": being somewhere abroad. Only
// for visitors whose own country is known, so a meeting at home is none.
bool Extractor::VisitedMeeting(size_t i) {
  const TokenWord& word = t_[i].lower;
  size_t cend = PastCapacity(ClauseEnd(t_, i, lex_));
  size_t limit = std::min(cend, i + 12);
  if (RemoteClause(i)) {
    Note(i, "visited.meeting: by video link or phone");
    return false;
  }
  Relation r;
  r.rule = "visited.meeting";
  r.confidence = 0.7f;
  size_t from = i + 1;
  if (word == "due" || word == "expected") {
    if (i == 0 || !IsBe(t_[i - 1].lower)) return false;  // "is due in", not "due in part to"
    r.modality_override_hypothetical = true;
    limit = std::min(limit, i + 2);
  } else if (lex_.InSet("visit_deed_verbs", word)) {
    // "addressed parliament in Georgetown", "laid a wreath in Warsaw"
    if (!DeedObject(i, limit)) return false;
  } else if (lex_.InSet("visit_hold_verbs", word)) {
    // "held talks", "spent eleven hours": the object says what kind of stay
    bool kind = false;
    for (size_t k = i + 1; k < std::min(limit, i + 5) && !kind; ++k)
      kind = lex_.InSet("event_nouns", t_[k].lower) || lex_.InSet("visit_stay_nouns", t_[k].lower);
    if (!kind) return false;
  }
  size_t end = i + 1;
  size_t at = from;
  std::vector<int> places;
  for (size_t k = from; k < limit && places.empty(); ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "to" || w == "for" || w == "from") break;
    if (w == "in" || w == "at") places = PlacesAfter(k + 1, k + 5, &end);
    at = k;
  }
  // "the first Brazilian president to address Portugal's parliament"
  if (places.empty() && lex_.InSet("visit_deed_verbs", word))
    places = DeedObjectCountry(i, limit, &end);
  if (places.empty()) return false;
  if (lex_.InSet("visit_meet_verbs", word)) {
    Subjects guest = CounterpartMet(i, at);
    Relation c = r;
    c.rule = "visited.counterpart";
    if (!guest.entities.empty()) EmitVisits(c, places, i, guest, end);
  }
  Subjects s = Visitor(i);
  std::vector<int> travellers;
  for (int e : s.entities) {
    bool country = false, resident = false;
    for (const Mention& m : ms_) {
      if (m.entity != e) continue;
      country = country || m.type == NodeType::kCountry;
      // "Russian Ambassador Anatoly Antonov met officials in Washington": he lives there
      for (size_t k = m.first; k > 0 && k + 4 > m.first; --k)
        resident = resident || lex_.InSet("visit_resident_titles", t_[k - 1].lower);
    }
    // "spent his first day abroad as Senegal's president in Nouakchott"
    int capacity = CountryOf(e) < 0 && !country ? CapacityCountry(i, cend) : -1;
    if (capacity >= 0 && std::find(places.begin(), places.end(), capacity) != places.end()) continue;
    if ((CountryOf(e) >= 0 || country || capacity >= 0) && !resident) travellers.push_back(e);
  }
  if (travellers.empty()) {
    Note(i, "visited.meeting: no visitor with a known country");
    return false;
  }
  s.entities = travellers;
  EmitVisits(r, places, i, s, end);
  return true;
}

// "met his Chinese counterpart Dong Jun in Singapore", "met his Russian
// counterpart in New Delhi": the counterpart, of the country named, came
// to the meeting too (EmitVisits drops the one at home).
Extractor::Subjects Extractor::CounterpartMet(size_t verb, size_t limit) const {
  for (size_t k = verb + 2; k < limit; ++k) {
    if (!lex_.InSet("counterpart_nouns", t_[k].lower)) continue;
    int adjective = -1;
    for (size_t idx = 0; idx < ms_.size(); ++idx)
      if (ms_[idx].last == k && ms_[idx].kind == MentionKind::kAdjective && ms_[idx].entity >= 0)
        adjective = static_cast<int>(idx);
    if (adjective < 0) return {};
    // "met his Australian counterpart Penny Wong in Canberra": she is at home
    for (size_t j = limit; j < t_.size() && j < limit + 5; ++j)
      if (MentionAt(j) >= 0 && ms_[MentionAt(j)].entity == ms_[adjective].entity) return {};
    int name = MentionAt(k + 1);
    if (name >= 0 && ms_[name].type == NodeType::kPerson && ms_[name].entity >= 0 &&
        ms_[name].kind != MentionKind::kPronoun)
      return MentionSubject(name, k + 1, "counterpart met abroad");
    Subjects s = MentionSubject(adjective, k + 1, "counterpart met abroad");
    s.described_people = true;
    return s;
  }
  return {};
}

// "led a delegation of African leaders to Kyiv", "led her country's
// delegation to the Winter Olympics in Pyeongchang": the leader travels.
bool Extractor::VisitedLed(size_t i) {
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t k = i + 1;
  // The delegation is the verb's object: "the return of the delegation to
  // Taiwan" is no one's trip.
  if (i > 0 && IsDeterminer(t_[i - 1].lower)) return false;
  while (k < std::min(cend, i + 8) && t_[k].lower != "delegation" && t_[k].lower != "delegations") {
    if (lex_.InSet("prepositions", t_[k].lower)) return false;
    ++k;
  }
  if (k >= std::min(cend, i + 8)) return false;
  size_t delegation = k;
  while (k < std::min(cend, i + 14) && t_[k].lower != "to") ++k;
  size_t end = k + 1;
  std::vector<int> places;
  if (k < std::min(cend, i + 14)) places = VisitPlaces(k + 1, cend, &end);
  // "led Beijing's delegation at the G20 summit in New Delhi"
  if (places.empty()) places = EventPlace(delegation + 1, std::min(cend, delegation + 12), &end);
  // "and Li Qiang will lead China's delegation instead": to the event named before
  bool instead = false;
  for (size_t j = delegation + 1; j < std::min(cend, delegation + 4) && !instead; ++j)
    instead = t_[j].lower == "instead" || (t_[j].lower == "in" && j + 2 < t_.size() &&
                                           lex_.InSet("visit_stead_nouns", t_[j + 2].lower));
  bool stand_in = places.empty() && instead;
  if (stand_in) places = EventBefore(i, &end);
  if (places.empty()) return false;
  Subjects s = Visitor(i);
  // the stand-in is the person just before the verb, not the one who stays away
  for (size_t idx = ms_.size(); idx > 0 && stand_in; --idx) {
    const Mention& m = ms_[idx - 1];
    if (m.last > i || m.type != NodeType::kPerson || m.kind == MentionKind::kPronoun ||
        m.entity < 0 || m.possessive)
      continue;
    s = MentionSubject(static_cast<int>(idx - 1), m.last, "stand-in leading a delegation");
    break;
  }
  if (s.entities.empty()) return false;
  Relation r;
  r.rule = "visited.led";
  r.confidence = 0.75f;
  EmitVisits(r, places, i, s, end);
  return true;
}

// "skipped the G20 summit in New Delhi, sending Premier Li Qiang in his
// place": the stand-in goes where the event is.
bool Extractor::VisitedStandIn(size_t i) {
  size_t cend = ClauseEnd(t_, i, lex_);
  int agent = -1;
  bool stand_in = false;
  for (size_t k = i + 1; k < std::min(cend, i + 12) && !stand_in; ++k) {
    int m = MentionAt(k);
    if (agent < 0 && m >= 0 && ms_[m].type == NodeType::kPerson &&
        ms_[m].kind != MentionKind::kPronoun && ms_[m].entity >= 0)
      agent = m;
    const TokenWord& w = k + 1 < t_.size() ? t_[k + 1].lower : t_[k].lower;
    // "sending Li Qiang in his place", "would send Sergei Lavrov instead"
    stand_in =
        (t_[k].lower == "in" && k + 2 < t_.size() && (w == "his" || w == "her" || w == "their") &&
         lex_.InSet("visit_stead_nouns", t_[k + 2].lower)) ||
        (t_[k].lower == "instead" && agent >= 0 && ms_[agent].last <= k) ||
        // "leaving / sending X to lead India's delegation": the one sent leads it
        (t_[k].lower == "to" && agent >= 0 && ms_[agent].last == k && k + 1 < t_.size() &&
         lex_.InSet("visit_stand_in_duties", t_[k + 1].lower));
  }
  if (agent < 0 || !stand_in) return false;
  size_t end = i;
  std::vector<int> places;
  // "sending Sergei Lavrov to South Africa in his stead": the place is named
  size_t to = ms_[agent].last;
  if (to + 1 < t_.size() && t_[to].lower == "to") places = VisitPlaces(to + 1, cend, &end);
  for (size_t b = i; b > 0 && places.empty(); --b)
    if (lex_.InSet("event_nouns", t_[b - 1].lower)) places = EventPlace(b - 1, i, &end);
  if (places.empty()) return false;
  Subjects s;
  s.entities = {ms_[agent].entity};
  // ", sending X": only the participle's own words; "will send X": the clause's
  s.end = ClauseStart(t_, i, lex_);
  for (size_t b = i; b > s.end; --b)
    if (t_[b - 1].text == ",") {
      s.end = b;
      break;
    }
  s.how = "stand-in sent in someone's place";
  Relation r;
  r.rule = "visited.stand_in";
  r.confidence = 0.7f;
  // "will not attend ..., sending X instead": the stand-in has yet to go
  if (s.end > 0 && t_[s.end - 1].text == "," && FutureBefore(s.end - 1))
    r.modality_override_hypothetical = true;
  EmitVisits(r, places, i, s, ms_[agent].last);
  return true;
}

}  // namespace kg::ingest
