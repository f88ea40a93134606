// A strict RFC 4180 CSV reader for the bulk importer: comma-separated,
// fields optionally in double quotes ("" inside quotes is one quote, quoted
// fields may hold commas and newlines), LF or CRLF line ends. Reads the file
// in large blocks; rows come out as string views valid until the next row.
#pragma once

#include <cstdio>
#include <deque>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"

namespace kg::graph {

// Thread safety: not thread-safe.
class CsvReader {
 public:
  // Opens `path`; returns IOError naming the file when it cannot be read.
  static Result<std::unique_ptr<CsvReader>> Open(const std::string& path);
  ~CsvReader();

  // Reads the next row into *fields. Returns true on a row, false at the end
  // of the file (with *status OK) or on an error (with *status saying
  // "file:line: what"). Empty lines are skipped.
  bool Next(std::vector<std::string_view>* fields, Status* status);

  // 1-based line number where the last row returned starts.
  size_t line() const { return row_line_; }
  const std::string& path() const { return path_; }
  // "file:line: message" for the last row.
  Status Error(const std::string& message) const;

 private:
  CsvReader(std::string path, std::FILE* file);
  bool Fill();  // appends the next block to buf_; false at end of file

  std::string path_;
  std::FILE* file_;
  std::string buf_;
  size_t pos_ = 0;
  bool eof_ = false;
  size_t line_ = 1;
  size_t row_line_ = 0;
  std::deque<std::string> unquoted_;  // quoted fields; a deque keeps views valid
};

}  // namespace kg::graph
