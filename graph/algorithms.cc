// Boost.Graph over the store. StoreGraph models IncidenceGraph: out_edges(u)
// scans u's adjacency (out, and in when undirected) through one cursor and
// keeps the result until the search ends, so an iterator range stays valid
// while Boost walks it. Scan errors cannot travel through Boost's interface;
// the graph records the first one, returns no edges from then on, and the
// caller reports it.
#include "graph/algorithms.h"

#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/graph_traits.hpp>
#include <boost/pending/queue.hpp>
#include <boost/property_map/property_map.hpp>

#include <memory>
#include <unordered_map>

namespace kg::graph {
namespace {

struct StoreEdge {
  NodeId source = 0;
  NodeId target = 0;
  friend bool operator==(const StoreEdge&, const StoreEdge&) = default;
};

class StoreGraph {
 public:
  using Edges = std::vector<StoreEdge>;

  StoreGraph(const Store& store, const ReachOptions& options)
      : options_(options), cursor_(store.NewAdjacencyCursor()) {}

  // Neighbours of `u` that pass the filters; empty once `u` is at the depth
  // limit, the node cap is reached, or an error has occurred.
  const Edges& OutEdges(NodeId u) const {
    auto [it, fresh] = cache_.try_emplace(u);
    if (!fresh || !status_.ok() || !Expandable(u)) return it->second;
    Scan(u, Direction::kOut, &it->second);
    if (!options_.directed) Scan(u, Direction::kIn, &it->second);
    return it->second;
  }

  std::unordered_map<NodeId, uint32_t>& depths() const { return depths_; }
  // Called once the node cap is reached: no node is expanded after that.
  void Stop() const { stopped_ = true; }
  size_t max_nodes() const { return options_.max_nodes; }
  const Status& status() const { return status_; }

 private:
  bool Expandable(NodeId u) const {
    auto d = depths_.find(u);
    return !stopped_ && d != depths_.end() && d->second < options_.max_depth;
  }

  void Scan(NodeId u, Direction dir, Edges* out) const {
    entries_.clear();
    status_ = cursor_->Scan(u, dir, options_.filter, &entries_);
    for (const auto& e : entries_) {
      if (!status_.ok()) return;
      if (e.other == u) continue;
      if (options_.node_ok && !options_.node_ok(e.other)) continue;
      if (options_.edge_ok) {
        auto ok = options_.edge_ok(e);
        if (!ok.ok()) status_ = ok.status();
        if (!ok.ok() || !*ok) continue;
      }
      out->push_back(StoreEdge{u, e.other});
    }
  }

  const ReachOptions& options_;
  std::unique_ptr<AdjacencyCursor> cursor_;
  mutable std::unordered_map<NodeId, Edges> cache_;
  mutable std::unordered_map<NodeId, uint32_t> depths_;
  mutable std::vector<AdjacencyEntry> entries_;
  mutable Status status_;
  mutable bool stopped_ = false;
};

}  // namespace
}  // namespace kg::graph

namespace boost {

template <>
struct graph_traits<kg::graph::StoreGraph> {
  using vertex_descriptor = kg::graph::NodeId;
  using edge_descriptor = kg::graph::StoreEdge;
  using out_edge_iterator = kg::graph::StoreGraph::Edges::const_iterator;
  using directed_category = directed_tag;
  using edge_parallel_category = allow_parallel_edge_tag;
  using traversal_category = incidence_graph_tag;
  using degree_size_type = size_t;
  using vertices_size_type = size_t;
  using edges_size_type = size_t;
  static vertex_descriptor null_vertex() { return 0; }  // node ids start at 1
};

}  // namespace boost

namespace kg::graph {
namespace {

std::pair<StoreGraph::Edges::const_iterator, StoreGraph::Edges::const_iterator> out_edges(
    NodeId u, const StoreGraph& g) {
  const auto& edges = g.OutEdges(u);
  return {edges.begin(), edges.end()};
}
NodeId source(const StoreEdge& e, const StoreGraph&) { return e.source; }
NodeId target(const StoreEdge& e, const StoreGraph&) { return e.target; }
size_t out_degree(NodeId u, const StoreGraph& g) { return g.OutEdges(u).size(); }

// Records each node's depth and the discovery order, up to the node cap.
class DepthRecorder : public boost::default_bfs_visitor {
 public:
  explicit DepthRecorder(Reach* reach) : reach_(reach) {}
  void discover_vertex(NodeId u, const StoreGraph& g) const {
    if (g.max_nodes() && reach_->nodes.size() >= g.max_nodes()) {
      reach_->truncated = true;
      g.Stop();
      return;
    }
    reach_->nodes.push_back(u);
    reach_->depths.push_back(g.depths().at(u));
  }
  void tree_edge(const StoreEdge& e, const StoreGraph& g) const {
    auto& depths = g.depths();
    // Runs before the target's discover_vertex, so the depth is known there.
    depths[e.target] = depths.at(e.source) + 1;
  }

 private:
  Reach* reach_;
};

}  // namespace

Result<Reach> ReachableWithin(const Store& store, NodeId start, const ReachOptions& options) {
  StoreGraph g(store, options);
  Reach reach;
  std::unordered_map<NodeId, boost::default_color_type> colors;
  boost::associative_property_map<decltype(colors)> color_map(colors);
  boost::queue<NodeId> queue;
  g.depths()[start] = 0;
  boost::breadth_first_visit(g, start, queue, DepthRecorder(&reach), color_map);
  if (!g.status().ok()) return g.status();
  return reach;
}

}  // namespace kg::graph
