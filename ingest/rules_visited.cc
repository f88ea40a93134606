// The visited relation: travel verbs, visit nouns and stays.
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;
// --- visited ----------------------------------------------------------------

// "the G20 summit in Bali", "the Summit of the Americas in Los Angeles": an
// event held in a place, within a few tokens.
std::vector<int> Extractor::EventPlace(size_t from, size_t limit, size_t* end) const {
  bool event = false;
  limit = std::min(limit, t_.size());
  for (size_t k = from; k < limit; ++k) {
    const std::string& w = t_[k].lower;
    if (lex_.InSet("event_nouns", w)) event = true;
    if (w == "," || w == "." || w == "where" || w == "which") break;
    if ((w == "in" || w == "at") && event) return PlacesAfter(k + 1, k + 5, end);
  }
  return {};
}

// "Vladimir Putin was in Beijing on Thursday for a two-day state visit": a
// visit noun with no place of its own, after the subject of the clause was
// placed in a country or city. A stay in one's own country is no visit.
bool Extractor::VisitedPresence(size_t i) {
  size_t cs = ClauseStart(t_, i, lex_);
  for (size_t k = cs; k + 1 < i; ++k) {
    const std::string& w = t_[k].lower;
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

bool Extractor::Visited(size_t i) {
  const RelationWords& w = lex_.relation("visited");
  const std::string& word = t_[i].lower;
  size_t cend = ClauseEnd(t_, i, lex_);
  bool noun_use = i > 0 && (IsDeterminer(t_[i - 1].lower) || t_[i - 1].lower == "state" ||
                            t_[i - 1].lower == "official" || t_[i - 1].lower == "first" ||
                            t_[i - 1].lower == "planned" || t_[i - 1].lower == "upcoming" ||
                            MentionAt(i - 1) >= 0 || EndsWith(t_[i - 1].lower, "-day"));
  Relation r;
  r.relation = "visited";
  size_t end = i + 1;
  std::vector<int> places;
  Subjects s;
  bool prep_after = i + 1 < t_.size() && w.noun_preps.count(t_[i + 1].lower) > 0;
  if (w.nouns.count(word) && (noun_use || !w.verbs.count(word) || prep_after)) {
    if (i + 1 >= t_.size() || !w.noun_preps.count(t_[i + 1].lower)) return VisitedPresence(i);
    places = PlacesAfter(i + 2, i + 6, &end);
    if (places.empty()) return false;
    r.rule = "visited.noun";
    r.confidence = 0.8f;
    // Who visits: a possessor before the noun, "by X" after it, or the
    // subject of a light verb ("made a visit to", "during his trip to").
    for (size_t k = i; k > 0 && k + 5 > i; --k) {
      int m = MentionAt(k - 1);
      if (m >= 0 && ms_[m].possessive && IsAgentMention(ms_[m]) && ms_[m].entity >= 0) {
        s.entities = {ms_[m].entity};
        // "had called off his state visit": the clause's cues count; "during
        // her farewell visit": only the phrase's own words do.
        bool in_pp = ms_[m].first > 0 && lex_.InSet("prepositions", t_[ms_[m].first - 1].lower);
        s.end = in_pp ? ms_[m].first : ClauseStart(t_, i, lex_);
        s.how = "possessor of the noun";
        break;
      }
    }
    if (s.entities.empty() && end + 1 < t_.size() && t_[end].lower == "by") {
      int a = AgentAt(end + 1);
      if (a >= 0) {
        s.entities = {ms_[a].entity};
        s.end = ClauseStart(t_, i, lex_);
        s.how = "by-agent of the noun";
      }
    }
    if (s.entities.empty() && i >= 2 && (t_[i - 2].lower == "during" || t_[i - 1].lower == "during")) {
      // "X said on Tuesday during a visit to London": the speaker travels.
      size_t cs = ClauseStart(t_, i, lex_);
      for (size_t idx = ms_.size(); idx > 0; --idx) {
        const Mention& m = ms_[idx - 1];
        if (m.last > cs || m.last + 1 < cs || !IsAgentMention(m) || m.entity < 0) continue;
        s.entities = {m.entity};
        s.end = cs;
        s.how = "speaker of the clause the visit belongs to";
        break;
      }
    }
    if (s.entities.empty()) {
      bool light = false;
      for (size_t k = i; k > 0 && k + 5 > i; --k) light = light || IsLightVisitVerb(t_[k - 1].lower);
      if (!light) {
        Note(i, "visit noun without a visitor (no possessor, 'by' or light verb)");
        return false;
      }
      s = SubjectsFor(i);
    }
  } else if (lex_.InSet("attend_verbs", word)) {
    places = EventPlace(i + 1, std::min(cend, i + 10), &end);
    if (places.empty()) return false;
    r.rule = "visited.attend";
    if (lex_.InSet("absent_verbs", word)) {
      r.modality_override = true;
      r.cue = word;
    }
    s = SubjectsFor(i);
  } else if (lex_.InSet("reception_verbs", word) && i > 0 && t_[i - 1].lower != "was" &&
             t_[i - 1].lower != "were" && t_[i - 1].lower != "been" && !IsDeterminer(t_[i - 1].lower)) {
    // "Yeltsin hosted Hashimoto": the guest visits the host's country.
    size_t k = i + 1;
    while (k < t_.size() && k < i + 4 && MentionAt(k) < 0 && !t_[k].capitalized) ++k;
    int guest = AgentAt(k);
    if (guest < 0 || ms_[guest].type != NodeType::kPerson) return false;
    Subjects host = SubjectsFor(i);
    if (host.entities.empty()) return false;
    int country = CountryOf(host.entities[0]);
    if (country < 0) {
      Note(i, "host without a known country");
      return false;
    }
    Subjects s2;
    s2.entities = {ms_[guest].entity};
    s2.end = host.end;
    s2.how = "guest of a host";
    Relation one;
    one.relation = "visited";
    one.rule = "visited.hosted";
    one.confidence = 0.75f;
    one.sources = s2.entities;
    one.target = country;
    Finish(std::move(one), i, s2, ms_[guest].last);
    return true;
  } else if (lex_.InSet("reception_verbs", word) && i > 0 &&
             (t_[i - 1].lower == "was" || t_[i - 1].lower == "were")) {
    // "Ruto was welcomed at the White House": the one received visits.
    size_t k = i + 1;
    while (k < std::min(cend, i + 8) && t_[k].lower != "in" && t_[k].lower != "at" && t_[k].lower != "to") ++k;
    if (k >= std::min(cend, i + 8)) return false;
    places = PlacesAfter(k + 1, k + 5, &end);
    if (places.empty()) return false;
    r.rule = "visited.received";
    s = SubjectsFor(i);
    if (s.passive) return false;
  } else if (w.verbs_prep.count(word)) {
    size_t k = i + 1;
    while (k < t_.size() && k < i + 3 &&
           (t_[k].lower == "back" || t_[k].lower == "here" || t_[k].lower == "on" ||
            t_[k].lower == "down" || t_[k].lower == "secretly" || t_[k].lower == "briefly" ||
            t_[k].lower == "directly"))
      ++k;
    if ((word.rfind("arriv", 0) == 0 || word == "landed") && ArmsArrived(i, cend)) return true;
    if (k >= t_.size() || t_[k].lower != w.verbs_prep.at(word)) return false;
    places = PlacesAfter(k + 1, k + 5, &end);
    if (places.empty()) places = EventPlace(k + 1, std::min(cend, k + 10), &end);
    r.rule = "visited.verb_prep";
    if (places.empty()) {
      Note(i, "no country or city after '" + word + " " + t_[k].lower + "'");
      return false;
    }
    s = SubjectsFor(i);
  } else if (w.verbs.count(word)) {
    places = PlacesAfter(i + 1, std::min(cend, i + 6), &end);
    r.rule = "visited.verb";
    if (places.empty()) {
      Note(i, "no country or city as the object of '" + word + "'");
      return false;
    }
    s = SubjectsFor(i);
  } else {
    return false;
  }
  if (s.entities.empty()) {
    Note(i, r.rule + ": no visitor found");
    return false;
  }
  for (int place : places) {
    Relation one = r;
    one.sources = s.entities;
    one.target = place;
    Finish(std::move(one), i, s, end);
  }
  return true;
}

}  // namespace kg::ingest
