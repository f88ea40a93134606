#include "ingest/discourse_agreements.h"

#include <algorithm>
#include <set>
#include <string>
#include <string_view>

#include <map>

#include "graph/model.h"

namespace kg::ingest {
namespace {

using graph::EntityRecord;
using graph::FactRecord;

// "troop access pact (Japan–Philippines)": a description with its parties.
bool Unnamed(const EntityRecord& e) {
  return e.type == graph::NodeType::kAgreement && !e.name.empty() && e.name.back() == ')' &&
         e.name.find(" (") != std::string::npos;
}

// The description's words before its parties, lower case.
std::vector<std::string> DescriptionWords(const std::string& name) {
  std::string head = graph::NormalizeName(name.substr(0, name.find(" (")));
  std::vector<std::string> words;
  for (size_t b = 0, sp; b < head.size(); b = sp + 1) {
    sp = head.find(' ', b);
    if (sp == std::string::npos) sp = head.size();
    if (sp > b) words.push_back(head.substr(b, sp - b));
  }
  return words;
}

// "six-decade-old", "70-year-old", "decades-old": an age says nothing of
// which text it is
bool AgeWord(const std::string& w) {
  return w.size() > 4 && w.compare(w.size() - 4, 4, "-old") == 0;
}

// "the six-decade-old pact", "the decades-old border deal": a head with
// articles, "new" and ages only
bool BareHead(const std::vector<std::string>& words) {
  static const std::set<std::string_view> kHeads = {"agreement", "pact", "deal", "accord",
                                                    "treaty", "agreements", "deals", "accords"};
  if (words.empty() || !kHeads.count(words.back())) return false;
  for (size_t k = 0; k + 1 < words.size(); ++k)
    if (words[k] != "new" && words[k] != "an" && words[k] != "a" && words[k] != "the" && !AgeWord(words[k]))
      return false;
  return true;
}

// A word of the description, or of one of its hyphenated parts, that
// starts a word of the name: "water-sharing pact" for the Indus Waters
// Treaty, "border deal" for the Border Defence Agreement.
bool SharesWord(const std::vector<std::string>& words, const EntityRecord& named) {
  std::string n = " " + graph::NormalizeName(named.name) + " ";
  for (size_t k = 0; k + 1 < words.size(); ++k) {  // the head word itself is no evidence
    if (AgeWord(words[k])) continue;
    for (size_t b = 0, e; b < words[k].size(); b = e + 1) {
      e = words[k].find('-', b);
      if (e == std::string::npos) e = words[k].size();
      std::string part = words[k].substr(b, e - b);
      if (part.size() > 3 && n.find(" " + part) != std::string::npos) return true;
    }
  }
  return false;
}

bool DatesAgree(const std::string& a, const std::string& b) {
  size_t n = std::min(a.size(), b.size());
  return n == 0 || a.compare(0, n, b, 0, n) == 0;
}

}  // namespace

void MergeUnnamedAgreements(std::vector<EntityRecord>* entities, std::vector<FactRecord>* facts,
                            const std::function<int(int)>& country_of) {
  auto state = [&](size_t e) {
    int c = country_of(static_cast<int>(e));
    return c >= 0 ? c : static_cast<int>(e);
  };
  // the states of each agreement's asserted signers, and their dates; a
  // state suspending it is a party too, at no date of signing ("the
  // six-decade-old water-sharing pact" that India holds in abeyance is the
  // Indus Waters Treaty named before)
  std::map<size_t, std::set<int>> signers;
  std::map<size_t, std::vector<std::string>> dates;
  for (const FactRecord& f : *facts) {
    bool signing = f.relation == "signed" && f.modality == graph::Modality::kAsserted;
    if (!signing && f.relation != "suspended") continue;
    signers[f.target].insert(state(f.source));
    dates[f.target].push_back(signing ? f.mention.date : std::string());
  }
  std::map<size_t, size_t> moved;
  for (const auto& [u, parties] : signers) {
    if (!Unnamed((*entities)[u])) continue;
    std::vector<std::string> words = DescriptionWords((*entities)[u].name);
    int found = -1;
    for (const auto& [n, named_parties] : signers) {
      const EntityRecord& named = (*entities)[n];
      if (n == u || Unnamed(named) || named.type != graph::NodeType::kAgreement) continue;
      bool shared = false;
      for (int p : parties) shared = shared || named_parties.count(p) > 0;
      if (!shared) continue;
      if (!BareHead(words) && !SharesWord(words, named)) continue;
      bool agree = false;
      for (const std::string& du : dates[u])
        for (const std::string& dn : dates[n]) agree = agree || DatesAgree(du, dn);
      if (!agree) continue;
      if (found >= 0) {  // two named candidates: no way to choose
        found = -2;
        break;
      }
      found = static_cast<int>(n);
    }
    if (found >= 0) moved[u] = static_cast<size_t>(found);
  }
  for (const auto& [u, n] : moved) {
    for (FactRecord& f : *facts)
      if ((f.relation == "signed" || f.relation == "suspended") && f.target == u) f.target = n;
    auto& aliases = (*entities)[n].aliases;
    for (const std::string& a : (*entities)[u].aliases)
      if (std::find(aliases.begin(), aliases.end(), a) == aliases.end()) aliases.push_back(a);
  }
}

}  // namespace kg::ingest
