// Planning MATCH: declare the pattern's variables, pick where each pattern
// starts (bound variable > node id > name via the alias index > label scan
// > all nodes), order the expansions, and attach each WHERE conjunct to the
// first step after which all its variables are bound.
#include <algorithm>

#include "query/planner_internal.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;

std::vector<std::string> LabelNames() {
  std::vector<std::string> names;
  for (int t = 0; t < graph::kNodeTypeCount; ++t) {
    names.emplace_back(graph::NodeTypeName(static_cast<graph::NodeType>(t)));
  }
  return names;
}

// If `conjunct` is `v.<key> = value` or `id(v) = value` (either side) for the
// node in `slot`, with `value` readable before the MATCH, returns value.
ExprPtr EqualityOn(const ExprPtr& conjunct, int slot, const char* key,
                   const std::set<int>& bound) {
  if (conjunct->kind != ExprKind::kBinary || conjunct->op != ast::Op::kEq) return nullptr;
  for (int side = 0; side < 2; ++side) {
    const Expr& l = *conjunct->args[side];
    const ExprPtr& r = conjunct->args[1 - side];
    bool is_prop = l.kind == ExprKind::kProperty && l.name == key &&
                   l.args[0]->kind == ExprKind::kVariable && l.args[0]->slot == slot;
    bool is_id_fn = std::string(key) == "id" && l.kind == ExprKind::kFunction && l.name == "id" &&
                    l.args.size() == 1 && l.args[0]->kind == ExprKind::kVariable &&
                    l.args[0]->slot == slot;
    if (!is_prop && !is_id_fn) continue;
    std::set<int> free;
    FreeSlots(*r, &free);
    if (std::includes(bound.begin(), bound.end(), free.begin(), free.end())) return r;
  }
  return nullptr;
}

ExprPtr PropertyValue(const PlanNode& n, const char* key) {
  for (const auto& [k, v] : n.properties) {
    if (k == key) return v;
  }
  return nullptr;
}

// ALL(x IN nodes(p) WHERE ...) / NONE(x IN relationships(p) WHERE ...).
bool AsPathPredicate(const ExprPtr& c, int path_slot, PathPredicate* out) {
  if (c->kind != ExprKind::kQuantifier || (c->name != "ALL" && c->name != "NONE")) return false;
  const Expr& list = *c->args[0];
  if (list.kind != ExprKind::kFunction || list.args.size() != 1) return false;
  if (list.args[0]->kind != ExprKind::kVariable || list.args[0]->slot != path_slot) return false;
  if (list.name != "nodes" && list.name != "relationships" && list.name != "rels") return false;
  out->quantifier = c;
  out->on_nodes = list.name == "nodes";
  out->all = c->name == "ALL";
  return true;
}

}  // namespace

Status Planner::DeclareNode(const ast::NodePattern& n, std::set<int>* new_slots, PlanNode* out) {
  out->variable = n.variable;
  for (const auto& [label, pos] : n.labels) {
    auto type = graph::ParseNodeType(label);
    if (!type) {
      return QueryError(text_, pos, "unknown label '" + label + "'" + DidYouMean(label, LabelNames()));
    }
    out->labels.push_back(*type);
  }
  out->properties = n.properties;
  for (size_t i = 0; i < n.properties.size(); ++i) {
    KG_RETURN_IF_ERROR(CheckNodeProperty(n.properties[i].first, n.property_pos[i]));
  }
  if (n.variable.empty()) {
    out->slot = scope_.Allocate();
    new_slots->insert(out->slot);
    return Status::OK();
  }
  auto it = scope_.vars.find(n.variable);
  if (it != scope_.vars.end()) {
    // A plain value may hold a node (UNWIND, WITH collect(...)); it is
    // checked when the row is matched.
    if (it->second.kind != VarKind::kNode && it->second.kind != VarKind::kValue) {
      return QueryError(text_, n.pos, "variable '" + n.variable + "' is not a node");
    }
    out->slot = it->second.slot;
    return Status::OK();
  }
  out->slot = scope_.Allocate();
  scope_.vars[n.variable] = VarInfo{out->slot, VarKind::kNode};
  new_slots->insert(out->slot);
  return Status::OK();
}

