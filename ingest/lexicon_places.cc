// The place gazetteers: WordNet's (the "wordnet_places" dictionary,
// generated at build time by ingest/gen/wordnet_places.cc), then libgweather's
// world list of cities, stations and provinces ("gweather_places", from
// ingest/gen/gweather_places.cc) for what WordNet lacks. Their cities, towns,
// ports, provinces, islands, bases and landmarks resolve to their country for
// visits, as the hand-typed "cities" of countries.json do. Part of Lexicon.
#include <rapidjson/document.h>
#include <rapidjson/reader.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "ingest/embedded_data.h"
#include "ingest/lexicon.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

using graph::NodeType;

namespace {

// The listed country a name denotes, or -1.
int CountryNamed(const Lexicon& lex, std::string_view name) {
  const auto* entries = lex.Find(PhraseKey(name));
  if (!entries) return -1;
  for (const auto& e : *entries)
    if (e.kind == EntryKind::kName && lex.actors()[e.actor].type == NodeType::kCountry)
      return e.actor;
  return -1;
}

// The countries of one sense: those at the fewest steps up among the areas
// that are listed countries ("Hiroshima" is part of the island Honshu, one
// step, which is no country of ours, then of Japan, two).
std::set<int> SenseCountries(const rapidjson::Value& sense, const std::vector<int>& area_country) {
  std::set<int> out;
  int best = -1;
  for (const auto& pair : sense.GetArray()) {
    if (!pair.IsArray() || pair.Size() != 2 || !pair[0].IsInt() || !pair[1].IsInt()) continue;
    size_t area = static_cast<size_t>(pair[0].GetInt());
    int steps = pair[1].GetInt();
    if (area >= area_country.size() || area_country[area] < 0) continue;
    if (best >= 0 && steps > best) continue;
    if (steps < best || best < 0) out.clear();
    best = steps;
    out.insert(area_country[area]);
  }
  return out;
}

// The single country all senses of a place lead to, or -1.
int PlaceCountry(const rapidjson::Value& senses, const std::vector<int>& area_country) {
  std::set<int> countries;
  if (senses.IsArray())
    for (const auto& sense : senses.GetArray())
      if (sense.IsArray())
        for (int c : SenseCountries(sense, area_country)) countries.insert(c);
  // a name whose senses lie in different countries ("Valencia") is no clue
  return countries.size() == 1 ? *countries.begin() : -1;
}

// Listed countries' names that are also places of another country, as
// phrase key -> that country.
std::vector<std::pair<std::string, int>> Homonyms(const Lexicon& lex, const rapidjson::Value& doc,
                                                  const std::vector<int>& area_country) {
  std::vector<std::pair<std::string, int>> out;
  auto it = doc.FindMember("homonyms");
  if (it == doc.MemberEnd() || !it->value.IsObject()) return out;
  for (const auto& h : it->value.GetObject()) {
    std::string_view name(h.name.GetString(), h.name.GetStringLength());
    int own = CountryNamed(lex, name);
    int other = PlaceCountry(h.value, area_country);
    if (own >= 0 && other >= 0 && other != own) out.emplace_back(PhraseKey(name), other);
  }
  return out;
}

// Words of listed people's names, which stay people ("Kim", "Lula").
StringSet PersonWords(const std::vector<ActorInfo>& actors) {
  StringSet words;
  for (const auto& a : actors)
    if (a.type == NodeType::kPerson)
      for (const Token& t : Tokenize(a.name)) words.insert(std::string(t.lower));
  return words;
}

// Reads the "gweather_places" dictionary, {"places": {name: [country code,
// ...], ...}, "sovereigns": {part code: sovereign code, ...}}, as a stream of parser events: 8,400 names at every start,
// where a document tree would allocate a node for each name and code and a
// member array for the object. Keeps, in the dictionary's order, the names
// of one country's code; a name of two countries' places ("Brest") is no
// clue to either.
class GweatherReader : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, GweatherReader> {
 public:
  bool seen_places() const { return seen_places_; }
  std::vector<std::pair<std::string, std::string>>& places() { return places_; }
  const std::vector<std::pair<std::string, std::string>>& sovereigns() const { return sovereigns_; }

