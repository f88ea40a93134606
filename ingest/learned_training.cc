#include "ingest/learned_training.h"

#include <tuple>

#include "ingest/article.h"
#include "ingest/learned_candidates.h"
#include "ingest/pipeline.h"

namespace kg::ingest {
namespace {

bool GoldHolds(const EvalRecord& r, const std::string& relation, std::string_view modality,
               const graph::EntityRecord& source, const graph::EntityRecord& target) {
  for (const GoldFact& g : r.facts)
    if (g.relation == relation && g.modality == modality && !g.must_not_assert &&
        NamesMatch(source, g.source) && NamesMatch(target, g.target))
      return true;
  return false;
}

// Adds counts of `b` into `a`.
void AddReport(const EvalReport& b, EvalReport* a) {
  auto add = [](const Counts& y, Counts* x) {
    x->extracted += y.extracted;
    x->correct += y.correct;
    x->gold += y.gold;
    x->found += y.found;
  };
  for (const auto& [rel, c] : b.by_relation) add(c, &a->by_relation[rel]);
  add(b.overall, &a->overall);
  a->records += b.records;
  a->dated += b.dated;
  a->dates_right += b.dates_right;
  a->misses.insert(a->misses.end(), b.misses.begin(), b.misses.end());
  a->extras.insert(a->extras.end(), b.extras.begin(), b.extras.end());
}

}  // namespace

std::vector<LearnedExample> CollectExamples(const std::vector<EvalRecord>& records,
                                            const std::string& relation, const Lexicon& lex,
                                            std::vector<size_t>* record_of) {
  std::vector<LearnedExample> out;
  for (size_t i = 0; i < records.size(); ++i) {
    const EvalRecord& r = records[i];
    Article a;
    a.text = r.text;
    a.date = r.date;
    a.source = r.id;
    std::vector<LearnedCandidate> candidates;
    PipelineOptions options;
    options.learned = &LearnedModels::None();
    options.candidates = &candidates;
    Extraction x = ExtractArticle(a, lex, options);
    for (LearnedCandidate& c : candidates) {
      if (c.relation != relation) continue;
      LearnedExample e;
      e.features = std::move(c.features);
      e.positive = GoldHolds(r, relation, graph::ModalityName(c.modality),
                             x.facts.entities[c.source], x.facts.entities[c.target]);
      out.push_back(std::move(e));
      if (record_of) record_of->push_back(i);
    }
  }
  return out;
}

LearnedModels TrainModels(const std::vector<EvalRecord>& records, const Lexicon& lex,
                          double visited_threshold, double arms_threshold,
                          const TrainOptions& options) {
  LearnedModels m;
  m.visited = TrainLearnedModel(CollectExamples(records, "visited", lex), "visited", options);
  m.visited.threshold = visited_threshold;
  m.arms = TrainLearnedModel(CollectExamples(records, "supplies_arms_to", lex), "supplies_arms_to",
                             options);
  m.arms.threshold = arms_threshold;
  return m;
}

std::vector<CrossValidationRow> CrossValidate(const std::vector<EvalRecord>& records,
                                              const Lexicon& lex, int folds,
                                              const std::vector<std::pair<double, double>>& thresholds,
                                              EvalReport* rules_alone,
                                              const TrainOptions& options) {
  std::vector<CrossValidationRow> rows(thresholds.size());
  for (size_t k = 0; k < thresholds.size(); ++k)
    std::tie(rows[k].visited_threshold, rows[k].arms_threshold) = thresholds[k];
  PipelineOptions none;
  none.learned = &LearnedModels::None();
  *rules_alone = Evaluate(records, lex, none);
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<EvalRecord> train, test;
    for (size_t i = 0; i < records.size(); ++i)
      (static_cast<int>(i % folds) == fold ? test : train).push_back(records[i]);
    LearnedModels m = TrainModels(train, lex, 1.0, 1.0, options);
    for (CrossValidationRow& row : rows) {
      m.visited.threshold = row.visited_threshold;
      m.arms.threshold = row.arms_threshold;
      PipelineOptions with;
      with.learned = &m;
      AddReport(Evaluate(test, lex, with), &row.report);
    }
  }
  return rows;
}

}  // namespace kg::ingest
