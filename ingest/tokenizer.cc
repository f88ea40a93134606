#include "ingest/tokenizer.h"

#include <array>
#include <cstdint>
#include <cstring>

namespace kg::ingest {
namespace {

constexpr bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

// Length of a typographic right single quote (U+2019) at s[i], else 0.
size_t CurlyApostrophe(std::string_view s, size_t i) {
  if (i + 2 < s.size() && static_cast<unsigned char>(s[i]) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 && static_cast<unsigned char>(s[i + 2]) == 0x99)
    return 3;
  return 0;
}

size_t MultiByteLetterLen(std::string_view s, size_t i);

// ASCII bytes that are letters or digits; the scanners test one per byte.
constexpr std::array<bool, 128> kAsciiAlnum = [] {
  std::array<bool, 128> table{};
  for (int c = 0; c < 128; ++c) table[c] = IsAsciiAlnum(static_cast<unsigned char>(c));
  return table;
}();

// The same for every byte, false for all that are not ASCII, so that a run
// of ASCII letters is scanned with one test per byte.
constexpr std::array<bool, 256> kAsciiAlnumByte = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c) table[c] = kAsciiAlnum[c];
  return table;
}();

// ASCII upper case to lower, every other byte unchanged.
constexpr std::array<char, 256> kLowerByte = [] {
  std::array<char, 256> table{};
  for (int c = 0; c < 256; ++c)
    table[c] = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return table;
}();

// Latin letters with diacritics, U+00C0..U+017F, to their ASCII base in
// lower case, so that "São Tomé", "Erdoğan" and "Félix" meet the lists'
// plain spellings and the plain spelling of another article; 0 keeps a
// letter that has no one-letter base (æ, ß, œ) and the signs × and ÷.
constexpr char kLatinBase[] =
    "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0\0"  // U+00C0
    "aaaaaa\0ceeeeiiiidnooooo\0ouuuuy\0y"    // U+00E0
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii\0\0jjkkk"  // U+0100
    "llllllllllnnnnnnnnnoooooo\0\0rrrrrrsssssssstttttt"          // U+0139
    "uuuuuuuuuuuuwwyyyzzzzzzs";                                   // U+0168

// The ASCII base of the two-byte letter at s[i] (lead byte 0xC3..0xC5, or
// Romanian comma-below s and t), or 0.
char LatinBase(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return 0;
  auto lead = static_cast<unsigned char>(s[i]);
  auto next = static_cast<unsigned char>(s[i + 1]);
  if (next < 0x80 || next > 0xBF) return 0;
  if (lead == 0xC8) return next >= 0x98 && next <= 0x9B ? "sstt"[next - 0x98] : 0;
  if (lead < 0xC3 || lead > 0xC5) return 0;
  return kLatinBase[(lead - 0xC3) * 64 + (next - 0x80)];
}

// Is the two-byte letter at s[i] an upper-case Latin letter with a
// diacritic? Latin Extended-A alternates upper and lower case, with the
// parity flipping at U+0139 and again at U+014A and U+0179.
bool LatinUpper(std::string_view s, size_t i) {
  if (i + 1 >= s.size()) return false;
  auto lead = static_cast<unsigned char>(s[i]);
  auto next = static_cast<unsigned char>(s[i + 1]);
  if (lead == 0xC3) return next >= 0x80 && next < 0x9F && next != 0x97;
  if (lead == 0xC8) return next == 0x98 || next == 0x9A;
  if (lead != 0xC4 && lead != 0xC5) return false;
  int cp = ((lead & 0x1F) << 6) | (next & 0x3F);
  if (cp == 0x138 || cp == 0x149 || cp == 0x17F) return false;
  bool odd_upper = (cp >= 0x139 && cp <= 0x148) || cp >= 0x179;
  return cp == 0x178 || (cp % 2 == 1) == odd_upper;
}

// ASCII bytes after a letter or digit at which ScanWord's cases all stop
// the word: not a letter or digit, dot, hyphen or apostrophe; every byte of
// a multi-byte sequence is left to those cases.
constexpr std::array<bool, 256> kEndsWord = [] {
  std::array<bool, 256> table{};
  for (int c = 0; c < 128; ++c)
    table[c] = !kAsciiAlnum[c] && c != '.' && c != '-' && c != '\'';
  return table;
}();

