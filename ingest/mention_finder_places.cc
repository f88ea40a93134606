// Places on no list whose country the sentence names beside them: "the
// Fijian town of Nadi", "Gitega, the capital of Burundi", "Batumi, on the
// Black Sea coast of Georgia". Such a place resolves to that country, as a
// listed city does, so a trip there is a visit. Part of MentionFinder.
#include <cstdint>
#include <string>

#include "ingest/mention_finder_internal.h"

namespace kg::ingest {

using graph::NodeType;

namespace {

// "northern", "south-western": a direction before the country, "in northern Mali"
bool IsDirectionWord(std::string_view w) {
  for (std::string_view d : {"north", "south", "east", "west", "central"})
    if (w.starts_with(d)) return true;
  return false;
}

}  // namespace

// True when the words b..e stand inside a longer capitalised name of no
// list: "Juan Manuel Santos", "the Jakarta Post", "Mr Galloway". A
// sentence's first word (unless a title), a weekday or a month before them
// is no part of a name.
bool MentionFinder::InLongerName(size_t b, size_t e) const {
  auto name_word = [&](size_t k) {
    const Token& t = t_[k];
    return t.word && t.capitalized && !lex_.InSet("weekdays", t.lower) &&
           !lex_.InSet("months", t.lower);
  };
  if (b > 0 && name_word(b - 1) &&
      (b > 1 || lex_.IsTitlePrefix(t_[0].lower) || lex_.InSet("honorifics", t_[0].lower)))
    return true;
  return e < t_.size() && name_word(e) && !LongestMatch(e).entry && !FacilityAt(e);
}

// "Air Base", "Airport", "Air Force Station" at k: a place's facility, so
// "Ramstein Air Base" keeps the place "Ramstein".
bool MentionFinder::FacilityAt(size_t k) const {
  if (k >= t_.size()) return false;
  if (lex_.InSet("place_facility_heads", t_[k].lower)) return true;
  return t_[k].lower == "air" && k + 1 < t_.size() &&
         (lex_.InSet("place_facility_heads", t_[k + 1].lower) || t_[k + 1].lower == "force");
}

// Is a name of the libgweather gazetteer, which may also be a surname
// ("Staunton", "Everett"), a place here? After a place preposition or a
// verb of travel ("in Harbin", "toured Jaffna"), after "<place noun> of"
// ("the port of Gdynia"), before a facility ("Ramstein Air Base") or before
// ", <country or listed place>" ("Kamloops, British Columbia").
bool MentionFinder::PlaceContext(size_t b, size_t e) const {
  if (b > 0) {
    const TokenWord& w = t_[b - 1].lower;
    if (lex_.InSet("place_prepositions", w) || lex_.InSet("place_context_verbs", w)) return true;
    if (w == "of" && b > 1 && lex_.InSet("place_nouns", t_[b - 2].lower)) return true;
  }
  if (FacilityAt(e)) return true;
  if (e + 1 >= t_.size() || t_[e].text != ",") return false;
  Match m = LongestMatch(e + 1);
  if (!m.entry) return false;
  return m.entry->kind == EntryKind::kCity ||
         (m.entry->kind == EntryKind::kName && lex_.actors()[m.entry->actor].type == NodeType::kCountry);
}

// The mention (index into out_) of a country that starts at token k, or -1.
int MentionFinder::CountryAt(size_t k) const {
  for (size_t m = 0; m < out_.size(); ++m) {
    if (out_[m].first != k) continue;
    bool named = out_[m].kind == MentionKind::kActor || out_[m].kind == MentionKind::kAdjective;
    return named && out_[m].type == NodeType::kCountry ? static_cast<int>(m) : -1;
  }
  return -1;
}

// A capitalised run of one to three words on no list at k ("Nadi", "Sharm
// el-Sheikh" is listed): its end, or k.
size_t MentionFinder::UnlistedPlaceEnd(size_t k) const {
  if (k >= t_.size() || (k > 0 && t_[k - 1].word && t_[k - 1].capitalized)) return k;
  size_t e = k;
  while (e < t_.size() && e - k < 3 && NameShapeToken(e)) ++e;
  if (e < t_.size() && (NameToken(e) || t_[e].lower == "'s")) return k;  // a longer name, or an owner
  return e;
}

// "the Fijian town of Nadi", "the Saudi Red Sea city of Neom": the country
// before the place noun. Returns the country's mention or -1.
int MentionFinder::CountryBeforePlaceNoun(size_t noun) const {
  for (size_t k = noun; k > 0 && noun - k < 4; --k) {
    const Token& tk = t_[k - 1];
    if (!tk.word) return -1;
    for (size_t m = 0; m < out_.size(); ++m)
      if (out_[m].last == k && out_[m].type == NodeType::kCountry &&
          (out_[m].kind == MentionKind::kAdjective || out_[m].kind == MentionKind::kActor))
        return out_[m].first > 0 && t_[out_[m].first - 1].lower == "the" ? static_cast<int>(m) : -1;
    if (tk.lower == "the") return -1;
  }
  return -1;
}

// ", the capital of Burundi", ", a port town in southern Chile", ", on the
// Black Sea coast of Georgia", ", the Burundian capital": the country of a
// descriptive phrase after a place. Returns its mention or -1.
int MentionFinder::CountryAfterPlace(size_t comma) const {
  size_t j = comma + 1;
  if (j < t_.size() && (t_[j].lower == "on" || t_[j].lower == "in" || t_[j].lower == "near")) ++j;
  if (j >= t_.size() || (t_[j].lower != "the" && t_[j].lower != "a" && t_[j].lower != "an")) return -1;
  ++j;
  // up to three modifiers before the place noun; a country adjective among
  // them is the country ("the Burundian capital")
  int adjective = -1;
  for (size_t skipped = 0; j < t_.size() && !lex_.InSet("place_nouns", t_[j].lower); ++skipped) {
    if (skipped == 3 || !t_[j].word || lex_.InSet("prepositions", t_[j].lower)) return -1;
    int c = CountryAt(j);
    if (c >= 0 && out_[c].kind == MentionKind::kAdjective) {
      adjective = c;
      j = out_[c].last;
      continue;
    }
    ++j;
  }
  if (j >= t_.size()) return -1;
  // "coast", "capital": the noun may be followed by another ("port city")
  while (j + 1 < t_.size() && lex_.InSet("place_nouns", t_[j + 1].lower)) ++j;
  ++j;
  if (j >= t_.size() || (t_[j].lower != "of" && t_[j].lower != "in")) return adjective;
  ++j;
  while (j < t_.size() && (t_[j].lower == "the" || IsDirectionWord(t_[j].lower))) ++j;
  if (j >= t_.size()) return -1;
  int country = CountryAt(j);
  return country >= 0 && out_[country].kind == MentionKind::kActor ? country : -1;
}

// The mention (index into out_) of a place or country starting at k, or -1.
int MentionFinder::PlaceAt(size_t k) const {
  for (size_t m = 0; m < out_.size(); ++m) {
    if (out_[m].first != k) continue;
    const Mention& p = out_[m];
    bool place = p.kind == MentionKind::kPlace ||
                 (p.kind == MentionKind::kActor && p.type == NodeType::kCountry);
    return place && p.actor >= 0 ? static_cast<int>(m) : -1;
  }
  return -1;
}

// ", the wartime code-breaking centre north of London", ", 30 km south of
// Kabul": a place set by a direction from a listed one lies in its
// country. Returns the country's actor or -1.
int MentionFinder::CountryByDirection(size_t comma) const {
  for (size_t j = comma + 1; j + 2 < t_.size() && j < comma + 9; ++j) {
    if (!t_[j].word) return -1;
    bool direction = t_[j + 1].lower == "of" && !t_[j].capitalized && IsDirectionWord(t_[j].lower);
    if (!direction) continue;
    int m = PlaceAt(j + 2);
    return m >= 0 ? out_[m].actor : -1;
  }
  return -1;
}

// "the Red Sea city of Port Sudan": a listed place after a place noun
// described by a name of no list takes the whole phrase, so that rules
// reading "flew to the ... city of" meet the place where the phrase starts.
void MentionFinder::WidenDescribedPlaces() {
  for (size_t m = 0; m < out_.size(); ++m) {
    Mention& p = out_[m];
    if (PlaceAt(p.first) != static_cast<int>(m) || p.first < 4 || t_[p.first - 1].lower != "of" ||
        !lex_.InSet("place_nouns", t_[p.first - 2].lower))
      continue;
    size_t k = p.first - 2;
    while (k > 0 && p.first - k < 6 && t_[k - 1].word && t_[k - 1].capitalized) --k;
    if (k == p.first - 2 || k == 0 || t_[k - 1].lower != "the") continue;
    bool free = m == 0 || out_[m - 1].last < k;
    if (!free) continue;
    p.first = static_cast<uint32_t>(k - 1);
  }
}

void MentionFinder::UnlistedPlaces() {
  // a token is taken when a mention, found before or here, covers it
  std::vector<int>& owner = Owners();
  constexpr int kFound = INT32_MAX;
  auto free_run = [&](size_t b, size_t e) {
    for (size_t k = b; k < e; ++k)
      if (owner[k] >= 0) return false;
    return e > b;
  };
  std::vector<Mention> found;
  auto add = [&](size_t b, size_t e, int country) {
    Mention m = Span(b, e, MentionKind::kPlace, NodeType::kCountry);
    m.name.clear();
    m.actor = out_[country].actor;
    found.push_back(std::move(m));
    for (size_t k = b; k < e; ++k) owner[k] = kFound;
  };
  for (size_t k = 0; k + 1 < t_.size(); ++k) {
    // the place noun first: "the Fijian town of Nadi"
    if (t_[k + 1].lower == "of" && lex_.InSet("place_nouns", t_[k].lower)) {
      size_t e = UnlistedPlaceEnd(k + 2);
      int country = CountryBeforePlaceNoun(k);
      if (country >= 0 && free_run(k + 2, e)) add(k + 2, e, country);
      continue;
    }
    // the place first: "Gitega, the capital of Burundi"
    if (owner[k] >= 0 || !t_[k].capitalized || !t_[k].word) continue;
    size_t e = UnlistedPlaceEnd(k);
    if (e == k || e >= t_.size() || t_[e].text != "," || !free_run(k, e)) continue;
    int country = CountryAfterPlace(e);
    if (country >= 0) add(k, e, country);
    int by_direction = country < 0 ? CountryByDirection(e) : -1;
    if (by_direction >= 0) {
      Mention place = Span(k, e, MentionKind::kPlace, NodeType::kCountry);
      place.name.clear();
      place.actor = by_direction;
      place.open_place = true;  // a landmark near a city: someone of known country
      found.push_back(std::move(place));
      for (size_t j = k; j < e; ++j) owner[j] = kFound;
    }
    k = e;
  }
  AddSorted(std::move(found));
  WidenDescribedPlaces();
}

// "made stops in Pennsylvania, Georgia, Florida": a country's name that is
// also a place of another country (the US state of Georgia) is that place
// when a place of that country stands next to it in a list.
void MentionFinder::PlaceHomonyms() {
  auto joins = [&](size_t k) {
    return k < t_.size() && (t_[k].text == "," || t_[k].lower == "and" || t_[k].lower == "or");
  };
  auto place_of = [&](size_t m, int country) {
    return out_[m].kind == MentionKind::kPlace && out_[m].actor == country;
  };
  for (size_t m = 0; m < out_.size(); ++m) {
    Mention& c = out_[m];
    if (c.kind != MentionKind::kActor || c.type != NodeType::kCountry) continue;
    int other = lex_.PlaceHomonym(PhraseKey(c.surface));
    if (other < 0 || other == c.actor) continue;
    bool before = m > 0 && joins(c.first - 1) && out_[m - 1].last + 1 == c.first && place_of(m - 1, other);
    bool after = m + 1 < out_.size() && joins(c.last) && out_[m + 1].first == c.last + 1 &&
                 place_of(m + 1, other);
    if (!before && !after) continue;
    c.kind = MentionKind::kPlace;
    c.actor = other;
  }
}

// "Rome, Georgia", "Paris, Texas", "London, Ontario", "Cordoba, Argentina": a
// place qualified by a state or country of another country lies there (a
// country's name that is also a state, "Georgia", is that state). A list
// ("Paris, London and Berlin") qualifies nothing.
void MentionFinder::QualifiedPlaces() {
  auto place_or_country = [&](const Mention& m) {
    return m.kind == MentionKind::kPlace || (m.kind == MentionKind::kActor && m.type == NodeType::kCountry);
  };
  for (size_t m = 0; m + 1 < out_.size(); ++m) {
    Mention& x = out_[m];
    Mention& y = out_[m + 1];
    // a capital is a metonym of its country ("Rome"): a place here
    Match named = LongestMatch(x.first);
    bool capital = x.kind == MentionKind::kActor && x.type == NodeType::kCountry && named.entry &&
                   named.end == x.last && named.entry->kind == EntryKind::kMetonym;
    if ((x.kind != MentionKind::kPlace && !capital) || x.actor < 0 || !place_or_country(y) || y.actor < 0)
      continue;
    if (x.last >= t_.size() || t_[x.last].text != "," || y.first != x.last + 1) continue;
    size_t after = y.last;
    // ("the Paris, Amsterdam, Brussels and Lisbon bourses")
    bool listed_on = after < t_.size() && (t_[after].lower == "and" || t_[after].lower == "or" ||
                                           (t_[after].text == "," && after + 1 < t_.size() &&
                                            t_[after + 1].word && t_[after + 1].capitalized));
    if (listed_on || y.actor == x.actor) continue;
    int state = y.kind == MentionKind::kActor ? lex_.PlaceHomonym(PhraseKey(y.surface)) : -1;
    if (state >= 0 && state != x.actor) {
      y.kind = MentionKind::kPlace;  // "Georgia" the US state
      y.actor = state;
    }
    x.kind = MentionKind::kPlace;
    x.actor = y.actor;
  }
}

// "the Gulf state", "the island nation", "the sultanate", "the Horn of
// Africa country", "the oil-rich kingdom": a state described, not named, is
// the state in view (coreference resolves it). Returns the end of the
// description, or i if there is none. A capitalised modifier that is itself
// listed ("the Russian state") or a name after the head ("the Gulf state of
// Qatar") leaves the words to the gazetteer.
size_t MentionFinder::StateDescriptionEnd(size_t i) const {
  if (t_[i].lower != "the") return i;
  size_t k = i + 1, modifiers = 0;
  while (k < t_.size() && modifiers < 4) {
    const Token& w = t_[k];
    bool cap = w.word && w.capitalized && !lex_.InSet("state_description_heads", w.lower);
    bool of = w.lower == "of" && modifiers > 0 && k + 1 < t_.size() && t_[k + 1].capitalized;
    if (cap) {
      const GazetteerEntry* e = LongestMatch(k).entry;
      if (e && e->actor >= 0 && lex_.actors()[e->actor].type == NodeType::kCountry) return i;
    }
    if (!cap && !of && !lex_.InSet("state_description_modifiers", w.lower)) break;
    ++k;
    ++modifiers;
  }
  if (k >= t_.size() || t_[k].capitalized || !lex_.InSet("state_description_heads", t_[k].lower))
    return i;
  // "the state", "the nation" alone are too vague ("the state visit")
  const TokenWord& head = t_[k].lower;
  if (modifiers == 0 && head != "sultanate" && head != "monarchy") return i;
  if (t_[k - 1].lower == "of") return i;
  if (k + 1 < t_.size()) {
    const Token& next = t_[k + 1];
    if (next.capitalized && next.word) return i;  // "the island nation Fiji"
    if (next.lower == "of" && k + 2 < t_.size() && t_[k + 2].capitalized) return i;
    if (lex_.InSet("state_description_blockers", next.lower)) return i;  // "the Gulf state media"
  }
  return k + 1;
}

}  // namespace kg::ingest
