// Build step for kg_ingest, not part of the library: reads WordNet's noun
// database and the place spec (data/wordnet_places.json), and writes the JSON
// the lexicon embeds as "wordnet_places": each named place (city, town,
// port, province, island, landmark) with the countries its part holonyms
// lead to, nearest first.
//
//   wordnet_places WORDNET_DIR SPEC_JSON OUTPUT_JSON
//
// Output: {"countries": [[lemma, ...], ...],
//          "places": {"Samarkand": [[[country, steps], ...], ...], ...},
//          "homonyms": {"Georgia": [[[country, steps]]], ...}}
// with one list per sense of the name; homonyms are countries' names that
// are also places elsewhere (the US state of Georgia). The lexicon keeps a place only when
// every sense leads to the same listed country. Exits 1 with a message
// naming the file on any missing or malformed input.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "ingest/gen/wordnet_db.h"

namespace {

using kg::ingest::gen::ForEachRecord;
using kg::ingest::gen::Index;
using kg::ingest::gen::Lower;
using kg::ingest::gen::ReadDbFile;
using kg::ingest::gen::ReadIndex;
using kg::ingest::gen::ReadSpec;
using kg::ingest::gen::ResolveSense;
using kg::ingest::gen::Spaced;
using kg::ingest::gen::WriteOutput;

struct Noun {
  int lexfile = 0;
  std::vector<std::string> lemmas;       // as written, words joined by '_'
  std::vector<std::string> hypernyms;    // @
  std::vector<std::string> instance_of;  // @i
  std::vector<std::string> part_of;      // #p
};

using Nouns = std::unordered_map<std::string, Noun>;  // offset -> synset

bool ReadNouns(const std::string& text, Nouns* out) {
  bool ok = true;
  ForEachRecord(text, [&](const std::vector<std::string>& f) {
    if (f.size() < 4) return void(ok = false);
    size_t words = std::strtoul(f[3].c_str(), nullptr, 16);
    size_t p = 4 + 2 * words;
    if (p >= f.size()) return void(ok = false);
    Noun& n = (*out)[f[0]];
    n.lexfile = std::atoi(f[1].c_str());
    for (size_t i = 0; i < words; ++i) n.lemmas.push_back(f[4 + 2 * i]);
    size_t pointers = std::strtoul(f[p].c_str(), nullptr, 10);
    for (size_t i = 0, at = p + 1; i < pointers && at + 2 < f.size(); ++i, at += 4) {
      if (f[at + 2] != "n") continue;
      if (f[at] == "@") n.hypernyms.push_back(f[at + 1]);
      if (f[at] == "@i") n.instance_of.push_back(f[at + 1]);
      if (f[at] == "#p") n.part_of.push_back(f[at + 1]);
    }
  });
  return ok && !out->empty();
}



struct Wordnet {
  Nouns nouns;
  Index noun_index;
  std::unordered_set<std::string> common_words;  // lower-case lemmas of any part of speech
  std::unordered_set<std::string> person_words;  // first and last words of people's names
};

bool LoadWordnet(const std::string& dir, Wordnet* wn) {
  std::string text;
  auto read = [&](const char* name) { return ReadDbFile("wordnet_places", dir, name, &text); };
  if (!read("data.noun")) return false;
  if (!ReadNouns(text, &wn->nouns)) {
    std::fprintf(stderr, "wordnet_places: %s/data.noun: malformed\n", dir.c_str());
    return false;
  }
  if (!read("index.noun")) return false;
  wn->noun_index = ReadIndex(text);
  for (const char* other : {"index.verb", "index.adj", "index.adv"}) {
    if (!read(other)) return false;
    for (const auto& [lemma, offsets] : ReadIndex(text)) wn->common_words.insert(Spaced(lemma));
  }
  constexpr int kNounPerson = 18;
  for (const auto& [offset, n] : wn->nouns) {
    for (const auto& lemma : n.lemmas) {
      if (Lower(lemma) == lemma) wn->common_words.insert(Spaced(lemma));
      size_t first = lemma.find('_'), last = lemma.rfind('_');
      if (n.lexfile != kNounPerson || first == std::string::npos) continue;
      wn->person_words.insert(lemma.substr(0, first));
      wn->person_words.insert(lemma.substr(last + 1));
    }
  }
  return !wn->noun_index.empty();
}

// "country#2" -> its offset, or empty.
std::string Resolve(const Wordnet& wn, const std::string& name) {
  return ResolveSense(wn.noun_index, name);
}

// True when `offset` is `root` or one of its hyponyms (by hypernym links).
bool Under(const Wordnet& wn, const std::string& offset, const std::string& root,
           std::unordered_map<std::string, bool>* memo, int depth = 0) {
  if (offset == root) return true;
  if (depth > 20) return false;
  auto seen = memo->find(offset);
  if (seen != memo->end()) return seen->second;
  bool under = false;
  auto it = wn.nouns.find(offset);
  if (it != wn.nouns.end())
    for (const auto& h : it->second.hypernyms) under = under || Under(wn, h, root, memo, depth + 1);
  (*memo)[offset] = under;
  return under;
}

struct Places {
  std::map<std::string, int> country_index;  // country synset -> output index
  std::vector<std::string> countries;        // by index
  // name -> senses, each the (country index, steps) pairs met going up
  std::map<std::string, std::vector<std::vector<std::pair<int, int>>>> names;
  // names of countries that are also places elsewhere ("Georgia", a US state)
  std::map<std::string, std::vector<std::vector<std::pair<int, int>>>> homonyms;
};

class PlaceFinder {
 public:
  PlaceFinder(const Wordnet& wn, const rapidjson::Value& spec,
              std::vector<std::string> country_roots)
      : wn_(wn), country_roots_(std::move(country_roots)) {
    for (const auto& v : spec["lexfiles"].GetArray()) lexfiles_.insert(v.GetInt());
    max_depth_ = spec["max_depth"].GetInt();
    for (const auto& v : spec["drop"].GetArray()) drop_.insert(v.GetString());
  }

