// The ingest pipeline: Article -> FindBody -> SplitSentences -> Tokenize ->
// FindMentions -> Coreference -> FindDates -> ExtractRelations ->
// DocumentFacts, the unit the store writes in one batch. This is the only
// file that chains the stages. Pure: no I/O, no store access.
#pragma once

#include <string>
#include <vector>

#include "graph/model.h"
#include "ingest/article.h"
#include "ingest/lexicon.h"

namespace kg::ingest {

struct LearnedCandidate;
struct LearnedModels;

struct PipelineOptions {
  // Record, sentence by sentence, the mentions found and which rule fired or
  // why none did (for kg explain). Default: false.
  bool trace = false;
  // The models that score the candidates the rules leave (learned_model.h);
  // LearnedModels::None() for the rules alone. Default: null, the embedded
  // models.
  const LearnedModels* learned = nullptr;
  // When not null, every learned candidate of the article, taken or not, is
  // appended here (kg train reads them). Default: null.
  std::vector<LearnedCandidate>* candidates = nullptr;
};

struct Extraction {
  graph::DocumentFacts facts;
  std::vector<std::string> rules;  // rule id of each fact, parallel to facts.facts
  std::vector<std::string> trace;  // explain lines when options.trace
  size_t sentences = 0;
};

// Extracts the actors and facts of one article. Never fails: an article with
// no recognisable prose yields a Document and no facts.
Extraction ExtractArticle(const Article& article, const Lexicon& lexicon,
                          const PipelineOptions& options = {});

// The four scored relations.
bool IsScoredRelation(const std::string& relation);

}  // namespace kg::ingest
