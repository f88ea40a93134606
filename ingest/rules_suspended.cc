// The suspended relation: suspended, frozen, halted or paused things
// (helpers in rules_suspended_parts.cc).
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <vector>

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

// "stopped cooperating with the IAEA", "halted trading with Israel",
// "stopped implementing the protocol": the suspendable noun of a gerund
// ("cooperation", "trade", "implementation"), found by trying the usual
// nominal endings on its stem; "" when it has none.
std::string GerundThing(std::string_view gerund, const RelationWords& w, const Lexicon& lex) {
  if (gerund.size() < 6 || !EndsWith(gerund, "ing")) return "";
  if (w.objects.count(gerund)) return std::string(gerund);  // "stopped lending"
  // "stop buying gas" = purchases: nouns no ending makes (`gerund_things`)
  for (const std::string& pair : lex.List("gerund_things"))
    if (pair.size() > gerund.size() && pair.compare(0, gerund.size(), gerund) == 0 && pair[gerund.size()] == ' ')
      return pair.substr(gerund.size() + 1);
  std::string stem(gerund.substr(0, gerund.size() - 3));
  std::vector<std::string> stems = {stem};
  // "patrolling", "shipping": a doubled consonant is single in the noun
  if (stem.size() > 2 && stem.back() == stem[stem.size() - 2]) stems.push_back(stem.substr(0, stem.size() - 1));
  for (const std::string& s : stems)
    for (const char* ending : {"", "s", "es", "e", "y", "ion", "ions", "ation", "ment", "ments"})
      if (w.objects.count(s + ending)) return s + ending;
  return "";
}

// "its visa-free regime with Turkey", "visa-free travel for Serbians": a
// visa arrangement named by a head that alone is no suspendable thing. The
// phrase from the visa word to the head, or "".
std::string VisaArrangement(const std::vector<Token>& t, size_t head, const Lexicon& lex) {
  if (!lex.InSet("visa_arrangement_heads", t[head].lower)) return "";
  for (size_t b = head; b-- > 0 && b + 4 > head;) {
    if (t[b].lower.rfind("visa", 0) != 0) continue;
    std::string phrase;
    for (size_t k = b; k <= head; ++k)
      phrase += (k == b || t[k].text == "-" || t[k - 1].text == "-" ? "" : " ") + t[k].lower;
    return phrase;
  }
  return "";
}

}  // namespace

// True when token i stands where a noun does: after an article or a
// possessive, or after an article and an ordinal ("the last", `noun_position_adjectives`).
bool Extractor::NounPosition(size_t i) const {
  auto article = [&](size_t k) {
    const TokenWord& a = t_[k].lower;
    return a == "a" || a == "an" || a == "the" || lex_.InSet("possessive_pronouns", a);
  };
  if (i > 0 && article(i - 1)) return true;
  return i > 1 && article(i - 2) && lex_.InSet("noun_position_adjectives", t_[i - 1].lower);
}

