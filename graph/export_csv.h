// CSV export of a selection (subgraph.h) as two files, nodes and edges,
// ready for bulk import into a distributed graph database when one machine
// is no longer enough: the headers follow neo4j-admin import (id:ID,
// :LABEL, :START_ID, :END_ID, :TYPE), and the column order is fixed so
// Kùzu's COPY FROM and NebulaGraph's importer can map columns by position.
// docs/paths.md gives the import commands.
#pragma once

#include <ostream>

#include "graph/subgraph.h"

namespace kg::graph {

// nodes: id:ID,name,:LABEL,aliases:string[],first_seen,last_seen
// edges: :START_ID,:END_ID,:TYPE,modality,first_date,last_date,
//        mention_count:int,doc_count:int,evidence
// Fields are RFC 4180 (quoted when needed); aliases are joined with ';'
// (neo4j's array delimiter). Returns the first storage error, or IOError
// when a stream fails.
Status WriteCsv(const GraphView& view, std::ostream& nodes, std::ostream& edges);

}  // namespace kg::graph
