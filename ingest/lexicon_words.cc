// The Lexicon's word ids: numbering every single word its lists and
// gazetteer phrases hold, laying the gazetteer trie out by id, and giving
// the tokens of a sentence their ids (Lexicon::IdentifyWords).
#include "ingest/lexicon.h"

#include <array>
#include <cstring>

namespace kg::ingest {
namespace {

std::string_view KeyOf(const std::string& entry) { return entry; }
template <typename V>
std::string_view KeyOf(const std::pair<const std::string, V>& entry) {
  return entry.first;
}

}  // namespace

// Runs once every list is complete: numbers the single words of the word
// lists, trigger words, titles and arms phrases and the words of the
// gazetteer phrases, and gives each list a bit per word id.
void Lexicon::NumberWords() {
  auto add_words = [this](const StringTable& entries) {
    for (uint32_t i = 0; i < entries.size(); ++i)
      if (entries.key(i).find(' ') == std::string::npos) words_.Insert(entries.key(i));
  };
  for (const auto& [name, set] : sets_) add_words(set.entries);
  add_words(trigger_words_);
  add_words(title_prefixes_);
  StringTable arms_prefixes;
  for (const auto& [name, words] : relations_)
    if (name == "supplies_arms_to")
      for (const auto& p : words.arms_prefixes) arms_prefixes.Insert(p);
  add_words(arms_prefixes);
  for (uint32_t node = 1; node < phrase_trie_.size(); ++node) words_.Insert(phrase_trie_.word(node));
  IndexPhraseWords();
  IndexShortWords();
  for (auto& [name, set] : sets_) set.bits = BitsOf(set.entries);
  for (auto& [name, words] : relations_) {
    auto bits_of = [this](const auto& set) {
      StringTable entries;
      for (const auto& entry : set) entries.Insert(KeyOf(entry));
      return BitsOf(entries);
    };
    words.verb_bits = bits_of(words.verbs);
    words.prep_verb_bits = bits_of(words.verbs_prep);
    words.noun_bits = bits_of(words.nouns);
  }
  trigger_bits_ = BitsOf(trigger_words_);
  title_start_bits_ = BitsOf(title_prefixes_);
  arms_start_bits_ = BitsOf(arms_prefixes);
}

std::vector<uint64_t> Lexicon::BitsOf(const StringTable& entries) const {
  std::vector<uint64_t> bits(words_.size() / 64 + 1, 0);
  for (uint32_t i = 0; i < entries.size(); ++i) {
    uint32_t id = words_.Find(entries.key(i));
    if (id != StringTable::kNotFound) bits[id >> 6] |= uint64_t{1} << (id & 63);
  }
  return bits;
}

// Lays out phrase_trie_'s edges by word id (see PhraseStepById). REQUIRES:
// every phrase word is in words_.
void Lexicon::IndexPhraseWords() {
  const auto nodes = static_cast<uint32_t>(phrase_trie_.size());
  phrase_root_by_id_.assign(words_.size(), WordTrie::kNone);
  phrase_child_begin_.assign(nodes + 1, 0);
  for (uint32_t node = 1; node < nodes; ++node) {
    uint32_t parent = phrase_trie_.parent(node);
    if (parent != WordTrie::kRoot) ++phrase_child_begin_[parent + 1];
  }
  for (uint32_t node = 0; node < nodes; ++node)
    phrase_child_begin_[node + 1] += phrase_child_begin_[node];
  phrase_children_.resize(phrase_child_begin_[nodes]);
  std::vector<uint32_t> next(phrase_child_begin_.begin(), phrase_child_begin_.end() - 1);
  for (uint32_t node = 1; node < nodes; ++node) {
    uint32_t id = words_.Find(phrase_trie_.word(node));
    uint32_t parent = phrase_trie_.parent(node);
    if (parent == WordTrie::kRoot) {
      phrase_root_by_id_[id] = node;
    } else {
      phrase_children_[next[parent]++] = {id, node};
    }
  }
}

uint32_t Lexicon::PhraseStepById(uint32_t node, uint32_t id) const {
  if (node == WordTrie::kRoot) return phrase_root_by_id_[id];
  for (uint32_t k = phrase_child_begin_[node]; k < phrase_child_begin_[node + 1]; ++k)
    if (phrase_children_[k].id == id) return phrase_children_[k].node;
  return WordTrie::kNone;
}

namespace {

// A word of at most sixteen bytes as two integers that, with its length,
// hold every byte of it (the halves overlap for shorter words).
struct ShortKey {
  uint64_t a = 0, b = 0;
  uint32_t size = 0;

