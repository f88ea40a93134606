#include "graph/subgraph.h"

#include <algorithm>

#include "graph/algorithms.h"

namespace kg::graph {
namespace {

// Relation, modality, mention-count and date tests of one edge.
Result<bool> KeepEdge(const Store& store, const SelectionFilter& f, const Edge& e) {
  const auto& rels = f.relations;
  if (!rels.empty() && std::find(rels.begin(), rels.end(), e.key.relation) == rels.end()) {
    return false;
  }
  if (!f.Neighbours().Keeps(e.key.modality)) return false;
  if (e.summary.mention_count < f.min_mentions) return false;
  return EdgeInDateRange(store, e.key, e.summary, f.dates);
}

Result<Edge> LoadEdge(const Store& store, const EdgeKey& key) {
  auto summary = store.GetEdgeSummary(key);
  if (!summary.ok()) return summary.status();
  return Edge{key, store.RelationName(key.relation), *summary};
}

// Adds every kept edge whose endpoints are both in `g`.
Status AddEdgesAmong(const Store& store, const SelectionFilter& f, Subgraph* g,
                     const std::vector<NodeId>& nodes) {
  auto cursor = store.NewAdjacencyCursor();
  std::vector<AdjacencyEntry> out;
  for (NodeId n : nodes) {
    out.clear();
    KG_RETURN_IF_ERROR(cursor->Scan(n, Direction::kOut, f.Neighbours(), &out));
    for (const auto& a : out) {
      if (!g->Contains(a.other)) continue;
      auto edge = LoadEdge(store, a.ToEdgeKey());
      if (!edge.ok()) return edge.status();
      auto keep = KeepEdge(store, f, *edge);
      if (!keep.ok()) return keep.status();
      if (*keep) g->AddEdge(*edge);
    }
  }
  return Status::OK();
}

// The whole graph, streamed. `kept_` (sorted) is used only when a filter or
// cap decides which nodes stay.
class WholeGraphView : public GraphView {
 public:
  WholeGraphView(const Store& store, SelectionFilter filter)
      : store_(store), filter_(std::move(filter)) {}

  Status Prepare(size_t max_nodes);

  const Store& store() const override { return store_; }
  Status ForEachNode(const std::function<bool(const Node&)>& fn) const override {
    return store_.ForEachNode([&](const Node& n) { return !Kept(n.id) || fn(n); });
  }
  Status ForEachEdge(const std::function<bool(const Edge&)>& fn) const override {
    Status status;
    KG_RETURN_IF_ERROR(store_.ForEachEdge([&](const Edge& e) {
      if (!Kept(e.key.src) || !Kept(e.key.dst)) return true;
      auto keep = KeepEdge(store_, filter_, e);
      if (!keep.ok()) status = keep.status();
      return keep.ok() && (!*keep || fn(e));
    }));
    return status;
  }
  uint64_t node_count() const override { return count_; }
  uint64_t nodes_before_cap() const override { return before_cap_; }

 private:
  bool Kept(NodeId id) const {
    return !use_kept_ || std::binary_search(kept_.begin(), kept_.end(), id);
  }
  Status CollectTypedNodes();
  Status CollectEdgeEndpoints();

