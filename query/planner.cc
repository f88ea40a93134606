#include "query/planner.h"

#include <set>

#include "query/planner_internal.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

using ast::ExprKind;
using ast::ExprPtr;

ExprPtr VariableExpr(const std::string& name, int slot, const Pos& pos) {
  auto e = std::make_shared<ast::Expr>();
  e->kind = ExprKind::kVariable;
  e->name = name;
  e->slot = slot;
  e->pos = pos;
  return e;
}

// The first variable in `e` that `scope` does not define, or null.
const ast::Expr* UnknownVariable(const ast::Expr& e, const Scope& scope) {
  if (e.kind == ExprKind::kVariable) return scope.vars.count(e.name) ? nullptr : &e;
  if (e.kind == ExprKind::kQuantifier || e.kind == ExprKind::kComprehension) return nullptr;
  for (const auto& a : e.args) {
    if (const ast::Expr* v = UnknownVariable(*a, scope)) return v;
  }
  return nullptr;
}

// True when a projection's result does not depend on how often an input
// row repeats.
bool IgnoresDuplicates(const ProjectOp& p) {
  if (!p.aggregating) return p.distinct;
  for (const auto& a : p.aggregates) {
    if (!a->distinct && a->name != "min" && a->name != "max") return false;
  }
  return true;
}

// See PlanStep::distinct_ends.
void MarkDistinctEnds(Plan* plan) {
  for (size_t i = 0; i + 1 < plan->ops.size(); ++i) {
    PlanOp& op = plan->ops[i];
    const PlanOp& next = plan->ops[i + 1];
    if (op.kind != PlanOp::Kind::kMatch || next.kind != PlanOp::Kind::kProject) continue;
    if (!IgnoresDuplicates(next.project)) continue;
    size_t rels = 0;
    for (const auto& part : op.match.parts) rels += part.rels.size();
    if (rels != 1) continue;
    for (auto& step : op.match.steps) {
      const PlanPart& part = op.match.parts[step.part];
      if (step.kind != PlanStep::Kind::kExpand || part.path_slot >= 0) continue;
      const PlanRel& r = part.rels[step.rel];
      step.distinct_ends = r.var_length && r.variable.empty() && r.max_hops <= 2;
    }
  }
}

}  // namespace

Result<Plan> Planner::Run(const ast::Query& query) {
  Plan plan;
  for (const auto& clause : query.clauses) {
    switch (clause.kind) {
      case ast::Clause::Kind::kMatch: {
        auto m = PlanMatch(clause.match);
        if (!m.ok()) return m.status();
        plan.ops.emplace_back();
        plan.ops.back().kind = PlanOp::Kind::kMatch;
        plan.ops.back().match = std::move(*m);
        break;
      }
      case ast::Clause::Kind::kUnwind:
        KG_RETURN_IF_ERROR(PlanUnwind(clause.unwind, &plan));
        break;
      case ast::Clause::Kind::kProjection:
        KG_RETURN_IF_ERROR(PlanProjection(clause.projection, &plan));
        break;
    }
  }
  MarkDistinctEnds(&plan);
  plan.columns = plan.ops.back().project.names;
  plan.width = max_width_;
  return plan;
}

Status Planner::PlanUnwind(const ast::UnwindClause& u, Plan* plan) {
  PlanOp op;
  op.kind = PlanOp::Kind::kUnwind;
  KG_RETURN_IF_ERROR(Bind(u.list, scope_, BindContext{"UNWIND", nullptr, false}));
  op.unwind.list = u.list;
  if (scope_.vars.count(u.variable)) {
    return QueryError(text_, u.pos, "variable '" + u.variable + "' is already defined");
  }
  op.unwind.slot = scope_.Allocate();
  scope_.vars[u.variable] = VarInfo{op.unwind.slot, VarKind::kValue};
  max_width_ = std::max(max_width_, scope_.next_slot);
  plan->ops.push_back(std::move(op));
  return Status::OK();
}

Status Planner::CheckCount(const ExprPtr& e, const char* what) {
  if (!e) return Status::OK();
  Scope empty;
  return Bind(e, empty, BindContext{what, nullptr, false});
}

