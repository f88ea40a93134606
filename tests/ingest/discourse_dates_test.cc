// Dates an article leaves to its earlier sentences or to a live page's day
// headings, and facts in a clause of time that hangs from a plan.
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("A fact with no date of its own takes the date in view", "[dates][discourse]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the lead's day carries to the simple past of the next sentences
      {"Narendra Modi arrived in Kyiv on Friday. After the talks, India and Ukraine signed four "
       "agreements.",
       "India -signed-> four agreements (India–Ukraine) [asserted] 2024-07-05\n"
       "Narendra Modi -visited-> Ukraine [asserted] 2024-07-05\n"
       "Ukraine -signed-> four agreements (India–Ukraine) [asserted] 2024-07-05"},
      // a distance counted from the day in view
      {"Narendra Modi arrived in Kyiv on Friday. A day earlier, the Indian leader had flown to "
       "Warsaw.",
       "Narendra Modi -visited-> Poland [asserted] 2024-07-04\n"
       "Narendra Modi -visited-> Ukraine [asserted] 2024-07-05"},
      // a date in a clause opened by "since" dates no event of the sentence
      {"Joe Biden made a trip to Kyiv on Monday. The visit was his first since the war began "
       "almost a year ago.",
       "Joe Biden -visited-> Ukraine [asserted] 2024-07-08"},
      // the past perfect tells background: no date is carried to it
      {"Fumio Kishida flew to Kyiv on Tuesday. Xi Jinping had signed a pact with Russia.",
       "Fumio Kishida -visited-> Ukraine [asserted] 2024-07-09\n"
       "Russia -signed-> pact (China–Russia) [asserted]\n"
       "Xi Jinping -signed-> pact (China–Russia) [asserted]"},
      // a day heading of a live page dates the entries below it
      {"Live updates\n\nMonday\n\n09:15 - Joe Biden has arrived in Warsaw.\n\nTuesday\n\n"
       "12:10 - Vladimir Putin said Russia was suspending New START.",
       "Joe Biden -visited-> Poland [asserted] 2024-07-08\n"
       "Russia -suspended-> New START [asserted] 2024-07-09"},
      // a clause of time under a plan is a plan (its month is still read as
      // the last August, not the coming one: a known gap)
      {"Vladimir Putin spoke to Recep Tayyip Erdogan. Erdogan said the two would discuss the deal "
       "when the Russian president visited Turkey in August.",
       "Vladimir Putin -visited-> Turkey [hypothetical] 2023-08"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
