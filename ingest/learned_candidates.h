// Learned candidates: after the rules have run on a sentence, the pairs of
// mentions that could hold a fact the rules did not give (a person and a
// foreign place for `visited`; two states or armed groups around a weapon
// word for `supplies_arms_to`; an actor and an agreement or a suspendable
// thing around a signing or suspension word, learned_candidates_agreements.cc),
// each with named sparse features for
// LearnedModel. The same function serves training (kg train) and run time
// (the pipeline), so both see the same candidates. Pure.
#pragma once

#include <string>
#include <vector>

#include "graph/model.h"
#include "ingest/learned_model.h"
#include "ingest/relation_extractor.h"

namespace kg::ingest {

struct LearnedCandidate {
  std::string relation;            // one of kLearnedRelations
  int source = -1, target = -1;    // document entities; target -1 for a new thing
  int source_mention = -1, target_mention = -1;  // indices in the sentence's mentions
  // A target on no list, named by its words ("military cooperation", "a
  // defence pact"): target_mention is -1 and `thing` spans the words.
  std::string new_target_name;
  graph::NodeType new_target_type = graph::NodeType::kOther;
  Mention thing;
  uint32_t trigger = 0;            // token whose clause gives modality and date
  graph::Modality modality = graph::Modality::kAsserted;
  std::string cue;                 // the modality cue, if any
  // Some cue elsewhere in the sentence leaves it open or denies it while
  // the candidate's own clause reads as asserted: too unsure to assert.
  bool open_elsewhere = false;
  // The rules gave this pair: a training example only (what a fact looks
  // like), never scored at run time.
  bool ruled = false;
  std::vector<std::string> features;  // distinct
  double probability = 0.0;        // set by the scorer
};

// Appends the sentence's candidates to *out: every pair the model's
// relation admits that `rules` (the relations the rules found in this
// sentence) does not already give, one per pair of entities (its nearest
// mentions); with `with_ruled`, those the rules give too, marked `ruled`.
// With `only`, just the relations whose model there can take a candidate.
void FindLearnedCandidates(const SentenceInput& in, const DocumentContext& doc,
                           const std::vector<Relation>& rules, const Lexicon& lex,
                           bool with_ruled, std::vector<LearnedCandidate>* out,
                           const LearnedModels* only = nullptr);

// The candidate's target mention: the sentence's, or its own `thing`.
inline const Mention& TargetMention(const SentenceInput& in, const LearnedCandidate& c) {
  return c.target_mention >= 0 ? in.mentions[c.target_mention] : c.thing;
}

// Sets the candidate's modality from the clause of its trigger token (the
// source's words before the trigger excluded from the cue window), and
// whether a cue elsewhere in the sentence leaves it open while that clause
// reads asserted.
void SetCandidateModality(const SentenceInput& in, const Lexicon& lex, size_t trigger,
                          LearnedCandidate* c);

// Appends the signed and suspended candidates of the sentence
// (learned_candidates_agreements.cc), as FindLearnedCandidates does, with
// their modality (from the clause of the class word nearest the pair) and
// features.
void AgreementCandidates(const SentenceInput& in, const DocumentContext& doc,
                         const std::vector<Relation>& rules, const Lexicon& lex, bool with_ruled,
                         const LearnedModels* only, std::vector<LearnedCandidate>* out);

// Whether the sentence has an actor and a signing or suspension word for a
// relation whose model (with `only`) can take a candidate.
bool MayHoldAgreementPair(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                          const Lexicon& lex, const LearnedModels* only);

// Scores the candidates with `models` and appends a Relation (rule
// "<relation>.learned") for each whose probability reaches its model's
// threshold and whose modality is certain. When `trace` is not null, one
// line per scored candidate with its score and top features.
void AddLearnedRelations(const SentenceInput& in, const LearnedModels& models, const Lexicon& lex,
                         std::vector<LearnedCandidate>* candidates, std::vector<Relation>* out,
                         std::vector<std::string>* trace);

// A cheap gate before any candidate is sought: whether the sentence has a
// named person and a country or place, or two states around a weapon
// word (with `only`, for a relation whose model there can take one).
bool MayHoldLearnedPair(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                        const Lexicon& lex, const LearnedModels* only = nullptr);

// The pipeline's step: finds the sentence's candidates given the rules'
// relations in *relations, appends those the models take to *relations,
// and copies every candidate to *record when it is not null (with the
// pairs the rules gave, for training).
void LearnRelations(const SentenceInput& in, const DocumentContext& doc, const Lexicon& lex,
                    const LearnedModels& models, std::vector<Relation>* relations,
                    std::vector<LearnedCandidate>* record, std::vector<std::string>* trace);

}  // namespace kg::ingest
