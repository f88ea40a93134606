// People on no list told by the shapes news gives them: "Simon Birmingham
// of Australia", "Don Pramudwinai has been Thailand's foreign minister",
// "Srettha Thavisin said he would", "Prayut Chan-o-cha's trip to", and the
// sentences about sport where such a name is an athlete, not an actor.
// Part of MentionFinder; NamesInActorPositions asks these questions.
#include <string>
#include <vector>

#include "ingest/mention_finder_internal.h"

namespace kg::ingest {

using graph::NodeType;

// The end of "of [the] <Country>" at k, or k.
size_t MentionFinder::OfCountryEnd(size_t k) const {
  if (k + 1 >= t_.size() || t_[k].lower != "of") return k;
  size_t c = k + 1;
  if (t_[c].lower == "the" && c + 1 < t_.size()) ++c;
  Match g = LongestMatch(c);
  if (!g.entry || g.entry->kind != EntryKind::kName) return k;
  if (lex_.actors()[g.entry->actor].type != NodeType::kCountry) return k;
  // "David Perdue of Georgia": a country that is also a US state
  if (lex_.InSet("state_named_countries", t_[c].lower)) return k;
  // "Simon Birmingham of Australia's Liberal Party" is still Australia's;
  // "of Russia Today" is a name
  if (g.end < t_.size() && t_[g.end].capitalized && t_[g.end].word) return k;
  return g.end;
}

// "Simon Birmingham of Australia", "Therese Kayikwamba Wagner of the
// Democratic Republic of Congo": a name of two to four words followed by
// "of" and a country is a person, even when its last word is a one-word
// city or organisation on a list ("Birmingham", "Wagner").
size_t MentionFinder::OfCountryPerson(size_t i) {
  if (!NameToken(i) || (i > 0 && t_[i - 1].capitalized && t_[i - 1].word)) return i;
  bool of = false;  // most names have no "of" after them: ask that first
  for (size_t k = i + 1; k < t_.size() && k < i + 8 && !of; ++k) of = t_[k].lower == "of";
  if (!of || AboutSport()) return i;  // "Al Ahly of Egypt" is a club
  // "the Directors Guild of Great Britain": a person's name takes no
  // article; "the \"Kim Kardashian of Pakistan\"" is a nickname
  if (i > 0 && (t_[i - 1].lower == "the" || t_[i - 1].lower == "of" || t_[i - 1].lower == "a" ||
                t_[i - 1].text == "\"" || t_[i - 1].text == "\u201c"))
    return i;
  size_t e = NameShapeEnd(i);
  if (e == i) {
    // the listed last word: at least one name word before it
    size_t k = i;
    while (k < t_.size() && k - i < 3 && NameShapeToken(k)) ++k;
    if (k == i || k >= t_.size()) return i;
    Match g = LongestMatch(k);
    if (!g.entry || g.end != k + 1 || !t_[k].capitalized) return i;
    NodeType type = lex_.actors()[g.entry->actor].type;
    bool city = g.entry->kind == EntryKind::kCity;
    bool org = g.entry->kind == EntryKind::kName && type == NodeType::kOrganization;
    if (!city && !org) return i;
    e = k + 1;
  }
  if (OfCountryEnd(e) == e) return i;
  Mention m = NamedPerson(i, e);
  MarkPossessive(&m);
  out_.push_back(std::move(m));
  return e;
}

// "... of Australia" after a person with no country yet: that country.
void MentionFinder::OfCountries() {
  for (size_t idx = 0; idx + 1 < out_.size(); ++idx) {
    Mention& m = out_[idx];
    if (m.kind != MentionKind::kActor || m.type != NodeType::kPerson || m.affiliation >= 0)
      continue;
    // "General Motors of the US": a firm's word taken for a name after a title
    if (lex_.InSet("non_name_words", t_[m.last - 1].lower)) continue;
    size_t end = OfCountryEnd(m.last);
    if (end == m.last) continue;
    for (size_t c = idx + 1; c < out_.size() && out_[c].first < end; ++c)
      if (out_[c].last == end && out_[c].kind == MentionKind::kActor)
        m.affiliation = static_cast<int>(c);
  }
}

// "Srettha Thavisin said on Tuesday that he would fly", "Robert Fico said
// his government would send": a verb of speech after the name, then a
// personal pronoun (a firm says "it") before any other name, then a verb
// of one of our relations.
bool MentionFinder::SpeaksOfSelf(size_t e) const {
  if (e >= t_.size() || !lex_.InSet("speech_verbs", t_[e].lower)) return false;
  for (size_t k = e + 1; k < t_.size() && k < e + 9; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "he" || w == "she" || w == "his" || w == "her") {
      // ... of a deed of our relations: "said he would fly to Paris", "said
      // his government would send no weapons" (not "said he was concerned")
      for (size_t v = k + 1; v < t_.size() && v < k + 6 && t_[v].word; ++v)
        if (!t_[v].capitalized && lex_.IsTriggerWord(t_[v].lower)) return true;
      return false;
    }
    if (w == "it" || w == "its" || w == "they" || w == "their") return false;
    if (NameToken(k) || t_[k].text == "." || t_[k].text == ";" || t_[k].text == "\"") return false;
  }
  return false;
}

