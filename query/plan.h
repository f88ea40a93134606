// Plan: the operators the planner (planner.h) chooses for a query and the
// executor (executor.h) runs, in order; each reads the rows the previous one
// produced. ToString() is what EXPLAIN prints. A MATCH becomes a list of
// steps: an anchor (a bound variable, a node id, a name through the alias
// index, a label scan, or, last resort, all nodes) and then expansions by
// adjacency prefix scans, with each WHERE conjunct checked at the first
// step where its variables are bound.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "graph/model.h"
#include "graph/store.h"
#include "query/ast.h"

namespace kg::query {

enum class VarKind { kValue, kNode, kRel, kRelList, kPath };

// A node pattern after planning.
struct PlanNode {
  int slot = -1;
  std::string variable;  // empty when anonymous (the slot is hidden)
  std::vector<graph::NodeType> labels;  // all must equal the node's type
  std::vector<std::pair<std::string, ast::ExprPtr>> properties;
  std::string ToString() const;
};

struct PlanRel {
  int slot = -1;
  std::string variable;
  ast::Direction direction = ast::Direction::kBoth;
  graph::NeighbourFilter filter;  // relation ids of the pattern's types
  std::vector<std::string> type_names;
  bool var_length = false;
  int min_hops = 1, max_hops = 1;
  std::vector<std::pair<std::string, ast::ExprPtr>> properties;
  std::string ToString() const;
};

enum class AnchorKind { kBound, kById, kByName, kByLabel, kAllNodes };

// A predicate on the path's nodes or relationships that a shortest-path
// search applies while it runs: ALL(x IN nodes(p) WHERE pred) or NONE(...).
struct PathPredicate {
  ast::ExprPtr quantifier;  // the whole ALL/NONE expression
  bool on_nodes = true;
  bool all = true;          // ALL keeps x when pred is true; NONE when false
};

struct PlanStep {
  enum class Kind { kAnchor, kExpand, kShortest, kBindPath } kind = Kind::kAnchor;
  int part = 0;
  // kAnchor: the node pattern it binds, and how.
  int node = -1;
  AnchorKind anchor = AnchorKind::kAllNodes;
  ast::ExprPtr anchor_value;  // kById / kByName
  // kExpand / kShortest: the relationship pattern and its two ends.
  int rel = -1;
  int from = -1, to = -1;  // node indices in the part; from is bound
  bool to_bound = false;   // the far node is already bound: check, don't bind
  // kExpand of an anonymous variable-length hop (at most 2 hops, the only
  // relationship of its MATCH, no path variable) whose rows feed a RETURN or
  // WITH that ignores duplicates (DISTINCT, count(DISTINCT), min, max): a
  // node is expanded and emitted once per depth instead of once per path.
  bool distinct_ends = false;
  std::vector<PathPredicate> path_predicates;  // kShortest
  // WHERE conjuncts whose variables are all bound after this step.
  std::vector<ast::ExprPtr> filters;
};

struct PlanPart {
  ast::PathKind kind = ast::PathKind::kPlain;
  int path_slot = -1;
  std::string path_variable;
  std::vector<PlanNode> nodes;
  std::vector<PlanRel> rels;
};

struct MatchOp {
  bool optional = false;
  std::vector<PlanPart> parts;
  std::vector<PlanStep> steps;
  std::vector<int> new_slots;  // slots this MATCH binds (null for OPTIONAL misses)
};

struct UnwindOp {
  ast::ExprPtr list;
  int slot = -1;
};

struct SortKey {
  ast::ExprPtr expr;  // over [projected items..., input row...]
  bool descending = false;
};

struct ProjectOp {
  bool is_with = false;
  bool distinct = false;
  std::vector<ast::ExprPtr> items;
  std::vector<std::string> names;
  std::vector<ast::ExprPtr> aggregates;  // calls; expressions point at them by index
  std::vector<bool> is_key;              // item has no aggregate: a grouping key
  bool aggregating = false;
  std::vector<SortKey> order_by;
  ast::ExprPtr skip, limit;
  ast::ExprPtr where;  // WITH ... WHERE, over the projected items
  int input_width = 0;
};

struct PlanOp {
  enum class Kind { kMatch, kUnwind, kProject } kind = Kind::kMatch;
  MatchOp match;
  UnwindOp unwind;
  ProjectOp project;
};

struct Plan {
  std::vector<PlanOp> ops;
  std::vector<std::string> columns;
  int width = 0;  // slots in a row before the first projection
  std::string ToString() const;
  // The lines of ToString(), one per operator or match step, in the order
  // PROFILE reports them.
  std::vector<std::string> OperatorLines() const;
};

std::string StepText(const PlanStep& step, const PlanPart& part);

}  // namespace kg::query
