// "Russia suspended the treaty on Saturday, a day after Washington did the
// same": a fact told again for another subject by "did the same" repeats
// the sentence's last fact with that subject (its own date and modality).
#include "ingest/relation_extractor_internal.h"

namespace kg::ingest {

bool Extractor::DidTheSame(size_t i) {
  if (i + 2 >= t_.size() || !lex_.InSet("same_verbs", t_[i].lower) || t_[i + 1].lower != "the" ||
      t_[i + 2].lower != "same")
    return false;
  // "did the same with its security cooperation": another object, not the same fact
  if (i + 3 < t_.size() && (t_[i + 3].lower == "with" || t_[i + 3].lower == "for")) return false;
  const Relation* last = nullptr;
  for (const Relation& r : *out_)
    if (r.trigger < i) last = &r;
  if (last == nullptr) return false;
  Subjects s = SubjectsFor(i);
  if (s.entities.empty()) return false;
  Relation r = *last;
  r.rule = r.relation + ".did_the_same";
  r.sources = s.entities;
  r.cue.clear();
  r.counterparts.clear();
  r.modality_override = r.modality_override_asserted = r.modality_override_hypothetical = false;
  Finish(std::move(r), i, s, i + 3);
  return true;
}

}  // namespace kg::ingest
