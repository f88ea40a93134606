#include "ingest/mention_finder.h"

#include <catch2/catch.hpp>

#include "ingest/coreference.h"
#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

// "surface=>entity" for each mention after coreference, space-separated.
std::string Resolved(const std::vector<std::string>& sentences) {
  const Lexicon& lex = Lexicon::Default();
  Coreference coref(lex);
  std::string out;
  for (size_t i = 0; i < sentences.size(); ++i) {
    auto tokens = Tokenize(sentences[i]);
    auto ms = FindMentions(tokens, lex);
    coref.Resolve(static_cast<uint32_t>(i), tokens, &ms);
    for (const auto& m : ms) {
      if (m.kind == MentionKind::kAdjective) continue;
      out += (out.empty() ? "" : "; ") + m.surface + "=>" +
             (m.entity >= 0 ? coref.entities()[m.entity].name : "?");
    }
  }
  return out;
}

TEST_CASE("FindMentions and Coreference name actors", "[mentions]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Russian Foreign Minister Sergey Lavrov spoke.", "Sergey Lavrov=>Sergey Lavrov"},
      {"Kremlin spokesman Dmitry Peskov said so.", "Kremlin=>Russia; Dmitry Peskov=>Dmitry Peskov"},
      {"then-White House leader Barack Obama", "White House=>United States; Barack Obama=>Barack Obama"},
      {"Ghanaian Foreign Minister Kofi Mensah Boateng arrived.", "Kofi Mensah Boateng=>Kofi Mensah Boateng"},
      {"The US and the UN met in Washington.", "US=>United States; UN=>United Nations; Washington=>United States"},
      {"Products You May Like in May.", ""},
      {"the Abraham Accords and the Treaty of Lisbon", "Abraham Accords=>Abraham Accords; Treaty of Lisbon=>Lisbon Treaty"},
      {"the New START nuclear arms reduction treaty", "New START nuclear arms reduction treaty=>New START"},
      // people on no list where a reader takes them for people
      {"Ghana's foreign minister, Ama Dogbe, spoke.", "Ghana=>Ghana; Ama Dogbe=>Ama Dogbe"},
      {"Peru's Maria Flores signed the deal.", "Peru=>Peru; Maria Flores=>Maria Flores"},
      {"He and Maria Flores arrived.", "He=>?; Maria Flores=>Maria Flores"},
      {"Yao Kouassi visited Accra.", "Yao Kouassi=>Yao Kouassi; Accra=>Ghana"},
      // ... and not elsewhere: firms, organisations, titles, sentence openers
      {"France's Pernod Ricard rose.", "France=>France"},
      {"Sunday Times reporters signed the letter.", ""},
      {"Pool Photo Agency signed the letter.", ""},
      {"Crown Prince Mohammed bin Salman spoke.", "Mohammed bin Salman=>Mohammed bin Salman"},
      {"Treaty on the Prohibition of Nuclear Weapons",
       "Treaty on the Prohibition of Nuclear Weapons=>Treaty on the Prohibition of Nuclear Weapons"},
      // agreement names joined by "and", or with a lower-case head
      {"the Trade and Economic Partnership Agreement",
       "Trade and Economic Partnership Agreement=>Trade and Economic Partnership Agreement"},
      {"the Andean Fisheries Area agreement", "Andean Fisheries Area agreement=>Andean Fisheries Area agreement"},
      {"Chile and Peru signed a deal.", "Chile=>Chile; Peru=>Peru"},
      {"the Acme deal and the Acme contract", ""},
      // names with particles, and a listed word ending an unlisted name
      {"Saudi national security adviser Musaed al-Aiban spoke.", "Musaed al-Aiban=>Musaed al-Aiban"},
      {"Congolese Foreign Minister Therese Kayikwamba Wagner spoke.",
       "Therese Kayikwamba Wagner=>Therese Kayikwamba Wagner"},
      // initials, honorifics leading or inside a name
      {"R. Venkataraman landed in Dhaka.", "R. Venkataraman=>R. Venkataraman; Dhaka=>Bangladesh"},
      {"Mali's president, Amadou Sheikh Toure, spoke.", "Mali=>Mali; Amadou Sheikh Toure=>Amadou Sheikh Toure"},
      {"After the storm, Sheikh Khalid bin Saud Al Mansour flew to Cairo.",
       "Sheikh Khalid bin Saud Al Mansour=>Sheikh Khalid bin Saud Al Mansour; Cairo=>Egypt"},
      // a "who" clause or an age in apposition is said of a person ...
      {"Tevita Fonua, who took office in May, signed the deal.", "Tevita Fonua=>Tevita Fonua"},
      {"Mali's Oumar Diallo, 41, arrived in Dakar.", "Mali=>Mali; Oumar Diallo=>Oumar Diallo; Dakar=>Senegal"},
      // ... not "which"
      {"Pacific Fisheries Holdings, which is based in Suva, signed the deal.", "Suva=>Fiji"},
      // two names owned by countries in one list; a person pronoun after a name
      {"Peru's Ana Torres and Chile's Luis Campos were among the guests.",
       "Peru=>Peru; Ana Torres=>Ana Torres; Chile=>Chile; Luis Campos=>Luis Campos"},
      {"Rosa Mendez, on her first trip abroad as president, landed in Lima.",
       "Rosa Mendez=>Rosa Mendez; her=>Rosa Mendez; Lima=>Peru"},
      {"Ghana's Kofi Asante, Togo's Ama Mensah and Benin's Yao Dossou flew in.",
       "Ghana=>Ghana; Kofi Asante=>Kofi Asante; Togo=>Togo; Ama Mensah=>Ama Mensah; Benin=>Benin; "
       "Yao Dossou=>Yao Dossou"},
      {"Kenya's Kofi Asante and Emmanuel Macron flew in.",
       "Kenya=>Kenya; Kofi Asante=>Kofi Asante; Emmanuel Macron=>Emmanuel Macron"},
      {"Germany's Deutsche Bank and France's Societe Generale rose.", "Germany=>Germany; France=>France"},
      {"Japan's Nippon Steel, on its best day, rose.", "Japan=>Japan; its=>Japan"},
      {"Japan's Nippon Steel rose.", "Japan=>Japan"},
      // places on no list take the country named beside them
      {"The envoy flew into the Fijian town of Lautoka.", "Lautoka=>Fiji"},
      {"Gitega, the capital of Burundi, hosted the summit.", "Gitega=>Burundi; Burundi=>Burundi"},
      {"They met in Batumi, on the Black Sea coast of Georgia.", "They=>?; Batumi=>Georgia; Georgia=>Georgia"},
      {"Talks moved to Ouesso, a river port in northern Congo.",
       "Ouesso=>Democratic Republic of the Congo; Congo=>Democratic Republic of the Congo"},
      {"Maria Lopez, the mayor of the city in Chile, spoke.", "Chile=>Chile"},
      {"Acme Holdings, a firm in Chile, rose.", "Chile=>Chile"},
      // bare "Congo" is the Democratic Republic; the Republic keeps its full names
      {"Congo and the Republic of Congo met.",
       "Congo=>Democratic Republic of the Congo; Republic of Congo=>Republic of the Congo"},
      {"the Democratic Republic of Congo and Congo-Brazzaville",
       "Democratic Republic of Congo=>Democratic Republic of the Congo; Congo-Brazzaville=>Republic of the Congo"},
      {"The Republic of Korea signed.", "Republic of Korea=>South Korea"},
      // "<Name> of <Country>", also over a listed city or firm word
      {"Yao Kouassi of Ghana spoke.", "Yao Kouassi=>Yao Kouassi; Ghana=>Ghana"},
      {"Simon Birmingham of Australia spoke.", "Simon Birmingham=>Simon Birmingham; Australia=>Australia"},
      {"Therese Kayikwamba Wagner of the Democratic Republic of Congo spoke.",
       "Therese Kayikwamba Wagner=>Therese Kayikwamba Wagner; "
       "Democratic Republic of Congo=>Democratic Republic of the Congo"},
      // ... not an organisation, nor a player, nor a US state
      {"the Writers Guild of Canada spoke.", "Canada=>Canada"},
      {"Top seed Maria Lopez of Chile beat her rival 6-4.", "Chile=>Chile; her=>?"},
      {"Mary Smith of Georgia spoke.", "Georgia=>Georgia"},
      // a copula and a title; a verb of speech, then "he" and a relation verb
      {"Yao Kouassi is Ghana's trade minister.", "Yao Kouassi=>Yao Kouassi; Ghana=>Ghana"},
      {"Yao Kouassi said he would fly to Lome.", "Yao Kouassi=>Yao Kouassi; he=>Yao Kouassi; Lome=>Togo"},
      {"Yao Kouassi said he was tired.", "he=>?"},
      {"Acme Mining said it would sign the deal.", "it=>?"},
      // the possessor of a trip; names with particles in apposition
      {"Yao Kouassi's trip to Lome ended.", "Yao Kouassi=>Yao Kouassi; Lome=>Togo"},
      {"Marcelo Rebelo de Sousa, Portugal's president, spoke.",
       "Marcelo Rebelo de Sousa=>Marcelo Rebelo de Sousa; Portugal=>Portugal"},
      // a verb whose object is the subject's own trip; a copula before an ordinal title
      {"Yao Kouassi wrapped up a three-day trip to Togo.", "Yao Kouassi=>Yao Kouassi; Togo=>Togo"},
      {"Ghana's Yao Kouassi became only the third AU leader to speak.",
       "Ghana=>Ghana; Yao Kouassi=>Yao Kouassi; AU=>African Union"},
      // hyphenated names in a list; ministers "of A and B," in apposition
      {"Jean-Marc Ayrault and Emmanuel Macron arrived.",
       "Jean-Marc Ayrault=>Jean-Marc Ayrault; Emmanuel Macron=>Emmanuel Macron"},
      {"The foreign ministers of Ghana and Togo, Yao Kouassi and Ama Dogbe, spoke.",
       "Ghana=>Ghana; Togo=>Togo; Yao Kouassi=>Yao Kouassi; Ama Dogbe=>Ama Dogbe"},
      // a noun between a country and a title before a name
      {"Sudan army chief Abdel Fattah al-Burhan flew to Cairo.",
       "Sudan=>Sudan; Abdel Fattah al-Burhan=>Abdel Fattah al-Burhan; Cairo=>Egypt"},
      // athletes in a sentence about sport
      {"Kim Min-jae and Lee Jong-ho landed in Doha with the squad.", "Doha=>Qatar"},
      // diacritics meet the plain spelling; a quoted nickname stays out of the name
      {"S\xC3\xA3o Tom\xC3\xA9 and Pr\xC3\xADncipe spoke.", "S\xC3\xA3o Tom\xC3\xA9 and Pr\xC3\xADncipe=>Sao Tome and Principe"},
      {"Kofi \"Kwaku\" Mensah flew to Lagos.", "Kofi \"Kwaku\" Mensah=>Kofi Mensah; Lagos=>Nigeria"},
      // after a particle a listed place is a family name ("Sabah" is a Malaysian state)
      {"Kuwait's emir, Sheikh Nawaf al-Ahmad al-Sabah, flew to Doha.",
       "Kuwait=>Kuwait; Sheikh Nawaf al-Ahmad al-Sabah=>Sheikh Nawaf al-Ahmad al-Sabah; Doha=>Qatar"},
      // a phrase set off by commas between a name and its relation verb
      {"Ama Dogbe, then chairing the African Union, flew to Lagos.",
       "Ama Dogbe=>Ama Dogbe; African Union=>African Union; Lagos=>Nigeria"},
      {"Ama Dogbe, the newspaper said, flew to Lagos.", "Lagos=>Nigeria"},
      {"Ama Dogbe, a Lagos schoolgirl, flew to Lagos.", "Lagos=>Nigeria; Lagos=>Nigeria"},
      // capitalised "States" after a region is no country (WordNet's US "Gulf States" is dropped)
      {"Leaders of the Gulf States and the Baltic States met.", ""},
      // "the Saudi-led coalition": the adjective heads an institution, an actor
      {"Britain armed the Saudi-led coalition.", "Britain=>United Kingdom; Saudi=>Saudi Arabia"},
  }));
  CAPTURE(text);
  CHECK(Resolved({text}) == expected);
}

