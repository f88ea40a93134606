#include "graph/store.h"

#include <rocksdb/write_buffer_manager.h>

#include <algorithm>
#include <filesystem>

#include "graph/neighbour_list.h"
#include "graph/record_codec.h"
#include "graph/store_internal.h"

namespace kg::graph {
namespace {

// 2: name keys fold accents (NormalizeName), so a version-1 database's
// alias index would miss accented names.
constexpr uint32_t kFormatVersion = 2;

// Document batches do not carry meta:next_node (it would be one more key in
// most of them): a node id is allocated with its record in the same batch,
// so one past the highest node key is always free.
Status AfterLastNode(Store::Impl* impl) {
  std::unique_ptr<rocksdb::Iterator> it(impl->db->NewIterator(rocksdb::ReadOptions(), impl->nodes));
  it->SeekToLast();
  if (it->Valid() && it->key().size() == 8) {
    impl->next_node_id = std::max(impl->next_node_id, DecodeFixed64BE(it->key().data()) + 1);
  }
  return FromRocks(it->status(), "reading the last node id");
}

Status LoadMeta(Store::Impl* impl) {
  std::string value;
  auto s = impl->db->Get(rocksdb::ReadOptions(), impl->meta, kFormatVersionKey, &value);
  if (s.ok() && (value.size() != 4 || DecodeFixed32BE(value.data()) != kFormatVersion)) {
    std::string found = value.size() == 4 ? std::to_string(DecodeFixed32BE(value.data())) : "unknown";
    return Status::NotSupported("database format version " + found + ", this kg reads version " +
                                std::to_string(kFormatVersion) +
                                "; ingest the articles again into a new database: " + impl->path);
  }
  if (!s.ok() && !s.IsNotFound()) return FromRocks(s, "reading meta");
  s = impl->db->Get(rocksdb::ReadOptions(), impl->meta, kNextNodeIdKey, &value);
  if (s.ok() && value.size() == 8) impl->next_node_id = DecodeFixed64BE(value.data());
  KG_RETURN_IF_ERROR(AfterLastNode(impl));
  std::unique_ptr<rocksdb::Iterator> it(impl->db->NewIterator(rocksdb::ReadOptions(), impl->meta));
  for (it->Seek(kRelationPrefix); it->Valid() && it->key().starts_with(kRelationPrefix);
       it->Next()) {
    if (it->value().size() != 2) return Status::Corruption("bad relation entry in meta");
    std::string name = it->key().ToString().substr(std::strlen(kRelationPrefix));
    RelationId id = DecodeFixed16BE(it->value().data());
    impl->relation_ids[name] = id;
    if (impl->relation_names.size() <= id) impl->relation_names.resize(id + 1);
    impl->relation_names[id] = name;
  }
  return FromRocks(it->status(), "reading relation types");
}

Status WriteFormatVersion(Store::Impl* impl) {
  std::string v;
  PutFixed32BE(&v, kFormatVersion);
  return FromRocks(impl->db->Put(rocksdb::WriteOptions(), impl->meta, kFormatVersionKey, v),
                   "writing meta");
}

class NeighbourListCursor : public AdjacencyCursor {
 public:
  NeighbourListCursor(rocksdb::DB* db, rocksdb::ColumnFamilyHandle* cf) : db_(db), cf_(cf) {
    key_.reserve(9);
  }

  Status Scan(NodeId node, Direction dir, const NeighbourFilter& filter,
              std::vector<AdjacencyEntry>* out) override {
    key_.clear();
    key_.push_back(static_cast<char>(dir));
    PutFixed64BE(&key_, node);
    value_.Reset();
    auto s = db_->Get(read_options_, cf_, key_, &value_);
    if (s.IsNotFound()) return Status::OK();
    if (!s.ok()) return FromRocks(s, "reading neighbours");
    return DecodeNeighbours(std::string_view(value_.data(), value_.size()), dir, node, filter, out);
  }

