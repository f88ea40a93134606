// The visited relation, who the traveller is: the clause subject, with
// the shapes of travel prose that clause-subject finding alone gets wrong
// (participles, relative clauses, parties led by someone, leaders named
// only by title). The rules that use it are in rules_visited*.cc.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/dateline.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

}  // namespace

// The country in "Ethiopia's prime minister" or "the Bangladeshi prime
// minister" opening [cs, i) when no name follows the title and only
// auxiliaries stand between it and the verb ("is due in", "had gone to"),
// or -1.
int Extractor::CountryOfUnnamedLeader(size_t cs, size_t i) const {
  size_t k = cs;
  while (k < i && MentionAt(k) < 0) ++k;
  size_t after = 0;
  if (k >= i || UnnamedLeaderAt(k, &after) < 0) return -1;
  while (after < i && lex_.InSet("visit_aux_words", t_[after].lower)) ++after;
  return after == i ? UnnamedLeaderAt(k, &after) : -1;
}

// The country of a leader named only by title at token k: "Ethiopia's
// prime minister", "the French president". *after is the token after the
// title. Returns -1 when a name follows or there is no such phrase.
int Extractor::UnnamedLeaderAt(size_t k, size_t* after) const {
  int m = MentionAt(k);
  if (m < 0) return -1;
  // "the French president": a description nobody named holds the adjective
  if (ms_[m].kind == MentionKind::kDescription && ms_[m].entity < 0) {
    int adjective = -1;
    for (size_t idx = 0; idx < ms_.size(); ++idx)
      if (ms_[idx].first >= ms_[m].first && ms_[idx].last <= ms_[m].last &&
          ms_[idx].kind == MentionKind::kAdjective)
        adjective = static_cast<int>(idx);
    m = adjective;
  }
  // "its leader would travel": the pronoun's country is a guess too far
  if (m < 0 || ms_[m].entity < 0 || ms_[m].kind == MentionKind::kPronoun) return -1;
  // a description the finder could not name keeps the country's entity
  if (doc_.TypeOf(ms_[m].entity) != NodeType::kCountry) return -1;
  size_t j = ms_[m].last;
  if (ms_[m].kind != MentionKind::kAdjective && !lex_.TitleRole(t_[j - 1].lower).empty()) {
    *after = j;  // the mention spans its title
    return ms_[m].entity;
  }
  if (j < t_.size() && t_[j].lower == "'s") ++j;
  else if (!ms_[m].possessive && ms_[m].kind != MentionKind::kAdjective) return -1;
  size_t title = 0;
  if (j + 1 < t_.size() && !lex_.TitleRole(t_[j].lower + " " + t_[j + 1].lower).empty()) title = 2;
  else if (j < t_.size() && !lex_.TitleRole(t_[j].lower).empty()) title = 1;
  if (title == 0) return -1;
  // "the new British ambassador arrived in Beijing": one named only as a
  // country's ambassador or consul is taking up a post, not travelling
  if (lex_.InSet("visit_resident_titles", t_[j + title - 1].lower)) return -1;
  *after = j + title;
  // "the French president Emmanuel Macron": a name follows, the rules for names apply
  if (*after < t_.size() && MentionAt(*after) >= 0 &&
      ms_[MentionAt(*after)].type == NodeType::kPerson)
    return -1;
  return ms_[m].entity;
}

// "had arrived that morning", "flew in for the summit": an arrival that
// names no place is at the place of the sentence before.
std::vector<int> Extractor::BareArrivalPlace(size_t i) const {
  if (doc_.place_in_view < 0) return {};
  const TokenWord& w = t_[i].lower;
  size_t k = i + 1;
  if (lex_.InSet("visit_fly_in_verbs", w) && k < t_.size() && t_[k].lower == "in") ++k;
  else if (w == "touched" && k < t_.size() && t_[k].lower == "down") ++k;
  else if (!lex_.InSet("visit_bare_arrival_verbs", w)) return {};
  if (ArrivalIsFigurative(t_, k)) return {};
  // nothing after it may name a place: the clause ends, or gives a time,
  // a vehicle, a purpose or an origin
  for (size_t j = k; j < t_.size() && t_[j].text != "," && t_[j].text != ";"; ++j)
    if (MentionAt(j) >= 0 && ms_[MentionAt(j)].kind == MentionKind::kPlace) return {};
  return {doc_.place_in_view};
}

