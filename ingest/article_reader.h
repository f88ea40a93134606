// ArticleReader: turns command-line inputs (plain-text files, directories
// searched recursively, JSONL files with one article per line, "-" for
// stdin) into Article values, one at a time so memory stays flat. Bad input
// (unreadable path, binary data, invalid UTF-8, empty file, an over-long
// line) is skipped with a warning that names the file; reading goes on.
#pragma once

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "ingest/article.h"

namespace kg::ingest {

struct ReadOptions {
  // Publication date for articles that carry none (ISO).
  // Default: empty (dates come from metadata or a dateline only).
  std::string default_date;
  // Longest accepted line of a plain-text article or JSONL record, in bytes.
  // Default: 16 MiB.
  size_t max_line_bytes = size_t{16} << 20;
};

struct ReadStats {
  size_t files = 0;
  size_t articles = 0;
  size_t skipped = 0;  // files or records skipped with a warning
  size_t bytes = 0;
};

// Called for each article; return false to stop reading.
using ArticleSink = std::function<bool(Article&&)>;
// Called with each warning ("kg: warning: <file>: <what>").
using WarningSink = std::function<void(const std::string&)>;

// Reads every input in order. Returns OK even when inputs were skipped
// (see stats->skipped); a non-OK status only when the sink stopped early.
// Not thread-safe; `stdin_stream` is used for "-".
Status ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                    std::istream& stdin_stream, const ArticleSink& sink,
                    const WarningSink& warn, ReadStats* stats);

// Checks that `text` is valid UTF-8 without NUL bytes; on failure returns
// InvalidArgument naming the byte offset.
Status CheckText(std::string_view text);

// A JSONL record's title is its headline: puts it, as a line of its own,
// before the text (body_begin stays 0, so the furniture filter reads it as a
// title), unless the text already starts with it or the title is empty.
void PrependTitle(Article* article);

// Builds an Article from plain text: the first non-empty line is the title,
// the rest the body; the date comes from a dateline when there is one.
Article ArticleFromPlainText(std::string text, std::string source, const ReadOptions& options);

}  // namespace kg::ingest
