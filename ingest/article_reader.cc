#include "ingest/article_reader.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <istream>
#include <sstream>

#include "ingest/date_finder.h"

namespace kg::ingest {
namespace {

namespace fs = std::filesystem;

std::string Warning(const std::string& file, const std::string& what) {
  return "kg: warning: " + file + ": " + what;
}

bool LooksLikeJsonl(const std::string& path, std::string_view head) {
  std::string ext = fs::path(path).extension().string();
  if (ext == ".jsonl" || ext == ".ndjson") return true;
  size_t i = head.find_first_not_of(" \t\r\n");
  return i != std::string_view::npos && head[i] == '{';
}

std::string JsonString(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// ISO date from a metadata value: "2019-06-30T12:00Z" -> "2019-06-30".
std::string MetadataDate(std::string value) {
  if (value.size() > 10 && value[4] == '-' && value[7] == '-') value.resize(10);
  return value;
}

size_t LongestLine(std::string_view text) {
  size_t longest = 0, start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string_view::npos ? text.size() : nl;
    longest = std::max(longest, end - start);
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return longest;
}

class Reader {
 public:
  Reader(const ReadOptions& options, std::istream& in, const ArticleSink& sink,
         const WarningSink& warn, ReadStats* stats)
      : options_(options), stdin_(in), sink_(sink), warn_(warn), stats_(stats) {}

  bool Input(const std::string& path) {
    if (path == "-") return Stream(stdin_, "<stdin>", /*known_jsonl=*/false);
    std::error_code ec;
    fs::file_status st = fs::status(path, ec);
    if (ec || !fs::exists(st)) return Skip(path, "cannot read: no such file or directory");
    if (fs::is_directory(st)) return Directory(path);
    std::ifstream file(path, std::ios::binary);
    if (!file) return Skip(path, "cannot read: permission denied or not a file");
    return Stream(file, path, false);
  }

 private:
  bool Skip(const std::string& file, const std::string& what) {
    warn_(Warning(file, what));
    ++stats_->skipped;
    return true;
  }

  bool Directory(const std::string& dir) {
    std::vector<std::string> files;
    std::error_code ec;
    for (fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->is_regular_file(ec)) files.push_back(it->path().string());
    }
    if (ec) Skip(dir, "cannot list: " + ec.message());
    std::sort(files.begin(), files.end());
    for (const auto& f : files)
      if (!Input(f)) return false;
    return true;
  }

  bool Stream(std::istream& in, const std::string& name, bool known_jsonl) {
    ++stats_->files;
    std::string head(4096, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (head.find('\0') != std::string::npos) return Skip(name, "binary file (NUL bytes); skipped");
    if (known_jsonl || LooksLikeJsonl(name, head)) return Jsonl(in, name, std::move(head));
    std::ostringstream rest;
    rest << in.rdbuf();
    std::string text = head + rest.str();
    return PlainText(std::move(text), name);
  }

  bool PlainText(std::string text, const std::string& name) {
    stats_->bytes += text.size();
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) return Skip(name, "empty file; skipped");
    Status s = CheckText(text);
    if (!s.ok()) return Skip(name, s.message() + "; skipped");
    if (LongestLine(text) > options_.max_line_bytes)
      return Skip(name, "a line is longer than " + std::to_string(options_.max_line_bytes) +
                            " bytes; skipped");
    ++stats_->articles;
    return sink_(ArticleFromPlainText(std::move(text), name, options_));
  }

  // Lines of `head` (already read) followed by the rest of the stream.
  bool Jsonl(std::istream& in, const std::string& name, std::string head) {
    size_t line_no = 0, pos = 0;
    std::string line;
    for (;;) {
      size_t nl = head.find('\n', pos);
      if (nl == std::string::npos) break;
      line.assign(head, pos, nl - pos);
      pos = nl + 1;
      if (!Line(line, name, ++line_no)) return false;
    }
    line.assign(head, pos, std::string::npos);
    std::string rest;
    if (std::getline(in, rest)) line += rest;
    while (!line.empty() || in) {
      if (!Line(line, name, ++line_no)) return false;
      line.clear();
      if (!std::getline(in, line)) break;
    }
    return true;
  }

  bool Line(const std::string& line, const std::string& name, size_t line_no) {
    stats_->bytes += line.size() + 1;
    if (line.size() > options_.max_line_bytes)
      return Skip(name + ":" + std::to_string(line_no),
                  "record longer than " + std::to_string(options_.max_line_bytes) + " bytes; skipped");
    return Record(line, name, line_no);
  }

  bool Record(const std::string& line, const std::string& name, size_t line_no) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) return true;
    std::string where = name + ":" + std::to_string(line_no);
    Status s = CheckText(line);
    if (!s.ok()) return Skip(where, s.message() + "; record skipped");
    // Parsed in place in a copy: strings are then views into the copy
    // instead of being unescaped onto a stack and copied again.
    json_.assign(line);
    rapidjson::Document doc;
    doc.ParseInsitu(json_.data());
    if (doc.HasParseError() || !doc.IsObject())
      return Skip(where, "not a JSON object; record skipped");
    Article a;
    a.text = JsonString(doc, "text");
    if (a.text.empty()) return Skip(where, "record has no \"text\"; skipped");
    a.id = JsonString(doc, "id");
    a.title = JsonString(doc, "title");
    PrependTitle(&a);
    a.source = JsonString(doc, "url");
    if (a.source.empty()) a.source = where;
    a.date = MetadataDate(JsonString(doc, "date"));
    if (a.date.empty()) a.date = FindDateline(a.text);
    if (a.date.empty()) a.date = options_.default_date;
    ++stats_->articles;
    return sink_(std::move(a));
  }

