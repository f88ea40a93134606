// Engine limits on a dense graph: a runaway query stops with a clear
// message instead of running on; parameters parse from their text.
#include "query/engine.h"

#include <catch2/catch.hpp>

#include "tests/graph/test_util.h"

namespace kg::query {
namespace {

using graph::testing::Entity;
using graph::testing::Fact;

// One document: `n` countries, each meeting every other.
std::unique_ptr<graph::Store> Clique(const std::string& path, int n) {
  auto store = graph::Store::Open(path, graph::StoreOptions{});
  REQUIRE(store.ok());
  graph::DocumentFacts doc = graph::testing::Doc("clique " + std::to_string(n), "2020");
  for (int i = 0; i < n; ++i) doc.entities.push_back(Entity("Country " + std::to_string(i), graph::NodeType::kCountry));
  for (int i = 0; i < n; ++i) {
    for (int j = 0; j < n; ++j) {
      if (i != j) doc.facts.push_back(Fact(i, "meets", j, "They met.", "2020"));
    }
  }
  REQUIRE((*store)->ApplyDocument(doc).ok());
  return std::move(store).value();
}

TEST_CASE("limits stop runaway queries with a message", "[engine]") {
  graph::testing::TempDir dir;
  auto store = Clique(dir.path(), 12);
  Engine engine(*store);
  const std::string runaway = "MATCH (a)-[*1..12]-(b) RETURN count(*)";

  QueryOptions timed;
  timed.exec.timeout_ms = 20;
  timed.exec.max_expansions = SIZE_MAX;
  timed.exec.max_intermediate_rows = SIZE_MAX;
  auto r = engine.Run(runaway, timed);
  REQUIRE(!r.ok());
  CHECK(r.status().IsBusy());
  CHECK(r.status().message() == "query stopped: timed out after 20 ms (--timeout)");

  QueryOptions rows;
  rows.exec.max_intermediate_rows = 100;
  r = engine.Run(runaway, rows);
  REQUIRE(!r.ok());
  CHECK(r.status().message() ==
        "query stopped: MATCH produced more than 100 rows; narrow the pattern or add LIMIT");

  QueryOptions capped;
  capped.exec.max_rows = 5;
  r = engine.Run("MATCH (a)-[r]->(b) RETURN a.name, b.name", capped);
  REQUIRE(r.ok());
  CHECK(r->rows.size() == 5);
  CHECK(r->truncated);
  r = engine.Run("MATCH (a)-[r]->(b) RETURN count(*) AS n", capped);
  REQUIRE(r.ok());
  CHECK(r->rows[0][0].AsInt() == 12 * 11);
  CHECK(!r->truncated);
}

TEST_CASE("ParseParamValue reads numbers, booleans, null and strings", "[engine]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"42", "42"},
      {"-3", "-3"},
      {"1.5", "1.5"},
      {"true", "true"},
      {"null", "null"},
      {"Putin", "\"Putin\""},
      {"\"42\"", "\"42\""},
      {"'Kim Jong Un'", "\"Kim Jong Un\""},
      {"12abc", "\"12abc\""},
  }));
  CAPTURE(text);
  CHECK(ParseParamValue(text).ToString() == expected);
}

}  // namespace
}  // namespace kg::query
