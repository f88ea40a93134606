// The signed relation: verbs, nominalisations, passives and co-signers
// (helpers in rules_signed_parts.cc).
#include <algorithm>
#include <cctype>
#include <utility>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// "the member states of the 55-member AU have signed": the members sign,
// not the union they belong to.
bool InsideMembersOf(const std::vector<Token>& t, const Mention& m) {
  size_t k = m.first;
  while (k > 0 && k + 5 > m.first &&
         (t[k - 1].lower == "the" || t[k - 1].text == "-" ||
          t[k - 1].lower.find("member") != std::string::npos ||
          std::isdigit(static_cast<unsigned char>(t[k - 1].lower[0]))))
    --k;
  if (k < 2 || t[k - 1].lower != "of") return false;
  const TokenWord& head = t[k - 2].lower;
  return head == "states" || head == "members" || head == "countries" || head == "nations" ||
         head == "governments";
}

namespace {

// Words of an unnamed agreement's description.
std::vector<std::string_view> Words(std::string_view description) {
  std::vector<std::string_view> words;
  for (size_t b = 0; b < description.size();) {
    size_t e = description.find(' ', b);
    if (e == std::string_view::npos) e = description.size();
    if (e > b) words.push_back(description.substr(b, e - b));
    b = e + 1;
  }
  return words;
}

}  // namespace

// "no agreement", "any deal", "every accord": a description whose
// determiner (`generic_determiners`) picks out no text in particular.
bool Extractor::GenericAgreement(std::string_view description) const {
  std::vector<std::string_view> words = Words(description);
  return !words.empty() && lex_.InSet("generic_determiners", words[0]);
}

// "G7 leaders signed a statement pledging ...", "the minister signed a
// communique": a statement or communique (`position_text_heads`) with a
// single signer and no co-signer states a position and binds no party; two
// parties, or a "joint" one, make it an agreement between them.
bool Extractor::LoneStatement(const Relation& r) const {
  if (r.sources.size() + r.counterparts.size() > 1) return false;
  bool statement = false;
  for (std::string_view w : Words(r.new_target_alias)) {
    if (lex_.InSet("joint_text_modifiers", w)) return false;
    statement = statement || lex_.InSet("position_text_heads", w);
  }
  return statement;
}