bool AsciiAlnumAt(std::string_view s, size_t i) {
  return kAsciiAlnumByte[static_cast<unsigned char>(s[i])];
}

// Length of the letter or digit at s[i] in bytes, 0 if none.
inline size_t LetterSeqLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return kAsciiAlnum[c];
  return MultiByteLetterLen(s, i);
}

// A multi-byte sequence that is a letter (not punctuation or space): we
// treat U+2000..U+206F (general punctuation) and Latin-1 symbols as non-letters.
size_t MultiByteLetterLen(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + len > s.size()) return 0;
  if (c == 0xC2) return 0;                                  // nbsp, «, °, ...
  if (c == 0xE2) return 0;                                  // quotes, dashes, bullets
  if (c == 0xE3 && static_cast<unsigned char>(s[i + 1]) == 0x80) return 0;  // CJK punct
  if (c == 0xEF && static_cast<unsigned char>(s[i + 1]) == 0xBB) return 0;  // BOM
  return len;
}

size_t SeqLen(unsigned char c) { return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; }

bool IsSpaceAt(std::string_view s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) return true;
  return false;
}

// The lower-case form of doc[b, e) with curly apostrophes folded to ' and
// Latin letters with diacritics to their base letter ("São Tomé" meets
// "sao tome"). Appended byte by byte: only tokens with such bytes come here.
void FoldSpecial(std::string_view doc, size_t b, size_t e, TokenWord* lower) {
  lower->clear();
  for (size_t i = b; i < e; ++i) {
    auto c = static_cast<unsigned char>(doc[i]);
    if (c == 0xE2) {
      if (size_t len = CurlyApostrophe(doc, i)) {
        lower->push_back('\'');
        i += len - 1;
        continue;
      }
    }
    if (c >= 0xC3 && c <= 0xC8) {
      if (char base = LatinBase(doc.substr(0, e), i)) {
        lower->push_back(base);
        ++i;
        continue;
      }
    }
    lower->push_back(kLowerByte[c]);
  }
}

// ASCII upper case to lower in the eight bytes of `x` at once; bytes of
// 0x80 and above are left as they are.
inline uint64_t LowerAsciiWord(uint64_t x) {
  constexpr uint64_t kOnes = 0x0101010101010101ULL;
  uint64_t heptets = x & (0x7F * kOnes);
  uint64_t at_least_a = heptets + (0x80 - 'A') * kOnes;  // high bit set from 'A'
  uint64_t past_z = heptets + (0x80 - 'Z' - 1) * kOnes;  // high bit set past 'Z'
  uint64_t upper = at_least_a & ~past_z & ~x & (0x80 * kOnes);
  return x | (upper >> 2);  // 0x80 >> 2 is the case bit 0x20
}

// Lowers the n <= 16 bytes at p when all are ASCII, eight at a time, and
// returns true; returns false, changing nothing, when one is not. Reads and
// writes sixteen bytes: a std::string's buffer holds at least sixteen (its
// capacity is never under fifteen, plus the terminator), and bytes past n
// keep their meaning (the terminator stays 0).
inline bool LowerAsciiInPlace(char* p, size_t n) {
  uint64_t w0, w1;
  std::memcpy(&w0, p, 8);
  std::memcpy(&w1, p + 8, 8);
  uint64_t m0 = n >= 8 ? ~uint64_t{0} : (uint64_t{1} << (8 * n)) - 1;
  uint64_t m1 = n >= 16 ? ~uint64_t{0} : n <= 8 ? 0 : (uint64_t{1} << (8 * (n - 8))) - 1;
  if (((w0 & m0) | (w1 & m1)) & 0x8080808080808080ULL) return false;
  w0 = LowerAsciiWord(w0);
  w1 = LowerAsciiWord(w1);
  std::memcpy(p, &w0, 8);
  std::memcpy(p + 8, &w1, 8);
  return true;
}

