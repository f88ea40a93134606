// Bulk import, reading half: parse and check both CSV files into memory,
// then hand the tables to the writers (csv_import_writer.cc) and ingest
// their files atomically. Memory is bounded by fixed-size records: one
// 32-byte record per edge row, the node names, and the distinct document
// names. The edge rows are sorted twice: by (src, relation, modality, dst,
// doc) for summaries, mentions and out-lists, then by (dst, relation,
// modality, src) for the in-lists.
#include "graph/csv_import.h"

#include <rocksdb/db.h>
#include <xxhash.h>

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>
#include <thread>
#include <unordered_set>

#include "graph/csv_import_internal.h"
#include "graph/csv_reader.h"
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

using namespace import_internal;  // NOLINT: this file is its other half

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
    KG_RETURN_IF_ERROR(ReserveRows(path));
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
  // Sizes the row vector from a count of the file's lines, so that growing
  // it never holds two copies (the largest allocation of an import).
  Status ReserveRows(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return Status::IOError("cannot read " + path);
    std::vector<char> buf(size_t{1} << 20);
    size_t lines = 0, n;
    while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) {
      lines += static_cast<size_t>(std::count(buf.data(), buf.data() + n, '\n'));
    }
    std::fclose(f);
    table_->rows.reserve(lines + 1);
    return Status::OK();
  }

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
  {
    EdgeReader edge_reader(nodes, &edges);  // its set of seen documents goes with it
    KG_RETURN_IF_ERROR(edge_reader.Read(options.edges_path));
  }

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
  SstSet ssts(store->impl(), dir);
  std::vector<uint32_t> first_seen(nodes.names.size(), 0), last_seen(nodes.names.size(), 0);
  // Two passes over the sorted rows run side by side: edges and neighbour
  // lists here, mentions on a second thread.
  std::sort(edges.rows.begin(), edges.rows.end(), OutOrder);
  Status mentions_status;
  std::thread mentions([&] { mentions_status = WriteMentions(edges, &ssts); });
  Status out_status = WriteOutEdges(edges, &ssts, &first_seen, &last_seen, &result.edges);
  mentions.join();
  KG_RETURN_IF_ERROR(out_status);
  KG_RETURN_IF_ERROR(mentions_status);
  // The node, document and meta files do not read the rows: they are
  // written while the rows are re-sorted for the in-neighbour lists.
  Status side_status;
  std::thread side([&] {
    side_status = WriteNodes(nodes, edges, first_seen, last_seen, &ssts);
    if (side_status.ok()) side_status = WriteDocs(&edges, options.edges_path, &ssts);
    if (side_status.ok()) side_status = WriteMeta(nodes.names.size() + 1, edges.relations, &ssts);
  });
  std::sort(edges.rows.begin(), edges.rows.end(), InOrder);
  Status in_status = WriteInLists(edges, &ssts);
  side.join();
  KG_RETURN_IF_ERROR(in_status);
  KG_RETURN_IF_ERROR(side_status);
  result.edge_rows = edges.rows.size();
  // The index needs sorted copies of every name: build it once the rows,
  // the largest allocation, are gone.
  edges.rows.clear();
  edges.rows.shrink_to_fit();
  KG_RETURN_IF_ERROR(WriteIndex(nodes, &ssts));
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