Status Planner::DeclareRel(const ast::RelPattern& r, PlanRel* out) {
  out->variable = r.variable;
  out->direction = r.direction;
  out->var_length = r.var_length;
  out->min_hops = r.min_hops;
  out->max_hops = r.max_hops < 0 ? std::max(options_.default_max_hops, r.min_hops) : r.max_hops;
  out->properties = r.properties;
  if (out->max_hops > options_.max_hops_limit) {
    return QueryError(text_, r.pos, "variable-length relationships are limited to " +
                                        std::to_string(options_.max_hops_limit) + " hops");
  }
  if (out->min_hops > out->max_hops) {
    return QueryError(text_, r.pos, "the lower bound of a variable-length relationship is above its upper bound");
  }
  for (const auto& [type, pos] : r.types) {
    auto id = catalog_.FindRelation(type);
    if (!id) {
      auto known = catalog_.RelationNames();
      std::string hint = DidYouMean(type, known);
      if (hint.empty() && !known.empty() && known.size() <= 12) {
        hint = "; known types: ";
        for (size_t i = 0; i < known.size(); ++i) hint += (i ? ", " : "") + known[i];
      }
      return QueryError(text_, pos, "unknown relationship type '" + type + "'" + hint);
    }
    out->filter.relations.push_back(*id);
    out->type_names.push_back(type);
  }
  std::sort(out->filter.relations.begin(), out->filter.relations.end());
  for (size_t i = 0; i < r.properties.size(); ++i) {
    KG_RETURN_IF_ERROR(CheckRelProperty(r.properties[i].first, r.property_pos[i]));
  }
  // Anonymous relationships get a hidden slot too: paths are built from it.
  out->slot = scope_.Allocate();
  if (r.variable.empty()) return Status::OK();
  if (scope_.vars.count(r.variable)) {
    return QueryError(text_, r.pos, "variable '" + r.variable + "' is already defined");
  }
  scope_.vars[r.variable] = VarInfo{out->slot, r.var_length ? VarKind::kRelList : VarKind::kRel};
  return Status::OK();
}

int Planner::ChooseStart(const PlanPart& part, const std::set<int>& bound,
                         const std::vector<ExprPtr>& conjuncts, PlanStep* anchor) const {
  int best = -1, best_score = 100;
  for (int i = 0; i < static_cast<int>(part.nodes.size()); ++i) {
    const PlanNode& n = part.nodes[i];
    PlanStep step;
    step.kind = PlanStep::Kind::kAnchor;
    step.node = i;
    int score = 4;
    if (bound.count(n.slot)) {
      step.anchor = AnchorKind::kBound, score = 0;
    } else if (auto v = PropertyValue(n, "id")) {
      step.anchor = AnchorKind::kById, step.anchor_value = v, score = 1;
    } else if (auto v = PropertyValue(n, "name")) {
      step.anchor = AnchorKind::kByName, step.anchor_value = v, score = 2;
    } else {
      for (const auto& c : conjuncts) {
        if (auto v = EqualityOn(c, n.slot, "id", bound)) {
          step.anchor = AnchorKind::kById, step.anchor_value = v, score = 1;
          break;
        }
        if (auto v = EqualityOn(c, n.slot, "name", bound)) {
          step.anchor = AnchorKind::kByName, step.anchor_value = v, score = 2;
        }
      }
      if (score == 4 && !n.labels.empty()) step.anchor = AnchorKind::kByLabel, score = 3;
      if (score == 4) step.anchor = AnchorKind::kAllNodes;
    }
    if (score < best_score) {
      best = i, best_score = score;
      *anchor = step;
    }
  }
  return best;
}

void Planner::PlanPartSteps(int part_index, const PlanPart& part, std::set<int>* bound,
                            const std::vector<ExprPtr>& conjuncts, MatchOp* op) {
  auto add = [&](PlanStep step, std::initializer_list<int> slots) {
    step.part = part_index;
    for (int s : slots) {
      if (s >= 0) bound->insert(s);
    }
    op->steps.push_back(std::move(step));
  };
  auto anchor_node = [&](int i, const PlanStep& chosen) {
    PlanStep s = chosen;
    s.kind = PlanStep::Kind::kAnchor;
    s.node = i;
    add(s, {part.nodes[i].slot});
  };
  if (part.kind != ast::PathKind::kPlain) {
    for (int i : {0, 1}) {
      PlanPart single;
      single.nodes = {part.nodes[i]};
      PlanStep chosen;
      ChooseStart(single, *bound, conjuncts, &chosen);
      anchor_node(i, chosen);
    }
    PlanStep s;
    s.kind = PlanStep::Kind::kShortest;
    s.rel = 0, s.from = 0, s.to = 1;
    for (const auto& c : conjuncts) {
      PathPredicate p;
      if (AsPathPredicate(c, part.path_slot, &p)) s.path_predicates.push_back(p);
    }
    add(s, {part.path_slot, part.rels[0].slot});
    return;
  }
  PlanStep chosen;
  int start = ChooseStart(part, *bound, conjuncts, &chosen);
  anchor_node(start, chosen);
  int k = static_cast<int>(part.rels.size());
  for (int i = start; i < k; ++i) {
    PlanStep s;
    s.kind = PlanStep::Kind::kExpand;
    s.rel = i, s.from = i, s.to = i + 1;
    s.to_bound = bound->count(part.nodes[i + 1].slot) > 0;
    add(s, {part.rels[i].slot, part.nodes[i + 1].slot});
  }
  for (int i = start - 1; i >= 0; --i) {
    PlanStep s;
    s.kind = PlanStep::Kind::kExpand;
    s.rel = i, s.from = i + 1, s.to = i;
    s.to_bound = bound->count(part.nodes[i].slot) > 0;
    add(s, {part.rels[i].slot, part.nodes[i].slot});
  }
  if (part.path_slot >= 0) {
    PlanStep s;
    s.kind = PlanStep::Kind::kBindPath;
    add(s, {part.path_slot});
  }
}

