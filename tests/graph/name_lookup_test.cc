#include "graph/name_lookup.h"

#include <catch2/catch.hpp>

#include "tests/graph/path_test_graph.h"

namespace kg::graph {
namespace {

using testing::TestGraph;

TestGraph People() {
  return TestGraph({{"Vladimir Putin", NodeType::kPerson},
                    {"Kim Jong Un", NodeType::kPerson, {"Kim"}},
                    {"Kim Yo Jong", NodeType::kPerson, {"Kim"}},
                    {"Barack Obama", NodeType::kPerson},
                    {"New START", NodeType::kAgreement, {"New START treaty"}}},
                   {{"Barack Obama", "signed", "New START"}});
}

TEST_CASE("names resolve by alias, by whole words, or by #id", "[names]") {
  TestGraph g = People();
  auto row = GENERATE(table<std::string, std::string>({
      {"Vladimir Putin", "Vladimir Putin"},
      {"  vladimir   PUTIN ", "Vladimir Putin"},
      {"Putin", "Vladimir Putin"},  // a word of the only matching alias
      {"Jong Un", "Kim Jong Un"},
      {"new start treaty", "New START"},
      {"#1", "Vladimir Putin"},
  }));
  const auto& [name, expected] = row;
  CAPTURE(name);
  auto id = ResolveName(g.store(), name);
  REQUIRE(id.ok());
  CHECK(g.Name(*id) == expected);
}

TEST_CASE("ambiguous and unknown names fail with candidates or suggestions", "[names]") {
  TestGraph g = People();
  // {name, not found?, text the message must contain, text it must not}
  auto row = GENERATE(table<std::string, bool, std::string, std::string>({
      {"Kim", false, "'Kim' is ambiguous; candidates:\n  Kim Jong Un (Person, #2)\n  Kim Yo Jong (Person, #3)", ""},
      {"Jong", false, "Kim Yo Jong (Person, #3)", ""},
      {"Obma", true, "unknown name 'Obma'; did you mean Barack Obama (Person, #4)?", ""},
      {"Vladmir Putin", true, "did you mean Vladimir Putin (Person, #1)?", ""},
      {"Xyzzy", true, "unknown name 'Xyzzy'", "did you mean"},
      {"#99", true, "no node with id #99", ""},
  }));
  const auto& [name, not_found, contains, excludes] = row;
  CAPTURE(name);
  auto id = ResolveName(g.store(), name);
  REQUIRE_FALSE(id.ok());
  CHECK(id.status().IsNotFound() == not_found);
  CHECK(id.status().IsInvalidArgument() == !not_found);
  CHECK_THAT(id.status().message(), Catch::Contains(contains));
  if (!excludes.empty()) CHECK_THAT(id.status().message(), !Catch::Contains(excludes));
}

TEST_CASE("edit distance", "[names]") {
  auto row = GENERATE(table<std::string, std::string, size_t>({
      {"", "", 0}, {"obama", "obama", 0}, {"obma", "obama", 1}, {"putin", "pution", 1},
      {"kitten", "sitting", 3}, {"", "abc", 3},
  }));
  const auto& [a, b, d] = row;
  CHECK(EditDistance(a, b) == d);
  CHECK(EditDistance(b, a) == d);
}

}  // namespace
}  // namespace kg::graph
