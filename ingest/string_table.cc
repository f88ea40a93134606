#include "ingest/string_table.h"

#include <cstring>

// Inlined: most keys are a few bytes, where a call into the library costs
// as much as the hash itself. The values are those of the library's XXH3.
#define XXH_INLINE_ALL
#include <xxhash.h>

namespace kg::ingest {
namespace {

// a == b for n bytes. Keys are mostly under sixteen bytes, where two
// overlapping loads per side cost less than a call to memcmp.
bool SameBytes(const char* a, const char* b, size_t n) {
  auto load8 = [](const char* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
  };
  auto load4 = [](const char* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
  };
  if (n > 16) return std::memcmp(a, b, n) == 0;
  if (n >= 8)
    return ((load8(a) ^ load8(b)) | (load8(a + n - 8) ^ load8(b + n - 8))) == 0;
  if (n >= 4) return ((load4(a) ^ load4(b)) | (load4(a + n - 4) ^ load4(b + n - 4))) == 0;
  for (size_t i = 0; i < n; ++i)
    if (a[i] != b[i]) return false;
  return true;
}

bool SameKey(const std::string& stored, std::string_view key) {
  return stored.size() == key.size() && SameBytes(stored.data(), key.data(), key.size());
}

}  // namespace

uint64_t StringTable::Hash(std::string_view key) { return XXH3_64bits(key.data(), key.size()); }

uint32_t StringTable::Find(std::string_view key) const {
  if (slots_.empty()) return kNotFound;
  return Find(key, Hash(key));
}

uint32_t StringTable::Find(std::string_view key, uint64_t h) const {
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.index == kNotFound) return kNotFound;
    if (slot.tag == Tag(h) && SameKey(keys_[slot.index], key)) return slot.index;
  }
}

// (the key is hashed once, for the look-up and the placing both)
uint32_t StringTable::Insert(std::string_view key) {
  const uint64_t h = Hash(key);
  if (!slots_.empty())
    if (uint32_t found = Find(key, h); found != kNotFound) return found;
  if ((keys_.size() + 1) * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].index != kNotFound) i = (i + 1) & mask;
  auto index = static_cast<uint32_t>(keys_.size());
  slots_[i] = {Tag(h), index};
  keys_.emplace_back(key);
  hashes_.push_back(h);
  return index;
}

void StringTable::Reserve(size_t n) {
  keys_.reserve(n);
  hashes_.reserve(n);
  size_t slots = slots_.empty() ? 16 : slots_.size();
  while (n * 2 > slots) slots *= 2;
  if (slots > slots_.size()) Rehash(slots);
}

// Doubles the slot array (at least 16 slots) and re-places every key.
void StringTable::Grow() { Rehash(slots_.empty() ? 16 : slots_.size() * 2); }

// A slot array of `slots` (a power of two) with every key re-placed; the
// full hashes are kept by index, so nothing is rehashed.
void StringTable::Rehash(size_t slots) {
  slots_.assign(slots, Slot{});
  const size_t mask = slots_.size() - 1;
  for (uint32_t index = 0; index < hashes_.size(); ++index) {
    size_t i = hashes_[index] & mask;
    while (slots_[i].index != kNotFound) i = (i + 1) & mask;
    slots_[i] = {Tag(hashes_[index]), index};
  }
}

uint64_t WordTrie::Hash(uint32_t parent, std::string_view word) {
  return XXH3_64bits_withSeed(word.data(), word.size(), parent);
}

uint32_t WordTrie::Child(uint32_t parent, std::string_view word) const {
  if (slots_.empty()) return kNone;
  return Child(parent, word, Hash(parent, word));
}

uint32_t WordTrie::Child(uint32_t parent, std::string_view word, uint64_t h) const {
  const auto tag = static_cast<uint32_t>(h >> 32);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.node == kNone) return kNone;
    if (slot.tag == tag && parents_[slot.node] == parent && SameKey(words_[slot.node], word))
      return slot.node;
  }
}

// (the edge is hashed once, for the look-up and the placing both)
uint32_t WordTrie::Insert(uint32_t parent, std::string_view word) {
  const uint64_t h = Hash(parent, word);
  if (!slots_.empty())
    if (uint32_t found = Child(parent, word, h); found != kNone) return found;
  if (size() * 2 > slots_.size()) Grow();
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  while (slots_[i].node != kNone) i = (i + 1) & mask;
  auto node = static_cast<uint32_t>(size());
  slots_[i] = {static_cast<uint32_t>(h >> 32), node};
  parents_.push_back(parent);
  words_.emplace_back(word);
  hashes_.push_back(h);
  return node;
}

// As StringTable::Grow; node 0, the root, has no slot.
void WordTrie::Grow() {
  slots_.assign(slots_.empty() ? 16 : slots_.size() * 2, Slot{});
  const size_t mask = slots_.size() - 1;
  for (uint32_t node = 1; node < hashes_.size(); ++node) {
    size_t i = hashes_[node] & mask;
    while (slots_[i].node != kNone) i = (i + 1) & mask;
    slots_[i] = {static_cast<uint32_t>(hashes_[node] >> 32), node};
  }
}

}  // namespace kg::ingest
