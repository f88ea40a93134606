// Bulk import of node and edge CSV files into an empty store, through the
// fastest safe path RocksDB offers: every record is encoded and sorted in
// memory, written to SST files, and all files are added in one atomic
// IngestExternalFiles call. Any bad row fails the whole import before
// anything is stored.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/store.h"

namespace kg::graph {

// Maps the ids used in nodes.csv to store node ids.
// Thread safety: const methods may be called from several threads.
class ImportIdMap {
 public:
  // Returns the store id of a CSV id, or nullopt if nodes.csv had none.
  std::optional<NodeId> Find(std::string_view csv_id) const;
  size_t size() const { return count_; }

  // Records csv_id -> id; returns false if csv_id was seen before.
  bool Insert(std::string_view csv_id, NodeId id);

 private:
  // Dense non-negative integer ids (the common case) use a vector; any other
  // id switches the map to a hash table.
  std::vector<NodeId> dense_;  // index = numeric csv id; 0 = absent
  std::unordered_map<std::string, NodeId> sparse_;
  bool use_sparse_ = false;
  size_t count_ = 0;
};

struct ImportOptions {
  // nodes.csv: header "id,name,type" (more columns become node attributes).
  std::string nodes_path;
  // edges.csv: header with at least "src,dst,type"; optional "date" (ISO:
  // YYYY, YYYY-MM or YYYY-MM-DD), "doc" (document name), "modality".
  std::string edges_path;
  // Directory for the SST files while they are built.
  // Default: empty = "<db>/import.tmp".
  std::string scratch_dir;
};

struct ImportResult {
  uint64_t nodes = 0;
  uint64_t edge_rows = 0;   // rows of edges.csv (mentions)
  uint64_t edges = 0;       // merged edges
  uint64_t documents = 0;
  ImportIdMap ids;
};

// Imports into `store`. Returns InvalidArgument "file:line: what" for a bad
// row (unknown node id, duplicate id, bad type, date or modality, wrong field
// count), NotSupported when the store already holds nodes or edges, IOError
// for unreadable files. On any error the store is unchanged.
Result<ImportResult> ImportCsv(Store* store, const ImportOptions& options);

}  // namespace kg::graph
