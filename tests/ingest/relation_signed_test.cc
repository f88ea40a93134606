// Table-driven checks of the signed relation and of the subject finding it
// leans on: people on no list, groups, second clauses, reduced relatives,
// counted and pronoun objects; then texts that must yield no asserted
// signing.
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("Signed finds its signers", "[relations][signed]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // people on no list: in apposition to a title, after a possessive country
      {"Ghana's trade minister, Kofi Mensah, and the Togolese foreign minister, Ama Dogbe, "
       "signed a customs agreement in Lome on Tuesday.",
       "Ama Dogbe -signed-> customs agreement (Ghana–Togo) [asserted] 2024-07-09\n"
       "Kofi Mensah -signed-> customs agreement (Ghana–Togo) [asserted] 2024-07-09"},
      {"Chile's president, Gabriel Boric, signed the fisheries agreement.",
       "Gabriel Boric -signed-> fisheries agreement (Chile) [asserted]"},
      // a compound modifier and an acronym in brackets around a movement's name
      {"The Kurdish-led Syrian Democratic Forces (SDF) announced it had entered into an "
       "agreement with Damascus.",
       "Syria -signed-> agreement (Syria–Syrian Democratic Forces) [asserted]\n"
       "Syrian Democratic Forces -signed-> agreement (Syria–Syrian Democratic Forces) [asserted]"},
      // a full passive whose signers follow "between"
      {"A memorandum on the gas pipeline was signed between Israel, Cyprus and Greece in Tel Aviv.",
       "Cyprus -signed-> memorandum (Cyprus–Greece–Israel) [asserted]\n"
       "Greece -signed-> memorandum (Cyprus–Greece–Israel) [asserted]\n"
       "Israel -signed-> memorandum (Cyprus–Greece–Israel) [asserted]"},
      // an amount converted in brackets is part of the description, not a clause
      {"India has signed a $40bn (£21bn) deal to import gas from Iran.",
       "India -signed-> deal (India) [asserted]"},
      {"Britain signed a £1bn ($1.9bn; £2bn) debt relief agreement with Tanzania.",
       "Tanzania -signed-> debt relief agreement (Tanzania–United Kingdom) [asserted]\n"
       "United Kingdom -signed-> debt relief agreement (Tanzania–United Kingdom) [asserted]"},
      // a late passive agent: the titled person a possessive country introduces
      {"The treaty was signed in Lima by Chile's foreign minister, Ana Reyes.",
       "Ana Reyes -signed-> treaty (Chile) [asserted]"},
      // a relative clause after a list: every member is the antecedent
      {"Members include Fiji, Palau and Tuvalu, which signed the New START treaty.",
       "Fiji -signed-> New START [asserted]\nPalau -signed-> New START [asserted]\n"
       "Tuvalu -signed-> New START [asserted]"},
      // the agreement as the object of a relative clause with a list of signers
      {"The fisheries accord, which Chile and Peru signed last year, expired.",
       "Chile -signed-> fisheries accord (Chile–Peru) [asserted] 2023\n"
       "Peru -signed-> fisheries accord (Chile–Peru) [asserted] 2023"},
      {"The Andean Trade Treaty, which Chile, Peru and Bolivia signed in 2006, entered into force.",
       "Bolivia -signed-> Andean Trade Treaty [asserted] 2006\n"
       "Chile -signed-> Andean Trade Treaty [asserted] 2006\n"
       "Peru -signed-> Andean Trade Treaty [asserted] 2006"},
      // a list of signers opening the sentence, with no agreement anywhere
      {"Chile and Peru signed in Lima on Monday.", ""},
      // "neither ... nor" lists stay negated; a group noun introducing its members
      {"Neither Laos nor Cambodia has signed the New START treaty.",
       "Cambodia -signed-> New START [negated]\nLaos -signed-> New START [negated]"},
      {"Fiji and Palau, as well as island states including Tuvalu, signed the New START treaty.",
       "Fiji -signed-> New START [asserted]\nPalau -signed-> New START [asserted]\n"
       "Tuvalu -signed-> New START [asserted]"},
      {"Ghana's Kofi Mensah signed the customs agreement.",
       "Kofi Mensah -signed-> customs agreement (Ghana) [asserted]"},
      // the subject of a second clause, and "it" for the agreement of the first
      {"Kwame Asante signed the border treaty for Ghana, and Yao Kouassi signed it for Ivory Coast.",
       "Kwame Asante -signed-> border treaty (Kwame Asante) [asserted]\n"
       "Yao Kouassi -signed-> border treaty (Kwame Asante) [asserted]"},
      // pronouns and groups
      {"Michelle Bachelet arrived in Lima on Monday. The next day she and Pedro Castillo signed a border protocol.",
       "Michelle Bachelet -signed-> border protocol (Michelle Bachelet–Pedro Castillo) [asserted] 2024-07-09\n"
       "Michelle Bachelet -visited-> Peru [asserted] 2024-07-08\n"
       "Pedro Castillo -signed-> border protocol (Michelle Bachelet–Pedro Castillo) [asserted] 2024-07-09"},
      {"Emmanuel Macron and Olaf Scholz spoke on Monday. They signed a defence pact.",
       "Emmanuel Macron -signed-> defence pact (France–Germany) [asserted] 2024-07-08\n"
       "Olaf Scholz -signed-> defence pact (France–Germany) [asserted] 2024-07-08"},
      {"Emmanuel Macron praised Olaf Scholz on Monday. The next day the pair signed a defence pact.",
       "Emmanuel Macron -signed-> defence pact (France–Germany) [asserted] 2024-07-09\n"
       "Olaf Scholz -signed-> defence pact (France–Germany) [asserted] 2024-07-09"},
      {"Emmanuel Macron praised Olaf Scholz on Monday. The two leaders signed a defence pact.",
       "Emmanuel Macron -signed-> defence pact (France–Germany) [asserted] 2024-07-08\n"
       "Olaf Scholz -signed-> defence pact (France–Germany) [asserted] 2024-07-08"},
      {"Chile and Bolivia ended their dispute. The two countries signed a water treaty in 2012.",
       "Bolivia -signed-> water treaty (Bolivia–Chile) [asserted] 2012\n"
       "Chile -signed-> water treaty (Bolivia–Chile) [asserted] 2012"},
      {"Olaf Scholz welcomed Emmanuel Macron to Berlin, and the French president and his German host "
       "signed a defence pact.",
       "Emmanuel Macron -signed-> defence pact (France–Germany) [asserted]\n"
       "Emmanuel Macron -visited-> Germany [asserted]\n"
       "Olaf Scholz -signed-> defence pact (France–Germany) [asserted]"},
      {"Egypt said it hosted talks on Monday. The country signed a gas deal with Israel.",
       "Egypt -signed-> gas deal (Egypt–Israel) [asserted] 2024-07-08\nIsrael -signed-> gas deal (Egypt–Israel) [asserted] 2024-07-08"},
      // constructions
      {"The fisheries agreement, signed by Chile and Peru on Monday, ends a long dispute.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [asserted] 2024-07-08\n"
       "Peru -signed-> fisheries agreement (Chile–Peru) [asserted] 2024-07-08"},
      {"Chile and Peru signed more than 20 agreements on trade and energy.",
       "Chile -signed-> agreements (Chile–Peru) [asserted]\nPeru -signed-> agreements (Chile–Peru) [asserted]"},
      {"In a Lima hotel, Chile and Peru signed a fisheries agreement.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [asserted]\nPeru -signed-> fisheries agreement (Chile–Peru) [asserted]"},
      {"Norway and Ghana put their names to a fisheries agreement.",
       "Ghana -signed-> fisheries agreement (Ghana–Norway) [asserted]\nNorway -signed-> fisheries agreement (Ghana–Norway) [asserted]"},
      {"Chile concluded a fisheries agreement with Peru.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [asserted]\nPeru -signed-> fisheries agreement (Chile–Peru) [asserted]"},
      {"Chile and Peru inked a fisheries pact on Monday.",
       "Chile -signed-> fisheries pact (Chile–Peru) [asserted] 2024-07-08\nPeru -signed-> fisheries pact (Chile–Peru) [asserted] 2024-07-08"},
      {"The deal was signed in Lima on Friday by the foreign ministers of Chile and Peru.",
       "Chile -signed-> deal (Chile–Peru) [asserted] 2024-07-05\nPeru -signed-> deal (Chile–Peru) [asserted] 2024-07-05"},
      {"The fisheries treaty, which Chile signed in 2019, expires next year.",
       "Chile -signed-> fisheries treaty (Chile) [asserted] 2019"},
      {"Chile's foreign minister signed the fisheries treaty on behalf of the government.",
       "Chile -signed-> fisheries treaty (Chile) [asserted]"},
      {"Gabriel Boric and his Peruvian counterpart signed the fisheries treaty.",
       "Gabriel Boric -signed-> fisheries treaty (Chile–Peru) [asserted]\n"
       "Peru -signed-> fisheries treaty (Chile–Peru) [asserted]"},
      {"At a separate ceremony, the two countries' foreign ministers, Kofi Mensah and Ama Dogbe, "
       "signed a customs agreement.",
       "Ama Dogbe -signed-> customs agreement (Ama Dogbe–Kofi Mensah) [asserted]\n"
       "Kofi Mensah -signed-> customs agreement (Ama Dogbe–Kofi Mensah) [asserted]"},
      {"Argentina will not become a signatory to the Treaty on the Prohibition of Nuclear Weapons.",
       "Argentina -signed-> Treaty on the Prohibition of Nuclear Weapons [negated]"},
      // names of agreements: "and" inside a name, a lower-case head after a name
      {"Chile and Peru signed the Treaty of Amity and Cooperation.",
       "Chile -signed-> Treaty of Amity and Cooperation [asserted]\n"
       "Peru -signed-> Treaty of Amity and Cooperation [asserted]"},
      {"Chile signed the Andean Fisheries Area agreement with Peru.",
       "Chile -signed-> Andean Fisheries Area agreement [asserted]\n"
       "Peru -signed-> Andean Fisheries Area agreement [asserted]"},
      // ordinals make the infinitive a fact
      {"Ghana became the latest country to sign the Treaty of Amity and Cooperation.",
       "Ghana -signed-> Treaty of Amity and Cooperation [asserted]"},
      {"Ghana became the 53rd country to sign the Treaty of Amity and Cooperation.",
       "Ghana -signed-> Treaty of Amity and Cooperation [asserted]"},
      // reduced relatives with a place and a time before the agents, or "between"
      {"The fisheries pact signed in Lima on Monday by Chile and Peru ends a long dispute.",
       "Chile -signed-> fisheries pact (Chile–Peru) [asserted] 2024-07-08\n"
       "Peru -signed-> fisheries pact (Chile–Peru) [asserted] 2024-07-08"},
      {"Chile said a fisheries deal signed between Santiago and Lima in May was lawful.",
       "Chile -signed-> fisheries deal (Chile–Peru) [asserted] 2024-05\n"
       "Peru -signed-> fisheries deal (Chile–Peru) [asserted] 2024-05"},
      // signing nouns with no object: the agreement in view
      {"Ghana signed the Treaty of Amity and Cooperation on Monday, when Ghana's Kofi Mensah put pen to paper in Accra.",
       "Ghana -signed-> Treaty of Amity and Cooperation [asserted] 2024-07-08\n"
       "Kofi Mensah -signed-> Treaty of Amity and Cooperation [asserted] 2024-07-08"},
      {"Ghana's trade minister, Kofi Mensah, put pen to paper on the customs agreement.",
       "Kofi Mensah -signed-> customs agreement (Ghana) [asserted]"},
      {"Chile and Peru signed the Treaty of Amity and Cooperation, with Bolivia adding its signature as a witness.",
       "Bolivia -signed-> Treaty of Amity and Cooperation [asserted]\n"
       "Chile -signed-> Treaty of Amity and Cooperation [asserted]\n"
       "Peru -signed-> Treaty of Amity and Cooperation [asserted]"},
      // co-signers later in the sentence
      {"Chile signed the fisheries treaty in Lima on Monday, along with the leaders of Peru and Bolivia.",
       "Bolivia -signed-> fisheries treaty (Bolivia–Chile–Peru) [asserted] 2024-07-08\n"
       "Chile -signed-> fisheries treaty (Bolivia–Chile–Peru) [asserted] 2024-07-08\n"
       "Peru -signed-> fisheries treaty (Bolivia–Chile–Peru) [asserted] 2024-07-08"},
      {"Chile signed the Treaty of Amity and Cooperation, with Peru and Bolivia adding their "
       "signatures to the treaty.",
       "Bolivia -signed-> Treaty of Amity and Cooperation [asserted]\n"
       "Chile -signed-> Treaty of Amity and Cooperation [asserted]\n"
       "Peru -signed-> Treaty of Amity and Cooperation [asserted]"},
      // "joined A and B to sign": they sign too, and it happened
      {"Emmanuel Macron joined Olaf Scholz in Berlin on Friday to sign a new defence pact.",
       "Emmanuel Macron -signed-> defence pact (France–Germany) [asserted] 2024-07-05\n"
       "Olaf Scholz -signed-> defence pact (France–Germany) [asserted] 2024-07-05"},
      // an indefinite phrase is a description, not a name
      {"Chile signed a new Andean trade pact.", "Chile -signed-> Andean trade pact (Chile) [asserted]"},
      // descriptions: quotes, a modifier before an organisation
      {"Chile said it had signed an 'historic' fisheries agreement with Peru.",
       "Chile -signed-> historic fisheries agreement (Chile–Peru) [asserted]\n"
       "Peru -signed-> historic fisheries agreement (Chile–Peru) [asserted]"},
      {"Chile signed a trade pact with the four-nation Andean Community.",
       "Andean Community -signed-> trade pact (Andean Community–Chile) [asserted]\n"
       "Chile -signed-> trade pact (Andean Community–Chile) [asserted]"},
      // a bloc's members stand for the bloc
      {"The four Andean Community countries and Chile signed a trade pact.",
       "Andean Community -signed-> trade pact (Andean Community–Chile) [asserted]\n"
       "Chile -signed-> trade pact (Andean Community–Chile) [asserted]"},
      // "and" inside the title of the second signer
      {"Peruvian Foreign Minister Ana Reyes and Chilean Business and Trade Secretary Kofi Mensah "
       "signed the fisheries treaty.",
       "Ana Reyes -signed-> fisheries treaty (Chile–Peru) [asserted]\n"
       "Kofi Mensah -signed-> fisheries treaty (Chile–Peru) [asserted]"},
      // a person on no list with a particle in the name
      {"Bahraini Foreign Minister Abdullatif al-Zayani signed the fisheries treaty.",
       "Abdullatif al-Zayani -signed-> fisheries treaty (Bahrain) [asserted]"},
      // a relative clause between the subject and the verb; its object is not the signer
      {"Chile, which buys gas from Peru, signed the Andean Trade Treaty.",
       "Chile -signed-> Andean Trade Treaty [asserted]"},
      {"Emmanuel Macron, who flew into Lima on Monday for talks, signed the Andean Trade Treaty.",
       "Emmanuel Macron -signed-> Andean Trade Treaty [asserted] 2024-07-08\n"
       "Emmanuel Macron -visited-> Peru [asserted] 2024-07-08"},
      // examples set off after a group noun
      {"Five coastal states, including Chile, Peru and Ecuador, signed the Andean Trade Treaty.",
       "Chile -signed-> Andean Trade Treaty [asserted]\nEcuador -signed-> Andean Trade Treaty [asserted]\n"
       "Peru -signed-> Andean Trade Treaty [asserted]"},
      // "of" and "on" phrases after the head describe the text; times and places do not
      {"Chile and Peru signed a joint declaration of peace and friendship.",
       "Chile -signed-> joint declaration of peace and friendship (Chile–Peru) [asserted]\n"
       "Peru -signed-> joint declaration of peace and friendship (Chile–Peru) [asserted]"},
      {"A convention on the status of the Atacama coast was signed by Chile and Peru.",
       "Chile -signed-> convention on the status of the Atacama coast (Chile–Peru) [asserted]\n"
       "Peru -signed-> convention on the status of the Atacama coast (Chile–Peru) [asserted]"},
      {"Chile and Peru signed a fisheries agreement on Monday.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [asserted] 2024-07-08\n"
       "Peru -signed-> fisheries agreement (Chile–Peru) [asserted] 2024-07-08"},
      {"Chile and Peru signed a fisheries agreement on the sidelines of the summit.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [asserted]\n"
       "Peru -signed-> fisheries agreement (Chile–Peru) [asserted]"},
      // a town names the text; a participle clause has its own "with"
      {"Chile and Peru signed the Jeddah declaration.",
       "Chile -signed-> Jeddah declaration (Chile–Peru) [asserted]\n"
       "Peru -signed-> Jeddah declaration (Chile–Peru) [asserted]"},
      {"Chile signed the Andean Trade Treaty on Tuesday, ending a dispute with Peru.",
       "Chile -signed-> Andean Trade Treaty [asserted] 2024-07-09"},
      // "put his name to", agreements named by their amount, countersigning
      {"Ghana's Kofi Mensah put his name to the customs agreement.",
       "Kofi Mensah -signed-> customs agreement (Ghana) [asserted]"},
      {"Chile and Peru signed a $2 billion fisheries deal.",
       "Chile -signed-> fisheries deal (Chile–Peru) [asserted]\n"
       "Peru -signed-> fisheries deal (Chile–Peru) [asserted]"},
      {"Chile and Peru inked a 7.5 billion euro gas contract.",
       "Chile -signed-> 7.5 billion euro gas contract (Chile–Peru) [asserted]\n"
       "Peru -signed-> 7.5 billion euro gas contract (Chile–Peru) [asserted]"},
      {"Peru signed the Andean Trade Treaty first, and Chile countersigned it an hour later.",
       "Chile -signed-> Andean Trade Treaty [asserted]\nPeru -signed-> Andean Trade Treaty [asserted]"},
      // the "by" phrase after a long place and time
      {"The Andean Trade Treaty, a text negotiated over a decade, was signed in the Peruvian port "
       "of Callao on Monday by the presidents of Chile and Peru.",
       "Chile -signed-> Andean Trade Treaty [asserted] 2024-07-08\n"
       "Peru -signed-> Andean Trade Treaty [asserted] 2024-07-08"},
      {"The Andean Trade Treaty was signed at a hall in Callao, Peru, by the presidents of Chile and Peru.", 
       "Chile -signed-> Andean Trade Treaty [asserted]\nPeru -signed-> Andean Trade Treaty [asserted]"},
      {"The Andean Trade Treaty was signed at a hall in Callao, Peru, by hand.", ""},
      // "put his signature on Monday to", "alongside" a co-signer, an amount with a decimal point
      {"Gabriel Boric put his signature on Monday to the fisheries agreement alongside Peru.", 
       "Gabriel Boric -signed-> fisheries agreement (Chile–Peru) [asserted] 2024-07-08\n"
       "Peru -signed-> fisheries agreement (Chile–Peru) [asserted] 2024-07-08"},
      {"Ghana's Kofi Mensah put his name to the document alongside Togo.", 
       "Kofi Mensah -signed-> document (Ghana–Togo) [asserted]\nTogo -signed-> document (Ghana–Togo) [asserted]"},
      {"Chile and Peru put their names to a 1.25 billion dollar gas deal.", 
       "Chile -signed-> gas deal (Chile–Peru) [asserted]\nPeru -signed-> gas deal (Chile–Peru) [asserted]"},
      // a past "joined", "met" or "held a ceremony" whose purpose was signing
      {"Emmanuel Macron joined Olaf Scholz in the main hall of the chancellery in Berlin on Monday "
       "to sign the defence pact.",
       "Emmanuel Macron -signed-> defence pact (France–Germany) [asserted] 2024-07-08\n"
       "Olaf Scholz -signed-> defence pact (France–Germany) [asserted] 2024-07-08"},
      // a second signer behind a possessor on no list
      {"Ethiopia's Abiy Ahmed and Somaliland's Muse Bihi Abdi signed a port accord.",
       "Abiy Ahmed -signed-> port accord (Ethiopia–Muse Bihi Abdi) [asserted]\n"
       "Muse Bihi Abdi -signed-> port accord (Ethiopia–Muse Bihi Abdi) [asserted]"},
      {"Abiy Ahmed and Somaliland's envoy signed a port accord.",
       "Abiy Ahmed -signed-> port accord (Ethiopia) [asserted]"},
      // a passive agent past a described possessor
      {"The Andean Trade Treaty was signed by the bloc's President Gabriel Boric.",
       "Gabriel Boric -signed-> Andean Trade Treaty [asserted]"},
      {"The Andean Trade Treaty was signed by the bloc's leaders.", ""},
      // a fronted place is no signer; "after" opening the clause keeps its subject
      {"In Lima, Gabriel Boric and Dina Boluarte signed the Andean Trade Treaty.",
       "Dina Boluarte -signed-> Andean Trade Treaty [asserted]\n"
       "Gabriel Boric -signed-> Andean Trade Treaty [asserted]"},
      {"At Santiago, Chile and Peru signed the Andean Trade Treaty.",
       "Chile -signed-> Andean Trade Treaty [asserted]\nPeru -signed-> Andean Trade Treaty [asserted]"},
      {"Chile and Peru held a ceremony in Lima on Monday to sign the Andean Trade Treaty.",
       "Chile -signed-> Andean Trade Treaty [asserted] 2024-07-08\n"
       "Peru -signed-> Andean Trade Treaty [asserted] 2024-07-08"},
      // signatures put "to it": the agreement in view
      {"Chile and Peru agreed the Andean Trade Treaty in May. In June Gabriel Boric and Dina Boluarte "
       "put their signatures to it.",
       "Dina Boluarte -signed-> Andean Trade Treaty [asserted] 2024-06\n"
       "Gabriel Boric -signed-> Andean Trade Treaty [asserted] 2024-06"},
      // a reduced relative after "head of X"
      {"A declaration of principles, signed by Chile and Peru on Monday, ends the dispute.",
       "Chile -signed-> declaration of principles (Chile–Peru) [asserted] 2024-07-08\n"
       "Peru -signed-> declaration of principles (Chile–Peru) [asserted] 2024-07-08"},
      // an acronym on no list that the apposition calls an agreement
      {"Chile and Peru signed ANDEX on Monday, the last of three trade pacts.",
       "Chile -signed-> ANDEX [asserted] 2024-07-08\nPeru -signed-> ANDEX [asserted] 2024-07-08"},
      {"Chile and Peru signed ANDEX on Monday, officials in Lima said.", ""},
      // other signing verbs: a verb with its preposition, "formalised"
      {"Chile and Peru entered into a fisheries agreement.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [asserted]\n"
       "Peru -signed-> fisheries agreement (Chile–Peru) [asserted]"},
      {"Chile and Peru formalised a border protocol.",
       "Chile -signed-> border protocol (Chile–Peru) [asserted]\n"
       "Peru -signed-> border protocol (Chile–Peru) [asserted]"},
      // a text named by head and topic; onlookers are no co-signers
      {"Chile and Peru sealed a memorandum of understanding on the Andean Trade Treaty, with Gabriel Boric watching.",
       "Chile -signed-> memorandum of understanding (Chile–Peru) [asserted]\n"
       "Peru -signed-> memorandum of understanding (Chile–Peru) [asserted]"},
      // a far passive with an unnamed subject and one "by" per signer
      {"A fisheries protocol covering the Andean coast was signed in Lima on Monday by Gabriel Boric for Chile "
       "and by Dina Boluarte.",
       "Dina Boluarte -signed-> fisheries protocol (Chile–Peru) [asserted] 2024-07-08\n"
       "Gabriel Boric -signed-> fisheries protocol (Chile–Peru) [asserted] 2024-07-08"},
        // the state each signer acts for is part of the list item
      {"Mike Pompeo for the United States and Sergei Lavrov for Russia signed the memorandum.",
       "Mike Pompeo -signed-> memorandum (Russia–United States) [asserted]\n"
       "Sergey Lavrov -signed-> memorandum (Russia–United States) [asserted]"},
}));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

