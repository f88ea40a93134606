// Running a MATCH: for each input row, a depth-first walk over the plan's
// steps. The anchor step finds start nodes (bound variable, id, alias
// index, label index, or all nodes); expansions read adjacency entries by
// prefix scan; each WHERE conjunct runs as soon as its variables are bound.
// Relationships are distinct within one MATCH, as in openCypher.
#include <algorithm>
#include <unordered_set>

#include "graph/paths.h"
#include "query/exec_context.h"

namespace kg::query {
namespace {

using graph::AdjacencyEntry;
using graph::EdgeKey;
using graph::NodeId;

}  // namespace

class MatchRunner::Impl {
 public:
  Impl(const MatchOp& op, ExecContext& ctx) : op_(op), ctx_(ctx) { step_rows_.assign(op.steps.size(), 0); }

  void RunRow(Row& row, const RowSink& sink) {
    if (Done()) return;
    sink_ = &sink;
    uint64_t before = rows_;
    Step(0, row);
    if (op_.optional && rows_ == before && !Done()) {
      for (int s : op_.new_slots) row[s] = Value();
      Emit(row);
    }
  }

  uint64_t rows_ = 0;
  std::vector<uint64_t> step_rows_;

 private:
  bool Done() const { return ctx_.failed() || ctx_.stopped(); }

  void Emit(Row& row) {
    ++rows_;
    (*sink_)(row);
  }

  // Checks the step's filters, then goes on to the next step.
  void Continue(size_t i, Row& row) {
    const PlanStep& step = op_.steps[i];
    for (const auto& f : step.filters) {
      if (!IsTrue(*f, row, ctx_)) return;
    }
    ++step_rows_[i];
    if (i + 1 == op_.steps.size()) {
      Emit(row);
    } else {
      Step(i + 1, row);
    }
  }

  void Step(size_t i, Row& row) {
    if (Done() || !ctx_.Tick()) return;
    const PlanStep& step = op_.steps[i];
    const PlanPart& part = op_.parts[step.part];
    switch (step.kind) {
      case PlanStep::Kind::kAnchor: return Anchor(i, part.nodes[step.node], row);
      case PlanStep::Kind::kExpand: {
        const PlanRel& rel = part.rels[step.rel];
        NodeId from = row[part.nodes[step.from].slot].AsNode().id;
        if (rel.var_length) {
          std::vector<EdgeKey> edges;
          std::unordered_set<uint64_t> seen;
          visited_ = step.distinct_ends ? &seen : nullptr;
          return VarExpand(i, from, from, &edges, row);
        }
        return Expand(i, from, row);
      }
      case PlanStep::Kind::kShortest: return Shortest(i, row);
      case PlanStep::Kind::kBindPath: {
        row[part.path_slot] = BuildPath(part, row);
        return Continue(i, row);
      }
    }
  }

  // Label and property-map checks of a node pattern. `by_name`: the alias
  // index found the node, so its name needs no second look.
  bool NodeMatches(const PlanNode& n, NodeId id, Row& row, const graph::Node* known = nullptr,
                   bool by_name = false) {
    if (n.labels.empty() && (n.properties.empty() || (by_name && n.properties.size() == 1))) return true;
    std::shared_ptr<const graph::Node> loaded;
    if (!known) {
      loaded = ctx_.GetNode(id);
      if (!loaded) return false;
      known = loaded.get();
    }
    for (auto t : n.labels) {
      if (known->type != t) return false;
    }
    for (const auto& [key, expr] : n.properties) {
      Value want = Eval(*expr, row, ctx_);
      if (key == "name" && want.kind() == Value::Kind::kString) {
        if (!by_name && !NameMatches(*known, want.AsString())) return false;
        continue;
      }
      Value have = NodeProperty(ctx_, id, key);
      if (have.is_null() || want.is_null() || !(have == want)) return false;
    }
    return true;
  }

  bool RelMatches(const PlanRel& r, const EdgeKey& key, Row& row) {
    for (const auto& [name, expr] : r.properties) {
      Value want = Eval(*expr, row, ctx_);
      Value have = RelProperty(ctx_, key, name);
      if (have.is_null() || want.is_null() || !(have == want)) return false;
    }
    return true;
  }

