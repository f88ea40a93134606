// The visited relation told without a travel verb on the visitor: what the
// visitor did there ("addressed parliament in Georgetown"), honours received
// ("was given a 21-gun salute at the White House"), departures ("left Tel
// Aviv for Amman"), legs of a tour ("a tour that began in Cairo"), and the
// shapes that put the visitor far from the verb (fronted clauses,
// invitations, unnamed leaders). Travel verbs are in rules_visited.cc.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

bool IsPossessivePronoun(const TokenWord& w) { return w == "his" || w == "her" || w == "their"; }

}  // namespace

// True when every traveller's own country is known, so that leaving or
// coming back from a place can be told from leaving home: "Campbell, who
// left Downing Street", "was returning from China" of a businessman.
bool Extractor::KnownCountries(const Subjects& s) const {
  if (s.entities.empty()) return false;
  for (int e : s.entities)
    if (!s.described_people && CountryOf(e) < 0) return false;
  return true;
}

// An object that says what a visitor did in a place, within a few words
// of the verb: "addressed a special sitting of the National Assembly",
// "laid a wreath", "inspected a guard of honour", "toured a car plant".
// "Addressed the crisis in Sudan" names no such thing.
bool Extractor::DeedObject(size_t verb, size_t limit) const {
  for (size_t k = verb + 1; k < std::min(limit, verb + 7); ++k)
    if (lex_.InSet("visit_deed_objects", t_[k].lower)) return true;
  return false;
}

// The country that owns the deed's object: "addressed Portugal's
// parliament", "addressed the US Congress", "laid a wreath at the Polish
// memorial". Empty when the object names none.
std::vector<int> Extractor::DeedObjectCountry(size_t verb, size_t limit, size_t* end) const {
  for (size_t k = verb + 1; k < std::min(limit, verb + 9); ++k) {
    if (!lex_.InSet("visit_deed_objects", t_[k].lower)) continue;
    // "the Portuguese parliament" may be one mention, of the country
    int m = MentionAt(k);
    size_t before = k > 0 && t_[k - 1].lower == "'s" ? k - 1 : k;
    if (m < 0 && before > verb + 1) m = MentionAt(before - 1);
    if (m < 0 || ms_[m].entity < 0 || (ms_[m].last != before && ms_[m].last != k + 1)) return {};
    if (doc_.TypeOf(ms_[m].entity) != NodeType::kCountry) return {};
    *end = k + 1;
    return {ms_[m].entity};
  }
  return {};
}

// "addressed Japan's Diet by video link", "met by phone": nobody travelled.
bool Extractor::RemoteClause(size_t i) const {
  size_t cend = ClauseEnd(t_, i, lex_);
  for (size_t k = ClauseStart(t_, i, lex_); k < cend; ++k)
    if (lex_.InSet("visit_remote_words", t_[k].lower)) return true;
  return false;
}

// "spent his first day abroad as Senegal's president in Nouakchott": "as"
// before a title names a capacity, not a new clause.
size_t Extractor::PastCapacity(size_t cend) const {
  if (cend >= t_.size() || t_[cend].lower != "as") return cend;
  for (size_t q = cend + 1; q < std::min(t_.size(), cend + 5); ++q)
    if (!lex_.TitleRole(t_[q].lower).empty()) return ClauseEnd(t_, q, lex_);
  return cend;
}

