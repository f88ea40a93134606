// Training and honest measurement of the learned models: examples come from
// annotated records (kg eval's format) by running the pipeline with no
// model, labelling each candidate by the gold with Evaluate's name
// matching; k-fold cross-validation trains on all folds but one and scores
// the rules plus the model on the one left out. Used by kg train.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "ingest/eval.h"
#include "ingest/learned_model.h"

namespace kg::ingest {

// The candidates of `relation` in the records, labelled positive when the
// record's gold holds a fact of that relation between their entities in
// the modality the candidate would be given: the model learns which facts
// would come out right, so a candidate whose modality the cues misread is
// a negative. The pairs the rules give are examples too (marked `ruled`
// in the candidate; the pipeline never scores them): they show the model
// what a told fact looks like in ordinary words, where the rules' leftovers
// alone are few and odd. *record_of, when not null, gets each example's
// record index.
std::vector<LearnedExample> CollectExamples(const std::vector<EvalRecord>& records,
                                            const std::string& relation, const Lexicon& lex,
                                            std::vector<size_t>* record_of = nullptr);

// A probability threshold per relation; a relation not listed gets 1.0.
using Thresholds = std::map<std::string, double>;

// Every relation of kLearnedRelations trained on `records`, with the given
// thresholds.
LearnedModels TrainModels(const std::vector<EvalRecord>& records, const Lexicon& lex,
                          const Thresholds& thresholds, const TrainOptions& options = {});

struct CrossValidationRow {
  Thresholds thresholds;
  EvalReport report;  // rules plus models, each record scored by the model not trained on it
};

// k-fold cross-validation by record (record i is in fold i % folds): one
// row per set of thresholds, plus the rules alone in *rules_alone.
std::vector<CrossValidationRow> CrossValidate(const std::vector<EvalRecord>& records,
                                              const Lexicon& lex, int folds,
                                              const std::vector<Thresholds>& thresholds,
                                              EvalReport* rules_alone,
                                              const TrainOptions& options = {});

}  // namespace kg::ingest
