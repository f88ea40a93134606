// The features of a learned candidate (learned_candidates.h): named strings,
// so a model file reads as a list of what counts. Words and the lexicon's
// word classes between the two mentions and around each, the word before
// the target, the mention kinds, order and distance, whether the source is
// its clause's subject, the modality cue, and what the rules found in the
// sentence. Classes rather than words carry most weight, so that a synonym
// the training set never saw scores like its class. Pure.
#pragma once

#include <string>
#include <vector>

#include "ingest/learned_candidates.h"

namespace kg::ingest {

// The candidate's features, distinct and sorted. REQUIRES: c's mentions,
// trigger and modality are set.
std::vector<std::string> CandidateFeatures(const SentenceInput& in, const DocumentContext& doc,
                                           const std::vector<Relation>& rules, const Lexicon& lex,
                                           const LearnedCandidate& c);

}  // namespace kg::ingest
