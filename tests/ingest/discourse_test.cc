// Discourse across the sentences of an article: dates left to earlier
// sentences or to day headings, plans, agreements named before they are signed.
#include <catch2/catch.hpp>

#include "ingest/article_reader.h"
#include "ingest/furniture.h"
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
      // "put their names to" tells its tense by "put"
      {"Kyriakos Mitsotakis welcomed Recep Tayyip Erdogan on Thursday. The two leaders put their "
       "names to the Athens Declaration.",
       "Kyriakos Mitsotakis -signed-> Athens Declaration [asserted] 2024-07-04\n"
       "Recep Tayyip Erdogan -signed-> Athens Declaration [asserted] 2024-07-04"},
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

TEST_CASE("An agreement named before the words that sign it", "[signed][discourse]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // objects that stand for the agreement in view
      {"The Black Sea Grain Initiative was signed in two parallel documents. Ukraine signed one "
       "with Turkey, and Russia signed a mirror text.",
       "Russia -signed-> Black Sea Grain Initiative [asserted]\n"
       "Turkey -signed-> Black Sea Grain Initiative [asserted]\n"
       "Ukraine -signed-> Black Sea Grain Initiative [asserted]"},
      {"Russia suspended New START. Barack Obama and Dmitry Medvedev signed both in Prague.",
       "Barack Obama -signed-> New START [asserted]\n"
       "Dmitry Medvedev -signed-> New START [asserted]\n"
       "Russia -suspended-> New START [asserted]"},
      // "one" with a noun of its own is no stand-in
      {"Russia suspended New START. Chile signed one trade deal.",
       "Chile -signed-> one trade deal (Chile) [asserted]\nRussia -suspended-> New START [asserted]"},
      // a relative clause between the agreement and its passive verb
      {"Russia suspended New START. The treaty, which limits warheads, was signed in 2010 by "
       "Barack Obama and Dmitry Medvedev.",
       "Barack Obama -signed-> New START [asserted] 2010\n"
       "Dmitry Medvedev -signed-> New START [asserted] 2010\n"
       "Russia -suspended-> New START [asserted]"},
      // a live page's time stamps are not part of the sentence
      {"Live updates\n\n12:10 - Russia suspended New START.\n\n12:25 - The treaty was signed "
       "in 2010 by Barack Obama and Dmitry Medvedev.",
       "Barack Obama -signed-> New START [asserted] 2010\n"
       "Dmitry Medvedev -signed-> New START [asserted] 2010\n"
       "Russia -suspended-> New START [asserted]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("\"it\" after a verb is not the subject of its clause", "[coreference][discourse]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Russia attacked Odesa. Ukraine's Western allies have sent it air defence systems.",
       "the West -supplies_arms_to-> Ukraine [asserted]"},
      {"The attacks turned Pakistan into an ally, and Washington later sold it new F-16s, the "
       "first of which arrived in 2010.",
       "United States -supplies_arms_to-> Pakistan [asserted] 2010"},
      // "it" opening a clause is still the subject in view
      {"Pakistan said it had received Chinese jets.",
       "China -supplies_arms_to-> Pakistan [asserted]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("An unnamed agreement signed in the lead is the one named later", "[signed][discourse]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Chile and Peru signed a pact on Monday. Chile's foreign minister, Ana Reyes, signed the "
       "Humboldt Current Treaty for her country.",
       "Ana Reyes -signed-> Humboldt Current Treaty [asserted] 2024-07-08\n"
       "Chile -signed-> Humboldt Current Treaty [asserted] 2024-07-08\n"
       "Peru -signed-> Humboldt Current Treaty [asserted] 2024-07-08"},
      // a description of its own that the name does not share stays apart
      {"Chile and Peru signed a trade deal on Monday. Chile signed the Humboldt Current Treaty "
       "in 2012.",
       "Chile -signed-> Humboldt Current Treaty [asserted] 2012\n"
       "Chile -signed-> trade deal (Chile–Peru) [asserted] 2024-07-08\n"
       "Peru -signed-> trade deal (Chile–Peru) [asserted] 2024-07-08"},
      // a suspended description with an age and a word of the name is the
      // named treaty the suspender holds in abeyance: one node
      {"Peru has held the Humboldt Current Treaty in abeyance since Monday. Lima suspended the "
       "decades-old current-sharing pact with Chile over fishing.",
       "Peru -suspended-> Humboldt Current Treaty [asserted]\n"
       "Peru -suspended-> Humboldt Current Treaty [asserted]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("A JSONL record's title is its headline", "[reader][discourse]") {
  Article a;
  a.title = "Japan and Philippines sign troop pact";
  a.text = "Japan and the Philippines signed an agreement.";
  PrependTitle(&a);
  CHECK(a.text == "Japan and Philippines sign troop pact\n\nJapan and the Philippines signed an agreement.");
  PrependTitle(&a);  // already there: unchanged
  CHECK(a.text == "Japan and Philippines sign troop pact\n\nJapan and the Philippines signed an agreement.");
  Article b;
  b.text = "No title.";
  PrependTitle(&b);
  CHECK(b.text == "No title.");
}

TEST_CASE("Vehicles and denied objects across an article", "[visited][signed][discourse]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the owner of the vehicle travels, named earlier in full
      {"Joe Biden left Washington. The president's plane touched down in Tokyo on Tuesday.",
       "Joe Biden -visited-> Japan [asserted] 2024-07-09"},
      {"Kim Jong Un left Pyongyang. Kim's armoured train rolled into Vladivostok on Tuesday.",
       "Kim Jong Un -visited-> Russia [asserted] 2024-07-09"},
      // "there" after a verb of travel is the place named before
      {"Mateusz Morawiecki hoped to visit Kyiv. Days later he travelled there by train.",
       "Mateusz Morawiecki -visited-> Ukraine [asserted]"},
      {"Joe Biden praised Kyiv. He did not say there would be more aid.", ""},
      // an arrival that names no place is at the place of the sentence before
      {"Ukraine and Britain signed a security pact in Kyiv on Friday. Rishi Sunak, who had "
       "arrived that morning, said it would last ten years.",
       "Rishi Sunak -visited-> Ukraine [asserted] 2024-07-05\n"
       "Ukraine -signed-> security pact (Ukraine–United Kingdom) [asserted] 2024-07-05\n"
       "United Kingdom -signed-> security pact (Ukraine–United Kingdom) [asserted] 2024-07-05"},
      {"NATO leaders met in Vilnius on Monday. Recep Tayyip Erdogan flew in for the summit.",
       "Recep Tayyip Erdogan -visited-> Lithuania [asserted] 2024-07-08"},
      // at home, it is no visit
      {"Volodymyr Zelensky returned to Kyiv. He arrived on Monday.", ""},
      // ... and arriving in power is reaching no place at all
      {"NATO leaders met in Vilnius on Monday. Recep Tayyip Erdogan arrived in power in 2003.", ""},
      // "did the same" repeats the sentence's last fact for its own subject
      {"Russia suspended the INF Treaty on Saturday, a day after Washington did the same.",
       "Russia -suspended-> INF Treaty [asserted] 2024-07-06\n"
       "United States -suspended-> INF Treaty [asserted] 2024-07-05"},
      // ... but not with an object of its own
      {"France halted aid to Niger, and the European Union did the same with its cooperation.",
       "France -suspended-> aid [asserted]"},
      // "no agreement" is no agreement in particular: nothing to sign or deny
      {"Xi Jinping and Ma Ying-jeou met. The two men signed no agreement.", ""},
      {"Sogavare said he would never sign any deal allowing a naval base.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("Time stamps of live pages", "[furniture][discourse]") {
  auto [line, length] = GENERATE(table<std::string, size_t>({
      {"09:15 - Joe Biden arrived.", 8},
      {"16:30 GMT - Biden arrived.", 12},
      {"9.40am: Biden arrived.", 8},
      {"12:10 \xE2\x80\x94 Putin spoke.", 10},
      // no time stamp
      {"1,550 warheads - a cap.", 0},
      {"2023 - a year of war.", 0},
      {"Biden arrived at 09:15 - early.", 0},
  }));
  CAPTURE(line);
  CHECK(TimestampLength(line) == length);
}

}  // namespace
}  // namespace kg::ingest
