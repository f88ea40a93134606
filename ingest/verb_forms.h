// Verb inflection for the lexicon's word lists: WordNet's verb lemmas and
// its list of irregular forms (embedded at build time) plus English's regular
// endings, so that a list naming one form of a verb ("journeyed") can match
// the others ("journey", "journeys", "journeying"). Used only while the
// lexicon loads.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

namespace kg::ingest {

// Thread safety: immutable after construction; safe to share across threads.
class VerbForms {
 public:
  // `lemmas`: the base forms WordNet knows as verbs. `exceptions`: pairs of
  // an irregular form and its lemma ("went", "go"), including the doubled
  // consonants of regular verbs ("stopped", "stop"). `nouns`: forms that are
  // also nouns ("meeting", "visits"), which Expand never adds.
  VerbForms(std::vector<std::string> lemmas,
            std::vector<std::pair<std::string, std::string>> exceptions,
            std::vector<std::string> nouns = {});
  // The lemmas `word` (lower case) can be a form of: itself when it is a
  // lemma, then those the irregular list gives or, when it has none, the
  // stems left by removing a regular ending that are lemmas. Empty for a
  // word that is no verb form ("due", "supplier").
  std::vector<std::string> Lemmas(std::string_view word) const;
  // The forms of `lemma`: itself, the third person singular, the past tense
  // and participle, the -ing form. Irregular forms replace the regular
  // ending they stand for. A one-syllable lemma ending consonant, vowel,
  // consonant that the irregular list does not cover gets no -ed or -ing
  // form, since it may double its last letter ("set" -> "setting").
  std::vector<std::string> Forms(std::string_view lemma) const;
  // `word` itself, then the inflected forms of its lemmas, except bare
  // lemmas and forms that are also nouns: those read as infinitives or noun
  // phrases ("to come", "the host", "a meeting") more often than as the
  // verb a list means. A phrase inflects its first word ("handed over" ->
  // "hands over", ...).
  std::vector<std::string> Expand(std::string_view word) const;

 private:
  std::unordered_set<std::string> lemmas_;
  std::unordered_set<std::string> nouns_;
  std::unordered_map<std::string, std::vector<std::string>> lemmas_of_form_;  // irregular form -> lemmas
  std::unordered_map<std::string, std::vector<std::string>> forms_of_lemma_;  // lemma -> irregular forms
};

}  // namespace kg::ingest