Extractor::Subjects Extractor::Visitor(size_t i) {
  size_t cs = ClauseStart(t_, i, lex_);
  Subjects guest = InvitedGuest(i);
  if (!guest.entities.empty()) return guest;
  // ", visiting Eritrea, Kenya and the Comoros": a participle after a comma
  // shares the subject of the clause it follows.
  if (EndsWith(t_[i].lower, "ing") && i > 0 && t_[i - 1].text == "," && cs == i) {
    Subjects s = SubjectsFor(i - 1, 1);
    return s.entities.empty() ? SentenceSubject(0, i, cs) : s;
  }
  // "From Moscow he went on to Budapest": the place that opens the clause
  // is where the trip starts, not who makes it.
  if (cs < i && lex_.InSet("prepositions", t_[cs].lower)) {
    int m = MentionAt(cs + 1);
    if (m >= 0 && ms_[m].type == NodeType::kCountry) {
      Subjects s = SentenceSubject(ms_[m].last, i, cs);
      if (!s.entities.empty()) return s;
    }
  }
  // "Joko Widodo, who holds the G20 chair, met Zelensky in Kyiv and went on
  // to Moscow": past the comma that closes the relative clause, the subject
  // is its antecedent.
  if (cs > 1 && cs < i && (t_[cs].lower == "who" || t_[cs].lower == "whose")) {
    bool closed = false;
    for (size_t k = cs + 1; k < i && !closed; ++k) closed = t_[k].text == ",";
    int m = RelativeAntecedent(cs);
    if (closed && m >= 0) return MentionSubject(m, cs, "antecedent of a closed relative clause");
  }
  Subjects s = SubjectsFor(i);
  Subjects party = PartyMembers(cs, i);
  if (!party.entities.empty()) return party;
  // "Viktor Orban, whose country had just taken over ..., made a trip":
  // the relative clause ends at the comma before this clause.
  bool subject_at_start =
      !s.entities.empty() && MentionAt(cs) >= 0 && ms_[MentionAt(cs)].entity == s.entities[0];
  if (cs >= 3 && t_[cs - 1].text == "," && !subject_at_start) {
    for (size_t j = cs - 1; j > 1 && j + 20 > cs; --j) {
      if (t_[j].lower != "who" && t_[j].lower != "whose") continue;
      int m = RelativeAntecedent(j);
      if (m < 0) break;
      return MentionSubject(m, cs, "subject before a relative clause");
    }
  }
  if (s.entities.empty()) s = VehicleOwner(cs, i);
  if (s.entities.empty()) {
    Subjects fronted = FrontedClauseSubject(i);
    if (!fronted.entities.empty()) return fronted;
  }
  if (s.entities.empty() && cs > 0 && lex_.InSet("subordinators", t_[cs].lower))
    return SubordinateVisitor(cs);
  // "The Bangladeshi prime minister had gone to Beijing": nobody named
  size_t after = 0;
  int country = s.entities.empty() ? CountryOfUnnamedLeader(cs, i) : -1;
  if (country >= 0) {
    s.entities = {country};
    s.described_people = true;
    s.end = cs;
    while (s.end < i && UnnamedLeaderAt(s.end, &after) < 0) ++s.end;
    s.end = std::min(after, i);
    s.how = "a leader named by title";
  }
  return s;
}

// "Joe Biden's plane set down in Tel Aviv", "Kim's armoured train rolled
// into Russia": a person's vehicle arriving carries its owner. Only a
// person: "Russia's convoy" is troops.
Extractor::Subjects Extractor::VehicleOwner(size_t cs, size_t i) const {
  size_t v = i;  // past auxiliaries and adverbs back to the vehicle noun
  while (v > cs && (lex_.InSet("visit_aux_words", t_[v - 1].lower) || EndsWith(t_[v - 1].lower, "ly")))
    --v;
  if (v <= cs || !lex_.InSet("visit_vehicle_nouns", t_[v - 1].lower)) return {};
  for (size_t k = v - 1; k > cs && k + 4 > v; --k) {  // "'s" at most three words before it
    if (t_[k - 1].lower != "'s") continue;
    int m = k >= 2 ? MentionAt(k - 2) : -1;
    if (m < 0 || ms_[m].entity < 0 || !EntityIsPerson(ms_[m].entity)) return {};
    return MentionSubject(m, i, "owner of the vehicle");
  }
  return {};
}

// "An ECOWAS delegation led by Abdulsalami Abubakar flew into Niamey", "a
// mission of African leaders including A, B and C arrived": the members
// named travel with the party.
Extractor::Subjects Extractor::PartyMembers(size_t cs, size_t i) const {
  Subjects s;
  bool party = false;
  for (size_t k = cs; k < i && k < cs + 12; ++k) {
    const TokenWord& w = t_[k].lower;
    party = party || lex_.InSet("visit_party_nouns", w);
    if (!party) continue;
    size_t first = 0;
    if (w == "including") first = k + 1;
    if ((w == "led" || w == "headed") && k + 1 < i && t_[k + 1].lower == "by") first = k + 2;
    int m = first ? AgentAt(first) : -1;
    if (m < 0) m = first ? TitledPersonAhead(first, i) : -1;
    if (m < 0 || ms_[m].type != NodeType::kPerson) continue;
    s.entities = Coordinated(m, i, &s.end);
    s.how = "members of a travelling party";
    return s;
  }
  return s;
}