  explicit ShortKey(std::string_view w) : size(static_cast<uint32_t>(w.size())) {
    const char* p = w.data();
    size_t n = w.size();
    if (n >= 8) {
      a = Load<uint64_t>(p);
      b = Load<uint64_t>(p + n - 8);
    } else if (n >= 4) {
      a = Load<uint32_t>(p);
      b = Load<uint32_t>(p + n - 4);
    } else if (n > 0) {
      auto byte = [&](size_t i) { return uint64_t{static_cast<unsigned char>(p[i])}; };
      a = byte(0) | byte(n / 2) << 8 | byte(n - 1) << 16;
    }
  }

  // A slot among 2^bits, from the top bits of a product.
  size_t Slot(int bits) const {
    return static_cast<size_t>(((a ^ (b * 0xC2B2AE3D27D4EB4FULL) ^ size) * 0x9E3779B97F4A7C15ULL) >>
                               (64 - bits));
  }

 private:
  template <typename T>
  static T Load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
};

}  // namespace

// Every listed word of up to sixteen bytes sits in an open-addressing table
// of its bytes and id (24 bytes a slot, 384 KiB for five thousand words), so
// a token's id is one probe of one array, and a word on no list stops at the
// first empty slot nearly always: no hash of the text and no string compare.
// Longer words go to the word table.
void Lexicon::IndexShortWords() {
  size_t n = 0;
  for (uint32_t id = 0; id < words_.size(); ++id) n += words_.key(id).size() - 1 < 16;
  int bits = 4;
  while ((size_t{1} << bits) < 3 * n) ++bits;
  short_word_bits_ = bits;
  short_words_.assign(size_t{1} << bits, ShortWord{});
  const size_t mask = short_words_.size() - 1;
  for (uint32_t id = 0; id < words_.size(); ++id) {
    const std::string& w = words_.key(id);
    if (w.size() - 1 >= 16) continue;  // empty or long
    ShortKey key(w);
    size_t i = key.Slot(bits);
    while (short_words_[i].size != 0) i = (i + 1) & mask;
    short_words_[i] = {key.a, key.b, key.size, id};
  }
}

namespace {

// FindWord's probe of the short-word table, inline in both its callers: a
// sentence's tokens are identified in one loop with no call per token.
// REQUIRES: 0 < w.size() <= 16 and a non-empty table.
template <typename Slot>
inline uint32_t ProbeShortWords(const std::vector<Slot>& table, int bits, std::string_view w) {
  ShortKey key(w);
  const size_t mask = table.size() - 1;
  for (size_t i = key.Slot(bits);; i = (i + 1) & mask) {
    const Slot& slot = table[i];
    if (slot.size == 0) return StringTable::kNotFound;
    if (slot.a == key.a && slot.b == key.b && slot.size == key.size) return slot.id;
  }
}

}  // namespace

uint32_t Lexicon::FindWord(std::string_view w) const {
  if (w.size() - 1 >= 16 || short_words_.empty()) return words_.Find(w);
  return ProbeShortWords(short_words_, short_word_bits_, w);
}

void Lexicon::IdentifyWords(std::vector<Token>* tokens) const {
  const bool probe = !short_words_.empty();
  for (Token& t : *tokens) {
    std::string_view w = t.lower;
    uint32_t id = probe && w.size() - 1 < 16 ? ProbeShortWords(short_words_, short_word_bits_, w)
                                             : words_.Find(w);
    t.lower.id = id == StringTable::kNotFound ? TokenWord::kNotListed : id;
  }
}

}  // namespace kg::ingest
