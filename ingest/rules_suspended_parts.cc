// Helpers of the suspended relation: hold phrases, members and blocs,
// pronoun objects, passives without an agent, reporting subjects and
// "followed suit". The rule itself (Suspended) is in rules_suspended.cc.
#include <algorithm>
#include <string>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// --- suspended --------------------------------------------------------------

// Index of "on hold", "on ice", "on pause" or "in abeyance" within the
// clause after a "put" or "kept" at `put`, or npos.
size_t Extractor::HoldPhraseAfter(size_t put) const {
  size_t cend = ClauseEnd(t_, put, lex_);
  for (size_t k = put + 1; k + 1 < std::min(cend, put + 14); ++k) {
    if ((t_[k].lower == "on" &&
         (t_[k + 1].lower == "hold" || t_[k + 1].lower == "ice" || t_[k + 1].lower == "pause")) ||
        (t_[k].lower == "in" && t_[k + 1].lower == "abeyance")) {
      return k;
    }
  }
  return std::string::npos;
}

// Whether the thing headed at `head` is one the subjects `s` can suspend:
// not an activity out of scope ("their drilling operations"), nor another
// actor's programme or operations ("trying to halt the Iranian nuclear
// programme", which is stopping someone, not suspending one's own).
bool Extractor::OwnSuspendable(size_t head, size_t from, const Subjects& s) {
  if (head > 0 && lex_.InSet("suspended_out_of_scope_modifiers", t_[head - 1].lower)) {
    Note(head, "suspended: '" + t_[head - 1].lower + "' is out of scope");
    return false;
  }
  // "the embassy suspended its operations": a body's own work, bare, is no
  // suspension in scope ("joint operations with" are cooperation)
  // ("suspended Niger from all its activities" is membership)
  if (head > 1 && (t_[head - 1].lower == "its" || t_[head - 1].lower == "their") &&
      t_[head - 2].lower != "all" && t_[head - 2].lower != "from" &&
      lex_.InSet("bare_activity_heads", t_[head].lower) &&
      !(head + 1 < t_.size() && t_[head + 1].lower == "with")) {
    Note(head, "suspended: its own bare " + t_[head].lower);
    return false;
  }
  if (!lex_.InSet("own_activity_heads", t_[head].lower)) return true;
  for (size_t k = from; k < head; ++k) {
    int m = MentionAt(k);
    if (m < 0 || ms_[m].entity < 0 || ms_[m].kind == MentionKind::kPronoun) continue;
    if (ms_[m].kind != MentionKind::kAdjective && !ms_[m].possessive) continue;
    int e = ms_[m].entity;
    bool own = false;
    for (int x : s.entities) own = own || x == e || CountryOf(x) == e;
    if (!own && !s.entities.empty()) {
      Note(head, "suspended: the " + t_[head].lower + " of another actor");
      return false;
    }
  }
  return true;
}

// "The Commonwealth lifted Fiji's suspension on Friday": lifting a
// member's suspension presupposes it, so the lifter had suspended the
// member, at a time the lifting's date is not. Emits and returns true when
// the noun at `noun` is such a suspension.
bool Extractor::LiftedMemberSuspension(size_t noun) {
  if (noun < 3 || t_[noun - 1].lower != "'s") return false;
  int member = MentionAt(noun - 2);
  if (member < 0 || ms_[member].entity < 0 || ms_[member].kind != MentionKind::kActor ||
      ms_[member].type == NodeType::kPerson || ms_[member].type == NodeType::kOrganization)
    return false;
  size_t verb = ms_[member].first;
  if (verb > 0 && t_[verb - 1].lower == "the") --verb;
  if (verb == 0 || !lex_.InSet("lift_verbs", t_[verb - 1].lower)) return false;
  Subjects s = SubjectsFor(verb - 1);
  if (s.entities.empty()) return false;
  size_t before = out_->size();
  SuspendMembership(ms_[member].entity, "suspended.lifted", s, noun, noun + 1);
  for (size_t k = before; k < out_->size(); ++k) (*out_)[k].date.clear();
  return true;
}

