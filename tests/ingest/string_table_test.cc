#include "ingest/string_table.h"

#include <catch2/catch.hpp>

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

}  // namespace
}  // namespace kg::ingest
