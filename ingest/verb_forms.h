// Verb inflection for the lexicon's word lists: WordNet's verb lemmas and
// its list of irregular forms (embedded at build time) plus English's regular
// endings, so that a list naming one form of a verb ("journeyed") can match
// the others ("journey", "journeys", "journeying"). Used only while the
// lexicon loads.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kg::ingest {

// Thread safety: immutable after construction; safe to share across threads.
class VerbForms {
 public:
  // Three lists of words separated by white space, as the WordNet generator
  // writes them: `lemmas`, the base forms WordNet knows as verbs;
  // `irregular`, pairs of an irregular form and its lemma ("went go"),
  // including the doubled consonants of regular verbs ("stopped stop");
  // `nouns`, forms that are also nouns ("meeting", "visits"), which Expand
  // never adds. The lists are copied once and searched in place, which keeps
  // the lexicon's start-up short.
  VerbForms(std::string_view lemmas, std::string_view irregular, std::string_view nouns);
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
  using Pair = std::pair<std::string_view, std::string_view>;
  bool IsLemma(std::string_view w) const;
  bool IsNoun(std::string_view w) const;

  std::unique_ptr<const std::string> text_;  // the three lists; the views point into it
  std::vector<std::string_view> lemmas_;     // sorted
  std::vector<std::string_view> nouns_;      // sorted
  std::vector<Pair> by_form_;                // (irregular form, lemma), sorted
  std::vector<Pair> by_lemma_;               // (lemma, irregular form), sorted
};

}  // namespace kg::ingest
