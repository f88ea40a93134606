// kg train: fit the learned models (one per relation) to annotated
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
  // --<relation>-threshold options; a threshold above 1 takes nothing, and
  // its model is not written (not shipped)
  ingest::Thresholds thresholds{
      {"visited", 0.8}, {"supplies_arms_to", 0.8}, {"signed", 2.0}, {"suspended", 2.0}};
  bool verbose = false;
  std::string dump;
  ingest::TrainOptions fit;
};

std::string Row(const std::string& name, const ingest::EvalReport& rep) {
  std::string out = name;
  char buf[64];
  std::vector<std::string> rels{""};
  for (std::string_view rel : ingest::kLearnedRelations) rels.emplace_back(rel);
  for (const std::string& rel : rels) {
    ingest::Counts c = !rel.empty() ? (rep.by_relation.count(rel) ? rep.by_relation.at(rel) : ingest::Counts())
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

int CrossValidate(const std::vector<ingest::EvalRecord>& records, int folds,
                  const ingest::Thresholds& chosen, bool verbose, const ingest::TrainOptions& fit) {
  std::vector<ingest::Thresholds> thresholds;
  for (double t : {0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95}) {
    ingest::Thresholds row;
    for (std::string_view rel : ingest::kLearnedRelations) row[std::string(rel)] = t;
    thresholds.push_back(row);
  }
  thresholds.push_back(chosen);  // the chosen ones, last
  for (std::string_view r : ingest::kLearnedRelations) {
    std::string rel(r);
    auto ex = ingest::CollectExamples(records, rel, ingest::Lexicon::Default());
    size_t pos = 0;
    for (const auto& e : ex) pos += e.positive;
    std::cout << rel << ": " << ex.size() << " candidates, " << pos << " positive\n";
  }
  ingest::EvalReport rules;
  auto rows = ingest::CrossValidate(records, ingest::Lexicon::Default(), folds, thresholds, &rules, fit);
  std::cout << "columns: overall, visited, supplies_arms_to, signed, suspended (correct/extracted)\n";
  std::cout << Row("rules         ", rules) << "\n";
  for (const auto& row : rows) {
    std::string name = "t=";
    for (std::string_view rel : ingest::kLearnedRelations) {
      char t[16];
      auto it = row.thresholds.find(std::string(rel));
      std::snprintf(t, sizeof t, "%s%.2f", name.size() > 2 ? "/" : "", it == row.thresholds.end() ? 1.0 : it->second);
      name += t;
    }
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
    for (std::string_view r : ingest::kLearnedRelations)
      for (const auto& e : ingest::CollectExamples(all, std::string(r), ingest::Lexicon::Default())) {
        text += std::string(r) + "\t" + (e.positive ? "1" : "0");
        for (const auto& f : e.features) text += "\t" + f;
        text += "\n";
      }
    Status s = Write(opts.dump, text);
    return s.ok() ? kExitOk : ReportError(s);
  }
  if (opts.folds > 1) return CrossValidate(all, opts.folds, opts.thresholds, opts.verbose, opts.fit);
  if (opts.out_dir.empty()) return ReportError(Status::InvalidArgument("--out-dir is required"), true);
  ingest::LearnedModels m = ingest::TrainModels(all, ingest::Lexicon::Default(), opts.thresholds, opts.fit);
  for (const ingest::LearnedModel& model : m.by_relation) {
    if (model.threshold > 1.0) continue;
    Status s = Write(opts.out_dir + "/model_" + model.relation + ".json", model.ToJson());
    if (!s.ok()) return ReportError(s);
    std::cout << model.relation << ": " << model.weights.size() << " features\n";
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
  sub->add_option("--visited-threshold", opts->thresholds["visited"], "probability a visit needs");
  sub->add_option("--arms-threshold", opts->thresholds["supplies_arms_to"],
                  "probability an arms fact needs");
  sub->add_option("--signed-threshold", opts->thresholds["signed"],
                  "probability a signing needs (default 2: none taken, no model written)");
  sub->add_option("--suspended-threshold", opts->thresholds["suspended"],
                  "probability a suspension needs (default 2: none taken, no model written)");
  sub->add_option("--epochs", opts->fit.epochs, "passes over the examples");
  sub->add_option("--l2", opts->fit.l2, "L2 penalty");
  sub->add_option("--min-count", opts->fit.min_count, "examples a feature needs to be kept");
  sub->add_option("--dump", opts->dump, "write the labelled candidates here (one a line), nothing else");
  sub->add_flag("--verbose,-v", opts->verbose,
                 "with --folds: the facts the models add or find at the chosen thresholds");
  sub->callback([opts, action] { *action = [opts] { return RunTrain(*opts); }; });
}

}  // namespace kg::tools
