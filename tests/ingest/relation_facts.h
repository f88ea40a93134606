// The scored facts a text yields, one line each and sorted:
// "Iran -supplies_arms_to-> Russia [asserted] 2023". Shared by the
// table-driven relation tests.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "ingest/pipeline.h"

namespace kg::ingest {

inline std::string Facts(const std::string& text, const std::string& date) {
  Article a;
  a.text = text;
  a.date = date;
  Extraction x = ExtractArticle(a, Lexicon::Default());
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

}  // namespace kg::ingest
