// The supplies_arms_to relation corrected by what the sentence says of its
// outcome: "approved the sale of eight F-16s to Pakistan, but the jets were
// never delivered" is a supply that did not happen, not a plan; "voted to
// send Kyiv 100 carriers" is a decision, a plan until the weapons arrive.
#include "ingest/relation_extractor_internal.h"

namespace kg::ingest {

// Whether tokens from `from` to the sentence's end say the weapons never
// arrived: "never" or "not" right before a verb of delivery
// (`delivery_outcome_verbs`), in a clause joined by "but" or "and".
bool Extractor::NeverArrivedAfter(size_t from) const {
  bool joined = false;
  for (size_t k = from; k + 1 < t_.size(); ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "but" || w == "and" || w == "though" || w == "although") joined = true;
    if (!joined || (w != "never" && w != "not")) continue;
    for (size_t j = k + 1; j < t_.size() && j < k + 3; ++j)
      if (lex_.InSet("delivery_outcome_verbs", t_[j].lower)) return true;
  }
  return false;
}

// Whether the supply verb at `verb` is the infinitive of a decision:
// "voted to send", "decided to supply", "the decision to deliver".
bool Extractor::DecidedSupply(size_t verb) const {
  return verb >= 2 && t_[verb - 1].lower == "to" && lex_.InSet("decision_words", t_[verb - 2].lower);
}

// Planned supplies of this sentence whose weapons it says never arrived
// become negated: the outcome supersedes the plan. Decided ones are plans.
void Extractor::SupplyOutcomes() {
  for (Relation& r : *out_) {
    if (r.relation != "supplies_arms_to") continue;
    if (r.modality == graph::Modality::kAsserted && DecidedSupply(r.trigger)) {
      r.modality = graph::Modality::kHypothetical;
      r.cue = t_[r.trigger - 2].lower;
      Note(r.trigger, "a decision to supply: a plan until the weapons arrive");
    }
    if (r.modality != graph::Modality::kHypothetical) continue;
    if (!NeverArrivedAfter(r.last)) continue;
    r.modality = graph::Modality::kNegated;
    r.cue = "never";
    Note(r.trigger, "a plan whose weapons never arrived: negated");
  }
}

}  // namespace kg::ingest
