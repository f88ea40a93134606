// kg explain: show, sentence by sentence, the mentions found and which
// extraction rule fired or why none did.
#include <iostream>
#include <sstream>

#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

struct ExplainOptions {
  std::vector<std::string> inputs;
  std::string text;
  std::string date;
};

void Explain(const ingest::Article& a, std::ostream& out) {
  ingest::PipelineOptions po;
  po.trace = true;
  ingest::Extraction x = ingest::ExtractArticle(a, ingest::Lexicon::Default(), po);
  out << "== " << a.source << " (date " << (a.date.empty() ? "unknown" : a.date) << ", "
      << x.sentences << " sentences)\n";
  for (const auto& line : x.trace) out << line << "\n";
  out << "-- facts\n";
  for (size_t i = 0; i < x.facts.facts.size(); ++i) {
    const auto& f = x.facts.facts[i];
    out << "  [" << f.mention.sentence << "] " << x.facts.entities[f.source].name << " -"
        << f.relation << "-> " << x.facts.entities[f.target].name << " ("
        << graph::ModalityName(f.modality) << (f.mention.date.empty() ? "" : ", " + f.mention.date)
        << ") rule " << x.rules[i] << "\n";
  }
}

int RunExplain(const ExplainOptions& opts) {
  if (!opts.text.empty()) {
    ingest::Article a;
    a.text = opts.text;
    a.source = "<text>";
    a.date = opts.date;
    Explain(a, std::cout);
    return kExitOk;
  }
  if (opts.inputs.empty()) return ReportError(Status::InvalidArgument("give files or --text"), true);
  return ForEachArticle(opts.inputs, opts.date, [](ingest::Article&& a) { Explain(a, std::cout); });
}

}  // namespace

void AddExplainCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<ExplainOptions>();
  CLI::App* sub = app.add_subcommand("explain", "show which extraction rule fired on each sentence");
  sub->add_option("inputs", opts->inputs, "text files, directories, JSONL files, or - for stdin");
  sub->add_option("--text,-t", opts->text, "explain this text (the whole text is the body)");
  sub->add_option("--date", opts->date, "publication date (ISO)");
  sub->callback([opts, action] { *action = [opts] { return RunExplain(*opts); }; });
}

}  // namespace kg::tools