Status Planner::PlanProjection(const ast::ProjectionClause& p, Plan* plan) {
  PlanOp plan_op;
  plan_op.kind = PlanOp::Kind::kProject;
  ProjectOp& op = plan_op.project;
  op.is_with = p.is_with;
  op.distinct = p.distinct;
  op.input_width = max_width_;
  std::vector<ast::ProjectionItem> items;
  if (p.star) {
    for (const auto& [name, info] : scope_.vars) {
      items.push_back(ast::ProjectionItem{VariableExpr(name, info.slot, p.pos), name, true});
    }
    if (items.empty()) return QueryError(text_, p.pos, "RETURN * needs at least one variable");
  }
  items.insert(items.end(), p.items.begin(), p.items.end());
  const char* clause = p.is_with ? "WITH" : "RETURN";
  std::set<std::string> names;
  for (const auto& item : items) {
    size_t before = op.aggregates.size();
    KG_RETURN_IF_ERROR(Bind(item.expr, scope_, BindContext{clause, &op.aggregates, false}));
    op.is_key.push_back(op.aggregates.size() == before);
    if (!op.is_key.back()) op.aggregating = true;
    if (p.is_with && !item.has_alias && item.expr->kind != ExprKind::kVariable) {
      return QueryError(text_, item.expr->pos, "an expression in WITH needs a name: add AS name");
    }
    if (!names.insert(item.alias).second) {
      return QueryError(text_, item.expr->pos, "column name '" + item.alias + "' is used twice");
    }
    op.items.push_back(item.expr);
    op.names.push_back(item.alias);
  }
  KG_RETURN_IF_ERROR(CheckCount(p.skip, "SKIP"));
  KG_RETURN_IF_ERROR(CheckCount(p.limit, "LIMIT"));
  op.skip = p.skip;
  op.limit = p.limit;

  // Rows are [items..., input slots...] while they are sorted.
  const int k = static_cast<int>(op.items.size());
  Scope combined;
  if (!op.aggregating && !op.distinct) {
    for (const auto& [name, info] : scope_.vars) combined.vars[name] = VarInfo{k + info.slot, info.kind};
    combined.next_slot = k + max_width_;
  } else {
    combined.next_slot = k;
  }
  Scope next;
  for (int i = 0; i < k; ++i) {
    VarKind kind = VarKind::kValue;
    if (op.items[i]->kind == ExprKind::kVariable) kind = scope_.vars[op.items[i]->name].kind;
    combined.vars[op.names[i]] = VarInfo{i, kind};
    next.vars[op.names[i]] = VarInfo{i, kind};
  }
  next.next_slot = k;
  KG_RETURN_IF_ERROR(BindOrderBy(p, combined, &op));
  max_width_ = std::max(max_width_, combined.next_slot);
  scope_ = next;
  if (p.where) {
    KG_RETURN_IF_ERROR(Bind(p.where, scope_, BindContext{"WHERE", nullptr, false}));
    op.where = p.where;
    max_width_ = std::max(max_width_, scope_.next_slot);
  }
  plan->ops.push_back(std::move(plan_op));
  return Status::OK();
}

Status Planner::BindOrderBy(const ast::ProjectionClause& p, Scope& combined, ProjectOp* op) {
  for (const auto& s : p.order_by) {
    ExprPtr e = s.expr;
    std::string text = e->ToString();
    for (size_t i = 0; i < op->items.size(); ++i) {
      if (op->items[i]->ToString() == text) {
        e = VariableExpr(op->names[i], static_cast<int>(i), s.expr->pos);
        break;
      }
    }
    if (op->aggregating || op->distinct) {
      const ast::Expr* v = UnknownVariable(*e, combined);
      if (v && scope_.vars.count(v->name)) {
        return QueryError(text_, v->pos,
                          "after an aggregation or DISTINCT, ORDER BY can only use the returned columns; '" +
                              v->name + "' is not one (return it, or sort by a column name)");
      }
    }
    const char* clause = op->aggregating ? "ORDER BY after an aggregation (return it, then sort by its name)"
                                         : "ORDER BY";
    KG_RETURN_IF_ERROR(Bind(e, combined, BindContext{clause, nullptr, false}));
    op->order_by.push_back(SortKey{e, s.descending});
  }
  return Status::OK();
}

Result<Plan> PlanQuery(std::string_view text, const ast::Query& query, const Catalog& catalog,
                       const std::map<std::string, Value>& params, const PlannerOptions& options) {
  return Planner(text, catalog, params, options).Run(query);
}

}  // namespace kg::query
