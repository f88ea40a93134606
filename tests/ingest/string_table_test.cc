#include "ingest/string_table.h"

#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

namespace kg::ingest {
namespace {

TEST_CASE("StringTable gives each distinct key a dense index", "[string_table]") {
  StringTable t;
  auto [key, expected] = GENERATE(table<std::string, uint32_t>({
      {"russia", 0}, {"north korea", 1}, {"", 2}, {"russia", 0}, {"north", 3}, {"", 2},
  }));
  CAPTURE(key);
  // Rebuild the same table for every row, so that each row sees all inserts.
  for (const char* k : {"russia", "north korea", "", "north"}) t.Insert(k);
  CHECK(t.Insert(key) == expected);
  CHECK(t.Find(key) == expected);
  CHECK(t.key(expected) == key);
  CHECK(t.size() == 4);
}

TEST_CASE("StringTable finds every key after growing and misses the rest", "[string_table]") {
  StringTable t;
  for (int i = 0; i < 5000; ++i) REQUIRE(t.Insert("k" + std::to_string(i)) == uint32_t(i));
  for (int i = 0; i < 5000; ++i) REQUIRE(t.Find("k" + std::to_string(i)) == uint32_t(i));
  for (const char* absent : {"k5000", "k-1", "K1", "k01", "", "russia"}) {
    CAPTURE(absent);
    CHECK_FALSE(t.Contains(absent));
  }
  CHECK(StringTable().Find("x") == StringTable::kNotFound);
}

TEST_CASE("StringTable keeps its indices across Reserve", "[string_table]") {
  StringTable t;
  for (int i = 0; i < 20; ++i) t.Insert("a" + std::to_string(i));
  t.Reserve(3000);
  t.Reserve(10);  // never shrinks
  for (int i = 0; i < 3000; ++i) REQUIRE(t.Insert("b" + std::to_string(i)) == uint32_t(20 + i));
  for (int i = 0; i < 20; ++i) REQUIRE(t.Find("a" + std::to_string(i)) == uint32_t(i));
  for (int i = 0; i < 3000; ++i) REQUIRE(t.Find("b" + std::to_string(i)) == uint32_t(20 + i));
  CHECK(t.Insert("a3") == 3);
  CHECK(t.size() == 3020);
  CHECK_FALSE(t.Contains("b3000"));
  StringTable empty;
  empty.Reserve(100);
  CHECK(empty.Find("x") == StringTable::kNotFound);
  CHECK(empty.Insert("x") == 0);
}

TEST_CASE("WordTrie walks phrases one word at a time", "[string_table]") {
  WordTrie t;
  const uint32_t north = t.Insert(WordTrie::kRoot, "north");
  const uint32_t korea = t.Insert(north, "korea");
  CHECK(t.Insert(WordTrie::kRoot, "north") == north);
  CHECK(t.Child(WordTrie::kRoot, "north") == north);
  CHECK(t.Child(north, "korea") == korea);
  CHECK(t.size() == 3);
  // A word is an edge under one parent only.
  for (auto [parent, word] :
       std::vector<std::pair<uint32_t, std::string>>{{WordTrie::kRoot, "korea"},
                                                     {korea, "korea"},
                                                     {north, "north"},
                                                     {north, ""},
                                                     {WordTrie::kRoot, "north korea"}}) {
    CAPTURE(parent, word);
    CHECK(t.Child(parent, word) == WordTrie::kNone);
  }
  CHECK(WordTrie().Child(WordTrie::kRoot, "x") == WordTrie::kNone);
}

TEST_CASE("WordTrie finds every edge after growing", "[string_table]") {
  WordTrie t;
  uint32_t node = WordTrie::kRoot;
  std::vector<uint32_t> path;
  for (int i = 0; i < 3000; ++i) path.push_back(node = t.Insert(node, "w" + std::to_string(i % 7)));
  node = WordTrie::kRoot;
  for (int i = 0; i < 3000; ++i)
    REQUIRE((node = t.Child(node, "w" + std::to_string(i % 7))) == path[i]);
  CHECK(t.size() == 3001);
}

}  // namespace
}  // namespace kg::ingest
