// Coreference: gives every mention of one document its entity. Listed actors
// map to one entity each (all their surface forms become aliases); people on
// no list are merged by surname within the document ("Sergey Lavrov" ...
// "Lavrov") and named by the fullest form seen; "he"/"his" resolve to the
// last person, "it" to the last non-person subject, "its" to the nearest
// country or organisation; "the Russian leader" to the last person with that
// role and country. Titles give role edges (leader_of, minister_of,
// spokesperson_of, member_of). Fifth stage of the pipeline; holds the
// document's entity table, no I/O.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "ingest/lexicon.h"
#include "ingest/mention.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// A role edge found from a title: person -> country/organisation.
struct RoleFact {
  int person = -1;
  std::string relation;  // leader_of, minister_of, spokesperson_of, member_of
  int of = -1;
  uint32_t sentence = 0;
  uint32_t begin = 0, end = 0;  // byte span of the title phrase
};

// Thread safety: not thread-safe; one per document.
class Coreference {
 public:
  explicit Coreference(const Lexicon& lexicon) : lex_(lexicon) {}

  // Sets `entity` on each mention of one sentence (in document order), adding
  // mentions for bare surnames of people named earlier.
  void Resolve(uint32_t sentence, const std::vector<Token>& tokens, std::vector<Mention>* mentions);

  // The entity of a lexicon actor, created on first use.
  int ForActor(int actor);
  // An agreement on no list ("mutual defense agreement"), named `name`, with
  // `alias` as a surface form; becomes the document's last agreement.
  int AddAgreement(const std::string& name, const std::string& alias);
  // Something suspended that is not an agreement ("military cooperation").
  int AddThing(const std::string& name, const std::string& alias);
  // The last agreement mentioned so far, or -1.
  int last_agreement() const { return last_agreement_; }
  // Country (or organisation) entity of a person entity, or -1.
  int CountryOf(int entity) const;
  // Adds a surface form to an entity's aliases.
  void AddAlias(int entity, std::string_view alias);

  std::vector<graph::EntityRecord>& entities() { return entities_; }
  const std::vector<graph::EntityRecord>& entities() const { return entities_; }
  const std::vector<RoleFact>& roles() const { return roles_; }

 private:
  // The entity of `key`, made (named `name`) on first use.
  int Entity(const std::string& key, const std::string& name, graph::NodeType type);
  int NewEntity(const std::string& name, graph::NodeType type);
  void NoteShortNames(int person, const std::string& name);
  void AddSurnameMentions(const std::vector<Token>& tokens, std::vector<Mention>* mentions);
  // Removes mentions of a listed person that name a namesake or a player in
  // a team sheet (coreference_surnames.cc).
  void DropNamesakes(const std::vector<Token>& tokens, std::vector<Mention>* mentions);
  bool ListedSurname(std::string_view lower) const;
  void AddSurnameKey(std::string key, int person);
  // coreference_bodies.cc: bodies on no list named by the shape of their
  // name ("the Alliance of Sahel States (AES)"), and their acronyms later on
  int ResolveBody(const std::vector<Token>& tokens, const Mention& m);
  void AddAcronymMentions(const std::vector<Token>& tokens, std::vector<Mention>* mentions);
  static uint64_t SizeBit(size_t size) { return uint64_t{1} << (size < 63 ? size : 63); }
  static uint64_t FirstBit(char c) { return uint64_t{1} << (static_cast<unsigned char>(c) & 63); }
  int ResolvePerson(const Mention& m);
  int ResolvePronoun(const std::vector<Token>& tokens, const std::vector<Mention>& ms, size_t idx);
  // "have sent it", "sold it": the state of the sentence "it" stands for
  // after a verb, or -1 (coreference_objects.cc).
  int ResolveObjectIt(const std::vector<Token>& tokens, const std::vector<Mention>& ms,
                      size_t idx) const;
  void ResolveQuotedSpeakers(const std::vector<Token>& tokens, std::vector<Mention>* mentions);
  int ResolveDescription(const Mention& m, const std::vector<Mention>& ms);
  std::vector<int> ResolveGroup(const Mention& m) const;
  static std::string_view StateKind(std::string_view surface);
  void NoteNamedState(int state);
  void NoteRecent(const std::vector<Token>& tokens, const std::vector<Mention>& ms, size_t idx);
  void NoteAntecedentDistance(Mention* m) const;
  void NoteRole(uint32_t sentence, const std::vector<Token>& tokens,
                const std::vector<Mention>& ms, size_t idx);

  const Lexicon& lex_;
  std::vector<graph::EntityRecord> entities_;
  size_t surname_keys_ = 0;  // "s:" keys in by_key_
  // a bit for the length and for the first byte of each of those surnames
  // (SizeBit, FirstBit): a word with either bit clear is none of them
  uint64_t surname_sizes_ = 0, surname_firsts_ = 0;
  StringMap<int> by_key_;  // "s:<surname>", "p:<person>", "g:<agreement>", ... -> entity
  std::vector<std::pair<int, int>> actor_entities_;  // lexicon actor -> entity
  std::vector<bool> covered_;  // AddSurnameMentions' and DropNamesakes' tables, kept for the buffer
  std::set<std::string> namesakes_;  // listed surnames another first name took
  std::vector<std::pair<std::string, int>> acronyms_;  // "AES" -> body entity
  std::string key_;            // the same for its keys
  std::vector<int> country_of_;  // per entity
  std::vector<std::string> role_of_;
  std::vector<std::string> title_of_;  // "crown prince": the title a person was named with
  std::vector<int> named_at_;  // per entity: the sentence it was last named in by name, or -1
  std::vector<RoleFact> roles_;
  std::set<int> role_emitted_;  // people whose role edge is stated once already
  int last_person_ = -1;
  uint32_t sentence_ = 0;             // the sentence being resolved
  uint32_t last_person_sentence_ = 0;
  uint32_t last_thing_sentence_ = 0;
  int last_subject_person_ = -1;
  int last_subject_thing_ = -1;  // last non-person subject (country/organisation)
  int last_thing_ = -1;
  int last_agreement_ = -1;
  // For "they" and "the two leaders": people and states in order of last
  // mention, and the last pair (or list) joined by "and".
  std::vector<int> recent_people_, recent_states_;
  // every state named, also after a preposition ("a trip to China"), for
  // "the two governments" when too few were named as actors
  std::vector<int> named_states_;
  // the distinct states named so far in the sentence being resolved
  std::vector<int> sentence_states_;
  std::vector<int> chain_, last_group_;
  int last_state_ = -1;  // the last state named, wherever ("flew to Sudan")
  int last_place_state_ = -1;  // the country of the last place named ("in Kyiv")
  bool last_group_people_ = false;
  bool chain_subordinate_ = false;       // the chain opens inside "after ...", "while ..."
  bool last_group_subordinate_ = false;  // and so did the last group
  uint32_t last_group_sentence_ = 0;
  // the last group a description named ("the two governments"), for "they"
  std::vector<int> described_group_;
  uint32_t described_group_sentence_ = UINT32_MAX;
};

}  // namespace kg::ingest
