// Look-ups into a loaded lexicon: phrases, actors, titles, and the named
// word sets and relation word lists the matchers ask about on every token.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/lexicon.h"

namespace kg::ingest {

const std::vector<GazetteerEntry>* Lexicon::Find(std::string_view key) const {
  uint32_t index = phrase_keys_.Find(key);
  return index == StringTable::kNotFound ? nullptr : &phrase_entries_[index];
}

int Lexicon::ActorByName(std::string_view name) const {
  auto it = actor_by_name_.find(name);
  return it == actor_by_name_.end() ? -1 : it->second;
}

std::string_view Lexicon::TitleRole(std::string_view phrase) const {
  uint32_t index = title_keys_.Find(phrase);
  return index == StringTable::kNotFound ? std::string_view() : std::string_view(title_roles_[index]);
}

namespace {

// A slot for a string literal's address: literals sit a few bytes apart, so
// the low bits are folded with the higher ones.
size_t NameSlot(const char* name, size_t mask) {
  auto a = reinterpret_cast<uintptr_t>(name);
  return (a ^ (a >> 9)) & mask;
}

// Callers name lists and relations with string literals, once per clause or
// token: remember, per thread, what `find` returned for a literal, keyed by
// its address, so the hot path hashes no name. kSlots is a power of two.
template <typename T, size_t kSlots, typename Find>
const T* ByLiteral(const void* owner, std::string_view name, Find find) {
  struct Slot {
    const void* owner;
    const char* name;
    size_t size;
    const T* value;
  };
  thread_local Slot cache[kSlots] = {};
  Slot& slot = cache[NameSlot(name.data(), kSlots - 1)];
  if (slot.owner != owner || slot.name != name.data() || slot.size != name.size())
    slot = {owner, name.data(), name.size(), find(name)};
  return slot.value;
}

// The matchers ask about the same token in the same set again and again (a
// name check runs from several passes over a sentence), so InSet remembers
// recent answers, placed by the word's address and checked by its content:
// a hit is one short compare instead of a hash and a probe.
bool InSetMemo(const StringTable& set, std::string_view word) {
  struct Entry {
    const StringTable* set;
    uint8_t size;
    bool result;
    char text[22];
  };
  thread_local Entry memo[256] = {};
  if (word.size() > sizeof(Entry::text)) return set.Contains(word);
  size_t h = ((reinterpret_cast<uintptr_t>(word.data()) >> 3) ^
              (reinterpret_cast<uintptr_t>(&set) >> 4) ^ word.size()) & 255;
  Entry& e = memo[h];
  if (e.set == &set && e.size == word.size() && std::memcmp(e.text, word.data(), word.size()) == 0)
    return e.result;
  e.set = &set;
  e.size = static_cast<uint8_t>(word.size());
  std::memcpy(e.text, word.data(), word.size());
  e.result = set.Contains(word);
  return e.result;
}

}  // namespace

const Lexicon::WordSet* Lexicon::SetNamedSlow(std::string_view name, SetSlot* slot) const {
  auto it = sets_.find(name);
  *slot = {this, name.data(), name.size(), it == sets_.end() ? nullptr : &it->second};
  return slot->set;
}

bool Lexicon::InSet(std::string_view set, std::string_view word) const {
  const WordSet* s = SetNamed(set);
  return s && InSetMemo(s->entries, word);
}

bool Lexicon::InClass(std::string_view cls, std::string_view word) const {
  const StringTable* table = ByLiteral<StringTable, 16>(this, cls, [this](std::string_view n) {
    auto it = classes_.find(n);
    return it == classes_.end() ? nullptr : &it->second;
  });
  return table && InSetMemo(*table, word);
}

const RelationWords& Lexicon::relation(std::string_view name) const {
  static const RelationWords kEmpty;
  return *ByLiteral<RelationWords, 64>(this, name, [this](std::string_view n) {
    auto it = relations_.find(n);
    return it == relations_.end() ? &kEmpty : &it->second;
  });
}

const std::vector<std::string>& Lexicon::List(std::string_view name) const {
  static const std::vector<std::string> kEmpty;
  auto it = lists_.find(name);
  return it == lists_.end() ? kEmpty : it->second;
}

}  // namespace kg::ingest
