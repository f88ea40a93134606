// Word classes taken from WordNet at build time: arms nouns nobody typed
// (and the pruned ones that stay out), and the inflection of the verb lists.
#include <catch2/catch.hpp>

#include <algorithm>

#include "ingest/lexicon.h"
#include "ingest/verb_forms.h"
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

TEST_CASE("WordNet's verbs of giving and receiving open the transfer frame", "[wordnet][arms]") {
  // None of these verbs is typed in the arms lists: "rent", "secure",
  // "source" and "get" come from the verb classes of
  // data/wordnet_classes.json, in every tense. A verb of both classes
  // ("lease") gives with "to" and receives with "from".
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Italy rented frigates to Chile.", "Italy -supplies_arms_to-> Chile [asserted]"},
      {"Chile rented frigates from Italy.", "Italy -supplies_arms_to-> Chile [asserted]"},
      {"Israel leased two drones to India.", "Israel -supplies_arms_to-> India [asserted]"},
      {"India leased two drones from Israel.", "Israel -supplies_arms_to-> India [asserted]"},
      {"Nigeria secured attack helicopters from Italy.", "Italy -supplies_arms_to-> Nigeria [asserted]"},
      {"Ghana sourced its rifles from Serbia.", "Serbia -supplies_arms_to-> Ghana [asserted]"},
      {"Chile will get six frigates from Britain.", "United Kingdom -supplies_arms_to-> Chile [hypothetical]"},
      {"Italy rented a villa to Chile.", ""},
      {"Chile got a loan from Italy.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

// A few lemmas and irregular forms as WordNet lists them, to check the
// regular endings and the preference for the exception list.
const VerbForms& SmallVerbForms() {
  static const VerbForms forms(
      "journey tour leave stop set fly go arrive hand ferry put putt",
      "left leave\nstopped stop\nstopping stop\nflew fly\nflown fly\nwent go\ngone go\n"
      "setting set\nputting put\n",
      "journeys tours");
  return forms;
}

std::string Joined(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ",") + w;
  return out;
}

TEST_CASE("A listed verb form brings the other forms of its lemma", "[wordnet][verbs]") {
  auto [word, expected] = GENERATE(table<std::string, std::string>({
      // regular endings; no bare lemma, no form that is also a noun
      {"journeyed", "journeyed,journeying"},
      {"tour", "tour,toured,touring"},
      {"arrive", "arrive,arrived,arrives,arriving"},
      {"ferried", "ferried,ferries,ferrying"},
      // irregular forms replace the regular ones they stand for
      {"left", "leaves,leaving,left"},
      {"flew", "flew,flies,flown,flying"},
      {"went", "goes,going,gone,went"},
      {"stopped", "stopped,stopping,stops"},
      // a short verb that may double its consonant gets only listed forms
      {"set", "set,sets,setting"},
      {"putting", "puts,putting"},
      // phrases inflect their verb; words that are no verb stay alone
      {"handed over", "handed over,handing over,hands over"},
      {"due", "due"},
  }));
  CAPTURE(word);
  CHECK(Joined(SmallVerbForms().Expand(word)) == expected);
}

TEST_CASE("Opted-in lexicon lists hold the other forms of their verbs", "[wordnet][verbs]") {
  const Lexicon& lex = Lexicon::Default();
  const RelationWords& visited = lex.relation("visited");
  const RelationWords& supplies = lex.relation("supplies_arms_to");
  // forms nobody listed, with the preposition of the listed one
  CHECK(visited.verbs_prep.count("departing"));
  CHECK(visited.verbs_prep.at("departing") == visited.verbs_prep.at("departed"));
  CHECK(supplies.verbs.count("dispatching"));
  CHECK(supplies.verbs.count("leasing"));
  CHECK(lex.InSet("attend_verbs", "boycotting"));
  // "made" keeps only its listed form; "met" brings no noun "meeting"
  CHECK_FALSE(supplies.verbs.count("making"));
  CHECK_FALSE(lex.InSet("visit_meeting_verbs", "meeting"));
  CHECK(lex.IsTriggerWord("dispatching"));
}

}  // namespace
}  // namespace kg::ingest
