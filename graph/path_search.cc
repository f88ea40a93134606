// Bidirectional BFS over the store's adjacency scans. Each side expands a
// whole layer at a time; the side with the smaller frontier goes next. A
// neighbour found in the other side's tree is a meeting: when the trees first
// meet, every meeting found in that layer lies on a shortest path (a shorter
// one would have met in an earlier layer), so the search can stop there.
#include <algorithm>

#include "graph/date_range.h"
#include "graph/path_search_internal.h"

namespace kg::graph::internal {
namespace {

// One neighbour of a node being expanded: `other` and the edge, oriented so
// that the hop in path order is (node -> other) on the source side and
// (other -> node) on the target side.
struct Step {
  NodeId other;
  EdgeKey edge;
};

// Scans neighbours for one search, reusing one cursor per direction and
// applying every filter of PathOptions and SearchBans.
class Expander {
 public:
  Expander(const Store& store, NodeId from, NodeId to, const SearchParams& p)
      : store_(store), from_(from), to_(to), p_(p), opts_(*p.opts),
        out_(store.NewAdjacencyCursor()), in_(store.NewAdjacencyCursor()) {}

  // Appends the raw (unfiltered by node) neighbours of `node` to *steps.
  Status Scan(NodeId node, bool from_target, std::vector<Step>* steps) {
    if (++*p_.expansions > opts_.max_expansions) {
      return Status::Busy("path search stopped after " + std::to_string(opts_.max_expansions) +
                          " node expansions");
    }
    steps->clear();
    entries_.clear();
    // Source side follows out-edges (node is src); target side follows
    // in-edges (node is dst). Undirected searches follow both.
    Direction primary = from_target ? Direction::kIn : Direction::kOut;
    KG_RETURN_IF_ERROR(Cursor(primary)->Scan(node, primary, opts_.filter, &entries_));
    if (!opts_.directed) {
      Direction other = from_target ? Direction::kOut : Direction::kIn;
      KG_RETURN_IF_ERROR(Cursor(other)->Scan(node, other, opts_.filter, &entries_));
    }
    for (const auto& e : entries_) {
      if (e.other == node) continue;  // a self-loop never shortens a path
      steps->push_back(Step{e.other, e.ToEdgeKey()});
    }
    return Status::OK();
  }

  // Whether the hop may be taken: bans, node_ok (endpoints exempt), edge_ok
  // and the date bounds. The costlier checks run last.
  Result<bool> Traversable(NodeId node, const Step& s, bool from_target) {
    if (p_.bans) {
      if (p_.bans->nodes.count(s.other)) return false;
      auto step = from_target ? std::make_pair(s.other, node) : std::make_pair(node, s.other);
      if (!p_.bans->steps.empty() && p_.bans->steps.count(step)) return false;
    }
    if (opts_.node_ok && s.other != from_ && s.other != to_ && !opts_.node_ok(s.other)) {
      return false;
    }
    if (opts_.edge_ok && !opts_.edge_ok(s.edge)) return false;
    if (range_.empty()) return true;
    return DatedInRange(s.edge);
  }

 private:
  AdjacencyCursor* Cursor(Direction d) { return d == Direction::kOut ? out_.get() : in_.get(); }

  Result<bool> DatedInRange(const EdgeKey& key) {
    auto summary = store_.GetEdgeSummary(key);
    if (!summary.ok()) return summary.status();
    return EdgeInDateRange(store_, key, *summary, range_);
  }

  const Store& store_;
  NodeId from_, to_;
  const SearchParams& p_;
  const PathOptions& opts_;
  std::unique_ptr<AdjacencyCursor> out_, in_;
  std::vector<AdjacencyEntry> entries_;
  DateRange range_{opts_.since, opts_.until};
};

bool HasLinkFrom(const SearchSide& side, NodeId node, NodeId prev) {
  auto it = side.visited.find(node);
  if (it != side.visited.end() && it->second.link.prev == prev) return true;
  auto [b, e] = side.more_links.equal_range(node);
  return std::any_of(b, e, [&](const auto& kv) { return kv.second.prev == prev; });
}

// Expands the whole frontier of `side` by one layer, recording meetings with
// `other`. Stops at the first meeting unless all parents are wanted.
Status ExpandLayer(Expander& ex, const SearchParams& p, SearchSide& side, const SearchSide& other,
                   SearchResult* result) {
  std::vector<NodeId> next;
  std::vector<Step> steps;
  const uint32_t dist = side.depth + 1;
  for (NodeId u : side.frontier) {
    KG_RETURN_IF_ERROR(ex.Scan(u, side.from_target, &steps));
    ++side.expanded;
    side.entries += steps.size();
    for (const Step& s : steps) {
      auto it = side.visited.find(s.other);
      if (it != side.visited.end()) {
        if (it->second.dist == dist) ++it->second.hits;
        if (!p.all_parents || it->second.dist != dist || HasLinkFrom(side, s.other, u)) continue;
        auto ok = ex.Traversable(u, s, side.from_target);
        if (!ok.ok()) return ok.status();
        if (*ok) side.more_links.emplace(s.other, Link{u, s.edge});
        continue;
      }
      auto ok = ex.Traversable(u, s, side.from_target);
      if (!ok.ok()) return ok.status();
      if (!*ok) continue;
      side.visited.emplace(s.other, SearchSide::Visit{dist, 1, Link{u, s.edge}});
      next.push_back(s.other);
      auto met = other.visited.find(s.other);
      if (met == other.visited.end()) continue;
      result->length = dist + met->second.dist;
      result->meetings.push_back(s.other);
      if (!p.all_parents) return Status::OK();
    }
  }
  // Nodes reached by many edges are the likely hubs; expanding them first
  // tends to find the meeting early in the next layer, where the search stops.
  std::vector<std::pair<uint32_t, NodeId>> ranked;
  ranked.reserve(next.size());
  for (NodeId n : next) ranked.emplace_back(side.visited.at(n).hits, n);
  std::stable_sort(ranked.begin(), ranked.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (size_t i = 0; i < next.size(); ++i) next[i] = ranked[i].second;
  side.depth = dist;
  side.frontier = std::move(next);
  return Status::OK();
}

double LayerCost(const SearchSide& side) {
  double mean_degree = (side.entries + 1.0) / (side.expanded + 1.0);
  return static_cast<double>(side.frontier.size()) * mean_degree;
}

}  // namespace

Status BidirectionalSearch(const Store& store, NodeId from, NodeId to, const SearchParams& params,
                           SearchResult* result) {
  assert(from != to && "a zero-hop path needs no search");
  Expander ex(store, from, to, params);
  SearchSide& src = result->source;
  SearchSide& dst = result->target;
  dst.from_target = true;
  src.visited.reserve(1024);
  dst.visited.reserve(1024);
  src.visited.emplace(from, SearchSide::Visit{});
  dst.visited.emplace(to, SearchSide::Visit{});
  src.frontier = {from};
  dst.frontier = {to};
  while (!src.frontier.empty() && !dst.frontier.empty() &&
         src.depth + dst.depth < params.max_hops) {
    // Expand the side whose next layer looks cheaper: frontier size times
    // the mean degree seen on that side so far (out- and in-degrees differ).
    // Ties go to the source side.
    bool forward = LayerCost(src) <= LayerCost(dst);
    SearchSide& side = forward ? src : dst;
    KG_RETURN_IF_ERROR(ExpandLayer(ex, params, side, forward ? dst : src, result));
    if (!result->meetings.empty()) break;
  }
  return Status::OK();
}

}  // namespace kg::graph::internal
