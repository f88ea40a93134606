// What store.cc, store_writer.cc and csv_import.cc share: the RocksDB
// handles behind a Store. Only graph/*.cc include this.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/status.h>

#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"

namespace kg::graph {

// What ApplyDocument last wrote or read of the records it reads before
// writing: canonical-name index entries, node records and edge summaries.
// Each map is bounded; one that reaches its bound is emptied, so memory stays
// flat however long the ingest. Entries are the committed state: they are
// added only after a document's batch has been written.
// With bulk writes the node records and edge summaries that documents changed
// since the last flush are held back (`deferred_*`) and written in one batch
// just before the next flush (store_flush.cc): a hub touched by every
// document is then written once per flush instead of once per document. They
// are the newest state of those records, so readers look there first.
// Thread safety: guarded by Store::Impl::write_mu.
struct WriterCache {
  static constexpr size_t kMaxCanonical = 1 << 15;
  static constexpr size_t kMaxNodes = 1 << 13;
  static constexpr size_t kMaxEdges = 1 << 15;

  std::unordered_map<std::string, NodeId> canonical;  // index key 'n' -> node id
  std::unordered_map<NodeId, Node> nodes;
  std::unordered_map<std::string, EdgeSummary> edges;  // adj key -> summary
  std::unordered_map<NodeId, Node> deferred_nodes;
  std::unordered_map<std::string, EdgeSummary> deferred_edges;  // adj key -> summary

  // Clears the clean entries; deferred ones are kept until they are written.
  void Clear() {
    canonical.clear();
    nodes.clear();
    edges.clear();
  }
};

struct Store::Impl {
  std::string path;
  StoreOptions options;
  std::unique_ptr<rocksdb::DB> db;
  std::vector<rocksdb::ColumnFamilyHandle*> handles;  // owned; destroyed before db
  rocksdb::ColumnFamilyHandle* meta = nullptr;
  rocksdb::ColumnFamilyHandle* nodes = nullptr;
  rocksdb::ColumnFamilyHandle* adj = nullptr;
  rocksdb::ColumnFamilyHandle* nbrs = nullptr;
  rocksdb::ColumnFamilyHandle* mentions = nullptr;
  rocksdb::ColumnFamilyHandle* docs = nullptr;
  rocksdb::ColumnFamilyHandle* index = nullptr;

  std::mutex write_mu;  // one ApplyDocument or import at a time
  mutable std::shared_mutex relations_mu;
  std::map<std::string, RelationId> relation_ids;  // guarded by relations_mu
  std::vector<std::string> relation_names;         // id -> name; guarded by relations_mu
  NodeId next_node_id = 1;                         // guarded by write_mu
  WriterCache writer_cache;                        // guarded by write_mu

  ~Impl();
  rocksdb::ColumnFamilyHandle* Family(const std::string& name) const;
};

// The column families of a store, meta ("default") first, with their
// options (store_options.cc).
std::vector<rocksdb::ColumnFamilyDescriptor> Families(const StoreOptions& options);
// Creates a database with the given families; on success *db and *handles
// are the caller's. REQUIRES: families.front() is the default family.
rocksdb::Status CreateDatabase(const rocksdb::DBOptions& db_options, const std::string& path,
                               std::vector<rocksdb::ColumnFamilyDescriptor> families,
                               std::vector<rocksdb::ColumnFamilyHandle*>* handles,
                               rocksdb::DB** db);

// Bulk writes: flushes when the active memtables and the deferred records
// together reach StoreOptions::write_buffer_bytes (see store_flush.cc).
// `incoming` is the size of a batch about to be written. REQUIRES: write_mu
// held, options.bulk_writes.
Status FlushIfFull(Store::Impl* impl, size_t incoming);
// Writes the deferred records and meta:next_node in one batch, then flushes
// every column family at once; waits for the files only if `wait`.
// REQUIRES: write_mu held.
Status FlushLocked(Store::Impl* impl, bool wait);
// Writes the deferred records (and meta:next_node) in one batch.
// REQUIRES: write_mu held.
Status WriteDeferred(Store::Impl* impl);

// Maps a RocksDB status to a kg Status, naming `what` was being done.
Status FromRocks(const rocksdb::Status& s, const std::string& what);

}  // namespace kg::graph
