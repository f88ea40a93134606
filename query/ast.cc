#include "query/ast.h"

namespace kg::query::ast {
namespace {

std::string PropertiesText(const std::vector<std::pair<std::string, ExprPtr>>& props) {
  if (props.empty()) return "";
  std::string s = " {";
  for (size_t i = 0; i < props.size(); ++i) {
    s += (i ? ", " : "") + props[i].first + ": " + props[i].second->ToString();
  }
  return s + "}";
}

std::string ArgsText(const std::vector<ExprPtr>& args, size_t from = 0) {
  std::string s;
  for (size_t i = from; i < args.size(); ++i) s += (i > from ? ", " : "") + args[i]->ToString();
  return s;
}

std::string ProjectionText(const ProjectionClause& p) {
  std::string s = p.is_with ? "WITH " : "RETURN ";
  if (p.distinct) s += "DISTINCT ";
  if (p.star) s += "*";
  for (size_t i = 0; i < p.items.size(); ++i) {
    s += (i || p.star ? ", " : "") + p.items[i].expr->ToString();
    if (p.items[i].has_alias) s += " AS " + p.items[i].alias;
  }
  for (size_t i = 0; i < p.order_by.size(); ++i) {
    s += (i ? ", " : " ORDER BY ") + p.order_by[i].expr->ToString();
    if (p.order_by[i].descending) s += " DESC";
  }
  if (p.skip) s += " SKIP " + p.skip->ToString();
  if (p.limit) s += " LIMIT " + p.limit->ToString();
  if (p.where) s += " WHERE " + p.where->ToString();
  return s;
}

}  // namespace

const char* OpText(Op op) {
  switch (op) {
    case Op::kNone: return "?";
    case Op::kOr: return "OR";
    case Op::kXor: return "XOR";
    case Op::kAnd: return "AND";
    case Op::kNot: return "NOT";
    case Op::kEq: return "=";
    case Op::kNe: return "<>";
    case Op::kLt: return "<";
    case Op::kLe: return "<=";
    case Op::kGt: return ">";
    case Op::kGe: return ">=";
    case Op::kIn: return "IN";
    case Op::kStartsWith: return "STARTS WITH";
    case Op::kEndsWith: return "ENDS WITH";
    case Op::kContains: return "CONTAINS";
    case Op::kRegex: return "=~";
    case Op::kAdd: return "+";
    case Op::kSub: return "-";
    case Op::kMul: return "*";
    case Op::kDiv: return "/";
    case Op::kMod: return "%";
    case Op::kPow: return "^";
    case Op::kNeg: return "-";
  }
  return "?";
}

std::string Expr::ToString() const {
  switch (kind) {
    case ExprKind::kLiteral: return literal.ToString();
    case ExprKind::kParameter: return "$" + name;
    case ExprKind::kVariable: return name;
    case ExprKind::kProperty: return args[0]->ToString() + "." + name;
    case ExprKind::kIndex: return args[0]->ToString() + "[" + args[1]->ToString() + "]";
    case ExprKind::kList: return "[" + ArgsText(args) + "]";
    case ExprKind::kMap: {
      std::string s = "{";
      for (size_t i = 0; i < keys.size(); ++i) s += (i ? ", " : "") + keys[i] + ": " + args[i]->ToString();
      return s + "}";
    }
    case ExprKind::kUnary:
      return op == Op::kNot ? "(NOT " + args[0]->ToString() + ")" : "(-" + args[0]->ToString() + ")";
    case ExprKind::kBinary:
      return "(" + args[0]->ToString() + " " + OpText(op) + " " + args[1]->ToString() + ")";
    case ExprKind::kIsNull:
      return "(" + args[0]->ToString() + (negated ? " IS NOT NULL)" : " IS NULL)");
    case ExprKind::kFunction:
      if (star) return name + "(*)";
      return name + "(" + (distinct ? "DISTINCT " : "") + ArgsText(args) + ")";
    case ExprKind::kHasLabel: return "(" + args[0]->ToString() + ":" + name + ")";
    case ExprKind::kComprehension:
      return "[" + variable + " IN " + args[0]->ToString() + " WHERE " + args[1]->ToString() + " | " +
             args[2]->ToString() + "]";
    case ExprKind::kQuantifier:
      return name + "(" + variable + " IN " + args[0]->ToString() + " WHERE " + args[1]->ToString() + ")";
  }
  return "?";
}

std::string NodePattern::ToString() const {
  std::string s = "(" + variable;
  for (const auto& l : labels) s += ":" + l.first;
  return s + PropertiesText(properties) + ")";
}

std::string RelPattern::ToString() const {
  std::string s = direction == Direction::kIn ? "<-[" : "-[";
  s += variable;
  for (size_t i = 0; i < types.size(); ++i) s += (i ? "|" : ":") + types[i].first;
  if (var_length) {
    s += "*" + std::to_string(min_hops) + "..";
    if (max_hops >= 0) s += std::to_string(max_hops);
  }
  s += PropertiesText(properties);
  return s + (direction == Direction::kOut ? "]->" : "]-");
}

std::string PatternPart::ToString() const {
  std::string s = path_variable.empty() ? "" : path_variable + " = ";
  std::string chain = nodes[0].ToString();
  for (size_t i = 0; i < rels.size(); ++i) chain += rels[i].ToString() + nodes[i + 1].ToString();
  if (kind == PathKind::kShortest) return s + "shortestPath(" + chain + ")";
  if (kind == PathKind::kAllShortest) return s + "allShortestPaths(" + chain + ")";
  return s + chain;
}

std::string Clause::ToString() const {
  switch (kind) {
    case Kind::kMatch: {
      std::string s = match.optional ? "OPTIONAL MATCH " : "MATCH ";
      for (size_t i = 0; i < match.parts.size(); ++i) s += (i ? ", " : "") + match.parts[i].ToString();
      if (match.where) s += " WHERE " + match.where->ToString();
      return s;
    }
    case Kind::kUnwind: return "UNWIND " + unwind.list->ToString() + " AS " + unwind.variable;
    case Kind::kProjection: return ProjectionText(projection);
  }
  return "?";
}

std::string Query::ToString() const {
  std::string s = explain ? "EXPLAIN\n" : (profile ? "PROFILE\n" : "");
  for (const auto& c : clauses) s += c.ToString() + "\n";
  return s;
}

}  // namespace kg::query::ast
