#include "ingest/article_reader.h"

#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;

struct TempDir {
  fs::path path;
  TempDir() {
    path = fs::temp_directory_path() / ("kg_reader_test_" + std::to_string(::getpid()) + "_" +
                                        std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
  std::string Write(const std::string& name, const std::string& content) {
    fs::path p = path / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }
};

struct ReadOutcome {
  std::vector<Article> articles;
  std::vector<std::string> warnings;
  ReadStats stats;
};

ReadOutcome Read(const std::vector<std::string>& inputs, const std::string& stdin_text = "") {
  ReadOutcome out;
  std::istringstream in(stdin_text);
  ReadOptions opts;
  opts.max_line_bytes = 1000;
  Status s = ReadArticles(
      inputs, opts, in,
      [&](Article&& a) {
        out.articles.push_back(std::move(a));
        return true;
      },
      [&](const std::string& w) { out.warnings.push_back(w); }, &out.stats);
  REQUIRE(s.ok());
  return out;
}

TEST_CASE("Plain text: the first non-empty line is the title; datelines give the date", "[reader]") {
  TempDir dir;
  auto p = dir.Write("a.txt", "\n  Putin visits Pyongyang\nPYONGYANG, June 19, 2024 - Putin arrived.\n");
  auto r = Read({p});
  REQUIRE(r.articles.size() == 1);
  CHECK(r.articles[0].title == "Putin visits Pyongyang");
  CHECK(r.articles[0].date == "2024-06-19");
  CHECK(r.articles[0].text.substr(r.articles[0].body_begin).rfind("PYONGYANG", 0) == 0);
  CHECK(r.stats.skipped == 0);
}

TEST_CASE("JSONL records, directories and stdin", "[reader]") {
  TempDir dir;
  dir.Write("d/one.jsonl",
            "{\"id\":\"x1\",\"title\":\"T\",\"date\":\"2019-06-30T10:00:00Z\",\"url\":\"http://a\",\"text\":\"Body one.\"}\n"
            "\n{\"id\":\"x2\",\"text\":\"Body two.\"}\n");
  dir.Write("d/sub/two.txt", "Title\nBody three.\n");
  auto r = Read({(dir.path / "d").string(), "-"}, "Stdin title\nStdin body.\n");
  REQUIRE(r.articles.size() == 4);
  CHECK(r.articles[0].id == "x1");
  CHECK(r.articles[0].date == "2019-06-30");
  CHECK(r.articles[0].source == "http://a");
  CHECK(r.articles[1].text == "Body two.");
  CHECK(r.articles[2].title == "Title");
  CHECK(r.articles[3].title == "Stdin title");
  CHECK(r.warnings.empty());
}

TEST_CASE("Bad input is skipped with a warning naming the file", "[reader]") {
  TempDir dir;
  auto [name, content, what] = GENERATE(table<std::string, std::string, std::string>({
      {"empty.txt", "  \n\n", "empty file"},
      {"binary.txt", std::string("ab\0cd", 5), "binary file"},
      {"latin1.txt", "Title\nCaf\xE9 au lait.\n", "invalid UTF-8"},
      {"long.txt", "Title\n" + std::string(5000, 'a') + "\n", "longer than"},
      {"bad.jsonl", "{\"text\": \"ok\"}\n{not json}\n", "not a JSON object"},
  }));
  CAPTURE(name);
  auto p = dir.Write(name, content);
  auto r = Read({p});
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find(name) != std::string::npos);
  CHECK(r.warnings[0].find(what) != std::string::npos);
  CHECK(r.stats.skipped == 1);
}

TEST_CASE("A missing path is a warning, and reading goes on", "[reader]") {
  TempDir dir;
  auto good = dir.Write("good.txt", "Title\nBody.\n");
  auto r = Read({(dir.path / "missing.txt").string(), good});
  CHECK(r.articles.size() == 1);
  REQUIRE(r.warnings.size() == 1);
  CHECK(r.warnings[0].find("missing.txt") != std::string::npos);
}

}  // namespace
}  // namespace kg::ingest
