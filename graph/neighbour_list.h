// Packed neighbour lists: every adjacency entry of one node in one
// direction, stored as a single value so that a traversal step is one
// point lookup and a tight decode loop instead of an iterator walk.
// Writers append entries through a RocksDB merge operator; reads see the
// merged list sorted by (relation, modality, other node), duplicates removed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "graph/key_codec.h"
#include "graph/status.h"

namespace rocksdb {
class MergeOperator;
}

namespace kg::graph {

// Appends one entry (varint other, varint relation << 2 | modality).
void AppendNeighbour(std::string* list, RelationId relation, Modality modality, NodeId other);

// Decodes a list into entries seen from `node` in `dir`, keeping those that
// pass `filter`. Returns Corruption for malformed input.
struct NeighbourFilter;
Status DecodeNeighbours(std::string_view list, Direction dir, NodeId node,
                        const NeighbourFilter& filter, std::vector<AdjacencyEntry>* out);

// Re-encodes a list sorted by (relation, modality, other) without duplicates.
Status SortNeighbourList(std::string_view in, std::string* out);

// The merge operator of the neighbour-list column family.
std::shared_ptr<rocksdb::MergeOperator> NewNeighbourListMergeOperator();

}  // namespace kg::graph