// Appends tokens to a buffer whose Token objects, left by the sentence
// before, are reused: each keeps its lower-case string's storage, so a
// sentence of tokens costs no construction and no destruction of strings.
class TokenWriter {
 public:
  explicit TokenWriter(std::vector<Token>* out) : out_(*out) {}
  // Drops the tokens past the last one written. Call once, at the end.
  void Finish() { out_.resize(size_); }

  bool empty() const { return size_ == 0; }
  Token& back() { return out_[size_ - 1]; }
  void pop_back() { --size_; }

  void Push(std::string_view doc, size_t b, size_t e, bool word) {
    Token& t = size_ < out_.size() ? out_[size_] : out_.emplace_back();
    ++size_;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    t.text = std::string_view(doc.data() + b, e - b);
    t.word = word;
    t.lower.id = TokenWord::kUnknown;
    unsigned char c0 = static_cast<unsigned char>(doc[b]);
    t.capitalized = IsUpper(c0) || (c0 >= 0xC3 && b + 1 < e && LatinUpper(doc, b));
    // One copy of the bytes, lowered in place: a byte-by-byte push_back
    // tests the capacity at every byte. Most punctuation is one byte.
    size_t n = e - b;
    if (n == 1) {
      t.lower.clear();
      t.lower.push_back(kLowerByte[c0]);
      return;
    }
    t.lower.assign(doc.data() + b, n);
    if (n <= 16 && LowerAsciiInPlace(t.lower.data(), n)) return;
    bool special = false;  // a curly apostrophe or a Latin letter with a diacritic
    for (char *p = t.lower.data(), *end = p + n; p != end; ++p) {
      auto c = static_cast<unsigned char>(*p);
      special |= c == 0xE2 || (c >= 0xC3 && c <= 0xC8);
      *p = kLowerByte[c];
    }
    if (special) FoldSpecial(doc, b, e, &t.lower);
  }

 private:
  std::vector<Token>& out_;
  size_t size_ = 0;  // tokens written; out_[size_, end) are left over
};

// Is there an apostrophe (straight or curly) at i? Returns its length.
size_t ApostropheAt(std::string_view s, size_t i) {
  if (s[i] == '\'') return 1;
  return CurlyApostrophe(s, i);
}

// Scans one word starting at b; returns its end. Splits "then-White" style
// hyphens (lower-case part, hyphen, capital) and both-capital compounds, keeps
// "Jong-un", "F-16s", "nuclear-armed"; keeps "U.S." dots.
size_t ScanWord(std::string_view s, size_t b, size_t end) {
  size_t i = b;
  bool single_letter_dots = true;  // U.S.A. shape so far
  size_t seg_len = 0;
  while (i < end) {
    if (AsciiAlnumAt(s, i)) {
      // a run of ASCII letters and digits, most of every word, in one loop
      size_t j = i + 1;
      while (j < end && AsciiAlnumAt(s, j)) ++j;
      // Most words end at an ASCII byte that none of the cases below
      // continues (a space, a comma): the word ends there.
      if (j < end && kEndsWord[static_cast<unsigned char>(s[j])]) return j;
      seg_len += j - i;
      if (seg_len > 1) single_letter_dots = false;
      i = j;
      continue;
    }
    if (size_t n = LetterSeqLen(s, i)) {
      i += n;
      ++seg_len;
      if (seg_len > 1) single_letter_dots = false;
      continue;
    }
    char c = s[i];
    if (c == '.' && seg_len == 1 && single_letter_dots && i + 1 <= end) {
      // "U.S." / "U.S.A." / "U.N.": dots after single letters.
      bool next_letter = i + 1 < end && IsAsciiAlnum(static_cast<unsigned char>(s[i + 1]));
      bool more = i + 2 < end && s[i + 2] == '.';
      if (next_letter && (more || (i + 2 == end) || !IsAsciiAlnum(static_cast<unsigned char>(s[i + 2])))) {
        ++i;
        seg_len = 0;
        continue;
      }
      if (i > b + 1) return i + 1;  // trailing dot of "U.S."
      return i;
    }
    if (c == '-' && i + 1 < end && LetterSeqLen(s, i + 1)) {
      bool next_upper = IsUpper(static_cast<unsigned char>(s[i + 1]));
      if (next_upper) return i;  // split: "then-White", "Russian-Kyrgyz"
      // "US-made", "Turkish-built", "Saudi-led": the maker or leader is a
      // word of its own.
      if (IsUpper(static_cast<unsigned char>(s[b]))) {
        for (std::string_view suffix :
             {"made", "built", "supplied", "produced", "manufactured", "designed", "led"}) {
          if (s.substr(i + 1, suffix.size()) == suffix &&
              (i + 1 + suffix.size() >= end || !LetterSeqLen(s, i + 1 + suffix.size())))
            return i;
        }
      }
      ++i;
      seg_len = 0;
      single_letter_dots = false;
      continue;
    }
    if (size_t n = ApostropheAt(s, i)) {
      // Keep O'Brien, d'Ivoire, N'Djamena; stop before 's and n't.
      size_t j = i + n;
      if (j < end && (s[j] == 's' || s[j] == 't') && (j + 1 >= end || !LetterSeqLen(s, j + 1)))
        return i;
      if (j < end && LetterSeqLen(s, j)) {
        i = j;
        single_letter_dots = false;
        continue;
      }
      return i;
    }
    return i;
  }
  return i;
}

}  // namespace