  bool Used(const EdgeKey& key) const { return std::find(used_.begin(), used_.end(), key) != used_.end(); }

  void Bind(size_t i, const PlanNode& n, NodeId id, Row& row, const graph::Node* known = nullptr,
            bool by_name = false) {
    if (!NodeMatches(n, id, row, known, by_name)) return;
    row[n.slot] = Value::Node(id);
    Continue(i, row);
  }

  void Anchor(size_t i, const PlanNode& n, Row& row) {
    const PlanStep& step = op_.steps[i];
    switch (step.anchor) {
      case AnchorKind::kBound: {
        const Value& v = row[n.slot];
        if (v.kind() == Value::Kind::kNode && NodeMatches(n, v.AsNode().id, row)) Continue(i, row);
        return;
      }
      case AnchorKind::kById: {
        Value id = Eval(*step.anchor_value, row, ctx_);
        if (id.kind() == Value::Kind::kInt && id.AsInt() >= 0 && ctx_.GetNode(id.AsInt())) {
          Bind(i, n, static_cast<NodeId>(id.AsInt()), row);
        }
        return;
      }
      case AnchorKind::kByName: {
        Value name = Eval(*step.anchor_value, row, ctx_);
        if (name.kind() != Value::Kind::kString) return;
        auto ids = ctx_.store().LookupName(name.AsString());
        if (!ids.ok()) {
          ctx_.Fail(ids.status());
          return;
        }
        for (NodeId id : *ids) {
          if (Done()) return;
          Bind(i, n, id, row, nullptr, /*by_name=*/n.properties.size() == 1 && n.properties[0].first == "name");
        }
        return;
      }
      case AnchorKind::kByLabel: {
        Status s = ctx_.store().ForEachNodeOfType(n.labels[0], [&](NodeId id) {
          if (ctx_.Tick()) Bind(i, n, id, row);
          return !Done();
        });
        if (!s.ok()) ctx_.Fail(s);
        return;
      }
      case AnchorKind::kAllNodes: {
        Status s = ctx_.store().ForEachNode([&](const graph::Node& node) {
          if (ctx_.Tick()) Bind(i, n, node.id, row, &node);
          return !Done();
        });
        if (!s.ok()) ctx_.Fail(s);
        return;
      }
    }
  }

  // The adjacency entries of `node` for one hop of `rel` walked from
  // `forward_side` (true: from the pattern's left node towards its right).
  bool Scan(const PlanRel& rel, bool rightward, NodeId node, std::vector<AdjacencyEntry>* out) {
    out->clear();
    auto scan = [&](graph::Direction d) {
      Status s = ctx_.cursor().Scan(node, d, rel.filter, out);
      if (!s.ok()) ctx_.Fail(s);
      return s.ok();
    };
    if (rel.direction == ast::Direction::kBoth) {
      if (!scan(graph::Direction::kOut)) return false;
      size_t outs = out->size();
      if (!scan(graph::Direction::kIn)) return false;
      // A self-loop shows up in both scans; keep it once.
      out->erase(std::remove_if(out->begin() + outs, out->end(),
                                [&](const AdjacencyEntry& e) { return e.other == node; }),
                 out->end());
      return true;
    }
    bool out_dir = (rel.direction == ast::Direction::kOut) == rightward;
    return scan(out_dir ? graph::Direction::kOut : graph::Direction::kIn);
  }

  void Expand(size_t i, NodeId from, Row& row) {
    const PlanStep& step = op_.steps[i];
    const PlanPart& part = op_.parts[step.part];
    const PlanRel& rel = part.rels[step.rel];
    const PlanNode& to = part.nodes[step.to];
    std::vector<AdjacencyEntry> entries;
    if (!Scan(rel, step.to > step.from, from, &entries)) return;
    for (const auto& entry : entries) {
      if (Done() || !ctx_.Tick()) return;
      EdgeKey key = entry.ToEdgeKey();
      if (Used(key) || !RelMatches(rel, key, row)) continue;
      if (step.to_bound) {
        const Value& v = row[to.slot];
        if (v.kind() != Value::Kind::kNode || v.AsNode().id != entry.other) continue;
        if (!NodeMatches(to, entry.other, row)) continue;
      } else {
        if (!NodeMatches(to, entry.other, row)) continue;
        row[to.slot] = Value::Node(entry.other);
      }
      row[rel.slot] = Value::Rel(key);
      used_.push_back(key);
      Continue(i, row);
      used_.pop_back();
    }
  }

