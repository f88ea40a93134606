#include "ingest/furniture.h"

#include <string>

namespace kg::ingest {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

bool Contains(const std::string& hay, const std::vector<std::string>& needles, bool prefix) {
  for (const auto& n : needles) {
    if (prefix ? hay.compare(0, n.size(), n) == 0 : hay.find(n) != std::string::npos) return true;
  }
  return false;
}

// Prose ends with sentence punctuation, possibly followed by quotes or a
// bracket; a headline or label does not.
bool EndsLikeProse(std::string_view line) {
  while (!line.empty()) {
    unsigned char c = static_cast<unsigned char>(line.back());
    if (c == ' ' || c == '\r' || c == '\t' || c == '"' || c == '\'' || c == ')') {
      line.remove_suffix(1);
      continue;
    }
    // Closing typographic quotes (U+2019, U+201D) and U+2033.
    if (line.size() >= 3 && static_cast<unsigned char>(line[line.size() - 3]) == 0xE2 &&
        (c == 0x99 || c == 0x9D || c == 0xB3)) {
      line.remove_suffix(3);
      continue;
    }
    break;
  }
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?';
}

// "HANOI, March 3, 2025 — " opening the first paragraph: the place and date
// are metadata, not the subject of the first sentence.
size_t DatelineLength(std::string_view line) {
  for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - "}) {
    size_t at = line.find(dash);
    if (at == std::string_view::npos || at > 80) continue;
    std::string_view head = line.substr(0, at);
    bool digit = head.find_first_of("0123456789") != std::string_view::npos;
    bool caps = head.size() > 2 && head[0] >= 'A' && head[0] <= 'Z' && head[1] >= 'A' && head[1] <= 'Z';
    if (digit || caps) return at + dash.size();
  }
  return 0;
}

}  // namespace

std::vector<TextSpan> FindBody(std::string_view text, uint32_t begin, const Lexicon& lexicon) {
  const auto& stops = lexicon.List("furniture_stop");
  const auto& drops = lexicon.List("furniture_lines");
  std::vector<TextSpan> out;
  size_t pos = begin;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    size_t lead = line.find_first_not_of(" \t\r");
    if (lead != std::string_view::npos) {
      std::string lower = Lower(line.substr(lead, 200));
      if (Contains(lower, stops, /*prefix=*/true)) break;
      if (!Contains(lower, drops, false) && EndsLikeProse(line)) {
        uint32_t b = static_cast<uint32_t>(pos + lead);
        if (out.empty()) b += DatelineLength(line.substr(lead));
        out.push_back({b, static_cast<uint32_t>(end)});
      }
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

}  // namespace kg::ingest