 private:
  rocksdb::DB* db_;
  rocksdb::ColumnFamilyHandle* cf_;
  rocksdb::ReadOptions read_options_;
  std::string key_;
  rocksdb::PinnableSlice value_;
};

}  // namespace

Status FromRocks(const rocksdb::Status& s, const std::string& what) {
  if (s.ok()) return Status::OK();
  std::string msg = what + ": " + s.ToString();
  if (s.IsNotFound()) return Status::NotFound(msg);
  if (s.IsCorruption()) return Status::Corruption(msg);
  if (s.IsNotSupported()) return Status::NotSupported(msg);
  if (s.IsInvalidArgument()) return Status::InvalidArgument(msg);
  return Status::IOError(msg);
}

Store::Impl::~Impl() {
  for (auto* h : handles) db->DestroyColumnFamilyHandle(h).PermitUncheckedError();
  handles.clear();
  db.reset();
}

rocksdb::ColumnFamilyHandle* Store::Impl::Family(const std::string& name) const {
  for (auto* h : handles) {
    if (h->GetName() == name) return h;
  }
  return nullptr;
}

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Store::~Store() {
  // A bulk load's writes since its last flush are made durable on closing,
  // as RocksDB does with what its memtables hold.
  std::lock_guard lock(impl_->write_mu);
  const WriterCache& cache = impl_->writer_cache;
  if (!impl_->options.bulk_writes) return;
  if (impl_->pending.empty() && cache.deferred_nodes.empty() && cache.deferred_edges.empty()) {
    return;
  }
  FlushLocked(impl_.get(), /*wait=*/false).PermitUncheckedError();  // nothing to report it to
}

Result<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->path = path;
  impl->options = options;
  bool exists = std::filesystem::exists(std::filesystem::path(path) / "CURRENT");
  if (!exists && (options.read_only || !options.create_if_missing)) {
    return Status::NotFound("no kg database at " + path);
  }
  rocksdb::DBOptions db_options;
  db_options.create_if_missing = true;
  db_options.create_missing_column_families = true;
  db_options.max_background_jobs = 2;
  db_options.info_log_level = rocksdb::InfoLogLevel::WARN_LEVEL;
  db_options.keep_log_file_num = 2;
  // A bulk load decides its own flushes (store_flush.cc).
  if (!options.bulk_writes) {
    db_options.write_buffer_manager =
        std::make_shared<rocksdb::WriteBufferManager>(options.write_buffer_bytes);
  }
  // Without the log, recovery has only the flushed files: flushing the
  // families one by one could leave a document's nodes on disk without its
  // edges. An atomic flush cuts all of them at the same write batch.
  db_options.atomic_flush = options.bulk_writes;
  rocksdb::DB* raw = nullptr;
  rocksdb::Status s;
  if (options.read_only) {
    s = rocksdb::DB::OpenForReadOnly(db_options, path, Families(options), &impl->handles, &raw);
  } else if (exists) {
    s = rocksdb::DB::Open(db_options, path, Families(options), &impl->handles, &raw);
  } else {
    s = CreateDatabase(db_options, path, Families(options), &impl->handles, &raw);
  }
  if (!s.ok()) {
    if (s.IsIOError() && s.ToString().find("lock") != std::string::npos) {
      return Status::Busy("database is locked by another kg process: " + path);
    }
    return FromRocks(s, "opening " + path);
  }
  impl->db.reset(raw);
  impl->meta = impl->Family(kMetaFamily);
  impl->nodes = impl->Family(kNodesFamily);
  impl->adj = impl->Family(kAdjacencyFamily);
  impl->nbrs = impl->Family(kNeighboursFamily);
  impl->mentions = impl->Family(kMentionsFamily);
  impl->docs = impl->Family(kDocsFamily);
  impl->index = impl->Family(kIndexFamily);
  if (options.bulk_writes && !options.read_only) {
    impl->pending.Bind(impl->handles);
    // SST files a killed bulk load wrote but never ingested.
    std::error_code ignored;
    std::filesystem::remove_all(PendingDir(*impl), ignored);
  }
  if (!exists) KG_RETURN_IF_ERROR(WriteFormatVersion(impl.get()));
  KG_RETURN_IF_ERROR(LoadMeta(impl.get()));
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

const std::string& Store::path() const { return impl_->path; }
bool Store::read_only() const { return impl_->options.read_only; }

Result<Document> Store::GetDocument(DocId id) const {
  std::string value;
  auto s = impl_->db->Get(rocksdb::ReadOptions(), impl_->docs, DocKey(id), &value);
  if (!s.ok()) return FromRocks(s, "document " + DocIdToString(id));
  Document d;
  KG_RETURN_IF_ERROR(DecodeDocument(value, &d));
  d.id = id;
  return d;
}

Status Store::ForEachDocument(const std::function<bool(const Document&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->docs));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Document d;
    auto id = ParseDocKey(std::string_view(it->key().data(), it->key().size()));
    if (!id) return Status::Corruption("malformed document key");
    KG_RETURN_IF_ERROR(DecodeDocument(std::string_view(it->value().data(), it->value().size()), &d));
    d.id = *id;
    if (!fn(d)) break;
  }
  return FromRocks(it->status(), "scanning documents");
}

