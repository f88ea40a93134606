// Table-driven checks of how later mentions find the person named earlier
// in the same text: a bare surname, also for names whose family name comes
// first, and for listed people whose surname alone is ambiguous across news.
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("Coreference: a bare surname names the person met earlier", "[coreference]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // family name first, listed person: "Moon" is Moon Jae-in, and "his" is Moon
      {"South Korean President Moon Jae-in spoke to reporters. Moon arrived in Pyongyang "
       "for a three-day summit, his first trip to the North's capital.",
       "Moon Jae-in -visited-> North Korea [asserted]"},
      // family name first, a person on no list
      {"Chinese Foreign Minister Qin Gang met African envoys in Beijing. Qin later flew to "
       "Ethiopia for talks.",
       "Qin Gang -visited-> Ethiopia [asserted]"},
      // a listed person whose surname alone is not a list alias
      {"Former US President Bill Clinton gave a speech. Clinton flew to Vietnam in 2000.",
       "Bill Clinton -visited-> Vietnam [asserted] 2000"},
      // a given name is no surname: "Jae-in" alone stays nobody
      {"South Korean President Moon Jae-in spoke. Jae-in arrived in Pyongyang.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

TEST_CASE("Coreference: a listed surname that names someone else names nobody listed",
          "[coreference]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // another first name takes the surname for the whole text
      {"The film director James Cameron spoke in Beijing on Thursday. Mr Cameron later flew "
       "to Tokyo for the premiere.",
       ""},
      // a sentence's first word may be that first name
      {"James Cameron flew to Seoul to promote his film, and Mr Cameron said it would open "
       "next week.",
       ""},
      // a surname between bare surnames of a team sheet
      {"Walker, Morrison, Blair, Jacobsen and Ford arrived in Rome on Friday.", ""},
      // listed people in a list, and the listed surname alone, still count
      {"Merkel, Macron, Blair and Putin arrived in Rome on Friday.",
       "Angela Merkel -visited-> Italy [asserted] 2024-07-05\n"
       "Emmanuel Macron -visited-> Italy [asserted] 2024-07-05\n"
       "Tony Blair -visited-> Italy [asserted] 2024-07-05\n"
       "Vladimir Putin -visited-> Italy [asserted] 2024-07-05"},
      {"Gordon Brown met Tony Blair in London. Blair flew to Rome on Friday.",
       "Tony Blair -visited-> Italy [asserted] 2024-07-05"},
      // an office in a bloc leaves a listed leader his state: at home in Cairo
      {"At a news conference in Cairo, AU chairperson President Abdel Fattah el-Sisi of Egypt "
       "called for a truce.",
       ""},
      {"AU chairperson President Abdel Fattah el-Sisi of Egypt arrived in Niamey on Friday.",
       "Abdel Fattah el-Sisi -visited-> Niger [asserted] 2024-07-05"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("People: names a reader knows from their place in the sentence", "[coreference]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // a city that is also a first name, after a title
      {"Later he held talks with French Defence Minister Florence Parly, who signed the "
       "maintenance agreement.",
       "Florence Parly -signed-> maintenance agreement (France) [asserted]"},
      // the person a possessor's relation names, not the possessor
      {"The accord was signed by Singh's predecessor Manohar Parrikar.",
       "Manohar Parrikar -signed-> accord (Manohar Parrikar) [asserted]"},
      {"His successor Amara Diallo signed the fisheries agreement with Senegal.",
       "Amara Diallo -signed-> fisheries agreement (Amara Diallo–Senegal) [asserted]\n"
       "Senegal -signed-> fisheries agreement (Amara Diallo–Senegal) [asserted]"},
      // a particle joined by a hyphen stays in the name
      {"Bahraini Foreign Minister Abdullatif al-Zayani signed the Abraham Accords.",
       "Abdullatif al-Zayani -signed-> Abraham Accords [asserted]"},
      // a related word without a name after it names nobody
      {"His predecessor signed the fisheries agreement.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

TEST_CASE("Coreference: 'the kingdom' is the last monarchy named", "[coreference]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Saudi Arabia and the United States held talks. Washington said the kingdom had "
       "suspended the oil talks with China.",
       "Saudi Arabia -suspended-> oil talks with China [asserted]"},
      // named after a preposition
      {"Germany sent a trade delegation to Saudi Arabia. The kingdom suspended the oil talks "
       "with China.",
       "Saudi Arabia -suspended-> oil talks with China [asserted]"},
      // no monarchy named: the state that was last a subject, as for "the country"
      {"Chile held talks with Peru. The kingdom suspended the fisheries talks.",
       "Chile -suspended-> fisheries talks [asserted]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

// "country/role" of the entity named `name` in the article's facts.
std::string CountryAndRole(const std::string& text, const std::string& name) {
  Article a;
  a.text = text;
  Extraction x = ExtractArticle(a, Lexicon::Default());
  for (const auto& e : x.facts.entities)
    if (e.name == name) {
      auto c = e.attributes.find("country"), r = e.attributes.find("role");
      return (c == e.attributes.end() ? "" : c->second) + "/" +
             (r == e.attributes.end() ? "" : r->second);
    }
  return "none";
}

TEST_CASE("Coreference: a title apposed to a name gives its role and country", "[coreference]") {
  auto [text, name, expected] = GENERATE(table<std::string, std::string, std::string>({
      {"Kwame Asante, the Ghanaian trade minister, flew to Lome.", "Kwame Asante",
       "Ghana/minister"},
      {"Kwame Asante, Ghana's trade minister, flew to Lome.", "Kwame Asante", "Ghana/minister"},
      {"Ama Dogbe, the Togolese foreign minister, and Kwame Asante, Ghana's trade minister, "
       "signed the customs accord.",
       "Ama Dogbe", "Togo/minister"},
      // a vague head, or no title at all, makes no titled person
      {"Kwame Asante, the Ghanaian head of the bank, flew to Lome.", "Kwame Asante", "none"},
      {"Kwame Asante, a Ghanaian businessman, flew to Lome.", "Kwame Asante", "none"},
      // a member of a state's body in apposition is a person, not of a firm
      {"Kwame Asante, a senior member of Ghana's Communist Party, flew to Lome.", "Kwame Asante",
       "/"},
      {"Kwame Asante, a member of the Acme board, flew to Lome.", "Kwame Asante", "none"},
      // "of <Country>", a copula and a title, "its new president"
      {"Kwame Asante of Ghana signed the customs accord.", "Kwame Asante", "Ghana/"},
      {"Kwame Asante has been Ghana's trade minister since 2019.", "Kwame Asante",
       "Ghana/minister"},
      {"Ghana elected Kwame Asante in December. Its new president flew to Lome.", "Kwame Asante",
       "Ghana/leader"},
  }));
  CAPTURE(text);
  CHECK(CountryAndRole(text, name) == expected);
}

TEST_CASE("Coreference: 'the two governments' are the last two states named", "[coreference]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // one state named after a preposition still counts
      {"On his first trip to Chile, Peru's president looked on in Santiago as the two "
       "governments signed a fisheries accord.",
       "Chile -signed-> fisheries accord (Chile–Peru) [asserted]\n"
       "Peru -signed-> fisheries accord (Chile–Peru) [asserted]"},
      {"Peru held talks with Chile, and the two sides signed a fisheries accord.",
       "Chile -signed-> fisheries accord (Chile–Peru) [asserted]\n"
       "Peru -signed-> fisheries accord (Chile–Peru) [asserted]"},
      // a single state named leaves the pair unknown ...
      {"Kwame Osei flew to Santiago, where the two sides signed a fisheries accord.",
       "Kwame Osei -visited-> Chile [asserted]"},
      // ... but a person's known country is a state in view
      {"Dina Boluarte flew to Santiago, where the two sides signed a fisheries accord.",
       "Chile -signed-> fisheries accord (Chile–Peru) [asserted]\n"
       "Dina Boluarte -visited-> Chile [asserted]\n"
       "Peru -signed-> fisheries accord (Chile–Peru) [asserted]"},
      {"Kassym-Jomart Tokayev was received by Shavkat Mirziyoyev in Tashkent, and the two "
       "sides signed a fisheries accord.",
       "Kassym-Jomart Tokayev -visited-> Uzbekistan [asserted]\n"
       "Kazakhstan -signed-> fisheries accord (Kazakhstan–Uzbekistan) [asserted]\n"
       "Uzbekistan -signed-> fisheries accord (Kazakhstan–Uzbekistan) [asserted]"},
      // "they" after a group described in the same sentence
      {"Chile agreed to sell copper to Peru, in a deal the two governments said they would sign "
       "as a treaty next month.",
       "Chile -signed-> deal (Chile–Peru) [hypothetical]\n"
       "Peru -signed-> deal (Chile–Peru) [hypothetical]"},
      // a pair in a clause opened by "after" gives way to the main clause's
      {"Egypt and Greece settled their sea border, weeks after Turkey and Libya drew their "
       "own. Both countries signed the accord in Cairo.",
       "Egypt -signed-> accord (Egypt–Greece) [asserted]\n"
       "Greece -signed-> accord (Egypt–Greece) [asserted]"},
      {"Abiy Ahmed flew to Asmara on Sunday. On Monday the neighbours signed a peace "
       "declaration.",
       "Abiy Ahmed -visited-> Eritrea [asserted]\n"
       "Eritrea -signed-> peace declaration (Eritrea–Ethiopia) [asserted]\n"
       "Ethiopia -signed-> peace declaration (Eritrea–Ethiopia) [asserted]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

TEST_CASE("Coreference: a state described, not named, is the state in view", "[coreference]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Qatar hosted the talks. The Gulf state suspended its gas deal with Egypt.",
       "Qatar -suspended-> gas deal (Egypt–Qatar) [asserted]"},
      {"Fiji signed the Paris Agreement. The island nation suspended the fisheries talks.",
       "Fiji -signed-> Paris Agreement [asserted]\n"
       "Fiji -suspended-> fisheries talks [asserted]"},
      {"Ethiopia held talks with Kenya. The Horn of Africa country suspended the aid talks.",
       "Ethiopia -suspended-> aid talks [asserted]"},
      {"Oman hosted the talks. The sultanate suspended the trade talks.",
       "Oman -suspended-> trade talks [asserted]"},
      // the country of a city just visited
      {"Narendra Modi landed in Muscat. The oil-rich sultanate suspended the trade talks.",
       "Narendra Modi -visited-> Oman [asserted]\nOman -suspended-> trade talks [asserted]"},
      // a named state, or a state's organ, is no description
      {"Egypt held talks with Sudan. The Islamic State suspended the talks.",
       "Islamic State -suspended-> talks [asserted]"},
      // an island nation is no continent, a Gulf state no European one
      {"Fiji hosted Australia. Australia signed the accord, and the island nation suspended the "
       "fisheries talks.",
       "Australia -signed-> accord (Australia) [asserted]\nFiji -suspended-> fisheries talks [asserted]"},
      {"France held talks with Spain. The Gulf state suspended the oil talks.", ""},
      // a description we cannot check, in a sentence naming two states, is
      // either of them
      {"Peru held talks with Chile, and the Andean country suspended the fisheries talks.", ""},
      {"Peru held talks. The Andean country suspended the fisheries talks.",
       "Peru -suspended-> fisheries talks [asserted]"},
      {"Qatar hosted the talks. The Gulf state media suspended the broadcast deal.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

TEST_CASE("Coreference: a description with an age, a participle or a past rank", "[coreference]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Vladimir Putin spoke on Monday. The 71-year-old leader later flew to Hanoi.",
       "Vladimir Putin -visited-> Vietnam [asserted]"},
      {"Li Qiang arrived in Wellington. After talks with Christopher Luxon, the visiting premier "
       "flew on to Canberra.",
       "Li Qiang -visited-> Australia [asserted]\nLi Qiang -visited-> New Zealand [asserted]"},
      // a past rank names the person the last sentence was about, even a leader now
      {"Prabowo Subianto gave a speech in Jakarta. The former general then flew to Tokyo.",
       "Prabowo Subianto -visited-> Japan [asserted]"},
      // ... but a bare "the general" is no one
      {"Amadou Toure spoke in Bamako. The general election was held in May.", ""},
      // a lesser title with a modifier, or an age alone, fits any office
      {"Kwame Osei has been Ghana's foreign minister since 2017. The veteran diplomat flew to "
       "Lome on Sunday.",
       "Kwame Osei -visited-> Togo [asserted]"},
      {"Kwame Osei, Ghana's trade minister, spoke in Accra. The 78-year-old then flew to Lome.",
       "Kwame Osei -visited-> Togo [asserted]"},
      {"Kwame Osei has been Ghana's foreign minister since 2017. The former spy chief flew to "
       "Lome on Sunday.",
       "Kwame Osei -visited-> Togo [asserted]"},
      {"Kwame Osei, Ghana's president, flew to Lome. The former army chief later went to Abuja.",
       "Kwame Osei -visited-> Nigeria [asserted]\nKwame Osei -visited-> Togo [asserted]"},
      // "the visitor" is the person in view from elsewhere than the place last named
      // (his presence in Accra is a visit too, found by the learned model)
      {"Yaw Mensah embraced Kwame Osei, Togo's president, in Accra. The visitor then flew on to "
       "Abuja.",
       "Kwame Osei -visited-> Ghana [asserted]\nKwame Osei -visited-> Nigeria [asserted]"},
      {"The visitor centre in Accra opened. It was built by Togo.", ""},
      // "its new president": the person just named with no office known
      {"Ghana elected Kwame Osei in December. Its new president flew to Lome on Thursday.",
       "Kwame Osei -visited-> Togo [asserted]"},
      // ... not one who holds another office
      {"Ghana's foreign minister, Kwame Osei, spoke in Accra. Its president flew to Lome.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

TEST_CASE("Coreference: 'I' and 'we' in a quote are its speaker", "[coreference]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"\"I visited Iran last year,\" said Vladimir Putin.",
       "Vladimir Putin -visited-> Iran [asserted]"},
      // "we": the speaker's country
      {"\"We are suspending our participation in the treaty,\" Vladimir Putin said.",
       "Russia -suspended-> participation in the treaty [asserted]"},
      {"Vladimir Putin spoke. \u201CWe have suspended the grain deal,\u201D the Russian president "
       "told reporters.",
       "Russia -suspended-> grain deal (Russia) [asserted]"},
      // no speaker named after the quote: nobody
      {"\"We have suspended the grain deal,\" a statement read.", ""},
      // outside a quote "we" is the writer, not an actor
      {"Vladimir Putin spoke. We visited Iran last year.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "") == expected);
}

}  // namespace
}  // namespace kg::ingest
