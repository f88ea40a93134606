// Lexicon: the dictionaries the extractor matches against, parsed once from
// the embedded JSON. A gazetteer of actor names (countries with their short
// forms, adjectives, capitals and cities; organisations; well-known people;
// named agreements) keyed by lower-case token phrases, and the word lists of
// the clause rules (titles, triggers, modality cues, furniture markers).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "ingest/string_table.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

class VerbForms;

// Hash for string-keyed maps that look up by string_view without a copy.
struct StringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringHash, std::equal_to<>>;
using StringSet = std::unordered_set<std::string, StringHash, std::equal_to<>>;

// What a gazetteer phrase names.
enum class EntryKind : uint8_t {
  kName,       // the actor itself ("Russia", "U.S.", "NATO", "Vladimir Putin")
  kMetonym,    // a seat of government standing for a country ("the Kremlin")
  kAdjective,  // a demonym or adjective ("Russian", "Western")
  kCity,       // a city: resolves to its country for visits
};

// A dictionary actor.
struct ActorInfo {
  std::string name;  // canonical name
  graph::NodeType type = graph::NodeType::kOther;
  int country = -1;   // people: index of their country/organisation actor; bodies: of their seat's country
  std::string role;   // people: leader / minister / spokesperson / member
  std::string title;  // people: the title news gives them, lower case ("crown prince"), or ""
  int sovereign = -1; // countries: for a dependency ("Greenland", "Puerto Rico"), its sovereign's index
};

struct GazetteerEntry {
  EntryKind kind = EntryKind::kName;
  int actor = -1;          // index into Lexicon::actors()
  bool exact_case = false; // short all-capital forms ("US", "UN") match only as written
  std::string surface;     // the phrase as listed
  // a place from WordNet's gazetteer: yields to a longer name of no list
  // around it ("Juan Manuel Santos", "the Jakarta Post")
  bool open_name = false;
  // a place from libgweather's gazetteer: a place only where the words
  // around it make it one ("in Harbin", "the port of Gdynia", "Kamloops,
  // British Columbia"), since many are also surnames ("Staunton")
  bool needs_context = false;
};

// Relation trigger lists, all lower case.
struct RelationWords {
  StringSet verbs;
  StringMap<std::string> verbs_prep;  // verb -> required preposition
  StringSet nouns;
  StringSet noun_preps;
  StringSet objects;  // suspended: what can be suspended
  StringSet arms;                           // supplies_arms_to: arms words/phrases (keys)
  StringSet arms_prefixes;                  // token prefixes of the arms phrases

  // Is the token one of the verbs, verbs_prep keys or nouns? The same as
  // count() on the token's text, but a bit test once IdentifyWords has given
  // the token its id (every one-word entry has one).
  bool IsVerb(const TokenWord& w) const { return Has(verbs, verb_bits, w); }
  bool IsPrepVerb(const TokenWord& w) const { return Has(verbs_prep, prep_verb_bits, w); }
  bool IsNoun(const TokenWord& w) const { return Has(nouns, noun_bits, w); }
  // The one-word entries above by word id (filled by the Lexicon).
  std::vector<uint64_t> verb_bits, prep_verb_bits, noun_bits;

 private:
  template <typename Set>
  static bool Has(const Set& set, const std::vector<uint64_t>& bits, const TokenWord& w) {
    if (w.id == TokenWord::kNotListed) return false;
    if (w.id == TokenWord::kUnknown || bits.empty()) return set.count(w) > 0;
    return (bits[w.id >> 6] >> (w.id & 63)) & 1;
  }
};

// Thread safety: immutable after construction; safe to share across threads.
class Lexicon {
 public:
  // The lexicon built from the embedded dictionaries. Aborts with a message
  // if they are malformed (a build defect, caught by the tests).
  static const Lexicon& Default();
  // Builds a lexicon from the embedded data; Corruption on malformed JSON.
  static Result<Lexicon> Load();