bool Extractor::Signed(size_t i) {
  const RelationWords& w = lex_.relation("signed");
  const TokenWord& word = t_[i].lower;
  size_t cend = ClauseEnd(t_, i, lex_);
  Relation r;
  r.relation = "signed";
  size_t end = i + 1;
  Subjects s;
  // "entered into a ceasefire agreement": such a verb signs only with its
  // preposition, which AgreementObject steps over
  if (auto prep = w.verbs_prep.find(word);
      prep != w.verbs_prep.end() && (i + 1 >= t_.size() || t_[i + 1].lower != prep->second))
    return false;
  bool noun = w.nouns.count(word) && (!w.verbs.count(word) || (i > 0 && IsDeterminer(t_[i - 1].lower)));
  if (noun) {
    if (ListedSigners(i)) return true;
    if (ElidedSignature(i)) {
      // "put pen to paper", "adding his signature as a witness": the
      // agreement the sentence or the article is about
      // "put pen to paper on the customs agreement" names it after all
      bool named = word == "pen" && i + 4 < t_.size() && t_[i + 3].lower == "on" &&
                   AgreementObject(i + 4, cend, &r, &end);
      // "put his signature on Friday to a trilateral statement": the "to"
      // comes after a time or place
      for (size_t k = i + 1; !named && word != "pen" && k < std::min(cend, i + 6); ++k) {
        if (!t_[k].word) break;
        if (t_[k].lower == "to") {
          named = AgreementObject(k + 1, cend, &r, &end);
          break;
        }
      }
      if (!named && !ContextAgreement(i, &r)) {
        Note(i, "'" + word + "' with no agreement in view");
        return false;
      }
      r.rule = "signed.elided_noun";
      r.confidence = 0.7f;
      s = SignatureAdder(i);
      if (s.entities.empty()) s = SubjectsFor(i);
      if (!named) end = i + 1;
      return FinishSigned(i, word, std::move(r), s, end, cend);
    }
    if (i + 1 >= t_.size() || !w.noun_preps.count(t_[i + 1].lower)) return false;
    // "names" signs only in "put their names to", "name" in "put his name to"
    if ((word == "names" || word == "name") && (i < 2 || t_[i + 1].lower != "to" || !IsDeterminer(t_[i - 1].lower) ||
                            t_[i - 2].lower.rfind("put", 0) != 0))
      return false;
    size_t amount = SkipAmount(t_, i + 2, cend);
    bool found = AgreementObject(i + 2, cend, &r, &end) ||
                 (amount > i + 2 && AgreementObject(amount, cend, &r, &end));
    // "where the two leaders put their signatures to it": the agreement in view
    if (!found && i + 2 < t_.size() && t_[i + 2].lower == "it" && ContextAgreement(i, &r, true)) {
      found = true;
      end = i + 3;
    }
    if (!found) {
      Note(i, "'" + word + "' without an agreement after it");
      return false;
    }
    r.rule = "signed.noun";
    r.confidence = 0.8f;
    if (word == "signing") {  // "the signing of X by A and B"
      if (end + 1 < t_.size() && (t_[end].lower == "by" || t_[end].lower == "between")) {
        int a = AgentAt(end + 1);
        if (a >= 0) {
          s.entities = Coordinated(a, t_.size(), &end);
          s.end = ClauseStart(t_, i, lex_);
          s.how = "by-agent of 'signing'";
        }
      }
      if (s.entities.empty()) {
        Note(i, "'signing of' without 'by' names no signer");
        return false;
      }
    } else {
      s = SignatureAdder(i);
      if (s.entities.empty()) s = SubjectsFor(i);
    }
  } else {
    bool found = ReducedRelative(i, &r, &s, &end);
    if (found) r.rule = "signed.reduced_relative";
    else s = SubjectsFor(i);
    if (!found && BetweenPartiesPassive(i, &r, &s, &end)) {
      found = true;
      r.rule = "signed.between_passive";
    }
    if (!found && AgentlessPassiveParties(i, &r, &s, &end)) {
      found = true;
      r.rule = "signed.agentless_passive";
    }
    if (!found && !s.passive && FarPassive(i, &r, &s)) {
      found = true;
      end = i + 1;
      r.rule = "signed.far_passive";
    }
    if (!found && s.passive) {  // "X was signed by A and B": the agreement is the subject
      size_t cs = ClauseStart(t_, i, lex_);
      for (size_t k = 0; k < ms_.size(); ++k) {
        if (ms_[k].first < cs || ms_[k].last > i || ms_[k].kind != MentionKind::kAgreement) continue;
        r.target = ms_[k].entity;
        found = true;
      }
      if (!found) found = AgreementObject(cs, i, &r, &end);
      if (!found) found = SubjectPastRelative(i, &r, &end);
      r.rule = "signed.passive";
      AddLaterAgents(i + 1, &s.entities);
    }
    if (!found && i + 2 < t_.size() && (t_[i + 1].lower == "but" || t_[i + 1].lower == "and")) {
      // "has signed but not ratified the treaty": the verbs share the object.
      for (size_t k = i + 2; k < std::min(t_.size(), i + 5) && !found; ++k) {
        if (!EndsWith(t_[k].lower, "ed") || t_[k].capitalized) continue;
        found = AgreementObject(k + 1, ClauseEnd(t_, k, lex_), &r, &end);
        break;
      }
      r.rule = "signed.shared_object";
    }
    if (!found) {
      found = AgreementObject(i + 1, cend, &r, &end);
      size_t counted = SkipCount(i + 1, cend);
      if (!found && counted > i + 1) found = AgreementObject(counted, cend, &r, &end);
      size_t amount = SkipAmount(t_, i + 1, cend);
      if (!found && amount > i + 1) found = AgreementObject(amount, cend, &r, &end);
      r.rule = "signed.verb";
    }
    if (!found && !s.passive && i + 1 < t_.size() && t_[i + 1].lower == "it") {
      // "... and Kubrakov signed it for Ukraine": the agreement named before,
      // in an earlier clause of this sentence or an earlier sentence.
      r.target = doc_.last_agreement;
      for (const Mention& m : ms_)
        if (m.kind == MentionKind::kAgreement && m.last <= i && m.entity >= 0) r.target = m.entity;
      for (const Relation& before : *out_) {
        if (before.relation != "signed" || before.trigger >= i || before.last > i) continue;
        r.target = before.target;
        r.new_target_name = before.new_target_name;
        r.new_target_alias = before.new_target_alias;
        r.new_target_head = before.new_target_head;
        r.new_target_type = before.new_target_type;
      }
      found = r.target >= 0 || !r.new_target_name.empty();
      if (!found) found = EarlierUnnamedAgreement(i, &r);
      end = i + 2;
      r.rule = "signed.pronoun_object";
    }
    if (!found && i > 0) {
      // "under an agreement it signed with Britain": the agreement comes first.
      int subj = MentionAt(i - 1);
      if (subj >= 0 && ms_[subj].first > 0) {
        // "which Kazakhstan, Kyrgyzstan and Uzbekistan signed": back over the
        // whole list of signers to the relative pronoun.
        size_t head = ms_[subj].first;
        while (head > 1) {
          const TokenWord& p = t_[head - 1].lower;
          int prev = MentionAt(head - 2);
          if ((p != "," && p != "and" && p != "or") || prev < 0 || ms_[prev].first == 0) break;
          head = ms_[prev].first;
        }
        if (t_[head - 1].lower == "that" || t_[head - 1].lower == "which") --head;
        if (head > 1 && t_[head - 1].text == ",") --head;  // "The treaty, which Chile signed"
        int named = head > 0 ? MentionAt(head - 1) : -1;
        if (named >= 0 && ms_[named].kind == MentionKind::kAgreement && ms_[named].entity >= 0) {
          // "The Central Asian Nuclear-Weapon-Free Zone Treaty, which A and B signed"
          r.target = ms_[named].entity;
          found = true;
          r.rule = "signed.object_relative";
        } else if (head > 0 && lex_.InSet("agreement_heads", t_[head - 1].lower)) {
          size_t b = head - 1;
          while (b > 0 && b + 6 > head && !IsDeterminer(t_[b - 1].lower) &&
                 !lex_.InSet("prepositions", t_[b - 1].lower))
            --b;
          if (b > 0 && IsDeterminer(t_[b - 1].lower)) --b;
          // "a say over any deals the island nation strikes": no agreement
          // in particular
          bool generic = lex_.InSet("generic_determiners", t_[b].lower);
          size_t e2;
          found = !generic && AgreementObject(b, head, &r, &e2);
          r.rule = "signed.object_relative";
        }
      }
    }
    if (!found && !s.passive && AnaphoricSignedObject(i, &r, &end)) {
      found = true;
      r.rule = "signed.anaphoric_object";
    }
    if (!found && !s.passive && AcronymObject(i, &r, &end)) {
      found = true;
      r.rule = "signed.acronym_object";
    }
    if (!found && !s.passive && ElidedObjectAfter(i)) {
      // "John Kerry signed on behalf of the United States": the document
      // the article is talking about.
      // "placing seals on equipment": only "sign" itself reaches back to an
      // agreement the sentence merely described
      found = ContextAgreement(i, &r, word.rfind("sign", 0) == 0);
      r.rule = "signed.elided_object";
      r.confidence = 0.7f;
    }
    if (!found) {
      Note(i, "no agreement as the object of '" + word + "'");
      return false;
    }
  }
  return FinishSigned(i, word, std::move(r), s, end, cend);
}

