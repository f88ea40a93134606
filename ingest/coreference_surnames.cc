// People named earlier and then by the surname alone ("Sergey Lavrov" ...
// "Lavrov"): the surnames a document has named, and the mentions a later
// sentence gets for them; a listed person's surname that names someone else
// in the document ("James Cameron ... Mr Cameron") or a player in a team
// sheet ("Parks, Blair; Jacobsen") names nobody listed. Part of Coreference.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/coreference.h"

namespace kg::ingest {

using graph::NodeType;

void Coreference::AddSurnameKey(std::string key, int person) {
  std::string_view surname = std::string_view(key).substr(2);  // after "s:"
  uint64_t size = SizeBit(surname.size()), first = surname.empty() ? 0 : FirstBit(surname[0]);
  if (!by_key_.emplace(std::move(key), person).second) return;
  ++surname_keys_;
  surname_sizes_ |= size;
  surname_firsts_ |= first;
}

namespace {

// A capitalised word that no mention covers (mentions are few: a scan of
// them is cheaper than a table per sentence).
bool BareName(const std::vector<Token>& t, const std::vector<Mention>& ms, size_t k) {
  if (k >= t.size() || !t[k].word || !t[k].capitalized) return false;
  for (const Mention& m : ms)
    if (m.first <= k && k < m.last) return false;
  return true;
}

bool ListComma(const Token& tk) { return tk.text == "," || tk.text == ";"; }

}  // namespace

// Is `lower` the one-word name of a listed person (a surname alias)?
bool Coreference::ListedSurname(std::string_view lower) const {
  const std::vector<GazetteerEntry>* entries = lex_.Find(lower);
  if (!entries) return false;
  for (const GazetteerEntry& e : *entries)
    if (e.kind == EntryKind::kName && lex_.actors()[e.actor].type == NodeType::kPerson) return true;
  return false;
}

void Coreference::DropNamesakes(const std::vector<Token>& t, std::vector<Mention>* ms) {
  // "James Cameron": the mention finder left a listed surname after a first
  // name of another initial uncovered; the document's surname is his from now
  for (size_t k = 1; k < t.size(); ++k) {
    if (!t[k].capitalized || !t[k - 1].capitalized) continue;  // (most words: no scan)
    if (!BareName(t, *ms, k) || !BareName(t, *ms, k - 1)) continue;
    const TokenWord& first = t[k - 1].lower;
    if (lex_.IsTitlePrefix(first) || lex_.InSet("honorifics", first)) continue;
    if (ListedSurname(std::string_view(t[k].lower))) namesakes_.insert(std::string(std::string_view(t[k].lower)));
  }
  auto other_person = [&](const Mention& m) {
    if (m.kind != MentionKind::kActor || m.type != NodeType::kPerson || m.actor < 0 ||
        m.last != m.first + 1)
      return false;
    if (!namesakes_.empty() && namesakes_.count(std::string(std::string_view(t[m.first].lower))))
      return true;
    // "Parks, Blair; Jacobsen, Ford": a surname between bare names in a list
    size_t k = m.first;
    return k >= 2 && k + 2 < t.size() && ListComma(t[k - 1]) && ListComma(t[k + 1]) &&
           BareName(t, *ms, k - 2) && BareName(t, *ms, k + 2);
  };
  // (decided for all before any is removed: the test reads the mentions)
  std::vector<bool>& drop = covered_;
  drop.assign(ms->size(), false);
  bool any = false;
  for (size_t i = 0; i < ms->size(); ++i) any |= (drop[i] = other_person((*ms)[i]));
  if (!any) return;
  size_t kept = 0;
  for (size_t i = 0; i < ms->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*ms)[kept] = std::move((*ms)[i]);
    ++kept;
  }
  ms->resize(kept);
}

void Coreference::AddSurnameMentions(const std::vector<Token>& t, std::vector<Mention>* ms) {
  if (surname_keys_ == 0) return;  // no person on no list named yet
  std::vector<bool>& covered = covered_;  // reused from sentence to sentence
  covered.assign(t.size(), false);
  for (const Mention& m : *ms)
    for (uint32_t k = m.first; k < m.last && k < t.size(); ++k) covered[k] = true;
  bool added = false;
  std::string& key = key_;
  for (size_t k = 0; k < t.size(); ++k) {
    if (!t[k].capitalized || !t[k].word || covered[k]) continue;
    // (most capitalised words are no surname named before: two bit tests say so)
    const TokenWord& w = t[k].lower;
    if (!(surname_sizes_ & SizeBit(w.size())) || !(surname_firsts_ & FirstBit(w[0]))) continue;
    key.assign("s:");
    key += t[k].lower;
    auto it = by_key_.find(key);
    if (it == by_key_.end()) continue;
    Mention m;
    m.first = static_cast<uint32_t>(k);
    m.last = static_cast<uint32_t>(k + 1);
    m.kind = MentionKind::kActor;
    m.type = NodeType::kPerson;
    m.surface = std::string(t[k].text);
    m.name = m.surface;
    m.possessive = k + 1 < t.size() && t[k + 1].lower == "'s";
    ms->push_back(std::move(m));
    added = true;
  }
  if (added)
    std::sort(ms->begin(), ms->end(), [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace kg::ingest