  const Store& store_;
  SelectionFilter filter_;
  bool use_kept_ = false;
  std::vector<NodeId> kept_;
  uint64_t count_ = 0, before_cap_ = 0;
};

Status WholeGraphView::CollectTypedNodes() {
  for (int t = 0; t < kNodeTypeCount; ++t) {
    if (!filter_.KeepsType(static_cast<NodeType>(t))) continue;
    KG_RETURN_IF_ERROR(store_.ForEachNodeOfType(static_cast<NodeType>(t), [&](NodeId id) {
      kept_.push_back(id);
      return true;
    }));
  }
  std::sort(kept_.begin(), kept_.end());
  return Status::OK();
}

// With edge filters, a node stays only when a kept edge touches it.
Status WholeGraphView::CollectEdgeEndpoints() {
  std::vector<NodeId> ends;
  KG_RETURN_IF_ERROR(ForEachEdge([&](const Edge& e) {
    ends.push_back(e.key.src);
    ends.push_back(e.key.dst);
    return true;
  }));
  std::sort(ends.begin(), ends.end());
  ends.erase(std::unique(ends.begin(), ends.end()), ends.end());
  kept_ = std::move(ends);
  return Status::OK();
}

Status WholeGraphView::Prepare(size_t max_nodes) {
  KG_RETURN_IF_ERROR(CollectTypedNodes());
  use_kept_ = !filter_.node_types.empty();  // edges need typed endpoints
  if (filter_.FiltersEdges()) {
    KG_RETURN_IF_ERROR(CollectEdgeEndpoints());
    use_kept_ = true;
  }
  before_cap_ = kept_.size();
  if (max_nodes && kept_.size() > max_nodes) {
    kept_.resize(max_nodes);
    use_kept_ = true;
  }
  count_ = kept_.size();
  // Without filters or cap every node stays: no lookups, no memory.
  if (!use_kept_) kept_ = {};
  return Status::OK();
}

}  // namespace

bool SelectionFilter::KeepsType(NodeType t) const {
  return node_types.empty() || std::find(node_types.begin(), node_types.end(), t) != node_types.end();
}

bool SelectionFilter::FiltersEdges() const {
  return !relations.empty() || !dates.empty() || min_mentions > 1;
}

Status Subgraph::AddNode(NodeId id) {
  if (Contains(id)) return Status::OK();
  auto node = store_.GetNode(id);
  if (!node.ok()) return node.status();
  nodes_.emplace(id, std::move(node).value());
  return Status::OK();
}

void Subgraph::AddEdge(const Edge& edge) {
  assert(Contains(edge.key.src) && Contains(edge.key.dst) && "add the endpoints first");
  edges_.emplace(edge.key, edge);
}

Status Subgraph::ForEachNode(const std::function<bool(const Node&)>& fn) const {
  for (const auto& [id, n] : nodes_) {
    if (!fn(n)) break;
  }
  return Status::OK();
}

Status Subgraph::ForEachEdge(const std::function<bool(const Edge&)>& fn) const {
  for (const auto& [key, e] : edges_) {
    if (!fn(e)) break;
  }
  return Status::OK();
}

uint64_t Subgraph::nodes_before_cap() const { return std::max<uint64_t>(nodes_before_cap_, nodes_.size()); }

Result<std::unique_ptr<GraphView>> SelectWholeGraph(const Store& store, const SelectionFilter& filter,
                                                    size_t max_nodes) {
  auto view = std::make_unique<WholeGraphView>(store, filter);
  KG_RETURN_IF_ERROR(view->Prepare(max_nodes));
  return std::unique_ptr<GraphView>(std::move(view));
}

Result<std::unique_ptr<Subgraph>> SelectEgoNetwork(const Store& store, NodeId center, size_t depth,
                                                   const SelectionFilter& filter,
                                                   size_t max_nodes) {
  ReachOptions reach_opts;
  reach_opts.max_depth = depth;
  reach_opts.max_nodes = max_nodes;
  reach_opts.filter = filter.Neighbours();
  reach_opts.node_ok = [&](NodeId id) {
    auto n = store.GetNode(id);
    return n.ok() && filter.KeepsType(n->type);
  };
  reach_opts.edge_ok = [&](const AdjacencyEntry& a) -> Result<bool> {
    auto edge = LoadEdge(store, a.ToEdgeKey());
    if (!edge.ok()) return edge.status();
    return KeepEdge(store, filter, *edge);
  };
  auto g = std::make_unique<Subgraph>(store);
  KG_RETURN_IF_ERROR(g->AddNode(center));
  auto reach = ReachableWithin(store, center, reach_opts);
  if (!reach.ok()) return reach.status();
  for (NodeId id : reach->nodes) KG_RETURN_IF_ERROR(g->AddNode(id));
  // A capped search stopped early; the true size is at least one more.
  if (reach->truncated) g->set_nodes_before_cap(reach->nodes.size() + 1);
  KG_RETURN_IF_ERROR(AddEdgesAmong(store, filter, g.get(), reach->nodes));
  return g;
}

Result<std::unique_ptr<Subgraph>> SelectPaths(const Store& store, const std::vector<Path>& paths,
                                              const SelectionFilter& filter) {
  auto g = std::make_unique<Subgraph>(store);
  std::vector<NodeId> nodes;
  for (const Path& p : paths) {
    for (NodeId id : p.nodes) {
      if (g->Contains(id)) continue;
      KG_RETURN_IF_ERROR(g->AddNode(id));
      g->Highlight(id);
      nodes.push_back(id);
    }
  }
  KG_RETURN_IF_ERROR(AddEdgesAmong(store, filter, g.get(), nodes));
  for (const Path& p : paths) {
    for (const PathHop& h : p.hops) {
      auto edge = LoadEdge(store, h.edge);
      if (!edge.ok()) return edge.status();
      g->AddEdge(*edge);
      g->Highlight(h.edge);
    }
  }
  return g;
}

}  // namespace kg::graph