  Places Find() {
    Places out;
    for (const auto& [offset, n] : wn_.nouns) {
      if (!IsPlace(n)) continue;
      std::vector<std::pair<int, int>> countries = CountriesAbove(offset, &out);
      if (countries.empty()) continue;
      for (const auto& lemma : n.lemmas) {
        if (KeepName(lemma)) out.names[Spaced(lemma)].push_back(countries);
        if (!IsCountryClass(n) && CountryLemmas().count(lemma))
          out.homonyms[Spaced(lemma)].push_back(countries);
      }
    }
    return out;
  }

 private:
  // An instance of the first class ("country", not "island").
  bool IsCountryClass(const Noun& n) {
    const std::string& root = country_roots_.front();
    for (const auto& c : n.instance_of)
      if (Under(wn_, c, root, &under_memo_[root])) return true;
    return false;
  }

  const std::set<std::string>& CountryLemmas() {
    if (country_lemmas_.empty())
      for (const auto& [offset, n] : wn_.nouns)
        if (IsCountryClass(n))
          for (const auto& lemma : n.lemmas) country_lemmas_.insert(lemma);
    return country_lemmas_;
  }

  bool IsPlace(const Noun& n) const { return lexfiles_.count(n.lexfile) && !n.instance_of.empty(); }

  bool IsCountry(const std::string& offset) {
    auto it = wn_.nouns.find(offset);
    if (it == wn_.nouns.end()) return false;
    for (const auto& c : it->second.instance_of)
      for (const auto& root : country_roots_)
        if (Under(wn_, c, root, &under_memo_[root])) return true;
    return false;
  }

  // Breadth first up the part holonyms: every country met, with its steps.
  std::vector<std::pair<int, int>> CountriesAbove(const std::string& offset, Places* out) {
    std::vector<std::pair<int, int>> found;
    std::deque<std::pair<std::string, int>> queue{{offset, 0}};
    std::set<std::string> seen{offset};
    while (!queue.empty()) {
      auto [at, steps] = queue.front();
      queue.pop_front();
      if (steps > 0 && IsCountry(at)) found.emplace_back(CountryIndex(at, out), steps);
      if (steps == max_depth_) continue;
      for (const auto& up : wn_.nouns.at(at).part_of)
        if (wn_.nouns.count(up) && seen.insert(up).second) queue.emplace_back(up, steps + 1);
    }
    return found;
  }

