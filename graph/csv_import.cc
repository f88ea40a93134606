// Bulk import. Memory is bounded by fixed-size records: one 32-byte record
// per edge row, the node names, and the set of distinct document names. The
// edge rows are sorted twice: by (src, relation, modality, dst, doc) for the
// out-edge, summary and mention files, then by (dst, relation, modality, src)
// for the in-edge file.
#include "graph/csv_import.h"

#include <rocksdb/db.h>
#include <rocksdb/sst_file_writer.h>
#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <unordered_set>

#include "graph/csv_reader.h"
#include "graph/neighbour_list.h"
#include "graph/record_codec.h"
#include "graph/store_internal.h"

namespace kg::graph {

std::optional<NodeId> ImportIdMap::Find(std::string_view csv_id) const {
  if (!use_sparse_) {
    uint64_t n = 0;
    auto [p, ec] = std::from_chars(csv_id.data(), csv_id.data() + csv_id.size(), n);
    if (ec != std::errc() || p != csv_id.data() + csv_id.size() || n >= dense_.size() ||
        dense_[n] == 0) {
      return std::nullopt;
    }
    return dense_[n];
  }
  auto it = sparse_.find(std::string(csv_id));
  if (it == sparse_.end()) return std::nullopt;
  return it->second;
}

bool ImportIdMap::Insert(std::string_view csv_id, NodeId id) {
  if (!use_sparse_) {
    uint64_t n = 0;
    auto [p, ec] = std::from_chars(csv_id.data(), csv_id.data() + csv_id.size(), n);
    bool numeric = ec == std::errc() && p == csv_id.data() + csv_id.size() && !csv_id.empty() &&
                   (csv_id.size() == 1 || csv_id[0] != '0');
    if (numeric && n < (uint64_t{1} << 32) && n <= 4 * (count_ + 1024)) {
      if (n >= dense_.size()) dense_.resize(std::max<size_t>(n + 1, dense_.size() * 2), 0);
      if (dense_[n] != 0) return false;
      dense_[n] = id;
      ++count_;
      return true;
    }
    // Switch to the hash table, carrying over what the vector held.
    use_sparse_ = true;
    for (size_t i = 0; i < dense_.size(); ++i) {
      if (dense_[i]) sparse_.emplace(std::to_string(i), dense_[i]);
    }
    dense_.clear();
    dense_.shrink_to_fit();
  }
  if (!sparse_.emplace(std::string(csv_id), id).second) return false;
  ++count_;
  return true;
}

namespace {

struct EdgeRow {  // 32 bytes; an import holds one per row of edges.csv
  uint32_t src;  // node ids of an import fit 32 bits (checked in ReadNodes)
  uint32_t dst;
  DocId doc;
  uint32_t line;
  uint32_t date;  // index into the sorted date table; 0 = no date
  RelationId relation;
  Modality modality;
};

bool IsIsoDate(std::string_view d) {
  auto digits = [&](size_t from, size_t n) {
    if (d.size() < from + n) return false;
    for (size_t i = from; i < from + n; ++i) {
      if (d[i] < '0' || d[i] > '9') return false;
    }
    return true;
  };
  if (d.size() == 4) return digits(0, 4);
  if (d.size() == 7) return digits(0, 4) && d[4] == '-' && digits(5, 2);
  if (d.size() == 10) return digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2);
  return false;
}

// Column positions in a header row.
class Header {
 public:
  Status Read(CsvReader* reader, const std::vector<std::string>& required) {
    Status s;
    if (!reader->Next(&fields_, &s)) {
      return s.ok() ? Status::InvalidArgument(reader->path() + ": the file is empty") : s;
    }
    for (size_t i = 0; i < fields_.size(); ++i) {
      std::string name(fields_[i]);
      if (i == 0 && name.starts_with("\xEF\xBB\xBF")) name.erase(0, 3);  // UTF-8 BOM
      columns_[name] = i;
      names_.push_back(name);
    }
    for (const auto& r : required) {
      if (!columns_.count(r)) {
        return reader->Error("the header has no '" + r + "' column");
      }
    }
    return Status::OK();
  }
  std::optional<size_t> Find(const std::string& name) const {
    auto it = columns_.find(name);
    if (it == columns_.end()) return std::nullopt;
    return it->second;
  }
  size_t size() const { return names_.size(); }
  const std::string& name(size_t i) const { return names_[i]; }

