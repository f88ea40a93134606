// Settlers are no visitors: "Edward Snowden, who flew to Moscow in 2013 and
// has lived there since", a defector or an exile whose journey is a move;
// nor is a body, or its official, at the body's seat ("UN chief Guterres
// told reporters in New York"). Part of the visit rules; the finishing
// step drops such a traveller.
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

// True when `entity` is a body with a listed seat in `target`, or a person
// whose country is such a body ("UN chief Guterres ... in New York").
bool Extractor::AtSeat(int entity, int target) const {
  int body = EntityIsPerson(entity) ? CountryOf(entity) : entity;
  if (body < 0 || target < 0 || static_cast<size_t>(body) >= doc_.entity_names.size() ||
      static_cast<size_t>(target) >= doc_.entity_names.size() ||
      doc_.entity_types[body] == graph::NodeType::kCountry)
    return false;
  int actor = lex_.ActorByName(doc_.entity_names[body]);
  if (actor < 0) return false;
  int seat = lex_.actors()[actor].country;
  return seat >= 0 && lex_.actors()[seat].name == doc_.entity_names[target];
}

// "The EU's ambassador to Kyiv, Katarina Mathernova, attended a ceremony
// in Kyiv": an ambassador or consul posted to the very place is at work
// there, whichever wording tells it (one posted elsewhere still travels).
bool Extractor::PostedThere(int entity, int target) const {
  for (const Mention& m : ms_) {
    if (m.entity != entity) continue;
    size_t from = m.first > 6 ? m.first - 6 : 0;
    for (size_t k = from; k + 2 < t_.size() && k < static_cast<size_t>(m.last) + 6; ++k) {
      const TokenWord& w = t_[k].lower;
      // (not "envoy": a special envoy to Ukraine travels to Kyiv)
      if (!lex_.InSet("visit_resident_titles", w)) continue;
      const TokenWord& p = t_[k + 1].lower;
      if (p != "to" && p != "in" && p != "at") continue;
      size_t at = t_[k + 2].lower == "the" ? k + 3 : k + 2;
      if (at >= t_.size()) continue;
      int place = MentionAt(at);
      if (place >= 0 && ms_[place].entity == target) return true;
      // the title may have taken the place into itself ("envoy to Kyiv")
      const std::vector<GazetteerEntry>* entries = place < 0 ? lex_.Find(t_[at].lower) : nullptr;
      for (size_t n = 0; entries && n < entries->size(); ++n)
        if ((*entries)[n].kind != EntryKind::kAdjective &&
            lex_.actors()[(*entries)[n].actor].name == doc_.entity_names[target])
          return true;
    }
  }
  return false;
}

}  // namespace kg::ingest