  // Depth-first over paths of min..max hops; edges stay distinct.
  void VarExpand(size_t i, NodeId start, NodeId at, std::vector<EdgeKey>* edges, Row& row) {
    const PlanStep& step = op_.steps[i];
    const PlanPart& part = op_.parts[step.part];
    const PlanRel& rel = part.rels[step.rel];
    const PlanNode& to = part.nodes[step.to];
    int depth = static_cast<int>(edges->size());
    // Depth is at most 12, so node and depth share one key.
    if (visited_ && !visited_->insert(at << 4 | edges->size()).second) return;
    if (depth >= rel.min_hops) ArriveVar(i, at, *edges, row);
    if (depth >= rel.max_hops || Done()) return;
    std::vector<AdjacencyEntry> entries;
    if (!Scan(rel, step.to > step.from, at, &entries)) return;
    for (const auto& entry : entries) {
      if (Done() || !ctx_.Tick()) return;
      EdgeKey key = entry.ToEdgeKey();
      if (Used(key) || !RelMatches(rel, key, row)) continue;
      used_.push_back(key);
      edges->push_back(key);
      VarExpand(i, start, entry.other, edges, row);
      edges->pop_back();
      used_.pop_back();
    }
    (void)to;
  }

  void ArriveVar(size_t i, NodeId at, const std::vector<EdgeKey>& edges, Row& row) {
    const PlanStep& step = op_.steps[i];
    const PlanPart& part = op_.parts[step.part];
    const PlanNode& to = part.nodes[step.to];
    if (step.to_bound) {
      const Value& v = row[to.slot];
      if (v.kind() != Value::Kind::kNode || v.AsNode().id != at) return;
    }
    if (!NodeMatches(to, at, row)) return;
    row[to.slot] = Value::Node(at);
    const PlanRel& rel = part.rels[step.rel];
    if (!rel.variable.empty() || part.path_slot >= 0) {  // nothing else reads the list
      ValueList rels;
      for (const auto& e : edges) rels.push_back(Value::Rel(e));
      if (step.to < step.from) std::reverse(rels.begin(), rels.end());  // pattern order
      row[rel.slot] = Value::List(std::move(rels));
    }
    Continue(i, row);
  }

  // Builds the value of p = (a)-[...]-(b)...: nodes and relationships in
  // pattern order, with the inner nodes of variable-length hops.
  Value BuildPath(const PlanPart& part, const Row& row) {
    PathRef path;
    NodeId at = row[part.nodes[0].slot].AsNode().id;
    path.nodes.push_back(NodeRef{at, nullptr});
    for (size_t r = 0; r < part.rels.size(); ++r) {
      const Value& v = row[part.rels[r].slot];
      std::vector<EdgeKey> keys;
      if (v.kind() == Value::Kind::kRel) keys.push_back(v.AsRel().key);
      if (v.kind() == Value::Kind::kList) {
        for (const auto& e : v.AsList()) keys.push_back(e.AsRel().key);
      }
      for (const auto& k : keys) {
        at = k.src == at ? k.dst : k.src;
        path.rels.push_back(RelRef{k, nullptr});
        path.nodes.push_back(NodeRef{at, nullptr});
      }
    }
    return Value::Path(std::move(path));
  }