 private:
  std::vector<std::string_view> fields_;
  std::map<std::string, size_t> columns_;
  std::vector<std::string> names_;
};

struct NodeTable {
  std::vector<std::string> names;  // index = id - 1
  std::vector<NodeType> types;
  std::vector<std::vector<std::pair<std::string, std::string>>> attributes;  // extra columns
  ImportIdMap ids;
};

Status ReadNodes(const std::string& path, NodeTable* table) {
  auto reader = CsvReader::Open(path);
  if (!reader.ok()) return reader.status();
  Header header;
  KG_RETURN_IF_ERROR(header.Read(reader->get(), {"id", "name", "type"}));
  size_t id_col = *header.Find("id"), name_col = *header.Find("name"),
         type_col = *header.Find("type");
  std::vector<std::string_view> f;
  Status s;
  bool has_extra = header.size() > 3;
  while ((*reader)->Next(&f, &s)) {
    if (f.size() != header.size()) {
      return (*reader)->Error("expected " + std::to_string(header.size()) + " fields, found " +
                              std::to_string(f.size()));
    }
    if (f[id_col].empty()) return (*reader)->Error("empty node id");
    if (f[name_col].empty()) return (*reader)->Error("empty name for node '" + std::string(f[id_col]) + "'");
    auto type = ParseNodeType(f[type_col]);
    if (!type) {
      return (*reader)->Error("unknown node type '" + std::string(f[type_col]) +
                              "' (expected Country, Person, Organization, Agreement, City, "
                              "Group or Other)");
    }
    NodeId id = table->names.size() + 1;
    if (id > UINT32_MAX) return (*reader)->Error("more than 4294967295 nodes in one import");
    if (!table->ids.Insert(f[id_col], id)) {
      return (*reader)->Error("duplicate node id '" + std::string(f[id_col]) + "'");
    }
    table->names.emplace_back(f[name_col]);
    table->types.push_back(*type);
    if (has_extra) {
      std::vector<std::pair<std::string, std::string>> attrs;
      for (size_t i = 0; i < f.size(); ++i) {
        if (i != id_col && i != name_col && i != type_col && !f[i].empty()) {
          attrs.emplace_back(header.name(i), std::string(f[i]));
        }
      }
      table->attributes.push_back(std::move(attrs));
    }
  }
  return s;
}

struct EdgeTable {
  std::vector<EdgeRow> rows;
  std::map<std::string, RelationId> relations;
  std::vector<std::string> dates;  // sorted; dates[0] = ""
  std::vector<std::pair<DocId, std::string>> docs;  // distinct
};

class EdgeReader {
 public:
  EdgeReader(const NodeTable& nodes, EdgeTable* table) : nodes_(nodes), table_(table) {}

