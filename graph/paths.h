// Path lookups between two nodes: "how is A connected to B?". Searches run
// on the store's adjacency scans (one cursor per direction), never on a
// whole-graph load. Used by `kg path`, `kg export --path`, the query engine
// and the benchmarks. Lengths are hop counts; edges carry no weights.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "graph/store.h"

namespace kg::graph {

struct PathOptions {
  // Longest path searched for, in hops.
  // Default: 6.
  size_t max_hops = 6;
  // false follows out- and in-edges ("connected to"); true follows out-edges
  // only, so every hop is traversed src -> dst.
  // Default: false.
  bool directed = false;
  // Relation ids and modalities an edge must have to be traversed.
  // Default: every relation, asserted facts only.
  NeighbourFilter filter{{}, NeighbourFilter::Bit(Modality::kAsserted)};
  // Keep only edges with at least one mention dated in [since, until],
  // compared as ISO prefixes ("2021" covers every date in 2021). An edge
  // with no dated mention fails when either bound is set.
  // Default: empty (no bound).
  std::string since, until;
  // Optional predicates applied DURING the search (never after it): a node
  // or edge that fails is never expanded or traversed. The two endpoints are
  // exempt from node_ok.
  // Default: empty (everything passes).
  std::function<bool(NodeId)> node_ok;
  std::function<bool(const EdgeKey&)> edge_ok;
  // Adjacency scans allowed before a search gives up with Busy ("search
  // stopped after N expansions"), so a runaway search ends with an error
  // instead of exhausting the machine.
  // Default: 5,000,000.
  size_t max_expansions = 5'000'000;
};

struct PathHop {
  EdgeKey edge;
  bool forward = true;  // true: traversed src -> dst; false: dst -> src

  friend bool operator==(const PathHop&, const PathHop&) = default;
};

struct Path {
  std::vector<NodeId> nodes;  // nodes.size() == hops.size() + 1
  std::vector<PathHop> hops;
  size_t length() const { return hops.size(); }

  friend bool operator==(const Path&, const Path&) = default;
  // "1 -[3:asserted]-> 7 <-[2:asserted]- 9", for tests and debugging.
  std::string ToString() const;
};

// Returns a shortest path from `from` to `to`, found by bidirectional BFS
// that always expands the smaller frontier and stops at the first layer
// where the two searches meet; nullopt when there is none within
// opts.max_hops. When several parallel edges join two nodes on the path the
// smallest EdgeKey is chosen. from == to yields the zero-hop path [from].
// Returns Busy when opts.max_expansions is exceeded, IOError/Corruption on a
// storage failure.
Result<std::optional<Path>> ShortestPath(const Store& store, NodeId from, NodeId to,
                                         const PathOptions& opts);

// Returns every shortest path from `from` to `to`, at most `limit`, in
// lexicographic order of their node sequences; empty when there is none.
// Paths are node sequences: parallel edges between two consecutive nodes
// (different relations or modalities) do not multiply the paths; each hop
// carries the smallest EdgeKey. Errors as ShortestPath.
Result<std::vector<Path>> AllShortestPaths(const Store& store, NodeId from, NodeId to,
                                           const PathOptions& opts, size_t limit);

// Returns up to `k` shortest simple (loopless) paths from `from` to `to`
// with at most opts.max_hops hops, by Yen's algorithm, shortest first (ties
// in lexicographic node order). Paths are node sequences, as for
// AllShortestPaths. Errors as ShortestPath.
Result<std::vector<Path>> KShortestPaths(const Store& store, NodeId from, NodeId to,
                                         const PathOptions& opts, size_t k);

}  // namespace kg::graph
