// What store.cc, store_writer.cc and csv_import.cc share: the RocksDB
// handles behind a Store. Only graph/*.cc include this.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/status.h>
#include <rocksdb/write_batch.h>

#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
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

// With bulk writes, every key written since the last flush, per column
// family in arrival order (store_pending.cc). They never enter RocksDB's
// memtables: the next flush sorts each family's keys once, writes them as
// one SST file per family and adds all the files in one atomic ingestion,
// which costs a fraction of inserting each key into a skip list. The writer
// finds what it must read back here: stored documents, canonical names and
// aliases (node records and edge summaries are in WriterCache::deferred_*).
// Thread safety: guarded by Store::Impl::write_mu.
class PendingWrites {
 public:
  // Takes a document's whole batch (puts and merges only).
  // REQUIRES: Bind() was called.
  Status Add(const rocksdb::WriteBatch& batch);
  // Adds one put to the family `cf`.
  void Put(rocksdb::ColumnFamilyHandle* cf, std::string_view key, std::string_view value);

  bool HasDocument(DocId id) const { return docs_.count(id) != 0; }
  // The node of an 'n' index key written since the flush, or 0.
  NodeId Canonical(const std::string& key) const;
  // The nodes given an alias key for `normalized` since the flush, or null.
  const std::vector<NodeId>* Aliases(const std::string& normalized) const;

  // Memory held, roughly, counted against the memtable budget.
  size_t bytes() const { return bytes_; }
  bool empty() const { return bytes_ == 0; }

  // Learns the store's column families. REQUIRES: called once, before Add.
  void Bind(const std::vector<rocksdb::ColumnFamilyHandle*>& handles);
  // Writes each family's keys, sorted, into one SST file under `dir` and
  // ingests all files at once; then forgets them. On failure nothing was
  // ingested and the writes stay pending.
  Status WriteTo(rocksdb::DB* db, const std::string& dir);

 private:
  struct Entry {
    size_t key_at, key_size, value_size;  // the value follows the key
  };
  struct Family {
    rocksdb::ColumnFamilyHandle* handle = nullptr;
    bool merges = false;  // values are merge operands (neighbour lists)
    std::string bytes;
    std::vector<Entry> entries;
  };
  class Collector;
  static Status WriteFamily(rocksdb::DB* db, const Family& f, const std::string& path);
  void Append(Family* f, std::string_view key, std::string_view value);
  void Remember(const Family& f, std::string_view key, const rocksdb::Slice& value);
  void Clear();

  std::vector<Family> families_;
  std::vector<int> slot_of_id_;  // column family id -> index in families_
  uint32_t docs_id_ = UINT32_MAX;   // column family ids of docs and index
  uint32_t index_id_ = UINT32_MAX;
  std::unordered_set<DocId> docs_;
  std::unordered_map<std::string, NodeId> canonical_;
  std::unordered_map<std::string, std::vector<NodeId>> aliases_;
  size_t bytes_ = 0;
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
  PendingWrites pending;                           // bulk writes; guarded by write_mu

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

// Bulk writes: flushes when the pending writes and the deferred records
// together reach StoreOptions::write_buffer_bytes (see store_flush.cc).
// `incoming` is the size of a batch about to be written. REQUIRES: write_mu
// held, options.bulk_writes.
Status FlushIfFull(Store::Impl* impl, size_t incoming);
// Writes the deferred records and meta:next_node in one batch (bulk writes:
// with the pending writes, as SST files), then flushes every column family
// at once; waits for the files only if `wait`. REQUIRES: write_mu held.
Status FlushLocked(Store::Impl* impl, bool wait);
// Writes the deferred records (and meta:next_node) in one batch; with bulk
// writes they join the pending writes instead. REQUIRES: write_mu held.
Status WriteDeferred(Store::Impl* impl);

// Where a bulk load writes its SST files before ingesting them.
std::string PendingDir(const Store::Impl& impl);

// Maps a RocksDB status to a kg Status, naming `what` was being done.
Status FromRocks(const rocksdb::Status& s, const std::string& what);

}  // namespace kg::graph
