// The mention finder's class, shared by its files: mention_finder.cc
// (gazetteer, named agreements and the passes over the mentions found),
// mention_finder_descriptions.cc (pronouns, groups and descriptions),
// mention_finder_names.cc and mention_finder_people.cc (people from titles
// and appositions, and people on no list where a reader takes a name for a
// person; mention_finder_shapes.cc for the shapes of names on no list)
// and mention_finder_places.cc (places on no list).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/mention.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

constexpr size_t kMaxNameTokens = 6;

inline bool IsNameParticle(std::string_view w) {
  return w == "bin" || w == "al" || w == "de" || w == "da" || w == "von" || w == "der" ||
         w == "van" || w == "la" || w == "le" || w == "ibn" || w == "el" || w == "du";
}

// Thread safety: not thread-safe; one per sentence.
class MentionFinder {
 public:
  MentionFinder(const std::vector<Token>& t, const Lexicon& lex)
      : t_(t), lex_(lex), memo_(t.size()) {}

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
  bool InLongerName(size_t b, size_t e) const;
  int CountryBeforePlaceNoun(size_t noun) const;
  int CountryAfterPlace(size_t comma) const;
  void UnlistedPlaces();
  void PlaceHomonyms();
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
    enum : uint8_t { kMatch = 1, kTitle = 2, kName = 4, kShape = 8 };
    uint8_t known = 0;  // which of the answers below are filled
    bool name_token = false;
    bool name_shape = false;
    uint32_t title_end = 0;
    std::string_view title_role;  // into the Lexicon
    Match match;
  };
  mutable std::vector<TokenMemo> memo_;
  mutable int8_t about_sport_ = -1;  // AboutSport(), once asked
};

}  // namespace kg::ingest
