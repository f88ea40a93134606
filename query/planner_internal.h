// The planner's state, shared by planner.cc (clauses and projections),
// planner_expr.cc (binding expressions) and planner_match.cc (MATCH).
// Not thread-safe; one per query.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "query/planner.h"

namespace kg::query {

struct VarInfo {
  int slot = -1;
  VarKind kind = VarKind::kValue;
};

struct Scope {
  std::map<std::string, VarInfo> vars;
  int next_slot = 0;
  int Allocate() { return next_slot++; }
  std::vector<std::string> Names() const;
};

// Where an expression is bound, for the aggregate rules.
struct BindContext {
  const char* clause = "WHERE";  // named in "not allowed in WHERE"
  std::vector<ast::ExprPtr>* aggregates = nullptr;  // null: aggregates are errors
  bool inside_aggregate = false;
};

class Planner {
 public:
  Planner(std::string_view text, const Catalog& catalog, const std::map<std::string, Value>& params,
          const PlannerOptions& options)
      : text_(text), catalog_(catalog), params_(params), options_(options) {}

  Result<Plan> Run(const ast::Query& query);

  // planner_expr.cc
  Status Bind(const ast::ExprPtr& e, Scope& scope, BindContext ctx);
  Status CheckProperty(const ast::Expr& e, VarKind kind);
  Status CheckNodeProperty(const std::string& key, const Pos& pos);
  Status CheckRelProperty(const std::string& key, const Pos& pos);

 private:
  // planner_match.cc
  Result<MatchOp> PlanMatch(const ast::MatchClause& m);
  Status DeclareNode(const ast::NodePattern& n, std::set<int>* new_slots, PlanNode* out);
  Status DeclareRel(const ast::RelPattern& r, PlanRel* out);
  void PlanPartSteps(int part_index, const PlanPart& part, std::set<int>* bound,
                     const std::vector<ast::ExprPtr>& conjuncts, MatchOp* op);
  void AttachFilters(const std::vector<ast::ExprPtr>& conjuncts, const std::set<int>& new_slots,
                     MatchOp* op) const;
  int ChooseStart(const PlanPart& part, const std::set<int>& bound,
                  const std::vector<ast::ExprPtr>& conjuncts, PlanStep* anchor) const;

  // planner.cc
  Status PlanUnwind(const ast::UnwindClause& u, Plan* plan);
  Status PlanProjection(const ast::ProjectionClause& p, Plan* plan);
  Status BindOrderBy(const ast::ProjectionClause& p, Scope& combined, ProjectOp* op);
  Status CheckCount(const ast::ExprPtr& e, const char* what);

  std::string_view text_;
  const Catalog& catalog_;
  const std::map<std::string, Value>& params_;
  PlannerOptions options_;
  Scope scope_;
  int max_width_ = 0;
};

// Variables (slots) an expression reads, without the quantifiers' own.
void FreeSlots(const ast::Expr& e, std::set<int>* out);
// Splits a AND b AND c into its conjuncts.
void SplitConjuncts(const ast::ExprPtr& e, std::vector<ast::ExprPtr>* out);
bool IsAggregateName(const std::string& lower_name);
std::string Lower(std::string_view s);

}  // namespace kg::query
