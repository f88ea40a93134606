// Titles read as headlines: "X in Y" is a visit, "to visit" a plan, the
// present tense a past event; a person of no known country is no visitor.
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("Title lines are read with headline grammar", "[headline][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Blinken in Beijing for talks on easing tensions\nThe talks lasted five hours.",
       "Antony Blinken -visited-> China [asserted]"},
      {"Macron in Rabat: France and Morocco mend ties\nThe talks lasted five hours.",
       "Emmanuel Macron -visited-> Morocco [asserted]"},
      {"Modi to visit Russia next week\nThe talks will last two days.",
       "Narendra Modi -visited-> Russia [hypothetical] 2024-07-17"},
      // the same shape closed by a full stop still places him
      {"Blinken in Beijing for talks.\nThe talks lasted five hours.",
       "Antony Blinken -visited-> China [asserted]"},
      // a headline alone, with no prose after it
      {"Poland delivers more MiG-29 jets to Ukraine", "Poland -supplies_arms_to-> Ukraine [asserted]"},
      // a footballer of no known country; a leader at home
      {"Henderson in Dammam to complete Ettifaq move\nHe signed on Thursday.", ""},
      {"Macron in Paris for talks with unions\nThe talks lasted five hours.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
