// kg train: fit the learned models (visited, supplies_arms_to) to annotated
// JSONL records and write them as JSON, or with --folds report k-fold
// cross-validated precision and recall for a range of thresholds.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <set>

#include "ingest/learned_training.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

struct TrainCommandOptions {
  std::vector<std::string> files;
  std::string out_dir;
  int folds = 0;
  double visited_threshold = 0.8;
  double arms_threshold = 0.8;
  bool verbose = false;
  std::string dump;
  ingest::TrainOptions fit;
};

std::string Row(const std::string& name, const ingest::EvalReport& rep) {
  std::string out = name;
  char buf[64];
  for (const char* rel : {"", "visited", "supplies_arms_to"}) {
    ingest::Counts c = *rel ? (rep.by_relation.count(rel) ? rep.by_relation.at(rel) : ingest::Counts())
                            : rep.overall;
    std::snprintf(buf, sizeof buf, "  P=%.3f R=%.3f (%zu/%zu)", c.Precision(), c.Recall(),
                  c.correct, c.extracted);
    out += buf;
  }
  return out;
}

// The cross-validated extras and misses the models change.
void PrintChanges(const ingest::EvalReport& rules, const ingest::EvalReport& with) {
  std::set<std::string> before(rules.extras.begin(), rules.extras.end());
  for (const auto& e : with.extras)
    if (!before.count(e)) std::cout << "EXTRA " << e << "\n";
  std::set<std::string> after(with.misses.begin(), with.misses.end());
  for (const auto& m : rules.misses)
    if (!after.count(m)) std::cout << "FOUND " << m << "\n";
}

int CrossValidate(const std::vector<ingest::EvalRecord>& records, int folds, double visited_at,
                  double arms_at, bool verbose, const ingest::TrainOptions& fit) {
  std::vector<std::pair<double, double>> thresholds;
  for (double t : {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) thresholds.emplace_back(t, t);
  thresholds.emplace_back(visited_at, arms_at);  // the chosen pair, last
  for (const char* rel : {"visited", "supplies_arms_to"}) {
    auto ex = ingest::CollectExamples(records, rel, ingest::Lexicon::Default());
    size_t pos = 0;
    for (const auto& e : ex) pos += e.positive;
    std::cout << rel << ": " << ex.size() << " candidates, " << pos << " positive\n";
  }
  ingest::EvalReport rules;
  auto rows = ingest::CrossValidate(records, ingest::Lexicon::Default(), folds, thresholds, &rules, fit);
  std::cout << "columns: overall, visited, supplies_arms_to (correct/extracted)\n";
  std::cout << Row("rules         ", rules) << "\n";
  for (const auto& row : rows) {
    char name[40];
    std::snprintf(name, sizeof name, "t=%.2f/%.2f   ", row.visited_threshold, row.arms_threshold);
    std::cout << Row(name, row.report) << "\n";
  }
  if (verbose) PrintChanges(rules, rows.back().report);
  return kExitOk;
}

Status Write(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  return out ? Status::OK() : Status::IOError("cannot write " + path);
}

int RunTrain(const TrainCommandOptions& opts) {
  auto records = ingest::LoadEvalRecords(opts.files);
  if (!records.ok()) return ReportError(records.status());
  const std::vector<ingest::EvalRecord>& all = *records;
  if (!opts.dump.empty()) {
    std::string text;
    for (const char* rel : {"visited", "supplies_arms_to"})
      for (const auto& e : ingest::CollectExamples(all, rel, ingest::Lexicon::Default())) {
        text += std::string(rel) + "\t" + (e.positive ? "1" : "0");
        for (const auto& f : e.features) text += "\t" + f;
        text += "\n";
      }
    Status s = Write(opts.dump, text);
    return s.ok() ? kExitOk : ReportError(s);
  }
  if (opts.folds > 1) return CrossValidate(all, opts.folds, opts.visited_threshold, opts.arms_threshold, opts.verbose,
                                              opts.fit);
  if (opts.out_dir.empty()) return ReportError(Status::InvalidArgument("--out-dir is required"), true);
  ingest::LearnedModels m = ingest::TrainModels(all, ingest::Lexicon::Default(),
                                                opts.visited_threshold, opts.arms_threshold, opts.fit);
  for (const ingest::LearnedModel* model : {&m.visited, &m.arms}) {
    Status s = Write(opts.out_dir + "/model_" + model->relation + ".json", model->ToJson());
    if (!s.ok()) return ReportError(s);
    std::cout << model->relation << ": " << model->weights.size() << " features\n";
  }
  return kExitOk;
}

}  // namespace

void AddTrainCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<TrainCommandOptions>();
  CLI::App* sub = app.add_subcommand("train", "fit the learned candidate models to annotated records");
  sub->add_option("files", opts->files, "dev-set JSONL files")->required();
  sub->add_option("--out-dir", opts->out_dir, "write model_<relation>.json here");
  sub->add_option("--folds", opts->folds, "cross-validate with this many folds instead");
  sub->add_option("--visited-threshold", opts->visited_threshold, "probability a visit needs");
  sub->add_option("--arms-threshold", opts->arms_threshold, "probability an arms fact needs");
  sub->add_option("--epochs", opts->fit.epochs, "passes over the examples");
  sub->add_option("--l2", opts->fit.l2, "L2 penalty");
  sub->add_option("--min-count", opts->fit.min_count, "examples a feature needs to be kept");
  sub->add_option("--dump", opts->dump, "write the labelled candidates here (one a line), nothing else");
  sub->add_flag("--verbose,-v", opts->verbose,
                 "with --folds: the facts the models add or find at the chosen thresholds");
  sub->callback([opts, action] { *action = [opts] { return RunTrain(*opts); }; });
}

}  // namespace kg::tools