  Status Read(const std::string& path) {
    auto reader = CsvReader::Open(path);
    if (!reader.ok()) return reader.status();
    reader_ = reader->get();
    Header header;
    KG_RETURN_IF_ERROR(header.Read(reader_, {"src", "dst", "type"}));
    size_t src = *header.Find("src"), dst = *header.Find("dst"), type = *header.Find("type");
    auto date = header.Find("date"), doc = header.Find("doc"), mod = header.Find("modality");
    std::vector<std::string_view> f;
    Status s;
    std::unordered_map<std::string, uint32_t> date_index;
    std::vector<std::string> dates = {""};
    date_index[""] = 0;
    while (reader_->Next(&f, &s)) {
      if (f.size() != header.size()) {
        return reader_->Error("expected " + std::to_string(header.size()) + " fields, found " +
                              std::to_string(f.size()));
      }
      EdgeRow row{};
      KG_RETURN_IF_ERROR(Node(f[src], &row.src));
      KG_RETURN_IF_ERROR(Node(f[dst], &row.dst));
      KG_RETURN_IF_ERROR(Relation(f[type], &row.relation));
      row.line = static_cast<uint32_t>(reader_->line());
      if (date) {
        std::string_view d = f[*date];
        if (!d.empty() && !IsIsoDate(d)) {
          return reader_->Error("bad date '" + std::string(d) + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        }
        auto [it, fresh] = date_index.try_emplace(std::string(d), dates.size());
        if (fresh) dates.emplace_back(d);
        row.date = it->second;
      }
      if (doc && !f[*doc].empty()) {
        row.doc = XXH3_64bits(f[*doc].data(), f[*doc].size());
        if (row.doc == 0) row.doc = 1;
        if (seen_docs_.insert(row.doc).second) table_->docs.emplace_back(row.doc, f[*doc]);
      }
      row.modality = Modality::kAsserted;
      if (mod && !f[*mod].empty()) {
        auto m = ParseModality(f[*mod]);
        if (!m) return reader_->Error("bad modality '" + std::string(f[*mod]) + "'");
        row.modality = *m;
      }
      table_->rows.push_back(row);
    }
    KG_RETURN_IF_ERROR(s);
    SortDates(dates);
    return Status::OK();
  }

 private:
  Status Node(std::string_view csv_id, uint32_t* out) {
    auto id = nodes_.ids.Find(csv_id);
    if (!id) return reader_->Error("unknown node id '" + std::string(csv_id) + "'");
    *out = static_cast<uint32_t>(*id);
    return Status::OK();
  }

  Status Relation(std::string_view name, RelationId* out) {
    if (name.empty()) return reader_->Error("empty relation type");
    auto it = table_->relations.find(std::string(name));
    if (it == table_->relations.end()) {
      if (table_->relations.size() >= 65535) return reader_->Error("too many relation types");
      it = table_->relations.emplace(std::string(name), table_->relations.size()).first;
    }
    *out = it->second;
    return Status::OK();
  }

  // Renumbers dates so that index order is date order.
  void SortDates(const std::vector<std::string>& dates) {
    std::vector<uint32_t> order(dates.size());
    for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return dates[a] < dates[b]; });
    std::vector<uint32_t> rank(dates.size());
    table_->dates.clear();
    for (uint32_t r = 0; r < order.size(); ++r) {
      rank[order[r]] = r;
      table_->dates.push_back(dates[order[r]]);
    }
    for (auto& row : table_->rows) row.date = rank[row.date];
  }

  const NodeTable& nodes_;
  EdgeTable* table_;
  CsvReader* reader_ = nullptr;
  std::unordered_set<DocId> seen_docs_;
};

// Writes one SST file for a column family; keys must be added in order.
class SstFile {
 public:
  SstFile(Store::Impl* impl, rocksdb::ColumnFamilyHandle* cf, std::string path)
      : writer_(rocksdb::EnvOptions(), impl->db->GetOptions(cf), cf), path_(std::move(path)) {}

  Status Open() { return FromRocks(writer_.Open(path_), "creating " + path_); }
  Status Put(const std::string& key, const std::string& value) {
    ++count_;
    return FromRocks(writer_.Put(key, value), "writing " + path_);
  }
  // Returns the path if any key was written, else an empty string.
  Result<std::string> Finish() {
    if (count_ == 0) return std::string();
    KG_RETURN_IF_ERROR(FromRocks(writer_.Finish(), "finishing " + path_));
    return path_;
  }

 private:
  rocksdb::SstFileWriter writer_;
  std::string path_;
  uint64_t count_ = 0;
};

class SstSet {
 public:
  SstSet(Store::Impl* impl, std::string dir) : impl_(impl), dir_(std::move(dir)) {}

  Result<SstFile*> Create(const std::string& family) {
    auto* cf = impl_->Family(family);
    std::string path = dir_ + "/" + std::to_string(files_.size()) + "-" + family + ".sst";
    files_.push_back({family, std::make_unique<SstFile>(impl_, cf, path)});
    KG_RETURN_IF_ERROR(files_.back().second->Open());
    return files_.back().second.get();
  }

