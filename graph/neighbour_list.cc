#include "graph/neighbour_list.h"

#include <rocksdb/merge_operator.h>

#include <algorithm>
#include <tuple>

#include "graph/record_codec.h"
#include "graph/store.h"

namespace kg::graph {
namespace {

// Reads one varint; returns false at a malformed or truncated one.
inline bool ReadVarint(const char*& p, const char* end, uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && p < end; shift += 7) {
    auto byte = static_cast<unsigned char>(*p++);
    result |= uint64_t{byte & 0x7fu} << shift;
    if (!(byte & 0x80)) {
      *v = result;
      return true;
    }
  }
  return false;
}

using Entry = std::tuple<RelationId, uint8_t, NodeId>;

Status Parse(std::string_view list, std::vector<Entry>* entries) {
  const char* p = list.data();
  const char* end = p + list.size();
  while (p < end) {
    uint64_t other, tag;
    if (!ReadVarint(p, end, &other) || !ReadVarint(p, end, &tag) || (tag & 3) > 2 ||
        (tag >> 2) > 0xffff) {
      return Status::Corruption("malformed neighbour list");
    }
    entries->emplace_back(static_cast<RelationId>(tag >> 2), static_cast<uint8_t>(tag & 3), other);
  }
  return Status::OK();
}

void Encode(std::vector<Entry>* entries, std::string* out) {
  std::sort(entries->begin(), entries->end());
  entries->erase(std::unique(entries->begin(), entries->end()), entries->end());
  out->clear();
  for (const auto& [rel, mod, other] : *entries) {
    AppendNeighbour(out, rel, static_cast<Modality>(mod), other);
  }
}

class NeighbourListMerge : public rocksdb::MergeOperator {
 public:
  bool FullMergeV2(const MergeOperationInput& in, MergeOperationOutput* out) const override {
    std::vector<Entry> entries;
    if (in.existing_value && !Parse(ToView(*in.existing_value), &entries).ok()) return false;
    for (const auto& operand : in.operand_list) {
      if (!Parse(ToView(operand), &entries).ok()) return false;
    }
    Encode(&entries, &out->new_value);
    return true;
  }

  // Operands are lists too, so two of them combine by concatenation; the
  // full merge sorts once.
  bool PartialMerge(const rocksdb::Slice& key, const rocksdb::Slice& left,
                    const rocksdb::Slice& right, std::string* new_value,
                    rocksdb::Logger* logger) const override {
    new_value->assign(left.data(), left.size());
    new_value->append(right.data(), right.size());
    return true;
  }

  const char* Name() const override { return "kg.NeighbourListMerge"; }

 private:
  static std::string_view ToView(const rocksdb::Slice& s) { return {s.data(), s.size()}; }
};

}  // namespace

void AppendNeighbour(std::string* list, RelationId relation, Modality modality, NodeId other) {
  PutVarint64(list, other);
  PutVarint64(list, (uint64_t{relation} << 2) | static_cast<uint8_t>(modality));
}

Status DecodeNeighbours(std::string_view list, Direction dir, NodeId node,
                        const NeighbourFilter& filter, std::vector<AdjacencyEntry>* out) {
  const char* p = list.data();
  const char* end = p + list.size();
  bool all_relations = filter.relations.empty();
  while (p < end) {
    uint64_t other, tag;
    if (!ReadVarint(p, end, &other) || !ReadVarint(p, end, &tag) || (tag & 3) > 2) {
      return Status::Corruption("malformed neighbour list");
    }
    auto mod = static_cast<Modality>(tag & 3);
    auto rel = static_cast<RelationId>(tag >> 2);
    if (!filter.Keeps(mod)) continue;
    if (!all_relations && std::find(filter.relations.begin(), filter.relations.end(), rel) ==
                              filter.relations.end()) {
      continue;
    }
    out->push_back(AdjacencyEntry{dir, node, rel, mod, other});
  }
  return Status::OK();
}

Status SortNeighbourList(std::string_view in, std::string* out) {
  std::vector<Entry> entries;
  KG_RETURN_IF_ERROR(Parse(in, &entries));
  Encode(&entries, out);
  return Status::OK();
}

std::shared_ptr<rocksdb::MergeOperator> NewNeighbourListMergeOperator() {
  return std::make_shared<NeighbourListMerge>();
}

}  // namespace kg::graph
