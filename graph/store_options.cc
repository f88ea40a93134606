// The column families of a store and their options, and the creation of a
// new database; Store::Open (store.cc) uses them.
#include <rocksdb/filter_policy.h>
#include <rocksdb/table.h>

#include <algorithm>
#include <cassert>

#include "graph/neighbour_list.h"
#include "graph/store_internal.h"

namespace kg::graph {
namespace {

rocksdb::BlockBasedTableOptions TableOptions(const std::shared_ptr<rocksdb::Cache>& cache,
                                             size_t block_size, bool read_only) {
  rocksdb::BlockBasedTableOptions t;
  t.block_cache = cache;
  t.cache_index_and_filter_blocks = true;
  t.pin_l0_filter_and_index_blocks_in_cache = true;
  // Readers keep every file's index and filter once read, not only level
  // 0's: files that kg import or a bulk load ingest land in the bottom level,
  // and without this each look-up in them went through the block cache
  // again. A writer keeps its memory bound instead (an ingest's small cache
  // must not grow with the database).
  if (read_only) t.metadata_cache_options.unpartitioned_pinning = rocksdb::PinningTier::kAll;
  t.filter_policy.reset(rocksdb::NewBloomFilterPolicy(10));
  t.block_size = block_size;
  t.format_version = 5;
  return t;
}

}  // namespace

std::vector<rocksdb::ColumnFamilyDescriptor> Families(const StoreOptions& options) {
  auto cache = rocksdb::NewLRUCache(options.block_cache_bytes);
  rocksdb::ColumnFamilyOptions plain;
  plain.table_factory.reset(rocksdb::NewBlockBasedTableFactory(TableOptions(cache, 4096, options.read_only)));
  plain.compression = rocksdb::kLZ4Compression;
  // Each family's memtable may take half the shared budget (see Open), so
  // one busy family does not force flushes of tiny ones.
  size_t memtable_bytes = std::max<size_t>(options.write_buffer_bytes / 2, size_t{1} << 20);
  plain.write_buffer_size = memtable_bytes;
  // The writer looks up keys that are mostly absent (a new document, a new
  // name, a new edge): a Bloom filter over each memtable's keys answers
  // those without a search of the skip list.
  plain.memtable_whole_key_filtering = true;
  plain.memtable_prefix_bloom_size_ratio = 0.02;
  if (options.bulk_writes) {
    // A bulk load keeps its writes out of the memtables (PendingWrites)
    // and decides its flushes itself (FlushIfFull); RocksDB must never cut
    // a memtable on its own, so one may grow well past the budget. Arena
    // blocks and the Bloom filter keep the sizes they had.
    plain.write_buffer_size = 4 * std::max<size_t>(options.write_buffer_bytes, size_t{16} << 20);
    plain.arena_block_size = std::min<size_t>(memtable_bytes / 8, size_t{1} << 20);
    plain.memtable_prefix_bloom_size_ratio =
        0.02 * static_cast<double>(memtable_bytes) / static_cast<double>(plain.write_buffer_size);
  }

  // Neighbour lists are read by point lookups on every traversal step:
  // bigger blocks mean fewer index entries for long lists, and no
  // compression keeps a lookup to a copy-free block read.
  // A bulk load writes every family's files together, often, and compacts
  // them soon after: the first two levels stay uncompressed then, and
  // later compactions compress what lasts.
  if (options.bulk_writes) {
    plain.compression_per_level = {rocksdb::kNoCompression, rocksdb::kNoCompression,
                                   rocksdb::kLZ4Compression};
  }

  rocksdb::ColumnFamilyOptions nbrs = plain;
  nbrs.merge_operator = NewNeighbourListMergeOperator();
  nbrs.compression = rocksdb::kNoCompression;
  nbrs.compression_per_level.clear();
  nbrs.table_factory.reset(rocksdb::NewBlockBasedTableFactory(TableOptions(cache, 16384, options.read_only)));

  return {{kMetaFamily, plain},     {kNodesFamily, plain}, {kAdjacencyFamily, plain},
          {kNeighboursFamily, nbrs}, {kMentionsFamily, plain}, {kDocsFamily, plain},
          {kIndexFamily, plain}};
}

// Creates a database with all column families. RocksDB rewrites and
// re-reads its options file for each family that DB::Open creates (two
// thirds of a short ingest's start-up); CreateColumnFamilies does it once.
rocksdb::Status CreateDatabase(const rocksdb::DBOptions& db_options, const std::string& path,
                       std::vector<rocksdb::ColumnFamilyDescriptor> families,
                       std::vector<rocksdb::ColumnFamilyHandle*>* handles, rocksdb::DB** db) {
  assert(families.front().name == rocksdb::kDefaultColumnFamilyName);  // the meta family
  std::vector<rocksdb::ColumnFamilyDescriptor> rest(families.begin() + 1, families.end());
  families.resize(1);
  auto s = rocksdb::DB::Open(db_options, path, families, handles, db);
  if (!s.ok()) return s;
  std::vector<rocksdb::ColumnFamilyHandle*> created;
  s = (*db)->CreateColumnFamilies(rest, &created);
  handles->insert(handles->end(), created.begin(), created.end());
  if (!s.ok()) {
    for (auto* h : *handles) (*db)->DestroyColumnFamilyHandle(h).PermitUncheckedError();
    handles->clear();
    delete *db;
    *db = nullptr;
  }
  return s;
}

}  // namespace kg::graph