  Result<std::map<std::string, std::vector<std::string>>> Finish() {
    std::map<std::string, std::vector<std::string>> by_family;
    for (auto& [family, file] : files_) {
      auto path = file->Finish();
      if (!path.ok()) return path.status();
      if (!path->empty()) by_family[family].push_back(*path);
    }
    return by_family;
  }

 private:
  Store::Impl* impl_;
  std::string dir_;
  std::vector<std::pair<std::string, std::unique_ptr<SstFile>>> files_;
};

bool OutOrder(const EdgeRow& a, const EdgeRow& b) {
  if (a.src != b.src) return a.src < b.src;
  if (a.relation != b.relation) return a.relation < b.relation;
  if (a.modality != b.modality) return a.modality < b.modality;
  if (a.dst != b.dst) return a.dst < b.dst;
  if (a.doc != b.doc) return a.doc < b.doc;
  return a.line < b.line;
}

bool InOrder(const EdgeRow& a, const EdgeRow& b) {
  if (a.dst != b.dst) return a.dst < b.dst;
  if (a.relation != b.relation) return a.relation < b.relation;
  if (a.modality != b.modality) return a.modality < b.modality;
  return a.src < b.src;
}

bool SameEdge(const EdgeRow& a, const EdgeRow& b) {
  return a.src == b.src && a.dst == b.dst && a.relation == b.relation && a.modality == b.modality;
}

EdgeKey KeyOf(const EdgeRow& r) { return EdgeKey{r.src, r.relation, r.modality, r.dst}; }

// Out-edges with their summaries, and the mentions, in one pass over the
// rows in OutOrder. Also widens each node's first/last seen dates.
Status WriteOutEdges(const EdgeTable& t, SstSet* ssts, std::vector<uint32_t>* first_seen,
                     std::vector<uint32_t>* last_seen, uint64_t* edges) {
  auto out = ssts->Create(kAdjacencyFamily);
  if (!out.ok()) return out.status();
  auto mentions = ssts->Create(kMentionsFamily);
  if (!mentions.ok()) return mentions.status();
  auto lists = ssts->Create(kNeighboursFamily);
  if (!lists.ok()) return lists.status();
  std::string key, value, list;
  Mention m;
  for (size_t i = 0; i < t.rows.size();) {
    if (i > 0 && t.rows[i].src != t.rows[i - 1].src) {
      KG_RETURN_IF_ERROR((*lists)->Put(NeighbourListKey(Direction::kOut, t.rows[i - 1].src), list));
      list.clear();
    }
    AppendNeighbour(&list, t.rows[i].relation, t.rows[i].modality, t.rows[i].dst);
    size_t j = i;
    EdgeSummary summary;
    uint32_t lo = UINT32_MAX, hi = 0;
    for (; j < t.rows.size() && SameEdge(t.rows[i], t.rows[j]); ++j) {
      const EdgeRow& r = t.rows[j];
      ++summary.mention_count;
      if (j == i || r.doc != t.rows[j - 1].doc) ++summary.doc_count;
      if (r.date) {
        lo = std::min(lo, r.date);
        hi = std::max(hi, r.date);
      }
      m.date = t.dates[r.date];
      value.clear();
      EncodeMention(m, &value);
      KG_RETURN_IF_ERROR((*mentions)->Put(MentionKey(KeyOf(r), r.doc, 0, r.line), value));
    }
    if (lo != UINT32_MAX) {
      summary.first_date = t.dates[lo];
      summary.last_date = t.dates[hi];
      for (uint32_t n : {t.rows[i].src, t.rows[i].dst}) {
        uint32_t& f = (*first_seen)[n - 1];
        uint32_t& l = (*last_seen)[n - 1];
        if (f == 0 || lo < f) f = lo;
        if (hi > l) l = hi;
      }
    }
    value.clear();
    EncodeEdgeSummary(summary, &value);
    KG_RETURN_IF_ERROR((*out)->Put(OutEdgeKey(KeyOf(t.rows[i])), value));
    ++*edges;
    i = j;
  }
  if (!list.empty()) {
    KG_RETURN_IF_ERROR((*lists)->Put(NeighbourListKey(Direction::kOut, t.rows.back().src), list));
  }
  return Status::OK();
}

