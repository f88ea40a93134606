// Store: the persistent property graph in RocksDB. Nodes, merged edges with
// their mentions (evidence), documents, and the name index; see
// key_codec.cc for the key layout and docs/storage.md for the design.
// Ingest writes one document per atomic batch; queries, paths and exports
// read through neighbour scans and lookups, never a whole-graph load.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/key_codec.h"
#include "graph/model.h"
#include "graph/status.h"

namespace kg::graph {

struct StoreOptions {
  // Open for reading only; many readers may run beside one writer.
  // Default: false.
  bool read_only = false;
  // Create an empty database when none exists (read-write only).
  // Default: true.
  bool create_if_missing = true;
  // Size of the shared block cache.
  // Default: 256 MiB.
  size_t block_cache_bytes = size_t{256} << 20;
  // Memory all column families' memtables may use together; past it the
  // largest is flushed to an SST file. Bounds a long ingest's memory, which
  // otherwise grows with the input until the memtables fill (64 MiB each).
  // Default: 64 MiB.
  size_t write_buffer_bytes = size_t{64} << 20;
  // fsync the write-ahead log on every document batch.
  // Default: false (a process crash loses nothing; a power loss may lose the
  // last batches, never half of one).
  bool sync_writes = false;
  // Bulk writes, for kg ingest: document batches skip the write-ahead log
  // and the memtables; the store holds them until a flush, which writes
  // them as sorted SST files and adds all of them in one atomic ingestion,
  // so the files on disk always hold the graph as it was after some whole
  // document. A crash loses the documents applied since the last flush,
  // never part of one and nothing flushed before. The writer must call
  // Flush() (or close the store) before it reports documents as stored.
  // Readers that open the database meanwhile see only what has been
  // flushed, and so do reads through this Store: the store flushes itself
  // when what it holds reaches write_buffer_bytes. sync_writes has no
  // effect then.
  // Default: false (every batch goes through the write-ahead log).
  bool bulk_writes = false;
};

// Which adjacency entries a scan returns.
struct NeighbourFilter {
  // Relation ids to keep; empty keeps every relation.
  std::vector<RelationId> relations;
  // Bit (1 << Modality) set for each modality to keep.
  // Default: every modality.
  uint8_t modality_mask = 0b111;

  static uint8_t Bit(Modality m) { return static_cast<uint8_t>(1u << static_cast<uint8_t>(m)); }
  bool Keeps(Modality m) const { return (modality_mask & Bit(m)) != 0; }
};

// What ApplyDocument did.
struct ApplyResult {
  bool already_present = false;  // the document was stored before; nothing changed
  size_t nodes_created = 0;
  size_t edges_created = 0;
  size_t mentions_written = 0;
};

struct GraphStats {
  uint64_t nodes = 0;
  uint64_t edges = 0;      // merged edges
  uint64_t mentions = 0;
  uint64_t documents = 0;
  std::map<std::string, uint64_t> nodes_by_type;
  std::map<std::string, uint64_t> edges_by_relation;
};

// Repeated neighbour scans with one RocksDB iterator, for graph searches.
// Thread safety: not thread-safe; use one cursor per thread. The cursor must
// not outlive its Store.
class AdjacencyCursor {
 public:
  virtual ~AdjacencyCursor() = default;
  // Appends to *out the entries of `node` in `dir` that pass `filter`, in key
  // order (relation, modality, other node). Returns IOError/Corruption on a
  // storage failure.
  virtual Status Scan(NodeId node, Direction dir, const NeighbourFilter& filter,
                      std::vector<AdjacencyEntry>* out) = 0;
};

// Thread safety: every const method may be called from several threads at
// once; ApplyDocument serialises itself.
class Store {
 public:
  // Opens (and, if allowed, creates) the database at `path`. Returns Busy with
  // "database is locked by another kg process" when a writer holds it and
  // `options.read_only` is false; NotFound when it does not exist and may not
  // be created; IOError or Corruption otherwise.
  static Result<std::unique_ptr<Store>> Open(const std::string& path, const StoreOptions& options);

  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const;
  bool read_only() const;

  // Writes everything one document contributes in one atomic batch: after a
  // crash the document is either fully in the graph or not at all. Entities
  // are merged with existing nodes (see EntityRecord). A document whose id is
  // already stored changes nothing (already_present). Returns InvalidArgument
  // for a fact naming a missing entity, NotSupported on a read-only store.
  // REQUIRES: facts.document.id != 0.
  Result<ApplyResult> ApplyDocument(const DocumentFacts& facts);

  // Documents.
  Result<Document> GetDocument(DocId id) const;
  Status ForEachDocument(const std::function<bool(const Document&)>& fn) const;

  // Nodes. GetNode returns NotFound for an unknown id.
  Result<Node> GetNode(NodeId id) const;
  // Every node that has `name` (any surface form, compared after
  // NormalizeName) as its name or an alias, in id order; empty if none.
  Result<std::vector<NodeId>> LookupName(std::string_view name) const;
  // Every normalised alias that starts with `prefix` (normalised), with its
  // node, for "did you mean" suggestions; at most `limit` rows.
  Result<std::vector<std::pair<std::string, NodeId>>> AliasesWithPrefix(std::string_view prefix,
                                                                       size_t limit) const;
  // Calls fn for every node in id order until it returns false.
  Status ForEachNode(const std::function<bool(const Node&)>& fn) const;
  // Calls fn for every node id of `type` in id order until it returns false.
  Status ForEachNodeOfType(NodeType type, const std::function<bool(NodeId)>& fn) const;

  // Relation types. Ids are assigned on first use and never change.
  std::optional<RelationId> FindRelation(std::string_view name) const;
  // Returns the relation's name, or "rel#<id>" for an unknown id.
  std::string RelationName(RelationId id) const;
  // All relation types, by name.
  std::map<std::string, RelationId> Relations() const;

  // Edges.
  std::unique_ptr<AdjacencyCursor> NewAdjacencyCursor() const;
  Status Neighbours(NodeId node, Direction dir, const NeighbourFilter& filter,
                    std::vector<AdjacencyEntry>* out) const;
  Result<EdgeSummary> GetEdgeSummary(const EdgeKey& key) const;
  // Calls fn for every merged edge in (src, relation, modality, dst) order
  // until it returns false.
  Status ForEachEdge(const std::function<bool(const Edge&)>& fn) const;
  // Appends the mentions of an edge, at most `limit`, in (doc, sentence,
  // begin) order.
  Status GetMentions(const EdgeKey& key, std::vector<Mention>* out,
                     size_t limit = SIZE_MAX) const;

  Result<GraphStats> Stats() const;

  // Writes the records held back (bulk writes) and every memtable to disk,
  // all column families at once, and waits. On OK every document
  // ApplyDocument has returned for survives a crash
  // (with bulk_writes, nothing else makes them durable). Returns IOError on
  // a write failure. REQUIRES: !read_only().
  Status Flush();

  // For the bulk importer: true when the graph holds no node and no edge.
  Result<bool> IsEmpty() const;
  // Atomically adds prepared SST files, one list per column family name.
  // Used by ImportCsv; REQUIRES: !read_only().
  Status IngestSstFiles(const std::map<std::string, std::vector<std::string>>& files_by_family);
  // Re-reads the meta family (next node id, relation types) after an ingest
  // of SST files that carried it.
  Status ReloadMeta();

  // The RocksDB handles, for graph/*.cc internals (the bulk importer) only.
  struct Impl;
  Impl* impl() { return impl_.get(); }

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace kg::graph
