// SplitSentences: prose paragraphs -> Sentence spans. Second stage of the
// pipeline, after FindBody and before Tokenize. A rule splitter: a boundary
// is sentence punctuation (plus closing quotes) followed by space and a
// capital, digit or opening quote, except after abbreviations ("Dec.",
// "Mr."), initials ("F.W.") and dotted short forms ("U.S.") that continue the
// sentence. Pure; linear in the text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/furniture.h"
#include "ingest/lexicon.h"

namespace kg::ingest {

struct Sentence {
  uint32_t index = 0;  // position in the document
  uint32_t begin = 0;  // byte span in the document text
  uint32_t end = 0;
  std::string ToString(std::string_view doc) const {
    return std::string(doc.substr(begin, end - begin));
  }
};

std::vector<Sentence> SplitSentences(std::string_view text, const std::vector<TextSpan>& body,
                                     const Lexicon& lexicon);

}  // namespace kg::ingest
