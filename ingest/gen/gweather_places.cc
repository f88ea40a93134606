// Build step for kg_ingest, not part of the library: reads the world
// gazetteer of Debian's libgweather-4-common (Locations.xml: cities, weather
// stations and provinces under each country's ISO code), keeps the names
// that cannot be mistaken for something else, and writes the JSON the
// lexicon embeds as "gweather_places". WordNet's place table comes first;
// this one adds the provincial cities, ports, resorts and bases it lacks,
// and the provinces and regions ISO 3166-2 (Debian's iso-codes) names.
//
//   gweather_places LOCATIONS_XML WORDNET_DIR ISO_3166_2_JSON SPEC_JSON OUTPUT_JSON
//
// Output: {"places": {"Harbin": ["CN"], "Syracuse": ["IT", "US"], ...}}, every
// country a kept name is found in (the lexicon keeps names of one country
// only). Exits 1 with a message naming the file on any missing or malformed
// input.
#include <expat.h>
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "ingest/gen/wordnet_db.h"

namespace {

using kg::ingest::gen::ForEachRecord;
using kg::ingest::gen::IsCommonWord;
using kg::ingest::gen::Lower;
using kg::ingest::gen::ReadDbFile;
using kg::ingest::gen::ReadFile;
using kg::ingest::gen::ReadIndex;
using kg::ingest::gen::ReadSpec;
using kg::ingest::gen::Spaced;
using kg::ingest::gen::WriteOutput;

// One named place of Locations.xml: a <city>, <location> or <state>.
struct Entry {
  std::string name;
  std::string country;  // ISO 3166-1 alpha-2
};

// Expat callbacks: the English name of each city, station and province, with
// the ISO code of the country it sits in.
class LocationsReader {
 public:
  static void Start(void* self, const XML_Char* tag, const XML_Char** attrs) {
    static_cast<LocationsReader*>(self)->OnStart(tag, attrs);
  }
  static void End(void* self, const XML_Char* tag) { static_cast<LocationsReader*>(self)->OnEnd(tag); }
  static void Text(void* self, const XML_Char* s, int n) {
    auto* r = static_cast<LocationsReader*>(self);
    if (r->capture_) r->text_.append(s, static_cast<size_t>(n));
  }

  std::vector<Entry> entries;

 private:
  void OnStart(std::string_view tag, const XML_Char** attrs) {
    bool translated = false;  // <name xml:lang="..."> is another language's
    for (size_t i = 0; attrs[i]; i += 2) translated |= std::string_view(attrs[i]) == "xml:lang";
    std::string_view parent = stack_.empty() ? "" : stack_.back();
    stack_.emplace_back(tag);
    bool named_place = parent == "city" || parent == "location" || parent == "state";
    if (tag == "city" || tag == "location" || tag == "state") has_name_ = false;
    capture_ = (tag == "iso-code" && parent == "country") ||
               ((tag == "_name" || tag == "name") && named_place && !translated && !has_name_);
    text_.clear();
  }

  void OnEnd(std::string_view tag) {
    if (capture_ && tag == "iso-code") country_ = text_;
    if (capture_ && tag != "iso-code") {
      entries.push_back({text_, country_});
      has_name_ = true;
    }
    capture_ = false;
    stack_.pop_back();
  }

