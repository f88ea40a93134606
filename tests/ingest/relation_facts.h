// The scored facts a text yields, one line each and sorted:
// "Iran -supplies_arms_to-> Russia [asserted] 2023". Shared by the
// table-driven relation tests; and the place a phrase names.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/learned_model.h"
#include "ingest/pipeline.h"

namespace kg::ingest {

// With `models`, LearnedModels::None() say, only what they allow: the rule
// tables test the rules alone (RuleFacts), the precision tables the whole
// extractor.
inline std::string Facts(const std::string& text, const std::string& date,
                         const LearnedModels* models = nullptr) {
  Article a;
  a.text = text;
  a.date = date;
  PipelineOptions options;
  options.learned = models;
  Extraction x = ExtractArticle(a, Lexicon::Default(), options);
  std::vector<std::string> lines;
  for (const auto& f : x.facts.facts) {
    if (!IsScoredRelation(f.relation)) continue;
    lines.push_back(x.facts.entities[f.source].name + " -" + f.relation + "-> " +
                    x.facts.entities[f.target].name + " [" +
                    std::string(graph::ModalityName(f.modality)) + "]" +
                    (f.mention.date.empty() ? "" : " " + f.mention.date));
  }
  std::sort(lines.begin(), lines.end());
  std::string out;
  for (const auto& l : lines) out += (out.empty() ? "" : "\n") + l;
  return out;
}

inline std::string RuleFacts(const std::string& text, const std::string& date) {
  return Facts(text, date, &LearnedModels::None());
}

// The country a phrase names as a place in the gazetteer, or "" when it is
// no place. Shared by the place gazetteer tests.
inline std::string PlaceCountry(const std::string& phrase) {
  const Lexicon& lex = Lexicon::Default();
  const auto* entries = lex.Find(PhraseKey(phrase));
  if (!entries) return "";
  for (const auto& e : *entries)
    if (e.kind == EntryKind::kCity) return lex.actors()[e.actor].name;
  return "";
}

}  // namespace kg::ingest