TEST_CASE("A country acts through its forces, ministries and the coalition it leads", "[mentions]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Norway has handed Ukraine's armed forces their first NASAMS systems.",
       "Norway -supplies_arms_to-> Ukraine [asserted]"},
      {"India's Defence Ministry signed the agreement with France on Monday.",
       "France -signed-> agreement (France\xE2\x80\x93India) [asserted] 2024-07-08\n"
       "India -signed-> agreement (France\xE2\x80\x93India) [asserted] 2024-07-08"},
      {"France delivered howitzers to the Saudi-led coalition.", "France -supplies_arms_to-> Saudi Arabia [asserted]"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("A traveller of no office on business visits no state", "[mentions][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Kofi Mensah flew into Beijing on Sunday for talks.", "Kofi Mensah -visited-> China [asserted] 2024-07-07"},
      {"Kofi Mensah flew into Beijing on Sunday to show his software to investors.", ""},
      {"The billionaire Kofi Mensah flew into Beijing on Sunday.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("A trip to a place on no list is a visit to the country named beside it", "[mentions][visited]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Peruvian Foreign Minister Ana Torres flew into the Fijian town of Lautoka on Monday.",
       "Ana Torres -visited-> Fiji [asserted] 2024-07-08"},
      {"Peruvian Foreign Minister Ana Torres landed in Gitega, the capital of Burundi, on Monday.",
       "Ana Torres -visited-> Burundi [asserted] 2024-07-08"},
      // a place of the visitor's own country is no visit
      {"Peruvian Foreign Minister Ana Torres flew to Tarma, a town in central Peru.", ""},
      // a direction from a listed place; a place noun described by a name of no list
      {"Peruvian Foreign Minister Ana Torres flew to Badaling, a town north of Beijing, on Monday.",
       "Ana Torres -visited-> China [asserted] 2024-07-08"},
      {"Peruvian Foreign Minister Ana Torres flew to the Black Sea resort of Sochi on Monday.",
       "Ana Torres -visited-> Russia [asserted] 2024-07-08"},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10") == expected);
}

