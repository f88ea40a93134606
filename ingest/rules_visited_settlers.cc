// Settlers are no visitors: "Edward Snowden, who flew to Moscow in 2013 and
// has lived there since", a defector or an exile whose journey is a move.
// Part of the visit rules; the finishing step drops such a traveller.
#include "ingest/relation_extractor_internal.h"

namespace kg::ingest {

// True when `entity` holds no office and its sentence tells a settled life
// abroad (`settler_words`: "settled", "defected", "asylum", "citizenship",
// "exile"; or "has / had / have lived", "lived there", "years ago").
bool Extractor::SettledTraveller(int entity) const {
  if (!EntityIsPerson(entity) || HasOffice(entity)) return false;
  for (size_t k = 0; k < t_.size(); ++k) {
    const TokenWord& w = t_[k].lower;
    if (lex_.InSet("settler_words", w)) return true;
    // "after arriving in London 13 years ago, he feels": a private
    // person's arrival long ago is a move
    if (w == "ago" && k > 0 && (t_[k - 1].lower == "years" || t_[k - 1].lower == "decades")) return true;
    if (w != "lived" && w != "living") continue;
    if (k > 0 && (t_[k - 1].lower == "has" || t_[k - 1].lower == "had" || t_[k - 1].lower == "have" ||
                  t_[k - 1].lower == "been"))
      return true;
    if (k + 1 < t_.size() && t_[k + 1].lower == "there") return true;
  }
  return false;
}

}  // namespace kg::ingest
