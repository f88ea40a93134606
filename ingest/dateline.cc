#include "ingest/dateline.h"

#include <algorithm>
#include <string>

namespace kg::ingest {

using graph::NodeType;

namespace {

// The country a listed name, capital or city at tokens[i...] stands for,
// with the number of tokens it spans; {-1, 0} when none. Datelines are
// written in capitals, so the match ignores case.
std::pair<int, size_t> CountryAt(const std::vector<Token>& tokens, size_t i,
                                 const Lexicon& lexicon) {
  std::pair<int, size_t> best{-1, 0};
  std::string key;
  for (size_t j = i; j < tokens.size() && j - i < lexicon.max_phrase_tokens(); ++j) {
    if (!tokens[j].word) break;
    if (j > i) key += ' ';
    key += std::string_view(tokens[j].lower);
    const auto* entries = lexicon.Find(key);
    if (!entries) continue;
    for (const auto& e : *entries)
      if (!e.exact_case && e.kind != EntryKind::kAdjective &&
          lexicon.actors()[e.actor].type == NodeType::kCountry)
        best = {e.actor, j + 1 - i};
  }
  return best;
}

bool InMentions(const std::vector<Mention>& mentions, size_t k) {
  for (const Mention& m : mentions)
    if (m.first <= k && k < m.last) return true;
  return false;
}

}  // namespace

int DatelineCountry(std::string_view text, const std::vector<TextSpan>& body,
                    const Lexicon& lexicon) {
  if (body.empty()) return -1;
  size_t end = body.front().begin;
  size_t line = text.rfind('\n', end == 0 ? 0 : end - 1);
  line = line == std::string_view::npos || end == 0 ? 0 : line + 1;
  while (line < end && (text[line] == ' ' || text[line] == '\t')) ++line;
  if (line >= end || DatelineLength(text.substr(line)) != end - line) return -1;
  std::vector<Token> tokens = Tokenize(text.substr(line, end - line));
  // the first place named: "KUALA LUMPUR, Malaysia", "SEOUL (AP)"
  for (size_t i = 0; i < tokens.size(); ++i) {
    auto [country, length] = CountryAt(tokens, i, lexicon);
    if (country >= 0) return country;
  }
  return -1;
}

// True when a place or country is named in tokens [from, to), from > 0.
bool PlaceNamed(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                size_t from, size_t to) {
  for (const Mention& m : mentions)
    // "arrived from Pyongyang": where one came from is no destination
    if (m.first >= from && m.first < to && tokens[m.first - 1].lower != "from" &&
        (m.kind == MentionKind::kPlace ||
         (m.kind == MentionKind::kActor && m.type == NodeType::kCountry)))
      return true;
  return false;
}

bool ArrivalIsFigurative(const std::vector<Token>& tokens, size_t next) {
  if (next + 1 >= tokens.size()) return false;
  const Token& after = tokens[next + 1];
  if (tokens[next].lower == "in")  // "in power", "in office"; not "in the city"
    return after.word && !after.capitalized && after.lower != "the" && after.lower != "a" &&
           after.lower != "an" && after.lower != "his" && after.lower != "her" &&
           after.lower != "their";
  return tokens[next].lower == "at" && (after.lower == "a" || after.lower == "an");
}

// "BEIJING — Lula arrived on Tuesday for talks": an arrival that names no
// place arrived at the dateline. The verb itself carries the place.
bool BareArrival(const std::vector<Token>& tokens, size_t k, const Lexicon& lexicon,
                 const std::vector<Mention>& mentions) {
  if (!lexicon.InSet("visit_arrival_verbs", tokens[k].lower)) return false;
  if (k + 1 < tokens.size() && (tokens[k + 1].lower == "back" || tokens[k + 1].lower == "home"))
    return false;
  if (ArrivalIsFigurative(tokens, k + 1)) return false;
  return !PlaceNamed(tokens, mentions, k + 1, std::min(tokens.size(), k + 12));
}

void AddDatelinePlaces(const std::vector<Token>& tokens, int country, const Lexicon& lexicon,
                       std::vector<Mention>* mentions) {
  std::vector<Mention> found;
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (InMentions(*mentions, k)) continue;
    const Token& t = tokens[k];
    bool here = t.lower == "here" && !(k + 1 < tokens.size() && tokens[k + 1].lower == "and");
    // "in the capital", not "the capital of X" or "the capital Astana"
    bool capital =
        t.lower == "capital" && k > 0 && tokens[k - 1].lower == "the" &&
        !(k + 1 < tokens.size() && (tokens[k + 1].lower == "of" || tokens[k + 1].capitalized));
    bool arrival = !here && !capital && BareArrival(tokens, k, lexicon, *mentions);
    if (!here && !capital && !arrival) continue;
    Mention m;
    m.first = static_cast<uint32_t>(capital ? k - 1 : k);
    m.last = static_cast<uint32_t>(k + 1);
    m.kind = MentionKind::kPlace;
    m.type = NodeType::kCountry;
    m.actor = country;
    m.open_place = true;  // a visit there only by someone of known country
    m.surface = arrival ? std::string(tokens[k].lower) : std::string(capital ? "the capital" : "here");
    found.push_back(std::move(m));
  }
  if (found.empty()) return;
  for (auto& m : found) mentions->push_back(std::move(m));
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

void AddTherePlaces(const std::vector<Token>& tokens, int place, const Lexicon& lexicon,
                    std::vector<Mention>* mentions) {
  if (place < 0) return;
  const RelationWords& visited = lexicon.relation("visited");
  bool added = false;
  for (size_t k = 1; k < tokens.size(); ++k) {
    if (tokens[k].lower != "there" || InMentions(*mentions, k)) continue;
    const TokenWord& verb = tokens[k - 1].lower;
    if (!visited.IsPrepVerb(verb) && !visited.IsVerb(verb)) continue;
    Mention m;
    m.first = static_cast<uint32_t>(k);
    m.last = static_cast<uint32_t>(k + 1);
    m.kind = MentionKind::kPlace;
    m.type = lexicon.actors()[place].type;
    m.actor = place;
    m.surface = "there";
    mentions->push_back(std::move(m));
    added = true;
  }
  if (!added) return;
  std::stable_sort(mentions->begin(), mentions->end(),
                   [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

// The entity of the last place a sentence names after a preposition of
// place ("in Kyiv", "near here"), or -1: where its events happen.
int LastPlace(const std::vector<Token>& t, const std::vector<Mention>& mentions,
              const Lexicon& lexicon) {
  int place = -1;
  for (const Mention& m : mentions)
    if (m.entity >= 0 && m.first > 0 &&
        (m.kind == MentionKind::kPlace ||
         (m.kind == MentionKind::kActor && (m.type == graph::NodeType::kCountry ||
                                             m.type == graph::NodeType::kCity))) &&
        lexicon.InSet("place_prepositions", t[m.first - 1].lower))
      place = m.entity;
  return place;
}

}  // namespace kg::ingest
