// Modality: whether a mention asserts its fact, leaves it open (may, will,
// plans, possibility, threatened, if, once, accused of, an infinitive after a
// non-factive verb) or denies it (not, never, no longer, refused, denied).
// Used by ExtractRelations for every mention. Pure.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "graph/model.h"
#include "ingest/lexicon.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// Modality of the predicate at `trigger`, judged from the cue words in
// tokens[window_begin, trigger) and the word opening the clause at
// `clause_start`. Sets *cue to the deciding word (empty for asserted).
graph::Modality ModalityFor(const std::vector<Token>& tokens, size_t clause_start,
                            size_t window_begin, size_t trigger, const Lexicon& lexicon,
                            std::string* cue);

}  // namespace kg::ingest