// "Syria was readmitted to the Arab League, which had suspended its
// membership": a bloc suspends no membership of its own, so "its" is the
// state named last before it; a pronoun standing for another state is that
// state. Sets the member's membership as target and returns true.
bool Extractor::OtherMembersThing(size_t head, const Subjects& s, Relation* r) const {
  int m = head > 0 ? MentionAt(head - 1) : -1;
  if (m < 0 || ms_[m].kind != MentionKind::kPronoun || ms_[m].entity < 0 || s.entities.empty()) return false;
  auto is_state = [&](int e) {
    return e >= 0 && !EntityIsPerson(e) && doc_.entity_types[e] != NodeType::kOrganization &&
           std::find(s.entities.begin(), s.entities.end(), e) == s.entities.end();
  };
  int e = ms_[m].entity;
  bool own = std::find(s.entities.begin(), s.entities.end(), e) != s.entities.end();
  if (own && doc_.entity_types[e] == NodeType::kOrganization) {
    e = -1;
    for (int k = 0; k < m; ++k)
      if (ms_[k].kind == MentionKind::kActor && is_state(ms_[k].entity)) e = ms_[k].entity;
  }
  if (!is_state(e)) return false;
  SetMembershipTarget(e, r);
  if (t_[head].lower != "membership") r->new_target_name = doc_.entity_names[e] + "'s " + t_[head].lower;
  return true;
}

// "suspended Venezuela", "Mali was suspended from the AU": what is
// suspended is the member's membership, a thing of its own per member.
void Extractor::SetMembershipTarget(int member, Relation* r) const {
  r->new_target_alias = "membership";
  r->new_target_type = NodeType::kOther;
  r->new_target_name = doc_.entity_names[member] + "'s membership";
}

// The subjects `s` suspended `member`'s membership, told at trigger `i`.
void Extractor::SuspendMembership(int member, const char* rule, const Subjects& s, size_t i, size_t end) {
  Relation r;
  r.relation = "suspended";
  r.rule = rule;
  r.sources = s.entities;
  SetMembershipTarget(member, &r);
  Finish(std::move(r), i, s, end);
}

// "pulled the plug on X for now", "pulls the plug on X pending a review":
// the verb before "the plug on", and a word in the clause that makes the
// stop temporary.
bool Extractor::TemporaryPlugPull(size_t plug) const {
  if (plug < 2 || plug + 1 >= t_.size() || t_[plug - 1].lower != "the" || t_[plug + 1].lower != "on")
    return false;
  const TokenWord& v = t_[plug - 2].lower;
  if (v != "pulled" && v != "pulls" && v != "pull" && v != "pulling") return false;
  size_t cend = std::min(t_.size(), plug + 20);
  for (size_t k = plug + 2; k < cend; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "." || w == ";") break;
    if (w == "temporarily" || w == "pending" ||
        (w == "for" && k + 1 < cend && (t_[k + 1].lower == "now" || t_[k + 1].lower == "the")) ||
        (w == "until" && k + 1 < cend && t_[k + 1].lower == "further"))
      return true;
  }
  return false;
}

// "Denmark announced a halt to ...", "Iran ordered the suspension of ...":
// reporting verbs break clauses, so the subject of the verb that governs the
// noun is found from the verb itself.
Extractor::Subjects Extractor::SubjectOfGoverningVerb(size_t noun) {
  size_t v = noun;
  while (v > 0 && noun - v < 3 && IsDeterminer(t_[v - 1].lower)) --v;
  if (v == noun) return {};
  // "announced on Friday the suspension of": a day between verb and object
  if (v >= 3 && t_[v - 2].lower == "on" &&
      lex_.InSet("weekdays", t_[v - 1].lower))
    v -= 2;
  if (v == 0 || !t_[v - 1].word || t_[v - 1].capitalized) return {};
  if (!EndsWith(t_[v - 1].lower, "ed") && !EndsWith(t_[v - 1].lower, "s")) return {};
  return SubjectsFor(v - 1, 1);
}