std::string FoldDiacritics(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  for (size_t i = 0; i < word.size(); ++i) {
    char base = LatinBase(word, i);
    out.push_back(base ? base : word[i]);
    if (base) ++i;
  }
  return out;
}

std::vector<Token> Tokenize(std::string_view doc, uint32_t begin, uint32_t end) {
  std::vector<Token> out;
  TokenizeInto(doc, begin, end, &out);
  return out;
}

void TokenizeInto(std::string_view doc, uint32_t begin, uint32_t end, std::vector<Token>* tokens) {
  TokenWriter out(tokens);
  tokens->reserve((end - begin) / 5 + 4);
  size_t i = begin;
  while (i < end) {
    // A plain space, then a word starting with an ASCII letter or digit:
    // most positions, and neither is a space or an apostrophe below.
    if (doc[i] == ' ') {
      ++i;
      continue;
    }
    if (!AsciiAlnumAt(doc, i)) {
      if (IsSpaceAt(doc, i)) {
        i += static_cast<unsigned char>(doc[i]) == 0xC2 ? 2 : 1;
        continue;
      }
      if (size_t n = ApostropheAt(doc, i)) {
        size_t j = i + n;
        if (j < end && doc[j] == 's' && !out.empty() && out.back().end == i &&
            (j + 1 >= end || !LetterSeqLen(doc, j + 1))) {
          out.Push(doc, i, j + 1, true);  // 's
          i = j + 1;
          continue;
        }
        if (j < end && doc[j] == 't' && !out.empty() && out.back().end == i &&
            !out.back().lower.empty() && out.back().lower.back() == 'n') {
          Token& prev = out.back();  // "don't" -> "do" "n't"
          uint32_t nb = prev.end - 1;
          std::string_view word = doc.substr(prev.begin, nb - prev.begin);
          uint32_t pb = prev.begin;
          out.pop_back();
          if (!word.empty()) out.Push(doc, pb, nb, true);
          out.Push(doc, nb, j + 1, true);
          i = j + 1;
          continue;
        }
      }
      if (!LetterSeqLen(doc, i)) {
        size_t n = SeqLen(static_cast<unsigned char>(doc[i]));
        if (i + n > end) n = end - i;
        out.Push(doc, i, i + n, false);
        i += n;
        continue;
      }
    }
    // a word, from an ASCII letter or digit or from another letter
    size_t e = ScanWord(doc, i, end);
    if (e == i) e = i + 1;
    out.Push(doc, i, e, true);
    i = e;
  }
  out.Finish();
}

std::string TokensToString(const std::vector<Token>& tokens) {
  std::string s;
  for (size_t i = 0; i < tokens.size(); ++i) {
    if (i) s += '|';
    s += tokens[i].text;
  }
  return s;
}

}  // namespace kg::ingest
