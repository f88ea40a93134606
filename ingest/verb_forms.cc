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

VerbForms::VerbForms(std::vector<std::string> lemmas,
                     std::vector<std::pair<std::string, std::string>> exceptions,
                     std::vector<std::string> nouns)
    : lemmas_(std::make_move_iterator(lemmas.begin()), std::make_move_iterator(lemmas.end())),
      nouns_(std::make_move_iterator(nouns.begin()), std::make_move_iterator(nouns.end())) {
  for (auto& [form, lemma] : exceptions) {
    if (form == lemma) continue;
    AddUnique(&forms_of_lemma_[lemma], form);
    AddUnique(&lemmas_of_form_[form], std::move(lemma));
  }
}

std::vector<std::string> VerbForms::Lemmas(std::string_view word) const {
  std::vector<std::string> out;
  std::string w(word);
  if (lemmas_.count(w)) out.push_back(w);
  auto irregular = lemmas_of_form_.find(w);
  if (irregular != lemmas_of_form_.end()) {
    // The exception list is the better guide: "putting" is "put", not "putt".
    for (const auto& l : irregular->second) AddUnique(&out, l);
    return out;
  }
  for (auto& stem : RegularStems(word))
    if (lemmas_.count(stem)) AddUnique(&out, std::move(stem));
  return out;
}

std::vector<std::string> VerbForms::Forms(std::string_view lemma) const {
  std::vector<std::string> out{std::string(lemma)};
  if (lemma.empty()) return out;
  bool irregular_third = false, irregular_past = false, irregular_ing = false;
  auto it = forms_of_lemma_.find(std::string(lemma));
  if (it != forms_of_lemma_.end()) {
    for (const auto& f : it->second) {
      bool ing = EndsWith(f, "ing");
      bool third = !ing && EndsWith(f, "s") && !EndsWith(f, "ss");  // "has", "does"
      irregular_ing |= ing;
      irregular_third |= third;
      irregular_past |= !ing && !third;
      AddUnique(&out, f);
    }
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
      if (!nouns_.count(forms[i])) AddUnique(&out, forms[i] + rest);
  }
  return out;
}

}  // namespace kg::ingest
