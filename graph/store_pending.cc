// A bulk load's writes between two flushes (PendingWrites, declared in
// store_internal.h). A key inserted into a memtable costs a skip-list search
// that misses the cache at nearly every step, about 11k instructions; kept
// here it costs an append, and the flush sorts each family once and writes
// it straight into an SST file, which RocksDB's own flush would have built
// from the memtable anyway.
#include <rocksdb/sst_file_writer.h>

#include <algorithm>
#include <cassert>
#include <filesystem>
#include <numeric>

#include "graph/key_codec.h"
#include "graph/store_internal.h"

namespace kg::graph {
namespace {

// What a lookup entry costs beside its key: the hash node and its bucket.
constexpr size_t kLookupEntryBytes = 64;

rocksdb::Slice ToSlice(std::string_view s) { return rocksdb::Slice(s.data(), s.size()); }

}  // namespace

// Copies a document's batch into the pending families and the lookups.
class PendingWrites::Collector : public rocksdb::WriteBatch::Handler {
 public:
  explicit Collector(PendingWrites* pending) : pending_(pending) {}

  rocksdb::Status PutCF(uint32_t id, const rocksdb::Slice& key,
                        const rocksdb::Slice& value) override {
    return Take(id, key, value, /*merge=*/false);
  }
  rocksdb::Status MergeCF(uint32_t id, const rocksdb::Slice& key,
                          const rocksdb::Slice& value) override {
    return Take(id, key, value, /*merge=*/true);
  }

 private:
  rocksdb::Status Take(uint32_t id, const rocksdb::Slice& key, const rocksdb::Slice& value,
                       bool merge) {
    if (id >= pending_->slot_of_id_.size() || pending_->slot_of_id_[id] < 0) {
      return rocksdb::Status::InvalidArgument("a write to an unknown column family");
    }
    Family& f = pending_->families_[pending_->slot_of_id_[id]];
    // A family's pending keys become one file of puts or one of merges.
    if (f.merges != merge) return rocksdb::Status::NotSupported("puts and merges in one family");
    std::string_view k(key.data(), key.size());
    pending_->Append(&f, k, std::string_view(value.data(), value.size()));
    pending_->Remember(f, k, value);
    return rocksdb::Status::OK();
  }