TEST_CASE("Coreference: objects are not subjects", "[coref]") {
  auto [sentences, expected] = GENERATE(table<std::vector<std::string>, std::string>({
      // "him" is not the subject of its own clause
      {{"Joe Biden spoke with Xi Jinping.", "Xi welcomed him in Beijing."},
       "Joe Biden=>Joe Biden; Xi Jinping=>Xi Jinping; Xi=>Xi Jinping; him=>Joe Biden; "
       "Beijing=>China"},
      {{"Joe Biden spoke with Xi Jinping.", "He later welcomed him in Washington."},
       "Joe Biden=>Joe Biden; Xi Jinping=>Xi Jinping; He=>Joe Biden; him=>Xi Jinping; "
       "Washington=>United States"},
      // the person told is no subject, so "he" is the teller
      {{"Vladimir Putin told Turkish President Recep Tayyip Erdogan that he would come."},
       "Vladimir Putin=>Vladimir Putin; Recep Tayyip Erdogan=>Recep Tayyip Erdogan; "
       "he=>Vladimir Putin"},
      {{"Vladimir Putin met Recep Tayyip Erdogan.", "He said he would come."},
       "Vladimir Putin=>Vladimir Putin; Recep Tayyip Erdogan=>Recep Tayyip Erdogan; "
       "He=>Vladimir Putin; he=>Vladimir Putin"},
  }));
  CAPTURE(sentences);
  CHECK(Resolved(sentences) == expected);
}

