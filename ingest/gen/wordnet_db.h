// Reading WordNet's database files, shared by the build-time generators in
// ingest/gen/ (word classes, places). Not part of the library.
#ifndef KG_INGEST_GEN_WORDNET_DB_H_
#define KG_INGEST_GEN_WORDNET_DB_H_

#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest::gen {

inline std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

// The whole file at `path` in *text; false when it cannot be read.
inline bool ReadFile(const std::string& path, std::string* text) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  *text = s.str();
  return true;
}

// Calls `each` with the whitespace-separated fields of every line that is
// not part of the licence header (which starts with two spaces).
template <typename F>
void ForEachRecord(const std::string& text, F each) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == ' ') continue;
    size_t bar = line.find(" | ");  // the gloss is not needed
    std::istringstream fields(line.substr(0, bar));
    std::vector<std::string> f;
    for (std::string w; fields >> w;) f.push_back(std::move(w));
    if (!f.empty()) each(f);
  }
}

}  // namespace kg::ingest::gen

#endif  // KG_INGEST_GEN_WORDNET_DB_H_
