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

TEST_CASE("Modality: a body that agreed to suspend has decided", "[modality]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"NATO foreign ministers agreed on Tuesday to suspend cooperation with Russia.",
       "NATO -suspended-> cooperation with Russia [asserted]"},
      {"EU ministers agreed to fully suspend the visa agreement with Russia.",
       "European Union -suspended-> visa agreement (European Union–Russia) [asserted]"},
      // still open when something else hedges it; agreeing to supply is a pledge
      {"EU ministers may have agreed to suspend the visa agreement with Russia.",
       "European Union -suspended-> visa agreement (European Union–Russia) [hypothetical]"},
      {"EU ministers may agree to suspend the visa agreement with Russia.",
       "European Union -suspended-> visa agreement (European Union–Russia) [hypothetical]"},
      {"Germany agreed to supply tanks to Ukraine.", "Germany -supplies_arms_to-> Ukraine [hypothetical]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

TEST_CASE("Modality: the predicate of a visit, a signing or a sale", "[modality]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"King Charles III's state visit to France, which was to have begun in Paris on Sunday, "
       "has been postponed because of protests.",
       "King Charles III -visited-> France [negated]"},
      {"The signing of a minerals agreement between Ukraine and the United States was called off.",
       "Ukraine -signed-> minerals agreement (Ukraine–United States) [negated]\n"
       "United States -signed-> minerals agreement (Ukraine–United States) [negated]"},
      {"Modi's visit to Russia was planned for July.", "Narendra Modi -visited-> Russia [hypothetical]"},
      // a gerund adjunct shares the time of its clause
      {"Narendra Modi will travel to Moscow on his first trip to Russia, before going on to "
       "Vienna.",
       "Narendra Modi -visited-> Austria [hypothetical]\nNarendra Modi -visited-> Russia [hypothetical]"},
      {"Narendra Modi flew to Moscow, before going on to Vienna.",
       "Narendra Modi -visited-> Austria [asserted]\nNarendra Modi -visited-> Russia [asserted]"},
      // "the third president to travel", "the 53rd country to sign" are factive
      {"Barack Obama became the third sitting US president to travel to Vietnam.",
       "Barack Obama -visited-> Vietnam [asserted]"},
      {"Nigeria became the 53rd country to sign the trade agreement.",
       "Nigeria -signed-> trade agreement (Nigeria) [asserted]"},
      // a superlative is factive like an ordinal, unless it is a guess
      {"Antony Blinken was the most senior official to visit Kyiv that year.",
       "Antony Blinken -visited-> Ukraine [asserted]"},
      {"Antony Blinken was the most likely official to visit Kyiv.",
       "Antony Blinken -visited-> Ukraine [hypothetical]"},
      {"Antony Blinken named the most senior official able to visit Kyiv.",
       "Antony Blinken -visited-> Ukraine [hypothetical]"},
      // a clause with its own subject after ", and" leaves the cues before it behind
      {"The African Union suspended Sudan's membership until civilian rule is restored, and the "
       "World Bank halted disbursements to the country.",
       "African Union -suspended-> Sudan's membership [asserted]\n"
       "World Bank -suspended-> disbursements [asserted]"},
      // a verb in the present with a day after it is the schedule ahead ...
      {"After talks in Wellington, Li Qiang flies on to Canberra on Saturday.",
       "Li Qiang -visited-> Australia [hypothetical]\nLi Qiang -visited-> New Zealand [hypothetical]"},
      // ... but the past, or a noun after a preposition, is not
      {"Li Qiang flew on to Canberra on Saturday.", "Li Qiang -visited-> Australia [asserted]"},
      {"Imran Khan was in Moscow for talks on Thursday.", "Imran Khan -visited-> Russia [asserted]"},
      // an arranged plan in the past perfect, then contrasted, did not happen;
      // a hope stays open
      {"Olaf Scholz was supposed to visit Beijing in November, but the trip was put off.",
       "Olaf Scholz -visited-> China [negated]"},
      {"Nuno Reis was due to fly to Beijing on Sunday, but the trip was called off.",
       "Nuno Reis -visited-> China [negated]"},
      // a denied report is negated; a complement neither confirmed nor denied is open
      {"Ankara dismissed as baseless reports that Turkey had shipped drones to Ethiopia.",
       "Turkey -supplies_arms_to-> Ethiopia [negated]"},
      {"Officials would neither confirm nor deny that Turkey had shipped drones to Ethiopia.",
       "Turkey -supplies_arms_to-> Ethiopia [hypothetical]"},
      {"Lula had been due to fly to Beijing on Sunday but fell ill.",
       "Luiz Inacio Lula da Silva -visited-> China [negated]"},
      {"Lula had been due to fly to Beijing on Sunday.",
       "Luiz Inacio Lula da Silva -visited-> China [hypothetical]"},
      {"Shinzo Abe had hoped to visit Moscow in May, but no date was set.",
       "Shinzo Abe -visited-> Russia [hypothetical]"},
      // an order to one's own staff is carried out, a plea is not
      {"Donald Trump ordered his aides to hold back $400m in security assistance for Kyiv.",
       "Donald Trump -suspended-> security assistance [asserted]"},
      // conditions, plans and refusals in other words
      {"Berlin would deliver tanks provided that Washington sent Abrams tanks to Ukraine.",
       "United States -supplies_arms_to-> Ukraine [hypothetical]"},
      {"Armenia has yet to sign the peace treaty.", "Armenia -signed-> peace treaty (Armenia) [negated]"},
      {"EU ministers stopped short of suspending the association agreement with Israel.",
       "European Union -suspended-> association agreement (European Union–Israel) [negated]"},
      {"Serbia is slated to sign a free trade agreement.",
       "Serbia -signed-> free trade agreement (Serbia) [hypothetical]"},
      // a verb after the comma closing a relative clause is the main one
      {"Fumio Kishida, whose trip was kept secret until he boarded a train, arrived in Kyiv.",
       "Fumio Kishida -visited-> Ukraine [asserted]"},
      // a visit after "during" is the clause's time frame, real unless ahead
      {"Serbia agreed to buy jets during Emmanuel Macron's visit to Belgrade.",
       "Emmanuel Macron -visited-> Serbia [asserted]"},
      {"Serbia will buy jets during Emmanuel Macron's visit to Belgrade.",
       "Emmanuel Macron -visited-> Serbia [hypothetical]"},
      {"Serbia agreed to buy jets during Emmanuel Macron's possible visit to Belgrade.",
       "Emmanuel Macron -visited-> Serbia [hypothetical]"},
      // an infinitive after "whether" takes the subject before it and stays open
      {"The European Union is weighing whether to suspend its association agreement with Israel.",
       "European Union -suspended-> association agreement (European Union–Israel) [hypothetical]"},
      // a gerund after ", a week after" takes the main clause's subject, its own cues
      {"Olaf Scholz ruled out sending fighter jets, a week after agreeing to deliver tanks to Ukraine.",
       "Olaf Scholz -supplies_arms_to-> Ukraine [hypothetical]"},
      {"Olaf Scholz flew home, a day after signing the security agreement in Kyiv.",
       "Olaf Scholz -signed-> security agreement (Germany) [asserted]"},
      // a visit one is on the eve of, or a signing that did not go ahead
      {"On the eve of his state visit to Washington, Narendra Modi spoke to reporters.",
       "Narendra Modi -visited-> United States [hypothetical]"},
      {"The signing of the minerals deal between Ukraine and the United States did not go ahead.",
       "Ukraine -signed-> minerals deal (Ukraine–United States) [negated]\n"
       "United States -signed-> minerals deal (Ukraine–United States) [negated]"},
      // a question with the auxiliary fronted is open
      {"Will Putin visit Mongolia despite the warrant?", "Vladimir Putin -visited-> Mongolia [hypothetical]"},
      // a participle after a subordinate clause hangs from the main clause
      {"Vladimir Putin visited North Korea for the first time since 2000, signing a defence pact.",
       "Vladimir Putin -signed-> defence pact (Russia) [asserted]\n"
       "Vladimir Putin -visited-> North Korea [asserted]"},
      {"Vladimir Putin will visit North Korea for the first time since 2000, signing a defence pact.",
       "Vladimir Putin -signed-> defence pact (Russia) [hypothetical]\n"
       "Vladimir Putin -visited-> North Korea [hypothetical]"},
      // a predicate of something else later in the sentence decides nothing
      {"Macron's visit to China came after talks that were postponed twice.",
       "Emmanuel Macron -visited-> China [asserted]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

TEST_CASE("Modality: a visit as a topic, an open or denied predicate, a hedged source",
          "[modality]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the topic of talks, plans or speculation is still open
      {"Talks on a visit by Olaf Scholz to Kenya are under way.",
       "Olaf Scholz -visited-> Kenya [hypothetical]"},
      {"There was speculation about a visit by Olaf Scholz to Kenya.",
       "Olaf Scholz -visited-> Kenya [hypothetical]"},
      // a predicate that leaves the visit open, or denies it
      {"A visit by Olaf Scholz to Kenya is unlikely this year.",
       "Olaf Scholz -visited-> Kenya [hypothetical]"},
      {"A visit by Olaf Scholz to Kenya is not on the agenda.",
       "Olaf Scholz -visited-> Kenya [negated]"},
      // a copula other than "be", an adverb after it, a plan put on ice
      {"A visit by Olaf Scholz to Kenya remains a possibility.",
       "Olaf Scholz -visited-> Kenya [hypothetical]"},
      {"The visit by Olaf Scholz to Kenya is still pending.",
       "Olaf Scholz -visited-> Kenya [hypothetical]"},
      {"The visit by Olaf Scholz to Kenya has been put on ice.",
       "Olaf Scholz -visited-> Kenya [negated]"},
      // a plan that is signed is a document, not a cue; a plan to sign still is
      {"Olaf Scholz signed a cooperation plan in Nairobi, on his first visit to Kenya.",
       "Olaf Scholz -visited-> Kenya [asserted]"},
      // "was to have visited": a plan that did not come about
      {"Olaf Scholz was to have visited Kenya in August.", "Olaf Scholz -visited-> Kenya [negated]"},
      // a negated predicate of something else keeps the visit
      {"The visit by Olaf Scholz to Kenya was not announced in advance.",
       "Olaf Scholz -visited-> Kenya [asserted]"},
      // rumours and unconfirmed reports hedge what they report
      {"Rumours that Olaf Scholz had flown to Kenya spread on Monday.",
       "Olaf Scholz -visited-> Kenya [hypothetical]"},
      {"Iran supplied drones to Sudan, according to unconfirmed reports.",
       "Iran -supplies_arms_to-> Sudan [hypothetical]"},
      {"Iran supplied drones to Sudan, according to officials.",
       "Iran -supplies_arms_to-> Sudan [asserted]"},
      // an apposition that calls the report an accusation
      {"Iran supplied drones to Sudan, a panel said, an accusation Sudan rejected.",
       "Iran -supplies_arms_to-> Sudan [hypothetical]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

TEST_CASE("Modality: the one urged or forced, plans shelved or in the works", "[modality]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the infinitive's subject is the one put to it; "forced" asserts
      {"A fuel shortage forced Argentina to halt gas exports to Chile.",
       "Argentina -suspended-> gas exports [asserted]"},
      {"Greece urged Turkey on Tuesday to suspend the migration deal.",
       "Turkey -suspended-> migration deal (Turkey) [hypothetical]"},
      {"Boris Johnson shelved plans to travel to India.", "Boris Johnson -visited-> India [negated]"},
      {"A trip to China by Olaf Scholz is in the works.", "Olaf Scholz -visited-> China [hypothetical]"},
      {"Donald Trump's planned trip to Poland, which was cancelled, was to include a meeting.",
       "Donald Trump -visited-> Poland [negated]"},
      // a plan noun with a possessor is no auxiliary; a stay with a purpose happened
      {"Narendra Modi discussed the firm's plans during a trip to Russia last year.",
       "Narendra Modi -visited-> Russia [asserted]"},
      {"Antony Blinken has been in Egypt to attend the climate summit.",
       "Antony Blinken -visited-> Egypt [asserted]"},
      // a plan called off after "but" is negated, unless another trip is meant
      {"Rishi Sunak had been due to visit Washington but cancelled the trip.",
       "Rishi Sunak -visited-> United States [negated]"},
      {"Emmanuel Macron will visit Algeria but cancelled his trip to Morocco.",
       "Emmanuel Macron -visited-> Algeria [hypothetical]\nEmmanuel Macron -visited-> Morocco [negated]"},
      {"EU ministers agreed to review the association agreement with Israel, but stopped short of "
       "suspending it.",
       "European Union -suspended-> association agreement [negated]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

}  // namespace
}  // namespace kg::ingest