// "After touching down in Addis Ababa on Sunday, Li Keqiang promised",
// "While in Hanoi, Joe Biden lifted ties": a clause that opens the sentence
// without a subject of its own has the subject after its comma.
Extractor::Subjects Extractor::FrontedClauseSubject(size_t i) const {
  if (t_.empty()) return {};
  const TokenWord& first = t_[0].lower;
  bool fronted = lex_.InSet("subordinators", first) || lex_.InSet("visit_frames", first) ||
                 EndsWith(first, "ing") || (i <= 1 && t_[i].lower == "back");
  if (!fronted) return {};
  // the clause has its own subject, unless a pronoun that looks ahead ("On
  // his return from Moscow, Orban said")
  for (size_t k = 0; k < i; ++k) {
    int m = MentionAt(k);
    // only an owner or an object: "As he arrived, Mr Botin ..." has its subject
    bool ahead =
        m >= 0 && ms_[m].kind == MentionKind::kPronoun && ms_[m].entity < 0 &&
        (IsPossessivePronoun(t_[k].lower) || t_[k].lower == "him" || t_[k].lower == "them");
    if (t_[k].text == "," || (m >= 0 && !ahead)) return {};
  }
  for (size_t k = i + 1; k + 1 < t_.size() && k < i + 30; ++k) {
    if (t_[k].text == "." || t_[k].text == ";") break;
    if (t_[k].text != ",") continue;
    int m = AgentAt(k + 1);
    if (m < 0) m = TitledPersonAhead(k + 1, std::min(t_.size(), k + 8));
    if (m >= 0 && ms_[m].entity >= 0 && !ms_[m].possessive &&
        (ms_[m].type == NodeType::kPerson || ms_[m].kind == MentionKind::kPronoun))
      return MentionSubject(m, 0, "subject after a fronted clause");
    size_t after = 0;
    int country = UnnamedLeaderAt(k + 1, &after);
    if (country >= 0) {
      Subjects s = MentionSubject(MentionAt(k + 1) >= 0 ? MentionAt(k + 1) : m, 0,
                                  "a leader named by title after a fronted clause");
      s.entities = {country};
      s.described_people = true;
      return s;
    }
  }
  return {};
}

// "Zelensky invited Donald Trump to come to Ukraine", "has invited Modi to
// visit": the one invited is the traveller, and only a plan.
Extractor::Subjects Extractor::InvitedGuest(size_t i) const {
  if (i < 3 || t_[i - 1].lower != "to") return {};
  int m = MentionAt(i - 2);
  if (m < 0 || ms_[m].entity < 0 || ms_[m].possessive) return {};
  if (ms_[m].type != NodeType::kPerson && ms_[m].kind != MentionKind::kPronoun) return {};
  size_t v = ms_[m].first;
  while (v > 0 && (MentionAt(v - 1) >= 0 || !lex_.TitleRole(t_[v - 1].lower).empty() ||
                   t_[v - 1].lower == "the"))
    --v;
  if (v == 0 || !lex_.InSet("visit_invite_verbs", t_[v - 1].lower)) return {};
  return MentionSubject(m, i, "invited guest");
}

// The place named before a visit noun: "a White House visit by Erdogan",
// "his Moscow trip". Returns its entity, or -1.
int Extractor::ModifierPlace(size_t noun) const {
  if (!lex_.InSet("visit_tour_nouns", t_[noun].lower)) return -1;
  size_t k = noun;
  while (k > 0 && (t_[k - 1].lower == "state" || t_[k - 1].lower == "official")) --k;
  int m = k > 0 ? MentionAt(k - 1) : -1;
  if (m < 0 || ms_[m].entity < 0 || ms_[m].possessive || ms_[m].last != k) {
    // "the Addis Ababa stage of his African tour": the place names a leg
    k = LegBefore(noun);
    m = k > 0 ? MentionAt(k - 1) : -1;
  }
  if (m < 0 || ms_[m].entity < 0 || ms_[m].possessive || ms_[m].last != k) return -1;
  bool place = ms_[m].kind == MentionKind::kPlace ||
               (ms_[m].kind == MentionKind::kActor && ms_[m].type == NodeType::kCountry);
  if (!place) return -1;
  size_t b = ms_[m].first;
  // "a Moscow visit", "his Beijing trip", "Modi's Delhi visit", a headline's first words
  if (b > 0 && !IsDeterminer(t_[b - 1].lower) && !IsPossessivePronoun(t_[b - 1].lower)) return -1;
  return ms_[m].entity;
}

