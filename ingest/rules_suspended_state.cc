// The suspended relation told by the state of the thing ("Russia's
// participation in New START is suspended", "US funding for UNRWA remains
// frozen", "the talks are on hold", "the treaty has been in abeyance since
// India's decision"): the thing is the subject, and the actor its possessor,
// the owner of a decision after the state, or whoever reports it. Part of
// Suspended (rules_suspended.cc).
#include <algorithm>
#include <string>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// Start of the verb group ("is", "remains", "has been", "could be") that
// makes the trigger at `i` a state: a participle ("frozen") or the noun of
// "on hold", "in abeyance", "on ice", "on pause". npos when there is none,
// or when a "by" agent or a "from" bloc follows (the passive rules' cases).
size_t Extractor::StateVerbGroup(size_t i) const {
  const TokenWord& word = t_[i].lower;
  size_t pred = i;
  if (lex_.InSet("state_nouns", word)) {
    if (i == 0 || (t_[i - 1].lower != "on" && t_[i - 1].lower != "in")) return std::string::npos;
    pred = i - 1;
  } else if (!lex_.InSet("state_participles", word)) {
    return std::string::npos;
  }
  if (i + 1 < t_.size() && (t_[i + 1].lower == "by" || t_[i + 1].lower == "from")) return std::string::npos;
  if (AgentPhraseAfter(i) != 0) return std::string::npos;
  size_t k = pred;
  while (k > 0 && lex_.InSet("state_adverbs", t_[k - 1].lower)) --k;
  if (k == 0 || (!IsBe(t_[k - 1].lower) && !lex_.InSet("state_verbs", t_[k - 1].lower))) return std::string::npos;
  --k;
  // "has been", "could be": the auxiliary belongs to the group (and its cue)
  while (k > 0 && (t_[k - 1].lower == "has" || t_[k - 1].lower == "have" || t_[k - 1].lower == "had" ||
                   lex_.InSet("future_auxiliaries", t_[k - 1].lower) || lex_.InSet("state_adverbs", t_[k - 1].lower)))
    --k;
  return k;
}

// The actor of a state whose subject heads at `head`: its possessor ("Russia's
// participation"), an actor or adjective before it ("US funding"), the
// owner of the decision after the state ("since India's decision"), or the
// reporter ("the State Department said", before or after the clause).
Extractor::Subjects Extractor::StateHolder(size_t head, size_t verb, size_t trigger) {
  Subjects s;
  s.passive = true;
  s.end = verb;
  size_t k = head;
  while (k > 0 && t_[k - 1].word && !t_[k - 1].capitalized && !IsDeterminer(t_[k - 1].lower) &&
         t_[k - 1].lower != "'s" && MentionAt(k - 1) < 0 && k + 3 > head)
    --k;  // "Iran's nuclear cooperation"
  // "its development aid", reported by a named commissioner: a pronoun
  // possessor leaves the actor to the report
  int m = -1;
  if (k >= 2 && t_[k - 1].lower == "'s") m = MentionAt(k - 2);
  else if (k >= 1 && !lex_.InSet("possessive_pronouns", t_[k - 1].lower)) m = MentionAt(k - 1);
  if (m >= 0 && ms_[m].entity >= 0 && (IsAgentMention(ms_[m]) || ms_[m].kind == MentionKind::kAdjective)) {
    s.entities = {ms_[m].entity};
    s.how = "possessor of the suspended thing";
    return s;
  }
  size_t send = t_.size();
  for (size_t j = trigger + 1; j + 2 < send && j < trigger + 6; ++j) {
    const TokenWord& w = t_[j].lower;
    if (w != "since" && w != "after" && w != "following") continue;
    int owner = AgentAt(j + 1);
    if (owner < 0 || ms_[owner].entity < 0 || ms_[owner].last + 1 >= send || t_[ms_[owner].last].lower != "'s")
      break;
    if (!lex_.InSet("decision_words", t_[ms_[owner].last + 1].lower)) break;
    s.entities = {ms_[owner].entity};
    s.how = "owner of the decision the state follows";
    return s;
  }
  Subjects before = ReportingSubject(verb);
  if (!before.entities.empty()) {
    s.entities = before.entities;
    s.how = before.how;
    return s;
  }
  // "..., the State Department said on Friday": a report after the clause
  for (size_t j = trigger + 1; j + 1 < send && j < trigger + 12; ++j) {
    if (t_[j].text != ",") continue;
    for (size_t v = j + 1; v < send && v < j + 9; ++v) {
      if (!lex_.InSet("speech_verbs", t_[v].lower)) continue;
      Subjects after = SubjectsFor(v, 1);
      if (after.entities.empty() && v + 1 < send) {
        int a = AgentAt(v + 1);  // "..., said the State Department"
        if (a >= 0 && ms_[a].entity >= 0) after.entities = {ms_[a].entity};
      }
      s.entities = after.entities;
      s.how = "who reports the state";
      return s;
    }
    break;
  }
  return s;
}