// "months after the White House had frozen it": "it" is the nearest
// suspendable thing before the verb in the sentence ("military aid"), unless
// an agreement is named there (the agreement rule takes that). Emits and
// returns true when it found one.
bool Extractor::PronounThing(size_t verb, size_t from, const Subjects& s) {
  if (from >= t_.size() || t_[from].lower != "it" || s.entities.empty()) return false;
  for (const Mention& m : ms_)
    if (m.kind == MentionKind::kAgreement && m.last <= verb) return false;
  const RelationWords& w = lex_.relation("suspended");
  size_t thing = std::string::npos;
  for (size_t k = verb; k > 0 && thing == std::string::npos; --k)
    if (MentionAt(k - 1) < 0 && w.objects.count(t_[k - 1].lower)) thing = k - 1;
  if (thing == std::string::npos) return false;
  Relation r;
  r.relation = "suspended";
  r.rule = "suspended.pronoun_thing";
  r.new_target_alias = ThingPhrase(0, thing, verb);
  r.new_target_name = r.new_target_alias;
  r.new_target_type = NodeType::kOther;
  r.sources = s.entities;
  Finish(std::move(r), verb, s, from + 1);
  return true;
}

// "The Kremlin's decision to suspend New START", "Ankara's move to freeze
// talks": the possessor of a decision or plan to act is the actor.
Extractor::Subjects Extractor::PlanOwner(size_t verb) {
  Subjects s;
  if (verb < 4 || t_[verb - 1].lower != "to") return s;
  size_t k = verb - 2;
  while (k > 0 && verb - k < 6 && !lex_.InSet("plan_nouns", t_[k].lower)) --k;
  if (!lex_.InSet("plan_nouns", t_[k].lower) || k < 2 || t_[k - 1].lower != "'s") return s;
  int m = MentionAt(k - 2);
  if (m < 0 || !IsAgentMention(ms_[m]) || ms_[m].entity < 0) return s;
  s.entities = {ms_[m].entity};
  s.end = ClauseStart(t_, verb, lex_);  // "denied Russia's decision to": the cue governs
  s.how = "possessor of the decision";
  return s;
}

// An actor right after the verb: "it" for the agreement talked about ("four
// days after it had suspended it"), or a member ("Mercosur suspended
// Venezuela", "the AU suspended Niger from all its activities"). Emits and
// returns true when it found one.
bool Extractor::ObjectActor(size_t i, size_t from, size_t head, const Subjects& found, const std::string& word) {
  int member = AgentAt(from);
  if (member < 0) return false;
  Subjects s = found;
  // "West African leaders suspended Mali from the Economic Community of West
  // African States": with no subject on a list, the bloc it is suspended from acts
  if (s.entities.empty() && word.rfind("suspend", 0) == 0 && ms_[member].last + 1 < t_.size() &&
      t_[ms_[member].last].lower == "from") {
    int bloc = AgentAt(ms_[member].last + 1);
    if (bloc >= 0 && ms_[bloc].type == NodeType::kOrganization) {
      s.entities = {ms_[bloc].entity};
      s.end = ClauseStart(t_, i, lex_);
      s.how = "the bloc a member is suspended from";
    }
  }
  if (s.entities.empty()) return false;
  Relation r;
  r.relation = "suspended";
  r.sources = s.entities;
  if (ms_[member].kind == MentionKind::kPronoun && t_[ms_[member].first].lower == "it") {
    int last = doc_.last_agreement;
    for (const Mention& m : ms_)
      if (m.kind == MentionKind::kAgreement && m.last <= i && m.entity >= 0) last = m.entity;
    if (last < 0) return false;
    r.target = last;
    r.rule = "suspended.pronoun_object";
    Finish(std::move(r), i, s, ms_[member].last);
    return true;
  }
  // Only "suspend" takes a member: "stop the Russian government selling" does not.
  if (word.rfind("suspend", 0) != 0 || ms_[member].kind != MentionKind::kActor ||
      ms_[member].type == NodeType::kPerson || ms_[member].possessive ||
      (head != std::string::npos && head <= ms_[member].last + 2))
    return false;
  // "..., formally suspending Caracas" whose subject was taken for
  // Venezuela itself: a state suspends others, its own membership only as
  // "its membership"
  r.sources.erase(std::remove(r.sources.begin(), r.sources.end(), ms_[member].entity), r.sources.end());
  if (r.sources.empty()) {
    Note(i, "suspended: a member does not suspend itself");
    return true;  // the object is a member, so no thing rule applies either
  }
  r.rule = "suspended.verb";
  SetMembershipTarget(ms_[member].entity, &r);
  Finish(std::move(r), i, s, ms_[member].last);
  return true;
}

