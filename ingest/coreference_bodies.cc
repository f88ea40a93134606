// Bodies on no list, which the mention finder names by the shape of their
// name ("the Alliance of Sahel States"): one entity per name in a document,
// and an acronym in brackets right after the name ("(AES)") an alias of it
// that later sentences name it by. Part of Coreference.
#include <algorithm>
#include <string>
#include <vector>

#include "graph/model.h"
#include "ingest/coreference.h"

namespace kg::ingest {

namespace {

// "AES", "ECCAS": two to eight capital letters.
bool IsAcronym(std::string_view w) {
  if (w.size() < 2 || w.size() > 8) return false;
  for (char c : w)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

}  // namespace

int Coreference::ResolveBody(const std::vector<Token>& t, const Mention& m) {
  int id = Entity("o:" + graph::NormalizeName(m.name), m.name, m.type);
  size_t k = m.last;
  if (k + 2 < t.size() && t[k].text == "(" && IsAcronym(t[k + 1].text) && t[k + 2].text == ")") {
    AddAlias(id, t[k + 1].text);
    acronyms_.emplace_back(std::string(t[k + 1].text), id);
  }
  return id;
}

// A later bare acronym of a body named before becomes a mention of it (the
// bracket after the name itself stays none).
void Coreference::AddAcronymMentions(const std::vector<Token>& t, std::vector<Mention>* ms) {
  std::vector<Mention> added;
  size_t next = 0;  // the first mention not before token k
  for (size_t k = 0; k < t.size(); ++k) {
    while (next < ms->size() && (*ms)[next].last <= k) ++next;
    if (next < ms->size() && (*ms)[next].first <= k) continue;  // covered
    if (k > 0 && t[k - 1].text == "(") continue;
    for (const auto& [acronym, entity] : acronyms_) {
      if (t[k].text != acronym) continue;
      Mention m;
      m.first = static_cast<uint32_t>(k);
      m.last = static_cast<uint32_t>(k + 1);
      m.kind = MentionKind::kActor;
      m.type = entities_[entity].type;
      m.name = entities_[entity].name;
      m.surface = acronym;
      if (k + 1 < t.size() && t[k + 1].lower == "'s") m.possessive = true;
      added.push_back(std::move(m));
    }
  }
  if (added.empty()) return;
  ms->insert(ms->end(), added.begin(), added.end());
  std::stable_sort(ms->begin(), ms->end(),
                   [](const Mention& a, const Mention& b) { return a.first < b.first; });
}

}  // namespace kg::ingest
