// Builds a test graph from a readable text file (tests/golden/query/
// graph.txt): "document", "entity" and "fact" lines, one DocumentFacts per
// document, applied through Store::ApplyDocument like ingest would.
#pragma once

#include <string>

#include "graph/status.h"
#include "graph/store.h"

namespace kg::query::testing {

// Applies every document in `path` to `store`. Returns InvalidArgument
// naming file:line for a malformed line or a fact naming an unknown entity.
Status LoadFixtureGraph(const std::string& path, graph::Store* store);

}  // namespace kg::query::testing