  std::vector<std::string> stack_;
  std::string country_;
  std::string text_;
  bool capture_ = false;
  bool has_name_ = false;  // the place's first English name is taken
};

bool ReadLocations(const std::string& path, std::vector<Entry>* out) {
  std::string xml;
  if (!ReadFile(path, &xml)) {
    std::fprintf(stderr, "gweather_places: cannot read %s\n", path.c_str());
    return false;
  }
  LocationsReader reader;
  XML_Parser parser = XML_ParserCreate("UTF-8");
  XML_SetUserData(parser, &reader);
  XML_SetElementHandler(parser, LocationsReader::Start, LocationsReader::End);
  XML_SetCharacterDataHandler(parser, LocationsReader::Text);
  bool ok = XML_Parse(parser, xml.data(), static_cast<int>(xml.size()), 1) != XML_STATUS_ERROR;
  if (!ok)
    std::fprintf(stderr, "gweather_places: %s:%lu: %s\n", path.c_str(),
                 static_cast<unsigned long>(XML_GetCurrentLineNumber(parser)),
                 XML_ErrorString(XML_GetErrorCode(parser)));
  XML_ParserFree(parser);
  *out = std::move(reader.entries);
  return ok && !out->empty();
}

// What WordNet says about words: lower-case lemmas of every part of speech,
// every noun lemma, and the first and last words of people's names.
struct Words {
  std::unordered_set<std::string> common;
  std::unordered_set<std::string> nouns;  // lower case
  std::unordered_set<std::string> person;
};

bool ReadWords(const std::string& dir, Words* out) {
  std::string text;
  auto read = [&](const char* name) { return ReadDbFile("gweather_places", dir, name, &text); };
  if (!read("data.noun")) return false;
  constexpr int kNounPerson = 18;
  ForEachRecord(text, [&](const std::vector<std::string>& f) {
    if (f.size() < 4) return;
    int lexfile = std::atoi(f[1].c_str());
    size_t words = std::strtoul(f[3].c_str(), nullptr, 16);
    for (size_t i = 0; i < words && 4 + 2 * i < f.size(); ++i) {
      const std::string& lemma = f[4 + 2 * i];
      out->nouns.insert(Lower(Spaced(lemma)));
      if (Lower(lemma) == lemma) out->common.insert(Spaced(lemma));
      size_t first = lemma.find('_'), last = lemma.rfind('_');
      if (lexfile != kNounPerson || first == std::string::npos) continue;
      out->person.insert(lemma.substr(0, first));
      out->person.insert(lemma.substr(last + 1));
    }
  });
  for (const char* other : {"index.verb", "index.adj", "index.adv"}) {
    if (!read(other)) return false;
    for (const auto& [lemma, offsets] : ReadIndex(text)) out->common.insert(Spaced(lemma));
  }
  return !out->nouns.empty();
}

// Overseas parts of a country that ISO 3166-1 also codes as countries
// ("FR-NC", New Caledonia; "CN-HK", Hong Kong): their places resolve to the
// sovereign, so a French president in Noumea makes no foreign trip.
// Also adds each subdivision's name (a province, state or region:
// "Lumbini", "Kerala") to *entries with its country.
bool ReadOverseas(const std::string& path, const rapidjson::Value& types,
                  std::map<std::string, std::string>* out, std::vector<Entry>* entries) {
  rapidjson::Document doc;
  if (!ReadSpec(path, &doc) || !doc.IsObject() || !doc.HasMember("3166-2")) return false;
  for (const auto& s : doc["3166-2"].GetArray()) {
    if (!s.HasMember("code") || !s.HasMember("type") || !s.HasMember("name")) continue;
    std::string code = s["code"].GetString(), type = s["type"].GetString();
    if (code.size() < 4) continue;
    entries->push_back({s["name"].GetString(), code.substr(0, 2)});
    bool overseas = false;
    for (const auto& t : types.GetArray()) overseas |= type.starts_with(t.GetString());
    if (overseas && code.size() == 5) (*out)[code.substr(3)] = code.substr(0, 2);
  }
  return true;
}

struct Spec {
  std::vector<std::string> facility_suffixes;  // "Air Base": kept whole
  std::set<std::string> title_words;           // "Prince George" is a person too
  std::set<std::string> drop;
  size_t min_letters = 4;
};

class Filter {
 public:
  Filter(const Spec& spec, const Words& words) : spec_(spec), words_(words) {}

  // The name to keep for a raw gazetteer name, or empty.
  std::string Keep(std::string name) const {
    while (!name.empty() && (name.back() == '\'' || name.back() == ' ')) name.pop_back();
    if (!WellFormed(name) || spec_.drop.count(name)) return {};
    if (IsFacility(name)) return name;
    size_t sp = name.find(' ');
    if (sp != std::string::npos && spec_.title_words.count(name.substr(0, sp))) return {};
    std::string lower = Lower(name);
    if (Letters(name) < spec_.min_letters || words_.nouns.count(lower)) return {};
    if (IsCommonWord(words_.common, lower)) return {};
    if (sp == std::string::npos && words_.person.count(name)) return {};
    if (sp != std::string::npos && OnlyWordsAndNames(name)) return {};
    return name;
  }

 private:
  // Words that start upper case, of letters, hyphens, apostrophes, dots and
  // UTF-8; no lists ("A / B"), no qualifiers ("X, Y"), no codes.
  static bool WellFormed(std::string_view name) {
    if (name.empty() || name[0] < 'A' || name[0] > 'Z') return false;
    for (unsigned char c : name)
      if (c == ',' || c == '/' || c == '(' || c == ')' || (c >= '0' && c <= '9')) return false;
    return true;
  }

