#include "ingest/verb_forms.h"

#include <algorithm>

namespace kg::ingest {
namespace {

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

std::string Stem(std::string_view word, size_t cut, std::string_view add = {}) {
  return std::string(word.substr(0, word.size() - cut)) + std::string(add);
}

// Stems a regular ending may have been added to; the caller keeps those that
// are lemmas ("journeyed" -> "journey", "journeye"; "leaving" -> "leav", "leave").
std::vector<std::string> RegularStems(std::string_view w) {
  std::vector<std::string> out;
  if (EndsWith(w, "ies")) out.push_back(Stem(w, 3, "y"));
  if (EndsWith(w, "es")) out.push_back(Stem(w, 2));
  if (EndsWith(w, "s") && !EndsWith(w, "ss")) out.push_back(Stem(w, 1));
  if (EndsWith(w, "ied")) out.push_back(Stem(w, 3, "y"));
  if (EndsWith(w, "ed")) out.push_back(Stem(w, 2));
  if (EndsWith(w, "ed")) out.push_back(Stem(w, 1));
  if (EndsWith(w, "ing")) out.push_back(Stem(w, 3));
  if (EndsWith(w, "ing")) out.push_back(Stem(w, 3, "e"));
  return out;
}

// "set", "ship", "plan": English doubles the last consonant of such a verb
// (when stressed) and WordNet records no stress, so the regular ending is
// not guessed.
bool MayDouble(std::string_view lemma) {
  size_t n = lemma.size();
  if (n < 3) return false;
  char last = lemma[n - 1];
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  if (!IsVowel(lemma[n - 2]) || IsVowel(lemma[n - 3])) return false;
  size_t groups = 0;
  for (size_t i = 0; i < n; ++i) groups += IsVowel(lemma[i]) && (i == 0 || !IsVowel(lemma[i - 1]));
  return groups == 1;
}

std::string ThirdPerson(std::string_view l) {
  char last = l.back(), before = l.size() > 1 ? l[l.size() - 2] : 'a';
  if (last == 's' || last == 'x' || last == 'z' || EndsWith(l, "ch") || EndsWith(l, "sh") ||
      (last == 'o' && !IsVowel(before)))
    return std::string(l) + "es";
  if (last == 'y' && !IsVowel(before)) return Stem(l, 1, "ies");
  return std::string(l) + "s";
}

std::string Past(std::string_view l) {
  char before = l.size() > 1 ? l[l.size() - 2] : 'a';
  if (l.back() == 'e') return std::string(l) + "d";
  if (l.back() == 'y' && !IsVowel(before)) return Stem(l, 1, "ied");
  return std::string(l) + "ed";
}

std::string Progressive(std::string_view l) {
  if (EndsWith(l, "ie")) return Stem(l, 2, "ying");
  if (l.back() == 'e' && !EndsWith(l, "ee") && !EndsWith(l, "oe") && !EndsWith(l, "ye"))
    return Stem(l, 1, "ing");
  return std::string(l) + "ing";
}

void AddUnique(std::vector<std::string>* out, std::string s) {
  if (std::find(out->begin(), out->end(), s) == out->end()) out->push_back(std::move(s));
}

}  // namespace

namespace {

std::vector<std::string_view> Words(std::string_view text) {
  std::vector<std::string_view> out;
  size_t begin = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != ' ' && text[i] != '\n') continue;
    if (i > begin) out.push_back(text.substr(begin, i - begin));
    begin = i + 1;
  }
  return out;
}

// The generator writes its lists in byte order, so this is mostly a check.
template <typename T>
void SortUnique(std::vector<T>* v) {
  if (!std::is_sorted(v->begin(), v->end())) std::sort(v->begin(), v->end());
  v->erase(std::unique(v->begin(), v->end()), v->end());
}

}  // namespace

VerbForms::VerbForms(std::string_view lemmas, std::string_view irregular, std::string_view nouns) {
  auto text = std::make_unique<std::string>();
  text->reserve(lemmas.size() + irregular.size() + nouns.size() + 2);
  text->append(lemmas).append("\n").append(irregular).append("\n").append(nouns);
  std::string_view all(*text);
  lemmas_ = Words(all.substr(0, lemmas.size()));
  std::vector<std::string_view> pairs = Words(all.substr(lemmas.size() + 1, irregular.size()));
  nouns_ = Words(all.substr(lemmas.size() + irregular.size() + 2));
  for (size_t i = 0; i + 1 < pairs.size(); i += 2) {
    if (pairs[i] == pairs[i + 1]) continue;
    by_form_.emplace_back(pairs[i], pairs[i + 1]);
    by_lemma_.emplace_back(pairs[i + 1], pairs[i]);
  }
  SortUnique(&lemmas_);
  SortUnique(&nouns_);
  SortUnique(&by_form_);
  SortUnique(&by_lemma_);
  text_ = std::move(text);
}

bool VerbForms::IsLemma(std::string_view w) const {
  return std::binary_search(lemmas_.begin(), lemmas_.end(), w);
}

bool VerbForms::IsNoun(std::string_view w) const {
  return std::binary_search(nouns_.begin(), nouns_.end(), w);
}

std::vector<std::string> VerbForms::Lemmas(std::string_view word) const {
  std::vector<std::string> out;
  if (IsLemma(word)) out.emplace_back(word);
  auto it = std::lower_bound(by_form_.begin(), by_form_.end(), Pair(word, {}));
  if (it != by_form_.end() && it->first == word) {
    // The exception list is the better guide: "putting" is "put", not "putt".
    for (; it != by_form_.end() && it->first == word; ++it) AddUnique(&out, std::string(it->second));
    return out;
  }
  for (auto& stem : RegularStems(word))
    if (IsLemma(stem)) AddUnique(&out, std::move(stem));
  return out;
}

std::vector<std::string> VerbForms::Forms(std::string_view lemma) const {
  std::vector<std::string> out{std::string(lemma)};
  if (lemma.empty()) return out;
  bool irregular_third = false, irregular_past = false, irregular_ing = false;
  for (auto it = std::lower_bound(by_lemma_.begin(), by_lemma_.end(), Pair(lemma, {}));
       it != by_lemma_.end() && it->first == lemma; ++it) {
    std::string_view f = it->second;
    bool ing = EndsWith(f, "ing");
    bool third = !ing && EndsWith(f, "s") && !EndsWith(f, "ss");  // "has", "does"
    irregular_ing |= ing;
    irregular_third |= third;
    irregular_past |= !ing && !third;
    AddUnique(&out, std::string(f));
  }
  if (!irregular_third) AddUnique(&out, ThirdPerson(lemma));
  bool guess = !MayDouble(lemma);
  if (!irregular_past && guess) AddUnique(&out, Past(lemma));
  if (!irregular_ing && guess) AddUnique(&out, Progressive(lemma));
  return out;
}

std::vector<std::string> VerbForms::Expand(std::string_view word) const {
  size_t space = word.find(' ');
  std::string_view head = word.substr(0, space);
  std::string rest = space == std::string_view::npos ? "" : std::string(word.substr(space));
  std::vector<std::string> out{std::string(word)};
  for (const auto& lemma : Lemmas(head)) {
    std::vector<std::string> forms = Forms(lemma);
    for (size_t i = 1; i < forms.size(); ++i)
      if (!IsNoun(forms[i])) AddUnique(&out, forms[i] + rest);
  }
  return out;
}

}  // namespace kg::ingest
