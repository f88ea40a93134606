#include "ingest/furniture.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>

#include "ingest/tokenizer.h"

namespace kg::ingest {
namespace {

constexpr size_t kHead = 200;  // markers are looked for in a line's first bytes

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Does `hay`, lower-cased, start with `needle`?
bool StartsFolded(std::string_view hay, std::string_view needle) {
  if (hay.size() < needle.size()) return false;
  for (size_t i = 0; i < needle.size(); ++i)
    if (LowerAscii(hay[i]) != needle[i]) return false;
  return true;
}

bool HasPrefix(std::string_view hay, const std::vector<std::string>& needles) {
  for (const auto& n : needles)
    if (StartsFolded(hay, n)) return true;
  return false;
}

// The furniture markers grouped by first byte, so that one pass over a line
// tries at each position only the markers that can start there (rather than
// one search of the whole line per marker). The line is not lower-cased: a
// filter of every byte pair that lower-cases to a marker's first two bytes
// rules out nearly every position with one bit test.
class MarkerIndex {
 public:
  explicit MarkerIndex(const std::vector<std::string>& markers) {
    for (const auto& m : markers) {
      if (m.empty()) empty_ = true;
      else sorted_.push_back(m);
      if (m.size() == 1) one_byte_ = true;
      if (m.size() < 4) short_ = true;
      if (m.size() >= 2)
        for (int a : Folded(m[0]))
          for (int b : Folded(m[1])) SetPair(a, b);
      if (m.size() >= 4) {
        for (int a : Folded(m[0])) opens_[a] = true;
        size_t slot = QuadSlot(m.data());
        quads_[slot / 64] |= uint64_t{1} << (slot % 64);
      }
    }
    auto first_byte = [](std::string_view m) { return static_cast<unsigned char>(m[0]); };
    std::stable_sort(sorted_.begin(), sorted_.end(), [&](std::string_view a, std::string_view b) {
      return first_byte(a) < first_byte(b);
    });
    size_t k = 0;
    for (size_t c = 0; c < 256; ++c) {
      first_[c] = static_cast<uint32_t>(k);
      while (k < sorted_.size() && static_cast<unsigned char>(sorted_[k][0]) == c) ++k;
    }
    first_[256] = static_cast<uint32_t>(k);
  }

  // Is some marker in `hay` lower-cased?
  bool FoundIn(std::string_view hay) const {
    if (empty_) return true;
    if (one_byte_) {
      for (size_t i = 0; i < hay.size(); ++i)
        if (MarkerAt(hay, i)) return true;
      return false;
    }
    if (!short_) {  // every marker has four bytes: test those first
      const auto* p = reinterpret_cast<const unsigned char*>(hay.data());
      for (size_t i = 0; i + 4 <= hay.size(); ++i) {
        if (!opens_[p[i]]) continue;  // two bytes in three open no marker
        size_t slot = QuadSlot(hay.data() + i);
        if (((quads_[slot / 64] >> (slot % 64)) & 1) && MarkerAt(hay, i)) return true;
      }
      return false;
    }
    const auto* p = reinterpret_cast<const unsigned char*>(hay.data());
    for (size_t i = 0; i + 1 < hay.size(); ++i) {
      if (!((pairs_[p[i]][p[i + 1] >> 6] >> (p[i + 1] & 63)) & 1)) continue;
      if (MarkerAt(hay, i)) return true;
    }
    return false;
  }

 private:
  // The bytes that lower-case to c: an upper-case marker byte has none.
  static std::vector<int> Folded(char c) {
    auto u = static_cast<unsigned char>(c);
    if (c >= 'a' && c <= 'z') return {u, u - 'a' + 'A'};
    if (c >= 'A' && c <= 'Z') return {};
    return {u};
  }
  void SetPair(int a, int b) { pairs_[a][b >> 6] |= uint64_t{1} << (b & 63); }
  // A slot in a 4096-bit filter for the four bytes at p with bit 5 set in
  // each: that lower-cases ASCII letters and leaves lower-case markers as
  // they are, so a match always finds its marker's bit (other bytes only
  // cost a false alarm).
  static size_t QuadSlot(const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return ((v | 0x20202020u) * 0x9E3779B1u) >> 20;
  }