// "... before flying to Beirut": a subordinate participle without a subject
// of its own takes the main clause's; "..., visiting A and B before going on
// to C": that clause may itself be a participle.
Extractor::Subjects Extractor::SubordinateVisitor(size_t cs) {
  size_t prev = cs - 1;
  for (size_t j = cs - 1; j > 1 && j + 15 > cs; --j) {
    if (t_[j].text == "." || t_[j].text == ";" || lex_.InSet("subordinators", t_[j].lower)) break;
    if (EndsWith(t_[j].lower, "ing") && t_[j - 1].text == ",") {
      prev = j;
      break;
    }
  }
  Subjects s = Visitor(prev);
  if (s.entities.empty()) s = SentenceSubject(0, cs, cs);
  if (!s.entities.empty() && !HeadsItsClause(s.entities[0], cs)) s.entities.clear();
  s.end = cs;
  s.how = "main clause subject of a subordinate participle";
  return s;
}

// Past a time phrase at k: "arrived on Tuesday in Pyongyang", "a visit
// last week to Moscow". Returns k when there is none.
size_t Extractor::SkipTime(size_t k) const {
  for (int guard = 0; guard < 3 && k < t_.size(); ++guard) {
    size_t j = t_[k].lower == "on" ? k + 1 : k;
    size_t next = k;
    for (const DateSpan& d : dates_)
      if ((d.first == j || d.first == k) && d.last > next) next = d.last;
    if (next == k && lex_.InSet("visit_time_words", t_[k].lower)) next = k + 1;
    if (next == k) break;
    k = next;
  }
  return k;
}

// The first agent in [from, limit) that is not after a preposition.
Extractor::Subjects Extractor::SentenceSubject(size_t from, size_t limit, size_t cs) const {
  Subjects s;
  for (size_t idx = 0; idx < ms_.size(); ++idx) {
    const Mention& m = ms_[idx];
    if (m.first < from || m.last > limit || !IsAgentMention(m) || m.possessive ||
        is_affiliation_[idx] || m.entity < 0 || AfterPreposition(t_, m.first, lex_))
      continue;
    s.entities = {m.entity};
    s.end = cs;
    s.how = "subject of the sentence";
    break;
  }
  return s;
}

// The agent before ", who" / ", whose" at `rel`, or a description
// right before it, or -1.
int Extractor::RelativeAntecedent(size_t rel) const {
  // "X, the Emirati president whose country ...": a description just before
  if (rel >= 1 && t_[rel - 1].text != ",") {
    int d = MentionAt(rel - 1);
    return d >= 0 && ms_[d].kind == MentionKind::kDescription && ms_[d].last == rel &&
                   ms_[d].entity >= 0 && EntityIsPerson(ms_[d].entity)
               ? d
               : -1;
  }
  if (rel < 2) return -1;
  int m = MentionAt(rel - 2);
  return m >= 0 && IsAgentMention(ms_[m]) && ms_[m].entity >= 0 ? m : -1;
}

Extractor::Subjects Extractor::MentionSubject(int m, size_t end, const char* how) const {
  Subjects s;
  s.entities = {ms_[m].entity};
  s.end = end;
  s.how = how;
  return s;
}

// True when the first mention of `entity` before `limit` opens its clause
// (after titles and names only): "Wang Yi began ...", not "the envoy met
// Putin ...", where the real subject is on no list.
bool Extractor::HeadsItsClause(int entity, size_t limit) const {
  for (const Mention& m : ms_) {
    if (m.entity != entity || m.first >= limit) continue;
    // "Keeping up a habit ..., Wang Yi reached Lome": from the last comma
    size_t from = ClauseStart(t_, m.first, lex_);
    for (size_t k = m.first; k > from; --k)
      if (t_[k - 1].text == ",") {
        from = k;
        break;
      }
    for (size_t k = from; k < m.first; ++k) {
      const Token& tk = t_[k];
      if (!tk.word || tk.capitalized || tk.lower == "the" || !lex_.TitleRole(tk.lower).empty())
        continue;
      if (lex_.InSet("subordinators", tk.lower) || tk.lower == "then" || tk.lower == "and")
        continue;
      return false;
    }
    return true;
  }
  return false;
}

}  // namespace kg::ingest
