// FindBody: the spans of an article body that hold prose, with page
// furniture left out: everything after "Products You May Like" / "Articles
// You May Like" lists, "Read original source here", photo and image credits,
// and lines without sentence-final punctuation (headlines of related
// stories, bylines, section labels). First stage of the pipeline, before
// SplitSentences. Pure.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "ingest/lexicon.h"

namespace kg::ingest {

struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// The length of the dateline opening `line` ("HANOI, March 3, 2025 — ",
// "KUALA LUMPUR, Malaysia (Reuters) - ") with its dash, or 0 if none.
size_t DatelineLength(std::string_view line);

// Length of the time stamp opening an entry of a live page ("09:15 - ",
// "16:30 GMT - ", "9.40am: "), or 0 if the line has none.
size_t TimestampLength(std::string_view line);

// Prose paragraphs of text[begin, end), in order.
std::vector<TextSpan> FindBody(std::string_view text, uint32_t begin, const Lexicon& lexicon);

}  // namespace kg::ingest
