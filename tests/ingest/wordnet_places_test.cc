// The place gazetteer taken from WordNet at build time: towns, islands and
// landmarks nobody typed resolve to their country; names that are common
// words, people's names, disputed or in two countries stay out.
#include <catch2/catch.hpp>

#include "ingest/lexicon.h"
#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("WordNet's places resolve to their country", "[wordnet][places]") {
  auto [place, country] = GENERATE(table<std::string, std::string>({
      {"Samarkand", "Uzbekistan"},
      {"Mosul", "Iraq"},
      {"Lesbos", "Greece"},
      {"Hiroshima", "Japan"},  // part of Honshu, part of the archipelago Japan
      {"Great Wall", "China"},
      {"Alberta", "Canada"},
      {"Edmonton", "Canada"},
      {"Bali", "Indonesia"},
      // once hand-typed in countries.json, now from WordNet
      {"Munich", "Germany"},
      {"Los Angeles", "United States"},
  }));
  CAPTURE(place);
  CHECK(PlaceCountry(place) == country);
}

TEST_CASE("Names news uses for something else are no WordNet places", "[wordnet][places]") {
  // a lower-case word (savannah), its plural (tours), places in two
  // countries (Nogales, Ithaca), a region of no listed country (Lhasa, in
  // Tibet), a disputed region (Crimea)
  auto phrase = GENERATE(as<std::string>{}, "Savannah", "Tours", "Reading", "Nogales", "Ithaca",
                         "Lhasa", "Crimea", "Kashmir");
  CAPTURE(phrase);
  CHECK(PlaceCountry(phrase) == "");
}

TEST_CASE("Visits to WordNet's places", "[wordnet][places][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Chinese Foreign Minister Wang Yi flew to Samarkand on Monday.",
       "Wang Yi -visited-> Uzbekistan [asserted] 2024-07-08"},
      {"Indian Prime Minister Narendra Modi landed in Edmonton, in the western Canadian province "
       "of "
       "Alberta, on Monday.",
       "Narendra Modi -visited-> Canada [asserted] 2024-07-08"},
      // a surname that is also a town is part of the name
      {"Colombian President Juan Manuel Santos flew to Havana on Monday.",
       "Juan Manuel Santos -visited-> Cuba [asserted] 2024-07-08"},
      // a traveller of unknown country and no office may be at home
      {"Mr Howard left the snooker hall to go to Cambridge University.", ""},
      // an office is enough
      {"Pope Francis landed in Edmonton, in the western Canadian province of Alberta, on Monday.",
       "Pope Francis -visited-> Canada [asserted] 2024-07-08"},
      // a US state among others is not the country Georgia
      {"US President Joe Biden made stops in Pennsylvania, Georgia and Florida.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
