// LearnedModel: an L2-regularised logistic regression over named sparse
// features, scoring candidate facts the rules did not find (see
// learned_candidates.h). The weights are data: JSON under ingest/data/,
// embedded like the other dictionaries and written by TrainLearnedModel
// (kg train). Pure; no I/O.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "graph/status.h"

namespace kg::ingest {

// One training example: the features of a candidate and whether the gold
// holds its fact.
struct LearnedExample {
  std::vector<std::string> features;
  bool positive = false;
};

struct TrainOptions {
  // Passes over the examples, always in their given order. Default: 30.
  int epochs = 30;
  // Step size of the first pass; pass e uses rate / (1 + e / 4). Default: 0.2.
  double rate = 0.2;
  // L2 penalty, applied to the weights of the features an example has.
  // Default: 0.001.
  double l2 = 0.001;
  // Features seen in fewer training examples are dropped: one sentence's
  // words teach nothing general. Default: 3.
  int min_count = 3;
  // Weights smaller than this in magnitude are not kept. Default: 0.02.
  double prune = 0.02;
};

// Thread safety: immutable after construction or Parse; safe to share.
class LearnedModel {
 public:
  std::string relation;    // one of kLearnedRelations
  double threshold = 1.0;  // probability a candidate needs to become a fact
  double bias = 0.0;
  std::unordered_map<std::string, double> weights;

  bool empty() const { return weights.empty(); }
  // Whether some candidate can pass: weights to score with and a threshold
  // a probability can reach.
  bool CanTake() const { return !empty() && threshold <= 1.0; }
  // The probability that the candidate with these features is a fact.
  // REQUIRES: the features are distinct (as the candidate finder gives them).
  double Probability(const std::vector<std::string>& features) const;
  // The features of a candidate with the largest contributions, strongest
  // first: (feature, weight), at most n.
  std::vector<std::pair<std::string, double>> TopFeatures(const std::vector<std::string>& features,
                                                          size_t n) const;
  // JSON text: {"relation", "threshold", "bias", "weights": {feature: w}}
  // with the features sorted, so retraining gives a byte-identical file.
  std::string ToJson() const;
  // Parses ToJson's format; Corruption on anything else.
  static Result<LearnedModel> Parse(std::string_view json);
};

// Fits a model to `examples` by stochastic gradient descent in the given
// order: deterministic for the same examples and options.
LearnedModel TrainLearnedModel(const std::vector<LearnedExample>& examples,
                               const std::string& relation, const TrainOptions& options = {});

// The relations a learned model may add facts of, in the order the models
// are trained and listed.
inline constexpr std::string_view kLearnedRelations[] = {"visited", "supplies_arms_to", "signed",
                                                         "suspended"};

// The models the extractor ships with, one per relation of
// kLearnedRelations (an absent or empty model scores nothing). Thread
// safety: immutable; safe to share.
struct LearnedModels {
  LearnedModels();
  std::vector<LearnedModel> by_relation;  // in kLearnedRelations order
  // The relation's model; null for a relation no model serves.
  const LearnedModel* For(std::string_view relation) const;
  LearnedModel* For(std::string_view relation);
  // Whether the relation's model can take some candidate.
  bool CanTake(std::string_view relation) const {
    const LearnedModel* m = For(relation);
    return m && m->CanTake();
  }
  // The embedded models (ingest/data/model_*.json); aborts if they are broken.
  static const LearnedModels& Default();
  // No model: the rules alone.
  static const LearnedModels& None();
};

}  // namespace kg::ingest
