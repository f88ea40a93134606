// Store::ApplyDocument: one document's entities, edges and mentions in one
// WriteBatch. Reads (node merge, edge summaries) see the committed state,
// pending writes of a bulk load included; the write lock makes the
// read-modify-write safe, since kg has one writer.
#include <rocksdb/write_batch.h>

#include <algorithm>
#include <chrono>
#include <set>
#include <unordered_map>

#include "graph/neighbour_list.h"
#include "graph/record_codec.h"
#include "graph/store.h"
#include "graph/store_internal.h"

namespace kg::graph {
namespace {

// Returns true when either bound moved.
bool WidenDates(const std::string& date, std::string* first, std::string* last) {
  if (date.empty()) return false;
  bool changed = false;
  if (first->empty() || date < *first) {
    *first = date;
    changed = true;
  }
  if (last->empty() || date > *last) {
    *last = date;
    changed = true;
  }
  return changed;
}

// Builds the batch for one document. Holds what the batch will have written,
// so later entities and edges of the same document see earlier ones.
class DocumentBatch {
 public:
  DocumentBatch(Store::Impl* impl, const DocumentFacts& facts) : impl_(impl), facts_(facts) {}

  Status Build(ApplyResult* result) {
    const Document& doc = facts_.document;
    for (const auto& entity : facts_.entities) {
      auto id = ResolveEntity(entity, result);
      if (!id.ok()) return id.status();
      entity_ids_.push_back(*id);
    }
    KG_RETURN_IF_ERROR(WriteNodes());
    KG_RETURN_IF_ERROR(WriteFacts(result));
    std::string value;
    Document stored = doc;
    if (stored.ingested_at.empty()) stored.ingested_at = NowIso();
    EncodeDocument(stored, &value);
    return Put(impl_->docs, DocKey(doc.id), value);
  }

  rocksdb::WriteBatch* batch() { return &batch_; }
  const std::map<std::string, RelationId>& new_relations() const { return new_relations_; }
  NodeId next_node_id() const { return next_node_id_; }

  // Records what this batch read and wrote in the cache. REQUIRES: the batch
  // has been written.
  void CommitTo(WriterCache* cache) {
    auto bound = [](auto& map, size_t max) {
      if (map.size() >= max) map.clear();
    };
    for (auto& [canon, id] : stored_canonical_) {
      bound(cache->canonical, WriterCache::kMaxCanonical);
      cache->canonical.insert_or_assign(std::move(canon), id);
    }
    for (auto& [id, node] : nodes_) {
      if (defer_ && dirty_.count(id)) {
        cache->deferred_nodes.insert_or_assign(id, std::move(node));
        continue;
      }
      bound(cache->nodes, WriterCache::kMaxNodes);
      cache->nodes.insert_or_assign(id, std::move(node));
    }
    for (auto& [key, summary] : written_edges_) {
      if (defer_) {
        cache->deferred_edges.insert_or_assign(std::move(key), std::move(summary));
        continue;
      }
      bound(cache->edges, WriterCache::kMaxEdges);
      cache->edges.insert_or_assign(std::move(key), std::move(summary));
    }
  }