  const ReadOptions& options_;
  std::istream& stdin_;
  const ArticleSink& sink_;
  const WarningSink& warn_;
  ReadStats* stats_;
  std::string json_;  // the record being parsed, modified in place
};

}  // namespace

void PrependTitle(Article* a) {
  std::string_view title = a->title;
  while (!title.empty() && (title.back() == ' ' || title.back() == '\r')) title.remove_suffix(1);
  if (title.empty() || title.find('\n') != std::string_view::npos ||
      a->text.compare(0, title.size(), title) == 0)
    return;
  a->text = std::string(title) + "\n\n" + a->text;
}

Status CheckText(std::string_view s) {
  size_t i = 0, n = s.size();
  while (i < n) {
    // Eight ASCII bytes none of which is NUL pass at once (the usual case).
    for (uint64_t w; i + 8 <= n; i += 8) {
      std::memcpy(&w, s.data() + i, 8);
      constexpr uint64_t kOnes = 0x0101010101010101, kHighs = 0x8080808080808080;
      if ((w & kHighs) || ((w - kOnes) & ~w & kHighs)) break;
    }
    if (i >= n) break;
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0) return Status::InvalidArgument("NUL byte at offset " + std::to_string(i));
    if (c < 0x80) {
      ++i;
      continue;
    }
    size_t len = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
    if (len == 0 || c == 0xC0 || c == 0xC1 || i + len > n)
      return Status::InvalidArgument("invalid UTF-8 at byte offset " + std::to_string(i));
    for (size_t k = 1; k < len; ++k)
      if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80)
        return Status::InvalidArgument("invalid UTF-8 at byte offset " + std::to_string(i));
    i += len;
  }
  return Status::OK();
}

Article ArticleFromPlainText(std::string text, std::string source, const ReadOptions& options) {
  Article a;
  a.source = std::move(source);
  size_t start = text.find_first_not_of(" \t\r\n");
  if (start != std::string::npos) {
    size_t nl = text.find('\n', start);
    size_t end = nl == std::string::npos ? text.size() : nl;
    a.title = text.substr(start, end - start);
    while (!a.title.empty() && (a.title.back() == '\r' || a.title.back() == ' ')) a.title.pop_back();
    a.body_begin = static_cast<uint32_t>(nl == std::string::npos ? text.size() : nl + 1);
  }
  a.text = std::move(text);
  a.date = FindDateline(std::string_view(a.text).substr(a.body_begin));
  if (a.date.empty()) a.date = options.default_date;
  return a;
}

Status ReadArticles(const std::vector<std::string>& inputs, const ReadOptions& options,
                    std::istream& stdin_stream, const ArticleSink& sink,
                    const WarningSink& warn, ReadStats* stats) {
  Reader reader(options, stdin_stream, sink, warn, stats);
  for (const auto& in : inputs)
    if (!reader.Input(in)) return Status::Busy("reading stopped");
  return Status::OK();
}

}  // namespace kg::ingest
