// Table-driven checks of modality cues that sit right before the trigger:
// what is warned or voted against, and what is barred or prevented.
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("Modality: against and from before a gerund", "[modality]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Western governments have warned Beijing against arming Moscow.",
       "China -supplies_arms_to-> Russia [hypothetical]"},
      {"Germany blocked Estonia from sending howitzers to Ukraine.",
       "Estonia -supplies_arms_to-> Ukraine [negated]"},
      // a plain "from" is a source, not a bar
      {"Ukraine received tanks from Poland.", "Poland -supplies_arms_to-> Ukraine [asserted]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

}  // namespace
}  // namespace kg::ingest
