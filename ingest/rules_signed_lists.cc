// The signed relation told by a list of signers after the agreement: "the
// accord bears the signatures of A, B and C", "signatories of X include A
// and B", "Among those who put their names to X were A and B", and
// co-signers after "and so did", and the parties of a passive's subject
// ("an agreement between A and B is expected to be signed") or of the
// sentence's opening list ("A and B initialled the text, but it has yet to
// be signed"); called from rules_signed.cc.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

namespace {

// "Among those who put their names to": the sentence opens with "Among".
bool OpensWithAmong(const std::vector<Token>& t, size_t i) {
  for (size_t k = 0; k < i && k < 3; ++k)
    if (t[k].lower == "among") return true;
  return false;
}

}  // namespace

// The first token of a list of actors that a verb of inclusion or a copula
// after `from` introduces ("include Bahrain and the UAE", "were Israel and
// the United States"), or SIZE_MAX. A copula followed by anything else ("it
// was open for signature") is passed over.
size_t Extractor::ListAfterCopula(size_t from) const {
  for (size_t k = from; k + 1 < t_.size() && k < from + 16; ++k) {
    if (t_[k].text == ";" || t_[k].text == "." || t_[k].lower == "but") break;
    if (!lex_.InSet("signer_list_verbs", t_[k].lower)) continue;
    if (AgentAt(k + 1) >= 0) return k + 1;
  }
  return SIZE_MAX;
}

// "The accord bears the signatures of A, B and C": the subject of the
// bearing verb is the agreement (or the one in view when it is a bare "the
// accord"), the list after "of" its signers.
bool Extractor::BorneSignatures(size_t i, Relation* r, size_t* list) const {
  if (i < 2 || i + 2 >= t_.size() || t_[i + 1].lower != "of" || !IsDefinite(t_[i - 1].lower) ||
      !lex_.InSet("signature_bear_verbs", t_[i - 2].lower))
    return false;
  size_t cs = ClauseStart(t_, i, lex_);
  size_t e;
  bool found = false;
  for (const Mention& m : ms_)
    if (m.first >= cs && m.last <= i - 2 && m.kind == MentionKind::kAgreement && m.entity >= 0) {
      r->target = m.entity;
      found = true;
    }
  if (!found) found = AgreementObject(cs, i - 2, r, &e);
  bool bare = cs + 2 == i - 2 && IsDefinite(t_[cs].lower);  // "The accord bears"
  if (bare) {
    Relation in_view = *r;
    in_view.new_target_name.clear();
    if (ContextAgreement(cs, &in_view, true)) *r = std::move(in_view);
  }
  if (!found) return false;
  *list = i + 2;
  return true;
}

// Signers named in a list after the agreement: see the file comment.
bool Extractor::ListedSigners(size_t i) {
  const TokenWord& word = t_[i].lower;
  Relation r;
  r.relation = "signed";
  size_t end = i + 1;
  size_t list = SIZE_MAX;
  bool signature = word == "signature" || word == "signatures";
  // "the truce carries the names of A and B": names borne are signatures
  bool names = word == "names" || word == "name";
  if ((signature || names) && BorneSignatures(i, &r, &list)) {
    r.rule = "signed.borne_signatures";
  } else if (signature && PutSignaturesBy(i, &r, &end, &list)) {
    r.rule = "signed.signatures_put_by";
  } else if (i + 2 < t_.size() && (t_[i + 1].lower == "of" || t_[i + 1].lower == "to") &&
             (word == "signatories" || (OpensWithAmong(t_, i) && t_[i + 1].lower == "to" &&
                                        (signature || word == "names" || word == "name")))) {
    if (!AgreementObject(i + 2, t_.size(), &r, &end)) return false;
    list = ListAfterCopula(end);
    r.rule = "signed.listed_signatories";
  }
  if (list == SIZE_MAX) return false;
  int a = AgentAt(list);
  if (a < 0) return false;
  Subjects s;
  size_t list_end;
  s.entities = Coordinated(a, t_.size(), &list_end);
  AddLaterAgents(list_end, &s.entities);  // "by A in London and by B"
  s.end = ClauseStart(t_, i, lex_);
  s.how = "signers listed after the agreement";
  r.confidence = 0.75f;
  return FinishSigned(i, word, std::move(r), s, std::max(end, list_end), list_end);
}

