// kg eval: score the extractor on annotated JSONL records (our development
// set, or PLOVER-style relation records): precision, recall and F1 per
// relation; exit 1 below --min-precision / --min-recall.
#include <iostream>

#include "ingest/eval.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

struct EvalOptions {
  std::vector<std::string> files;
  double min_precision = 0.0;
  double min_recall = 0.0;
  bool verbose = false;
};

int RunEval(const EvalOptions& opts) {
  auto records = ingest::LoadEvalRecords(opts.files);
  if (!records.ok()) return ReportError(records.status());
  ingest::EvalReport rep = ingest::Evaluate(*records, ingest::Lexicon::Default());
  ingest::PrintReport(rep, opts.verbose, std::cout);
  if (rep.overall.Precision() < opts.min_precision || rep.overall.Recall() < opts.min_recall) {
    std::cerr << "kg: eval: below the required precision/recall\n";
    return kExitError;
  }
  return kExitOk;
}

}  // namespace

void AddEvalCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<EvalOptions>();
  CLI::App* sub = app.add_subcommand("eval", "score the extractor on annotated JSONL records");
  sub->add_option("files", opts->files, "dev-set or PLOVER relation JSONL files")->required();
  sub->add_option("--min-precision", opts->min_precision, "fail below this overall precision");
  sub->add_option("--min-recall", opts->min_recall, "fail below this overall recall");
  sub->add_flag("--verbose,-v", opts->verbose, "list misses and extras");
  sub->callback([opts, action] { *action = [opts] { return RunEval(*opts); }; });
}

}  // namespace kg::tools
