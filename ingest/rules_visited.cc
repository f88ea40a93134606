// The visited relation: travel verbs and their particles, meetings and
// stays abroad. Who the traveller is (Visitor) is in
// rules_visited_visitor.cc, visit nouns in rules_visited_nouns.cc, hosts
// and events attended in rules_visited_hosts.cc, deeds, departures and
// tour legs in rules_visited_deeds.cc, meetings, delegations and stand-ins
// in rules_visited_company.cc.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

using graph::NodeType;


// The travel verb's particles and adverbs before its preposition: "flew
// back to", "stopped over in", "set foot in", "headed on to".
// Manner adverbs count too: "travelled together to", "flew quietly into".
size_t SkipParticles(const std::vector<Token>& t, size_t k, size_t limit, const Lexicon& lex) {
  while (k < t.size() && k < limit &&
         (lex.InSet("visit_particles", t[k].lower) ||
          (t[k].word && !t[k].capitalized && t[k].lower.size() > 4 && EndsWith(t[k].lower, "ly"))))
    ++k;
  return k;
}

}  // namespace

std::vector<int> Extractor::VisitPlaces(size_t from, size_t limit, size_t* end) const {
  // PlacesAfter stops looking for the first place after three words, so a
  // wide limit only lets a list go on: "the stops in Papua New Guinea and
  // Australia", "a tour of France, Serbia and Hungary".
  std::vector<int> places = PlacesAfter(from, std::min(limit, from + 14), end);
  // "from Ashgabat to Dushanbe, Tashkent and finally Astana"
  size_t k = *end;
  if (!places.empty() && k + 2 < std::min(limit, t_.size()) && t_[k].lower == "and" &&
      lex_.InSet("visit_last_words", t_[k + 1].lower)) {
    size_t e = k + 2;
    for (int p : PlacesAfter(k + 2, std::min(limit, k + 6), &e))
      if (std::find(places.begin(), places.end(), p) == places.end()) places.push_back(p);
    *end = std::max(*end, e);
  }
  return places;
}

bool Extractor::EntityIsPerson(int entity) const {
  return entity >= 0 && static_cast<size_t>(entity) < doc_.entity_types.size() &&
         doc_.entity_types[entity] == NodeType::kPerson;
}

void Extractor::EmitVisits(Relation r, const std::vector<int>& places, size_t i, const Subjects& s,
                           size_t end) {
  // Travellers are people. A country or an organisation as the subject of
  // a travel verb is a sports team ("Italy travel to Edinburgh"), a
  // metonym for goods or money ("EU farm money came to the UK") or a
  // misread clause, not a visit.
  // "The presidents of Poland and Latvia travelled" names the people by
  // their countries; those stand for the visitors.
  std::vector<int> people;
  bool leaders_of = s.how == "the leaders of the subject countries";
  std::vector<int> subjects = s.entities;
  for (size_t k = ClauseStart(t_, i, lex_); k + 2 < i && !leaders_of; ++k) {
    leaders_of = t_[k + 1].lower == "of" && lex_.InSet("group_heads", t_[k].lower);
    int m = leaders_of ? MentionAt(k + 2) : -1;
    if (m >= 0) {
      size_t end = 0;
      subjects = Coordinated(m, i, &end);
    }
  }
  for (int e : subjects)
    if (leaders_of || s.described_people || EntityIsPerson(e)) people.push_back(e);
  // "a week after Ethiopia's prime minister went to Asmara": a leader
  // named only by title stands for the country
  // ("..., and Pakistan's prime minister is due in New York": from the subject)
  size_t from = ClauseStart(t_, i, lex_);
  for (const Mention& m : ms_)
    if (!subjects.empty() && m.entity == subjects[0] && m.last <= i && m.first > from) from = m.first;
  int titled = people.empty() ? CountryOfUnnamedLeader(from, i) : -1;
  if (titled >= 0) people.push_back(titled);
  if (people.empty()) {
    Note(i, "visited: no person among the subjects (" + s.how + ")");
    return;
  }
  // "Zelensky invited Trump to come to Ukraine": an invitation is a plan
  if (s.how == "invited guest") r.modality_override_hypothetical = true;
  // "Neither Burhan nor his rival Dagalo went to Jeddah"
  for (size_t k = ClauseStart(t_, i, lex_); k < i && !r.modality_override; ++k)
    if (t_[k].lower == "neither" || t_[k].lower == "nor") {
      r.modality_override = true;
      r.cue = t_[k].lower;
    }
  for (int place : places) {
    Relation one = r;
    one.relation = "visited";
    one.sources = people;
    one.target = place;
    Finish(std::move(one), i, s, end);
  }
}

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
  if (m < 0 || ms_[m].entity < 0) return false;
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
  s.entities = {ms_[m].entity};
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

