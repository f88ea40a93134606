// The checks a visit's traveller passes, shared by every visit rule (through
// Extractor::Emit) and by the learned candidates (MayBeVisitor): not at home,
// on a dependency's soil included, no private or settled traveller, and for
// learned facts also named in full, with an office, in no clause of a life.
#include "ingest/clause.h"
#include "ingest/relation_extractor.h"
#include "ingest/relation_extractor_internal.h"

namespace kg::ingest {

bool Extractor::NoVisitorOf(int entity, int target) const {
  return CountryOf(entity) == target || OnOwnSoil(entity, target) || PrivateTraveller(entity) ||
         SettledTraveller(entity) || AtSeat(entity, target) || PostedThere(entity, target);
}

// True when `target` and the visitor's country are one country's soil: a
// French president in New Caledonia, a Danish prime minister in Greenland,
// Hong Kong's leader in Beijing (the lexicon's sovereigns of dependencies).
bool Extractor::OnOwnSoil(int entity, int target) const {
  auto soil = [&](int e) {
    if (e < 0 || static_cast<size_t>(e) >= doc_.entity_names.size()) return -1;
    return lex_.Soil(lex_.ActorByName(doc_.entity_names[e]));
  };
  int home = soil(doc_.TypeOf(entity) == graph::NodeType::kCountry ? entity : CountryOf(entity));
  return home >= 0 && home == soil(target);
}

bool Extractor::MayHaveVisited(int entity, int target, size_t place) const {
  // a person with no office (on no list with a role, no title in the text)
  // needs a rule's evidence: "Navalny was airlifted to Berlin"
  return !NoVisitorOf(entity, target) && NamedInFull(entity) && HasOffice(entity) &&
         !LifeClause(place) && !OtherSubjectBefore(place);
}

// True when an infinitive with its own subject opens between the clause's
// start and `place`: "X paid for him to fly from a holiday in Egypt" tells
// where he was, not X.
bool Extractor::OtherSubjectBefore(size_t place) const {
  for (size_t k = ClauseStart(t_, place, lex_); k + 2 < place; ++k)
    if (t_[k].lower == "for" && t_[k + 2].lower == "to" &&
        lex_.InSet("object_pronouns", t_[k + 1].lower))
      return true;
  return false;
}

// True when `entity` is a country with a sovereign ("Greenland").
bool Extractor::IsDependency(int entity) const {
  if (entity < 0 || static_cast<size_t>(entity) >= doc_.entity_names.size()) return false;
  int actor = lex_.ActorByName(doc_.entity_names[entity]);
  return actor >= 0 && lex_.Soil(actor) != actor;
}

bool MayBeVisitor(const SentenceInput& in, const DocumentContext& doc, const Lexicon& lexicon,
                  int entity, int target, size_t place) {
  std::vector<Relation> none;
  Extractor::Scratch scratch;
  return Extractor(in, doc, lexicon, &none, nullptr, &scratch).MayHaveVisited(entity, target, place);
}

}  // namespace kg::ingest
