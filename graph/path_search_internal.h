// The bidirectional breadth-first search behind paths.h: two BFS trees, one
// grown from each end, always expanding the smaller frontier one whole layer
// at a time until they meet. Only graph/paths.cc uses it.
#pragma once

#include <cstdint>
#include <memory>
#include <set>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "graph/paths.h"

namespace kg::graph::internal {

// Extra restrictions Yen's algorithm adds to one search.
struct SearchBans {
  std::unordered_set<NodeId> nodes;              // never entered
  std::set<std::pair<NodeId, NodeId>> steps;     // (a, b): no hop from a to b in path order
};

// A tree link: the neighbour one step closer to this side's root, and the
// edge that joins them (the first such edge in scan order).
struct Link {
  NodeId prev = 0;
  EdgeKey edge;
};

// One side of the search. `links` holds, for each visited node, its BFS
// distance from the root and its link; `more_links` the other shortest-path
// links (kept only when all parents are asked for).
struct SearchSide {
  struct Visit {
    uint32_t dist = 0;
    uint32_t hits = 0;  // edges from the previous layer that reached it
    Link link;
  };
  bool from_target = false;
  uint32_t depth = 0;  // distance of the current frontier
  std::unordered_map<NodeId, Visit> visited;
  std::unordered_multimap<NodeId, Link> more_links;
  std::vector<NodeId> frontier;
  uint64_t expanded = 0;  // nodes scanned so far, and the entries they had:
  uint64_t entries = 0;   // their ratio estimates this side's next layer cost
};

struct SearchResult {
  uint32_t length = 0;          // hops of a shortest path; valid when !meetings.empty()
  std::vector<NodeId> meetings;  // nodes where the two trees met (on a shortest path)
  SearchSide source, target;
};

struct SearchParams {
  const PathOptions* opts = nullptr;
  const SearchBans* bans = nullptr;  // may be null
  size_t max_hops = 0;
  bool all_parents = false;  // finish the meeting layer and keep every shortest link
  size_t* expansions = nullptr;  // shared budget counter, compared with opts->max_expansions
};

// Runs the search from `from` to `to` (REQUIRES: from != to). On success
// result->meetings is empty when no path within params.max_hops exists.
// Returns Busy when the expansion budget runs out, IOError/Corruption on a
// storage failure.
Status BidirectionalSearch(const Store& store, NodeId from, NodeId to, const SearchParams& params,
                           SearchResult* result);

}  // namespace kg::graph::internal
