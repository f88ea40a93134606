#include "ingest/mention_finder.h"

#include <catch2/catch.hpp>

#include "ingest/coreference.h"

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
  }));
  CAPTURE(text);
  CHECK(Resolved({text}) == expected);
}

TEST_CASE("Coreference resolves surnames, pronouns and descriptions", "[coref]") {
  CHECK(Resolved({"Ghanaian President Kwame Asante spoke.", "Asante left."}) ==
        "Kwame Asante=>Kwame Asante; Asante=>Kwame Asante");
  CHECK(Resolved({"Putin spoke.", "He left."}) == "Putin=>Vladimir Putin; He=>Vladimir Putin");
  CHECK(Resolved({"Putin met its leader Kim Jong Un in North Korea."}) ==
        "Putin=>Vladimir Putin; its=>?; Kim Jong Un=>Kim Jong Un; North Korea=>North Korea");
  CHECK(Resolved({"Xi Jinping spoke.", "The Chinese leader left."}) ==
        "Xi Jinping=>Xi Jinping; The Chinese leader=>Xi Jinping");
}

}  // namespace
}  // namespace kg::ingest
