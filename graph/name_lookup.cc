#include "graph/name_lookup.h"

#include <algorithm>
#include <charconv>
#include <map>
#include <tuple>

namespace kg::graph {
namespace {

std::string Describe(const Node& n) {
  return n.name + " (" + std::string(NodeTypeName(n.type)) + ", #" + std::to_string(n.id) + ")";
}

// Most aliases a fallback lookup reads; it runs only for names that match
// no alias exactly.
constexpr size_t kScanLimit = 2'000'000;

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> words;
  size_t start = 0;
  while (start < s.size()) {
    size_t end = s.find(' ', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) words.push_back(s.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

// "#42" -> 42.
std::optional<NodeId> ParseIdReference(std::string_view s) {
  if (s.size() < 2 || s[0] != '#') return std::nullopt;
  NodeId id = 0;
  auto [end, ec] = std::from_chars(s.data() + 1, s.data() + s.size(), id);
  if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
  return id;
}

Result<NodeId> Ambiguous(const Store& store, std::string_view name,
                         const std::vector<NodeId>& ids) {
  std::string msg = "'" + std::string(name) + "' is ambiguous; candidates:";
  for (NodeId id : ids) {
    auto n = store.GetNode(id);
    if (!n.ok()) return n.status();
    msg += "\n  " + Describe(*n);
  }
  return Status::InvalidArgument(msg + "\nname one of them by its id, e.g. '#" +
                                 std::to_string(ids.front()) + "'");
}

}  // namespace

size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

Result<std::vector<std::string>> SuggestNames(const Store& store, std::string_view name,
                                              size_t max) {
  const std::string query = NormalizeName(name);
  const size_t allowed = std::max<size_t>(2, query.size() / 3);
  std::map<NodeId, size_t> best;  // node -> smallest distance of its aliases
  // Typos rarely hit the first letters: look under a short prefix first,
  // then compare with every alias and each of its words ("Obma" ~ "obama"
  // in "barack obama").
  for (bool whole_index : {false, true}) {
    if (!whole_index && query.size() < 3) continue;
    auto aliases = store.AliasesWithPrefix(whole_index ? "" : query.substr(0, 3), kScanLimit);
    if (!aliases.ok()) return aliases.status();
    for (const auto& [alias, id] : *aliases) {
      size_t d = EditDistance(query, alias);
      if (whole_index) {
        for (const auto& word : Words(alias)) d = std::min(d, EditDistance(query, word));
      }
      if (d > allowed) continue;
      auto [it, fresh] = best.emplace(id, d);
      if (!fresh) it->second = std::min(it->second, d);
    }
    if (!best.empty()) break;
  }
  std::vector<std::tuple<size_t, std::string, NodeId>> ranked;
  for (const auto& [id, d] : best) {
    auto n = store.GetNode(id);
    if (!n.ok()) return n.status();
    ranked.emplace_back(d, Describe(*n), id);
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < ranked.size() && i < max; ++i) out.push_back(std::get<1>(ranked[i]));
  return out;
}

Result<std::vector<NodeId>> NodesWithWords(const Store& store, std::string_view name) {
  const std::string query = " " + NormalizeName(name) + " ";
  std::vector<NodeId> ids;
  if (query.size() <= 2) return ids;
  auto aliases = store.AliasesWithPrefix("", kScanLimit);
  if (!aliases.ok()) return aliases.status();
  for (const auto& [alias, id] : *aliases) {
    if ((" " + alias + " ").find(query) != std::string::npos) ids.push_back(id);
  }
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  return ids;
}

Result<NodeId> ResolveName(const Store& store, std::string_view name) {
  if (auto id = ParseIdReference(name)) {
    auto n = store.GetNode(*id);
    if (!n.ok()) return Status::NotFound("no node with id #" + std::to_string(*id));
    return *id;
  }
  auto ids = store.LookupName(name);
  if (!ids.ok()) return ids.status();
  if (ids->size() == 1) return ids->front();
  if (ids->size() > 1) return Ambiguous(store, name, *ids);
  // No alias is the name itself; it may be some aliases' words ("Putin").
  auto by_words = NodesWithWords(store, name);
  if (!by_words.ok()) return by_words.status();
  if (by_words->size() == 1) return by_words->front();
  if (by_words->size() > 1) return Ambiguous(store, name, *by_words);
  auto suggestions = SuggestNames(store, name, 5);
  if (!suggestions.ok()) return suggestions.status();
  std::string msg = "unknown name '" + std::string(name) + "'";
  for (size_t i = 0; i < suggestions->size(); ++i) {
    msg += (i == 0 ? "; did you mean " : i + 1 == suggestions->size() ? " or " : ", ");
    msg += (*suggestions)[i];
  }
  return Status::NotFound(msg + (suggestions->empty() ? "" : "?"));
}

}  // namespace kg::graph