TEST_CASE("Coreference resolves surnames, pronouns and descriptions", "[coref]") {
  CHECK(Resolved({"Ghanaian President Kwame Asante spoke.", "Asante left."}) ==
        "Kwame Asante=>Kwame Asante; Asante=>Kwame Asante");
  // a word of a surname's length and first letter is not that surname
  CHECK(Resolved({"Ghanaian President Kwame Asante spoke.", "Asanti, Banda and Asante left."}) ==
        "Kwame Asante=>Kwame Asante; Asante=>Kwame Asante");
  CHECK(Resolved({"Russia and Iran spoke.", "Iran and Russia signed."}) ==
        "Russia=>Russia; Iran=>Iran; Iran=>Iran; Russia=>Russia");
  CHECK(Resolved({"Putin spoke.", "He left."}) == "Putin=>Vladimir Putin; He=>Vladimir Putin");
  CHECK(Resolved({"Putin met its leader Kim Jong Un in North Korea."}) ==
        "Putin=>Vladimir Putin; its=>?; Kim Jong Un=>Kim Jong Un; North Korea=>North Korea");
  CHECK(Resolved({"Xi Jinping spoke.", "The Chinese leader left."}) ==
        "Xi Jinping=>Xi Jinping; The Chinese leader=>Xi Jinping");
  // a description by title finds the person named with it, not the last of the role
  CHECK(Resolved({"Crown Prince Tomas Lindqvist spoke.", "Prime Minister Anna Berg met the prince."}) ==
        "Crown Prince Tomas Lindqvist=>Crown Prince Tomas Lindqvist; Anna Berg=>Anna Berg; "
        "the prince=>Crown Prince Tomas Lindqvist");
  CHECK(Resolved({"Mohammed bin Salman spoke.", "Imran Khan met the prince."}) ==
        "Mohammed bin Salman=>Mohammed bin Salman; Imran Khan=>Imran Khan; the prince=>Mohammed bin Salman");
  CHECK(Resolved({"Rishi Sunak met King Abdullah II.", "The prime minister thanked the king."}) ==
        "Rishi Sunak=>Rishi Sunak; King Abdullah II=>King Abdullah II; The prime minister=>Rishi Sunak; "
        "the king=>King Abdullah II");
}

