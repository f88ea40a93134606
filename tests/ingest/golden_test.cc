// Golden tests: each tests/golden/ingest/X.txt (an article, first line the
// title) pairs with X.expected, its facts one per line, sorted. Run with
// KG_UPDATE_GOLDEN=1 to rewrite the expected files, then review the diff.
#include <algorithm>
#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/article_reader.h"
#include "ingest/pipeline.h"

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;

std::string Slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string FactsText(const std::string& text) {
  Article a = ArticleFromPlainText(text, "golden", ReadOptions{});
  Extraction x = ExtractArticle(a, Lexicon::Default());
  std::vector<std::string> lines;
  for (const auto& f : x.facts.facts) {
    lines.push_back(x.facts.entities[f.source].name + " -" + f.relation + "-> " +
                    x.facts.entities[f.target].name + " [" +
                    std::string(graph::ModalityName(f.modality)) + "]" +
                    (f.mention.date.empty() ? "" : " " + f.mention.date));
  }
  std::sort(lines.begin(), lines.end());
  lines.erase(std::unique(lines.begin(), lines.end()), lines.end());
  std::string out;
  for (const auto& l : lines) out += l + "\n";
  return out;
}

TEST_CASE("Golden articles yield their expected facts", "[golden]") {
  std::vector<fs::path> inputs;
  for (const auto& e : fs::directory_iterator(KG_GOLDEN_DIR))
    if (e.path().extension() == ".txt") inputs.push_back(e.path());
  std::sort(inputs.begin(), inputs.end());
  REQUIRE(!inputs.empty());
  bool update = std::getenv("KG_UPDATE_GOLDEN") != nullptr;
  for (const auto& in : inputs) {
    fs::path expected = in;
    expected.replace_extension(".expected");
    std::string got = FactsText(Slurp(in));
    if (update) std::ofstream(expected, std::ios::binary) << got;
    CAPTURE(in.filename().string());
    CHECK(got == Slurp(expected));
  }
}

}  // namespace
}  // namespace kg::ingest