bool Extractor::Suspended(size_t i) {
  const RelationWords& w = lex_.relation("suspended");
  std::string word = t_[i].lower;
  if (lex_.InSet("follow_verbs", word) || lex_.InSet("mirror_verbs", word)) return FollowedSuit(i);
  // "the talks are on hold", "aid remains frozen": the state of the thing
  if (size_t verb = StateVerbGroup(i); verb != std::string::npos && SuspendedState(i, verb)) return true;
  if (lex_.InSet("state_nouns", word) && i > 0 && (t_[i - 1].lower == "on" || t_[i - 1].lower == "in"))
    return false;  // "put the treaty in abeyance" is the verb's
  size_t from = i + 1;
  size_t object_limit = t_.size();
  bool hold_verb = word == "hold" || word == "holds" || word == "held" || word == "holding";
  bool place_verb = word == "place" || word == "places" || word == "placed" || word == "placing" ||
                    word == "keep" || word == "keeps" || word == "kept" || word == "keeping";
  if (word.rfind("plug", 0) == 0 && word != "plug") return false;  // "plugged the gap in funding"
  // "put a hold on disbursements": the noun, not the verb
  if (hold_verb && i > 0 && IsDeterminer(t_[i - 1].lower)) hold_verb = false;
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
    // agreement in abeyance", "placed the treaty in abeyance", "has kept its
    // dialogue on hold", "put its membership on pause"; any other "put",
    // "place", "keep" or "hold" suspends nothing.
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
  // "a suspension", "a full suspension of", "an immediate halt to"
  bool noun = w.nouns.count(word) && i > 0 &&
              (IsDeterminer(t_[i - 1].lower) ||
               (i > 1 && IsDeterminer(t_[i - 2].lower) && t_[i - 1].word && !t_[i - 1].capitalized &&
                !lex_.IsTriggerWord(t_[i - 1].lower) && MentionAt(i - 1) < 0));
  // "the last stop of his tour", "a stop in Hanoi": a verb of no noun list
  // after an article is a noun of another sense
  if (!noun && word == t_[i].lower && !w.nouns.count(word) && NounPosition(i)) return false;
  if (noun && LiftedMemberSuspension(i)) return true;
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
  if (!noun && !s.passive && PassiveWithoutAgent(i) && MembershipOfBloc(i)) return true;
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
  // "Ardern said aid programmes that benefit the junta would also be
  // halted": a passive whose subject is a thing; whoever reports it acts,
  // and the thing and the cues lie between the report and the verb
  if (!noun && s.entities.empty() && PassiveWithoutAgent(i)) {
    size_t speech = 0;
    s = ReportingSubject(i, &speech);
    if (!s.entities.empty()) {
      s.passive = true;
      s.clause_start = speech + 1;
    }
  }
  if (s.entities.empty() && noun) s = SubjectOfGoverningVerb(i);
  if (s.entities.empty() && noun) s = SuspensionNounActor(i, from);
  if (s.entities.empty() && !noun) s = PlanOwner(i);
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t obj_from = from, obj_to = std::min({cend, from + 10, object_limit});
  if (s.passive) {
    obj_from = s.clause_start != SIZE_MAX ? s.clause_start : ClauseStart(t_, i, lex_);
    obj_to = i;
  }
  for (size_t k = obj_from; k < obj_to; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "," || w == "under" || w == "after" || w == "despite" || w == "amid" ||
        w == "following" || w == "because" || w == "over" || w == "without" || w == "unless" ||
        w == "until") {
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
  std::string head_word, named_thing;  // the head's noun; a name built here
  bool stop_verb = !noun && !s.passive && lex_.InSet("stop_verbs", t_[i].lower);
  std::string gerund = stop_verb && from < obj_to ? GerundThing(t_[from].lower, w, lex_) : "";
  // "halt drilling for gas": an activity out of scope, not the exercises
  if (!gerund.empty() && lex_.InSet("suspended_out_of_scope_modifiers", t_[from].lower)) gerund.clear();
  // "stopped applying / honouring the 2018 military accord": keeping an
  // agreement stops, so the agreement is suspended
  size_t kept_end = 0;
  if (stop_verb && from < obj_to && lex_.InSet("agreement_keeping_gerunds", t_[from].lower) &&
      AgreementObject(from + 1, obj_to, &r, &kept_end)) {
    head = from;
    head_word = "implementation";
    end = kept_end;
  } else if (!gerund.empty()) {
    head = from;
    head_word = named_thing = gerund;
  } else if (stop_verb && from + 1 < obj_to && EndsWith(t_[from].lower, "ing") &&
             !w.objects.count(t_[from].lower) && !w.objects.count(t_[from + 1].lower) &&
             !lex_.relation("supplies_arms_to").verbs.count(t_[from].lower)) {
    obj_to = from;  // "stops letting Indians enter without visas": a clause, no thing
  }
  for (size_t k = obj_from; k < obj_to && gerund.empty() && !kept_end; ++k) {
    int m = MentionAt(k);
    // "halted the certification of the Nord Stream 2 gas pipeline": a
    // thing named before the agreement is what stops, unless it is taking
    // part in the agreement ("its participation in New START")
    if (m >= 0 && ms_[m].kind == MentionKind::kAgreement && ms_[m].entity >= 0 &&
        head != std::string::npos && !AgreementParticipation(t_[head].lower) &&
        !lex_.InSet("agreement_heads", t_[head].lower))
      break;
    if (m >= 0 && ms_[m].kind == MentionKind::kAgreement && ms_[m].entity >= 0) {
      r.target = ms_[m].entity;
      end = ms_[m].last;
      break;
    }
    // "suspended Paraguay from the trade bloc": "trade" names the bloc
    bool names_body = k + 1 < t_.size() && IsBodyNoun(t_[k + 1].lower);
    std::string visa = VisaArrangement(t_, k, lex_);
    if (head == std::string::npos && !visa.empty()) {
      head = k;
      named_thing = visa;
    }
    if (head == std::string::npos && w.objects.count(t_[k].lower) && !names_body) head = k;
    // "membership talks", "arms shipments": the last noun of a compound heads it
    if (head == k - 1 && w.objects.count(t_[k].lower)) head = k;
    // "halted all exports and imports with Israel": both ways together are trade
    if (head + 2 == k && t_[k - 1].lower == "and" && lex_.InSet("trade_directions", t_[head].lower) &&
        lex_.InSet("trade_directions", t_[k].lower) && t_[head].lower != t_[k].lower) {
      head = k;
      named_thing = "trade";
    }
  }
  if (head != std::string::npos && head_word.empty()) head_word = t_[head].lower;
  if (head != std::string::npos && !OwnSuspendable(head, obj_from, s)) return false;
  // "broke off relations with Taiwan", "cut ties": severed, an end (README)
  if (head != std::string::npos && lex_.InSet("severed_heads", head_word) && lex_.InSet("severing_verbs", word)) {
    Note(i, "suspended: '" + word + " " + head_word + "' severs, it does not suspend");
    return false;
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
    if (kept_end) {
      // the unnamed agreement AgreementObject described
    } else if (AgreementParticipation(head_word) && OtherMembersThing(head, s, &r)) {
      // "the Arab League, which had suspended its membership": Syria's
    } else if (AgreementParticipation(head_word)) {
      // a passive's agent follows the verb: "X's membership was suspended by the Commonwealth"
      size_t of_end = std::min(cend, head + 8);
      if (s.passive && head < i) of_end = std::min(of_end, i);
      for (size_t k = head + 1; k < of_end && r.target < 0; ++k) {
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
      // "ECOWAS announced the suspension of Niger's membership": a member's
      // own membership, not the last agreement
      int member = head >= 2 && t_[head - 1].lower == "'s" ? MentionAt(head - 2) : -1;
      // "Zimbabwe, whose membership was suspended by": the antecedent
      if (head >= 3 && t_[head - 1].lower == "whose" && t_[head - 2].text == ",") member = MentionAt(head - 3);
      if (r.target < 0 && head_word == "membership" && member >= 0 && ms_[member].entity >= 0 &&
          ms_[member].kind == MentionKind::kActor && ms_[member].type != NodeType::kPerson &&
          ms_[member].type != NodeType::kOrganization) {
        SetMembershipTarget(ms_[member].entity, &r);
      }
      if (r.target < 0 && r.new_target_alias.empty() && !of_something) r.target = doc_.last_agreement;
    } else if (named_thing.empty() && lex_.InSet("agreement_heads", head_word)) {
      size_t e2;
      if (AgreementObject(obj_from, obj_to, &r, &e2)) end = e2;
    }
    if (r.target < 0 && r.new_target_alias.empty()) {
      r.new_target_alias = named_thing.empty() ? ThingPhrase(obj_from, head, cend) : named_thing;
      r.new_target_type = NodeType::kOther;
    }
  }
  if (r.target < 0 && (r.new_target_type == NodeType::kAgreement || lex_.InSet("agreement_heads", head_word)))
    NamedAmongThem(end, &r);
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
