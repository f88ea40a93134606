// kg extract: print the facts of articles as JSONL, without a database (for
// pipelines and debugging). One JSON object per fact.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <iostream>

#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

struct ExtractOptions {
  std::vector<std::string> inputs;
  std::string date;
  bool scored_only = false;
};

void WriteFact(const ingest::Article& a, const ingest::Extraction& x, size_t i, std::ostream& out) {
  const graph::FactRecord& f = x.facts.facts[i];
  const auto& src = x.facts.entities[f.source];
  const auto& dst = x.facts.entities[f.target];
  // Built in memory and written in one call: the stream wrapper wrote
  // each character with its own call.
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
  auto str = [&](const std::string& s) { w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size())); };
  w.StartObject();
  w.Key("doc");
  str(graph::DocIdToString(x.facts.document.id));
  w.Key("file");
  str(a.source);
  w.Key("sentence");
  w.Uint(f.mention.sentence);
  w.Key("begin");
  w.Uint(f.mention.begin);
  w.Key("end");
  w.Uint(f.mention.end);
  w.Key("text");
  str(f.mention.text);
  w.Key("source");
  w.StartObject();
  w.Key("name");
  str(src.name);
  w.Key("type");
  str(std::string(graph::NodeTypeName(src.type)));
  w.EndObject();
  w.Key("relation");
  str(f.relation);
  w.Key("target");
  w.StartObject();
  w.Key("name");
  str(dst.name);
  w.Key("type");
  str(std::string(graph::NodeTypeName(dst.type)));
  w.EndObject();
  w.Key("modality");
  str(std::string(graph::ModalityName(f.modality)));
  w.Key("date");
  str(f.mention.date);
  w.Key("counterpart");
  str(f.mention.counterpart);
  w.Key("confidence");
  w.Double(static_cast<double>(static_cast<int>(f.mention.confidence * 100 + 0.5)) / 100.0);
  w.Key("rule");
  str(x.rules[i]);
  w.EndObject();
  out.write(buffer.GetString(), static_cast<std::streamsize>(buffer.GetSize()));
  out << "\n";
}

int RunExtract(const ExtractOptions& opts) {
  const ingest::Lexicon& lex = ingest::Lexicon::Default();
  return ForEachArticle(opts.inputs, opts.date, [&](ingest::Article&& a) {
    ingest::Extraction x = ingest::ExtractArticle(a, lex);
    for (size_t i = 0; i < x.facts.facts.size(); ++i) {
      if (opts.scored_only && !ingest::IsScoredRelation(x.facts.facts[i].relation)) continue;
      WriteFact(a, x, i, std::cout);
    }
  });
}

}  // namespace

void AddExtractCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<ExtractOptions>();
  CLI::App* sub = app.add_subcommand("extract", "print the facts of articles as JSONL (no database)");
  sub->add_option("inputs", opts->inputs, "text files, directories, JSONL files, or - for stdin")
      ->required();
  sub->add_option("--date", opts->date, "publication date (ISO) for articles that carry none");
  sub->add_flag("--relations-only", opts->scored_only,
                "only signed, suspended, visited and supplies_arms_to (no role edges)");
  sub->callback([opts, action] { *action = [opts] { return RunExtract(*opts); }; });
}

}  // namespace kg::tools