// "would stop sending bombs to Israel": a stop verb before a supply verb
// with weapons suspends the arms shipments.
bool Extractor::StopsSupplying(size_t i, size_t from, size_t cend) const {
  return lex_.InSet("stop_verbs", t_[i].lower) && from < t_.size() && EndsWith(t_[from].lower, "ing") &&
         lex_.relation("supplies_arms_to").verbs.count(t_[from].lower) &&
         FindArms(from + 1, std::min(cend, from + 8)) != std::string::npos;
}

// "the suspension of Guinea by the African Union": a bloc suspending a
// member, named by the noun's "by" agent. Emits and returns true when found.
bool Extractor::SuspendedMemberBy(size_t i, size_t from) {
  if (t_[i].lower.rfind("suspen", 0) != 0) return false;
  int member = AgentAt(from);
  if (member < 0 || ms_[member].kind != MentionKind::kActor || ms_[member].possessive ||
      ms_[member].type == NodeType::kPerson || ms_[member].type == NodeType::kOrganization)
    return false;
  size_t by = ms_[member].last;
  if (by >= t_.size() || t_[by].lower != "by") return false;
  int agent = AgentAt(by + 1);
  if (agent < 0 || ms_[agent].type != NodeType::kOrganization) return false;
  Subjects s;
  s.entities = {ms_[agent].entity};
  s.end = ClauseStart(t_, i, lex_);
  s.how = "'by' agent of the noun";
  SuspendMembership(ms_[member].entity, "suspended.noun_member", s, i, ms_[agent].last);
  return true;
}

// "all bilateral agreements with India, including the Simla Agreement": the
// agreement the text names among the ones described becomes the target.
void Extractor::NamedAmongThem(size_t from, Relation* r) const {
  for (size_t k = from; k + 1 < t_.size() && k < from + 8; ++k) {
    if (t_[k].text == "." || t_[k].text == ";") return;
    if (t_[k].lower != "including") continue;
    size_t at = k + 1 < t_.size() && IsDefinite(t_[k + 1].lower) ? k + 2 : k + 1;
    int m = at < t_.size() ? MentionAt(at) : -1;
    if (m < 0 || ms_[m].kind != MentionKind::kAgreement || ms_[m].entity < 0) return;
    r->target = ms_[m].entity;
    r->new_target_alias.clear();
    r->new_target_name.clear();
    return;
  }
}

// "was (being) suspended" or "was frozen" whose subject the subject finder
// took for the actor: no "by" agent, or one that names no actor ("by the
// continental body's council", "by West African leaders").
bool Extractor::PassiveWithoutAgent(size_t i) const {
  return i > 0 && (EndsWith(t_[i].lower, "ed") || EndsWith(t_[i].lower, "en")) && IsBeForm(t_[i - 1].lower);
}

// "Fiji became the first country to be suspended from the Pacific Islands
// Forum", "Mali was suspended from the African Union": with no "by" agent,
// the bloc a member is suspended from is who suspended it. Emits and
// returns true when the "from" phrase names an organisation.
bool Extractor::SuspendedFromBloc(size_t i, const Subjects& members) {
  if (i + 2 >= t_.size() || t_[i + 1].lower != "from") return false;
  int bloc = AgentAt(i + 2);
  // "suspended from the African Union's activities"
  if (bloc < 0 && i + 3 < t_.size() && IsDefinite(t_[i + 2].lower)) bloc = MentionAt(i + 3);
  if (bloc < 0 || ms_[bloc].type != NodeType::kOrganization || ms_[bloc].entity < 0) return false;
  bool emitted = false;
  for (int e : members.entities) {
    bool state = false;
    for (const Mention& m : ms_)
      state = state || (m.entity == e && m.kind == MentionKind::kActor && m.type != NodeType::kPerson &&
                        m.type != NodeType::kOrganization);
    if (!state) continue;
    Subjects s = members;
    s.entities = {ms_[bloc].entity};
    s.how = "the bloc a member is suspended from";
    SuspendMembership(e, "suspended.passive_from_bloc", s, i, ms_[bloc].last);
    emitted = true;
  }
  return emitted;
}

