#include "ingest/sentence_splitter.h"

#include <catch2/catch.hpp>

namespace kg::ingest {
namespace {

std::string Split(const std::string& text) {
  const Lexicon& lex = Lexicon::Default();
  auto body = FindBody(text, 0, lex);
  std::string out;
  for (const auto& s : SplitSentences(text, body, lex)) out += "[" + s.ToString(text) + "]";
  return out;
}

TEST_CASE("SplitSentences respects abbreviations, initials and dotted forms", "[splitter]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Putin left. He flew home.", "[Putin left.][He flew home.]"},
      {"Talks with the U.S. State Department went on.", "[Talks with the U.S. State Department went on.]"},
      {"Russia spoke to the U.S. The talks ended.", "[Russia spoke to the U.S.][The talks ended.]"},
      {"WASHINGTON, Dec. 22, 2022 \xE2\x80\x94 Aid was sent.", "[Aid was sent.]"},  // dateline dropped
      {"President George W. Bush spoke. Mr. Obama replied.", "[President George W. Bush spoke.][Mr. Obama replied.]"},
      {"\xE2\x80\x9CWe agree,\xE2\x80\x9D he said. \xE2\x80\x9CGood.\xE2\x80\x9D", "[\xE2\x80\x9CWe agree,\xE2\x80\x9D he said.][\xE2\x80\x9CGood.\xE2\x80\x9D]"},
      {"Is it over? Yes!", "[Is it over?][Yes!]"},
  }));
  CAPTURE(text);
  CHECK(Split(text) == expected);
}

TEST_CASE("DatelineLength takes the place and date before the first dash", "[furniture]") {
  // Each dash is looked for on its own: an em dash anywhere in the head
  // wins over an earlier hyphen; a dash past the head's 80 bytes is prose.
  auto [line, expected] = GENERATE(table<std::string, size_t>({
      {"HANOI, March 3, 2025 \xE2\x80\x94 Leaders met.", 25},
      {"Kyiv, Ukraine - Talks resumed.", 16},
      {"MOSCOW -- The Kremlin said.", 10},
      {"Kyiv - a city \xE2\x80\x93 MOSCOW, 2024 \xE2\x80\x94 Talks.", 35},
      {"the talks - which began in May - went on.", 0},
      {"Leaders met in the capital on a cold morning and then left for the airport quite early - it said", 0},
      {"", 0}, {"PARIS -", 0}, {"PARIS - ", 8},
  }));
  CAPTURE(line);
  CHECK(DatelineLength(line) == expected);
}

TEST_CASE("FindBody leaves out page furniture", "[furniture]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Kremlin spokesman Dmitry Peskov. IMAGE: Getty Images\nPutin left.", "[Putin left.]"},
      {"Putin left.\nRead original source here.\nProducts You May Like\nShrek 5 arrives.", "[Putin left.]"},
      {"Former ambassador discusses G7 summit\nPutin left.", "[Putin left.]"},
      // a title naming a listed person or country is read before the prose
      {"Modi to visit Russia, Austria\nPutin left.", "[Modi to visit Russia, Austria][Putin left.]"},
      // ... but not a byline, a menu, a related headline after the story
      {"By Jane Smith in Moscow\nPutin left.", "[Putin left.]"},
      {"Home\nWorld\nMost read: Lula lands in Beijing\nPutin left.", "[Putin left.]"},
      {"Putin left.\nMore on this story\nXi in Moscow for talks with Putin", "[Putin left.]"},
      {"Putin left.\nXi in Moscow for talks with Putin", "[Putin left.]"},
      {"Vladimir Pirogov | Reuters\nPutin left.", "[Putin left.]"},
      {"In Summary:\n  \xE2\x80\xA2 Russia calls for talks.", "[\xE2\x80\xA2 Russia calls for talks.]"},
      // Markers count in a line's first 200 bytes only.
      {std::string(190, 'a') + " Photo: x.\nPutin left.", "[Putin left.]"},
      {std::string(195, 'a') + " Photo: x.\nPutin left.",
       "[" + std::string(195, 'a') + " Photo: x.][Putin left.]"},
  }));
  CAPTURE(text);
  CHECK(Split(text) == expected);
}

}  // namespace
}  // namespace kg::ingest
