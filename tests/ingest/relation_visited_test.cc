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
      {"Kamala Harris will travel to the demilitarised zone in South Korea.",
       "Kamala Harris -visited-> South Korea [hypothetical]"},
      // no visit: at home, no travel word, an unnamed owner, a resident
      {"Russian Ambassador Anatoly Antonov met officials in Washington.", ""},
      {"Joe Biden arrived at a decision.", ""},
      {"Britain left the European Union.", ""},
      {"Volodymyr Zelensky welcomed Joe Biden's decision.", ""},
      {"Beijing protested the return of the delegation to Taiwan.", ""},
      {"Xi Jinping met Olaf Scholz in Beijing.", ""},
      {"Emmanuel Macron flew to Marseille.", ""},
      {"Narendra Modi stayed in Astana for two days.", ""},
      {"The envoy met Vladimir Putin before flying to Beijing.", ""},
      {"China cancelled talks in retaliation for Nancy Pelosi's visit to Taiwan.", ""},
      {"Justin Trudeau spoke to reporters on the sidelines of the G20 summit in Rome.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

}  // namespace
}  // namespace kg::ingest