// The leg noun before "of his African tour" ending at `noun` ("the Jakarta
// leg of a swing", "the Paris stop of her tour"), or 0 when there is none.
size_t Extractor::LegBefore(size_t noun) const {
  size_t j = noun;
  // past "his African", "a three-nation": words, but no place or person
  while (j > 0 && j + 4 > noun && t_[j - 1].word && t_[j - 1].lower != "of" &&
         (MentionAt(j - 1) < 0 || ms_[MentionAt(j - 1)].kind == MentionKind::kAdjective ||
          ms_[MentionAt(j - 1)].kind == MentionKind::kPronoun))
    --j;
  if (j < 2 || t_[j - 1].lower != "of" || !lex_.InSet("visit_leg_nouns", t_[j - 2].lower)) return 0;
  return j - 2;
}

// "an African tour that began in Cairo and took him through Brazzaville",
// "the trip ended in Doha": where a tour starts or ends, its traveller was.
bool Extractor::VisitedTourLeg(size_t i) {
  size_t noun = t_.size();
  for (size_t k = i; k > 0 && k + 5 > i && noun == t_.size(); --k)
    if (lex_.InSet("visit_tour_nouns", t_[k - 1].lower)) noun = k - 1;
  if (noun == t_.size()) return false;
  // only the noun's own verb: "the tour that had begun", not "the tour, Lavrov began"
  for (size_t k = noun + 1; k < i; ++k) {
    const TokenWord& w = t_[k].lower;
    // ", which opened in Caracas": a relative clause after its comma
    if (w != "that" && w != "which" && w != "had" && w != "has" && w != "have" && !IsBe(w) &&
        w != "already" && w != "also" && w != "first" && !(w == "," && k == noun + 1))
      return false;
  }
  size_t k = SkipTime(i + 1);
  if (k >= t_.size() || t_[k].lower != "in") return false;
  size_t end = k + 1;
  std::vector<int> places = VisitPlaces(k + 1, ClauseEnd(t_, i, lex_), &end);
  if (places.empty()) return false;
  Relation r;
  r.rule = "visited.tour_leg";
  r.confidence = 0.7f;
  Subjects s = NounPossessor(noun, &r);
  if (s.entities.empty()) s = Visitor(noun);
  return EmitIfVisitor(r, places, i, s, end);
}

// "Ruto was given a 21-gun salute on the White House lawn", "was accorded
// a ceremonial welcome in New Delhi": honours a host gives a guest.
bool Extractor::VisitedHonoured(size_t i) {
  if (i == 0 || !IsBe(t_[i - 1].lower)) return false;
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t k = i + 1;
  while (k < std::min(cend, i + 6) && !lex_.InSet("visit_honour_nouns", t_[k].lower)) ++k;
  if (k >= std::min(cend, i + 6)) return false;
  size_t end = k + 1;
  std::vector<int> places;
  for (size_t j = k + 1; j < std::min(cend, k + 8) && places.empty(); ++j)
    if (t_[j].lower == "in" || t_[j].lower == "at" || t_[j].lower == "on")
      places = PlacesAfter(j + 1, j + 5, &end);
  // "was given a guard of honour by his Egyptian host": the host's country
  for (size_t j = k + 1; j + 1 < std::min(cend, k + 8) && places.empty(); ++j) {
    int host = t_[j].lower == "by" ? AgentAt(j + 1) : -1;
    if (host >= 0 && CountryOf(ms_[host].entity) >= 0) places = {CountryOf(ms_[host].entity)};
  }
  if (places.empty()) return false;
  Relation r;
  r.rule = "visited.honoured";
  r.confidence = 0.75f;
  return EmitIfVisitor(r, places, i, SubjectBeforeVerb(i), end);
}

