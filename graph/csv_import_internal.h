// What the bulk importer's reading half (csv_import.cc) and writing half
// (csv_import_writer.cc) share: the in-memory tables and the SST writers.
// Only graph/csv_import*.cc include this.
#pragma once

#include <rocksdb/sst_file_writer.h>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "graph/csv_import.h"
#include "graph/store_internal.h"

namespace kg::graph::import_internal {

struct EdgeRow {  // 32 bytes; an import holds one per row of edges.csv
  uint32_t src;  // node ids of an import fit 32 bits (checked in ReadNodes)
  uint32_t dst;
  DocId doc;
  uint32_t line;
  uint32_t date;  // index into the sorted date table; 0 = no date
  RelationId relation;
  Modality modality;
};


struct NodeTable {
  std::vector<std::string> names;  // index = id - 1
  std::vector<NodeType> types;
  std::vector<std::vector<std::pair<std::string, std::string>>> attributes;  // extra columns
  ImportIdMap ids;
};


struct EdgeTable {
  std::vector<EdgeRow> rows;
  std::map<std::string, RelationId> relations;
  std::vector<std::string> dates;  // sorted; dates[0] = ""
  std::vector<std::pair<DocId, std::string>> docs;  // distinct
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

  // Thread-safe; the file stays valid until Finish.
  Result<SstFile*> Create(const std::string& family) {
    std::lock_guard lock(mu_);
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
  std::mutex mu_;
  std::vector<std::pair<std::string, std::unique_ptr<SstFile>>> files_;  // guarded by mu_
};


bool OutOrder(const EdgeRow& a, const EdgeRow& b);
bool InOrder(const EdgeRow& a, const EdgeRow& b);

// Each writer makes its own files through `ssts`; all may run concurrently.
// One mention per row. REQUIRES: rows in OutOrder.
Status WriteMentions(const EdgeTable& t, SstSet* ssts);
// Edge summaries and out-neighbour lists; widens nodes' first/last seen
// (indexes into t.dates, per node id - 1). REQUIRES: rows in OutOrder.
Status WriteOutEdges(const EdgeTable& t, SstSet* ssts, std::vector<uint32_t>* first_seen,
                     std::vector<uint32_t>* last_seen, uint64_t* edges);
// In-neighbour lists. REQUIRES: rows in InOrder.
Status WriteInLists(const EdgeTable& t, SstSet* ssts);
Status WriteNodes(const NodeTable& nodes, const EdgeTable& edges,
                  const std::vector<uint32_t>& first_seen, const std::vector<uint32_t>& last_seen,
                  SstSet* ssts);
Status WriteIndex(const NodeTable& nodes, SstSet* ssts);
Status WriteDocs(EdgeTable* t, const std::string& source, SstSet* ssts);
Status WriteMeta(NodeId next_node_id, const std::map<std::string, RelationId>& relations,
                 SstSet* ssts);

}  // namespace kg::graph::import_internal
