// Expressions, by precedence from lowest: OR, XOR, AND, NOT, comparisons
// and string/list predicates, + -, * / %, ^, unary -, postfix (.key, [i]),
// atoms.
#include <cerrno>
#include <cstdlib>

#include "query/parser_internal.h"
#include "query/query_error.h"

namespace kg::query {

using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;
using ast::Op;

ExprPtr MakeExpr(ExprKind kind, const Pos& pos) {
  auto e = std::make_shared<Expr>();
  e->kind = kind;
  e->pos = pos;
  return e;
}

ExprPtr MakeBinary(Op op, ExprPtr l, ExprPtr r, const Pos& pos) {
  auto e = MakeExpr(ExprKind::kBinary, pos);
  e->op = op;
  e->args = {std::move(l), std::move(r)};
  return e;
}

Result<ExprPtr> Parser::ParseExpr() { return ParseOr(); }

Result<ExprPtr> Parser::ParseOr() {
  auto left = ParseXor();
  if (!left.ok()) return left;
  ExprPtr e = *left;
  while (Peek().IsKeyword("OR")) {
    Pos pos = Take().pos;
    auto right = ParseXor();
    if (!right.ok()) return right;
    e = MakeBinary(Op::kOr, e, *right, pos);
  }
  return e;
}

Result<ExprPtr> Parser::ParseXor() {
  auto left = ParseAnd();
  if (!left.ok()) return left;
  ExprPtr e = *left;
  while (Peek().IsKeyword("XOR")) {
    Pos pos = Take().pos;
    auto right = ParseAnd();
    if (!right.ok()) return right;
    e = MakeBinary(Op::kXor, e, *right, pos);
  }
  return e;
}

Result<ExprPtr> Parser::ParseAnd() {
  auto left = ParseNot();
  if (!left.ok()) return left;
  ExprPtr e = *left;
  while (Peek().IsKeyword("AND")) {
    Pos pos = Take().pos;
    auto right = ParseNot();
    if (!right.ok()) return right;
    e = MakeBinary(Op::kAnd, e, *right, pos);
  }
  return e;
}

Result<ExprPtr> Parser::ParseNot() {
  if (!Peek().IsKeyword("NOT")) return ParseComparison();
  Pos pos = Take().pos;
  auto inner = ParseNot();
  if (!inner.ok()) return inner;
  auto e = MakeExpr(ExprKind::kUnary, pos);
  e->op = Op::kNot;
  e->args = {*inner};
  return e;
}

Result<ExprPtr> Parser::ParseComparison() {
  auto left = ParseAddSub();
  if (!left.ok()) return left;
  ExprPtr e = *left;
  static const std::pair<const char*, Op> kCompare[] = {
      {"=", Op::kEq}, {"<>", Op::kNe}, {"!=", Op::kNe}, {"<", Op::kLt},
      {"<=", Op::kLe}, {">", Op::kGt}, {">=", Op::kGe}, {"=~", Op::kRegex}};
  while (true) {
    Pos pos = Peek().pos;
    Op op = Op::kNone;
    for (const auto& [sym, o] : kCompare) {
      if (Peek().Is(sym)) op = o;
    }
    if (op != Op::kNone) {
      Take();
    } else if (TakeKeyword("IN")) {
      op = Op::kIn;
    } else if (Peek().IsKeyword("STARTS") || Peek().IsKeyword("ENDS")) {
      op = Take().IsKeyword("STARTS") ? Op::kStartsWith : Op::kEndsWith;
      KG_RETURN_IF_ERROR(ExpectKeyword("WITH"));
    } else if (TakeKeyword("CONTAINS")) {
      op = Op::kContains;
    } else if (TakeKeyword("IS")) {
      auto is_null = MakeExpr(ExprKind::kIsNull, pos);
      is_null->negated = TakeKeyword("NOT");
      KG_RETURN_IF_ERROR(ExpectKeyword("NULL"));
      is_null->args = {e};
      e = is_null;
      continue;
    } else {
      return e;
    }
    auto right = ParseAddSub();
    if (!right.ok()) return right;
    e = MakeBinary(op, e, *right, pos);
  }
}

Result<ExprPtr> Parser::ParseAddSub() {
  auto left = ParseMulDiv();
  if (!left.ok()) return left;
  ExprPtr e = *left;
  while (Peek().Is("+") || Peek().Is("-")) {
    const Token& t = Take();
    auto right = ParseMulDiv();
    if (!right.ok()) return right;
    e = MakeBinary(t.text == "+" ? Op::kAdd : Op::kSub, e, *right, t.pos);
  }
  return e;
}

Result<ExprPtr> Parser::ParseMulDiv() {
  auto left = ParsePower();
  if (!left.ok()) return left;
  ExprPtr e = *left;
  while (Peek().Is("*") || Peek().Is("/") || Peek().Is("%")) {
    const Token& t = Take();
    Op op = t.text == "*" ? Op::kMul : (t.text == "/" ? Op::kDiv : Op::kMod);
    auto right = ParsePower();
    if (!right.ok()) return right;
    e = MakeBinary(op, e, *right, t.pos);
  }
  return e;
}

Result<ExprPtr> Parser::ParsePower() {
  auto left = ParseUnary();
  if (!left.ok()) return left;
  ExprPtr e = *left;
  while (Peek().Is("^")) {
    Pos pos = Take().pos;
    auto right = ParseUnary();
    if (!right.ok()) return right;
    e = MakeBinary(Op::kPow, e, *right, pos);
  }
  return e;
}

Result<ExprPtr> Parser::ParseUnary() {
  if (Peek().Is("+")) {
    Take();
    return ParseUnary();
  }
  if (!Peek().Is("-")) return ParsePostfix();
  Pos pos = Take().pos;
  auto inner = ParseUnary();
  if (!inner.ok()) return inner;
  auto e = MakeExpr(ExprKind::kUnary, pos);
  e->op = Op::kNeg;
  e->args = {*inner};
  return e;
}

Result<ExprPtr> Parser::ParsePostfix() {
  auto atom = ParseAtom();
  if (!atom.ok()) return atom;
  ExprPtr e = *atom;
  while (true) {
    if (Peek().Is(".")) {
      Take();
      if (Peek().kind != TokenKind::kIdent) return Unexpected("a property name after '.'");
      auto p = MakeExpr(ExprKind::kProperty, Peek().pos);
      p->name = Take().text;
      p->args = {e};
      e = p;
    } else if (Peek().Is(":") && e->kind == ExprKind::kVariable && Peek(1).kind == TokenKind::kIdent) {
      Take();  // n:Person, a label predicate
      auto p = MakeExpr(ExprKind::kHasLabel, Peek().pos);
      p->name = Take().text;
      p->args = {e};
      e = p;
    } else if (Peek().Is("[")) {
      Pos pos = Take().pos;
      auto index = ParseExpr();
      if (!index.ok()) return index;
      KG_RETURN_IF_ERROR(Expect("]"));
      auto p = MakeExpr(ExprKind::kIndex, pos);
      p->args = {e, *index};
      e = p;
    } else {
      return e;
    }
  }
}

Result<ExprPtr> Parser::ParseNumber(const Token& t) {
  auto e = MakeExpr(ExprKind::kLiteral, t.pos);
  errno = 0;
  if (t.kind == TokenKind::kInteger) {
    long long v = std::strtoll(t.text.c_str(), nullptr, 10);
    if (errno == ERANGE) return ErrorAt(t, "integer " + t.text + " is too large");
    e->literal = Value::Int(v);
  } else {
    e->literal = Value::Float(std::strtod(t.text.c_str(), nullptr));
  }
  return e;
}

Result<ExprPtr> Parser::ParseAtom() {
  const Token& t = Peek();
  switch (t.kind) {
    case TokenKind::kInteger:
    case TokenKind::kFloat: return ParseNumber(Take());
    case TokenKind::kString: {
      auto e = MakeExpr(ExprKind::kLiteral, t.pos);
      e->literal = Value::String(Take().text);
      return e;
    }
    case TokenKind::kParameter: {
      auto e = MakeExpr(ExprKind::kParameter, t.pos);
      e->name = Take().text;
      return e;
    }
    case TokenKind::kSymbol:
      if (TakeSymbol("(")) {
        auto inner = ParseExpr();
        if (!inner.ok()) return inner;
        KG_RETURN_IF_ERROR(Expect(")"));
        return inner;
      }
      if (t.Is("[")) return ParseListLiteral();
      if (t.Is("{")) return ParseMapLiteral();
      return Unexpected("an expression");
    case TokenKind::kEnd: return Unexpected("an expression");
    case TokenKind::kIdent: break;
  }
  if (t.IsKeyword("TRUE") || t.IsKeyword("FALSE") || t.IsKeyword("NULL")) {
    auto e = MakeExpr(ExprKind::kLiteral, t.pos);
    if (!t.IsKeyword("NULL")) e->literal = Value::Bool(t.IsKeyword("TRUE"));
    Take();
    return e;
  }
  for (const char* k : {"RETURN", "WITH", "MATCH", "WHERE", "ORDER", "SKIP", "LIMIT", "AS",
                        "OPTIONAL", "UNWIND", "AND", "OR", "XOR"}) {
    if (t.IsKeyword(k)) return Unexpected("an expression");
  }
  const Token& name = Take();
  if (Peek().Is("(")) {
    for (const char* q : {"ALL", "ANY", "NONE", "SINGLE"}) {
      if (name.IsKeyword(q)) return ParseQuantifier(name);
    }
    return ParseFunctionCall(name);
  }
  auto e = MakeExpr(ExprKind::kVariable, name.pos);
  e->name = name.text;
  return e;
}

Result<ExprPtr> Parser::ParseFunctionCall(const Token& name) {
  auto e = MakeExpr(ExprKind::kFunction, name.pos);
  e->name = name.text;
  KG_RETURN_IF_ERROR(Expect("("));
  if (TakeSymbol("*")) {
    e->star = true;
    KG_RETURN_IF_ERROR(Expect(")"));
    return e;
  }
  e->distinct = TakeKeyword("DISTINCT");
  if (TakeSymbol(")")) return e;
  do {
    auto arg = ParseExpr();
    if (!arg.ok()) return arg;
    e->args.push_back(*arg);
  } while (TakeSymbol(","));
  KG_RETURN_IF_ERROR(Expect(")"));
  return e;
}

// ALL(x IN list WHERE predicate), and ANY, NONE, SINGLE.
Result<ExprPtr> Parser::ParseQuantifier(const Token& name) {
  auto e = MakeExpr(ExprKind::kQuantifier, name.pos);
  e->name = name.text;
  for (char& c : e->name) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  KG_RETURN_IF_ERROR(Expect("("));
  auto var = ParseName("a variable name");
  if (!var.ok()) return var.status();
  e->variable = *var;
  KG_RETURN_IF_ERROR(ExpectKeyword("IN"));
  auto list = ParseExpr();
  if (!list.ok()) return list;
  KG_RETURN_IF_ERROR(ExpectKeyword("WHERE"));
  auto pred = ParseExpr();
  if (!pred.ok()) return pred;
  KG_RETURN_IF_ERROR(Expect(")"));
  e->args = {*list, *pred};
  return e;
}

// [x IN list WHERE predicate | expression]; WHERE and | are optional.
Result<ExprPtr> Parser::ParseComprehension() {
  auto e = MakeExpr(ExprKind::kComprehension, Peek().pos);
  KG_RETURN_IF_ERROR(Expect("["));
  const Token& var = Take();
  e->variable = var.text;
  KG_RETURN_IF_ERROR(ExpectKeyword("IN"));
  auto list = ParseExpr();
  if (!list.ok()) return list;
  ExprPtr where = MakeExpr(ExprKind::kLiteral, var.pos), map = MakeExpr(ExprKind::kVariable, var.pos);
  where->literal = Value::Bool(true);
  map->name = var.text;
  if (TakeKeyword("WHERE")) {
    auto pred = ParseExpr();
    if (!pred.ok()) return pred;
    where = *pred;
  }
  if (TakeSymbol("|")) {
    auto m = ParseExpr();
    if (!m.ok()) return m;
    map = *m;
  }
  KG_RETURN_IF_ERROR(Expect("]"));
  e->args = {*list, where, map};
  return e;
}

Result<ExprPtr> Parser::ParseListLiteral() {
  if (Peek(1).kind == TokenKind::kIdent && Peek(2).IsKeyword("IN")) return ParseComprehension();
  auto e = MakeExpr(ExprKind::kList, Peek().pos);
  KG_RETURN_IF_ERROR(Expect("["));
  if (TakeSymbol("]")) return e;
  do {
    auto item = ParseExpr();
    if (!item.ok()) return item;
    e->args.push_back(*item);
  } while (TakeSymbol(","));
  KG_RETURN_IF_ERROR(Expect("]"));
  return e;
}

Result<ExprPtr> Parser::ParseMapLiteral() {
  auto e = MakeExpr(ExprKind::kMap, Peek().pos);
  KG_RETURN_IF_ERROR(Expect("{"));
  if (TakeSymbol("}")) return e;
  do {
    if (Peek().kind != TokenKind::kIdent && Peek().kind != TokenKind::kString) {
      return Unexpected("a key");
    }
    e->keys.push_back(Take().text);
    KG_RETURN_IF_ERROR(Expect(":"));
    auto value = ParseExpr();
    if (!value.ok()) return value;
    e->args.push_back(*value);
  } while (TakeSymbol(","));
  KG_RETURN_IF_ERROR(Expect("}"));
  return e;
}

}  // namespace kg::query
