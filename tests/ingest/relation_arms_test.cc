// Table-driven checks of the arms-supply and suspension rules: sentence
// shapes beyond "X supplied Y to Z" and "X suspended Y", with the facts of
// the scored relations each must yield, sorted, or none.
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("Arms rules read objects, passives, nouns and users", "[relations][arms]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // double objects and receipts
      {"Spain sold Morocco armoured vehicles in 2019.", "Spain -supplies_arms_to-> Morocco [asserted] 2019"},
      {"Chile took delivery of two frigates from Australia.", "Australia -supplies_arms_to-> Chile [asserted]"},
      {"Kenya received its first attack helicopters from Jordan.", "Jordan -supplies_arms_to-> Kenya [asserted]"},
      // passives, verb lists and relative clauses
      {"Artillery shells were sent to Armenia by India.", "India -supplies_arms_to-> Armenia [asserted]"},
      {"Missiles will be sent to Chad by Germany and France.",
       "France -supplies_arms_to-> Chad [hypothetical]\nGermany -supplies_arms_to-> Chad [hypothetical]"},
      {"U.S.-made jets delivered to Ukraine by Denmark arrived.", "Denmark -supplies_arms_to-> Ukraine [asserted]"},
      {"The drones supplied by Iran to Russia hit power plants.", "Iran -supplies_arms_to-> Russia [asserted]"},
      {"Iran has armed, trained and funded Hamas.", "Iran -supplies_arms_to-> Hamas [asserted]"},
      {"The rifles that Belgium has sent to Mali arrived.", "Belgium -supplies_arms_to-> Mali [asserted]"},
      // the buyer named in the subject when the place is on no list; a base near a city
      {"Six attack aircraft ordered by Ghana from Brazil arrived at Tamale air base.",
       "Brazil -supplies_arms_to-> Ghana [asserted]"},
      {"Tanks bought from Germany arrived at a base near Kyiv.", "Germany -supplies_arms_to-> Ukraine [asserted]"},
      {"The first German howitzers were flown into an air base near Kyiv.",
       "Germany -supplies_arms_to-> Ukraine [asserted]"},
      {"German officials were flown into Kyiv.", ""},
      // a share of the recipient's weapons
      {"Russia supplied 36 percent of India's arms imports.", "Russia -supplies_arms_to-> India [asserted]"},
      {"Russia supplied most of India's fighter jets.", "Russia -supplies_arms_to-> India [asserted]"},
      {"Russia supplied the engines of India's fighter jets to Egypt.",
       "Russia -supplies_arms_to-> Egypt [asserted]"},
      // lists: "neither ... nor" stays negated, a repeated preposition, a group with members
      {"Neither Chile nor Peru has sold rifles to Bolivia.",
       "Chile -supplies_arms_to-> Bolivia [negated]\nPeru -supplies_arms_to-> Bolivia [negated]"},
      {"Spain has sent howitzers to Ghana, as well as to Togo.",
       "Spain -supplies_arms_to-> Ghana [asserted]\nSpain -supplies_arms_to-> Togo [asserted]"},
      {"The attack aircraft, which Brazil delivered to Angola, crashed.", "Brazil -supplies_arms_to-> Angola [asserted]"},
      // a leader buying arms buys for the state
      {"Colombian President Gustavo Petro bought rifles from Israel.",
       "Israel -supplies_arms_to-> Colombia [asserted]"},
      // arms noun phrases as objects: approving and pledging plan, stopping presupposes
      {"Washington approved a $500m arms sale to Indonesia.", "United States -supplies_arms_to-> Indonesia [hypothetical]"},
      {"Canada pledged howitzers to Latvia.", "Canada -supplies_arms_to-> Latvia [hypothetical]"},
      {"Pakistan pledged 12 fighter jets for Nigeria.", "Pakistan -supplies_arms_to-> Nigeria [hypothetical]"},
      {"Sweden will stop sending weapons to Ukraine.",
       "Sweden -supplies_arms_to-> Ukraine [asserted]\nSweden -suspended-> arms shipments [hypothetical]"},
      {"The shipment of 50 tanks to Poland by South Korea will start soon.",
       "South Korea -supplies_arms_to-> Poland [hypothetical]"},
      {"Italy completed the handover of six helicopters to Niger.", "Italy -supplies_arms_to-> Niger [asserted]"},
      {"Officials praised Japan's military aid to the Philippines.", "Japan -supplies_arms_to-> Philippines [asserted]"},
      // supplier nouns, possessors and agents of supply nouns
      {"Russia is India's largest arms supplier.", "Russia -supplies_arms_to-> India [asserted]"},
      {"Russia was never Israel's arms supplier.", "Russia -supplies_arms_to-> Israel [negated]"},
      {"China has become the main arms supplier to Pakistan.", "China -supplies_arms_to-> Pakistan [asserted]"},
      {"Russia's deliveries of S-400 missiles to India continued.", "Russia -supplies_arms_to-> India [asserted]"},
      {"Arms sales to Saudi Arabia by Britain rose.", "United Kingdom -supplies_arms_to-> Saudi Arabia [asserted]"},
      {"The United States will provide Ukraine with an additional $2bn in weapons.",
       "United States -supplies_arms_to-> Ukraine [hypothetical]"},
      {"Washington approved the transfer of American F-16s to Ukraine.",
       "United States -supplies_arms_to-> Ukraine [hypothetical]"},
      // weapons made elsewhere in the hands of the subject
      {"Azerbaijan's army attacked the villages with Israeli-made drones.",
       "Israel -supplies_arms_to-> Azerbaijan [asserted]"},
      {"Russia has fired North Korean ballistic missiles at Kyiv.", "North Korea -supplies_arms_to-> Russia [asserted]"},
      {"Ukraine shot down Iranian-made drones.", ""},
      {"Ukraine used captured Russian tanks.", ""},
      // a coordinated supply verb shares the recipient named before it
      {"Italy will send helmets to Chad but has refused to deliver weapons.",
       "Italy -supplies_arms_to-> Chad [negated]"},
      // civil aircraft and criticism are no supply
      {"Switzerland sent two firefighting helicopters to Greece.", ""},
      {"Hungary criticised arms deliveries to Ukraine.", ""},
      // a state's own name before a weapon's capitalised name; weapons from
      // a named state that the subject acts with; what a ban forbids
      {"Norway gave Ukraine NASAMS batteries.", "Norway -supplies_arms_to-> Ukraine [asserted]"},
      {"Ethiopia hit rebel positions with drones from Turkey.", "Turkey -supplies_arms_to-> Ethiopia [asserted]"},
      {"Parliament lifted the ban on selling rifles to Chile.", ""},
      {"The embargo bars all states from selling weapons to Libya.", ""},
      // weapons for a buyer arriving from their origin; crossing needs a giver
      {"The first jets for Chile landed at a northern base after flying in from Spain.",
       "Spain -supplies_arms_to-> Chile [asserted]"},
      {"Howitzers donated by Italy crossed into Ukraine.", "Italy -supplies_arms_to-> Ukraine [asserted]"},
      {"Russian tanks crossed into Georgia.", ""},
      // a state's plane flying weapons in; relative clauses on weapons held or used
      {"A Turkish cargo plane flew drones into Tripoli.", "Turkey -supplies_arms_to-> Libya [asserted]"},
      {"A Russian plane flew troops into Syria.", ""},
      {"Chile has returned ten jets that Spain delivered.", "Spain -supplies_arms_to-> Chile [asserted]"},
      {"Ukraine shot down jets that Iran delivered.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

TEST_CASE("Arms rules read buyers, designations, arrivals and routes", "[relations][arms]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the buyer's side: weapons before the purchase verb, orders, several sellers
      {"The jets Chile bought from Spain landed.", "Spain -supplies_arms_to-> Chile [asserted]"},
      {"Morocco has used drones acquired from Israel.", "Israel -supplies_arms_to-> Morocco [asserted]"},
      {"Peru ordered six frigates from South Korea.", "South Korea -supplies_arms_to-> Peru [hypothetical]"},
      {"Mali obtained armed drones from Turkey, Iran and China.",
       "China -supplies_arms_to-> Mali [asserted]\nIran -supplies_arms_to-> Mali [asserted]\n"
       "Turkey -supplies_arms_to-> Mali [asserted]"},
      {"Ghana has received Patriot missile batteries and radar components from the United States.",
       "United States -supplies_arms_to-> Ghana [asserted]"},
      // a deal or talks with the seller: a contract
      {"India signed a contract with France to buy 26 Rafale jets.",
       "France -signed-> contract (France–India) [asserted]\nFrance -supplies_arms_to-> India [hypothetical]\n"
       "India -signed-> contract (France–India) [asserted]"},
      {"Pakistan is in talks with Russia about buying fighter jets.", "Russia -supplies_arms_to-> Pakistan [hypothetical]"},
      {"Peru bought rice after talks with Chile.", ""},
      // a model designation names a weapon
      {"Algeria took delivery of the first S-400 parts from Russia.", "Russia -supplies_arms_to-> Algeria [asserted]"},
      {"Serbia bought the Russian S-300 system.", "Russia -supplies_arms_to-> Serbia [asserted]"},
      {"Brazil sent N-95 masks to Chile.", ""},
      // weapons of named origin reach a country
      {"The tanks delivered by Poland have reached Ukraine.", "Poland -supplies_arms_to-> Ukraine [asserted]"},
      // a follower does the same
      {"Chile sent rifles to Peru on Monday, and Spain followed suit.",
       "Chile -supplies_arms_to-> Peru [asserted] 2024-07-08\nSpain -supplies_arms_to-> Peru [asserted]"},
      {"Chile sent rifles to Peru. Spain followed suit.",
       "Chile -supplies_arms_to-> Peru [asserted]\nSpain -supplies_arms_to-> Peru [asserted]"},
      {"Chile sent rifles to Peru. Spain will follow suit.",
       "Chile -supplies_arms_to-> Peru [asserted]\nSpain -supplies_arms_to-> Peru [hypothetical]"},
      {"Chile hosted Peru. Spain followed suit.", ""},
      // a route after the arms phrase, and lists before the recipient
      {"A shipment of shells from Serbia to Ukraine was rumoured.",
       "Serbia -supplies_arms_to-> Ukraine [hypothetical]"},
      {"Arms transfers from France to India rose.", "France -supplies_arms_to-> India [asserted]"},
      // (the weapons listed as held back were never delivered)
      {"Canada halted deliveries of tanks, attack helicopters and 40 Javelin missiles to Chad.",
       "Canada -supplies_arms_to-> Chad [hypothetical]\nCanada -suspended-> deliveries [asserted]"},
      // buyer nouns
      {"Vietnam is the biggest buyer of Russian weapons.", "Russia -supplies_arms_to-> Vietnam [asserted]"},
      {"The report named Qatar as the largest importer of French arms.",
       "France -supplies_arms_to-> Qatar [asserted]"},
      {"Egypt is the biggest buyer of Egyptian cotton.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

TEST_CASE("Arms rules read inductions, gifts, origins and described suppliers", "[relations][arms]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the buyer's side: inducted, took receipt of, a gift, the owner of weapons bought abroad
      {"Ghana inducted four Chinese attack helicopters.", "China -supplies_arms_to-> Ghana [asserted]"},
      {"Kenya plans to induct Chinese drones.", "China -supplies_arms_to-> Kenya [hypothetical]"},
      {"Peru took receipt of six howitzers from Spain.", "Spain -supplies_arms_to-> Peru [asserted]"},
      {"Peru did not take receipt of the howitzers from Spain.", "Spain -supplies_arms_to-> Peru [negated]"},
      {"Nepal received ten rifles as a gift from India.", "India -supplies_arms_to-> Nepal [asserted]"},
      {"Chile's first two frigates, bought from Australia, arrived in Valparaiso.",
       "Australia -supplies_arms_to-> Chile [asserted]"},
      // gifts, equipping and handing over; a possessive is no indirect object
      {"Spain donated a corvette to Senegal.", "Spain -supplies_arms_to-> Senegal [asserted]"},
      {"Turkey has equipped Niger's army with armoured vehicles.", "Turkey -supplies_arms_to-> Niger [asserted]"},
      {"China kitted out Cambodia's army with rifles and mortars.", "China -supplies_arms_to-> Cambodia [asserted]"},
      {"Poland handed Ukraine 14 tanks.", "Poland -supplies_arms_to-> Ukraine [asserted]"},
      {"Canada pledged its 20 howitzers to Latvia.", "Canada -supplies_arms_to-> Latvia [hypothetical]"},
      {"Voters handed Modi a third term.", ""},
      {"Poland handed the presidency to Spain.", ""},
      // weapons built abroad for a buyer; still being built is a plan; at home is no supply
      {"Frigates built for Peru by South Korea arrived.", "South Korea -supplies_arms_to-> Peru [asserted]"},
      {"Two submarines being built for Egypt by Germany were delayed.",
       "Germany -supplies_arms_to-> Egypt [hypothetical]"},
      {"The submarines built for Egypt by Germany will be delivered next year.",
       "Germany -supplies_arms_to-> Egypt [hypothetical] 2025"},
      {"Tanks built in Poland for the Polish army were shown.", ""},
      {"Jets built for export by Sweden were shown.", ""},
      // weapons made elsewhere: operated, flown by the antecedent of "whose", owned, not captured
      {"Vietnam operates six Russian-built submarines.", "Russia -supplies_arms_to-> Vietnam [asserted]"},
      {"Chinese-made drones operated by Nigeria struck the camp.", "China -supplies_arms_to-> Nigeria [asserted]"},
      {"Morocco, whose air force flies US-built jets, ordered more.",
       "United States -supplies_arms_to-> Morocco [asserted]"},
      {"Ukraine's US-made Patriot batteries shot down the missiles.",
       "United States -supplies_arms_to-> Ukraine [asserted]"},
      {"The Taliban's American-made rifles were seized from the army.", ""},
      // a supplier described: one of R's suppliers, the source of R's weapons
      {"Germany, one of Turkey's main arms suppliers, halted exports.",
       "Germany -supplies_arms_to-> Turkey [asserted]\nGermany -suspended-> exports [asserted]"},
      {"For Chad, France has long been the main source of weapons.", "France -supplies_arms_to-> Chad [asserted]"},
      {"Russia remains the main source of Algeria's weapons.", "Russia -supplies_arms_to-> Algeria [asserted]"},
      {"Russia is not the source of the weapons, Moscow said.", ""},
      // licences and possible sales; a possessor is no recipient
      {"The State Department cleared the possible sale of 12 jets to Peru.",
       "United States -supplies_arms_to-> Peru [hypothetical]"},
      {"Azerbaijan added Pakistani jets to its order book.", "Pakistan -supplies_arms_to-> Azerbaijan [hypothetical]"},
      {"Bolivia's air force added six Chinese K-8 jets to its fleet.", "China -supplies_arms_to-> Bolivia [asserted]"},
      {"Germany added 20 tanks to the list.", ""},
      // a purchase paid for, the maker as the seller, a denial in the object, a new clause after "and"
      {"Uganda paid $740 million for six Su-30 jets from Russia.", "Russia -supplies_arms_to-> Uganda [asserted]"},
      {"Uganda paid a visit to Russia.", ""},
      {"Ecuador grounded the Indian-built helicopters it bought in 2008.",
       "India -supplies_arms_to-> Ecuador [asserted] 2008"},
      {"Belgrade has sold no ammunition to Ukraine.", "Serbia -supplies_arms_to-> Ukraine [negated]"},
      {"Slovakia gave its S-300 battery to Ukraine, and the United States has stationed a Patriot system in Slovakia.",
       "Slovakia -supplies_arms_to-> Ukraine [asserted]"},
      {"Spain sent tanks to Chad and Niger.",
       "Spain -supplies_arms_to-> Chad [asserted]\nSpain -supplies_arms_to-> Niger [asserted]"},
      // a relative clause without "that"; a purchase under way or talked about is a deal
      {"The F-16s Washington sold to Pakistan were grounded.", "United States -supplies_arms_to-> Pakistan [asserted]"},
      {"The tanks Germany had sent to Ukraine were destroyed.", "Germany -supplies_arms_to-> Ukraine [asserted]"},
      {"The rice Vietnam sold to the Philippines arrived.", ""},
      {"Argentina is buying 24 F-16s from Denmark.", "Denmark -supplies_arms_to-> Argentina [hypothetical]"},
      {"Russia has been buying shells from North Korea.", "North Korea -supplies_arms_to-> Russia [asserted]"},
      {"Vietnam is negotiating with India over the purchase of BrahMos cruise missiles.",
       "India -supplies_arms_to-> Vietnam [hypothetical]"},
      {"Berlin held talks on selling submarines to Israel.", "Germany -supplies_arms_to-> Israel [hypothetical]"},
      {"Seoul discussed supplying howitzers to Poland.", "South Korea -supplies_arms_to-> Poland [hypothetical]"},
      // transport planes and their civil cargo are no supply
      {"An Indian air force C-17 landed in Colombo carrying rice.", ""},
      {"A US C-17 landed in Kabul.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

TEST_CASE("Suspension rules read holds, nouns, passives and members", "[relations][suspended]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Turkey put its talks with Egypt on ice.", "Turkey -suspended-> talks with Egypt [asserted]"},
      {"Mercosur suspended Paraguay in 2012.", "Mercosur -suspended-> Paraguay's membership [asserted] 2012"},
      {"The suspension of Mali by the African Union was lifted.",
       "African Union -suspended-> Mali's membership [asserted]"},
      {"Brussels announced a halt to budget support for Mali.", "European Union -suspended-> budget support [asserted]"},
      {"Nigeria's decision to suspend cooperation with France surprised Paris.",
       "Nigeria -suspended-> cooperation with France [asserted]"},
      {"Officials denied Russia's decision to suspend the treaty.", "Russia -suspended-> treaty (Russia) [negated]"},
      {"The World Bank is withholding new loans to Mali.", "World Bank -suspended-> loans [asserted]"},
      {"Military aid to Haiti was suspended by Canada.", "Canada -suspended-> Military aid [asserted]"},
      {"Ghana would halt inspections if the talks failed.", "Ghana -suspended-> inspections [hypothetical]"},
      {"The African Union suspended Mali.", "African Union -suspended-> Mali's membership [asserted]"},
      {"Iran's aid to Syria ended after Russia froze it.", "Russia -suspended-> aid [asserted]"},
      {"Officials said Spain was stopping approvals of arms exports to Chad.",
       "Spain -supplies_arms_to-> Chad [asserted]\nSpain -suspended-> approvals of arms exports [asserted]"},
      {"Germany declared a moratorium on arms exports to Saudi Arabia.", "Germany -suspended-> arms exports [asserted]"},
      {"Kenya announced a pause in talks with Somalia.", "Kenya -suspended-> talks with Somalia [asserted]"},
      {"China suspended imports of Japanese seafood.", "China -suspended-> imports [asserted]"},
      {"The World Bank paused disbursements to Sudan.", "World Bank -suspended-> disbursements [asserted]"},
      {"Ghana suspended the treaty on Friday, and Togo followed suit.",
       "Ghana -suspended-> treaty (Ghana) [asserted] 2024-07-05\nTogo -suspended-> treaty (Ghana) [asserted]"},
      {"Chile left the Kyoto Protocol years after it suspended its participation in the treaty.",
       "Chile -suspended-> Kyoto Protocol [asserted]"},
      // flights, football and stopping someone are out of scope
      {"Qatar suspended flights to Lebanon.", ""},
      {"Officials tried to stop the Chinese government buying the port.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

TEST_CASE("Arms rules read users, fleets, arrivals, deals and outcomes", "[relations][arms]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Kenyan gunners fired French-made howitzers at the rebels.", "France -supplies_arms_to-> Kenya [asserted]"},
      {"Chile used Israeli-made drones and Spanish Leopard tanks in the exercise.",
       "Israel -supplies_arms_to-> Chile [asserted]\nSpain -supplies_arms_to-> Chile [asserted]"},
      {"Peru's ageing fleet of French-made jets is grounded.", "France -supplies_arms_to-> Peru [asserted]"},
      {"Chile took its first Spanish tanks into service.", "Spain -supplies_arms_to-> Chile [asserted]"},
      {"Rifles supplied by Spain and Italy had arrived in Chad.",
       "Italy -supplies_arms_to-> Chad [asserted]\nSpain -supplies_arms_to-> Chad [asserted]"},
      {"The third tranche of Spanish military aid, including ten howitzers, has reached Chad.",
       "Spain -supplies_arms_to-> Chad [asserted]"},
      {"Estonia re-exported to Ukraine nine howitzers.", "Estonia -supplies_arms_to-> Ukraine [asserted]"},
      {"Spain has supplied Chad with some 14,000 of its oldest shells.", "Spain -supplies_arms_to-> Chad [asserted]"},
      // deals: a plan from the weapons' named origin, or from the state the
      // contract is with (as "a deal with S to buy")
      {"Chad signed a contract for 12 French howitzers.",
       "Chad -signed-> contract (Chad) [asserted]\nFrance -supplies_arms_to-> Chad [hypothetical]"},
      {"Chile signed a contract with Spain for 12 tanks.",
       "Chile -signed-> contract (Chile–Spain) [asserted]\nSpain -signed-> contract (Chile–Spain) [asserted]\n"
       "Spain -supplies_arms_to-> Chile [hypothetical]"},
      // talks stay a plan; an approval whose weapons never came is negated
      {"Chile is in talks with Spain over the purchase of Spanish tanks.",
       "Spain -supplies_arms_to-> Chile [hypothetical]"},
      {"Washington approved the sale of eight F-16s to Pakistan, but the jets were never delivered.",
       "United States -supplies_arms_to-> Pakistan [negated]"},
      {"Washington approved the sale of eight F-16s to Pakistan, and Congress never objected.",
       "United States -supplies_arms_to-> Pakistan [hypothetical]"},
      // a decision to send is a plan until the weapons arrive
      {"Bulgaria's parliament voted to send Kyiv 100 armoured vehicles.",
       "Bulgaria -supplies_arms_to-> Ukraine [hypothetical]"},
      // the owner of arrived weapons at a place on no list; nominal gifts and
      // licences; weapons that fell into a group's hands were taken
      {"Iraq's first F-16 fighters from the United States touched down at Balad air base.",
       "United States -supplies_arms_to-> Iraq [asserted]"},
      {"Kuwait's first two Eurofighter Typhoons, built in Italy by Leonardo, touched down at a base.",
       "Italy -supplies_arms_to-> Kuwait [asserted]"},
      {"Slovakia's donation of 13 MiG-29 fighters to Ukraine is complete.",
       "Slovakia -supplies_arms_to-> Ukraine [asserted]"},
      {"Berlin refused to license the export of Leopard tanks to Saudi Arabia.",
       "Germany -supplies_arms_to-> Saudi Arabia [negated]"},
      {"Taliban fighters posed with US-made rifles that fell into their hands.", ""},
      {"US-supplied Stinger missiles in Ukrainian hands have downed helicopters.",
       "United States -supplies_arms_to-> Ukraine [asserted]"},
      {"Iranian-made drones in Russia's hands hit Kyiv.", "Iran -supplies_arms_to-> Russia [asserted]"},
      {"Russian-made rifles in French hands were seized from jihadists.", ""},
      // the buyer in a relative clause on the weapons; a deal "with S"
      {"Russia has failed to deliver weapons Yerevan paid for.", "Russia -supplies_arms_to-> Armenia [negated]"},
      {"Spain delivered the corvettes Ghana had ordered.", "Spain -supplies_arms_to-> Ghana [asserted]"},
      // weapons of a named origin as the subject of a passive use verb; shot
      // down, captured or the origin's own weapons give nothing
      {"Iran's Shahed drones have been used by Russia against Kyiv.",
       "Iran -supplies_arms_to-> Russia [asserted]"},
      {"Missiles supplied by North Korea were fired by Russian forces at Kharkiv.",
       "North Korea -supplies_arms_to-> Russia [asserted]"},
      {"Drones from Iran have reportedly been flown by Russian crews.",
       "Iran -supplies_arms_to-> Russia [hypothetical]"},
      {"Iranian drones were shot down by Ukraine.", ""},
      // the weapons' origin inside "<supply noun> of"; captured ones were taken
      {"The handover of the first French Mirage 2000 fighters to Ukraine was confirmed.",
       "France -supplies_arms_to-> Ukraine [asserted]"},
      {"Berlin approved the delivery of German Leopard tanks to Ukraine.",
       "Germany -supplies_arms_to-> Ukraine [hypothetical]"},
      {"The transfer of captured Russian tanks to Ukraine's army was filmed.", ""},
      {"Russian missiles were fired by Russia at Kyiv.", ""},
      {"Qatar signed a contract with France for 24 Rafale jets.",
       "France -signed-> contract (France–Qatar) [asserted]\nFrance -supplies_arms_to-> Qatar [hypothetical]\n"
       "Qatar -signed-> contract (France–Qatar) [asserted]"},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
