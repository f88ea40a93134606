// Runs the golden query tests: every tests/golden/query/*.test file holds
// cases of the form
//   # what the case checks            (comments, optional)
//   :param name=value                 (optional, repeatable)
//   :max-rows N                       (optional)
//   MATCH ... RETURN ...              (the statement, one or more lines)
//   ----
//   expected output: a header and rows "a | b", a plan, or "error: ..."
// separated by blank lines, on the graph built from graph.txt. Set
// KG_UPDATE_GOLDEN=1 to rewrite the expected parts from the current output
// (then review the diff).
#include <catch2/catch.hpp>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "query/engine.h"
#include "tests/graph/test_util.h"
#include "tests/query/fixture_graph.h"

namespace kg::query {
namespace {

namespace fs = std::filesystem;

struct GoldenCase {
  std::vector<std::string> preamble;  // comments and directives, verbatim
  std::string statement;
  std::string expected;
  int line = 0;
};

std::vector<GoldenCase> ReadCases(const std::string& path) {
  std::ifstream in(path);
  std::vector<GoldenCase> cases;
  GoldenCase c;
  enum { kPreamble, kStatement, kExpected } state = kPreamble;
  std::string line;
  int n = 0;
  auto finish = [&] {
    if (!c.statement.empty()) cases.push_back(c);
    c = GoldenCase();
    state = kPreamble;
  };
  while (std::getline(in, line)) {
    ++n;
    if (state == kExpected) {
      if (line.empty()) finish();
      else c.expected += line + "\n";
      continue;
    }
    if (line == "----") {
      state = kExpected;
      continue;
    }
    if (state == kPreamble && (line.empty() || line[0] == '#' || line[0] == ':')) {
      if (!line.empty()) c.preamble.push_back(line);
      continue;
    }
    if (state == kPreamble) c.line = n;
    state = kStatement;
    c.statement += (c.statement.empty() ? "" : "\n") + line;
  }
  finish();
  return cases;
}

// What a golden file expects: the rows, the plan, or the error; profile
// times are left out so that the output is stable.
std::string Render(const Result<ResultSet>& r) {
  if (!r.ok()) return "error: " + r.status().message() + "\n";
  std::string s = r->ToString();
  for (const auto& p : r->profile) s += "profile: " + p.text + " [rows " + std::to_string(p.rows) + "]\n";
  return s;
}

QueryOptions OptionsFor(const GoldenCase& c) {
  QueryOptions opts;
  for (const auto& d : c.preamble) {
    if (d.rfind(":param ", 0) == 0) {
      std::string kv = d.substr(7);
      size_t eq = kv.find('=');
      opts.params[kv.substr(0, eq)] = ParseParamValue(kv.substr(eq + 1));
    } else if (d.rfind(":max-rows ", 0) == 0) {
      opts.exec.max_rows = std::stoul(d.substr(10));
    } else if (d.rfind(":max-expansions ", 0) == 0) {
      opts.exec.max_expansions = std::stoul(d.substr(16));
    }
  }
  return opts;
}

void WriteCases(const std::string& path, const std::vector<GoldenCase>& cases) {
  std::ofstream out(path);
  for (size_t i = 0; i < cases.size(); ++i) {
    if (i) out << "\n";
    for (const auto& p : cases[i].preamble) out << p << "\n";
    out << cases[i].statement << "\n----\n" << cases[i].expected;
  }
}

graph::Store& FixtureStore() {
  static graph::testing::TempDir dir;
  static std::unique_ptr<graph::Store> store = [] {
    auto s = graph::Store::Open(dir.path(), graph::StoreOptions{});
    REQUIRE(s.ok());
    Status loaded = testing::LoadFixtureGraph(std::string(KG_GOLDEN_DIR) + "/graph.txt", s->get());
    INFO(loaded.ToString());
    REQUIRE(loaded.ok());
    return std::move(s).value();
  }();
  return *store;
}

TEST_CASE("golden query files", "[golden]") {
  std::vector<std::string> files;
  for (const auto& entry : fs::directory_iterator(KG_GOLDEN_DIR)) {
    if (entry.path().extension() == ".test") files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  REQUIRE(!files.empty());
  bool update = std::getenv("KG_UPDATE_GOLDEN") != nullptr;
  Engine engine(FixtureStore());
  size_t total = 0;
  for (const auto& file : files) {
    auto cases = ReadCases(file);
    CHECK(!cases.empty());
    for (auto& c : cases) {
      ++total;
      std::string actual = Render(engine.Run(c.statement, OptionsFor(c)));
      if (update) {
        c.expected = actual;
        continue;
      }
      INFO(file << ":" << c.line << "\n" << c.statement);
      CHECK(actual == c.expected);
    }
    if (update) WriteCases(file, cases);
  }
  CHECK(total > 0);
}

}  // namespace
}  // namespace kg::query