// "Mali's membership of ECOWAS was frozen on Tuesday by West African
// leaders": with no actor as agent, the bloc of a member's membership in
// the passive's subject acts. Emits and returns true when there is one.
bool Extractor::MembershipOfBloc(size_t i) {
  for (size_t k = ClauseStart(t_, i, lex_) + 2; k + 2 < i; ++k) {
    if (t_[k].lower != "membership" || t_[k - 1].lower != "'s" ||
        (t_[k + 1].lower != "of" && t_[k + 1].lower != "in"))
      continue;
    int member = MentionAt(k - 2), bloc = AgentAt(k + 2);
    if (member < 0 || bloc < 0 || ms_[member].entity < 0 || ms_[bloc].entity < 0 ||
        ms_[member].type == NodeType::kPerson || ms_[bloc].type != NodeType::kOrganization)
      continue;
    Subjects s;
    s.entities = {ms_[bloc].entity};
    s.end = ClauseStart(t_, i, lex_);
    s.how = "the bloc of a membership";
    SuspendMembership(ms_[member].entity, "suspended.membership_of_bloc", s, i, i + 1);
    return true;
  }
  return false;
}

// The subject of the speech verb that reports the clause of `verb` ("the
// White House said [that] Turkey was suspended ..."), or none; the speech
// verb's index in *speech when given.
Extractor::Subjects Extractor::ReportingSubject(size_t verb, size_t* speech) {
  for (size_t k = verb; k > 0 && k + 12 > verb; --k) {
    const TokenWord& w = t_[k - 1].lower;
    if (w == "," || w == ";" || w == "and" || w == "but") break;
    if (!lex_.InSet("speech_verbs", w)) continue;
    Subjects s = SubjectsFor(k - 1, 1);
    s.how = "who reports the passive";
    if (speech != nullptr) *speech = k - 1;
    return s;
  }
  return {};
}

// "The United States suspended the treaty on Friday, and Russia followed
// suit", "France sent tanks to Ukraine. Britain followed suit", "A signed
// the plan on Friday; B followed suit": the follower does what the
// sentence's last suspension, supply or signing did, or
// supplies the arms recipient of the sentence before. Emits and returns
// true when there is one.
bool Extractor::FollowedSuit(size_t i) {
  // "Putin mirrored the move on Saturday", "Paris took the same step"
  bool move = i + 2 < t_.size() && IsDefinite(t_[i + 1].lower) && lex_.InSet("move_nouns", t_[i + 2].lower);
  if (i + 1 >= t_.size() || (t_[i + 1].lower != "suit" && !move)) return false;
  if (!move && !lex_.InSet("follow_verbs", t_[i].lower)) return false;
  const Relation* last = nullptr;
  for (const Relation& r : *out_)
    if ((r.relation == "suspended" || r.relation == "supplies_arms_to" || r.relation == "signed") &&
        r.trigger < i)
      last = &r;
  Relation r;
  if (last != nullptr) {
    r = *last;
  } else if (doc_.last_arms_recipient >= 0) {
    r.relation = "supplies_arms_to";
    r.target = doc_.last_arms_recipient;
    r.confidence = 0.7f;
  } else {
    return false;
  }
  Subjects s = SubjectsFor(i);
  if (s.entities.empty()) return false;
  r.rule = r.relation + ".followed_suit";
  r.sources = s.entities;
  r.cue.clear();
  r.modality_override = r.modality_override_asserted = r.modality_override_hypothetical = false;
  Finish(std::move(r), i, s, move ? i + 3 : i + 2);
  return true;
}

}  // namespace kg::ingest
