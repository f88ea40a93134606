// The mention finder's class, shared by its files: mention_finder.cc
// (gazetteer, named agreements and the passes over the mentions found),
// mention_finder_descriptions.cc (pronouns, groups and descriptions),
// mention_finder_names.cc and mention_finder_people.cc (people from titles
// and appositions, and people on no list where a reader takes a name for a
// person; mention_finder_shapes.cc for the shapes of names on no list)
// and mention_finder_places.cc (places on no list); mention_finder_classes.cc
// classifies the tokens so that each pass is tried only where it can match.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/mention.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

constexpr size_t kMaxNameTokens = 6;

// The bytes of a word of up to four bytes as one number, so that a switch
// can test a short word against many at once.
constexpr uint32_t WordCode(std::string_view w) {
  uint32_t v = 0;
  for (size_t k = w.size(); k-- > 0;) v = v << 8 | static_cast<uint8_t>(w[k]);
  return v;
}

inline bool IsNameParticle(std::string_view w) {
  if (w.size() < 2 || w.size() > 3) return false;
  switch (WordCode(w)) {
    case WordCode("bin"): case WordCode("al"): case WordCode("de"): case WordCode("da"):
    case WordCode("von"): case WordCode("der"): case WordCode("van"): case WordCode("la"):
    case WordCode("le"): case WordCode("ibn"): case WordCode("el"): case WordCode("du"):
      return true;
    default:
      return false;
  }
}

// A word a pronoun, group or description can start with (PronounOrDescription
// starts on no other word but a title's).
bool IsReferringWord(std::string_view w);

// Thread safety: not thread-safe; one per sentence.
class MentionFinder {
 public:
  // Buffers one thread's finders reuse from sentence to sentence, so that a
  // sentence allocates no per-token tables (defined below).
  struct Scratch;

  // REQUIRES: no other MentionFinder uses `scratch` while this one lives.
  MentionFinder(const std::vector<Token>& t, const Lexicon& lex, Scratch* scratch);

  // Mentions in token order, not overlapping.
  std::vector<Mention> Run();

 private:
  struct Match {
    size_t end = 0;
    const GazetteerEntry* entry = nullptr;
  };

  // mention_finder.cc
  bool CaseOk(const GazetteerEntry& e, size_t b, size_t end) const;
  Match LongestMatch(size_t i) const;
  Match LongestMatchUncached(size_t i) const;
  Mention FromEntry(const GazetteerEntry& e, size_t b, size_t end) const;
  size_t Gazetteer(size_t i);
  size_t ExtendAgreement(Mention* m);
  bool CapHead(size_t k) const;
  size_t PatternAgreement(size_t i);
  bool AndInName(size_t k) const;
  bool InInName(size_t k, size_t b) const;  // "Forces in Europe"
  size_t LowerHeadAgreement(size_t i, size_t b, size_t run_end);
  void PossessiveInstitutions();
  void SportsTeams();
  void LeaderGovernments();
  void AdjectiveActors();
  void MarkPossessive(Mention* m) const;
  std::string Surface(size_t b, size_t e) const;
  // A mention of tokens [b, e) named as written.
  Mention Span(size_t b, size_t e, MentionKind kind, graph::NodeType type) const;

  // mention_finder_bodies.cc
  size_t UnlistedBody(size_t i);
  size_t BodyRunEnd(size_t b) const;
  bool BodyListComma(size_t k) const;

  // mention_finder_descriptions.cc
  size_t PronounOrDescription(size_t i);
  size_t CounterpartDescription(size_t i);
  size_t AgeDescription(size_t i);
  size_t VisitDescription(size_t i);
  size_t GroupDescription(size_t i);

  // mention_finder_places.cc
  size_t StateDescriptionEnd(size_t i) const;

  // mention_finder_people.cc
  size_t TitleAt(size_t i, std::string* role) const;
  size_t TitleEnd(size_t i, std::string_view* role) const;
  bool NameToken(size_t k) const;
  bool NameTokenUncached(size_t k) const;
  size_t NameAt(size_t j, Mention* m) const;
  bool NameShapeToken(size_t k) const;
  bool NameShapeTokenUncached(size_t k) const;
  size_t NameShapeEnd(size_t k) const;
  // "Ferdinand \"Bongbong\" Marcos", "Pushpa Kamal Dahal 'Prachanda'": end
  // of a quoted nickname of one or two name words at k, or k.
  size_t NicknameEnd(size_t k) const;
  // A person's name over [b, e): the text without a quoted nickname.
  std::string PersonName(size_t b, size_t e) const;
  size_t NameShapeEndUncached(size_t k) const;
  bool HonorificToken(size_t k) const;
  bool DescriptionModifier(size_t k) const;
  bool WhoOrAgeAfter(size_t e) const;
  size_t AppositiveNameEnd(size_t comma) const;
  size_t SkipPlaceAfterTitle(size_t title_end) const;
  Mention NamedPerson(size_t b, size_t e) const;
  void ApposedTitles();
  int Affiliation(size_t title_start) const;
  size_t Person(size_t i);
  size_t AppositionPerson(size_t i);
  size_t RelatedPerson(size_t i);
  void CoordinatedPersons();
  void AddSorted(std::vector<Mention> found);
  void NamesInActorPositions();
  bool PersonPronounBefore(size_t k) const;
  bool PersonPronounAfter(size_t e) const;
  bool ReceivedOrLeading(size_t k) const;
  bool AfterPluralTitle(size_t k) const;
  bool ClauseOpens(size_t k) const;
  bool ActsAfter(size_t e) const;
  bool ParentheticalActs(size_t e, const std::vector<int>& owner) const;

