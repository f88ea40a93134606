// Word classes taken from WordNet at build time: arms nouns nobody typed
// (and the pruned ones that stay out), and the inflection of the verb lists.
#include <catch2/catch.hpp>

#include "ingest/lexicon.h"
#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

bool IsArms(const std::string& phrase) {
  return Lexicon::Default().relation("supplies_arms_to").arms.count(PhraseKey(phrase)) > 0;
}

TEST_CASE("WordNet's weapon classes are arms words", "[wordnet][arms]") {
  // None of these is in the hand list: they come from the hyponyms of
  // weapon, warship, warplane, munition, military vehicle ...
  auto phrase = GENERATE(as<std::string>{}, "corvette", "destroyers", "cruise missiles",
                         "assault rifles", "land mines", "surface-to-air missiles", "bazookas",
                         "torpedoes", "battleships", "machine pistols", "armored personnel carrier",
                         "weapons of mass destruction", "hand grenades");
  CAPTURE(phrase);
  CHECK(IsArms(phrase));
}

TEST_CASE("Pruned WordNet words are no arms words", "[wordnet][arms]") {
  // Senses news rarely means (a round of talks, a Mace, Big Blue), second
  // senses (a carrier, a piece), and subtrees pruned whole (fencing swords,
  // letter bombs, tear gas, space probes).
  auto phrase = GENERATE(as<std::string>{}, "round", "rounds", "hardware", "carrier", "piece",
                         "big blue", "sam", "foil", "epee", "letter bomb", "tear gas",
                         "space probe", "gas", "mine", "bomber", "stun gun", "knuckles");
  CAPTURE(phrase);
  CHECK_FALSE(IsArms(phrase));
}

TEST_CASE("Supply rules fire on WordNet's arms words", "[wordnet][arms]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"France delivered two corvettes to Egypt.", "France -supplies_arms_to-> Egypt [asserted]"},
      {"Serbia sold mortars and bazookas to Ghana in 2019.",
       "Serbia -supplies_arms_to-> Ghana [asserted] 2019"},
      {"Germany will send anti-personnel bombs to Chad.", "Germany -supplies_arms_to-> Chad [hypothetical]"},
      {"Italy sent a round of proposals to Chad.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