// In-neighbour lists, from the rows in InOrder.
Status WriteInLists(const EdgeTable& t, SstSet* ssts) {
  auto lists = ssts->Create(kNeighboursFamily);
  if (!lists.ok()) return lists.status();
  std::string list;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    if (i > 0 && t.rows[i].dst != t.rows[i - 1].dst) {
      KG_RETURN_IF_ERROR((*lists)->Put(NeighbourListKey(Direction::kIn, t.rows[i - 1].dst), list));
      list.clear();
    }
    if (i > 0 && SameEdge(t.rows[i], t.rows[i - 1])) continue;
    AppendNeighbour(&list, t.rows[i].relation, t.rows[i].modality, t.rows[i].src);
  }
  if (!list.empty()) {
    KG_RETURN_IF_ERROR((*lists)->Put(NeighbourListKey(Direction::kIn, t.rows.back().dst), list));
  }
  return Status::OK();
}

Status WriteNodes(const NodeTable& nodes, const EdgeTable& edges,
                  const std::vector<uint32_t>& first_seen, const std::vector<uint32_t>& last_seen,
                  SstSet* ssts) {
  auto file = ssts->Create(kNodesFamily);
  if (!file.ok()) return file.status();
  std::string value;
  Node n;
  for (size_t i = 0; i < nodes.names.size(); ++i) {
    n.name = nodes.names[i];
    n.type = nodes.types[i];
    n.aliases = {nodes.names[i]};
    n.attributes.clear();
    if (!nodes.attributes.empty()) {
      for (const auto& [k, v] : nodes.attributes[i]) n.attributes[k] = v;
    }
    n.first_seen = edges.dates[first_seen[i]];
    n.last_seen = edges.dates[last_seen[i]];
    value.clear();
    EncodeNode(n, &value);
    KG_RETURN_IF_ERROR((*file)->Put(NodeKey(i + 1), value));
  }
  return Status::OK();
}

// The index family gets three files with disjoint key ranges: 'a' aliases,
// 'n' canonical names, 't' nodes by type.
Status WriteIndex(const NodeTable& nodes, SstSet* ssts) {
  std::vector<std::pair<std::string, NodeId>> names;
  names.reserve(nodes.names.size());
  for (size_t i = 0; i < nodes.names.size(); ++i) {
    names.emplace_back(NormalizeName(nodes.names[i]), i + 1);
  }
  std::sort(names.begin(), names.end());
  auto alias = ssts->Create(kIndexFamily);
  if (!alias.ok()) return alias.status();
  for (const auto& [norm, id] : names) {
    if (!norm.empty()) KG_RETURN_IF_ERROR((*alias)->Put(AliasKey(norm, id), ""));
  }
  auto canonical = ssts->Create(kIndexFamily);
  if (!canonical.ok()) return canonical.status();
  std::vector<std::string> keys;
  keys.reserve(names.size());
  for (const auto& [norm, id] : names) {
    if (!norm.empty()) keys.push_back(CanonicalKey(nodes.types[id - 1], norm));
  }
  std::vector<size_t> order(keys.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });
  std::string value;
  for (size_t k = 0; k < order.size(); ++k) {
    // Two nodes with one (type, name): the first in file order is canonical.
    if (k > 0 && keys[order[k]] == keys[order[k - 1]]) continue;
    value.clear();
    PutFixed64BE(&value, names[order[k]].second);
    KG_RETURN_IF_ERROR((*canonical)->Put(keys[order[k]], value));
  }
  auto types = ssts->Create(kIndexFamily);
  if (!types.ok()) return types.status();
  for (int t = 0; t < kNodeTypeCount; ++t) {
    for (size_t i = 0; i < nodes.types.size(); ++i) {
      if (nodes.types[i] == static_cast<NodeType>(t)) {
        KG_RETURN_IF_ERROR((*types)->Put(TypeKey(static_cast<NodeType>(t), i + 1), ""));
      }
    }
  }
  return Status::OK();
}