  // mention_finder_shapes.cc
  size_t OfCountryEnd(size_t k) const;
  size_t OfCountryPerson(size_t i);
  void OfCountries();
  bool SpeaksOfSelf(size_t e) const;
  size_t CopulaTitle(size_t e, std::string* role, int* country) const;
  bool TripPossessor(size_t e) const;
  bool TripAfterVerb(size_t e) const;
  bool AboutSport() const;

  // mention_finder_places.cc
  int CountryAt(size_t k) const;
  size_t UnlistedPlaceEnd(size_t k) const;
  bool ForeignFirstName(size_t k) const;
  bool InLongerName(size_t b, size_t e) const;
  bool PlaceContext(size_t b, size_t e) const;
  bool FacilityAt(size_t k) const;
  int CountryBeforePlaceNoun(size_t noun) const;
  int CountryAfterPlace(size_t comma) const;
  void UnlistedPlaces();
  void PlaceHomonyms();
  void QualifiedPlaces();
  int PlaceAt(size_t k) const;
  int CountryByDirection(size_t comma) const;
  void WidenDescribedPlaces();

  const std::vector<Token>& t_;
  const Lexicon& lex_;
  std::vector<Mention> out_;
  // The passes over a sentence ask the same pure questions about a token
  // many times (is it a name word, which gazetteer phrase or title starts
  // here), so each answer is kept per token once computed.
  struct TokenMemo {
    enum : uint8_t { kMatch = 1, kTitle = 2, kName = 4, kShape = 8, kShapeEnd = 16 };
    uint8_t known = 0;  // which of the answers below are filled
    uint16_t cls = 0;   // TokenClass bits, set by ClassifyTokens
    bool name_token = false;
    bool name_shape = false;
    uint32_t title_end = 0;
    uint32_t shape_end = 0;  // NameShapeEnd
    std::string_view title_role;  // into the Lexicon
    Match match;
  };
  std::vector<TokenMemo>& memo_;  // in the Scratch

 public:
  struct Scratch {
    std::vector<TokenMemo> memo;
    std::vector<int> owner;
    // The classes of the words that have one (WordClass), by
    // word id in the Lexicon `classes_of` (every other id up to the end has
    // none), and those of such words the Lexicon lists nowhere (no id).
    const Lexicon* classes_of = nullptr;
    std::vector<uint16_t> class_by_id;
    std::vector<std::pair<std::string_view, uint16_t>> unlisted;
  };

 private:
  // The index in out_ of the mention covering each token, or -1 (kept in
  // the Scratch; valid until the next call).
  std::vector<int>& Owners();
  std::vector<int>& owner_;
  // What a pass needs of its first token, tested before the pass is tried:
  // most tokens are lower-case words no pass starts on. Also the word lists
  // the name questions ask about. Set by ClassifyTokens, first thing in Run.
  enum TokenClass : uint16_t {
    kCapWord = 1,      // a capitalised word: names, gazetteer phrases, agreements
    kTitleStart = 2,   // a word some title phrase starts with
    kDigitWord = 4,    // a word starting with a digit ("10 Downing Street")
    kReferring = 8,    // a pronoun or a word a group or description starts with
    kPossessor = 16,   // "'s", "his", "her", "their": before a relational head
    kLowerWord = 32,   // a word not capitalised
    kAgreementWord = 64,  // in agreement_heads or named_lower_heads
    kStateHead = 128,     // in state_description_heads ("kingdom", "nation")
    kNameStop = 256,      // no name word: subordinators, weekdays, months, sentence_starters
    kShapeStop = 512,     // in no name shape: non_name_words, agreement_heads, titles_in_name
    kHonorificWord = 1024,  // honorifics, titles_in_name
    kBodyHead = 2048,       // in body_heads ("Alliance", "Forum", "Bank")
  };
  void ClassifyTokens();
  void IndexWordClasses();
  // The TokenClass bits a word has by itself (all but the first three and
  // kLowerWord): a table read for a word
  // with an id.
  uint16_t WordClass(const TokenWord& w) const {
    if (w.id < scratch_.class_by_id.size()) return scratch_.class_by_id[w.id];
    if (w.id < TokenWord::kNotListed) return 0;
    if (w.id == TokenWord::kUnknown) return WordClassByText(w);  // never identified
    for (const auto& [word, c] : scratch_.unlisted)  // on no list: one of these or none
      if (w.size() == word.size() && std::string_view(w) == word) return c;
    return 0;
  }
  uint16_t WordClassByText(std::string_view w) const;
  Scratch& scratch_;
  uint16_t sentence_classes_ = 0;  // every token's TokenClass bits, or-ed
  uint16_t Class(size_t k) const { return memo_[k].cls; }
  mutable int8_t about_sport_ = -1;  // AboutSport(), once asked
};

}  // namespace kg::ingest