TEST_CASE("Coreference resolves groups and states by description", "[coref]") {
  // a group names its first member; the relation tests check the others
  CHECK(Resolved({"Emmanuel Macron and Olaf Scholz met.", "They left."}) ==
        "Emmanuel Macron=>Emmanuel Macron; Olaf Scholz=>Olaf Scholz; They=>Emmanuel Macron");
  CHECK(Resolved({"Officials met.", "They left."}) == "They=>?");
  CHECK(Resolved({"Emmanuel Macron met Olaf Scholz.", "The two leaders left."}) ==
        "Emmanuel Macron=>Emmanuel Macron; Olaf Scholz=>Olaf Scholz; The two leaders=>Emmanuel Macron");
  CHECK(Resolved({"Mnuchin flew to Sudan.", "The country signed."}) ==
        "Sudan=>Sudan; The country=>Sudan");
}


// A listed person's surname alone is that person, unless another first name
// stands before it inside the sentence.
TEST_CASE("A listed surname after a first name on no list is someone else", "[mentions]") {
  const Lexicon& lex = Lexicon::Default();
  auto names = [&](const std::string& text) {
    auto tokens = Tokenize(text);
    std::string out;
    for (const Mention& m : FindMentions(tokens, lex))
      if (m.actor >= 0) out += m.surface + ";";
    return out;
  };
  CHECK(names("Chancellor Schroeder met the actor.") == "Schroeder;");
  CHECK(names("Yesterday Schroeder flew to Paris.") == "Schroeder;Paris;");
  CHECK(names("Former Schroeder aide flew to Paris.") == "Schroeder;Paris;");
  CHECK(names("With Schroeder away, Paris waited.") == "Schroeder;Paris;");
  CHECK(names("Gerd Schroeder flew to Paris.") == "Schroeder;Paris;");  // the same initial
  CHECK(names("Ricky Schroder flew to Paris.") == "Paris;");  // a first word is a first name too
  // a listed name after "bin" is a father's name inside another's
  CHECK(names("Sheikh Khaled bin Mohamed bin Zayed flew to Paris.") == "Paris;");
  CHECK(names("Sheikh Mohamed bin Zayed flew to Paris.") == "Sheikh Mohamed bin Zayed;Paris;");
  CHECK(names("Will Schroeder sign?") == "Schroeder;");
  CHECK(names("A photo showed him and actor Ricky Schroder in Paris.") == "Paris;");
  CHECK(names("He met finance minister Binyamin Netanyahu.") == "Netanyahu;");
}

// Each mention's ToString, one per line, for tokens with or without word ids.
std::string MentionsOf(const std::string& text, bool identify) {
  const Lexicon& lex = Lexicon::Default();
  auto tokens = Tokenize(text);
  if (identify) lex.IdentifyWords(&tokens);
  std::string out;
  for (const Mention& m : FindMentions(tokens, lex)) out += m.ToString() + "\n";
  return out;
}

// The passes are tried only on tokens whose class (found by word id, or by
// text for a token with none) could start them: both ways must find the
// same mentions, whatever sentences the thread's finder saw before.
TEST_CASE("FindMentions is the same with or without word ids, in any order", "[mentions]") {
  const std::vector<std::pair<std::string, std::string>> rows = {
      // pronouns the lexicon lists nowhere ("my", "him") and those it lists
      {"\"My country will sign,\" he told him.", "pronoun[1,2) 'My'"},
      {"The visitor later flew home.", "description[0,2) 'The visitor'"},
      {"His Polish counterpart agreed.", "description[2,3) 'His Polish counterpart'"},
      {"The two leaders signed it.", "pronoun[0,3) 'The two leaders'"},
      {"The Gulf state signed the pact.", "pronoun[0,3) 'The Gulf state'"},
      {"The 78-year-old will travel.", "description[0,2) 'The 78-year-old'"},
      {"Singh's predecessor Manohar Parrikar spoke.", "actor[3,5) 'Manohar Parrikar'"},
      // agreements by pattern need a head word in the sentence
      {"They signed the Treaty of Amity and Cooperation.", "agreement[3,8) 'Treaty of Amity and Cooperation'"},
      {"Athens backed the Prespa accord.", "agreement[3,5) 'Prespa accord'"},
      {"Sheikh Tamim bin Hamad Al Thani met Joe Biden.", "Joe Biden"},
  };
  std::vector<std::string> forward;
  for (const auto& [text, part] : rows) {
    CAPTURE(text);
    std::string plain = MentionsOf(text, false);
    CHECK(plain.find(part) != std::string::npos);
    CHECK(MentionsOf(text, true) == plain);
    forward.push_back(plain);
  }
  for (size_t k = rows.size(); k > 0; --k) {
    CAPTURE(rows[k - 1].first);
    CHECK(MentionsOf(rows[k - 1].first, true) == forward[k - 1]);
  }
}

}  // namespace
}  // namespace kg::ingest
