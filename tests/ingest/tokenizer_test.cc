#include "ingest/tokenizer.h"

#include <catch2/catch.hpp>

namespace kg::ingest {
namespace {

TEST_CASE("Tokenize splits words, possessives, contractions and dotted forms", "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Russia's leader", "Russia|'s|leader"},
      {"Moscow\xE2\x80\x99s participation", "Moscow|\xE2\x80\x99s|participation"},
      {"the U.S. and the U.K.", "the|U.S.|and|the|U.K."},
      {"then-White House leader", "then|-|White|House|leader"},
      {"Kim Jong-un met F-16s", "Kim|Jong-un|met|F-16s"},
      {"nuclear-armed North Korea", "nuclear-armed|North|Korea"},
      {"we don't know", "we|do|n't|know"},
      {"C\xC3\xB4te d'Ivoire", "C\xC3\xB4te|d'Ivoire"},
      {"\xE2\x80\x9CWe are open,\xE2\x80\x9D he said.", "\xE2\x80\x9C|We|are|open|,|\xE2\x80\x9D|he|said|."},
      {"1,550 warheads", "1|,|550|warheads"},
      // where a run of ASCII letters ends: at a byte that ends the word, or
      // at one the word's own cases read (dot, hyphen, apostrophe, UTF-8)
      {"Kyiv;Minsk(Riga)", "Kyiv|;|Minsk|(|Riga|)"},
      {"Paris.\tBonn\xC2\xA0Rome", "Paris|.|Bonn|Rome"},
      {"US-made jets, Cura\xC3\xA7" "ao", "US|-|made|jets|,|Cura\xC3\xA7" "ao"},
      {"O'Brien\xE2\x80\x94Kim", "O'Brien|\xE2\x80\x94|Kim"},
      {"  Kyiv", "Kyiv"},
  }));
  CAPTURE(text);
  CHECK(TokensToString(Tokenize(text)) == expected);
}

TEST_CASE("Tokens carry spans, lower case and capitalisation", "[tokenizer]") {
  std::string doc = "xx Russia's Kremlin";
  auto t = Tokenize(doc, 3, static_cast<uint32_t>(doc.size()));
  REQUIRE(t.size() == 3);
  CHECK(t[0].begin == 3);
  CHECK(t[0].end == 9);
  CHECK(t[0].lower == "russia");
  CHECK(t[0].capitalized);
  CHECK(t[1].lower == "'s");
  CHECK(t[2].text == "Kremlin");
}

TEST_CASE("TokenizeInto replaces what the buffer held with Tokenize's tokens", "[tokenizer]") {
  std::string first = "An unusually long-winded introductory sentence, with don't and Russia's.";
  std::string second = "Putin visited Ankara.";
  std::vector<Token> buffer;
  TokenizeInto(first, 0, static_cast<uint32_t>(first.size()), &buffer);
  REQUIRE(TokensToString(buffer) == TokensToString(Tokenize(first)));
  for (Token& t : buffer) t.lower.id = 7;  // as if identified
  TokenizeInto(second, 0, static_cast<uint32_t>(second.size()), &buffer);
  std::vector<Token> fresh = Tokenize(second);
  REQUIRE(buffer.size() == fresh.size());
  for (size_t k = 0; k < fresh.size(); ++k) {
    CAPTURE(k);
    CHECK(buffer[k].begin == fresh[k].begin);
    CHECK(buffer[k].end == fresh[k].end);
    CHECK(buffer[k].text == fresh[k].text);
    CHECK(std::string(buffer[k].lower) == std::string(fresh[k].lower));
    CHECK(buffer[k].lower.id == TokenWord::kUnknown);  // no id left from the first sentence
    CHECK(buffer[k].capitalized == fresh[k].capitalized);
    CHECK(buffer[k].word == fresh[k].word);
  }
}

TEST_CASE("TokenWord equals a literal only when all of it matches", "[tokenizer]") {
  auto [word, literal, expected] = GENERATE(table<std::string, std::string, bool>({
      {"the", "the", true}, {"the", "then", false}, {"then", "the", false},
      {"", "", true}, {"", "a", false}, {"a", "", false}, {"'s", "'s", true},
  }));
  CAPTURE(word, literal);
  TokenWord w;
  w.assign(word);
  CHECK((w == literal.c_str()) == expected);
  CHECK((w != literal.c_str()) == !expected);
  CHECK((literal.c_str() == w) == expected);
}

}  // namespace
}  // namespace kg::ingest
