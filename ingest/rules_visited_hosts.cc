// The visited relation, hosts and events: "X hosted Y", "X played host to
// Y", "Y was received by X at ...", and events attended or shunned
// ("attended the funeral in X", "stayed away from the gathering"). Travel
// verbs are in rules_visited.cc, visit nouns in rules_visited_nouns.cc.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

std::vector<std::string> SplitWords(const std::string& phrase) {
  std::vector<std::string> words;
  for (size_t b = 0, e; b < phrase.size(); b = e + 1) {
    e = phrase.find(' ', b);
    if (e == std::string::npos) e = phrase.size();
    words.push_back(phrase.substr(b, e - b));
  }
  return words;
}

}  // namespace

// "attended the funeral at Westminster Abbey in London"; "skipped" or
// "stayed away from" the summit in X is a negated visit.
bool Extractor::VisitedAttend(size_t i) {
  const TokenWord& word = t_[i].lower;
  // "stayed away from the summit in Astana", "stayed home from the G20
  // gathering in New Delhi", not "stayed in Astana"
  if (lex_.InSet("absent_verbs", word) && word.rfind("stay", 0) == 0 &&
      (i + 2 >= t_.size() || (t_[i + 1].lower != "away" && t_[i + 1].lower != "home") ||
       t_[i + 2].lower != "from"))
    return false;
  size_t end = i + 1;
  std::vector<int> places = EventPlace(i + 1, std::min(ClauseEnd(t_, i, lex_), i + 12), &end);
  // "the G20 summit in New Delhi ..., Xi, who stayed away from the gathering"
  if (places.empty() && lex_.InSet("absent_verbs", word)) places = EventBefore(i, &end);
  if (places.empty()) return false;
  Relation r;
  r.rule = "visited.attend";
  if (lex_.InSet("absent_verbs", word)) {
    r.modality_override = true;
    r.cue = word;
  }
  return EmitIfVisitor(r, places, i, Visitor(i), end);
}

// The place of an event named earlier in the sentence, for "the gathering"
// or "in his place" that refer back to it.
std::vector<int> Extractor::EventBefore(size_t i, size_t* end) const {
  for (size_t b = i; b > 0; --b) {
    if (!lex_.InSet("event_nouns", t_[b - 1].lower)) continue;
    size_t e = b;
    std::vector<int> places = EventPlace(b - 1, std::min(i, b + 10), &e);
    if (!places.empty()) return places;
    // "travel to Johannesburg for the BRICS summit": where the trip to it went
    size_t f = b - 1;
    while (f > 0 && b - f < 5 && t_[f - 1].lower != "for") --f;
    int m = f >= 2 && t_[f - 1].lower == "for" ? MentionAt(f - 2) : -1;
    if (m < 0 || ms_[m].last != f - 1) continue;
    places = PlacesAfter(ms_[m].first, f - 1, &e);
    if (!places.empty()) {
      *end = b;
      return places;
    }
  }
  return {};
}

// "Yeltsin hosted Hashimoto": the guest visits the host's country.
bool Extractor::VisitedHosted(size_t i) {
  // "a dinner hosted by the deputy prime minister": the agent is the host,
  // at home, and the guests go unnamed.
  if (i + 1 < t_.size() && t_[i + 1].lower == "by") {
    Note(i, "visited.hosted: passive, the 'by' agent is the host");
    return false;
  }
  size_t k = i + 1;
  while (k < t_.size() && k < i + 4 && MentionAt(k) < 0 && !t_[k].capitalized) ++k;
  return HostedGuests(i, i, k, "visited.hosted");
}

// "Morocco played host to Benny Gantz in Rabat", "Mongolia rolled out the
// red carpet for Vladimir Putin": a host phrase (visit_host_phrases) around
// the word at i, then the guests.
bool Extractor::VisitedHostPhrase(size_t i) {
  for (const std::string& phrase : lex_.List("visit_host_phrases")) {
    std::vector<std::string> words = SplitWords(phrase);
    auto at = std::find(words.begin(), words.end(), t_[i].lower);
    if (at == words.end()) continue;
    size_t before = static_cast<size_t>(at - words.begin());
    if (i < before || i - before + words.size() > t_.size()) continue;
    size_t first = i - before;
    bool match = true;
    for (size_t w = 0; w < words.size() && match; ++w) match = t_[first + w].lower == words[w];
    if (match) return HostedGuests(first, i, first + words.size(), "visited.host_phrase");
  }
  return false;
}

