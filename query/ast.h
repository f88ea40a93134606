// ast::Query: what the parser (parser.h) makes of a query and the planner
// (planner.h) checks and plans. Expressions are trees of ast::Expr; a query
// is a list of clauses (MATCH, OPTIONAL MATCH, UNWIND, WITH, RETURN).
// ToString() prints a canonical form of the query, for parser tests.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "query/token.h"
#include "query/value.h"

namespace kg::query::ast {

struct Expr;
using ExprPtr = std::shared_ptr<Expr>;

enum class ExprKind {
  kLiteral,     // literal
  kParameter,   // $name
  kVariable,    // name
  kProperty,    // args[0].name
  kIndex,       // args[0][args[1]]
  kList,        // [args...]
  kMap,         // {keys[i]: args[i]}
  kUnary,       // op args[0]: NOT, -
  kBinary,      // args[0] op args[1]
  kIsNull,      // args[0] IS NULL (negated: IS NOT NULL)
  kFunction,    // name(DISTINCT? args...), or count(*) when star
  kQuantifier,  // name = ALL/ANY/NONE/SINGLE: (variable IN args[0] WHERE args[1])
  kComprehension,  // [variable IN args[0] WHERE args[1] | args[2]]
  kHasLabel,    // args[0]:name
};

enum class Op {
  kNone, kOr, kXor, kAnd, kNot, kEq, kNe, kLt, kLe, kGt, kGe, kIn, kStartsWith,
  kEndsWith, kContains, kRegex, kAdd, kSub, kMul, kDiv, kMod, kPow, kNeg,
};
const char* OpText(Op op);

struct Expr {
  ExprKind kind = ExprKind::kLiteral;
  Pos pos;
  Op op = Op::kNone;
  Value literal;
  std::string name;  // variable, parameter, property key, function or quantifier
  std::string variable;  // quantifier variable
  std::vector<std::string> keys;  // map literal keys
  std::vector<ExprPtr> args;
  bool distinct = false;  // count(DISTINCT x)
  bool star = false;      // count(*)
  bool negated = false;   // IS NOT NULL

  // Filled in by the planner.
  int slot = -1;       // variable: row slot; quantifier: slot of its variable
  int aggregate = -1;  // aggregate call: index into the projection's aggregates

  std::string ToString() const;
};

enum class Direction { kOut, kIn, kBoth };  // (a)-->(b), (a)<--(b), (a)--(b)

struct NodePattern {
  Pos pos;
  std::string variable;  // may be empty
  std::vector<std::pair<std::string, Pos>> labels;
  std::vector<std::pair<std::string, ExprPtr>> properties;
  std::vector<Pos> property_pos;  // where each property key is written
  std::string ToString() const;
};

struct RelPattern {
  Pos pos;
  std::string variable;
  std::vector<std::pair<std::string, Pos>> types;  // alternatives
  std::vector<std::pair<std::string, ExprPtr>> properties;
  std::vector<Pos> property_pos;
  Direction direction = Direction::kBoth;
  bool var_length = false;
  int min_hops = 1;
  int max_hops = 1;  // -1: no upper bound written
  std::string ToString() const;
};

enum class PathKind { kPlain, kShortest, kAllShortest };

// One comma-separated pattern: nodes[0] rels[0] nodes[1] ... rels[n-1] nodes[n].
struct PatternPart {
  Pos pos;
  std::string path_variable;  // p = ...
  PathKind kind = PathKind::kPlain;
  std::vector<NodePattern> nodes;
  std::vector<RelPattern> rels;
  std::string ToString() const;
};

struct MatchClause {
  bool optional = false;
  std::vector<PatternPart> parts;
  ExprPtr where;
};

struct UnwindClause {
  ExprPtr list;
  std::string variable;
  Pos pos;
};

struct ProjectionItem {
  ExprPtr expr;
  std::string alias;  // AS name, or the expression's text
  bool has_alias = false;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

// RETURN or WITH.
struct ProjectionClause {
  bool is_with = false;
  bool distinct = false;
  bool star = false;  // RETURN *
  std::vector<ProjectionItem> items;
  std::vector<SortItem> order_by;
  ExprPtr skip, limit;
  ExprPtr where;  // WITH ... WHERE
  Pos pos;
};

struct Clause {
  enum class Kind { kMatch, kUnwind, kProjection } kind = Kind::kMatch;
  Pos pos;
  MatchClause match;
  UnwindClause unwind;
  ProjectionClause projection;
  std::string ToString() const;
};

struct Query {
  bool explain = false;
  bool profile = false;
  std::vector<Clause> clauses;
  std::string ToString() const;  // one clause a line
};

}  // namespace kg::query::ast
