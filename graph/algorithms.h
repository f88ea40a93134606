// Graph algorithms from Boost.Graph, run on the store through an implicit
// graph that reads each node's neighbours on demand (algorithms.cc models
// Boost's IncidenceGraph over adjacency scans), so nothing loads the whole
// graph. Used by export selections (ego networks).
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "graph/status.h"
#include "graph/store.h"

namespace kg::graph {

struct ReachOptions {
  // Hops from the start node. Default: 1.
  size_t max_depth = 1;
  // Stop discovering once this many nodes are reached (0: no cap).
  // Default: 0.
  size_t max_nodes = 0;
  // false follows out- and in-edges. Default: false.
  bool directed = false;
  // Relations and modalities followed. Default: every relation and modality.
  NeighbourFilter filter;
  // Optional: an edge (seen from the node being expanded) that yields false
  // is not followed; an error stops the search and is returned.
  std::function<Result<bool>(const AdjacencyEntry&)> edge_ok;
  // Optional: a node that yields false is not entered (the start is exempt).
  std::function<bool(NodeId)> node_ok;
};

struct Reach {
  std::vector<NodeId> nodes;     // breadth-first order, the start first
  std::vector<uint32_t> depths;  // parallel to nodes
  bool truncated = false;        // max_nodes stopped the search
};

// Breadth-first search from `start` (boost::breadth_first_visit) up to
// options.max_depth hops. Returns the nodes reached, or the first storage or
// predicate error.
Result<Reach> ReachableWithin(const Store& store, NodeId start, const ReachOptions& options);

}  // namespace kg::graph
