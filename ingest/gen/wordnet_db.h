// Reading WordNet's database files, shared by the build-time generators in
// ingest/gen/ (word classes, places). Not part of the library.
#ifndef KG_INGEST_GEN_WORDNET_DB_H_
#define KG_INGEST_GEN_WORDNET_DB_H_

#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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

// The WordNet file `name` of `dir` in *text; otherwise says, as program
// `prog`, which file could not be read and returns false.
inline bool ReadDbFile(const char* prog, const std::string& dir, const char* name, std::string* text) {
  if (ReadFile(dir + "/" + name, text)) return true;
  std::fprintf(stderr, "%s: cannot read %s/%s\n", prog, dir.c_str(), name);
  return false;
}

// The generator's JSON spec at `path` parsed into *spec; false when the
// file cannot be read or is not JSON.
inline bool ReadSpec(const std::string& path, rapidjson::Document* spec) {
  std::string text;
  return ReadFile(path, &text) && !spec->Parse(text.c_str()).HasParseError();
}

// Writes `text` and a newline to `path`; otherwise says, as program `prog`,
// which file could not be written and returns false.
inline bool WriteOutput(const char* prog, const std::string& path, const char* text) {
  std::ofstream out(path, std::ios::binary);
  out << text << '\n';
  if (out) return true;
  std::fprintf(stderr, "%s: cannot write %s\n", prog, path.c_str());
  return false;
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

// lemma -> synset offsets, most frequent sense first
using Index = std::unordered_map<std::string, std::vector<std::string>>;

// index.*: lemma pos synset_cnt p_cnt symbol* sense_cnt tagsense_cnt offset*
inline Index ReadIndex(const std::string& text) {
  Index index;
  ForEachRecord(text, [&](const std::vector<std::string>& f) {
    if (f.size() < 3) return;
    size_t senses = std::strtoul(f[2].c_str(), nullptr, 10);
    if (senses > f.size()) return;
    index[f[0]].assign(f.end() - static_cast<long>(senses), f.end());
  });
  return index;
}

// "weapon#1" -> the offset of that sense of the lemma in `index`; empty when
// WordNet has no such sense.
inline std::string ResolveSense(const Index& index, const std::string& name) {
  size_t hash = name.find('#');
  if (hash == std::string::npos) return {};
  auto it = index.find(Lower(name.substr(0, hash)));
  size_t sense = std::strtoul(name.c_str() + hash + 1, nullptr, 10);
  if (it == index.end() || sense == 0 || sense > it->second.size()) return {};
  return it->second[sense - 1];
}

// WordNet writes spaces in lemmas as underscores.
inline std::string Spaced(std::string s) {
  for (char& c : s)
    if (c == '_') c = ' ';
  return s;
}

// True when `w` (lower case) is a lemma of `common`, or an inflection of one
// ("tours", "reading", "cities").
inline bool IsCommonWord(const std::unordered_set<std::string>& common, const std::string& w) {
  auto known = [&](std::string_view stem) { return common.count(std::string(stem)) > 0; };
  if (known(w)) return true;
  std::string_view v(w);
  auto cut = [&](std::string_view tail) {
    return v.ends_with(tail) ? v.substr(0, v.size() - tail.size()) : std::string_view();
  };
  for (std::string_view tail : {"s", "es", "ed", "ing", "d"})
    if (!cut(tail).empty() && (known(cut(tail)) || known(std::string(cut(tail)) + "e")))
      return true;
  return !cut("ies").empty() && known(std::string(cut("ies")) + "y");
}

}  // namespace kg::ingest::gen

#endif  // KG_INGEST_GEN_WORDNET_DB_H_
