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

std::vector<int> Extractor::VisitPlaces(size_t from, size_t limit, size_t* end) const {
  // PlacesAfter stops looking for the first place after three words, so a
  // wide limit only lets a list go on: "the stops in Papua New Guinea and
  // Australia", "a tour of France, Serbia and Hungary".
  std::vector<int> places = PlacesAfter(from, std::min(limit, from + 14), end);
  // "from Ashgabat to Dushanbe, Tashkent and finally Astana"
  size_t k = *end;
  if (!places.empty() && k + 2 < std::min(limit, t_.size()) && t_[k].lower == "and" &&
      lex_.InSet("visit_last_words", t_[k + 1].lower)) {
    // "to Managua and then to Havana"
    size_t from_last = t_[k + 2].lower == "to" ? k + 3 : k + 2;
    size_t e = from_last;
    for (int p : PlacesAfter(from_last, std::min(limit, from_last + 4), &e))
      if (std::find(places.begin(), places.end(), p) == places.end()) places.push_back(p);
    *end = std::max(*end, e);
  }
  return places;
}

bool Extractor::EntityIsPerson(int entity) const {
  return doc_.TypeOf(entity) == NodeType::kPerson;
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
  // "touched down in Melbourne hoping to defend his title": a player or a
  // singer, when nobody travelling is known to act for a country
  bool known = s.described_people || leaders_of || titled >= 0;
  for (int e : people) known = known || CountryOf(e) >= 0;
  for (size_t k = 0; k < t_.size() && !known; ++k)
    if (lex_.InSet("visit_sport_words", t_[k].lower)) {
      Note(i, "visited: a player or performer ('" + std::string(t_[k].lower) + "')");
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
  // "stayed in Beijing rather than fly to New Delhi", "instead of travelling to"
  std::string instead = i >= 2 ? t_[i - 2].lower + " " + t_[i - 1].lower : "";
  if (!r.modality_override && lex_.InSet("visit_instead_words", instead)) {
    r.modality_override = true;
    r.cue = instead;
  }
  for (int place : places) {
    Relation one = r;
    one.relation = "visited";
    one.sources = people;
    one.target = place;
    Finish(std::move(one), i, s, end);
  }
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
  if (lex_.InSet("visit_host_nouns", word))
    return VisitedGuestOfHosts(i) || VisitedHostPhrase(i) || VisitedHostOf(i);
  if (lex_.InSet("visit_presence_nouns", word))
    return VisitedCancelledEvent(i) || VisitedPresence(i);
  if (lex_.InSet("visit_send_verbs", word)) return VisitedStandIn(i);
  // "stayed away from the summit in Kigali, leaving X to lead the delegation"
  if (lex_.InSet("visit_leave_verbs", word) && VisitedStandIn(i)) return true;
  if (lex_.InSet("visit_leg_verbs", word)) return VisitedTourLeg(i);
  if (lex_.InSet("visit_guest_nouns", word)) return VisitedGuest(i);
  if (lex_.InSet("visit_honour_verbs", word)) return VisitedHonoured(i);
  if (lex_.InSet("visit_meeting_verbs", word) ||
      (lex_.InSet("visit_deed_verbs", word) && !w.verbs.count(word)))
    return VisitedMeeting(i);
  if (lex_.InSet("visit_take_verbs", word)) return VisitedTaken(i);
  if (lex_.InSet("visit_lead_verbs", word)) return VisitedLed(i);
  // "his stay in Hanoi", "his Tokyo stay", but not "to stay in Australia":
  // nouns that are also verbs of no travel count only after a determiner
  if (lex_.InSet("visit_verb_like_nouns", word) && !StayNounUse(i)) {
    Note(i, "visited: a verb, not a noun of stay");
    return false;
  }
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

// "flew straight home", "headed directly back": one particle, then home.
bool Extractor::HomeAfterParticle(size_t k) const {
  return k + 1 < t_.size() && lex_.InSet("visit_particles", t_[k].lower) &&
         (t_[k + 1].lower == "home" || t_[k + 1].lower == "back");
}

// A determiner before the noun, or one before a place or a length of time
// ("his Tokyo stay", "a two-day stay").
bool Extractor::StayNounUse(size_t i) const {
  if (i == 0) return false;
  if (IsDeterminer(t_[i - 1].lower) || EndsWith(t_[i - 1].lower, "-day")) return true;
  int before = MentionAt(i - 1);
  if (before < 0 || ms_[before].first == 0) return false;
  bool place = ms_[before].kind == MentionKind::kPlace ||
               (ms_[before].kind == MentionKind::kActor && ms_[before].type == NodeType::kCountry);
  return place && IsDeterminer(t_[ms_[before].first - 1].lower);
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
  // "Just back from Beijing, Yellen said", "Biden, back from Kyiv,": not
  // after a verb ("pulled back from Kyiv" is troops, "stepped back from")
  if (word == "back" && i > 0 && t_[i - 1].text != "," && t_[i - 1].lower != "just" &&
      !IsBe(t_[i - 1].lower))
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
  else if (i + 1 < t_.size() && (t_[i + 1].lower == "back" || t_[i + 1].lower == "home" ||
                                  HomeAfterParticle(i + 1))) {
    // "flew back to Beijing from Moscow": where one comes back from was abroad
    for (size_t j = i + 2; j < std::min(cend, i + 10) && (prep == "to" || prep == "in"); ++j)
      if (t_[j].lower == "from") return VisitedReturn(i, j, cend, s);
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
  // "flew out of New Delhi for Dhaka": leaving a place for another is a
  // leg of a trip; "flew out of Kabul" alone may be a flight from danger
  if (k + 2 < t_.size() && t_[k].lower == "out" && t_[k + 1].lower == "of") {
    bool onward = false;
    for (size_t j = k + 3; j < std::min(cend, k + 10) && !onward; ++j) onward = t_[j].lower == "for";
    return onward && VisitedDeparture(i, k + 2, cend, s);
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
  bool open_stand_in = false;
  std::vector<int> places;
  if (prep_ok || here < k) {
    // "dropped in on Kyiv"
    size_t from = here < k ? here : k + 1;
    if (here == k && t_[k].lower == "in" && from + 1 < t_.size() && t_[from].lower == "on") ++from;
    places = VisitPlaces(from, cend, &end);
    if (places.empty()) places = EventPlace(k + 1, std::min(cend, k + 12), &end);
  }
  // "and Lavrov will travel in his place": to the event named before, and
  // the traveller is the nearest person before the verb
  if (places.empty() && k + 2 < t_.size() && t_[k].lower == "in" &&
      (t_[k + 1].lower == "his" || t_[k + 1].lower == "her" || t_[k + 1].lower == "their") &&
      lex_.InSet("visit_stead_nouns", t_[k + 2].lower)) {
    places = EventBefore(i, &end);
    // "Xi will miss the summit, with Li Qiang going in his place": the
    // stand-in's trip is as open as the absence it fills
    for (size_t k = 0; k + 1 < i && !places.empty(); ++k)
      if (lex_.InSet("future_auxiliaries", t_[k].lower) && !EndsWith(t_[i].lower, "ed"))
        open_stand_in = true;
    for (size_t idx = ms_.size(); idx > 0 && !places.empty(); --idx) {
      const Mention& m = ms_[idx - 1];
      if (m.last > i || m.type != NodeType::kPerson || m.kind == MentionKind::kPronoun ||
          m.entity < 0 || m.possessive)
        continue;
      s = MentionSubject(static_cast<int>(idx - 1), m.last, "stand-in travelling in someone's place");
      break;
    }
  }
  // "SINGAPORE — Trump's plane touched down at Paya Lebar air base": the
  // dateline's place rides on an arrival verb that names none it knows
  int dateline = MentionAt(i);
  if (places.empty() && dateline >= 0 && ms_[dateline].first == i &&
      ms_[dateline].kind == MentionKind::kPlace && ms_[dateline].entity >= 0)
    places = {ms_[dateline].entity};
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
  r.modality_override_hypothetical = open_stand_in || PlannedMainClause(i);
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
  if (places.empty() && t_[i].lower == "visiting" && VisitedVisitingTitle(i)) return true;
  // "On the Addis Ababa leg of his African tour, Lula said": a noun after all
  if (places.empty() && ModifierPlace(i) >= 0) return VisitedModifierPlace(i);
  // "toured SpaceX's launch site in Boca Chica", "visited German troops in
  // Lithuania": what one visits in a place puts one there
  if (places.empty() && (lex_.InSet("visit_deed_verbs", t_[i].lower) ||
                         (!s.passive && !EndsWith(t_[i].lower, "ing") &&
                          lex_.InSet("visit_object_verbs", t_[i].lower))))
    return VisitedMeeting(i);
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
