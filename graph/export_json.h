// Node-link JSON export: the shape networkx's node_link_data writes
// ({"directed", "multigraph", "graph", "nodes", "links"}), so an export loads
// with networkx.node_link_graph. Every link carries its modality, dates,
// documents and mentions (the evidence sentences).
#pragma once

#include <ostream>

#include "graph/store.h"
#include "graph/subgraph.h"

namespace kg::graph {

struct JsonExportOptions {
  // Mentions written per link (the rest are counted in mention_count).
  // Default: all.
  size_t max_mentions_per_edge = SIZE_MAX;
  // Pretty-print with indentation. Default: false.
  bool pretty = false;
};

// Writes the whole graph to `out`, streaming (memory does not grow with the
// graph beyond one edge's mentions). Returns the first storage error.
Status WriteNodeLinkJson(const Store& store, const JsonExportOptions& options, std::ostream& out);
// Writes one selection (an ego network, a path, a filtered graph) the same way.
Status WriteNodeLinkJson(const GraphView& view, const JsonExportOptions& options,
                         std::ostream& out);

}  // namespace kg::graph
