// Tokenize: one sentence -> Token values (words, "'s", "n't", punctuation)
// with their byte spans in the document. Third stage of ingest, after
// SplitSentences and before FindMentions. Pure; no allocation beyond the
// output vector and long lower-case forms.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

struct Token {
  uint32_t begin = 0;  // byte span in the document text
  uint32_t end = 0;
  std::string_view text;  // view into the document text
  std::string lower;      // ASCII lower case; curly apostrophes folded to '
  bool capitalized = false;  // starts with an upper-case letter
  bool word = false;         // letters or digits (not punctuation)

  std::string ToString() const { return std::string(text); }
};

// Splits doc[begin, end) into tokens. Views point into `doc`, which must
// outlive the tokens.
std::vector<Token> Tokenize(std::string_view doc, uint32_t begin, uint32_t end);
inline std::vector<Token> Tokenize(std::string_view text) {
  return Tokenize(text, 0, static_cast<uint32_t>(text.size()));
}

// "Token|Token|..." for golden tests.
std::string TokensToString(const std::vector<Token>& tokens);

}  // namespace kg::ingest