  // The predicate an ALL/NONE over the path becomes during the search.
  template <typename T>
  std::function<bool(T)> SearchPredicate(const std::vector<const PathPredicate*>& preds, const Row& row,
                                         bool nodes) {
    if (preds.empty()) return nullptr;
    auto scratch = std::make_shared<Row>(row);
    return [this, preds, scratch](T item) {
      for (const PathPredicate* p : preds) {
        const ast::Expr& q = *p->quantifier;
        if (scratch->size() <= static_cast<size_t>(q.slot)) scratch->resize(q.slot + 1);
        if constexpr (std::is_same_v<T, NodeId>) {
          (*scratch)[q.slot] = Value::Node(item);
        } else {
          (*scratch)[q.slot] = Value::Rel(item);
        }
        Value v = Eval(*q.args[1], *scratch, ctx_);
        bool truth = v.kind() == Value::Kind::kBool && v.AsBool();
        bool falsity = v.kind() == Value::Kind::kBool && !v.AsBool();
        if (p->all ? !truth : !falsity) return false;
      }
      return true;
    };
  }

  void Shortest(size_t i, Row& row) {
    const PlanStep& step = op_.steps[i];
    const PlanPart& part = op_.parts[step.part];
    const PlanRel& rel = part.rels[0];
    const Value& a = row[part.nodes[0].slot];
    const Value& b = row[part.nodes[1].slot];
    if (a.kind() != Value::Kind::kNode || b.kind() != Value::Kind::kNode) return;
    NodeId from = a.AsNode().id, to = b.AsNode().id;
    if (from == to && rel.min_hops > 0) return;
    bool reversed = rel.direction == ast::Direction::kIn;
    if (reversed) std::swap(from, to);
    graph::PathOptions opts;
    opts.max_hops = static_cast<size_t>(rel.max_hops);
    opts.directed = rel.direction != ast::Direction::kBoth;
    opts.filter = rel.filter;  // every modality, as in MATCH
    opts.max_expansions = ctx_.options().max_expansions;
    std::vector<const PathPredicate*> node_preds, edge_preds;
    for (const auto& p : step.path_predicates) (p.on_nodes ? node_preds : edge_preds).push_back(&p);
    opts.node_ok = SearchPredicate<NodeId>(node_preds, row, true);
    opts.edge_ok = SearchPredicate<const EdgeKey&>(edge_preds, row, false);
    std::vector<graph::Path> paths;
    if (part.kind == ast::PathKind::kShortest) {
      auto p = graph::ShortestPath(ctx_.store(), from, to, opts);
      if (!p.ok()) {
        ctx_.Fail(p.status().IsBusy() ? Status::Busy("query stopped: " + p.status().message()) : p.status());
        return;
      }
      if (*p) paths.push_back(std::move(**p));
    } else {
      auto p = graph::AllShortestPaths(ctx_.store(), from, to, opts, ctx_.options().max_rows + 1);
      if (!p.ok()) {
        ctx_.Fail(p.status().IsBusy() ? Status::Busy("query stopped: " + p.status().message()) : p.status());
        return;
      }
      paths = std::move(*p);
    }
    for (auto& p : paths) {
      if (Done()) return;
      PathRef ref;
      ValueList rels;
      for (NodeId n : p.nodes) ref.nodes.push_back(NodeRef{n, nullptr});
      for (const auto& h : p.hops) {
        ref.rels.push_back(RelRef{h.edge, nullptr});
        rels.push_back(Value::Rel(h.edge));
      }
      if (reversed) {
        std::reverse(ref.nodes.begin(), ref.nodes.end());
        std::reverse(ref.rels.begin(), ref.rels.end());
        std::reverse(rels.begin(), rels.end());
      }
      if (part.path_slot >= 0) row[part.path_slot] = Value::Path(std::move(ref));
      row[rel.slot] = Value::List(std::move(rels));
      Continue(i, row);
    }
  }

  const MatchOp& op_;
  ExecContext& ctx_;
  const RowSink* sink_ = nullptr;
  std::unordered_set<uint64_t>* visited_ = nullptr;  // see PlanStep::distinct_ends
  std::vector<EdgeKey> used_;
};

MatchRunner::MatchRunner(const MatchOp& op, ExecContext& ctx) : impl_(std::make_unique<Impl>(op, ctx)) {}
MatchRunner::~MatchRunner() = default;
void MatchRunner::RunRow(Row& row, const RowSink& sink) { impl_->RunRow(row, sink); }
uint64_t MatchRunner::rows() const { return impl_->rows_; }
const std::vector<uint64_t>& MatchRunner::step_rows() const { return impl_->step_rows_; }

}  // namespace kg::query