// Plans, refusals and look-alikes: nothing here may come out asserted.
TEST_CASE("Signed keeps hedged and false signings out", "[relations][signed]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // leaving Washington says he was there: a visit, whatever he signed
      {"Olaf Scholz left Washington without signing the trade agreement.",
       "Olaf Scholz -signed-> trade agreement (Germany) [negated]\n"
       "Olaf Scholz -visited-> United States [asserted]"},
      {"Chile and Peru might sign a fisheries agreement.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [hypothetical]\n"
       "Peru -signed-> fisheries agreement (Chile–Peru) [hypothetical]"},
      {"Chile and Peru said they would sign the fisheries agreement next month.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [hypothetical] 2024-08\n"
       "Peru -signed-> fisheries agreement (Chile–Peru) [hypothetical] 2024-08"},
      {"Peru refused to sign the fisheries agreement.", "Peru -signed-> fisheries agreement (Peru) [negated]"},
      {"Chile agreed to open its ports to ships from Peru, but the country did not sign the fisheries treaty.",
       "Chile -signed-> fisheries treaty (Chile) [negated]"},
      {"Chile has signed but not ratified the fisheries treaty.",
       "Chile -signed-> fisheries treaty (Chile) [asserted]"},
      {"Peru has not ratified the fisheries treaty.", ""},
      {"The fisheries agreement, to be signed by Chile and Peru next week, ends a long dispute.",
       "Chile -signed-> fisheries agreement (Chile–Peru) [hypothetical] 2024-07-17\n"
       "Peru -signed-> fisheries agreement (Chile–Peru) [hypothetical] 2024-07-17"},
      {"Kwame Asante signed the border treaty for Ghana, and Yao Kouassi will sign it next week.",
       "Kwame Asante -signed-> border treaty (Kwame Asante) [asserted]\n"
       "Yao Kouassi -signed-> border treaty (Kwame Asante) [hypothetical] 2024-07-17"},
      {"Ghana's Kofi Mensah refused to sign the customs agreement.",
       "Kofi Mensah -signed-> customs agreement (Ghana) [negated]"},
      {"Emmanuel Macron praised Olaf Scholz on Monday. The two leaders may sign a defence pact.",
       "Emmanuel Macron -signed-> defence pact (France–Germany) [hypothetical]\n"
       "Olaf Scholz -signed-> defence pact (France–Germany) [hypothetical]"},
      {"Kofi Mensah is to go to Togo.", ""},
      {"Kofi Mensah signed a three-year contract with the club.", ""},
      {"Kofi Mensah signed the names of the delegates.", ""},
      {"Reuters photographer Jane Smith signed the book.", ""},
      {"Kofi Mensah said the deal was good.", ""},
      // an unnamed agreement taken up by a pronoun or an elided object
      {"Ghana and Togo accepted a customs agreement, but Togo refused to sign it.",
       "Togo -signed-> customs agreement (Togo) [negated]"},
      // the subject of a clause after "hoped", not the speaker
      {"Gabriel Boric said he hoped the Andean Community would sign a trade pact with Chile.",
       "Andean Community -signed-> trade pact (Andean Community–Chile) [hypothetical]\n"
       "Chile -signed-> trade pact (Andean Community–Chile) [hypothetical]"},
      {"Norway and Ghana will put their names to a fisheries agreement.",
       "Ghana -signed-> fisheries agreement (Ghana–Norway) [hypothetical]\n"
       "Norway -signed-> fisheries agreement (Ghana–Norway) [hypothetical]"},
      {"Emmanuel Macron will join Olaf Scholz in Berlin to sign a defence pact.",
       "Emmanuel Macron -signed-> defence pact (France) [hypothetical]"},
      // leaders nobody named stand for the states just listed
      {"Chile and Peru settled their dispute, and officials said the two presidents would sign a fisheries treaty.",
       "Chile -signed-> fisheries treaty (Chile–Peru) [hypothetical]\n"
       "Peru -signed-> fisheries treaty (Chile–Peru) [hypothetical]"},
      // the signing called off, initials, executive orders
      {"The signing of the customs agreement between Ghana and Togo was postponed.",
       "Ghana -signed-> customs agreement (Ghana–Togo) [negated]\n"
       "Togo -signed-> customs agreement (Ghana–Togo) [negated]"},
      {"Chile and Peru initialled the fisheries treaty.", ""},
      // a ceremony or a meeting still to come
      {"Chile and Peru will hold a ceremony in Lima next week to sign the Andean Trade Treaty.",
       "Chile -signed-> Andean Trade Treaty [hypothetical] 2024-07-17\n"
       "Peru -signed-> Andean Trade Treaty [hypothetical] 2024-07-17"},
      {"Chile and Peru plan to meet in Lima to sign the Andean Trade Treaty.",
       "Chile -signed-> Andean Trade Treaty [hypothetical]\nPeru -signed-> Andean Trade Treaty [hypothetical]"},
      {"Kofi Mensah signed an executive order withdrawing Ghana from the Treaty of Amity and Cooperation.", ""},
      // reaching a deal is no signing; a treaty entering into force signs nothing
      {"Chile and Peru clinched a fisheries deal.", ""},
      {"Chile and Peru struck a fisheries deal.", ""},
      {"The fisheries treaty entered into force.", ""},
      // ratifying is no signing
      {"Peru ratified the fisheries treaty on Monday.", ""},
        // "set to sign" is a plan; "set their pens to" is the signing
      {"Chile and Peru are set to sign a trade deal.",
       "Chile -signed-> trade deal (Chile–Peru) [hypothetical]\nPeru -signed-> trade deal (Chile–Peru) [hypothetical]"},
}));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

