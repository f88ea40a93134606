#include "ingest/sentence_splitter.h"

#include <emmintrin.h>

namespace kg::ingest {
namespace {

// Index of the first '.', '!' or '?' in s[i, end), or end. Sixteen bytes at
// a time (SSE2, part of every x86-64): sentence ends are a byte in a hundred.
size_t NextStop(std::string_view s, size_t i, size_t end) {
  const __m128i dot = _mm_set1_epi8('.'), bang = _mm_set1_epi8('!'), ask = _mm_set1_epi8('?');
  for (; i + 16 <= end; i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + i));
    __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, dot), _mm_cmpeq_epi8(v, bang)),
                               _mm_cmpeq_epi8(v, ask));
    if (int mask = _mm_movemask_epi8(hit)) return i + __builtin_ctz(static_cast<unsigned>(mask));
  }
  while (i < end && s[i] != '.' && s[i] != '!' && s[i] != '?') ++i;
  return i;
}

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Size of a closing quote/bracket at s[i] (", ', ), U+2019, U+201D), else 0.
size_t ClosingAt(std::string_view s, size_t i) {
  char c = s[i];
  if (c == '"' || c == '\'' || c == ')') return 1;
  if (i + 2 < s.size() && static_cast<unsigned char>(c) == 0xE2 &&
      static_cast<unsigned char>(s[i + 1]) == 0x80 &&
      (static_cast<unsigned char>(s[i + 2]) == 0x99 || static_cast<unsigned char>(s[i + 2]) == 0x9D))
    return 3;
  return 0;
}

// Does a new sentence plausibly start at s[i]?
bool StartsSentence(std::string_view s, size_t i) {
  if (i >= s.size()) return false;
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (IsUpperAscii(static_cast<char>(c)) || (c >= '0' && c <= '9') || c == '"' || c == '\'' ||
      c == '(')
    return true;
  return c == 0xE2 || c == 0xC3;  // opening quotes, capital accented letters
}

// The word that ends just before the period at `dot`.
std::string_view WordBefore(std::string_view s, size_t dot, size_t floor) {
  size_t b = dot;
  while (b > floor && (IsAlpha(s[b - 1]) || s[b - 1] == '.')) --b;
  return s.substr(b, dot - b);
}

std::string_view WordAt(std::string_view s, size_t i) {
  size_t e = i;
  while (e < s.size() && IsAlpha(s[e])) ++e;
  return s.substr(i, e - i);
}

bool ContinuesAfterPeriod(std::string_view s, size_t dot, size_t floor, size_t next,
                          const Lexicon& lex) {
  std::string_view w = WordBefore(s, dot, floor);
  if (w.empty()) return false;
  if (w.size() == 1 && IsUpperAscii(w[0])) return true;  // initial: "George W. Bush"
  std::string lower(w);
  for (char& c : lower)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  bool dotted = lower.find('.') != std::string::npos;  // "U.S", "F.W"
  if (dotted) {
    std::string next_word(WordAt(s, next));
    for (char& c : next_word)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return !lex.InSet("sentence_starters", next_word);
  }
  return lex.InSet("abbreviations", lower);
}

}  // namespace

std::vector<Sentence> SplitSentences(std::string_view s, const std::vector<TextSpan>& body,
                                     const Lexicon& lexicon) {
  std::vector<Sentence> out;
  auto emit = [&](size_t b, size_t e) {
    while (b < e && (s[b] == ' ' || s[b] == '\t')) ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\r' || s[e - 1] == '\t')) --e;
    if (e > b)
      out.push_back({static_cast<uint32_t>(out.size()), static_cast<uint32_t>(b),
                     static_cast<uint32_t>(e)});
  };
  for (const TextSpan& span : body) {
    size_t start = span.begin;
    for (size_t i = span.begin; (i = NextStop(s, i, span.end)) < span.end; ++i) {
      char c = s[i];
      size_t j = i + 1;
      while (j < span.end && (s[j] == '.' || s[j] == '!' || s[j] == '?')) ++j;
      while (j < span.end) {
        size_t n = ClosingAt(s, j);
        if (!n) break;
        j += n;
      }
      if (j >= span.end) break;
      if (s[j] != ' ' && s[j] != '\t') continue;
      size_t k = j;
      while (k < span.end && (s[k] == ' ' || s[k] == '\t')) ++k;
      if (!StartsSentence(s, k)) continue;
      if (c == '.' && j == i + 1 && ContinuesAfterPeriod(s, i, start, k, lexicon)) continue;
      emit(start, j);
      start = k;
      i = k - 1;
    }
    emit(start, span.end);
  }
  return out;
}

}  // namespace kg::ingest
