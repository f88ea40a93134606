// The city gazetteer read from libgweather's Locations.xml at build time, and
// bodies on no list named by the shape of their name: provincial cities,
// ports and bases resolve to their country only where the words around them
// make them places; surnames, common words and names of two countries stay
// out.
#include <catch2/catch.hpp>

#include "ingest/lexicon.h"
#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("libgweather's cities, bases and provinces resolve to their country", "[gweather][places]") {
  auto [place, country] = GENERATE(table<std::string, std::string>({
      {"Harbin", "China"},
      {"Rzeszow", "Poland"},  // written with or without the accent
      {"Rzeszów", "Poland"},
      {"Busan", "South Korea"},
      {"Manaus", "Brazil"},
      {"Biarritz", "France"},
      {"Al Udeid Air Base", "Qatar"},
      {"Murted Air Force Base", "Turkey"},
      {"Heilongjiang", "China"},
      {"Noumea", "France"},  // an overseas part resolves to the sovereign
  }));
  CAPTURE(place);
  CHECK(PlaceCountry(place) == country);
}

TEST_CASE("Names of two countries, words and short names are no gazetteer places", "[gweather][places]") {
  // in two countries (Concepcion, Kochi, San Fernando), WordNet words or
  // names (Mobile, Eagle, Lincoln), words and names alone, titles
  auto phrase = GENERATE(as<std::string>{}, "Concepcion", "Kochi", "San Fernando", "Mobile", "Eagle",
                         "Lincoln", "Victoria Harbour", "Prince George");
  CAPTURE(phrase);
  CHECK(PlaceCountry(phrase) == "");
}

// True when the gazetteer's place `phrase` counts only where the words
// around it make it a place.
bool NeedsContext(const std::string& phrase) {
  const auto* entries = Lexicon::Default().Find(PhraseKey(phrase));
  if (!entries) return false;
  for (const auto& e : *entries)
    if (e.kind == EntryKind::kCity) return e.needs_context;
  return false;
}

TEST_CASE("A gazetteer town may be a surname; a base may not", "[gweather][places]") {
  CHECK(NeedsContext("Staunton"));  // also an actress's surname
  CHECK(NeedsContext("Harbin"));
  CHECK_FALSE(NeedsContext("Al Udeid Air Base"));
  CHECK_FALSE(NeedsContext("Samarkand"));  // WordNet's places stand alone
}

TEST_CASE("Visits to the gazetteer's places need the words of a place", "[gweather][places][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Russian President Vladimir Putin arrived in Harbin on Monday.",
       "Vladimir Putin -visited-> China [asserted] 2024-07-08"},
      {"US President Joe Biden flew into Rzeszow on Monday.",
       "Joe Biden -visited-> Poland [asserted] 2024-07-08"},
      {"US President Donald Trump visited Al Udeid Air Base on Monday.",
       "Donald Trump -visited-> Qatar [asserted] 2024-07-08"},
      // a trip at home, to an overseas part
      {"French President Emmanuel Macron landed in Noumea on Monday.", ""},
      // a place qualified by a state or country of another country lies there
      {"US President Donald Trump held a rally in Rome, Georgia, on Monday.", ""},
      {"US President Donald Trump held a rally in Paris, Texas, on Monday.", ""},
      {"Chinese President Xi Jinping arrived in London, Ontario, on Monday.",
       "Xi Jinping -visited-> Canada [asserted] 2024-07-08"},
      // a list qualifies nothing
      {"Chinese President Xi Jinping visited Paris, London and Berlin on Monday.",
       "Xi Jinping -visited-> France [asserted] 2024-07-08\n"
       "Xi Jinping -visited-> Germany [asserted] 2024-07-08\n"
       "Xi Jinping -visited-> United Kingdom [asserted] 2024-07-08"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("Bodies on no list by the shape of their name", "[bodies]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The Pacific Islands Forum suspended Fiji on Monday.",
       "Pacific Islands Forum -suspended-> Fiji's membership [asserted] 2024-07-08"},
      {"Gabon was suspended from the Economic Community of Central African States on Monday.",
       "Economic Community of Central African States -suspended-> Gabon's membership [asserted] "
       "2024-07-08"},
      // an acronym in brackets names the body in the next sentence
      {"The Alliance of Sahel States (AES) met in Niamey. On Monday the AES suspended its "
       "cooperation with France.",
       "Alliance of Sahel States -suspended-> cooperation with France [asserted] 2024-07-08"},
      // a list inside the name ends in a plural
      {"The Organisation of African, Caribbean and Pacific States signed the Samoa Agreement on "
       "Monday.",
       "Organisation of African, Caribbean and Pacific States -signed-> Samoa Agreement [asserted] "
       "2024-07-08"},
      // sport bodies are no blocs
      {"The Asian Football Confederation suspended the Iraqi federation on Monday.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