// "Sheikh Mohamed, Erdogan's host in Abu Dhabi", "Macron, Xi Jinping's
// host for the first leg of his tour": the possessor is the guest, in the
// place named after "host" or else in the country of the host it is
// apposed to.
bool Extractor::VisitedHostOf(size_t i) {
  if (i < 2 || (t_[i].lower != "host" && t_[i].lower != "hosts")) return false;
  size_t owner_end = t_[i - 1].lower == "'s" ? i - 1 : i;
  int guest = MentionAt(owner_end - 1);
  if (guest < 0 || ms_[guest].entity < 0 || ms_[guest].kind == MentionKind::kPronoun ||
      !EntityIsPerson(ms_[guest].entity) || (owner_end == i && !ms_[guest].possessive))
    return false;
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t end = i + 1;
  std::vector<int> places;
  size_t k = SkipTime(i + 1);
  if (k < cend && (t_[k].lower == "in" || t_[k].lower == "at"))
    places = PlacesAfter(k + 1, k + 5, &end);
  // "<host>, <guest>'s host": the apposition's head is the host
  size_t b = ms_[guest].first;
  int host = b >= 2 && t_[b - 1].text == "," ? MentionAt(b - 2) : -1;
  if (places.empty() && host >= 0 && EntityIsPerson(ms_[host].entity) &&
      CountryOf(ms_[host].entity) >= 0)
    places = {CountryOf(ms_[host].entity)};
  if (places.empty()) return false;
  Subjects s = MentionSubject(guest, i + 1, "guest of a named host");
  Relation r;
  r.rule = "visited.host_of";
  r.confidence = 0.7f;
  EmitVisits(r, places, i, s, end);
  return true;
}

// "him", or "her" before a preposition or the clause's end ("welcomed her
// to Hanoi", not "her counterpart"), standing for a person.
bool Extractor::ObjectPronounAt(size_t k) const {
  int m = MentionAt(k);
  if (m < 0 || ms_[m].kind != MentionKind::kPronoun || !EntityIsPerson(ms_[m].entity)) return false;
  if (t_[k].lower == "him") return true;
  return t_[k].lower == "her" &&
         (k + 1 >= t_.size() || !t_[k + 1].word || lex_.InSet("prepositions", t_[k + 1].lower));
}

// The guests named at `guest_at` visit the place named after them ("at his
// palace in Muscat") or else the host's country. The host is the subject
// of the verb at `verb`.
bool Extractor::HostedGuests(size_t verb, size_t i, size_t guest_at, const char* rule) {
  // "Xi welcomed him to Beijing", "greeted her at the airport": a pronoun
  // object stands for the person coreference gives it
  bool pronoun = ObjectPronounAt(guest_at);
  int guest = pronoun ? MentionAt(guest_at) : AgentAt(guest_at);
  // "received Israeli Prime Minister Benjamin Netanyahu"
  if (guest < 0) guest = TitledPersonAhead(guest_at, ClauseEnd(t_, i, lex_));
  // "welcomed Biden's decision": the owner of a thing is no guest
  // "welcomed his Brazilian counterpart": a description stands for a person
  if (guest < 0 || (ms_[guest].possessive && !pronoun)) return false;
  if (ms_[guest].type != NodeType::kPerson && ms_[guest].kind != MentionKind::kDescription &&
      !pronoun)
    return false;
  // "received Black Hawk helicopters": a name heading weapons is no guest
  if (ArmsAt(guest_at) || (ms_[guest].last < t_.size() && ArmsAt(ms_[guest].last))) {
    Note(i, "weapons received, not a guest");
    return false;
  }
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t guests_end = ms_[guest].last;
  std::vector<int> guests = Coordinated(guest, cend, &guests_end);
  size_t end = guests_end;
  std::vector<int> places;
  for (size_t k = guests_end; k < std::min(cend, guests_end + 6) && places.empty(); ++k)
    if (t_[k].lower == "in" || t_[k].lower == "at" || t_[k].lower == "to")  // "welcomed X to Luanda"
      places = PlacesAfter(k + 1, k + 5, &end);
  Subjects host = SubjectsFor(verb);
  // "Sultan Qaboos bin Said received X in Muscat": a place named is enough
  if (host.entities.empty() && places.empty()) return false;
  int host_entity = host.entities.empty() ? -1 : host.entities[0];
  int country = CountryOf(host_entity);
  // "Mongolia hosted Vladimir Putin": the host is the country itself
  for (const Mention& m : ms_)
    if (country < 0 && host_entity >= 0 && m.entity == host_entity && m.type == NodeType::kCountry)
      country = m.entity;
  // "Biden arrived in Jeddah and greeted the crown prince": a host who
  // has just travelled is at the guest's home, not at his own.
  bool host_travelled = false;
  const RelationWords& travel = lex_.relation("visited");
  for (size_t k = 0; k < verb && !host_travelled; ++k)
    host_travelled = (travel.verbs.count(t_[k].lower) || travel.verbs_prep.count(t_[k].lower)) &&
                     !lex_.InSet("visit_meeting_verbs", t_[k].lower);
  if (places.empty() && country >= 0 && !host_travelled) places = {country};
  if (places.empty()) {
    Note(i, "host without a known country");
    return false;
  }
  Subjects s;
  s.entities = guests;
  s.described_people = ms_[guest].kind == MentionKind::kDescription;
  s.end = host.entities.empty() ? ClauseStart(t_, verb, lex_) : host.end;
  s.how = "guest of a host";
  Relation r;
  r.rule = rule;
  r.confidence = 0.75f;
  EmitVisits(r, places, i, s, std::max(end, guests_end));
  return true;
}

