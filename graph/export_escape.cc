#include "graph/export_escape.h"

namespace kg::graph {
namespace {

// Length of the well-formed UTF-8 sequence at s[i], or 0 when malformed
// (overlong forms, surrogates and code points past U+10FFFF included).
size_t Utf8SequenceLength(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char c = b(0);
  if (c < 0x80) return 1;
  size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC2 ? 2 : 0;
  if (n == 0 || c > 0xF4 || i + n > s.size()) return 0;
  for (size_t k = 1; k < n; ++k) {
    if ((b(k) & 0xC0) != 0x80) return 0;
  }
  if (c == 0xE0 && b(1) < 0xA0) return 0;  // overlong
  if (c == 0xED && b(1) >= 0xA0) return 0;  // surrogate
  if (c == 0xF0 && b(1) < 0x90) return 0;  // overlong
  if (c == 0xF4 && b(1) >= 0x90) return 0;  // past U+10FFFF
  return n;
}

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

// Calls emit(piece) for each character of `s`, replacing malformed bytes.
template <typename Emit>
void ForEachChar(std::string_view s, Emit emit) {
  for (size_t i = 0; i < s.size();) {
    size_t n = Utf8SequenceLength(s, i);
    if (n == 0) {
      emit(kReplacement);
      ++i;
    } else {
      emit(s.substr(i, n));
      i += n;
    }
  }
}

}  // namespace

std::string ValidUtf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  ForEachChar(s, [&](std::string_view c) { out += c; });
  return out;
}

std::string EscapeDotString(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  ForEachChar(s, [&](std::string_view c) {
    unsigned char b = static_cast<unsigned char>(c[0]);
    if (c == "\"") out += "\\\"";
    else if (c == "\\") out += "\\\\";
    else if (c == "\n") out += "\\n";
    else if (c == "\t") out += ' ';
    else if (b < 0x20 || b == 0x7F) return;  // CR and other controls
    else out += c;
  });
  return out;
}

std::string EscapeXml(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 8);
  ForEachChar(s, [&](std::string_view c) {
    unsigned char b = static_cast<unsigned char>(c[0]);
    if (c == "&") out += "&amp;";
    else if (c == "<") out += "&lt;";
    else if (c == ">") out += "&gt;";
    else if (c == "\"") out += "&quot;";
    else if (c == "'") out += "&apos;";
    else if (b < 0x20 && b != '\t' && b != '\n' && b != '\r') return;
    else out += c;
  });
  return out;
}

std::string CsvField(std::string_view s) {
  std::string v = ValidUtf8(s);
  if (v.find_first_of(",\"\r\n") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string Truncate(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return std::string(s);
  size_t cut = max_bytes > 3 ? max_bytes - 3 : 0;
  // Back up to the start of a UTF-8 character.
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "...";
}

}  // namespace kg::graph