  // The entries of a phrase key (lower-case tokens joined by one space);
  // nullptr when none.
  const std::vector<GazetteerEntry>* Find(std::string_view key) const;
  size_t max_phrase_tokens() const { return max_phrase_tokens_; }
  // The gazetteer as a trie of lower-case tokens, for matchers that extend a
  // phrase one token at a time. Start at WordTrie::kRoot; PhraseStep returns
  // WordTrie::kNone when no phrase key continues with `token`, and
  // PhraseEntriesAt the entries of the phrase ending at `node` (nullptr when
  // it is only a prefix). Pointers live as long as the Lexicon.
  uint32_t PhraseStep(uint32_t node, std::string_view token) const {
    return phrase_trie_.Child(node, token);
  }
  // The same for an identified token: every phrase word has a word id, so a
  // token on no list stops at once, and a step is an array read (from the
  // root) or a scan of a node's few children, with no hash of the text.
  uint32_t PhraseStep(uint32_t node, const TokenWord& token) const {
    if (token.id == TokenWord::kUnknown) return PhraseStep(node, std::string_view(token));
    if (token.id == TokenWord::kNotListed) return WordTrie::kNone;
    return PhraseStepById(node, token.id);
  }
  const std::vector<GazetteerEntry>* PhraseEntriesAt(uint32_t node) const {
    uint32_t index = phrase_of_node_[node];
    return index == StringTable::kNotFound ? nullptr : &phrase_entries_[index];
  }
  // True when some title phrase starts with `key` followed by a space or
  // ends there: lets matchers stop early.
  bool IsTitlePrefix(std::string_view key) const { return title_prefixes_.Contains(key); }
  // The same for one token: a bit test once the token is identified.
  bool IsTitlePrefix(const TokenWord& w) const {
    if (w.id == TokenWord::kUnknown) return IsTitlePrefix(std::string_view(w));
    return w.id != TokenWord::kNotListed && HasBit(title_start_bits_, w.id);
  }
  const std::vector<ActorInfo>& actors() const { return actors_; }
  // The country a listed country's name (a phrase key) also names a place
  // of ("georgia": the United States), or -1.
  int PlaceHomonym(std::string_view key) const {
    auto it = place_homonyms_.find(key);
    return it == place_homonyms_.end() ? -1 : it->second;
  }
  // Index of the actor with this canonical name, or -1.
  int ActorByName(std::string_view name) const;
  // The country whose soil `actor` is: its sovereign for a dependency
  // ("Greenland": Denmark), else `actor` itself (also -1 for -1).
  int Soil(int actor) const {
    return actor >= 0 && actors_[actor].sovereign >= 0 ? actors_[actor].sovereign : actor;
  }

  // Title phrase -> role ("foreign minister" -> "minister"); empty if none.
  std::string_view TitleRole(std::string_view phrase) const;
  std::string_view TitleRole(const TokenWord& w) const {
    return IsTitlePrefix(w) ? TitleRole(std::string_view(w)) : std::string_view();
  }
  size_t max_title_tokens() const { return max_title_tokens_; }
  bool InSet(std::string_view set, std::string_view word) const;
  // Is the word in the named WordNet class ("classes" of
  // data/wordnet_classes.json, e.g. "located_nouns")? These classes are
  // large, so their words get no word ids (the per-token tables stay small)
  // and are looked up by text; InSet does not see them.
  bool InClass(std::string_view cls, std::string_view word) const;
  // As above for a token's text; an array look-up once IdentifyWords has
  // given the token its id.
  bool InSet(std::string_view set, const TokenWord& word) const {
    // A word on no list is in none, whichever list is named: most tokens
    // stop here, before the list is looked up by its name.
    if (word.id == TokenWord::kNotListed) return false;
    if (word.id == TokenWord::kUnknown) return InSet(set, std::string_view(word));
    const WordSet* s = SetNamed(set);
    return s && HasBit(s->bits, word.id);
  }
  // Gives each token the id of its lower-case text in the table of every
  // single word the word lists, trigger lists and gazetteer phrases hold
  // (TokenWord::kNotListed for any other). Only a speed-up: every check
  // answers the same without it.
  void IdentifyWords(std::vector<Token>* tokens) const;
  const RelationWords& relation(std::string_view name) const;
  // Any word that can trigger one of the relation rules (verbs, nouns, the
  // first word of a two-word verb).
  bool IsTriggerWord(std::string_view w) const { return trigger_words_.Contains(w); }
  bool IsTriggerWord(const TokenWord& w) const {
    if (w.id == TokenWord::kUnknown) return IsTriggerWord(std::string_view(w));
    return w.id != TokenWord::kNotListed && HasBit(trigger_bits_, w.id);
  }
  const std::vector<std::string>& List(std::string_view name) const;
  // True when some arms phrase of supplies_arms_to starts with this token
  // (a bit test once the token is identified).
  bool IsArmsStart(const TokenWord& w) const {
    if (w.id == TokenWord::kUnknown) return relation("supplies_arms_to").arms_prefixes.count(w) > 0;
    return w.id != TokenWord::kNotListed && HasBit(arms_start_bits_, w.id);
  }