  bool Key(const char* s, rapidjson::SizeType n, bool /*copy*/) {
    if (depth_ == 1) {
      in_places_ = std::string_view(s, n) == "places";
      in_sovereigns_ = std::string_view(s, n) == "sovereigns";
    }
    if (depth_ == 2 && (in_places_ || in_sovereigns_)) name_.assign(s, n);
    return true;
  }
  bool StartObject() {
    if (depth_ == 1 && in_places_) seen_places_ = true;
    ++depth_;
    return true;
  }
  bool EndObject(rapidjson::SizeType) {
    --depth_;
    return true;
  }
  bool StartArray() {
    if (depth_ == 2 && in_places_) codes_ = 0;
    ++depth_;
    return true;
  }
  bool String(const char* s, rapidjson::SizeType n, bool /*copy*/) {
    if (depth_ == 3 && in_places_ && codes_ == 0) code_.assign(s, n);
    if (depth_ == 2 && in_sovereigns_) sovereigns_.emplace_back(name_, std::string(s, n));
    return Default();
  }
  bool EndArray(rapidjson::SizeType n) {
    --depth_;
    if (depth_ == 2 && in_places_ && n == 1 && codes_ == 1) places_.emplace_back(name_, code_);
    return true;
  }
  // other values count as elements that are no code
  bool Default() {
    if (depth_ == 3) ++codes_;
    return true;
  }

 private:
  int depth_ = 0;
  bool in_places_ = false;
  bool in_sovereigns_ = false;
  bool seen_places_ = false;
  size_t codes_ = 0;  // values in the current array, codes or not
  std::string name_, code_;
  std::vector<std::pair<std::string, std::string>> places_;
  std::vector<std::pair<std::string, std::string>> sovereigns_;
};

}  // namespace

Status Lexicon::LoadWordnetPlaces() {
  std::string_view text = EmbeddedData("wordnet_places");
  rapidjson::Document doc;
  doc.Parse(text.data());  // a C string: see EmbeddedData
  if (text.empty() || doc.HasParseError() || !doc.IsObject() || !doc.HasMember("countries") ||
      !doc["countries"].IsArray() || !doc.HasMember("places") || !doc["places"].IsObject())
    return Status::Corruption("dictionary wordnet_places: missing or malformed");
  std::vector<int> area_country;
  for (const auto& names : doc["countries"].GetArray()) {
    int country = -1;
    if (names.IsArray())
      for (const auto& n : names.GetArray())
        if (country < 0 && n.IsString()) country = CountryNamed(*this, n.GetString());
    area_country.push_back(country);
  }
  StringSet person_words = PersonWords(actors_);
  for (auto& [key, country] : Homonyms(*this, doc, area_country))
    place_homonyms_.emplace(std::move(key), country);
  std::vector<std::pair<std::string, int>> found;
  for (const auto& place : doc["places"].GetObject()) {
    std::string name(place.name.GetString(), place.name.GetStringLength());
    std::string key = PhraseKey(name);
    // a name already listed (a country, a city, a person, a firm) keeps its entry
    if (key.empty() || Find(key) || person_words.count(key)) continue;
    int country = PlaceCountry(place.value, area_country);
    if (country >= 0) found.emplace_back(std::move(name), country);
  }
  for (const auto& [name, country] : found)
    AddPhrase(name, EntryKind::kCity, country, /*open_name=*/true);
  return Status::OK();
}

Status Lexicon::LoadGweatherPlaces() {
  std::string_view text = EmbeddedData("gweather_places");
  GweatherReader places;
  rapidjson::Reader reader;
  // parsed in place in a copy: the names need no copying into the parser's stack
  std::string buffer(text);
  rapidjson::InsituStringStream in(buffer.data());
  reader.Parse<rapidjson::kParseInsituFlag>(in, places);
  if (text.empty() || reader.HasParseError() || !places.seen_places())
    return Status::Corruption("dictionary gweather_places: missing or malformed");
  StringSet person_words = PersonWords(actors_);
  std::vector<std::pair<std::string, int>> found;
  const std::vector<std::string>& facilities = List("place_facility_heads");
  for (auto& [name, code] : places.places()) {
    std::string key = PhraseKey(name);
    // listed names win: countries, demonyms, capitals, people, WordNet's places
    if (key.empty() || Find(key) || person_words.count(key)) continue;
    int country = ActorByName(code);
    if (country < 0 || actors_[country].type != NodeType::kCountry) continue;
    found.emplace_back(std::move(name), country);
  }
  // overseas parts ISO 3166-2 lists under their sovereign ("NC": "FR")
  for (const auto& [part, code] : places.sovereigns()) {
    int id = ActorByName(part), sovereign = ActorByName(code);
    if (id >= 0 && sovereign >= 0 && actors_[id].type == NodeType::kCountry) actors_[id].sovereign = sovereign;
  }
  for (const auto& [name, country] : found) {
    // "Al Udeid Air Base" names nothing else; "Staunton" may be a surname
    std::string last = name.substr(name.rfind(' ') + 1);
    bool facility = std::find(facilities.begin(), facilities.end(), PhraseKey(last)) != facilities.end();
    AddPhrase(name, EntryKind::kCity, country, /*open_name=*/true, /*needs_context=*/!facility);
  }
  return Status::OK();
}

}  // namespace kg::ingest