// "left Tel Aviv for Amman", "left Beijing with a pile of pledges": the
// city left is where the traveller was, and a destination after "for" is
// where he went. k is the token after the verb and its particles.
bool Extractor::VisitedDeparture(size_t i, size_t k, size_t cend, const Subjects& s) {
  if (k >= t_.size() || MentionAt(k) < 0 || ms_[MentionAt(k)].first != k) return false;
  if (!KnownCountries(s)) return false;
  size_t end = k;
  std::vector<int> places = PlacesAfter(k, std::min(cend, k + 4), &end);
  if (places.empty()) return false;
  size_t d = SkipTime(end);
  if (d < t_.size() && t_[d].lower == "for") {
    size_t e = d + 1;
    for (int p : VisitPlaces(d + 1, cend, &e))
      if (std::find(places.begin(), places.end(), p) == places.end()) places.push_back(p);
    end = std::max(end, e);
  }
  Relation r;
  r.rule = "visited.departure";
  r.confidence = 0.7f;
  EmitVisits(r, places, i, s, end);
  return true;
}

// "returned home from Russia", "returned from the summit in Kazan": where
// one comes back from is where one was. Not "returned from exile in
// London": the place must follow "from" at once, or be an event's.
bool Extractor::VisitedReturn(size_t i, size_t k, size_t cend, const Subjects& s) {
  if (k + 1 >= t_.size() || t_[k].lower != "from" || !KnownCountries(s)) return false;
  size_t at = t_[k + 1].lower == "the" ? k + 2 : k + 1;
  size_t end = k + 1;
  std::vector<int> places;
  int m = MentionAt(at);
  if (m >= 0 && ms_[m].first == at) places = PlacesAfter(k + 1, ms_[m].last + 1, &end);
  if (places.empty()) places = EventPlace(k + 1, std::min(cend, k + 10), &end);
  if (places.empty()) return false;
  Relation r;
  r.rule = "visited.return";
  r.confidence = 0.7f;
  EmitVisits(r, places, i, s, end);
  return true;
}

// The country of a capacity after the verb at i: "spent his first day
// abroad as Senegal's president in Nouakchott". Returns -1 when none.
int Extractor::CapacityCountry(size_t i, size_t cend) const {
  for (size_t k = i + 1; k + 2 < std::min(cend, t_.size()); ++k) {
    if (t_[k].lower != "as") continue;
    size_t after = 0;
    int country = MentionAt(k + 1) >= 0 ? UnnamedLeaderAt(k + 1, &after) : -1;
    if (country >= 0) return country;
  }
  return -1;
}

// "telling his Lithuanian hosts", "thanked her Saudi host": the one whose
// hosts they are is a guest in their country.
bool Extractor::VisitedGuestOfHosts(size_t i) {
  if (i < 2 || (t_[i].lower != "hosts" && t_[i].lower != "host")) return false;
  int adjective = MentionAt(i - 1);
  int owner = MentionAt(i - 2);
  if (adjective < 0 || owner < 0 || ms_[adjective].kind != MentionKind::kAdjective ||
      ms_[adjective].entity < 0 || ms_[owner].kind != MentionKind::kPronoun ||
      !IsPossessivePronoun(t_[i - 2].lower) || ms_[owner].entity < 0 ||
      !EntityIsPerson(ms_[owner].entity))
    return false;
  Subjects s = MentionSubject(owner, ms_[owner].first, "owner of the hosts");
  Relation r;
  r.rule = "visited.guest_of_hosts";
  r.confidence = 0.7f;
  EmitVisits(r, {ms_[adjective].entity}, i, s, i + 1);
  return true;
}

// The cancel word of a predicate after a visit noun: "A White House visit
// by Erdogan that had been pencilled in for May 9 has been postponed".
std::string Extractor::PostponedAfter(size_t noun) const {
  for (size_t k = noun + 1; k + 1 < t_.size() && k < noun + 20; ++k) {
    if (t_[k].text == "." || t_[k].text == ";" || t_[k].lower == "but") break;
    if (!IsBe(t_[k].lower)) continue;
    if (lex_.InSet("visit_cancel_words", t_[k + 1].lower)) return t_[k + 1].lower;
    if (k + 2 < t_.size() && lex_.InSet("visit_cancel_words", t_[k + 1].lower + " " + t_[k + 2].lower))
      return t_[k + 1].lower + " " + t_[k + 2].lower;
  }
  return "";
}