 private:
  Status LoadCountries();
  Status LoadOrganizations();
  Status LoadPeople();
  Status LoadAgreements();
  // lexicon_places.cc
  Status LoadWordnetPlaces();
  Status LoadGweatherPlaces();
  Status LoadWordLists(const VerbForms& verbs);
  using VerbClasses = std::vector<std::pair<std::string, std::vector<std::string>>>;
  void AddTransferVerbs(const VerbForms& verbs, const VerbClasses& classes);
  void NumberWords();
  // A word list: its entries, and for the single words among them a bit per
  // word id.
  struct WordSet {
    StringTable entries;
    std::vector<uint64_t> bits;
  };
  static bool HasBit(const std::vector<uint64_t>& bits, uint32_t id) {
    return (bits[id >> 6] >> (id & 63)) & 1;
  }
  std::vector<uint64_t> BitsOf(const StringTable& entries) const;
  void IndexPhraseWords();
  void IndexShortWords();
  uint32_t FindWord(std::string_view w) const;
  uint32_t PhraseStepById(uint32_t node, uint32_t id) const;

  // The rules name lists with string literals, about a million times per
  // three megabytes of news: each thread remembers which list a literal's
  // address named, in a slot picked by that address, so the common case is
  // inline and hashes no name (SetNamedSlow fills the slot).
  struct SetSlot {
    const Lexicon* owner;
    const char* name;
    size_t size;
    const WordSet* set;
  };
  static constexpr size_t kSetSlots = 512;  // about a hundred names are used
  inline static thread_local SetSlot set_slots_[kSetSlots] = {};
  const WordSet* SetNamed(std::string_view name) const {
    auto a = reinterpret_cast<uintptr_t>(name.data());
    SetSlot& slot = set_slots_[(a ^ (a >> 9)) & (kSetSlots - 1)];
    if (slot.owner == this && slot.name == name.data() && slot.size == name.size()) return slot.set;
    return SetNamedSlow(name, &slot);
  }
  const WordSet* SetNamedSlow(std::string_view name, SetSlot* slot) const;
  int AddActor(ActorInfo info);
  void AddPhrase(std::string_view phrase, EntryKind kind, int actor, bool open_name = false,
                 bool needs_context = false);

  std::vector<ActorInfo> actors_;
  StringMap<int> actor_by_name_;
  // The matchers probe these tables for nearly every token, so they are flat
  // StringTables rather than node-based maps.
  StringTable phrase_keys_;                               // phrase key -> index below
  std::vector<std::vector<GazetteerEntry>> phrase_entries_;
  WordTrie phrase_trie_;                  // the phrase keys, token by token
  std::vector<uint32_t> phrase_of_node_;  // trie node -> index above, or kNotFound
  // phrase_trie_'s edges by word id: the root's children in an array indexed
  // by id (kNone where none), every other node's children in
  // phrase_children_[phrase_child_begin_[node], phrase_child_begin_[node + 1]).
  struct PhraseChild {
    uint32_t id;
    uint32_t node;
  };
  std::vector<uint32_t> phrase_root_by_id_;
  std::vector<uint32_t> phrase_child_begin_;
  std::vector<PhraseChild> phrase_children_;
  StringTable title_prefixes_;
  StringTable trigger_words_;
  size_t max_phrase_tokens_ = 1;
  StringTable title_keys_;               // title phrase -> index below
  std::vector<std::string> title_roles_;
  size_t max_title_tokens_ = 1;
  StringMap<WordSet> sets_;
  StringMap<StringTable> classes_;  // large WordNet classes, by text only
  // every single word of sets_, trigger_words_, title and arms prefixes, and
  // every word of a gazetteer phrase
  StringTable words_;
  // The words_ of at most sixteen bytes again, held in their slots (see
  // lexicon_words.cc): a token's id in one probe of one array.
  struct ShortWord {
    uint64_t a = 0, b = 0;
    uint32_t size = 0;  // 0: an empty slot
    uint32_t id = 0;
  };
  std::vector<ShortWord> short_words_;  // a power of two, at most a third full
  int short_word_bits_ = 0;
  std::vector<uint64_t> trigger_bits_;  // trigger_words_ by word id
  std::vector<uint64_t> title_start_bits_;  // one-word title_prefixes_ by word id
  std::vector<uint64_t> arms_start_bits_;   // one-word arms_prefixes by word id
  StringMap<std::vector<std::string>> lists_;
  StringMap<RelationWords> relations_;
  StringMap<int> place_homonyms_;  // lexicon_places.cc
};

// Lower-case key of a phrase as the tokenizer splits it ("Kim Jong-un" ->
// "kim jong-un", "Russia's" -> "russia 's").
std::string PhraseKey(std::string_view phrase);

}  // namespace kg::ingest