// "flew from Tel Aviv to Riyadh": where a trip starts is a place the
// traveller was in.
bool Extractor::VisitedOrigin(size_t i, size_t from, size_t cend, const Subjects& s) {
  for (size_t k = from; k < std::min(cend, from + 8); ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "," || w == "to" || w == "for") return false;
    if (w != "from") continue;
    if (lex_.InSet("visit_distance_words", t_[k - 1].lower)) return false;  // "50 km from Kyiv"
    size_t end = k + 1;
    std::vector<int> places = VisitPlaces(k + 1, cend, &end);
    // "flew on from the BRICS summit in Johannesburg to Luanda"
    if (places.empty()) places = EventPlace(k + 1, std::min(cend, k + 10), &end);
    if (places.empty()) return false;
    // Only "from A to B": a bare "from A" is too often a distance, a source
    // or a home ("returned from exile").
    if (end >= t_.size() || (t_[end].lower != "to" && t_[end].lower != "into")) return false;
    Relation r;
    r.rule = "visited.origin";
    r.confidence = 0.7f;
    EmitVisits(r, places, i, s, end);
    return true;
  }
  return false;
}

bool Extractor::Visited(size_t i) {
  const RelationWords& w = lex_.relation("visited");
  const TokenWord& word = t_[i].lower;
  // "Will Putin visit Mongolia?": a name after a fronted auxiliary is a subject
  int before = i > 0 ? MentionAt(i - 1) : -1;
  bool inverted = before >= 0 && ms_[before].first > 0 &&
                  lex_.InSet("question_auxiliaries", t_[ms_[before].first - 1].lower);
  bool noun_use = i > 0 && (IsDeterminer(t_[i - 1].lower) || t_[i - 1].lower == "state" ||
                            t_[i - 1].lower == "official" || t_[i - 1].lower == "first" ||
                            t_[i - 1].lower == "planned" || t_[i - 1].lower == "upcoming" ||
                            (before >= 0 && !inverted) || EndsWith(t_[i - 1].lower, "-day"));
  bool prep_after = i + 1 < t_.size() && w.noun_preps.count(t_[i + 1].lower) > 0;
  // "was in Tokyo for the state funeral": an event says why one was there,
  // not that one travelled ("signed on the sidelines of the summit in X").
  if (lex_.InSet("visit_host_nouns", word)) return VisitedGuestOfHosts(i) || VisitedHostPhrase(i);
  if (lex_.InSet("visit_presence_nouns", word))
    return VisitedCancelledEvent(i) || VisitedPresence(i);
  if (lex_.InSet("visit_send_verbs", word)) return VisitedStandIn(i);
  if (lex_.InSet("visit_leg_verbs", word)) return VisitedTourLeg(i);
  if (lex_.InSet("visit_guest_nouns", word)) return VisitedGuest(i);
  if (lex_.InSet("visit_honour_verbs", word)) return VisitedHonoured(i);
  if (lex_.InSet("visit_meeting_verbs", word) ||
      (lex_.InSet("visit_deed_verbs", word) && !w.verbs.count(word)))
    return VisitedMeeting(i);
  if (lex_.InSet("visit_take_verbs", word)) return VisitedTaken(i);
  if (lex_.InSet("visit_lead_verbs", word)) return VisitedLed(i);
  if (w.nouns.count(word) && (noun_use || !w.verbs.count(word) || prep_after))
    return VisitedNoun(i);
  if (lex_.InSet("attend_verbs", word)) return VisitedAttend(i);
  bool passive = i > 0 && (t_[i - 1].lower == "was" || t_[i - 1].lower == "were");
  if (lex_.InSet("reception_verbs", word) && passive) return VisitedReceived(i);
  if (lex_.InSet("reception_verbs", word) && i > 0 && t_[i - 1].lower != "been" &&
      !IsDeterminer(t_[i - 1].lower))
    return VisitedHosted(i);
  if (w.verbs_prep.count(word)) return VisitedVerbPrep(i);
  if (w.verbs.count(word)) return VisitedVerb(i);
  return false;
}