// Attaches each WHERE conjunct to the first step after which all its
// variables are bound (the last step if none is).
void Planner::AttachFilters(const std::vector<ExprPtr>& conjuncts, const std::set<int>& new_slots,
                            MatchOp* op) const {
  std::set<int> seen;
  for (const auto& [name, info] : scope_.vars) {
    if (!new_slots.count(info.slot)) seen.insert(info.slot);
  }
  std::vector<std::set<int>> bound_after;
  for (auto& step : op->steps) {
    const PlanPart& part = op->parts[step.part];
    if (step.kind == PlanStep::Kind::kAnchor) seen.insert(part.nodes[step.node].slot);
    if (step.kind == PlanStep::Kind::kExpand || step.kind == PlanStep::Kind::kShortest) {
      seen.insert(part.rels[step.rel].slot);
      seen.insert(part.nodes[step.to].slot);
    }
    if (step.kind == PlanStep::Kind::kShortest || step.kind == PlanStep::Kind::kBindPath) {
      seen.insert(part.path_slot);
    }
    bound_after.push_back(seen);
  }
  for (const auto& c : conjuncts) {
    std::set<int> free;
    FreeSlots(*c, &free);
    for (size_t i = 0; i < op->steps.size(); ++i) {
      if (std::includes(bound_after[i].begin(), bound_after[i].end(), free.begin(), free.end()) ||
          i + 1 == op->steps.size()) {
        op->steps[i].filters.push_back(c);
        break;
      }
    }
  }
}

Result<MatchOp> Planner::PlanMatch(const ast::MatchClause& m) {
  MatchOp op;
  op.optional = m.optional;
  std::set<int> bound;
  for (const auto& [name, info] : scope_.vars) bound.insert(info.slot);
  std::set<int> new_slots;
  for (const auto& p : m.parts) {
    PlanPart part;
    part.kind = p.kind;
    for (const auto& n : p.nodes) {
      part.nodes.emplace_back();
      KG_RETURN_IF_ERROR(DeclareNode(n, &new_slots, &part.nodes.back()));
    }
    for (const auto& r : p.rels) {
      part.rels.emplace_back();
      KG_RETURN_IF_ERROR(DeclareRel(r, &part.rels.back()));
      if (part.rels.back().slot >= 0) new_slots.insert(part.rels.back().slot);
    }
    if (p.kind != ast::PathKind::kPlain) {
      PlanRel& r = part.rels[0];
      if (r.min_hops > 1) return QueryError(text_, p.rels[0].pos, "a shortest path starts at 0 or 1 hops");
      if (!r.var_length) r.max_hops = 1;
    }
    if (!p.path_variable.empty()) {
      if (scope_.vars.count(p.path_variable)) {
        return QueryError(text_, p.pos, "variable '" + p.path_variable + "' is already defined");
      }
      part.path_variable = p.path_variable;
      part.path_slot = scope_.Allocate();
      scope_.vars[p.path_variable] = VarInfo{part.path_slot, VarKind::kPath};
      new_slots.insert(part.path_slot);
    }
    op.parts.push_back(std::move(part));
  }
  max_width_ = std::max(max_width_, scope_.next_slot);
  // Property maps are bound in the scope of the whole pattern.
  BindContext props_ctx{"a property map", nullptr, false};
  for (auto& part : op.parts) {
    for (auto& n : part.nodes) {
      for (auto& [key, value] : n.properties) KG_RETURN_IF_ERROR(Bind(value, scope_, props_ctx));
    }
    for (auto& r : part.rels) {
      for (auto& [key, value] : r.properties) KG_RETURN_IF_ERROR(Bind(value, scope_, props_ctx));
    }
  }
  std::vector<ExprPtr> conjuncts;
  if (m.where) {
    KG_RETURN_IF_ERROR(Bind(m.where, scope_, BindContext{"WHERE", nullptr, false}));
    SplitConjuncts(m.where, &conjuncts);
  }
  for (int i = 0; i < static_cast<int>(op.parts.size()); ++i) {
    PlanPartSteps(i, op.parts[i], &bound, conjuncts, &op);
  }
  AttachFilters(conjuncts, new_slots, &op);
  op.new_slots.assign(new_slots.begin(), new_slots.end());
  return op;
}

}  // namespace kg::query
