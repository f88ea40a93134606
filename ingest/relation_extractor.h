// ExtractRelations: one sentence's tokens and resolved mentions -> Relations
// of the four kinds (signed, suspended, visited, supplies_arms_to), each with
// its sources, target, modality, date and rule. Clause rules over verb forms
// and nominalisations, passive voice, coordinated subjects and predicates,
// appositions, possessives and pronouns. Sixth stage of the pipeline. Pure:
// new agreements and things come back as names for the caller to create.
#pragma once

#include <string>
#include <vector>

#include "ingest/date_finder.h"
#include "ingest/lexicon.h"
#include "ingest/mention.h"
#include "ingest/relation.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// What the extractor needs to know about the document so far.
struct DocumentContext {
  int last_agreement = -1;                 // entity of the last agreement mentioned
  std::vector<std::string> entity_names;   // canonical names by entity
  std::vector<graph::NodeType> entity_types;  // node type by entity
  std::vector<int> country_of;             // person entity -> country entity (or -1)
  int last_arms_recipient = -1;            // recipient of arms in this or the previous sentence
  int place_in_view = -1;                  // the last place of the previous sentence (entity)

  // The entity's node type (kOther for none); a person's country (or -1).
  graph::NodeType TypeOf(int entity) const {
    return entity >= 0 && static_cast<size_t>(entity) < entity_types.size() ? entity_types[entity]
                                                                             : graph::NodeType::kOther;
  }
  int CountryOf(int entity) const {
    return entity >= 0 && static_cast<size_t>(entity) < country_of.size() ? country_of[entity] : -1;
  }
};

struct SentenceInput {
  const std::vector<Token>& tokens;
  const std::vector<Mention>& mentions;
  const std::vector<DateSpan>& dates;
};

// Appends the sentence's relations to *out and, when `trace` is not null,
// one line per trigger saying which rule fired or why none did.
void ExtractRelations(const SentenceInput& in, const DocumentContext& doc,
                      const Lexicon& lexicon, std::vector<Relation>* out,
                      std::vector<std::string>* trace);

// Whether `entity` may have visited `target`, named at token `place`, by
// what the sentence says of the person: not the own country, no private or
// settled traveller, no body or official at its own seat, no envoy posted
// there (the checks every visit rule applies), named in full rather than by
// a bare surname anyone may bear, and not in a clause telling where the
// person was born, lived or studied. For facts found another way (learned
// candidates).
bool MayBeVisitor(const SentenceInput& in, const DocumentContext& doc, const Lexicon& lexicon,
                  int entity, int target, size_t place);

}  // namespace kg::ingest