// "flew on to Hanoi", "stopped over in New York", "flew from A to B".
bool Extractor::VisitedVerbPrep(size_t i) {
  const TokenWord& word = t_[i].lower;
  size_t cend = ClauseEnd(t_, i, lex_);
  // "S-400 parts were flown into a base near Ankara": weapons carried in arrive
  bool flown_in = word == "flown" && i > 0 && (t_[i - 1].lower == "were" || t_[i - 1].lower == "was");
  if ((word.rfind("arriv", 0) == 0 || word == "landed" || word == "touched" || flown_in) &&
      ArmsArrived(i, cend))
    return true;
  Subjects s = Visitor(i);
  if (s.entities.empty() && ArmsCarried(i, cend)) return true;
  if (s.entities.empty()) {
    Note(i, "visited.verb_prep: no visitor found");
    return false;
  }
  // "invited Trump to come to Ukraine"; "the deal he had come to
  // Washington to conclude" repeats a visit told elsewhere
  // "the first pontiff to come to Mongolia" is factive, though
  bool first_to = false;
  for (size_t k = i; k > 0 && k + 5 > i && !first_to; --k)
    first_to = t_[k - 1].lower == "first" || t_[k - 1].lower == "only" || t_[k - 1].lower == "last";
  if (lex_.InSet("visit_invited_verbs", word) && s.how != "invited guest" &&
      !(first_to && t_[i - 1].lower == "to"))
    return false;
  // "moved on from Jeddah to Doha": these verbs travel only with "on"
  if (lex_.InSet("visit_onward_verbs", word) && (i + 1 >= t_.size() || t_[i + 1].lower != "on"))
    return false;
  // "flew back to Athens", "headed home to Lagos": going back is going
  // home, and whose home it is the text seldom says.
  const std::string& prep = lex_.relation("visited").verbs_prep.at(word);
  // "returned home from Russia": where one comes back from was abroad
  size_t after_verb = i + 1;
  // "made it to the Lithuanian capital": only with "it"
  if (word.rfind("mad", 0) == 0 || word.rfind("mak", 0) == 0) {
    if (i + 1 >= t_.size() || t_[i + 1].lower != "it") return false;
    after_verb = i + 2;
  }
  if (prep == "from" && i + 2 < t_.size() && t_[i + 1].lower == "home" && t_[i + 2].lower == "from")
    after_verb = i + 2;
  else if (i + 1 < t_.size() && (t_[i + 1].lower == "back" || t_[i + 1].lower == "home")) {
    Note(i, "visited.verb_prep: a return home");
    return false;
  }
  size_t k = SkipParticles(t_, after_verb, i + 3, lex_);
  // "stepped off his plane in Port Moresby": these verbs travel only off a vehicle
  if (lex_.InSet("visit_vehicle_verbs", word)) {
    bool off = k < t_.size() && (t_[k].lower == "off" || t_[k].lower == "from");
    size_t after = off ? VehicleEnd(k + 1) : k;
    if (after == k + 1 || !off) return false;
    k = after;
  }
  k = SkipParticles(t_, SkipTime(k), k + 8, lex_);
  if (prep == "from") return VisitedReturn(i, k, cend, s);
  bool origin = VisitedOrigin(i, i + 1, cend, s);
  if (k < t_.size() && t_[k].lower == "from") {  // the destination follows the origin
    size_t e = k + 1;
    if (PlacesAfter(k + 1, k + 5, &e).empty()) EventPlace(k + 1, std::min(cend, k + 10), &e);
    if (e > k + 1 && e < t_.size()) k = e;
  }
  // "left Tel Aviv for Amman", "left Beijing with pledges"
  if (prep == "for" && k < t_.size() && t_[k].lower != "for" && VisitedDeparture(i, k, cend, s))
    return true;
  // "flew into Tripoli", "landed at Ben Gurion airport in Tel Aviv"
  bool prep_ok = k < t_.size() && (t_[k].lower == prep || (prep == "to" && t_[k].lower == "into") ||
                                   (prep == "in" && t_[k].lower == "at"));
  // "arrived here (on Tuesday)" under a dateline: "here" is its place, and
  // "travelled there" the place named before (AddTherePlaces)
  size_t here = k;
  for (size_t j = after_verb; !prep_ok && j < k && j < t_.size() && (prep == "in" || prep == "to"); ++j)
    if ((t_[j].lower == "here" || t_[j].lower == "there") && MentionAt(j) >= 0) here = j;
  size_t end = k + 1;
  std::vector<int> places;
  if (prep_ok || here < k) {
    places = VisitPlaces(here < k ? here : k + 1, cend, &end);
    if (places.empty()) places = EventPlace(k + 1, std::min(cend, k + 12), &end);
  }
  // "and Lavrov will travel in his place": to the event named before, and
  // the traveller is the nearest person before the verb
  if (places.empty() && k + 2 < t_.size() && t_[k].lower == "in" &&
      (t_[k + 1].lower == "his" || t_[k + 1].lower == "her" || t_[k + 1].lower == "their") &&
      t_[k + 2].lower == "place") {
    places = EventBefore(i, &end);
    for (size_t idx = ms_.size(); idx > 0 && !places.empty(); --idx) {
      const Mention& m = ms_[idx - 1];
      if (m.last > i || m.type != NodeType::kPerson || m.kind == MentionKind::kPronoun ||
          m.entity < 0 || m.possessive)
        continue;
      s = MentionSubject(static_cast<int>(idx - 1), m.last, "stand-in travelling in someone's place");
      break;
    }
  }
  // "who had both flown in for the occasion, met in Singapore": a bare
  // "in" leaves the place to the clause the travellers act in
  if (places.empty() && k < t_.size() && t_[k].lower == "in" && MentionAt(k + 1) < 0)
    places = PlaceLaterInSentence(k + 1, &end);
  if (places.empty() && !origin) places = BareArrivalPlace(i);
  if (places.empty()) {
    if (origin) return true;
    if (VisitedLed(i)) return true;  // "headed a delegation to Kyiv"
    Note(i, "no country or city after '" + word + "'");
    return false;
  }
  Relation r;
  r.rule = "visited.verb_prep";
  r.modality_override_hypothetical = PlannedMainClause(i);
  EmitVisits(r, places, i, s, end);
  return true;
}

