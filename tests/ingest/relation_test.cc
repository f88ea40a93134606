// Table-driven checks of the clause rules: one sentence (or two), the facts
// of the four relations it must yield, sorted, or none.
#include <algorithm>
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("Clause rules find the four relations", "[relations]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // verbs, cities resolving to countries, dates
      {"Narendra Modi visited Moscow on Monday.", "Narendra Modi -visited-> Russia [asserted] 2024-07-08"},
      {"Olaf Scholz arrived in Beijing in April 2024.", "Olaf Scholz -visited-> China [asserted] 2024-04"},
      {"Emmanuel Macron made a state visit to Germany.", "Emmanuel Macron -visited-> Germany [asserted]"},
      {"Vladimir Putin was in Beijing for a two-day state visit.", "Vladimir Putin -visited-> China [asserted]"},
      {"Emmanuel Macron was in Paris for the visit.", ""},
      // people on no list, from an apposition; hosts and guests
      {"Kwame Mensah, Ghana's foreign minister, visited Togo.", "Kwame Mensah -visited-> Togo [asserted]"},
      {"Boris Yeltsin hosted Japanese Prime Minister Ryutaro Hashimoto.", "Ryutaro Hashimoto -visited-> Russia [asserted]"},
      {"Poland bought K2 tanks from South Korea.", "South Korea -supplies_arms_to-> Poland [asserted]"},
      // coordination of subjects and predicates, co-signers
      {"Emmanuel Macron, Olaf Scholz and Mario Draghi arrived in Kyiv.",
       "Emmanuel Macron -visited-> Ukraine [asserted]\nMario Draghi -visited-> Ukraine [asserted]\nOlaf Scholz -visited-> Ukraine [asserted]"},
      {"Japan, South Korea and Australia signed the RCEP in 2020.",
       "Australia -signed-> RCEP [asserted] 2020\nJapan -signed-> RCEP [asserted] 2020\nSouth Korea -signed-> RCEP [asserted] 2020"},
      {"Kishida flew to Kyiv, signed a security agreement with Volodymyr Zelensky and toured Bucha.",
       "Fumio Kishida -signed-> security agreement (Japan–Ukraine) [asserted]\nFumio Kishida -visited-> Ukraine [asserted]\nVolodymyr Zelensky -signed-> security agreement (Japan–Ukraine) [asserted]"},
      // passive and nominalisation
      {"The Abraham Accords were signed by Israel and Bahrain.",
       "Bahrain -signed-> Abraham Accords [asserted]\nIsrael -signed-> Abraham Accords [asserted]"},
      {"Spain was among the signatories of the Paris Agreement.", "Spain -signed-> Paris Agreement [asserted]"},
      {"Many countries signed the Paris Agreement. John Kerry signed on behalf of the United States.",
       "John Kerry -signed-> Paris Agreement [asserted]"},
      // arms
      {"Iran supplied drones to Russia last year.", "Iran -supplies_arms_to-> Russia [asserted] 2023"},
      {"France provided Ukraine with Caesar howitzers.", "France -supplies_arms_to-> Ukraine [asserted]"},
      {"Britain continues to support Ukraine militarily.", "United Kingdom -supplies_arms_to-> Ukraine [asserted]"},
      // weapons arriving, with the origin named in the subject
      {"The first HIMARS launchers supplied by the United States arrived in Poland.",
       "United States -supplies_arms_to-> Poland [asserted]"},
      {"The first K2 tanks made in South Korea arrived at the Polish port of Gdynia.",
       "South Korea -supplies_arms_to-> Poland [asserted]"},
      {"Officials from Japan arrived in Seoul with gifts.", ""},
      // suspended
      {"Mali suspended its participation in the Arms Trade Treaty.", "Mali -suspended-> Arms Trade Treaty [asserted]"},
      {"China halted military talks with the United States.", "China -suspended-> military talks with United States [asserted]"},
      {"India put the Indus Waters Treaty in abeyance.", "India -suspended-> Indus Waters Treaty [asserted]"},
      {"Russia put the New START treaty on hold.", "Russia -suspended-> New START [asserted]"},
      {"Russia put pressure on Ukraine.", ""},
      {"India placed the Indus Waters Treaty in abeyance.", "India -suspended-> Indus Waters Treaty [asserted]"},
      {"India placed an order for tanks.", ""},
      {"Regional leaders meeting in Accra suspended Mali from the African Union.",
       "African Union -suspended-> Mali's membership [asserted]"},
      {"Russia suspended its participation in 2022.", "Russia -suspended-> participation [asserted] 2022"},
      // a passive from a bloc; a suspendable word that names the bloc
      {"Fiji was suspended from the Pacific Islands Forum.",
       "Pacific Islands Forum -suspended-> Fiji's membership [asserted]"},
      {"Fiji became the first country to be suspended from the Pacific Islands Forum.",
       "Pacific Islands Forum -suspended-> Fiji's membership [asserted]"},
      {"Mercosur suspended Paraguay from the trade bloc.", "Mercosur -suspended-> Paraguay's membership [asserted]"},
      {"Canada and Australia paused their contributions to the agency.",
       "Australia -suspended-> contributions [asserted]\nCanada -suspended-> contributions [asserted]"},
      // aid held back or named as a subsidy
      {"Norway said it was holding back $8 million in aid to Uganda.", "Norway -suspended-> aid [asserted]"},
      {"The Netherlands froze a 7 million euro subsidy for the courts of Uganda.", 
       "Netherlands -suspended-> 7 million euro subsidy [asserted]"},
      {"Norway held back its criticism of Uganda.", ""},
      // a gerund's noun, kept or paused on hold, a visa regime, both trade ways
      {"Iran stopped cooperating with the IAEA.", "Iran -suspended-> cooperation with IAEA [asserted]"},
      {"Mali stopped implementing the Arms Trade Treaty.", "Mali -suspended-> Arms Trade Treaty [asserted]"},
      {"Peru stopped letting migrants enter without visas.", ""},
      {"India has kept its dialogue with Pakistan on hold.", "India -suspended-> dialogue with Pakistan [asserted]"},
      {"India kept its promise to Pakistan.", ""},
      {"Armenia put its membership on pause.", "Armenia -suspended-> membership [asserted]"},
      {"Chile could suspend visa-free travel for Peruvians.", "Chile -suspended-> visa-free travel [hypothetical]"},
      {"Turkey halted all exports and imports with Israel.", "Turkey -suspended-> trade with Israel [asserted]"},
      {"Russia mothballed the grain corridor.", "Russia -suspended-> grain corridor [asserted]"},
      // passives whose "by" names no actor: the bloc acts, never the member
      {"Mali was suspended from the African Union's activities by the bloc's council.",
       "African Union -suspended-> Mali's membership [asserted]"},
      {"Mali's membership of the African Union was frozen by West African leaders.",
       "African Union -suspended-> Mali's membership [asserted]"},
      {"Mali was suspended by West African leaders.", ""},
      // a stop told as temporary; a bare "pulled the plug" ends things
      {"The IMF pulled the plug on its lending to Ghana for now.", "International Monetary Fund -suspended-> lending [asserted]"},
      {"Ghana pulled the plug on the trade talks with Togo.", ""},
      // a possessor's government acts for its country
      {"Narendra Modi spoke in Delhi. Later his government placed the Indus Waters Treaty in abeyance.",
       "India -suspended-> Indus Waters Treaty [asserted]"},
      // modality
      {"Germany will send tanks to Ukraine.", "Germany -supplies_arms_to-> Ukraine [hypothetical]"},
      {"Israel has refused to supply weapons to Ukraine.", "Israel -supplies_arms_to-> Ukraine [negated]"},
      {"Xi Jinping did not visit India.", "Xi Jinping -visited-> India [negated]"},
      {"The US accused China of planning to send arms to Russia.", "China -supplies_arms_to-> Russia [hypothetical]"},
      {"Ethiopia accused the United Arab Emirates on Tuesday of arming Eritrea.",
       "United Arab Emirates -supplies_arms_to-> Eritrea [hypothetical] 2024-07-09"},
      {"Talks are possible once Norway no longer sends weapons to Ukraine.", "Norway -supplies_arms_to-> Ukraine [asserted]"},
      // asides between subject and verb, clefts, inversions, far agents
      {"Finland (which shares a long border with Russia) signed the Defence Cooperation Agreement.",
       "Finland -signed-> Defence Cooperation Agreement [asserted]"},
      {"Turkey and Sweden \u2014 after weeks of talks \u2014 signed the memorandum.",
       "Sweden -signed-> memorandum (Sweden\u2013Turkey) [asserted]\nTurkey -signed-> memorandum (Sweden\u2013Turkey) [asserted]"},
      {"Sweden, abandoning two centuries of non-alignment, signed the Defence Cooperation Agreement.",
       "Sweden -signed-> Defence Cooperation Agreement [asserted]"},
      {"Lula, whose aides had hoped for a deal, did not travel to Russia.",
       "Luiz Inacio Lula da Silva -visited-> Russia [negated]"},
      {"Germany has, according to officials, delivered Leopard tanks to Ukraine.",
       "Germany -supplies_arms_to-> Ukraine [asserted]"},
      {"It was Russia that suspended the New START treaty.", "Russia -suspended-> New START [asserted]"},
      {"It was not until 2023 that Germany sent Leopard tanks to Ukraine.",
       "Germany -supplies_arms_to-> Ukraine [asserted] 2023"},
      {"Iran, officials in Washington said, has delivered ballistic missiles to Russia.",
       "Iran -supplies_arms_to-> Russia [asserted]"},
      {"Nigeria was not among the countries that signed the African Continental Free Trade Area agreement.",
       "Nigeria -signed-> African Continental Free Trade Area agreement [negated]"},
      {"Arriving in Pyongyang before dawn was Vladimir Putin.", "Vladimir Putin -visited-> North Korea [asserted]"},
      {"Among the leaders who travelled to Kyiv was Giorgia Meloni.", "Giorgia Meloni -visited-> Ukraine [asserted]"},
      {"Putting their names to the treaty were Vladimir Putin and Xi Jinping.",
       "Vladimir Putin -signed-> treaty (China\u2013Russia) [asserted]\nXi Jinping -signed-> treaty (China\u2013Russia) [asserted]"},
      {"The Abraham Accords were signed on the South Lawn of the White House, after the embassy moved to Jerusalem, by Israel and Bahrain.",
       "Bahrain -signed-> Abraham Accords [asserted]\nIsrael -signed-> Abraham Accords [asserted]"},
      {"Kyiv was visited on Monday (after a long overnight train ride from Poland) by Joe Biden.",
       "Joe Biden -visited-> Ukraine [asserted] 2024-07-08"},
      // hard negatives
      {"The United States withdrew from the INF Treaty.", ""},
      {"Russian soldiers fired missiles at Ukraine.", ""},
      {"Joe Biden signed an executive order.", ""},
      {"North Korea said it would never sign any agreement with South Korea.", ""},
      // a suspended decision to end a pact keeps the pact in force
      {"The Philippines suspended its decision to scrap the Visiting Forces Agreement.", ""},
      {"Fiji was suspended from the national rugby squad.", ""},
      {"Products You May Like", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
