// What store.cc, store_writer.cc and csv_import.cc share: the RocksDB
// handles behind a Store. Only graph/*.cc include this.
#pragma once

#include <rocksdb/db.h>
#include <rocksdb/status.h>

#include <map>
#include <memory>
#include <mutex>
#include <shared_mutex>
#include <string>
#include <vector>

#include "graph/store.h"

namespace kg::graph {

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

  ~Impl();
  rocksdb::ColumnFamilyHandle* Family(const std::string& name) const;
};

// Maps a RocksDB status to a kg Status, naming `what` was being done.
Status FromRocks(const rocksdb::Status& s, const std::string& what);

}  // namespace kg::graph