  // "Victoria Harbour", "Black River": every word a common word or a
  // person's name, so the phrase names many things.
  bool OnlyWordsAndNames(const std::string& name) const {
    for (size_t b = 0, e; b < name.size(); b = e + 1) {
      e = std::min(name.find(' ', b), name.size());
      std::string w = name.substr(b, e - b);
      if (!IsCommonWord(words_.common, Lower(w)) && !words_.person.count(w)) return false;
    }
    return true;
  }

  static size_t Letters(std::string_view name) {
    size_t n = 0;
    for (unsigned char c : name) n += std::isalpha(c) || c >= 0xC0;
    return n;
  }

  // "Al Udeid Air Base": a base or an airport named whole cannot be a word.
  bool IsFacility(std::string_view name) const {
    for (const auto& s : spec_.facility_suffixes)
      if (name.size() > s.size() + 1 && name.ends_with(s) && name[name.size() - s.size() - 1] == ' ')
        return true;
    return false;
  }

  const Spec& spec_;
  const Words& words_;
};

bool ReadFilterSpec(const std::string& path, Spec* spec, rapidjson::Document* doc) {
  if (!ReadSpec(path, doc) || !doc->IsObject()) return false;
  for (const char* key : {"facility_suffixes", "title_words", "drop", "overseas_types"})
    if (!doc->HasMember(key) || !(*doc)[key].IsArray()) return false;
  if (!doc->HasMember("min_letters") || !(*doc)["min_letters"].IsInt()) return false;
  for (const auto& v : (*doc)["facility_suffixes"].GetArray()) spec->facility_suffixes.push_back(v.GetString());
  for (const auto& v : (*doc)["title_words"].GetArray()) spec->title_words.insert(v.GetString());
  for (const auto& v : (*doc)["drop"].GetArray()) spec->drop.insert(v.GetString());
  spec->min_letters = static_cast<size_t>((*doc)["min_letters"].GetInt());
  return true;
}

std::string Write(const std::map<std::string, std::set<std::string>>& places,
                  const std::map<std::string, std::string>& sovereigns) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 0);
  w.SetFormatOptions(rapidjson::kFormatSingleLineArray);
  w.StartObject();
  w.Key("places");
  w.StartObject();
  for (const auto& [name, countries] : places) {
    w.Key(name.c_str());
    w.StartArray();
    for (const auto& c : countries) w.String(c.c_str());
    w.EndArray();
  }
  w.EndObject();
  // the overseas parts themselves, for the lexicon: a trip there by the
  // sovereign's people is a trip at home
  w.Key("sovereigns");
  w.StartObject();
  for (const auto& [part, sovereign] : sovereigns) {
    w.Key(part.c_str());
    w.String(sovereign.c_str());
  }
  w.EndObject();
  w.EndObject();
  return buffer.GetString();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 6) {
    std::fprintf(stderr,
                 "usage: gweather_places LOCATIONS_XML WORDNET_DIR ISO_3166_2_JSON SPEC_JSON "
                 "OUTPUT_JSON\n");
    return 2;
  }
  std::vector<Entry> entries;
  if (!ReadLocations(argv[1], &entries)) return 1;
  Words words;
  if (!ReadWords(argv[2], &words)) return 1;
  Spec spec;
  rapidjson::Document spec_doc;
  if (!ReadFilterSpec(argv[4], &spec, &spec_doc)) {
    std::fprintf(stderr, "gweather_places: %s: unreadable or not a gazetteer spec\n", argv[4]);
    return 1;
  }
  std::map<std::string, std::string> overseas;
  if (!ReadOverseas(argv[3], spec_doc["overseas_types"], &overseas, &entries)) {
    std::fprintf(stderr, "gweather_places: %s: unreadable or not ISO 3166-2\n", argv[3]);
    return 1;
  }
  Filter filter(spec, words);
  std::map<std::string, std::set<std::string>> places;
  for (const auto& e : entries) {
    std::string name = filter.Keep(e.name);
    if (name.empty() || e.country.empty()) continue;
    auto sovereign = overseas.find(e.country);
    places[name].insert(sovereign == overseas.end() ? e.country : sovereign->second);
  }
  return WriteOutput("gweather_places", argv[5], Write(places, overseas).c_str()) ? 0 : 1;
}
