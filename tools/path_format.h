// How `kg path` prints paths: one line per path in arrows
// ("Barack Obama —signed→ New START ←suspended— Vladimir Putin"), then each
// hop with one evidence sentence, its document and date; or JSON for
// programs. Reads node names, mentions and documents from the store.
#pragma once

#include <ostream>
#include <vector>

#include "graph/paths.h"

namespace kg::tools {

// Writes `paths` as text; "no path ..." when empty. Returns storage errors.
Status WritePathsText(const graph::Store& store, graph::NodeId from, graph::NodeId to,
                      const std::vector<graph::Path>& paths, size_t max_hops,
                      std::ostream& out);

// Writes {"from", "to", "paths": [{"length", "nodes", "hops"}]}, each hop
// with relation, modality, direction and evidence {text, doc, title, date}.
Status WritePathsJson(const graph::Store& store, graph::NodeId from, graph::NodeId to,
                      const std::vector<graph::Path>& paths, std::ostream& out);

}  // namespace kg::tools