// The signers, co-signers and modality of a signing whose object is known.
bool Extractor::FinishSigned(size_t i, const std::string& word, Relation r, const Subjects& s,
                             size_t end, size_t cend) {
  if (s.entities.empty()) {
    // "A peace agreement was signed in Doha on Saturday.": nobody signs in
    // this sentence, but the agreement is now the one in view, for "A and B
    // put their names to it" after it. A relation without sources creates
    // the agreement and states no fact.
    if (r.target < 0 && r.new_target_name.empty() && !r.new_target_alias.empty() &&
        !GenericAgreement(r.new_target_alias)) {
      r.new_target_name = AgreementName(r.new_target_alias, {});
      r.sources.clear();
      r.counterparts.clear();
      out_->push_back(std::move(r));
    }
    Note(i, r.rule + ": no signer found");
    return false;
  }
  // "signed no agreement", "would never sign any deal": no agreement in
  // particular, so nothing was (or will be) signed
  if (r.target < 0 && GenericAgreement(r.new_target_alias)) {
    Note(i, r.rule + ": '" + r.new_target_alias + "' is no agreement in particular");
    return false;
  }
  // "signed a 25-year cooperation agreement, ... putting their names to the
  // document": "the document" is the agreement described before it.
  if (r.target < 0 && (r.new_target_alias == "document" || r.new_target_alias == "documents") &&
      end >= 2 && end <= t_.size() && IsDefinite(t_[end - 2].lower)) {
    Relation before = r;
    r.new_target_name.clear();
    if (!ContextAgreement(i, &r, true)) r = std::move(before);
  }
  // "signed the Abraham Accords, a first step towards ties with Israel": what
  // follows a comma describes the agreement and names no co-signer.
  size_t joined = JoinedToSign(i);
  if (joined) {
    // "joined Trump and Trudeau in Buenos Aires to sign": they sign too, and
    // the purpose clause of a past "joined" is no plan
    if (int a = AgentAt(joined + 1); a >= 0) {
      size_t e;
      r.counterparts = Coordinated(a, i, &e);
    }
    r.modality_override_asserted = true;
  }
  if (r.counterparts.empty()) r.counterparts = AlongWith(end);
  if (r.counterparts.empty() && (end >= t_.size() || t_[end].text != ","))
    r.counterparts = Counterparts(end, std::min(cend, end + 7));
  if (r.counterparts.empty()) r.counterparts = SoDidSigners(end);
  r.sources.clear();
  for (int e : s.entities) {
    bool member_group = false;
    for (const Mention& m : ms_)
      member_group = member_group || (m.entity == e && m.last <= i && InsideMembersOf(t_, m));
    if (!member_group) r.sources.push_back(e);
  }
  if (r.sources.empty()) {
    Note(i, r.rule + ": the signers are members of a group, not the group");
    return false;
  }
  if (r.target < 0 && LoneStatement(r)) {
    Note(i, r.rule + ": a statement with one signer states a position, it binds no one");
    return false;
  }
  r.last = static_cast<uint32_t>(end);  // where the object ends, for the check below
  DropPrivateContractSigners(&r);
  if (r.sources.empty()) {
    Note(i, r.rule + ": a private deal");
    return false;
  }
  if (r.target < 0 && r.new_target_name.empty()) {
    std::vector<int> parties = s.entities;
    parties.insert(parties.end(), r.counterparts.begin(), r.counterparts.end());
    r.new_target_name = AgreementName(r.new_target_alias, parties);
  }
  // "the agreement, to be signed by A and B next week": still to come
  if (i >= 2 && t_[i - 1].lower == "be" && t_[i - 2].lower == "to") r.modality_override_hypothetical = true;
  size_t before = out_->size();
  Finish(std::move(r), i, s, end);
  // "each set their pen to the treaty": the past "set" is the signing itself,
  // not the "set to" of a plan ("are set to sign" stays open); only cues
  // before it count
  if (out_->size() > before && out_->back().cue == "set" && i >= 3 && t_[i - 2].lower == "set" &&
      t_[i - 1].lower != "to") {
    Relation& last = out_->back();
    size_t cs = ClauseStart(t_, i, lex_);
    last.cue.clear();
    last.modality = ModalityFor(t_, cs, std::max(cs, s.end), i - 2, lex_, &last.cue);
  }
  // "has signed but not ratified": not ratifying says nothing about signing.
  if (word.rfind("ratif", 0) == 0 && out_->size() > before &&
      out_->back().modality == graph::Modality::kNegated) {
    Note(i, "a negated ratification is not a negated signing");
    out_->pop_back();
  }
  return true;
}

}  // namespace kg::ingest
