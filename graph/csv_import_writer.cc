// The writing half of the bulk import: sorted rows and tables in, one SST
// file per column family and key range out (see csv_import_internal.h).
#include <algorithm>

#include "graph/csv_import_internal.h"
#include "graph/neighbour_list.h"
#include "graph/record_codec.h"

namespace kg::graph::import_internal {
namespace {

bool SameEdge(const EdgeRow& a, const EdgeRow& b) {
  return a.src == b.src && a.dst == b.dst && a.relation == b.relation && a.modality == b.modality;
}

EdgeKey KeyOf(const EdgeRow& r) { return EdgeKey{r.src, r.relation, r.modality, r.dst}; }

}  // namespace

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


// One mention per row, from the rows in OutOrder (the mention key order).
Status WriteMentions(const EdgeTable& t, SstSet* ssts) {
  auto mentions = ssts->Create(kMentionsFamily);
  if (!mentions.ok()) return mentions.status();
  std::string value;
  Mention m;
  for (const EdgeRow& r : t.rows) {
    m.date = t.dates[r.date];
    value.clear();
    EncodeMention(m, &value);
    KG_RETURN_IF_ERROR((*mentions)->Put(MentionKey(KeyOf(r), r.doc, 0, r.line), value));
  }
  return Status::OK();
}

// Out-edges with their summaries and the out-neighbour lists, in one pass
// over the rows in OutOrder. Also widens each node's first/last seen dates.
Status WriteOutEdges(const EdgeTable& t, SstSet* ssts, std::vector<uint32_t>* first_seen,
                     std::vector<uint32_t>* last_seen, uint64_t* edges) {
  auto out = ssts->Create(kAdjacencyFamily);
  if (!out.ok()) return out.status();
  auto lists = ssts->Create(kNeighboursFamily);
  if (!lists.ok()) return lists.status();
  std::string value, list;
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

}  // namespace kg::graph::import_internal