// "was the guest of Recep Tayyip Erdogan in Ankara", "will be Vladimir
// Putin's main guest at the Victory Day parade in Moscow": the subject of
// "be" is the guest, in the place named or else in the host's country.
bool Extractor::VisitedGuest(size_t i) {
  size_t be = i;
  for (size_t k = i; k > 0 && k + 6 > i && be == i; --k)
    if (IsBe(t_[k - 1].lower)) be = k - 1;
  if (be == i) return false;
  for (size_t k = be + 1; k < i; ++k)  // only a host and adjectives between
    if (t_[k].text == "," || lex_.InSet("prepositions", t_[k].lower)) return false;
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t end = i + 1;
  std::vector<int> places;
  int host = -1;
  for (size_t k = be + 1; k < i && host < 0; ++k)
    if (MentionAt(k) >= 0 && ms_[MentionAt(k)].possessive) host = MentionAt(k);
  // "the guest of honour at a dinner thrown by X in Havana": the host
  // is the "by" agent, and the place may come after it
  size_t reach = i + 10;
  if (i + 2 < t_.size() && t_[i + 1].lower == "of" && lex_.InSet("visit_honour_nouns", t_[i + 2].lower)) {
    reach = i + 16;
    for (size_t k = i + 3; k + 1 < std::min(cend, reach) && host < 0; ++k)
      if (t_[k].lower == "by") host = AgentAt(k + 1);
  } else if (i + 1 < t_.size() && t_[i + 1].lower == "of") {
    host = AgentAt(i + 2);
  }
  for (size_t k = i + 1; k < std::min(cend, reach) && places.empty(); ++k)
    if (t_[k].lower == "in" || t_[k].lower == "at") places = PlacesAfter(k + 1, k + 5, &end);
  if (places.empty()) places = EventPlace(i + 1, std::min(cend, i + 12), &end);
  if (places.empty() && host >= 0 && CountryOf(ms_[host].entity) >= 0)
    places = {CountryOf(ms_[host].entity)};
  if (places.empty()) return false;
  Subjects s = SentenceSubject(ClauseStart(t_, be, lex_), be, ClauseStart(t_, be, lex_));
  if (s.entities.empty() || (host >= 0 && s.entities[0] == ms_[host].entity)) return false;
  for (const Mention& m : ms_)  // "Lula will be the guest": the window holds "will"
    if (m.entity == s.entities[0] && m.last <= be && m.first >= s.end) s.end = m.last;
  s.how = "subject of 'be the guest'";
  Relation r;
  r.rule = "visited.guest";
  r.confidence = 0.7f;
  EmitVisits(r, places, i, s, end);
  return true;
}

// A predicate after a visit noun that makes it a plan: "a visit by Putin
// to Turkey was on the agenda", "his trip is being prepared".
bool Extractor::PlannedAfter(size_t noun) const {
  for (size_t k = noun + 1; k + 2 < t_.size() && k < noun + 15; ++k) {
    if (t_[k].text == "." || t_[k].text == ";" || t_[k].text == ",") break;
    if (!IsBe(t_[k].lower) && t_[k].lower != "being") continue;
    for (const std::string& phrase : lex_.List("visit_plan_predicates")) {
      size_t w = k + 1, b = 0;
      for (size_t e; b < phrase.size() && w < t_.size(); b = e + 1, ++w) {
        e = phrase.find(' ', b);
        if (e == std::string::npos) e = phrase.size();
        if (t_[w].lower != std::string_view(phrase).substr(b, e - b)) break;
      }
      if (b >= phrase.size()) return true;
    }
  }
  return false;
}

}  // namespace kg::ingest
