// Flushes of a Store and, with bulk writes, the records held back until
// them: the node records and edge summaries that documents changed since the
// last flush (WriterCache::deferred_*) and every other key they wrote
// (PendingWrites). A bulk load decides its flushes here rather than leaving
// them to RocksDB, and a flush ingests all families' files at once, so the
// files on disk always hold whole documents with up-to-date nodes and edges
// (docs/storage.md, Writes).
#include <rocksdb/write_batch.h>

#include "graph/key_codec.h"
#include "graph/record_codec.h"
#include "graph/store.h"
#include "graph/store_internal.h"

namespace kg::graph {
namespace {

// What a deferred record costs in memory, roughly (the strings of a node,
// the hash map's node): counted against the memtable budget with the
// memtables themselves.
constexpr size_t kDeferredNodeBytes = 256;
constexpr size_t kDeferredEdgeBytes = 128;

size_t DeferredBytes(const WriterCache& cache) {
  return cache.deferred_nodes.size() * kDeferredNodeBytes +
         cache.deferred_edges.size() * kDeferredEdgeBytes;
}

// Moves the records just written into the bounded clean cache.
void CleanDeferred(WriterCache* cache) {
  for (auto& [id, node] : cache->deferred_nodes) {
    if (cache->nodes.size() >= WriterCache::kMaxNodes) cache->nodes.clear();
    cache->nodes.insert_or_assign(id, std::move(node));
  }
  for (auto& [key, summary] : cache->deferred_edges) {
    if (cache->edges.size() >= WriterCache::kMaxEdges) cache->edges.clear();
    cache->edges.insert_or_assign(key, std::move(summary));
  }
  cache->deferred_nodes.clear();
  cache->deferred_edges.clear();
}

// Bulk writes: the deferred records join the pending writes.
void PendDeferred(Store::Impl* impl) {
  WriterCache& cache = impl->writer_cache;
  std::string value;
  for (const auto& [id, node] : cache.deferred_nodes) {
    value.clear();
    EncodeNode(node, &value);
    impl->pending.Put(impl->nodes, NodeKey(id), value);
  }
  for (const auto& [key, summary] : cache.deferred_edges) {
    value.clear();
    EncodeEdgeSummary(summary, &value);
    impl->pending.Put(impl->adj, key, value);
  }
  value.clear();
  PutFixed64BE(&value, impl->next_node_id);
  impl->pending.Put(impl->meta, kNextNodeIdKey, value);
  CleanDeferred(&cache);
}

}  // namespace

Status WriteDeferred(Store::Impl* impl) {
  if (impl->options.bulk_writes) {
    PendDeferred(impl);
    return Status::OK();
  }
  WriterCache& cache = impl->writer_cache;
  rocksdb::WriteBatch batch;
  std::string value;
  for (const auto& [id, node] : cache.deferred_nodes) {
    value.clear();
    EncodeNode(node, &value);
    KG_RETURN_IF_ERROR(FromRocks(batch.Put(impl->nodes, NodeKey(id), value), "deferred nodes"));
  }
  for (const auto& [key, summary] : cache.deferred_edges) {
    value.clear();
    EncodeEdgeSummary(summary, &value);
    KG_RETURN_IF_ERROR(FromRocks(batch.Put(impl->adj, key, value), "deferred edges"));
  }
  // For readers that take the counter as it is stored (see LoadMeta).
  value.clear();
  PutFixed64BE(&value, impl->next_node_id);
  KG_RETURN_IF_ERROR(FromRocks(batch.Put(impl->meta, kNextNodeIdKey, value), "writing meta"));
  KG_RETURN_IF_ERROR(FromRocks(impl->db->Write(rocksdb::WriteOptions(), &batch),
                               "writing deferred records"));
  CleanDeferred(&cache);
  return Status::OK();
}

Status FlushLocked(Store::Impl* impl, bool wait) {
  KG_RETURN_IF_ERROR(WriteDeferred(impl));
  if (impl->options.bulk_writes) {
    KG_RETURN_IF_ERROR(impl->pending.WriteTo(impl->db.get(), PendingDir(*impl)));
    // A bulk load leaves nothing in the memtables but what Open wrote
    // through the log; the final Flush writes that out too.
    if (!wait) return Status::OK();
  }
  rocksdb::FlushOptions fo;
  fo.wait = wait;
  return FromRocks(impl->db->Flush(fo, impl->handles), "flushing " + impl->path);
}

Status FlushIfFull(Store::Impl* impl, size_t incoming) {
  // At seven eighths of the budget, where RocksDB's write-buffer manager
  // flushes the other stores.
  size_t budget = impl->options.write_buffer_bytes / 8 * 7;
  size_t held = impl->pending.bytes() + DeferredBytes(impl->writer_cache);
  if (held + incoming < budget) return Status::OK();
  return FlushLocked(impl, /*wait=*/false);
}

Status Store::Flush() {
  if (read_only()) return Status::NotSupported("the database is open read-only");
  std::lock_guard lock(impl_->write_mu);
  return FlushLocked(impl_.get(), /*wait=*/true);
}

}  // namespace kg::graph
