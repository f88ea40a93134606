// GraphViz DOT export of a selection (subgraph.h): node shape and colour by
// entity type, edge colour by relation, dashed hypothetical and dotted
// negated edges, labels with relation and date, the evidence sentence as a
// tooltip, a legend, and highlighted paths. Output is streamed, and the same
// selection always gives the same bytes.
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "graph/subgraph.h"

namespace kg::graph {

struct DotOptions {
  // Draw a legend of the entity types and relations that appear.
  // Default: true.
  bool legend = true;
  // Longest tooltip (evidence sentence and source), in bytes; longer ones
  // are cut at a character boundary and end in "...".
  // Default: 400.
  size_t max_tooltip_bytes = 400;
  // Graph title, drawn at the top; empty for none. Default: empty.
  std::string title;
};

// Writes `view` as a DOT digraph. Returns the first storage error, or
// IOError when `out` fails.
Status WriteDot(const GraphView& view, const DotOptions& options, std::ostream& out);

}  // namespace kg::graph
