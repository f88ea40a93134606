// Shortest, all shortest and k shortest paths on top of the bidirectional
// search in path_search.cc. All shortest paths are read off the two search
// trees (every shortest-path link kept) as a DAG and enumerated depth-first
// in node order; k shortest paths are Yen's algorithm with that enumeration
// as its spur-path search, so ties come out in node order too.
#include "graph/paths.h"

#include <algorithm>
#include <map>
#include <set>

#include "graph/path_search_internal.h"

namespace kg::graph {
namespace {

using internal::Link;
using internal::SearchBans;
using internal::SearchResult;
using internal::SearchSide;

PathHop HopBetween(NodeId a, const EdgeKey& edge) { return PathHop{edge, edge.src == a}; }

Path ZeroHopPath(NodeId node) { return Path{{node}, {}}; }

// The single path through `meeting` that follows each tree's first links.
Path PathThrough(const SearchResult& r, NodeId meeting) {
  Path p;
  std::vector<Link> back;
  for (NodeId n = meeting;;) {
    const auto& v = r.source.visited.at(n);
    if (v.dist == 0) break;
    back.push_back(v.link);
    n = v.link.prev;
  }
  for (auto it = back.rbegin(); it != back.rend(); ++it) {
    p.nodes.push_back(it->prev);
    p.hops.push_back(HopBetween(it->prev, it->edge));
  }
  p.nodes.push_back(meeting);
  for (NodeId n = meeting;;) {
    const auto& v = r.target.visited.at(n);
    if (v.dist == 0) break;
    p.hops.push_back(HopBetween(n, v.link.edge));
    n = v.link.prev;
    p.nodes.push_back(n);
  }
  return p;
}

// Every shortest-path link of `node` in `side`.
std::vector<Link> LinksOf(const SearchSide& side, NodeId node) {
  std::vector<Link> links;
  const auto& v = side.visited.at(node);
  if (v.dist == 0) return links;
  links.push_back(v.link);
  auto [b, e] = side.more_links.equal_range(node);
  for (auto it = b; it != e; ++it) links.push_back(it->second);
  return links;
}

// Successors on shortest paths, sorted by node id: the DAG of the search.
using Dag = std::map<NodeId, std::vector<std::pair<NodeId, EdgeKey>>>;

Dag BuildDag(const SearchResult& r) {
  Dag dag;
  std::set<NodeId> seen_src, seen_dst;
  std::vector<NodeId> todo_src(r.meetings), todo_dst(r.meetings);
  while (!todo_src.empty()) {  // towards the source: parent -> child
    NodeId n = todo_src.back();
    todo_src.pop_back();
    if (!seen_src.insert(n).second) continue;
    for (const Link& l : LinksOf(r.source, n)) {
      dag[l.prev].emplace_back(n, l.edge);
      todo_src.push_back(l.prev);
    }
  }
  while (!todo_dst.empty()) {  // towards the target: child -> parent
    NodeId n = todo_dst.back();
    todo_dst.pop_back();
    if (!seen_dst.insert(n).second) continue;
    for (const Link& l : LinksOf(r.target, n)) {
      dag[n].emplace_back(l.prev, l.edge);
      todo_dst.push_back(l.prev);
    }
  }
  for (auto& [node, next] : dag) std::sort(next.begin(), next.end());
  return dag;
}

// Depth-first enumeration of the DAG's paths from `from`, in node order.
void Enumerate(const Dag& dag, NodeId to, size_t limit, Path* current, std::vector<Path>* out) {
  if (out->size() >= limit) return;
  NodeId at = current->nodes.back();
  if (at == to) {
    out->push_back(*current);
    return;
  }
  auto it = dag.find(at);
  if (it == dag.end()) return;
  for (const auto& [next, edge] : it->second) {
    current->nodes.push_back(next);
    current->hops.push_back(HopBetween(at, edge));
    Enumerate(dag, to, limit, current, out);
    current->nodes.pop_back();
    current->hops.pop_back();
    if (out->size() >= limit) return;
  }
}

struct SearchRequest {
  NodeId from, to;
  size_t max_hops;
  const SearchBans* bans = nullptr;
};

// Up to `limit` shortest paths under `bans`, in node order.
Result<std::vector<Path>> ShortestUnder(const Store& store, const PathOptions& opts,
                                        const SearchRequest& req, size_t limit,
                                        size_t* expansions) {
  std::vector<Path> paths;
  if (limit == 0) return paths;
  if (req.from == req.to) {
    paths.push_back(ZeroHopPath(req.from));
    return paths;
  }
  internal::SearchParams params{&opts, req.bans, req.max_hops, /*all_parents=*/true, expansions};
  SearchResult r;
  KG_RETURN_IF_ERROR(internal::BidirectionalSearch(store, req.from, req.to, params, &r));
  if (r.meetings.empty()) return paths;
  Dag dag = BuildDag(r);
  Path current = ZeroHopPath(req.from);
  Enumerate(dag, req.to, limit, &current, &paths);
  return paths;
}

struct ByLengthThenNodes {
  bool operator()(const Path& a, const Path& b) const {
    if (a.length() != b.length()) return a.length() < b.length();
    return a.nodes < b.nodes;
  }
};

// Yen's bans for the spur at position i of `last`: the root's nodes other
// than the spur node, and the next hop of every accepted path sharing the root.
SearchBans SpurBans(const std::vector<Path>& accepted, const Path& last, size_t i) {
  SearchBans bans;
  for (size_t j = 0; j < i; ++j) bans.nodes.insert(last.nodes[j]);
  for (const Path& p : accepted) {
    if (p.length() <= i) continue;
    if (!std::equal(p.nodes.begin(), p.nodes.begin() + i + 1, last.nodes.begin())) continue;
    bans.steps.emplace(p.nodes[i], p.nodes[i + 1]);
  }
  return bans;
}

Path Join(const Path& last, size_t i, const Path& spur) {
  Path p;
  p.nodes.assign(last.nodes.begin(), last.nodes.begin() + i);
  p.hops.assign(last.hops.begin(), last.hops.begin() + i);
  p.nodes.insert(p.nodes.end(), spur.nodes.begin(), spur.nodes.end());
  p.hops.insert(p.hops.end(), spur.hops.begin(), spur.hops.end());
  return p;
}

}  // namespace

std::string Path::ToString() const {
  std::string s = nodes.empty() ? "" : std::to_string(nodes[0]);
  for (size_t i = 0; i < hops.size(); ++i) {
    const PathHop& h = hops[i];
    std::string label = std::to_string(h.edge.relation) + ":" +
                        std::string(ModalityName(h.edge.modality));
    s += h.forward ? " -[" + label + "]-> " : " <-[" + label + "]- ";
    s += std::to_string(nodes[i + 1]);
  }
  return s;
}

Result<std::optional<Path>> ShortestPath(const Store& store, NodeId from, NodeId to,
                                         const PathOptions& opts) {
  if (from == to) return std::optional<Path>(ZeroHopPath(from));
  size_t expansions = 0;
  internal::SearchParams params{&opts, nullptr, opts.max_hops, /*all_parents=*/false,
                                &expansions};
  SearchResult r;
  KG_RETURN_IF_ERROR(internal::BidirectionalSearch(store, from, to, params, &r));
  if (r.meetings.empty()) return std::optional<Path>();
  return std::optional<Path>(PathThrough(r, r.meetings.front()));
}

Result<std::vector<Path>> AllShortestPaths(const Store& store, NodeId from, NodeId to,
                                           const PathOptions& opts, size_t limit) {
  size_t expansions = 0;
  return ShortestUnder(store, opts, SearchRequest{from, to, opts.max_hops}, limit, &expansions);
}

Result<std::vector<Path>> KShortestPaths(const Store& store, NodeId from, NodeId to,
                                         const PathOptions& opts, size_t k) {
  size_t expansions = 0;
  auto first = ShortestUnder(store, opts, SearchRequest{from, to, opts.max_hops}, 1, &expansions);
  if (!first.ok() || first->empty() || k <= 1) return first;
  std::vector<Path> accepted = {first->front()};
  std::set<Path, ByLengthThenNodes> candidates;
  while (accepted.size() < k) {
    const Path last = accepted.back();
    for (size_t i = 0; i < last.length() && i < opts.max_hops; ++i) {
      SearchBans bans = SpurBans(accepted, last, i);
      SearchRequest req{last.nodes[i], to, opts.max_hops - i, &bans};
      auto spur = ShortestUnder(store, opts, req, 1, &expansions);
      if (!spur.ok()) return spur.status();
      if (!spur->empty()) candidates.insert(Join(last, i, spur->front()));
    }
    if (candidates.empty()) break;
    accepted.push_back(*candidates.begin());
    candidates.erase(candidates.begin());
  }
  return accepted;
}

}  // namespace kg::graph
