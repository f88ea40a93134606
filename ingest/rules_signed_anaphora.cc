// Signings whose agreement was named before the words that sign it: an
// object that stands for it ("signed one with Turkey", "signed both",
// "signed a mirror text") and a subject set apart from its passive verb by a
// relative clause ("The treaty, which limits ..., was signed by A and B").
#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

bool Extractor::AnaphoricSignedObject(size_t i, Relation* r, size_t* end) const {
  size_t k = i + 1;
  if (k >= t_.size()) return false;
  const TokenWord& w = t_[k].lower;
  bool stands_for = false;
  if (w == "both" || w == "each" || w == "one") {
    // "signed one with Turkey", "signed both.": no noun of its own follows
    stands_for = k + 1 == t_.size() || !t_[k + 1].word ||
                 lex_.InSet("prepositions", t_[k + 1].lower) || t_[k + 1].lower == "too";
    ++k;
  } else if (IsDeterminer(w)) {
    // "a mirror text", "an identical copy", "the Russian version"
    size_t h = k + 1;
    while (h < t_.size() && h < k + 3 && !lex_.InSet("agreement_copy_nouns", t_[h].lower)) ++h;
    stands_for = h < t_.size() && lex_.InSet("agreement_copy_nouns", t_[h].lower);
    k = h + 1;
  }
  if (!stands_for) return false;
  Relation found;
  for (const Relation& before : *out_)
    if (before.relation == "signed" && before.trigger < i) found = before;
  if (found.target >= 0 || !found.new_target_name.empty()) {
    r->target = found.target;
    r->new_target_name = found.new_target_name;
    r->new_target_alias = found.new_target_alias;
    r->new_target_head = found.new_target_head;
    r->new_target_type = found.new_target_type;
  } else if (!ContextAgreement(i, r, false)) {
    return false;
  }
  *end = k;
  return true;
}

bool Extractor::SubjectPastRelative(size_t i, Relation* r, size_t* end) const {
  // back over the passive's auxiliary and adverbs to the comma closing the clause
  size_t k = i;
  while (k > 0 && k + 4 > i && t_[k - 1].text != ",") --k;
  if (k == 0 || t_[k - 1].text != ",") return false;
  size_t close = k - 1;
  for (size_t j = close; j > 1 && close - j < 30; --j) {
    const TokenWord& p = t_[j - 1].lower;
    if (p == "." || p == ";") return false;
    if (!(p == "which" || p == "that") || t_[j - 2].text != ",") continue;
    size_t comma = j - 2;
    size_t head = ClauseStart(t_, comma > 0 ? comma - 1 : 0, lex_);
    for (const Mention& m : ms_)
      if (m.first >= head && m.last <= comma && m.kind == MentionKind::kAgreement && m.entity >= 0) {
        r->target = m.entity;
        *end = i + 1;
        return true;
      }
    return AgreementObject(head, comma, r, end);
  }
  return false;
}

}  // namespace kg::ingest