Result<Node> Store::GetNode(NodeId id) const {
  std::string value;
  auto s = impl_->db->Get(rocksdb::ReadOptions(), impl_->nodes, NodeKey(id), &value);
  if (!s.ok()) return FromRocks(s, "node " + std::to_string(id));
  Node n;
  KG_RETURN_IF_ERROR(DecodeNode(value, &n));
  n.id = id;
  return n;
}

Result<std::vector<NodeId>> Store::LookupName(std::string_view name) const {
  std::string prefix = AliasPrefix(NormalizeName(name));
  std::vector<NodeId> ids;
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->index));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    auto id = ParseAliasKey(std::string_view(it->key().data(), it->key().size()), nullptr);
    if (id && it->key().size() == prefix.size() + 8) ids.push_back(*id);
  }
  KG_RETURN_IF_ERROR(FromRocks(it->status(), "looking up a name"));
  return ids;
}

Result<std::vector<std::pair<std::string, NodeId>>> Store::AliasesWithPrefix(
    std::string_view prefix, size_t limit) const {
  std::string start = "a" + NormalizeName(prefix);
  std::vector<std::pair<std::string, NodeId>> rows;
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->index));
  for (it->Seek(start); it->Valid() && it->key().starts_with(start) && rows.size() < limit;
       it->Next()) {
    std::string alias;
    auto id = ParseAliasKey(std::string_view(it->key().data(), it->key().size()), &alias);
    if (id) rows.emplace_back(alias, *id);
  }
  KG_RETURN_IF_ERROR(FromRocks(it->status(), "listing aliases"));
  return rows;
}

Status Store::ForEachNode(const std::function<bool(const Node&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->nodes));
  for (it->SeekToFirst(); it->Valid(); it->Next()) {
    Node n;
    auto id = ParseNodeKey(std::string_view(it->key().data(), it->key().size()));
    if (!id) return Status::Corruption("malformed node key");
    KG_RETURN_IF_ERROR(DecodeNode(std::string_view(it->value().data(), it->value().size()), &n));
    n.id = *id;
    if (!fn(n)) break;
  }
  return FromRocks(it->status(), "scanning nodes");
}

Status Store::ForEachNodeOfType(NodeType type, const std::function<bool(NodeId)>& fn) const {
  std::string prefix = TypePrefix(type);
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->index));
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
    auto id = ParseTypeKey(std::string_view(it->key().data(), it->key().size()));
    if (!id) return Status::Corruption("malformed type index key");
    if (!fn(*id)) break;
  }
  return FromRocks(it->status(), "scanning nodes by type");
}

std::optional<RelationId> Store::FindRelation(std::string_view name) const {
  std::shared_lock lock(impl_->relations_mu);
  auto it = impl_->relation_ids.find(std::string(name));
  if (it == impl_->relation_ids.end()) return std::nullopt;
  return it->second;
}

std::string Store::RelationName(RelationId id) const {
  std::shared_lock lock(impl_->relations_mu);
  if (id < impl_->relation_names.size() && !impl_->relation_names[id].empty()) {
    return impl_->relation_names[id];
  }
  return "rel#" + std::to_string(id);
}

std::map<std::string, RelationId> Store::Relations() const {
  std::shared_lock lock(impl_->relations_mu);
  return impl_->relation_ids;
}

std::unique_ptr<AdjacencyCursor> Store::NewAdjacencyCursor() const {
  return std::make_unique<NeighbourListCursor>(impl_->db.get(), impl_->nbrs);
}

Status Store::Neighbours(NodeId node, Direction dir, const NeighbourFilter& filter,
                         std::vector<AdjacencyEntry>* out) const {
  return NewAdjacencyCursor()->Scan(node, dir, filter, out);
}

