// Article: one news article as read from a file, JSONL record or stdin, the
// input of the ingest pipeline (Article -> SplitSentences -> ...).
#pragma once

#include <cstdint>
#include <string>

namespace kg::ingest {

struct Article {
  std::string id;      // record id from JSONL, else empty
  std::string title;
  std::string source;  // path or URL, with ":<line>" for a JSONL record
  std::string date;    // publication date, ISO (possibly partial); empty if unknown
  std::string text;    // the whole text as read (title line included for plain text)
  uint32_t body_begin = 0;  // byte offset of the body in `text`

  std::string ToString() const {
    return "Article(" + source + ", title=" + title + ", date=" + date + ", " +
           std::to_string(text.size()) + " bytes)";
  }
};

}  // namespace kg::ingest