// "Don Pramudwinai has been Thailand's foreign minister", "X is the Kenyan
// president": a copula, then a title with an optional country before it.
// Returns the end of the title (or e) and sets *role and *country (the
// index in out_ of that country, or -1).
size_t MentionFinder::CopulaTitle(size_t e, std::string* role, int* country) const {
  *country = -1;
  size_t k = e;
  if (k < t_.size() && (t_[k].lower == "has" || t_[k].lower == "had")) ++k;
  if (k >= t_.size() || !lex_.InSet("copulas", t_[k].lower)) return e;
  ++k;
  if (k < t_.size() && (t_[k].lower == "now" || t_[k].lower == "also" || t_[k].lower == "only"))
    ++k;
  if (k < t_.size() && t_[k].lower == "the") ++k;
  // "became only the third EU leader to ...": an ordinal
  if (k < t_.size() && (lex_.InSet("ordinal_factives", t_[k].lower) || t_[k].lower == "first")) ++k;
  for (size_t c = 0; c < out_.size(); ++c) {
    const Mention& p = out_[c];
    if (p.first != k || (p.kind != MentionKind::kActor && p.kind != MentionKind::kAdjective))
      continue;
    if (p.type == NodeType::kCountry)
      *country = static_cast<int>(c);
    else if (p.type != NodeType::kOrganization)
      continue;
    k = p.possessive ? p.last + 1 : p.last;
  }
  while (k < t_.size() && lex_.InSet("title_modifiers", t_[k].lower)) ++k;
  size_t end = TitleAt(k, role);
  // "is head of ...", "is a member of ...": vague
  if (end == k || (end < t_.size() && t_[end].lower == "of")) return e;
  return end;
}

// "Prayut Chan-o-cha's two-day trip to Riyadh": the possessor of a trip.
// (A tour is a team's as often as a leader's.)
bool MentionFinder::TripPossessor(size_t e) const {
  if (e >= t_.size() || t_[e].lower != "'s") return false;
  for (size_t k = e + 1; k < t_.size() && k < e + 5; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "visit" || w == "trip" || w == "journey" || w == "stopover") return true;
    if (!t_[k].word || t_[k].capitalized) return false;
  }
  return false;
}

// "To Lam wrapped up a three-day trip to China", "X began his first
// visit": a verb whose object is the subject's own trip.
bool MentionFinder::TripAfterVerb(size_t e) const {
  if (e >= t_.size() || !t_[e].word || t_[e].capitalized) return false;
  size_t k = e + 1;
  if (k < t_.size() && (t_[k].lower == "up" || t_[k].lower == "short" || t_[k].lower == "off")) ++k;
  if (k >= t_.size()) return false;
  const TokenWord& det = t_[k].lower;
  if (det != "a" && det != "an" && det != "his" && det != "her") return false;
  for (size_t j = k + 1; j < t_.size() && j < k + 5; ++j) {
    const TokenWord& w = t_[j].lower;
    if (w == "visit" || w == "trip" || w == "journey" || w == "stopover") return true;
    if (!t_[j].word || t_[j].capitalized) return false;
  }
  return false;
}

// A sentence about sport ("with the South Korean squad for the Asian
// Cup"): a name on no list and with no title there is an athlete.
bool MentionFinder::AboutSport() const {
  if (about_sport_ < 0) {
    about_sport_ = 0;
    for (const Token& tk : t_)
      if (tk.word && lex_.InSet("sport_words", tk.lower)) about_sport_ = 1;
  }
  return about_sport_ == 1;
}

// "Macky Sall, then chairing the African Union, travelled to": a short
// phrase set off by commas after the name ties it to a state or a body,
// then a relation verb follows. Not "Shamima Begum, a London schoolgirl,"
// (a capital there is a place, not its state), nor a phrase with a verb of
// speech.
bool MentionFinder::ParentheticalActs(size_t e, const std::vector<int>& owner) const {
  if (e + 2 >= t_.size() || t_[e].text != ",") return false;
  bool tied = false;
  for (size_t k = e + 1; k < t_.size() && k < e + 10; ++k) {
    const Token& t = t_[k];
    if (t.text == "." || t.text == ";" || t.text == ":" || lex_.InSet("speech_verbs", t.lower))
      return false;
    if (t.text == ",") return tied && ActsAfter(k + 1);
    if (owner[k] < 0) continue;
    const Mention& m = out_[owner[k]];
    Match g = LongestMatch(m.first);  // "a London schoolgirl": a capital as a place
    if (g.entry && g.entry->kind == EntryKind::kMetonym) continue;
    // (a nationality alone is no tie: "Kwame Asante, a Ghanaian businessman,")
    tied = tied || (m.kind == MentionKind::kActor &&
                    (m.type == NodeType::kCountry || m.type == NodeType::kOrganization));
  }
  return false;
}

}  // namespace kg::ingest
