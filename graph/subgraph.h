// Which part of the graph an export writes: the whole graph streamed from
// the store, an ego network around one node, or the paths between two
// nodes, each through the same filters (relation, entity type, modality,
// dates, minimum mentions). Exporters read a GraphView and never care which.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

#include "graph/date_range.h"
#include "graph/paths.h"
#include "graph/store.h"

namespace kg::graph {

struct SelectionFilter {
  // Relation ids kept; empty keeps every relation. Default: empty.
  std::vector<RelationId> relations;
  // Modalities kept, as NeighbourFilter bits. Negated facts are left out
  // unless asked for. Default: asserted and hypothetical.
  uint8_t modality_mask = NeighbourFilter::Bit(Modality::kAsserted) |
                          NeighbourFilter::Bit(Modality::kHypothetical);
  // Entity types kept; empty keeps every type. Default: empty.
  std::vector<NodeType> node_types;
  // Edges with a mention in this range. Default: no bound.
  DateRange dates;
  // Edges with at least this many mentions. Default: 1.
  uint32_t min_mentions = 1;

  bool KeepsType(NodeType t) const;
  // True when a relation, date or mention filter may drop edges, in which
  // case a whole-graph selection keeps only the nodes of the kept edges.
  bool FiltersEdges() const;
  NeighbourFilter Neighbours() const { return NeighbourFilter{relations, modality_mask}; }
};

// A selection, read by the exporters: nodes in id order, then edges in
// (src, relation, modality, dst) order, each only once, so one selection
// always exports to the same bytes. Every edge's endpoints are among the
// nodes. Thread safety: not thread-safe.
class GraphView {
 public:
  virtual ~GraphView() = default;
  // The store the selection reads, for evidence and documents.
  virtual const Store& store() const = 0;
  // Calls fn for each node until it returns false; storage errors returned.
  virtual Status ForEachNode(const std::function<bool(const Node&)>& fn) const = 0;
  virtual Status ForEachEdge(const std::function<bool(const Edge&)>& fn) const = 0;
  // Nodes the selection holds (after any cap).
  virtual uint64_t node_count() const = 0;
  // Nodes before the --max-nodes cap; more than node_count() when capped.
  virtual uint64_t nodes_before_cap() const { return node_count(); }
  // Path exports highlight the path.
  virtual bool IsHighlighted(NodeId) const { return false; }
  virtual bool IsHighlighted(const EdgeKey&) const { return false; }
};

// A selection held in memory: ego networks, paths, query results.
class Subgraph : public GraphView {
 public:
  explicit Subgraph(const Store& store) : store_(store) {}

  // Loads and adds a node; NotFound for an unknown id.
  Status AddNode(NodeId id);
  // REQUIRES: both endpoints were added.
  void AddEdge(const Edge& edge);
  void Highlight(NodeId id) { highlighted_nodes_.insert(id); }
  void Highlight(const EdgeKey& key) { highlighted_edges_.insert(key); }
  bool Contains(NodeId id) const { return nodes_.count(id) != 0; }
  void set_nodes_before_cap(uint64_t n) { nodes_before_cap_ = n; }

  const Store& store() const override { return store_; }
  Status ForEachNode(const std::function<bool(const Node&)>& fn) const override;
  Status ForEachEdge(const std::function<bool(const Edge&)>& fn) const override;
  uint64_t node_count() const override { return nodes_.size(); }
  uint64_t nodes_before_cap() const override;
  size_t edge_count() const { return edges_.size(); }
  bool IsHighlighted(NodeId id) const override { return highlighted_nodes_.count(id) != 0; }
  bool IsHighlighted(const EdgeKey& k) const override { return highlighted_edges_.count(k) != 0; }

 private:
  const Store& store_;
  std::map<NodeId, Node> nodes_;
  std::map<EdgeKey, Edge> edges_;
  std::set<NodeId> highlighted_nodes_;
  std::set<EdgeKey> highlighted_edges_;
  uint64_t nodes_before_cap_ = 0;
};

// The whole graph through `filter`, streamed from the store: memory holds at
// most the ids of the kept nodes, and nothing when no filter or cap is set.
// max_nodes > 0 keeps the first max_nodes nodes (in id order) and the edges
// among them. Returns storage errors.
Result<std::unique_ptr<GraphView>> SelectWholeGraph(const Store& store,
                                                    const SelectionFilter& filter,
                                                    size_t max_nodes);

// The ego network of `center`: every node within `depth` hops over kept
// edges (either direction), and every kept edge among them. max_nodes > 0
// keeps the nearest max_nodes nodes. Returns NotFound for an unknown center.
Result<std::unique_ptr<Subgraph>> SelectEgoNetwork(const Store& store, NodeId center,
                                                   size_t depth, const SelectionFilter& filter,
                                                   size_t max_nodes);

// The nodes of `paths` with the kept edges among them; the paths' own hops
// are always included and highlighted.
Result<std::unique_ptr<Subgraph>> SelectPaths(const Store& store, const std::vector<Path>& paths,
                                              const SelectionFilter& filter);

}  // namespace kg::graph