  PendingWrites* pending_;
};

void PendingWrites::Bind(const std::vector<rocksdb::ColumnFamilyHandle*>& handles) {
  families_.resize(handles.size());
  for (size_t i = 0; i < handles.size(); ++i) {
    families_[i].handle = handles[i];
    families_[i].merges = handles[i]->GetName() == kNeighboursFamily;
    uint32_t id = handles[i]->GetID();
    if (slot_of_id_.size() <= id) slot_of_id_.resize(id + 1, -1);
    slot_of_id_[id] = static_cast<int>(i);
    if (handles[i]->GetName() == kDocsFamily) docs_id_ = id;
    if (handles[i]->GetName() == kIndexFamily) index_id_ = id;
  }
}

Status PendingWrites::Add(const rocksdb::WriteBatch& batch) {
  Collector collector(this);
  return FromRocks(batch.Iterate(&collector), "collecting a document's writes");
}

void PendingWrites::Put(rocksdb::ColumnFamilyHandle* cf, std::string_view key,
                        std::string_view value) {
  uint32_t id = cf->GetID();
  assert(id < slot_of_id_.size() && slot_of_id_[id] >= 0);  // a family of this store
  Family& f = families_[slot_of_id_[id]];
  assert(!f.merges);  // Put is for records, never neighbour lists
  Append(&f, key, value);
}

void PendingWrites::Append(Family* f, std::string_view key, std::string_view value) {
  f->entries.push_back(Entry{f->bytes.size(), key.size(), value.size()});
  f->bytes.append(key);
  f->bytes.append(value);
  bytes_ += key.size() + value.size() + sizeof(Entry);
}

// The keys the writer reads back before the flush: documents, and the
// canonical-name and alias entries of the index.
void PendingWrites::Remember(const Family& f, std::string_view key, const rocksdb::Slice& value) {
  uint32_t id = f.handle->GetID();
  if (id == docs_id_) {
    if (auto doc = ParseDocKey(key)) docs_.insert(*doc);
    bytes_ += kLookupEntryBytes;
  } else if (id == index_id_ && !key.empty() && key[0] == 'n' && value.size() == 8) {
    canonical_.insert_or_assign(std::string(key), DecodeFixed64BE(value.data()));
    bytes_ += kLookupEntryBytes + key.size();
  } else if (id == index_id_ && !key.empty() && key[0] == 'a') {
    std::string alias;
    if (auto node = ParseAliasKey(key, &alias)) {
      bytes_ += kLookupEntryBytes + alias.size();
      aliases_[std::move(alias)].push_back(*node);
    }
  }
}

NodeId PendingWrites::Canonical(const std::string& key) const {
  auto it = canonical_.find(key);
  return it == canonical_.end() ? 0 : it->second;
}

const std::vector<NodeId>* PendingWrites::Aliases(const std::string& normalized) const {
  auto it = aliases_.find(normalized);
  return it == aliases_.end() ? nullptr : &it->second;
}

// Writes one family's keys in order. A key written more than once keeps its
// last value; a neighbour list's operands are concatenated into one, as the
// merge operator's partial merge does.
Status PendingWrites::WriteFamily(rocksdb::DB* db, const Family& f, const std::string& path) {
  auto key_of = [&f](size_t i) {
    return std::string_view(f.bytes).substr(f.entries[i].key_at, f.entries[i].key_size);
  };
  auto value_of = [&f](size_t i) {
    const Entry& e = f.entries[i];
    return std::string_view(f.bytes).substr(e.key_at + e.key_size, e.value_size);
  };
  std::vector<uint32_t> order(f.entries.size());
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    int c = key_of(a).compare(key_of(b));
    return c != 0 ? c < 0 : a < b;  // equal keys in arrival order
  });
  // These files are read soon (the writer's look-ups) and compacted with
  // the next ones: no compression, and their pages stay cached.
  rocksdb::Options options = db->GetOptions(f.handle);
  options.compression = rocksdb::kNoCompression;
  options.compression_per_level.clear();
  options.bottommost_compression = rocksdb::kDisableCompressionOption;
  rocksdb::SstFileWriter writer(rocksdb::EnvOptions(), options, f.handle,
                                /*invalidate_page_cache=*/false);
  KG_RETURN_IF_ERROR(FromRocks(writer.Open(path), "creating " + path));
  std::string operands;
  rocksdb::Status s;
  for (size_t i = 0; i < order.size() && s.ok();) {
    std::string_view key = key_of(order[i]);
    size_t j = i + 1;
    while (j < order.size() && key_of(order[j]) == key) ++j;
    if (!f.merges) {
      s = writer.Put(ToSlice(key), ToSlice(value_of(order[j - 1])));
    } else {
      operands.clear();
      for (size_t k = i; k < j; ++k) operands.append(value_of(order[k]));
      s = writer.Merge(ToSlice(key), operands);
    }
    i = j;
  }
  KG_RETURN_IF_ERROR(FromRocks(s, "writing " + path));
  return FromRocks(writer.Finish(), "finishing " + path);
}

Status PendingWrites::WriteTo(rocksdb::DB* db, const std::string& dir) {
  if (empty()) return Status::OK();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create " + dir + ": " + ec.message());
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (size_t i = 0; i < families_.size(); ++i) {
    const Family& f = families_[i];
    if (f.entries.empty()) continue;
    std::string path = dir + "/" + std::to_string(i) + ".sst";
    KG_RETURN_IF_ERROR(WriteFamily(db, f, path));
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = f.handle;
    arg.external_files = {path};
    arg.options.move_files = true;
    // The sequence number goes into the manifest only, not into the file.
    arg.options.write_global_seqno = false;
    args.push_back(std::move(arg));
  }
  // One call for all families is atomic: after a crash the database holds
  // all of these files or none.
  KG_RETURN_IF_ERROR(FromRocks(db->IngestExternalFiles(args), "ingesting " + dir));
  Clear();
  std::filesystem::remove(dir, ec);  // empty now: the files were moved
  return Status::OK();
}

void PendingWrites::Clear() {
  // The buffers keep their capacity: the next flush's writes reuse it, so
  // memory stays where the first flush left it.
  for (auto& f : families_) {
    f.bytes.clear();
    f.entries.clear();
  }
  docs_.clear();
  canonical_.clear();
  aliases_.clear();
  bytes_ = 0;
}

std::string PendingDir(const Store::Impl& impl) { return impl.path + "/bulk.tmp"; }

}  // namespace kg::graph
