#include "ingest/tokenizer.h"

#include <cctype>
#include <cstring>
#include <string>

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
      {"the Saudi-led coalition", "the|Saudi|-|led|coalition"},
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

TEST_CASE("Lower case drops Latin diacritics; capitals with them count", "[tokenizer]") {
  auto [text, lower, capitalized] = GENERATE(table<std::string, std::string, bool>({
      {"S\xC3\xA3o", "sao", true},                       // São
      {"Erdo\xC4\x9F" "an", "erdogan", true},            // Erdoğan: ğ
      {"\xC3\x89lys\xC3\xA9" "e", "elysee", true},     // Élysée
      {"\xC5\xA0" "ef\xC4\x8D" "ovi\xC4\x8D", "sefcovic", true},  // Šefčovič
      {"\xC5\x81ukaszenka", "lukaszenka", true},          // Ł
      {"\xC5\x9F" "ehir", "sehir", false},                // ş lower case
      {"Chi\xC8\x99in\xC4\x83u", "chisinau", true},     // ș comma below, ă
      {"stra\xC3\x9F" "e", "stra\xC3\x9F" "e", false},  // ß has no one-letter base
      {"\xC3\xA9lan", "elan", false},
  }));
  CAPTURE(text);
  auto t = Tokenize(text);
  REQUIRE(t.size() == 1);
  CHECK(t[0].lower == lower);
  CHECK(t[0].capitalized == capitalized);
  // FoldDiacritics gives the same letters and leaves ASCII case alone
  std::string folded = FoldDiacritics(text);
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  CHECK(folded == lower);
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

TEST_CASE("Lower case is exact at every length, eight bytes at a time or not", "[tokenizer]") {
  // Words of 1 to 20 bytes (up to 16 are lowered as two 64-bit words),
  // every ASCII letter and the bytes beside the case range ('@', '[', '`',
  // '{' are no letters and split no word here only when inside digits).
  auto [text, lower] = GENERATE(table<std::string, std::string>({
      {"A", "a"},
      {"Zz", "zz"},
      {"ABCDEFG", "abcdefg"},
      {"HIJKLMNO", "hijklmno"},
      {"PQRSTUVWXYZabcd", "pqrstuvwxyzabcd"},
      {"EfGhIjKlMnOpQrSt", "efghijklmnopqrst"},
      {"UVWXYZuvwxyzABCDEFGH", "uvwxyzuvwxyzabcdefgh"},
      {"F-16S", "f-16s"},
      {"S\xc3\xa3O", "sao"},
      {"ERDO\xc4\x9e" "AN", "erdogan"},
      {"N'DJAMENA", "n'djamena"},
  }));
  CAPTURE(text);
  CHECK(std::string(Tokenize(text)[0].lower) == lower);
  // in a buffer whose first token held a longer word, so that stale bytes
  // lie past the end of the new one
  std::vector<Token> buffer;
  std::string before = "SUPERCALIFRAGILISTICALLY";
  TokenizeInto(before, 0, static_cast<uint32_t>(before.size()), &buffer);
  TokenizeInto(text, 0, static_cast<uint32_t>(text.size()), &buffer);
  REQUIRE(buffer.size() == 1);
  CHECK(std::string(buffer[0].lower) == lower);
  CHECK(std::strlen(buffer[0].lower.c_str()) == lower.size());  // terminated
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
