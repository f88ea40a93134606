// GraphML export of a selection (subgraph.h), for igraph, Gephi, yEd and
// networkx: every node attribute (name, type, aliases, dates) and edge
// attribute (relation, modality, dates, counts, one evidence sentence) is a
// declared <key>. Output is streamed in the selection's stable order.
#pragma once

#include <ostream>

#include "graph/subgraph.h"

namespace kg::graph {

// Writes `view` as a GraphML document. Returns the first storage error, or
// IOError when `out` fails.
Status WriteGraphMl(const GraphView& view, std::ostream& out);

}  // namespace kg::graph
