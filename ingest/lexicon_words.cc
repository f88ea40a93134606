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

// A few hundred word types make up most tokens of news, and the word table
// is too large for the cache: each thread remembers the ids of the words it
// met last in a direct-mapped table (96 KiB; three tokens in four hit it)
// checked before the word table. The memo belongs to one lexicon; another
// lexicon clears it.
void Lexicon::IdentifyWords(std::vector<Token>* tokens) const {
  constexpr int kBits = 12;
  struct Remembered {  // 24 bytes
    uint64_t a = 0, b = 0;
    uint32_t size = UINT32_MAX;  // UINT32_MAX: an empty slot
    uint32_t id = 0;
  };
  thread_local const Lexicon* owner = nullptr;
  thread_local std::array<Remembered, size_t{1} << kBits> memo;
  if (owner != this) {
    memo.fill(Remembered{});
    owner = this;
  }
  for (Token& t : *tokens) {
    std::string_view w = t.lower;
    uint32_t id;
    if (w.size() > 16) {
      id = words_.Find(w);
    } else {
      ShortKey key(w);
      Remembered& r = memo[key.Slot(kBits)];
      if (r.a != key.a || r.b != key.b || r.size != key.size)
        r = {key.a, key.b, key.size, words_.Find(w)};
      id = r.id;
    }
    t.lower.id = id == StringTable::kNotFound ? TokenWord::kNotListed : id;
  }
}


}  // namespace kg::ingest
