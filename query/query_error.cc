#include "query/query_error.h"

#include <algorithm>
#include <cctype>

#include "graph/name_lookup.h"

namespace kg::query {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

Status QueryError(std::string_view text, const Pos& pos, const std::string& message) {
  std::string out = "query:" + std::to_string(pos.line) + ":" + std::to_string(pos.column) + ": " +
                    message;
  size_t begin = std::min(pos.offset, text.size());
  while (begin > 0 && text[begin - 1] != '\n') --begin;
  size_t end = text.find('\n', begin);
  std::string_view line = text.substr(begin, end == std::string_view::npos ? text.npos : end - begin);
  out += "\n";
  out += line;
  out += "\n" + std::string(pos.column > 0 ? pos.column - 1 : 0, ' ') + "^";
  return Status::InvalidArgument(out);
}

std::vector<std::string> ClosestNames(std::string_view name, const std::vector<std::string>& known) {
  std::string lower = Lower(name);
  std::vector<std::pair<size_t, std::string>> scored;
  for (const auto& k : known) {
    std::string lk = Lower(k);
    size_t d = graph::EditDistance(lower, lk);
    size_t limit = lower.size() <= 3 ? 1 : 2;
    bool prefix = lower.size() >= 3 && lk.rfind(lower, 0) == 0;
    if (d <= limit || prefix) scored.emplace_back(prefix ? std::min<size_t>(d, 1) : d, k);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < scored.size() && i < 3; ++i) out.push_back(scored[i].second);
  return out;
}

std::string DidYouMean(std::string_view name, const std::vector<std::string>& known) {
  auto close = ClosestNames(name, known);
  if (close.empty()) return "";
  std::string s = "; did you mean ";
  for (size_t i = 0; i < close.size(); ++i) {
    if (i) s += i + 1 == close.size() ? " or " : ", ";
    s += "'" + close[i] + "'";
  }
  return s + "?";
}

}  // namespace kg::query