  bool MarkerAt(std::string_view hay, size_t i) const {
    auto c = static_cast<unsigned char>(LowerAscii(hay[i]));
    for (uint32_t k = first_[c]; k < first_[c + 1]; ++k)
      if (StartsFolded(hay.substr(i), sorted_[k])) return true;
    return false;
  }

  std::vector<std::string_view> sorted_;  // by first byte
  std::array<uint32_t, 257> first_;       // byte -> first index in sorted_
  uint64_t pairs_[256][4] = {};           // byte pairs that fold to a marker's first two
  std::array<uint64_t, 64> quads_{};      // QuadSlot of every marker's first four bytes
  std::array<bool, 256> opens_{};         // bytes that fold to a marker's first (four or more bytes)
  bool empty_ = false;
  bool short_ = false;     // a marker under four bytes: the quad filter cannot be used
  bool one_byte_ = false;  // a one-byte marker: the pair filter cannot be used
};

// The index of the lexicon's furniture lines, built once per thread and
// lexicon rather than once per article.
const MarkerIndex& DropIndex(const Lexicon& lexicon) {
  const std::vector<std::string>& lines = lexicon.List("furniture_lines");
  thread_local const std::vector<std::string>* built_for = nullptr;
  thread_local std::unique_ptr<MarkerIndex> index;
  if (!index || built_for != &lines) {
    index = std::make_unique<MarkerIndex>(lines);
    built_for = &lines;
  }
  return *index;
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

// "Kyiv, Ukraine": two or three capitalised words around one comma, the
// dateline of a paper that does not write it in capitals.
bool PlaceAndCountry(std::string_view head) {
  size_t comma = head.find(", ");
  if (comma == std::string_view::npos || head.find(',', comma + 1) != std::string_view::npos ||
      head.size() > 40)
    return false;
  size_t words = 0;
  for (size_t i = 0; i < head.size(); ++i) {
    bool start = i == 0 || head[i - 1] == ' ';
    if (!start || head[i] == ' ') continue;
    if (head[i] < 'A' || head[i] > 'Z') return false;
    ++words;
  }
  return words >= 2 && words <= 4;
}

}  // namespace

// "HANOI, March 3, 2025 — " opening the first paragraph: the place and date
// are metadata, not the subject of the first sentence.
size_t DatelineLength(std::string_view line) {
  constexpr std::string_view kDashes[] = {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- ", " - "};
  constexpr size_t kReach = 80;  // only the line's head can hold a dateline
  // The first place of each dash, found in one pass over the spaces of
  // the head rather than one search per dash.
  size_t first[std::size(kDashes)];
  std::fill(std::begin(first), std::end(first), std::string_view::npos);
  std::string_view head_bytes = line.substr(0, kReach + 1);
  for (size_t sp = head_bytes.find(' '); sp != std::string_view::npos; sp = head_bytes.find(' ', sp + 1)) {
    if (sp + 1 >= line.size() || (line[sp + 1] != '-' && line[sp + 1] != '\xE2')) continue;
    for (size_t d = 0; d < std::size(kDashes); ++d)
      if (first[d] == std::string_view::npos && line.compare(sp, kDashes[d].size(), kDashes[d]) == 0)
        first[d] = sp;
  }
  for (size_t d = 0; d < std::size(kDashes); ++d) {
    std::string_view dash = kDashes[d];
    size_t at = first[d];
    if (at == std::string_view::npos) continue;
    std::string_view head = line.substr(0, at);
    bool digit = head.find_first_of("0123456789") != std::string_view::npos;
    bool caps = head.size() > 2 && head[0] >= 'A' && head[0] <= 'Z' && head[1] >= 'A' && head[1] <= 'Z';
    if (digit || caps || PlaceAndCountry(head)) return at + dash.size();
  }
  return 0;
}

// "09:15 - ", "16:30 GMT - ", "9.40am: " opening an entry of a live page:
// the time of posting, not part of the first sentence.
size_t TimestampLength(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && i < 2 && line[i] >= '0' && line[i] <= '9') ++i;
  if (i == 0 || i + 3 > line.size() || (line[i] != ':' && line[i] != '.')) return 0;
  if (!(line[i + 1] >= '0' && line[i + 1] <= '9' && line[i + 2] >= '0' && line[i + 2] <= '9')) return 0;
  i += 3;
  // an optional "am"/"pm" or time zone of capitals: "GMT", "ET", "BST"
  if (i + 1 < line.size() && (line.compare(i, 2, "am") == 0 || line.compare(i, 2, "pm") == 0)) i += 2;
  size_t z = i + 1;
  while (z < line.size() && z < i + 5 && line[z] >= 'A' && line[z] <= 'Z') ++z;
  if (i < line.size() && line[i] == ' ' && z > i + 1 && z < line.size() && line[z] == ' ') i = z;
  for (std::string_view sep : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - ", ": "})
    if (line.compare(i, sep.size(), sep) == 0) return i + sep.size();
  return 0;
}

namespace {

// The next non-blank line after `from`, or empty.
std::string_view NextLine(std::string_view text, size_t from) {
  while (from < text.size()) {
    size_t nl = text.find('\n', from);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(from, end - from);
    if (line.find_first_not_of(" \t\r") != std::string_view::npos) return line;
    if (nl == std::string_view::npos) break;
    from = nl + 1;
  }
  return {};
}

// An article's title read as a sentence: "Modi to visit Russia, Austria",
// "Blinken in Beijing for talks". Only the first line, before prose or alone,
// of four to sixteen words opening with a capital, not a byline, and naming
// a listed country, place or person (a related headline, "Former ambassador
// discusses G7 summit", names none of them).
bool TitleLine(std::string_view line, std::string_view next, const Lexicon& lexicon) {
  // a headline alone (a feed of headlines, a one-line record) needs no prose
  // after it; among other lines it must lead into prose
  if ((!next.empty() && !EndsLikeProse(next)) || line.size() > 160) return false;
  std::vector<Token> tokens = Tokenize(line);
  size_t words = 0;
  for (const Token& t : tokens) words += t.word;
  if (words < 4 || words > 16 || !tokens.front().capitalized || tokens.front().lower == "by")
    return false;
  char last = line.back();
  if (last == ':' || last == ',' || last == '|') return false;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (!tokens[i].word || !tokens[i].capitalized) continue;
    std::string key;
    for (size_t j = i; j < tokens.size() && j - i < lexicon.max_phrase_tokens(); ++j) {
      key += (j > i ? " " : "") + std::string(std::string_view(tokens[j].lower));
      const auto* entries = lexicon.Find(key);
      if (!entries) continue;
      for (const auto& e : *entries) {
        graph::NodeType type = lexicon.actors()[e.actor].type;
        // (a gazetteer town that may be a surname, "Hailey", makes no title)
        if (e.kind != EntryKind::kAdjective && !e.needs_context &&
            (type == graph::NodeType::kCountry || type == graph::NodeType::kPerson))
          return true;
      }
    }
  }
  return false;
}

}  // namespace

std::vector<TextSpan> FindBody(std::string_view text, uint32_t begin, const Lexicon& lexicon) {
  const auto& stops = lexicon.List("furniture_stop");
  const MarkerIndex& drops = DropIndex(lexicon);
  std::vector<TextSpan> out;
  size_t pos = begin;
  bool first = true;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    std::string_view line = text.substr(pos, end - pos);
    size_t lead = line.find_first_not_of(" \t\r");
    if (lead != std::string_view::npos) {
      // a dateline's "(Reuters)" is no photo credit
      size_t dateline = out.empty() ? DatelineLength(line.substr(lead)) : 0;
      if (dateline == 0) dateline = TimestampLength(line.substr(lead));
      std::string_view head = line.substr(lead + dateline, kHead);
      if (HasPrefix(head, stops)) break;
      bool dropped = drops.FoundIn(head);
      bool title = first && !dateline && !dropped && !EndsLikeProse(line) &&
                   TitleLine(line.substr(lead), NextLine(text, end), lexicon);
      if (!dropped && (EndsLikeProse(line) || title)) {
        uint32_t b = static_cast<uint32_t>(pos + lead + dateline);
        out.push_back({b, static_cast<uint32_t>(end)});
      }
      first = false;
    }
    if (nl == std::string_view::npos) break;
    pos = nl + 1;
  }
  return out;
}

}  // namespace kg::ingest