// "will travel to Moscow next week, before going on to Vienna": a trip
// subordinate to a planned one is planned too.
bool Extractor::PlannedMainClause(size_t i) const {
  size_t cs = ClauseStart(t_, i, lex_);
  if (cs == 0 || cs + 1 != i || !lex_.InSet("subordinators", t_[cs].lower)) return false;
  const RelationWords& travel = lex_.relation("visited");
  for (size_t v = cs; v > 0; --v) {
    if (!travel.verbs.count(t_[v - 1].lower) && !travel.verbs_prep.count(t_[v - 1].lower)) continue;
    size_t main = ClauseStart(t_, v - 1, lex_);
    std::string cue;
    return ModalityFor(t_, main, main, v - 1, lex_, &cue) == graph::Modality::kHypothetical;
  }
  return false;
}

// "visited Moscow", "toured Austria and Poland".
bool Extractor::VisitedVerb(size_t i) {
  size_t end = i + 1;
  std::vector<int> places = VisitPlaces(i + 1, ClauseEnd(t_, i, lex_), &end);
  Subjects s = Visitor(i);
  if (places.empty() && s.passive && !s.entities.empty()) {
    // "Apia was visited on Tuesday by Australia's foreign minister, Penny
    // Wong": the place is the subject and the "by" agent the visitor.
    size_t cs = ClauseStart(t_, i, lex_);
    size_t e = cs;
    places = PlacesAfter(cs, i, &e);
    if (!places.empty()) {
      s.end = cs;
      Relation r;
      r.rule = "visited.passive";
      EmitVisits(r, places, i, s, i + 1);
      return true;
    }
  }
  // "toured SpaceX's launch site in Boca Chica"
  if (places.empty() && lex_.InSet("visit_deed_verbs", t_[i].lower)) return VisitedMeeting(i);
  if (places.empty()) {
    Note(i, "no country or city as the object of '" + t_[i].lower + "'");
    return false;
  }
  Relation r;
  r.rule = "visited.verb";
  return EmitIfVisitor(r, places, i, s, end);
}

// The first "in" or "at" place after `from`, within a short reach.
std::vector<int> Extractor::PlaceLaterInSentence(size_t from, size_t* end) const {
  for (size_t j = from; j + 1 < t_.size() && j < from + 14; ++j) {
    if (t_[j].lower != "in" && t_[j].lower != "at") continue;
    size_t e = j + 1;
    std::vector<int> places = PlacesAfter(j + 1, std::min(t_.size(), j + 4), &e);
    if (!places.empty()) {
      *end = e;
      return places;
    }
  }
  return {};
}

bool Extractor::EmitIfVisitor(const Relation& r, const std::vector<int>& places, size_t i,
                              const Subjects& s, size_t end) {
  if (s.entities.empty()) {
    Note(i, r.rule + ": no visitor found");
    return false;
  }
  EmitVisits(r, places, i, s, end);
  return true;
}

}  // namespace kg::ingest