Status WriteDocs(EdgeTable* t, const std::string& source, SstSet* ssts) {
  std::sort(t->docs.begin(), t->docs.end());
  auto file = ssts->Create(kDocsFamily);
  if (!file.ok()) return file.status();
  std::string value;
  Document d;
  d.source = source;
  for (const auto& [id, name] : t->docs) {
    d.title = name;
    value.clear();
    EncodeDocument(d, &value);
    KG_RETURN_IF_ERROR((*file)->Put(DocKey(id), value));
  }
  return Status::OK();
}

Status WriteMeta(NodeId next_node_id, const std::map<std::string, RelationId>& relations,
                 SstSet* ssts) {
  auto file = ssts->Create(kMetaFamily);
  if (!file.ok()) return file.status();
  std::string v;
  PutFixed64BE(&v, next_node_id);
  KG_RETURN_IF_ERROR((*file)->Put(kNextNodeIdKey, v));
  for (const auto& [name, id] : relations) {  // std::map: sorted by name
    v.clear();
    PutFixed16BE(&v, id);
    KG_RETURN_IF_ERROR((*file)->Put(RelationKey(name), v));
  }
  return Status::OK();
}

}  // namespace

Result<ImportResult> ImportCsv(Store* store, const ImportOptions& options) {
  if (store->read_only()) return Status::NotSupported("the database is open read-only");
  auto empty = store->IsEmpty();
  if (!empty.ok()) return empty.status();
  if (!*empty) {
    return Status::NotSupported("kg import loads an empty database; " + store->path() +
                                " already holds a graph (use kg ingest to add articles to it)");
  }
  NodeTable nodes;
  KG_RETURN_IF_ERROR(ReadNodes(options.nodes_path, &nodes));
  EdgeTable edges;
  EdgeReader edge_reader(nodes, &edges);
  KG_RETURN_IF_ERROR(edge_reader.Read(options.edges_path));

  std::string dir = options.scratch_dir.empty() ? store->path() + "/import.tmp" : options.scratch_dir;
  std::error_code ec;
  std::filesystem::remove_all(dir, ec);
  std::filesystem::create_directories(dir, ec);
  if (ec) return Status::IOError("cannot create " + dir + ": " + ec.message());
  struct Cleanup {
    std::string dir;
    ~Cleanup() {
      std::error_code ignored;
      std::filesystem::remove_all(dir, ignored);
    }
  } cleanup{dir};

  ImportResult result;
  Store::Impl* impl = store->impl();
  SstSet ssts(impl, dir);
  std::vector<uint32_t> first_seen(nodes.names.size(), 0), last_seen(nodes.names.size(), 0);
  std::sort(edges.rows.begin(), edges.rows.end(), OutOrder);
  KG_RETURN_IF_ERROR(WriteOutEdges(edges, &ssts, &first_seen, &last_seen, &result.edges));
  std::sort(edges.rows.begin(), edges.rows.end(), InOrder);
  KG_RETURN_IF_ERROR(WriteInLists(edges, &ssts));
  result.edge_rows = edges.rows.size();
  edges.rows.clear();
  edges.rows.shrink_to_fit();
  KG_RETURN_IF_ERROR(WriteNodes(nodes, edges, first_seen, last_seen, &ssts));
  KG_RETURN_IF_ERROR(WriteIndex(nodes, &ssts));
  KG_RETURN_IF_ERROR(WriteDocs(&edges, options.edges_path, &ssts));
  KG_RETURN_IF_ERROR(WriteMeta(nodes.names.size() + 1, edges.relations, &ssts));
  auto files = ssts.Finish();
  if (!files.ok()) return files.status();
  KG_RETURN_IF_ERROR(store->IngestSstFiles(*files));
  KG_RETURN_IF_ERROR(store->ReloadMeta());
  result.nodes = nodes.names.size();
  result.documents = edges.docs.size();
  result.ids = std::move(nodes.ids);
  return result;
}

}  // namespace kg::graph
