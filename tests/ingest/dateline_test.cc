// Datelines: the place an article was written, for visits told as "arrived
// here" or "in the capital"; and the first line's "(Reuters)" is no credit.
#include "ingest/dateline.h"

#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

std::string DatelineOf(const std::string& text) {
  const Lexicon& lex = Lexicon::Default();
  int c = DatelineCountry(text, FindBody(text, 0, lex), lex);
  return c < 0 ? "" : lex.actors()[c].name;
}

TEST_CASE("A dateline names the country of the article", "[dateline]") {
  auto [text, country] = GENERATE(table<std::string, std::string>({
      {"KUALA LUMPUR, Malaysia (Reuters) - Talks began on Tuesday.", "Malaysia"},
      {"SEOUL (AP) \xE2\x80\x94 Talks began on Tuesday.", "South Korea"},
      {"Kyiv, Ukraine \xE2\x80\x94 Talks began on Tuesday.", "Ukraine"},
      {"NEW DELHI, Sept 9 (Reuters) - Talks began on Saturday.", "India"},
      // no dateline: a sentence, a headline-like dash, a name of no list
      {"Talks began in Hanoi on Tuesday.", ""},
      {"Putin and Xi - old friends - met on Tuesday.", ""},
      {"SPRINGWOOD CORNERS - Talks began on Tuesday.", ""},
  }));
  CAPTURE(text);
  CHECK(DatelineOf(text) == country);
}

TEST_CASE("Arriving here under a dateline is a visit to its country", "[dateline][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"KUALA LUMPUR, Malaysia (Reuters) - Chinese President Xi Jinping arrived here on Monday.",
       "Xi Jinping -visited-> Malaysia [asserted] 2024-07-08"},
      {"SEOUL (AP) \xE2\x80\x94 US President Joe Biden arrived here on Monday for talks.",
       "Joe Biden -visited-> South Korea [asserted] 2024-07-08"},
      // the country's own leader comes home; no dateline, no place
      {"NAIROBI, Kenya \xE2\x80\x94 Kenyan President William Ruto arrived here on Monday.", ""},
      {"Chinese President Xi Jinping arrived here on Monday.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
