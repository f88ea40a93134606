// Evaluation of the extractor against annotated records: our development-set
// JSONL ({id, date, text, facts[{source[], relation, target[], modality}]})
// and PLOVER-style records ({text, relations[{relation, subject, object,
// polarity}]}). Scores the four relations: precision, recall and F1 per
// relation and overall, with the misses and extras for inspection.
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

#include "graph/status.h"
#include "graph/model.h"
#include "ingest/lexicon.h"
#include "ingest/pipeline.h"

namespace kg::ingest {

struct GoldFact {
  std::vector<std::string> source, target;  // acceptable names
  std::string relation;
  std::string modality;        // asserted / hypothetical / negated
  std::string date;            // ISO, possibly partial; empty when the gold gives none
  bool must_not_assert = false;  // PLOVER negative polarity
  bool loose = false;            // PLOVER surface strings: substring match
};

struct EvalRecord {
  std::string id, date, text;
  std::vector<GoldFact> facts;
};

struct Counts {
  size_t extracted = 0, correct = 0, gold = 0, found = 0;
  double Precision() const { return extracted ? double(correct) / double(extracted) : 1.0; }
  double Recall() const { return gold ? double(found) / double(gold) : 1.0; }
  double F1() const {
    double p = Precision(), r = Recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};

struct EvalReport {
  std::map<std::string, Counts> by_relation;
  Counts overall;
  size_t records = 0;
  // Found gold facts that carry a date, and those whose extracted mentions
  // include a date starting with it ("2023-02" matches "2023-02-21").
  size_t dated = 0, dates_right = 0;
  std::vector<std::string> misses, extras, wrong_dates;  // "id: description"
};

// Parses one JSONL file of records; InvalidArgument names the bad line.
Result<std::vector<EvalRecord>> LoadEvalRecords(const std::string& path);
// The records of several files, in order; the first bad file's error.
Result<std::vector<EvalRecord>> LoadEvalRecords(const std::vector<std::string>& paths);
// Runs the extractor over the records and scores it.
EvalReport Evaluate(const std::vector<EvalRecord>& records, const Lexicon& lexicon,
                    const PipelineOptions& options = {});
// Whether the entity's name or one of its aliases is one of `names`, as
// Evaluate matches an extracted fact's ends (case-insensitively).
bool NamesMatch(const graph::EntityRecord& entity, const std::vector<std::string>& names);
// Prints the per-relation table (and, when verbose, misses and extras).
void PrintReport(const EvalReport& report, bool verbose, std::ostream& out);

}  // namespace kg::ingest