Result<EdgeSummary> Store::GetEdgeSummary(const EdgeKey& key) const {
  std::string value;
  auto s = impl_->db->Get(rocksdb::ReadOptions(), impl_->adj, OutEdgeKey(key), &value);
  if (!s.ok()) return FromRocks(s, "edge");
  EdgeSummary summary;
  KG_RETURN_IF_ERROR(DecodeEdgeSummary(value, &summary));
  return summary;
}

Status Store::ForEachEdge(const std::function<bool(const Edge&)>& fn) const {
  std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->adj));
  for (it->Seek("o"); it->Valid() && it->key().starts_with("o"); it->Next()) {
    auto entry = ParseAdjacencyKey(std::string_view(it->key().data(), it->key().size()));
    if (!entry) return Status::Corruption("malformed adjacency key");
    Edge e;
    e.key = entry->ToEdgeKey();
    e.relation = RelationName(e.key.relation);
    KG_RETURN_IF_ERROR(DecodeEdgeSummary(
        std::string_view(it->value().data(), it->value().size()), &e.summary));
    if (!fn(e)) break;
  }
  return FromRocks(it->status(), "scanning edges");
}

Status Store::GetMentions(const EdgeKey& key, std::vector<Mention>* out, size_t limit) const {
  std::string prefix = MentionPrefix(key);
  std::unique_ptr<rocksdb::Iterator> it(
      impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->mentions));
  size_t n = 0;
  for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix) && n < limit;
       it->Next(), ++n) {
    auto parts = ParseMentionKey(std::string_view(it->key().data(), it->key().size()));
    if (!parts) return Status::Corruption("malformed mention key");
    Mention m;
    KG_RETURN_IF_ERROR(DecodeMention(std::string_view(it->value().data(), it->value().size()), &m));
    m.doc = parts->doc;
    m.sentence = parts->sentence;
    m.begin = parts->begin;
    out->push_back(std::move(m));
  }
  return FromRocks(it->status(), "reading mentions");
}

Result<GraphStats> Store::Stats() const {
  GraphStats st;
  for (int t = 0; t < kNodeTypeCount; ++t) {
    uint64_t n = 0;
    KG_RETURN_IF_ERROR(ForEachNodeOfType(static_cast<NodeType>(t), [&](NodeId) {
      ++n;
      return true;
    }));
    if (n) st.nodes_by_type[std::string(NodeTypeName(static_cast<NodeType>(t)))] = n;
    st.nodes += n;
  }
  KG_RETURN_IF_ERROR(ForEachEdge([&](const Edge& e) {
    ++st.edges;
    st.mentions += e.summary.mention_count;
    ++st.edges_by_relation[e.relation];
    return true;
  }));
  KG_RETURN_IF_ERROR(ForEachDocument([&](const Document&) {
    ++st.documents;
    return true;
  }));
  return st;
}

Result<bool> Store::IsEmpty() const {
  for (auto* cf : {impl_->nodes, impl_->adj}) {
    std::unique_ptr<rocksdb::Iterator> it(impl_->db->NewIterator(rocksdb::ReadOptions(), cf));
    it->SeekToFirst();
    KG_RETURN_IF_ERROR(FromRocks(it->status(), "checking for data"));
    if (it->Valid()) return false;
  }
  return true;
}

Status Store::IngestSstFiles(
    const std::map<std::string, std::vector<std::string>>& files_by_family) {
  if (read_only()) return Status::NotSupported("the database is open read-only");
  std::vector<rocksdb::IngestExternalFileArg> args;
  for (const auto& [family, files] : files_by_family) {
    if (files.empty()) continue;
    rocksdb::IngestExternalFileArg arg;
    arg.column_family = impl_->Family(family);
    if (!arg.column_family) return Status::InvalidArgument("no column family " + family);
    arg.external_files = files;
    arg.options.move_files = true;
    args.push_back(std::move(arg));
  }
  if (args.empty()) return Status::OK();
  std::lock_guard lock(impl_->write_mu);
  impl_->writer_cache.Clear();  // the files may replace what it holds
  return FromRocks(impl_->db->IngestExternalFiles(args), "ingesting SST files");
}

Status Store::ReloadMeta() {
  std::unique_lock lock(impl_->relations_mu);
  impl_->relation_ids.clear();
  impl_->relation_names.clear();
  return LoadMeta(impl_.get());
}

}  // namespace kg::graph