// "Sisi signed the declaration, and so did Bashir and Hailemariam": the
// actors after "so did" / "as did" sign it too. Empty when none follow.
std::vector<int> Extractor::SoDidSigners(size_t from) const {
  for (size_t k = from; k + 2 < t_.size() && k < from + 14; ++k) {
    if (t_[k].text == ";" || t_[k].text == ".") break;
    if ((t_[k].lower != "so" && t_[k].lower != "as") || t_[k + 1].lower != "did") continue;
    if (t_[k - 1].lower != "and" && t_[k - 1].text != ",") continue;
    int a = AgentAt(k + 2);
    if (a < 0) return {};
    size_t e;
    return Coordinated(a, t_.size(), &e);
  }
  return {};
}

// "A defence agreement between Japan and the Philippines is expected to
// be signed", "The deal between A and B was signed on Monday": a passive
// with no agent whose subject names the agreement and, after "between",
// its parties.
bool Extractor::BetweenPartiesPassive(size_t i, Relation* r, Subjects* s, size_t* end) const {
  if (i < 4 || (!IsBeForm(t_[i - 1].lower) && t_[i - 1].lower != "been")) return false;
  if (i + 2 < t_.size() && t_[i + 1].lower == "by" && AgentAt(i + 2) >= 0) return false;  // the agents
  size_t cs = ClauseStart(t_, i, lex_);
  for (size_t k = cs + 1; k + 1 < i; ++k) {
    if (t_[k].lower != "between" || !lex_.InSet("agreement_heads", t_[k - 1].lower)) continue;
    int a = AgentAt(k + 1);
    if (a < 0) return false;
    size_t b = k - 1;
    while (b > cs && !IsDeterminer(t_[b - 1].lower) && MentionAt(b - 1) < 0 && k - b < 6) --b;
    if (b > cs && IsDeterminer(t_[b - 1].lower)) --b;
    size_t e;
    if (!AgreementObject(b, k, r, &e)) return false;
    s->entities = Coordinated(a, i, &e);
    s->end = cs;
    s->passive = true;
    s->how = "parties after 'between' in a passive's subject";
    *end = i + 1;
    return true;
  }
  return false;
}

// "Armenia and Azerbaijan initialled the text of a peace agreement, but it
// has yet to be signed", "..., although Baku insisted ... before the
// document could be signed": a passive with no agent whose subject is
// "it" or "the document / pact / text" stands for the agreement in view,
// and the list of actors opening the sentence are its parties.
bool Extractor::AgentlessPassiveParties(size_t i, Relation* r, Subjects* s, size_t* end) const {
  if (i < 3 || (!IsBeForm(t_[i - 1].lower) && t_[i - 1].lower != "been")) return false;
  if (i + 2 < t_.size() && t_[i + 1].lower == "by") return false;
  size_t j = i - 1;
  while (j > 0 && i - j < 7 && lex_.InSet("passive_chain_words", t_[j - 1].lower)) --j;
  if (j == 0) return false;
  const TokenWord& subj = t_[j - 1].lower;
  bool pronoun = subj == "it";
  bool described = j >= 2 && IsDefinite(t_[j - 2].lower) && lex_.InSet("agreement_heads", subj);
  if (!pronoun && !described) return false;
  size_t first = 0;
  while (first < 3 && first < t_.size() && AgentAt(first) < 0) ++first;
  int a = first < 3 ? AgentAt(first) : -1;
  if (a < 0) return false;
  size_t list_end;
  std::vector<int> parties = Coordinated(a, j - 1, &list_end);
  if (parties.size() < 2) return false;
  Relation in_view = *r;
  if (!ContextAgreement(pronoun ? j - 1 : j - 2, &in_view, true)) return false;  // not "the document" itself
  *r = std::move(in_view);
  s->entities = std::move(parties);
  s->end = pronoun ? j - 1 : j - 2;
  s->passive = false;
  s->how = "the sentence's opening list for an agreement signed without agents";
  *end = i + 1;
  return true;
}

// "Signatures were put to the Chagos agreement on Thursday by A in London
// and by B": the passive of "put their signatures to"; `list` is the
// first agent after "by".
bool Extractor::PutSignaturesBy(size_t i, Relation* r, size_t* end, size_t* list) const {
  if (i + 4 >= t_.size() || !IsBeForm(t_[i + 1].lower) || !lex_.InSet("signature_put_verbs", t_[i + 2].lower) ||
      t_[i + 3].lower != "to" || !AgreementObject(i + 4, t_.size(), r, end))
    return false;
  for (size_t k = *end; k + 1 < t_.size() && k < *end + 8; ++k) {
    if (t_[k].text == ";" || t_[k].text == ".") break;
    if (t_[k].lower == "by" && AgentAt(k + 1) >= 0) {
      *list = k + 1;
      return true;
    }
  }
  return false;
}

}  // namespace kg::ingest