TEST_CASE("Signed reads signers listed after the agreement", "[relations][signed]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"The accord bears the signatures of Chile, Peru and Bolivia.",
       "Bolivia -signed-> accord (Bolivia–Chile–Peru) [asserted]\n"
       "Chile -signed-> accord (Bolivia–Chile–Peru) [asserted]\n"
       "Peru -signed-> accord (Bolivia–Chile–Peru) [asserted]"},
      {"Signatories of the Treaty of Tlatelolco include Chile and Peru.",
       "Chile -signed-> Treaty of Tlatelolco [asserted]\nPeru -signed-> Treaty of Tlatelolco [asserted]"},
      {"Among those who put their names to the Rome Statute were Chile and Peru.",
       "Chile -signed-> Rome Statute [asserted]\nPeru -signed-> Rome Statute [asserted]"},
      {"Chile signed the fisheries accord in Lima on Monday, and so did Peru and Bolivia.",
       "Bolivia -signed-> fisheries accord (Bolivia–Chile–Peru) [asserted] 2024-07-08\n"
       "Chile -signed-> fisheries accord (Bolivia–Chile–Peru) [asserted] 2024-07-08\n"
       "Peru -signed-> fisheries accord (Bolivia–Chile–Peru) [asserted] 2024-07-08"},
      {"Signatures were put to the border treaty by Chile and by Peru.",
       "Chile -signed-> border treaty (Chile–Peru) [asserted]\nPeru -signed-> border treaty (Chile–Peru) [asserted]"},
      // passives without agents: the parties in the subject, or the list opening the sentence
      {"A trade agreement between Chile and Peru is expected to be signed next month.",
       "Chile -signed-> trade agreement (Chile–Peru) [hypothetical] 2024-08\n"
       "Peru -signed-> trade agreement (Chile–Peru) [hypothetical] 2024-08"},
      {"Chile and Peru initialled a border treaty on Friday, but it has yet to be signed.",
       "Chile -signed-> border treaty (Chile–Peru) [negated] 2024-07-05\n"
       "Peru -signed-> border treaty (Chile–Peru) [negated] 2024-07-05"},
      // the past "set" is the signing; "are set to" is a plan
      {"Chile and Peru each set their pen to the border treaty.",
       "Chile -signed-> border treaty (Chile–Peru) [asserted]\nPeru -signed-> border treaty (Chile–Peru) [asserted]"},
      {"Chile and Peru are set to put their signatures to the border treaty.",
       "Chile -signed-> border treaty (Chile–Peru) [hypothetical]\nPeru -signed-> border treaty (Chile–Peru) [hypothetical]"},
      // "in" inside a name keeps it whole
      {"Chile signed the Conventional Forces in Europe treaty.",
       "Chile -signed-> Conventional Forces in Europe treaty [asserted]"},
      // a passive without agents puts its agreement in view for the signers
      // of the next sentence, and states no fact of its own
      {"A fisheries accord was signed in Lima on Monday. Chile's foreign minister Alberto van "
       "Klaveren and his Peruvian counterpart Elmer Schialer put their names to it.",
       "Alberto van Klaveren -signed-> fisheries accord [asserted] 2024-07-08\n"
       "Elmer Schialer -signed-> fisheries accord [asserted] 2024-07-08"},
      {"A fisheries accord was signed in Lima on Monday.", ""},
      // no signer named, or no agreement
      {"The document carries the signature of nobody.", ""},
      {"Chile and Peru initialled a border treaty on Friday.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
