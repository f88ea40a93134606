// StringTable: a flat, open-addressing hash table of distinct strings, each
// given a dense index in insertion order. The Lexicon keeps its phrase keys,
// prefixes and word lists in these: lookups are the extractor's hottest
// operation, and a probe here is one contiguous slot array and one string
// compare instead of a chain of heap nodes.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kg::ingest {

// Thread safety: const methods may run concurrently; Insert needs exclusive
// access (the Lexicon fills its tables once, then only reads them).
class StringTable {
 public:
  static constexpr uint32_t kNotFound = UINT32_MAX;

  // Adds `key` unless present. Returns its index (0, 1, 2, ... in the order
  // keys were first inserted).
  uint32_t Insert(std::string_view key);
  // Makes room for `n` keys in all, so that inserting them grows nothing.
  void Reserve(size_t n);
  // Returns the index of `key`, or kNotFound.
  uint32_t Find(std::string_view key) const;
  bool Contains(std::string_view key) const { return Find(key) != kNotFound; }
  size_t size() const { return keys_.size(); }
  // The key with this index. REQUIRES: index < size().
  const std::string& key(uint32_t index) const { return keys_[index]; }

 private:
  // Eight bytes, so that a probe touches as little memory as possible: the
  // upper half of the hash (the lower half picks the slot) and the index.
  struct Slot {
    uint32_t tag = 0;
    uint32_t index = kNotFound;  // kNotFound: empty
  };

  static uint64_t Hash(std::string_view key);
  static uint32_t Tag(uint64_t hash) { return static_cast<uint32_t>(hash >> 32); }
  uint32_t Find(std::string_view key, uint64_t hash) const;
  void Grow();
  void Rehash(size_t slots);

  std::vector<Slot> slots_;  // size is zero or a power of two, at most half full
  std::vector<std::string> keys_;
  std::vector<uint64_t> hashes_;  // by index, for Grow
};

// WordTrie: phrases of words as a trie whose edges are one flat hash table
// keyed by (parent node, word). A matcher walks it one token at a time, so
// extending a phrase by a token is one probe on that token's text, with no
// joined phrase string built and no separate prefix table.
// Thread safety: as StringTable.
class WordTrie {
 public:
  static constexpr uint32_t kRoot = 0;
  static constexpr uint32_t kNone = UINT32_MAX;

  WordTrie() : parents_{kNone}, words_(1), hashes_{0} {}
  // The child of `parent` along `word`, added if absent. REQUIRES: parent < size().
  uint32_t Insert(uint32_t parent, std::string_view word);
  // The child of `parent` along `word`, or kNone.
  uint32_t Child(uint32_t parent, std::string_view word) const;
  // Number of nodes, the root included; nodes are numbered 0, 1, 2, ...
  size_t size() const { return parents_.size(); }
  // The parent of a node and the word on the edge into it.
  // REQUIRES: 0 < node < size().
  uint32_t parent(uint32_t node) const { return parents_[node]; }
  const std::string& word(uint32_t node) const { return words_[node]; }

 private:
  struct Slot {
    uint32_t tag = 0;
    uint32_t node = kNone;  // kNone: empty
  };

  static uint64_t Hash(uint32_t parent, std::string_view word);
  uint32_t Child(uint32_t parent, std::string_view word, uint64_t hash) const;
  void Grow();

  std::vector<Slot> slots_;         // power of two, at most half full
  std::vector<uint32_t> parents_;   // by node
  std::vector<std::string> words_;  // by node: the word on the edge into it
  std::vector<uint64_t> hashes_;    // by node, for Grow (the root's is unused)
};

}  // namespace kg::ingest