// "Ruto was welcomed at the White House", "Boric was received by his
// Argentine counterpart at the Casa Rosada": the one received visits. A
// "by" agent is the host, and the host's country is the place when the
// text names only a building.
bool Extractor::VisitedReceived(size_t i) {
  size_t limit = std::min(ClauseEnd(t_, i, lex_), i + 12);
  size_t end = i + 1;
  std::vector<int> places;
  for (size_t k = i + 1; k < limit && places.empty(); ++k)
    if (t_[k].lower == "in" || t_[k].lower == "at" || t_[k].lower == "to")
      places = PlacesAfter(k + 1, k + 5, &end);
  Subjects s = SubjectsFor(i);
  if (s.passive) {
    int host = s.entities.empty() ? -1 : s.entities[0];
    s = SubjectBeforeVerb(i);
    // "King Charles III and Queen Camilla were welcomed by": both guests
    for (size_t idx = 0; idx < ms_.size() && s.entities.size() == 1; ++idx) {
      if (ms_[idx].entity != s.entities[0] || ms_[idx].first >= i) continue;
      size_t e = 0;
      std::vector<int> guests = Coordinated(static_cast<int>(idx), i, &e);
      if (guests.size() > 1) s.entities = guests;
      break;
    }
    if (places.empty() && CountryOf(host) >= 0) places = {CountryOf(host)};
  }
  if (places.empty()) return false;
  Relation r;
  r.rule = "visited.received";
  return EmitIfVisitor(r, places, i, s, end);
}

// The subject before a passive verb, whose "by" agent SubjectsFor returns:
// "Joko Widodo, who holds the G20 chair, was received by Putin".
Extractor::Subjects Extractor::SubjectBeforeVerb(size_t i) const {
  size_t cs = ClauseStart(t_, i, lex_);
  bool relative = t_[cs].lower == "who" || t_[cs].lower == "whose";
  int antecedent = relative ? RelativeAntecedent(cs) : -1;
  if (antecedent >= 0) return MentionSubject(antecedent, cs, "antecedent of the relative clause");
  Subjects s = SentenceSubject(cs, i, cs);
  if (!s.entities.empty() || relative) return s;
  for (size_t j = cs; j > 1 && j + 32 > cs && cs >= 3 && t_[cs - 1].text == ","; --j) {
    if (t_[j].lower != "who" && t_[j].lower != "whose") continue;
    int m = RelativeAntecedent(j);
    if (m >= 0) return MentionSubject(m, cs, "subject before a relative clause");
    break;
  }
  return s;
}

}  // namespace kg::ingest
