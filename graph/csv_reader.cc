#include "graph/csv_reader.h"

#include <cerrno>
#include <cstring>

namespace kg::graph {
namespace {
constexpr size_t kBlockSize = size_t{8} << 20;
}

Result<std::unique_ptr<CsvReader>> CsvReader::Open(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return Status::IOError("cannot read " + path + ": " + std::strerror(errno));
  return std::unique_ptr<CsvReader>(new CsvReader(path, f));
}

CsvReader::CsvReader(std::string path, std::FILE* file) : path_(std::move(path)), file_(file) {}

CsvReader::~CsvReader() { std::fclose(file_); }

Status CsvReader::Error(const std::string& message) const {
  return Status::InvalidArgument(path_ + ":" + std::to_string(row_line_) + ": " + message);
}

bool CsvReader::Fill() {
  if (eof_) return false;
  if (pos_ > 0) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
  size_t old = buf_.size();
  buf_.resize(old + kBlockSize);
  size_t n = std::fread(buf_.data() + old, 1, kBlockSize, file_);
  buf_.resize(old + n);
  if (n < kBlockSize) eof_ = true;
  return n > 0;
}

bool CsvReader::Next(std::vector<std::string_view>* fields, Status* status) {
  *status = Status::OK();
  fields->clear();
  unquoted_.clear();
  for (;;) {
    // Find a complete row: scan to an unquoted newline, refilling as needed.
    size_t i = pos_;
    bool quoted = false;
    size_t newlines = 0;
    for (;;) {
      if (i >= buf_.size()) {
        size_t offset = i - pos_;
        if (!Fill()) break;
        i = pos_ + offset;
        continue;
      }
      char c = buf_[i];
      if (c == '"') quoted = !quoted;
      if (c == '\n') {
        if (!quoted) break;
        ++newlines;
      }
      ++i;
    }
    row_line_ = line_;
    if (quoted) {
      *status = Error("unterminated quoted field");
      return false;
    }
    if (i == pos_ && i >= buf_.size()) return false;  // end of file
    size_t end = i;
    line_ += newlines + 1;
    std::string_view row(buf_.data() + pos_, end - pos_);
    pos_ = std::min(end + 1, buf_.size());
    if (!row.empty() && row.back() == '\r') row.remove_suffix(1);
    if (row.empty()) continue;
    // Split the row into fields.
    size_t p = 0;
    for (;;) {
      if (p < row.size() && row[p] == '"') {
        // Quotes in a row are balanced (checked above), so each find succeeds.
        size_t q = p + 1;
        std::string value;
        for (;;) {
          size_t close = row.find('"', q);
          value.append(row.substr(q, close - q));
          if (close + 1 < row.size() && row[close + 1] == '"') {
            value.push_back('"');
            q = close + 2;
            continue;
          }
          p = close + 1;
          break;
        }
        if (p < row.size() && row[p] != ',') {
          *status = Error("unexpected character after a quoted field");
          return false;
        }
        unquoted_.push_back(std::move(value));
        fields->push_back(unquoted_.back());
      } else {
        size_t comma = row.find(',', p);
        if (comma == std::string_view::npos) comma = row.size();
        std::string_view field = row.substr(p, comma - p);
        if (field.find('"') != std::string_view::npos) {
          *status = Error("a quote inside an unquoted field");
          return false;
        }
        fields->push_back(field);
        p = comma;
      }
      if (p >= row.size()) break;
      ++p;  // skip the comma
      if (p == row.size()) {
        fields->push_back(std::string_view());
        break;
      }
    }
    return true;
  }
}

}  // namespace kg::graph
