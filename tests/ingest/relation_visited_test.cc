// Table-driven checks of the visited rules: travel verbs and their
// particles, visit nouns and their frames, meetings abroad, hosts, lists of
// destinations, and the modality of trips planned, cancelled or shunned.
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("Visited rules find trips in their many shapes", "[relations][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a trip dated after the report has not happened yet
      {"Gordon Brown is travelling to Washington next week.", "Gordon Brown -visited-> United States [hypothetical] 2024-07-17"},
      {"Olaf Scholz flew to Washington last week.", "Olaf Scholz -visited-> United States [asserted] 2024-07-03"},
      // a passive visit: the place is the subject, the "by" agent the visitor
      {"Accra was visited on Tuesday by Germany's chancellor, Olaf Scholz, on his African tour.",
       "Olaf Scholz -visited-> Ghana [asserted] 2024-07-09"},
      {"Kenya could be visited by Olaf Scholz next year.",
       "Olaf Scholz -visited-> Kenya [hypothetical] 2025"},
      // what visits a place is no visitor unless it is a person
      {"Kenya was visited by floods and then by Ghana's football team.", ""},
      // going back is going home
      {"Katerina Thanou will fly back to Athens on Monday.", ""},
      {"The minister headed home to Lagos after the talks.", ""},
      // countries do not travel: a team or money, not a visit
      {"Italy travel to Edinburgh with high hopes.", ""},
      // a settler's journey is a move, not a visit; an office holder's stays one
      {"Edward Snowden, who flew to Moscow in 2013 and has lived there since, was granted "
       "Russian citizenship.",
       ""},
      {"Antony Blinken flew to Kyiv, where he met people who had settled there after the war.",
       "Antony Blinken -visited-> Ukraine [asserted]"},
      {"The presidents of Latvia and Estonia travelled to Kyiv.", "Estonia -visited-> Ukraine [asserted]\nLatvia -visited-> Ukraine [asserted]"},
      // being somewhere abroad: meetings, talks, stays
      {"Chancellor Olaf Scholz met Xi Jinping in Beijing.",
       "Olaf Scholz -visited-> China [asserted]"},
      {"Antony Blinken held talks with Wang Yi in Beijing.",
       "Antony Blinken -visited-> China [asserted]"},
      {"Joe Biden spent five hours in Tel Aviv.", "Joe Biden -visited-> Israel [asserted]"},
      {"Kamala Harris was in Tokyo for the funeral of Shinzo Abe.",
       "Kamala Harris -visited-> Japan [asserted]"},
      {"Joe Biden attended the funeral at Westminster Abbey in London.",
       "Joe Biden -visited-> United Kingdom [asserted]"},
      // travel verbs with particles and origins
      {"Rishi Sunak flew from Tel Aviv to Riyadh.",
       "Rishi Sunak -visited-> Israel [asserted]\nRishi Sunak -visited-> Saudi Arabia [asserted]"},
      {"Donald Trump set foot in North Korea.", "Donald Trump -visited-> North Korea [asserted]"},
      {"Joe Biden landed at Ben Gurion airport in Tel Aviv.",
       "Joe Biden -visited-> Israel [asserted]"},
      {"Narendra Modi left for Moscow.", "Narendra Modi -visited-> Russia [asserted]"},
      // a time phrase between the trigger and its preposition
      {"Vladimir Putin arrived on Tuesday in Pyongyang.",
       "Vladimir Putin -visited-> North Korea [asserted] 2024-07-09"},
      {"Narendra Modi's visit last week to Moscow angered Kyiv.",
       "Narendra Modi -visited-> Russia [asserted] 2024-07-03"},
      {"Joe Biden was greeted by Andrzej Duda upon arrival in Warsaw.",
       "Joe Biden -visited-> Poland [asserted]"},
      {"The first visit by Xi Jinping to Nigeria ended.",
       "Xi Jinping -visited-> Nigeria [asserted]"},
      {"Olaf Scholz embarked on a tour of Kenya and Nigeria.",
       "Olaf Scholz -visited-> Kenya [asserted]\nOlaf Scholz -visited-> Nigeria [asserted]"},
      {"Cyril Ramaphosa led a delegation of African leaders to Kyiv.",
       "Cyril Ramaphosa -visited-> Ukraine [asserted]"},
      {"Cyril Ramaphosa headed a delegation of African leaders to Kyiv.",
       "Cyril Ramaphosa -visited-> Ukraine [asserted]"},
      {"Mongolia hosted Vladimir Putin.", "Vladimir Putin -visited-> Mongolia [asserted]"},
      {"The visit of Pope Francis to Iraq ended.", "Pope Francis -visited-> Iraq [asserted]"},
      {"Olaf Scholz returned from a trip to China.", "Olaf Scholz -visited-> China [asserted]"},
      // lists of destinations and the subjects of participles
      {"Narendra Modi wrapped up a tour of Austria, Poland and Ukraine.",
       "Narendra Modi -visited-> Austria [asserted]\nNarendra Modi -visited-> Poland [asserted]\n"
       "Narendra Modi -visited-> Ukraine [asserted]"},
      {"Wang Yi went to Cairo, visiting Egypt and Tunisia before going on to Togo.",
       "Wang Yi -visited-> Egypt [asserted]\nWang Yi -visited-> Togo [asserted]\n"
       "Wang Yi -visited-> Tunisia [asserted]"},
      {"Viktor Orban, whose country holds the EU presidency, made a trip to Moscow.",
       "Viktor Orban -visited-> Russia [asserted]"},
      // modality
      {"Emmanuel Macron is due in Rome next week.",
       "Emmanuel Macron -visited-> Italy [hypothetical] 2024-07-17"},
      {"Pope Francis began a trip that will take him to Iraq.",
       "Pope Francis -visited-> Iraq [hypothetical]"},
      {"Tsai Ing-wen stopped over in New York on her way to Guatemala.",
       "Tsai Ing-wen -visited-> Guatemala [hypothetical]\nTsai Ing-wen -visited-> United States "
       "[asserted]"},
      {"Mohammed bin Salman is due in Washington on his first visit to the United States.",
       "Mohammed bin Salman -visited-> United States [hypothetical]"},
      {"Joe Biden's trip to Australia was called off.", "Joe Biden -visited-> Australia [negated]"},
      {"Narendra Modi stayed away from the summit in Astana.",
       "Narendra Modi -visited-> Kazakhstan [negated]"},
      {"Donald Trump called off his planned summit with Kim Jong Un in Singapore.",
       "Donald Trump -visited-> Singapore [negated]\nKim Jong Un -visited-> Singapore [negated]"},
      {"Xi Jinping skipped the G20 summit in New Delhi, sending Premier Li Qiang in his place.",
       "Li Qiang -visited-> India [asserted]\nXi Jinping -visited-> India [negated]"},
      {"Xi Jinping will skip the G20 summit in New Delhi and will send Premier Li Qiang instead.",
       "Li Qiang -visited-> India [hypothetical]\nXi Jinping -visited-> India [negated]"},
      // a guest named only as the host's counterpart from a country, welcomed "to" a city
      {"Kenyan President William Ruto welcomed his Ghanaian counterpart to Nairobi on Monday.",
       "Ghana -visited-> Kenya [asserted] 2024-07-08"},
      {"Kenyan President William Ruto welcomed his Ghanaian counterpart's decision on Monday.", ""},
      {"Kamala Harris will travel to the demilitarised zone in South Korea.",
       "Kamala Harris -visited-> South Korea [hypothetical]"},
      // hosts: fixed phrases, guests of a passive reception, a place named
      {"Morocco played host to Israeli Defence Minister Benny Gantz in Rabat.",
       "Benny Gantz -visited-> Morocco [asserted]"},
      {"Singapore, which played host to Donald Trump and Kim Jong Un, paid the bill.",
       "Donald Trump -visited-> Singapore [asserted]\nKim Jong Un -visited-> Singapore [asserted]"},
      {"Mongolia rolled out the red carpet for Vladimir Putin.",
       "Vladimir Putin -visited-> Mongolia [asserted]"},
      {"Sultan Qaboos received Israeli Prime Minister Benjamin Netanyahu at his palace in Muscat.",
       "Benjamin Netanyahu -visited-> Oman [asserted]"},
      {"Chilean President Gabriel Boric was received by his Argentine counterpart Alberto Fernandez at the Casa Rosada.",
       "Gabriel Boric -visited-> Argentina [asserted]"},
      {"Joko Widodo, who holds the G20 chair, was received by Vladimir Putin at the Kremlin.",
       "Joko Widodo -visited-> Russia [asserted]"},
      // the person told is no visitor
      {"Vladimir Putin told Recep Tayyip Erdogan that he would visit Turkey.",
       "Vladimir Putin -visited-> Turkey [hypothetical]"},
      // weapons received are no guest, whatever name they carry
      {"The Philippine president received Black Hawk helicopters in Manila on Tuesday.", ""},
      {"Ferdinand Marcos Jr received Joe Biden in Manila.",
       "Joe Biden -visited-> Philippines [asserted]"},
      // travelling parties, manner adverbs, onward verbs, origins at events
      {"An ECOWAS delegation led by Nigerian envoy Abdulsalami Abubakar flew into Niamey.",
       "Abdulsalami Abubakar -visited-> Niger [asserted]"},
      {"Italian Prime Minister Giorgia Meloni and Dutch Prime Minister Mark Rutte travelled together to Tunis.",
       "Giorgia Meloni -visited-> Tunisia [asserted]\nMark Rutte -visited-> Tunisia [asserted]"},
      {"Recep Tayyip Erdogan moved on from Jeddah to Doha.",
       "Recep Tayyip Erdogan -visited-> Qatar [asserted]\nRecep Tayyip Erdogan -visited-> Saudi Arabia [asserted]"},
      {"Chinese Foreign Minister Wang Yi reached Lome after stops in Cairo and Tunis.",
       "Wang Yi -visited-> Egypt [asserted]\nWang Yi -visited-> Togo [asserted]\nWang Yi -visited-> Tunisia [asserted]"},
      {"Lula flew on from the BRICS summit in Johannesburg to Luanda.",
       "Luiz Inacio Lula da Silva -visited-> Angola [asserted]\nLuiz Inacio Lula da Silva -visited-> South Africa [asserted]"},
      // a leader named only by title stands for the country; a tour opened in a city
      {"A week later China's president went to Moscow.", "China -visited-> Russia [asserted]"},
      {"Russia's foreign ministry went to court.", ""},
      {"Emmanuel Macron, opening a tour of central Africa in Libreville, met Ali Bongo.",
       "Emmanuel Macron -visited-> Gabon [asserted]"},
      // vehicles: taken to a place, stepped off in one
      {"Joko Widodo took an overnight train into Kyiv.", "Joko Widodo -visited-> Ukraine [asserted]"},
      {"Narendra Modi stepped off his plane in Port Moresby.",
       "Narendra Modi -visited-> Papua New Guinea [asserted]"},
      {"Evo Morales stepped down in Bolivia.", ""},
      // nominal shapes: chosen destinations, capacities, fronted phrases, "by a French president"
      {"Maldivian President Mohamed Muizzu chose Turkey for his first trip abroad.",
       "Mohamed Muizzu -visited-> Turkey [asserted]"},
      {"Masoud Pezeshkian will make Iraq the destination of his first foreign trip.",
       "Masoud Pezeshkian -visited-> Iraq [hypothetical]"},
      {"King Charles III began his first state visit as monarch in Berlin.",
       "King Charles III -visited-> Germany [asserted]"},
      {"Bashar al-Assad was in the United Arab Emirates, his first visit to an Arab country since the war.",
       "Bashar al-Assad -visited-> United Arab Emirates [asserted]"},
      {"Emmanuel Macron spoke of reconciliation, on the first visit to Rwanda by a French president in a decade.",
       "Emmanuel Macron -visited-> Rwanda [asserted]"},
      {"Back in Honiara after a tour of China, Prime Minister Manasseh Sogavare defended the pact.",
       "Manasseh Sogavare -visited-> China [asserted]"},
      {"Kamala Harris met Nana Akufo-Addo at the start of a tour that will also take her to Zambia.",
       "Kamala Harris -visited-> Zambia [hypothetical]"},
      // planned, cancelled, stand-ins, shunned events named before
      {"Joko Widodo has put off a state visit to Australia.", "Joko Widodo -visited-> Australia [negated]"},
      {"Joe Biden scrapped a planned stop in Papua New Guinea and a visit to Sydney.",
       "Joe Biden -visited-> Australia [negated]\nJoe Biden -visited-> Papua New Guinea [negated]"},
      {"King Charles III's state visit to France, which was to have begun in Paris, has been postponed.",
       "King Charles III -visited-> France [negated]"},
      {"Narendra Modi will travel to Moscow, before going on to Vienna.",
       "Narendra Modi -visited-> Austria [hypothetical]\nNarendra Modi -visited-> Russia [hypothetical]"},
      {"Vladimir Putin will not attend the BRICS summit in Johannesburg and Foreign Minister Sergei Lavrov will travel in his place.",
       "Sergey Lavrov -visited-> South Africa [hypothetical]\nVladimir Putin -visited-> South Africa [negated]"},
      {"Premier Li Qiang led the delegation at the G20 summit in New Delhi in place of Xi Jinping, who stayed away from the gathering.",
       "Li Qiang -visited-> India [asserted]\nXi Jinping -visited-> India [negated]"},
      {"Eritrean President Isaias Afwerki embraced Ethiopia's Prime Minister Abiy Ahmed, as crowds greeted the first Ethiopian leader to visit Asmara in two decades.",
       "Abiy Ahmed -visited-> Eritrea [asserted]"},
      // no visit: at home, no travel word, an unnamed owner, a resident
      {"Russian Ambassador Anatoly Antonov met officials in Washington.", ""},
      {"Joe Biden arrived at a decision.", ""},
      {"Britain left the European Union.", ""},
      {"Volodymyr Zelensky welcomed Joe Biden's decision.", ""},
      {"Beijing protested the return of the delegation to Taiwan.", ""},
      {"Xi Jinping met Olaf Scholz in Beijing.", "Olaf Scholz -visited-> China [asserted]"},
      {"Emmanuel Macron flew to Marseille.", ""},
      {"Narendra Modi stayed in Astana for two days.", "Narendra Modi -visited-> Kazakhstan [asserted]"},
      {"The envoy met Vladimir Putin before flying to Beijing.", ""},
      {"China cancelled talks in retaliation for Nancy Pelosi's visit to Taiwan.", ""},
      {"Justin Trudeau spoke to reporters on the sidelines of the G20 summit in Rome.",
       "Justin Trudeau -visited-> Italy [asserted]"},
      {"Joe Biden arrived in Jeddah and greeted Crown Prince Mohammed bin Salman.",
       "Joe Biden -visited-> Saudi Arabia [asserted]"},
      {"Emmanuel Macron moved to Marseille.", ""},
      {"Kenya played host to thousands of tourists.", ""},
      {"Italy's team played host to Wales in Rome.", ""},
      {"Javier Milei reached an agreement with the IMF.", ""},
      {"Maldivian leaders in Male headed first to New Delhi, a custom Mohamed Muizzu broke.", ""},
      // vehicles taken and people brought; a bare "flown in" placed by the clause after it
      {"Olaf Scholz rode a night train into Kyiv.", "Olaf Scholz -visited-> Ukraine [asserted]"},
      {"Olaf Scholz boarded a plane for Nairobi.", "Olaf Scholz -visited-> Kenya [asserted]"},
      {"The jet brought Olaf Scholz to Lagos.", "Olaf Scholz -visited-> Nigeria [asserted]"},
      {"Olaf Scholz, who had flown in overnight, met students in Manila.",
       "Olaf Scholz -visited-> Philippines [asserted]"},
      {"Olaf Scholz began a pilgrimage to Rome.", "Olaf Scholz -visited-> Italy [asserted]"},
      // being in a foreign place, and headlines that place a person
      {"Olaf Scholz is once again in Nairobi.", "Olaf Scholz -visited-> Kenya [asserted]"},
      {"Olaf Scholz is back in Berlin.", ""},
      {"Olaf Scholz, whose soldiers are in Lithuania, spoke.", ""},
      {"Olaf Scholz in Nairobi to court Kenyan nurses.", "Olaf Scholz -visited-> Kenya [asserted]"},
      // "made it to" a place (never "made it to the final"); staying home from a summit abroad
      {"Olaf Scholz made it to Nairobi.", "Olaf Scholz -visited-> Kenya [asserted]"},
      {"Olaf Scholz made it to the final.", ""},
      {"Olaf Scholz stayed home from the summit in Nairobi.", "Olaf Scholz -visited-> Kenya [negated]"},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

TEST_CASE("Visited rules read trips told by deeds, departures and far subjects", "[relations][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // what a visitor did there, with an object that says so
      {"Narendra Modi addressed a joint sitting of parliament in Colombo.",
       "Narendra Modi -visited-> Sri Lanka [asserted]"},
      {"Chancellor Olaf Scholz laid a wreath at the war memorial in Warsaw.",
       "Olaf Scholz -visited-> Poland [asserted]"},
      {"Recep Tayyip Erdogan inspected a guard of honour in Baku.",
       "Recep Tayyip Erdogan -visited-> Azerbaijan [asserted]"},
      {"Xi Jinping toured a car plant in Budapest.", "Xi Jinping -visited-> Hungary [asserted]"},
      // honours a host gives
      {"Joe Biden was given a 21-gun salute in Hanoi.", "Joe Biden -visited-> Vietnam [asserted]"},
      {"Narendra Modi was accorded a ceremonial welcome in Abu Dhabi.",
       "Narendra Modi -visited-> United Arab Emirates [asserted]"},
      // arrivals, departures, returns
      {"Emmanuel Macron jetted into Kyiv.", "Emmanuel Macron -visited-> Ukraine [asserted]"},
      {"Antony Blinken left Cairo for Doha.",
       "Antony Blinken -visited-> Egypt [asserted]\nAntony Blinken -visited-> Qatar [asserted]"},
      {"Kim Jong Un returned home from Vladivostok.", "Kim Jong Un -visited-> Russia [asserted]"},
      // the visitor far from the verb: fronted clauses, titles, invitations
      {"After touching down in Nairobi, Wang Yi met William Ruto.", "Wang Yi -visited-> Kenya [asserted]"},
      {"While in Tokyo, Joe Biden praised the alliance.", "Joe Biden -visited-> Japan [asserted]"},
      {"The Indian prime minister will travel to Moscow.", "India -visited-> Russia [hypothetical]"},
      {"Volodymyr Zelensky invited Xi Jinping to come to Kyiv.",
       "Xi Jinping -visited-> Ukraine [hypothetical]"},
      {"Olaf Scholz thanked his Lithuanian hosts.", "Olaf Scholz -visited-> Lithuania [asserted]"},
      // the place before the noun; legs of a tour
      {"Narendra Modi's Moscow trip angered Kyiv.", "Narendra Modi -visited-> Russia [asserted]"},
      {"A Moscow visit by Narendra Modi has been postponed.", "Narendra Modi -visited-> Russia [negated]"},
      {"Wang Yi's African tour began in Cairo.", "Wang Yi -visited-> Egypt [asserted]"},
      {"Fumio Kishida's swing through Africa took him from Accra to Nairobi and finally Maputo.",
       "Fumio Kishida -visited-> Ghana [asserted]\nFumio Kishida -visited-> Kenya [asserted]\n"
       "Fumio Kishida -visited-> Mozambique [asserted]"},
      // guests, plans told by a predicate, "the first ... to come to"
      {"Cyril Ramaphosa was the guest of Narendra Modi in New Delhi.",
       "Cyril Ramaphosa -visited-> India [asserted]"},
      {"Luiz Inacio Lula da Silva will be the guest of honour at the inauguration in Caracas.",
       "Luiz Inacio Lula da Silva -visited-> Venezuela [hypothetical]"},
      {"A visit by Xi Jinping to Hanoi is on the cards.", "Xi Jinping -visited-> Vietnam [hypothetical]"},
      {"Wang Yi became the first foreign minister to come to Kabul.", "Wang Yi -visited-> Afghanistan [asserted]"},
      {"Li Qiang spoke in Suva at the end of a tour that had earlier taken the Chinese premier to Samoa.",
       "Li Qiang -visited-> Fiji [asserted]\nLi Qiang -visited-> Samoa [asserted]"},
      // negated and planned
      {"Neither Joe Biden nor his envoy Antony Blinken flew to Moscow.",
       "Antony Blinken -visited-> Russia [negated]\nJoe Biden -visited-> Russia [negated]"},
      {"Xi Jinping will skip the summit in Rio de Janeiro and Premier Li Qiang will lead the delegation instead.",
       "Li Qiang -visited-> Brazil [hypothetical]\nXi Jinping -visited-> Brazil [negated]"},
      // a stand-in left to lead the delegation went; one left to run things at home did not
      {"Xi Jinping stayed away from the summit in Rio de Janeiro, leaving Li Qiang to lead China's delegation.",
       "Li Qiang -visited-> Brazil [asserted]\nXi Jinping -visited-> Brazil [negated]"},
      {"Xi Jinping left Beijing for Moscow, leaving Li Qiang to run the government.",
       "Xi Jinping -visited-> Russia [asserted]"},
      // no visit: remote, a topic, at home, leaving an office, exile, no honour
      {"Volodymyr Zelensky addressed parliament in Tokyo by video link.", ""},
      {"Sergei Lavrov addressed the crisis in Sudan.", ""},
      {"Wang Yi addressed a rally in Beijing.", ""},
      {"Alastair Campbell left Downing Street.", ""},
      {"The businessman Chen Jiulin was returning from China.", ""},
      {"Nawaz Sharif returned from exile in London.", ""},
      {"The deal Volodymyr Zelensky had come to Washington to sign collapsed.", ""},
      {"Emmanuel Macron was given a briefing in Kyiv.", "Emmanuel Macron -visited-> Ukraine [asserted]"},
      {"Olaf Scholz thanked his hosts.", ""},
      {"The talks began in Doha.", ""},
      {"Vladimir Putin was the guest of honour in Moscow.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

TEST_CASE("Visited rules read vehicles, returns, counterparts, hosts and legs", "[relations][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a person's vehicle carries its owner; a country's convoy does not
      {"Joe Biden's plane set down in Tel Aviv.", "Joe Biden -visited-> Israel [asserted]"},
      {"Kim Jong Un's armoured train rolled into Russia's Far East.",
       "Kim Jong Un -visited-> Russia [asserted]"},
      {"Russia's convoy rolled into Ukraine.", ""},
      // coming back from a place abroad; not troops pulling back
      {"Xi Jinping flew back to Beijing from Moscow.", "Xi Jinping -visited-> Russia [asserted]"},
      {"Just back from Kyiv, Joe Biden praised the army.", "Joe Biden -visited-> Ukraine [asserted]"},
      {"Vladimir Putin pulled back from Kyiv.", ""},
      // a counterpart of another country met abroad came too; one at home did not
      {"Lloyd Austin met his Chinese counterpart Dong Jun in Singapore.",
       "Dong Jun -visited-> Singapore [asserted]\nLloyd Austin -visited-> Singapore [asserted]"},
      {"Subrahmanyam Jaishankar met his Russian counterpart in New Delhi.",
       "Russia -visited-> India [asserted]"},
      {"Wang Yi held talks with his Australian counterpart Penny Wong in Canberra.",
       "Wang Yi -visited-> Australia [asserted]"},
      {"Penny Wong held talks with her Chinese counterpart Wang Yi in Canberra.",
       "Wang Yi -visited-> Australia [asserted]"},
      {"Olaf Scholz sat down with his Chinese counterpart Li Qiang in Beijing.",
       "Olaf Scholz -visited-> China [asserted]"},
      // hosts named by their guest, deeds on a country's institution
      {"Emmanuel Macron, Xi Jinping's host, praised the talks.", "Xi Jinping -visited-> France [asserted]"},
      {"Mohamed bin Zayed, Recep Tayyip Erdogan's host in Abu Dhabi, spoke.",
       "Recep Tayyip Erdogan -visited-> United Arab Emirates [asserted]"},
      {"Narendra Modi addressed the Kenyan parliament.", "Narendra Modi -visited-> Kenya [asserted]"},
      {"Emmanuel Macron addressed the French parliament.", ""},
      // legs and stages of a tour, trips that open in a place, objects visited in it
      {"On the Addis Ababa stage of his African tour, Luiz Inacio Lula da Silva spoke.",
       "Luiz Inacio Lula da Silva -visited-> Ethiopia [asserted]"},
      {"Ebrahim Raisi's swing, which opened in Caracas, took him on to Managua and then to Havana.",
       "Ebrahim Raisi -visited-> Cuba [asserted]\nEbrahim Raisi -visited-> Nicaragua [asserted]\n"
       "Ebrahim Raisi -visited-> Venezuela [asserted]"},
      {"Olaf Scholz visited German soldiers in Lithuania.", "Olaf Scholz -visited-> Lithuania [asserted]"},
      {"Boris Johnson dropped in on Kyiv.", "Boris Johnson -visited-> Ukraine [asserted]"},
      // the traveller in the predicate; plans and stand-ins
      {"The trip to Kyiv made him the first Japanese leader there. Fumio Kishida spoke.", ""},
      {"Fumio Kishida spoke. The trip to Kyiv made him the first Japanese leader to go there.",
       "Fumio Kishida -visited-> Ukraine [asserted]"},
      {"Rishi Sunak is weighing a trip to Israel.", "Rishi Sunak -visited-> Israel [hypothetical]"},
      {"Narendra Modi, en route to Kyiv, stopped in Warsaw.",
       "Narendra Modi -visited-> Poland [asserted]\nNarendra Modi -visited-> Ukraine [hypothetical]"},
      {"Vladimir Putin took part by video link, sending Sergei Lavrov to South Africa in his stead.",
       "Sergey Lavrov -visited-> South Africa [asserted]"},
      {"Xi Jinping will skip the summit in Rio de Janeiro, with Li Qiang going in his place.",
       "Li Qiang -visited-> Brazil [hypothetical]\nXi Jinping -visited-> Brazil [negated]"},
      // a stand-in left to lead the delegation went; one left to run things at home did not
      {"Xi Jinping stayed away from the summit in Rio de Janeiro, leaving Li Qiang to lead China's delegation.",
       "Li Qiang -visited-> Brazil [asserted]\nXi Jinping -visited-> Brazil [negated]"},
      {"Xi Jinping left Beijing for Moscow, leaving Li Qiang to run the government.",
       "Xi Jinping -visited-> Russia [asserted]"},
      // an arrival naming no place it knows arrived at the dateline
      {"HANOI — Kim Jong Un arrived from Pyongyang.", "Kim Jong Un -visited-> Vietnam [asserted]"},
      {"NEW DELHI — Narendra Modi arrived back from Moscow.", "Narendra Modi -visited-> Russia [asserted]"},
      // ... but arriving in power or at a decision is reaching no place
      {"HANOI — Kim Jong Un arrived in power in 2011.", ""},
      {"HANOI — Kim Jong Un arrived at a decision on Monday.", ""},
      // fronted participles, cataphora, "visiting" before a title
      {"Having landed in Hanoi, Joe Biden praised the ties.", "Joe Biden -visited-> Vietnam [asserted]"},
      {"Winding up a tour that had taken him to Riyadh, Donald Trump spoke.",
       "Donald Trump -visited-> Saudi Arabia [asserted]"},
      {"The deal was signed in Khartoum in the presence of visiting US Treasury Secretary Steven Mnuchin.",
       "Steven Mnuchin -visited-> Sudan [asserted]"},
      {"The visiting professor John Smith spoke in London.", ""},
      {"Xi Jinping stayed in Beijing rather than fly to New Delhi.", "Xi Jinping -visited-> India [negated]"},
      {"Olaf Scholz phoned Joe Biden instead of travelling to Washington.",
       "Olaf Scholz -visited-> United States [negated]"},
      {"On his return from Moscow, Viktor Orban spoke to the radio.", "Viktor Orban -visited-> Russia [asserted]"},
      {"Fresh off a trip to Abu Dhabi, Narendra Modi spoke.",
       "Narendra Modi -visited-> United Arab Emirates [asserted]"},
      {"Olaf Scholz and Annalena Baerbock were welcomed by William Ruto in Nairobi.",
       "Annalena Baerbock -visited-> Kenya [asserted]\nOlaf Scholz -visited-> Kenya [asserted]"},
      // players and performers are no visitors
      {"Novak Djokovic touched down in Melbourne to defend his title.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

TEST_CASE("Visited rules read stays, departures, receptions and plans in appositions", "[relations][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a stay told by its timetable; "to stay" is a verb of no travel
      {"On the second day of his stay in Hanoi, Joe Biden laid a wreath.",
       "Joe Biden -visited-> Vietnam [asserted]"},
      {"On the last day of his Tokyo stay, Yoon Suk Yeol spoke.", "Yoon Suk Yeol -visited-> Japan [asserted]"},
      {"Novak Djokovic lost his fight to stay in Australia.", ""},
      {"Xi Jinping spent Wednesday in Brasília.", "Xi Jinping -visited-> Brazil [asserted] 2024-07-10"},
      {"Narendra Modi was feted in Abu Dhabi.", "Narendra Modi -visited-> United Arab Emirates [asserted]"},
      // leaving one place for another; a bare flight out may be an escape
      {"Sheikh Hasina flew out of New Delhi for Dhaka.", "Sheikh Hasina -visited-> India [asserted]"},
      {"Novak Djokovic flew out of Melbourne.", ""},
      {"Joe Biden flew straight home from Hiroshima.", "Joe Biden -visited-> Japan [asserted]"},
      {"Xi Jinping's convoy swept into Belgrade.", "Xi Jinping -visited-> Serbia [asserted]"},
      // the one received or honoured, far from the verb
      {"Sheikh Mohamed bin Zayed, the Emirati president whose country has become a lifeline, was received "
       "by Vladimir Putin in St Petersburg.",
       "Mohamed bin Zayed Al Nahyan -visited-> Russia [asserted]"},
      // plans carried to an apposition and to a stand-in
      {"Anthony Albanese said he would fly to Beijing, the first trip to China by an Australian prime minister.",
       "Anthony Albanese -visited-> China [hypothetical]"},
      {"Xi Jinping will skip the summit in Rio de Janeiro, sending Li Qiang instead.",
       "Li Qiang -visited-> Brazil [hypothetical]\nXi Jinping -visited-> Brazil [negated]"},
      // a stand-in left to lead the delegation went; one left to run things at home did not
      {"Xi Jinping stayed away from the summit in Rio de Janeiro, leaving Li Qiang to lead China's delegation.",
       "Li Qiang -visited-> Brazil [asserted]\nXi Jinping -visited-> Brazil [negated]"},
      {"Xi Jinping left Beijing for Moscow, leaving Li Qiang to run the government.",
       "Xi Jinping -visited-> Russia [asserted]"},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

// Presence (rules_visited_locative.cc): whatever the verb, a locative that
// belongs to it places a person of known country; one that belongs to a
// noun ("the war in"), a topic, a signing, a link from home or an envoy
// posted there does not.
TEST_CASE("Visited rules place people by the locatives of their deeds", "[relations][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Olaf Scholz answered questions from students at a university in Nairobi.",
       "Olaf Scholz -visited-> Kenya [asserted]"},
      {"In Nairobi, Olaf Scholz praised Kenyan nurses.", "Olaf Scholz -visited-> Kenya [asserted]"},
      {"Speaking at a business forum in Lagos, Olaf Scholz promised investment.",
       "Olaf Scholz -visited-> Nigeria [asserted]"},
      {"Olaf Scholz, in Hanoi for two days, said trade would grow.", "Olaf Scholz -visited-> Vietnam [asserted]"},
      {"Olaf Scholz will give a lecture at a university in Seoul.",
       "Olaf Scholz -visited-> South Korea [hypothetical]"},
      {"Olaf Scholz was absent from the summit in Nairobi.", "Olaf Scholz -visited-> Kenya [negated]"},
      {"Olaf Scholz shook hands with Emmanuel Macron at a hotel in Nairobi.",
       "Emmanuel Macron -visited-> Kenya [asserted]\nOlaf Scholz -visited-> Kenya [asserted]"},
      {"Olaf Scholz spoke with Emmanuel Macron by phone from a hotel in Nairobi.", ""},
      {"Olaf Scholz spoke about the war in Sudan.", ""},
      {"Olaf Scholz praised German troops in Lithuania from Berlin.", ""},
      {"Olaf Scholz invested in a company in Kenya.", ""},
      {"Olaf Scholz said the summit in Nairobi had gone well.", ""},
      {"Olaf Scholz addressed a conference in Nairobi by video link.", ""},
      {"Olaf Scholz signed a migration pact with William Ruto in Nairobi.",
       "Olaf Scholz -signed-> migration pact (Germany–Kenya) [asserted]\n"
       "William Ruto -signed-> migration pact (Germany–Kenya) [asserted]"},
      {"Germany's ambassador to Kenya, Sebastian Groth, told a forum in Nairobi that trade was growing.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

// Visitors not named in the visit's clause: a possessed visit after
// "during" is where its clause happens (rules_visited_nouns.cc); a host's
// object pronoun is the guest coreference gives it (rules_visited_hosts.cc).
TEST_CASE("Visited rules read visitors told by possessors and pronouns", "[relations][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Kenya and Germany opened a consulate in Nairobi during Olaf Scholz's visit.",
       "Olaf Scholz -visited-> Kenya [asserted]"},
      {"Olaf Scholz met William Ruto. Kenya and Germany opened a consulate in Nairobi during the "
       "German chancellor's visit.",
       "Olaf Scholz -visited-> Kenya [asserted]"},
      // no place in the clause, or a place far from the phrase: nothing
      {"Trade grew during Olaf Scholz's visit.", ""},
      {"Exports to Nairobi grew, and during Olaf Scholz's visit they rose.", ""},
      {"Olaf Scholz began a tour on Monday. William Ruto welcomed him to Nairobi on Tuesday.",
       "Olaf Scholz -visited-> Kenya [asserted] 2024-07-09"},
      // "his" opening a sentence is the last sentence's subject, not the
      // host named in passing; "his guest's trip" is the guest's
      {"Olaf Scholz was received by William Ruto in Nairobi. His trip to Accra followed.",
       "Olaf Scholz -visited-> Ghana [asserted]\nOlaf Scholz -visited-> Kenya [asserted]"},
      {"William Ruto received Olaf Scholz in Nairobi. Ruto said his guest's trip to Accra would follow.",
       "Olaf Scholz -visited-> Kenya [asserted]"},
      // one named only as a country's ambassador takes up a post
      {"The new German ambassador arrived in Nairobi on Monday.", ""},
      // "her" that owns a thing is no guest
      {"Annalena Baerbock met William Ruto. He welcomed her plan in Nairobi.", ""},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
