#include "ingest/learned_training.h"


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
      // a thing named by the candidate itself ("military cooperation") is
      // matched by the name the fact would create
      graph::EntityRecord thing;
      thing.name = c.new_target_name;
      thing.aliases = {c.new_target_name};
      const graph::EntityRecord& target = c.target >= 0 ? x.facts.entities[c.target] : thing;
      e.positive = GoldHolds(r, relation, graph::ModalityName(c.modality),
                             x.facts.entities[c.source], target);
      out.push_back(std::move(e));
      if (record_of) record_of->push_back(i);
    }
  }
  return out;
}

LearnedModels TrainModels(const std::vector<EvalRecord>& records, const Lexicon& lex,
                          const Thresholds& thresholds, const TrainOptions& options) {
  LearnedModels m;
  for (LearnedModel& model : m.by_relation) {
    std::string rel = model.relation;
    model = TrainLearnedModel(CollectExamples(records, rel, lex), rel, options);
    auto t = thresholds.find(rel);
    model.threshold = t == thresholds.end() ? 1.0 : t->second;
  }
  return m;
}

std::vector<CrossValidationRow> CrossValidate(const std::vector<EvalRecord>& records,
                                              const Lexicon& lex, int folds,
                                              const std::vector<Thresholds>& thresholds,
                                              EvalReport* rules_alone,
                                              const TrainOptions& options) {
  std::vector<CrossValidationRow> rows(thresholds.size());
  for (size_t k = 0; k < thresholds.size(); ++k) rows[k].thresholds = thresholds[k];
  PipelineOptions none;
  none.learned = &LearnedModels::None();
  *rules_alone = Evaluate(records, lex, none);
  for (int fold = 0; fold < folds; ++fold) {
    std::vector<EvalRecord> train, test;
    for (size_t i = 0; i < records.size(); ++i)
      (static_cast<int>(i % folds) == fold ? test : train).push_back(records[i]);
    LearnedModels m = TrainModels(train, lex, {}, options);
    for (CrossValidationRow& row : rows) {
      for (LearnedModel& model : m.by_relation) {
        auto t = row.thresholds.find(model.relation);
        model.threshold = t == row.thresholds.end() ? 1.0 : t->second;
      }
      PipelineOptions with;
      with.learned = &m;
      AddReport(Evaluate(test, lex, with), &row.report);
    }
  }
  return rows;
}

}  // namespace kg::ingest