 private:
  static std::string NowIso() {
    auto now = std::chrono::system_clock::now();
    std::time_t t = std::chrono::system_clock::to_time_t(now);
    char buf[32];
    std::strftime(buf, sizeof(buf), "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
    return buf;
  }

  Status Put(rocksdb::ColumnFamilyHandle* cf, const std::string& k, const std::string& v) {
    return FromRocks(batch_.Put(cf, k, v), "building the write batch");
  }

  Status Merge(const std::string& k, const std::string& v) {
    return FromRocks(batch_.Merge(impl_->nbrs, k, v), "building the write batch");
  }

  Result<std::optional<NodeId>> Get(rocksdb::ColumnFamilyHandle* cf, const std::string& key,
                                    std::string* value) {
    auto s = impl_->db->Get(rocksdb::ReadOptions(), cf, key, value);
    if (s.IsNotFound()) return std::optional<NodeId>();
    if (!s.ok()) return FromRocks(s, "reading");
    return std::optional<NodeId>(0);
  }

  // Finds the node for an entity: same (type, name), else the one node of
  // that type that has the name as an alias; else a new node.
  Result<NodeId> ResolveEntity(const EntityRecord& entity, ApplyResult* result) {
    std::string norm = NormalizeName(entity.name);
    if (norm.empty()) return Status::InvalidArgument("an entity has an empty name");
    std::string canon = CanonicalKey(entity.type, norm);
    if (auto it = pending_canonical_.find(canon); it != pending_canonical_.end()) return it->second;
    if (auto it = cache_.canonical.find(canon); it != cache_.canonical.end()) {
      NodeId id = it->second;
      pending_canonical_.emplace(std::move(canon), id);
      return id;
    }
    if (NodeId id = impl_->pending.Canonical(canon)) {
      pending_canonical_.emplace(canon, id);
      stored_canonical_.emplace_back(std::move(canon), id);
      return id;
    }
    std::string value;
    auto found = Get(impl_->index, canon, &value);
    if (!found.ok()) return found.status();
    if (found->has_value()) {
      if (value.size() != 8) return Status::Corruption("bad canonical index entry");
      NodeId id = DecodeFixed64BE(value.data());
      pending_canonical_[canon] = id;
      stored_canonical_.emplace_back(canon, id);
      return id;
    }
    auto by_alias = UniqueAliasMatch(norm, entity.type);
    if (!by_alias.ok()) return by_alias.status();
    NodeId id;
    if (by_alias->has_value()) {
      id = **by_alias;
    } else {
      id = next_node_id_++;
      ++result->nodes_created;
      std::string v;
      PutFixed64BE(&v, id);
      KG_RETURN_IF_ERROR(Put(impl_->index, canon, v));
      stored_canonical_.emplace_back(canon, id);
      KG_RETURN_IF_ERROR(Put(impl_->index, TypeKey(entity.type, id), ""));
      Node fresh;
      fresh.id = id;
      fresh.name = entity.name;
      fresh.type = entity.type;
      nodes_[id] = fresh;
      dirty_.insert(id);
    }
    pending_canonical_[canon] = id;
    return id;
  }

  // The nodes of `type` that have the alias, stored or pending: the one
  // node, or none when there is none or more than one.
  Result<std::optional<NodeId>> UniqueAliasMatch(const std::string& norm, NodeType type) {
    std::vector<NodeId> ids;
    if (const std::vector<NodeId>* pending = impl_->pending.Aliases(norm)) ids = *pending;
    std::string prefix = AliasPrefix(norm);
    std::unique_ptr<rocksdb::Iterator> it(
        impl_->db->NewIterator(rocksdb::ReadOptions(), impl_->index));
    for (it->Seek(prefix); it->Valid() && it->key().starts_with(prefix); it->Next()) {
      if (it->key().size() != prefix.size() + 8) continue;
      ids.push_back(DecodeFixed64BE(it->key().data() + prefix.size()));
    }
    KG_RETURN_IF_ERROR(FromRocks(it->status(), "looking up an alias"));
    std::optional<NodeId> match;
    for (NodeId id : ids) {
      auto node = FindNode(id);
      if (!node.ok()) return node.status();
      if ((*node)->type != type) continue;
      if (match && *match != id) return std::optional<NodeId>();  // ambiguous
      match = id;
    }
    return match;
  }

  // The newest state of a node: this batch's copy, a held-back record, the
  // cache, else the stored record (kept in nodes_). Valid until the batch
  // is committed.
  Result<const Node*> FindNode(NodeId id) {
    if (auto it = nodes_.find(id); it != nodes_.end()) return &it->second;
    if (auto it = cache_.deferred_nodes.find(id); it != cache_.deferred_nodes.end()) {
      return &it->second;
    }
    if (auto it = cache_.nodes.find(id); it != cache_.nodes.end()) return &it->second;
    std::string value;
    auto s = impl_->db->Get(rocksdb::ReadOptions(), impl_->nodes, NodeKey(id), &value);
    if (!s.ok()) return FromRocks(s, "reading node " + std::to_string(id));
    Node node;
    KG_RETURN_IF_ERROR(DecodeNode(value, &node));
    node.id = id;
    return &(nodes_[id] = std::move(node));
  }

  // This batch's own copy of a node, to change.
  Node* EditNode(NodeId id, const Node& current) {
    if (auto it = nodes_.find(id); it != nodes_.end()) return &it->second;
    return &(nodes_[id] = current);
  }

  // Whether the entity adds a surface form, an attribute or a date to the
  // node. Most mentions of a known actor add nothing; its record is then
  // neither copied nor rewritten.
  static bool Changes(const Node& n, const EntityRecord& entity, const std::string& date) {
    auto is_new = [&n](const std::string& surface) {
      return !surface.empty() &&
             std::find(n.aliases.begin(), n.aliases.end(), surface) == n.aliases.end();
    };
    if (is_new(entity.name) || std::any_of(entity.aliases.begin(), entity.aliases.end(), is_new)) {
      return true;
    }
    for (const auto& kv : entity.attributes) {
      if (n.attributes.find(kv.first) == n.attributes.end()) return true;
    }
    return !date.empty() && (n.first_seen.empty() || date < n.first_seen ||
                             n.last_seen.empty() || date > n.last_seen);
  }

  Status WriteNodes() {
    const std::string& date = facts_.document.date;
    for (size_t i = 0; i < facts_.entities.size(); ++i) {
      const EntityRecord& entity = facts_.entities[i];
      auto found = FindNode(entity_ids_[i]);
      if (!found.ok()) return found.status();
      if (!Changes(**found, entity, date)) continue;
      Node* n = EditNode(entity_ids_[i], **found);
      for (const auto& s : entity.aliases) AddAlias(n, s);
      AddAlias(n, entity.name);
      for (const auto& [k, v] : entity.attributes) n->attributes.emplace(k, v);
      WidenDates(date, &n->first_seen, &n->last_seen);
      dirty_.insert(n->id);
    }
    // A node this document left as it was keeps its stored record: rewriting
    // the same bytes would only grow the memtable (hub nodes are touched by
    // most documents).
    for (NodeId id : dirty_) {
      Node& node = nodes_.at(id);
      std::sort(node.aliases.begin(), node.aliases.end());
      if (defer_) continue;  // written before the next flush (CommitTo)
      std::string value;
      EncodeNode(node, &value);
      KG_RETURN_IF_ERROR(Put(impl_->nodes, NodeKey(id), value));
    }
    for (const auto& [norm, id] : new_aliases_) {
      KG_RETURN_IF_ERROR(Put(impl_->index, AliasKey(norm, id), ""));
    }
    return Status::OK();
  }

  // Adds a surface form to the node and its alias key to the batch; returns
  // false when the node had it already. A stored surface has had its alias
  // key written with it, so only new surfaces need one.
  bool AddAlias(Node* n, const std::string& surface) {
    if (surface.empty()) return false;
    if (std::find(n->aliases.begin(), n->aliases.end(), surface) != n->aliases.end()) {
      return false;
    }
    n->aliases.push_back(surface);
    std::string norm = NormalizeName(surface);
    if (!norm.empty()) new_aliases_.emplace(norm, n->id);
    return true;
  }

  RelationId RelationFor(const std::string& name) {
    if (auto it = impl_->relation_ids.find(name); it != impl_->relation_ids.end()) {
      return it->second;
    }
    if (auto it = new_relations_.find(name); it != new_relations_.end()) return it->second;
    auto id = static_cast<RelationId>(impl_->relation_ids.size() + new_relations_.size());
    new_relations_[name] = id;
    return id;
  }

  Status WriteFacts(ApplyResult* result) {
    std::map<EdgeKey, std::vector<const FactRecord*>> by_edge;
    for (const auto& fact : facts_.facts) {
      if (fact.source >= entity_ids_.size() || fact.target >= entity_ids_.size()) {
        return Status::InvalidArgument("a fact names an entity the document does not list");
      }
      if (fact.relation.empty()) return Status::InvalidArgument("a fact has no relation");
      EdgeKey key{entity_ids_[fact.source], RelationFor(fact.relation), fact.modality,
                  entity_ids_[fact.target]};
      by_edge[key].push_back(&fact);
    }
    for (const auto& [name, id] : new_relations_) {
      std::string v;
      PutFixed16BE(&v, id);
      KG_RETURN_IF_ERROR(Put(impl_->meta, RelationKey(name), v));
    }
    // The node counter is not in the batch: Open derives it from the last
    // node key, which this batch writes with any node it creates.
    for (const auto& [key, facts] : by_edge) KG_RETURN_IF_ERROR(WriteEdge(key, facts, result));
    return Status::OK();
  }

  Status WriteEdge(const EdgeKey& key, const std::vector<const FactRecord*>& facts,
                   ApplyResult* result) {
    std::string out_key = OutEdgeKey(key);
    std::string value;
    EdgeSummary summary;
    rocksdb::Status s;
    if (auto it = cache_.deferred_edges.find(out_key); it != cache_.deferred_edges.end()) {
      summary = it->second;
    } else if (auto it = cache_.edges.find(out_key); it != cache_.edges.end()) {
      summary = it->second;
    } else {
      s = impl_->db->Get(rocksdb::ReadOptions(), impl_->adj, out_key, &value);
      if (s.ok()) KG_RETURN_IF_ERROR(DecodeEdgeSummary(value, &summary));
    }
    if (s.IsNotFound()) {
      ++result->edges_created;
      std::string entry;
      AppendNeighbour(&entry, key.relation, key.modality, key.dst);
      KG_RETURN_IF_ERROR(Merge(NeighbourListKey(Direction::kOut, key.src), entry));
      entry.clear();
      AppendNeighbour(&entry, key.relation, key.modality, key.src);
      KG_RETURN_IF_ERROR(Merge(NeighbourListKey(Direction::kIn, key.dst), entry));
    } else if (!s.ok()) {
      return FromRocks(s, "reading an edge");
    }
    std::set<std::string> mention_keys;
    for (const FactRecord* f : facts) {
      const Mention& m = f->mention;
      std::string mkey = MentionKey(key, facts_.document.id, m.sentence, m.begin);
      if (!mention_keys.insert(mkey).second) continue;  // same evidence twice
      std::string mvalue;
      EncodeMention(m, &mvalue);
      KG_RETURN_IF_ERROR(Put(impl_->mentions, mkey, mvalue));
      ++summary.mention_count;
      ++result->mentions_written;
      WidenDates(m.date, &summary.first_date, &summary.last_date);
    }
    ++summary.doc_count;  // a document is applied once, so it is new to this edge
    if (!defer_) {
      value.clear();
      EncodeEdgeSummary(summary, &value);
      KG_RETURN_IF_ERROR(Put(impl_->adj, out_key, value));
    }
    written_edges_.emplace_back(std::move(out_key), std::move(summary));
    return Status::OK();
  }

  Store::Impl* impl_;
  const WriterCache& cache_ = impl_->writer_cache;
  // Bulk writes hold changed node records and edge summaries back until the
  // next flush instead of putting them in the document's batch.
  const bool defer_ = impl_->options.bulk_writes;
  const DocumentFacts& facts_;
  rocksdb::WriteBatch batch_;
  std::vector<NodeId> entity_ids_;
  std::unordered_map<std::string, NodeId> pending_canonical_;
  // The canonical index entries read or put; an entity matched through an
  // alias has none, and the match is not cached since later aliases can
  // change it.
  std::vector<std::pair<std::string, NodeId>> stored_canonical_;
  std::map<NodeId, Node> nodes_;  // touched nodes
  std::set<NodeId> dirty_;        // nodes this document changed, written at the end
  std::set<std::pair<std::string, NodeId>> new_aliases_;
  std::map<std::string, RelationId> new_relations_;
  std::vector<std::pair<std::string, EdgeSummary>> written_edges_;  // adj key, as written
  NodeId next_node_id_ = impl_->next_node_id;
};

}  // namespace

Result<ApplyResult> Store::ApplyDocument(const DocumentFacts& facts) {
  if (read_only()) return Status::NotSupported("the database is open read-only");
  if (facts.document.id == 0) return Status::InvalidArgument("the document has no id");
  std::lock_guard lock(impl_->write_mu);
  ApplyResult result;
  std::string ignored;
  rocksdb::Status s;
  if (impl_->pending.HasDocument(facts.document.id)) {
    s = rocksdb::Status::OK();
  } else {
    s = impl_->db->Get(rocksdb::ReadOptions(), impl_->docs, DocKey(facts.document.id), &ignored);
  }
  if (s.ok()) {
    result.already_present = true;
    return result;
  }
  if (!s.IsNotFound()) return FromRocks(s, "checking for the document");

  DocumentBatch batch(impl_.get(), facts);
  {
    std::shared_lock rel_lock(impl_->relations_mu);
    KG_RETURN_IF_ERROR(batch.Build(&result));
  }
  if (impl_->options.bulk_writes) {
    // A flush must not cut between this batch and the deferred records it
    // leaves behind, so room for it is made before it is taken. It is
    // durable at the next flush.
    KG_RETURN_IF_ERROR(FlushIfFull(impl_.get(), batch.batch()->GetDataSize()));
    KG_RETURN_IF_ERROR(impl_->pending.Add(*batch.batch()));
  } else {
    rocksdb::WriteOptions wo;
    wo.sync = impl_->options.sync_writes;
    KG_RETURN_IF_ERROR(FromRocks(impl_->db->Write(wo, batch.batch()), "writing the document"));
  }

  impl_->next_node_id = batch.next_node_id();
  batch.CommitTo(&impl_->writer_cache);
  std::unique_lock rel_lock(impl_->relations_mu);
  for (const auto& [name, id] : batch.new_relations()) {
    impl_->relation_ids[name] = id;
    if (impl_->relation_names.size() <= id) impl_->relation_names.resize(id + 1);
    impl_->relation_names[id] = name;
  }
  return result;
}

}  // namespace kg::graph