  int CountryIndex(const std::string& offset, Places* out) {
    auto [it, fresh] = out->country_index.emplace(offset, static_cast<int>(out->countries.size()));
    if (fresh) out->countries.push_back(offset);
    return it->second;
  }

  // A proper name whose first sense is a place, that is no common word and
  // no part of a person's name.
  bool KeepName(const std::string& lemma) const {
    if (lemma.size() < 3 || lemma[0] < 'A' || lemma[0] > 'Z') return false;
    bool has_lower = false;
    for (char c : lemma) has_lower = has_lower || (c >= 'a' && c <= 'z');
    std::string spaced = Spaced(lemma);
    if (!has_lower || drop_.count(spaced)) return false;
    if (IsCommonWord(Lower(spaced)) || wn_.person_words.count(lemma)) return false;
    auto senses = wn_.noun_index.find(Lower(lemma));
    if (senses == wn_.noun_index.end()) return false;
    auto first = wn_.nouns.find(senses->second.front());
    return first != wn_.nouns.end() && IsPlace(first->second);
  }

  // A lower-case lemma, or an inflection of one ("Tours", "Reading").
  bool IsCommonWord(const std::string& w) const {
    return kg::ingest::gen::IsCommonWord(wn_.common_words, w);
  }

  const Wordnet& wn_;
  std::vector<std::string> country_roots_;
  std::set<int> lexfiles_;
  int max_depth_ = 0;
  std::set<std::string> drop_;
  std::set<std::string> country_lemmas_;
  std::map<std::string, std::unordered_map<std::string, bool>> under_memo_;  // by root
};

bool ValidSpec(const rapidjson::Document& spec) {
  return spec.IsObject() && spec.HasMember("countries") && spec["countries"].IsArray() &&
         spec.HasMember("lexfiles") && spec["lexfiles"].IsArray() && spec.HasMember("max_depth") &&
         spec["max_depth"].IsInt() && spec.HasMember("drop") && spec["drop"].IsArray();
}

using Senses = std::map<std::string, std::vector<std::vector<std::pair<int, int>>>>;

void WriteNames(rapidjson::PrettyWriter<rapidjson::StringBuffer>& w, const char* key,
                const Senses& names) {
  w.Key(key);
  w.StartObject();
  for (const auto& [name, senses] : names) {
    w.Key(name.c_str());
    w.StartArray();
    for (const auto& sense : senses) {
      w.StartArray();
      for (const auto& [country, steps] : sense) {
        w.StartArray();
        w.Int(country);
        w.Int(steps);
        w.EndArray();
      }
      w.EndArray();
    }
    w.EndArray();
  }
  w.EndObject();
}

void Write(const Wordnet& wn, const Places& places,
           rapidjson::PrettyWriter<rapidjson::StringBuffer>& w) {
  w.StartObject();
  w.Key("countries");
  w.StartArray();
  for (const auto& offset : places.countries) {
    w.StartArray();
    for (const auto& lemma : wn.nouns.at(offset).lemmas) w.String(Spaced(lemma).c_str());
    w.EndArray();
  }
  w.EndArray();
  WriteNames(w, "places", places.names);
  WriteNames(w, "homonyms", places.homonyms);
  w.EndObject();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: wordnet_places WORDNET_DIR SPEC_JSON OUTPUT_JSON\n");
    return 2;
  }
  Wordnet wn;
  if (!LoadWordnet(argv[1], &wn)) return 1;
  rapidjson::Document spec;
  if (!ReadSpec(argv[2], &spec) || !ValidSpec(spec)) {
    std::fprintf(stderr, "wordnet_places: %s: unreadable or not a place spec\n", argv[2]);
    return 1;
  }
  std::vector<std::string> roots;
  for (const auto& v : spec["countries"].GetArray()) {
    roots.push_back(Resolve(wn, v.GetString()));
    if (roots.back().empty()) {
      std::fprintf(stderr, "wordnet_places: no noun sense %s in WordNet\n", v.GetString());
      return 1;
    }
  }
  Places places = PlaceFinder(wn, spec, std::move(roots)).Find();
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 0);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  Write(wn, places, w);
  return WriteOutput("wordnet_places", argv[3], buffer.GetString()) ? 0 : 1;
}
