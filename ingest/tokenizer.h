// Tokenize: one sentence -> Token values (words, "'s", "n't", punctuation)
// with their byte spans in the document. Third stage of ingest, after
// SplitSentences and before FindMentions. Pure; no allocation beyond the
// output vector and long lower-case forms.
#pragma once

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

// A token's lower-case text: a std::string, so every string operation works
// on it, plus the token's id in the Lexicon's word table, which lets word
// list checks be array look-ups (Lexicon::IdentifyWords fills it; a token
// never identified is simply looked up by its text).
struct TokenWord : std::string {
  static constexpr uint32_t kUnknown = UINT32_MAX;        // not identified yet
  static constexpr uint32_t kNotListed = UINT32_MAX - 1;  // on no word list
  uint32_t id = kUnknown;
};

// The rules compare token text against literals all the time; this compares
// the lengths first (the literal's is a constant) and the bytes only when
// they match, where std::string's operator compares the common prefix first.
inline bool operator==(const TokenWord& w, const char* s) {
  size_t n = std::strlen(s);
  return w.size() == n && std::memcmp(w.data(), s, n) == 0;
}

struct Token {
  uint32_t begin = 0;  // byte span in the document text
  uint32_t end = 0;
  std::string_view text;  // view into the document text
  TokenWord lower;        // lower case, Latin diacritics dropped ("é" -> "e"); curly apostrophes folded to '
  bool capitalized = false;  // starts with an upper-case letter
  bool word = false;         // letters or digits (not punctuation)

  std::string ToString() const { return std::string(text); }
};

// Splits doc[begin, end) into tokens. Views point into `doc`, which must
// outlive the tokens.
std::vector<Token> Tokenize(std::string_view doc, uint32_t begin, uint32_t end);
// The same into *out, replacing what it held: a caller that tokenizes one
// sentence after another keeps one buffer (a sentence's tokens are too many
// for the allocator's small-block cache, so a new vector each time costs).
void TokenizeInto(std::string_view doc, uint32_t begin, uint32_t end, std::vector<Token>* out);
inline std::vector<Token> Tokenize(std::string_view text) {
  return Tokenize(text, 0, static_cast<uint32_t>(text.size()));
}

// `word` with each Latin letter that carries a diacritic replaced by its
// ASCII base in lower case, as Token::lower has it ("chargé" -> "charge");
// other bytes unchanged.
std::string FoldDiacritics(std::string_view word);

// "Token|Token|..." for golden tests.
std::string TokensToString(const std::vector<Token>& tokens);

}  // namespace kg::ingest