// Emits the suspension told by the state at trigger `i` whose verb group
// starts at `verb`, and returns true when the subject holds a suspendable
// thing with a known actor.
bool Extractor::SuspendedState(size_t i, size_t verb) {
  const RelationWords& w = lex_.relation("suspended");
  size_t cs = ClauseStart(t_, verb, lex_);
  Relation r;
  r.relation = "suspended";
  r.rule = "suspended.state";
  size_t head = std::string::npos;
  for (size_t k = cs; k < verb; ++k) {
    int m = MentionAt(k);
    if (m >= 0 && ms_[m].kind == MentionKind::kAgreement && ms_[m].entity >= 0) {
      r.target = ms_[m].entity;
      if (head == std::string::npos) head = ms_[m].first;
      break;
    }
    // "the trade talks": the last noun of a compound heads it
    if (head + 1 == k && w.objects.count(t_[k].lower)) head = k;
    if (head != std::string::npos && head != k && !AgreementParticipation(t_[head].lower)) break;
    if (head == std::string::npos && w.objects.count(t_[k].lower)) head = k;
  }
  if (head == std::string::npos) return false;
  // "Mali's membership of ECOWAS is suspended": the membership rules' case
  if (t_[head].lower == "membership") return false;
  Subjects s = StateHolder(head, verb, i);
  if (s.entities.empty()) {
    Note(i, "suspended.state: no actor for the suspended thing");
    return false;
  }
  if (!OwnSuspendable(head, cs, s)) return false;
  if (r.target < 0) {
    r.new_target_alias = ThingPhrase(cs, head, verb);
    r.new_target_type = NodeType::kOther;
    r.counterparts = Counterparts(head + 1, verb);
    r.new_target_name = r.new_target_alias;
    if (!r.counterparts.empty() && r.counterparts[0] < static_cast<int>(doc_.entity_names.size()))
      r.new_target_name += " with " + doc_.entity_names[r.counterparts[0]];
  }
  r.sources = s.entities;
  s.clause_start = cs;
  Finish(std::move(r), i, s, i + 1);
  return true;
}

// Who suspends what a suspension noun names when no verb governs it: the
// agent of a "by" in the noun's own phrase ("the suspension of aid to
// Ethiopia by the United States") or the giver named before a thing that is
// given ("the suspension of US aid", "a freeze on Japan's lending":
// `given_things`). Exports and deliveries are left out: "the suspension of
// Ukrainian grain exports" may be another state's doing.
Extractor::Subjects Extractor::SuspensionNounActor(size_t noun, size_t from) const {
  Subjects s;
  // "A halt to Japan's lending could follow": a clause that leaves the
  // noun open is left to the verb rules
  size_t cend = ClauseEnd(t_, noun, lex_);
  for (size_t k = from; k < cend; ++k)
    if (lex_.InSet("hypothetical", t_[k].lower) || lex_.InSet("negated", t_[k].lower)) return s;
  size_t limit = std::min(t_.size(), from + 12);
  int giver = -1;
  for (size_t k = from; k < limit; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "," || w == ";" || (t_[k].word && !t_[k].capitalized && k > from && EndsWith(w, "ed")) ||
        lex_.InSet("copulas", w))
      break;
    if (w == "by" && k + 1 < t_.size()) {
      int a = AgentAt(k + 1);
      if (a >= 0 && ms_[a].entity >= 0 && IsAgentMention(ms_[a])) {
        s.entities = {ms_[a].entity};
        s.end = noun;
        s.how = "agent of the suspension noun";
        return s;
      }
      break;
    }
    if (giver < 0 && lex_.InSet("given_things", w) && k > from) {
      size_t b = k;
      if (b > from && MentionAt(b - 1) < 0 && t_[b - 1].word && !t_[b - 1].capitalized &&
          t_[b - 1].lower != "'s")
        --b;  // "US budget support"
      if (b > from && t_[b - 1].lower == "'s") --b;
      int m = b > from ? MentionAt(b - 1) : -1;
      // "US aid", "EU budget support", "Japan's lending": a state or bloc
      // named right before the thing, as an adjective, a possessor or a modifier
      if (m >= 0 && ms_[m].last == b && ms_[m].entity >= 0 && ms_[m].type != NodeType::kPerson &&
          (ms_[m].kind == MentionKind::kAdjective || IsAgentMention(ms_[m])))
        giver = m;
    }
  }
  if (giver < 0) return s;
  s.entities = {ms_[giver].entity};
  s.end = noun;
  s.how = "giver of the suspended thing";
  return s;
}

}  // namespace kg::ingest
