// The suspended relation: suspended, frozen, halted or paused things
// (helpers in rules_suspended_parts.cc).
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

namespace {

// Nouns for a grouping that a suspendable word may qualify ("the trade bloc",
// "the aid group").
bool IsBodyNoun(std::string_view w) {
  return w == "bloc" || w == "blocs" || w == "group" || w == "grouping" || w == "union" ||
         w == "organisation" || w == "organization" || w == "body" || w == "community" || w == "forum";
}

}  // namespace

bool Extractor::Suspended(size_t i) {
  const RelationWords& w = lex_.relation("suspended");
  std::string word = t_[i].lower;
  if (lex_.InSet("follow_verbs", word)) return FollowedSuit(i);
  size_t from = i + 1;
  size_t object_limit = t_.size();
  bool hold_verb = word == "hold" || word == "holds" || word == "held" || word == "holding";
  bool place_verb = word == "place" || word == "places" || word == "placed" || word == "placing";
  if (word.rfind("plug", 0) == 0 && word != "plug") return false;  // "plugged the gap in funding"
  if (hold_verb && i + 1 < t_.size() && t_[i + 1].lower == "back") {
    // "Norway said it was holding back about $8 million in aid": withheld
    word += " back";
    from = i + 2;
  } else if (word == "plug") {
    // "pulled the plug on its lending to Mozambique for now": only a stop
    // told as temporary suspends; a bare "pulled the plug on" ends things.
    if (!TemporaryPlugPull(i)) return false;
    word = "pulled the plug on";
    from = i + 2;
  } else if (word == "put" || word == "puts" || word == "putting" || place_verb || hold_verb) {
    // "put the treaty on hold", "put on hold the sale of F-35s", "put the
    // Indus Waters Treaty in abeyance", "put the talks on ice", "hold the
    // agreement in abeyance", "placed the treaty in abeyance"; any other
    // "put", "place" or "hold" suspends nothing.
    size_t hold = HoldPhraseAfter(i);
    if (hold == std::string::npos) return false;
    if (hold_verb && t_[hold].lower != "in") return false;  // "held talks on ..." is no hold
    word = "put on hold";
    if (hold == i + 1) {
      from = i + 3;
    } else {
      object_limit = hold;
    }
  } else if (i + 1 < t_.size() && w.verbs.count(word + " " + t_[i + 1].lower)) {
    word += " " + t_[i + 1].lower;
    from = i + 2;
  } else if (!w.verbs.count(word) && !w.nouns.count(word)) {
    return false;
  }
  bool noun = w.nouns.count(word) && i > 0 && IsDeterminer(t_[i - 1].lower);
  if (noun) {
    if (from >= t_.size() || !w.noun_preps.count(t_[from].lower)) return false;
    ++from;
    if (SuspendedMemberBy(i, from)) return true;
  }
  Subjects s;
  if (noun && i >= 2 && t_[i - 1].lower == "'s") {
    int m = MentionAt(i - 2);  // "Russia's suspension of the CFE treaty"
    if (m >= 0 && IsAgentMention(ms_[m]) && ms_[m].entity >= 0) {
      s.entities = {ms_[m].entity};
      s.end = ClauseStart(t_, i, lex_);
      s.how = "possessor of the noun";
    }
  }
  if (s.entities.empty()) s = SubjectsFor(word == "pulled the plug on" ? i - 2 : i);
  if (!noun && !s.passive && !s.entities.empty() && PassiveWithoutAgent(i)) {
    if (SuspendedFromBloc(i, s)) return true;
    // "Turkey was being suspended from the F-35 programme": the subject is
    // what was suspended; who suspended it is whoever says so ("the White
    // House said ..."), or nobody named.
    s = ReportingSubject(i);
    if (s.entities.empty()) {
      Note(i, "suspended: a passive without an agent names no actor");
      return false;
    }
  }
  if (s.entities.empty() && noun) s = SubjectOfGoverningVerb(i);
  if (s.entities.empty() && !noun) s = PlanOwner(i);
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t obj_from = from, obj_to = std::min({cend, from + 10, object_limit});
  if (s.passive) {
    obj_from = ClauseStart(t_, i, lex_);
    obj_to = i;
  }
  for (size_t k = obj_from; k < obj_to; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "," || w == "under" || w == "after" || w == "despite" || w == "amid" ||
        w == "following" || w == "because" || w == "over") {
      obj_to = k;
      break;
    }
    // "suspended its decision to scrap the Visiting Forces Agreement": the
    // decision is what was suspended, and the pact stays in force
    if (lex_.InSet("plan_nouns", w) && k + 1 < t_.size() && t_[k + 1].lower == "to") {
      obj_to = k;
      break;
    }
  }
  Relation r;
  r.relation = "suspended";
  r.rule = noun ? "suspended.noun" : (s.passive ? "suspended.passive" : "suspended.verb");
  size_t head = std::string::npos, end = from;
  for (size_t k = obj_from; k < obj_to; ++k) {
    int m = MentionAt(k);
    if (m >= 0 && ms_[m].kind == MentionKind::kAgreement && ms_[m].entity >= 0) {
      r.target = ms_[m].entity;
      end = ms_[m].last;
      break;
    }
    // "suspended Paraguay from the trade bloc": "trade" names the bloc
    bool names_body = k + 1 < t_.size() && IsBodyNoun(t_[k + 1].lower);
    if (head == std::string::npos && w.objects.count(t_[k].lower) && !names_body) head = k;
    // "membership talks", "arms shipments": the last noun of a compound heads it
    if (head == k - 1 && w.objects.count(t_[k].lower)) head = k;
  }
  if (r.target < 0 && !noun && !s.passive && head == std::string::npos && PronounThing(i, from, s))
    return true;
  if (r.target < 0 && !noun && !s.passive && ObjectActor(i, from, head, s, word)) return true;
  if (r.target < 0 && head == std::string::npos && StopsSupplying(i, from, cend)) {
    // "would stop sending bombs to Israel": the arms shipments are suspended
    r.new_target_alias = "arms shipments";
    r.new_target_type = NodeType::kOther;
    r.rule = "suspended.stop_supplying";
  } else if (r.target < 0 && head == std::string::npos) {
    Note(i, "nothing suspendable (agreement, talks, aid, cooperation...) after '" + word + "'");
    return false;
  }
  if (r.target < 0 && head != std::string::npos) {
    end = head + 1;
    if (AgreementParticipation(t_[head].lower)) {
      for (size_t k = head + 1; k < std::min(cend, head + 8) && r.target < 0; ++k) {
        int m = MentionAt(k);
        if (m < 0 || ms_[m].entity < 0) continue;
        // "its participation in New START", "its membership of the CSTO"
        if (ms_[m].kind == MentionKind::kAgreement ||
            (ms_[m].kind == MentionKind::kActor && ms_[m].type == NodeType::kOrganization))
          r.target = ms_[m].entity;
      }
      // "its participation in the pact": the agreement named before
      if (r.target < 0 && head + 3 < cend && IsDefinite(t_[head + 2].lower) &&
          lex_.InSet("agreement_heads", t_[head + 3].lower)) {
        for (const Mention& m : ms_)
          if (m.kind == MentionKind::kAgreement && m.last <= head && m.entity >= 0) r.target = m.entity;
        if (r.target < 0) r.target = doc_.last_agreement;
      }
      // "participation in preparations for ..." names something else; "in
      // February 2023" is only a date.
      bool of_something = head + 2 < t_.size() &&
                          (t_[head + 1].lower == "in" || t_[head + 1].lower == "of") &&
                          !lex_.InSet("months", t_[head + 2].lower) &&
                          !(t_[head + 2].text[0] >= '0' && t_[head + 2].text[0] <= '9');
      if (r.target < 0 && !of_something) r.target = doc_.last_agreement;
    } else if (lex_.InSet("agreement_heads", t_[head].lower)) {
      size_t e2;
      if (AgreementObject(obj_from, obj_to, &r, &e2)) end = e2;
    }
    if (r.target < 0 && r.new_target_alias.empty()) {
      r.new_target_alias = ThingPhrase(obj_from, head, cend);
      r.new_target_type = NodeType::kOther;
    }
  }
  r.counterparts = Counterparts(end, std::min(cend, end + 3));
  if (s.entities.empty()) {
    Note(i, r.rule + ": no actor found");
    return false;
  }
  r.sources = s.entities;
  if (r.target < 0) {
    if (r.new_target_type == NodeType::kAgreement) {
      std::vector<int> parties = s.entities;
      parties.insert(parties.end(), r.counterparts.begin(), r.counterparts.end());
      r.new_target_name = AgreementName(r.new_target_alias, parties);
    } else if (r.new_target_name.empty()) {
      r.new_target_name = r.new_target_alias;
      if (!r.counterparts.empty() && r.counterparts[0] < static_cast<int>(doc_.entity_names.size()))
        r.new_target_name += " with " + doc_.entity_names[r.counterparts[0]];
    }
  }
  Finish(std::move(r), i, s, end);
  return true;
}

}  // namespace kg::ingest
