// Expression evaluation with openCypher's three-valued logic: comparisons
// with null are null, and a WHERE keeps a row only when its predicate is
// true. Functions are in functions.cc.
#include <cmath>

#include "query/exec_context.h"
#include "query/functions.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

using ast::Expr;
using ast::ExprKind;
using ast::Op;
using Kind = Value::Kind;

// Tri-state: 1 true, 0 false, -1 null.
int Truth(const Value& v) {
  if (v.kind() == Kind::kBool) return v.AsBool() ? 1 : 0;
  return -1;
}
Value FromTruth(int t) { return t < 0 ? Value() : Value::Bool(t == 1); }

Value Logic(Op op, const Expr& e, Row& row, ExecContext& ctx) {
  int a = Truth(Eval(*e.args[0], row, ctx));
  if (op == Op::kAnd && a == 0) return Value::Bool(false);
  if (op == Op::kOr && a == 1) return Value::Bool(true);
  int b = Truth(Eval(*e.args[1], row, ctx));
  switch (op) {
    case Op::kAnd: return b == 0 ? Value::Bool(false) : FromTruth(a < 0 || b < 0 ? -1 : 1);
    case Op::kOr: return b == 1 ? Value::Bool(true) : FromTruth(a < 0 || b < 0 ? -1 : 0);
    default: return FromTruth(a < 0 || b < 0 ? -1 : (a != b ? 1 : 0));  // XOR
  }
}

// =: null when either side is null; numbers compare by value; values of
// different kinds are unequal.
Value Equals(const Value& a, const Value& b) {
  if (a.is_null() || b.is_null()) return Value();
  if (a.is_number() && b.is_number()) return Value::Bool(a.AsNumber() == b.AsNumber());
  if (a.kind() != b.kind()) return Value::Bool(false);
  if (a.kind() == Kind::kList) {
    const auto &la = a.AsList(), &lb = b.AsList();
    if (la.size() != lb.size()) return Value::Bool(false);
    bool unknown = false;
    for (size_t i = 0; i < la.size(); ++i) {
      int t = Truth(Equals(la[i], lb[i]));
      if (t == 0) return Value::Bool(false);
      if (t < 0) unknown = true;
    }
    return unknown ? Value() : Value::Bool(true);
  }
  return Value::Bool(a == b);
}

// <, <=, >, >=: defined for numbers, strings and booleans; null otherwise.
Value Order(Op op, const Value& a, const Value& b) {
  bool comparable = (a.is_number() && b.is_number()) ||
                    (a.kind() == b.kind() && (a.kind() == Kind::kString || a.kind() == Kind::kBool));
  if (!comparable) return Value();
  int c = Value::Compare(a, b);
  switch (op) {
    case Op::kLt: return Value::Bool(c < 0);
    case Op::kLe: return Value::Bool(c <= 0);
    case Op::kGt: return Value::Bool(c > 0);
    default: return Value::Bool(c >= 0);
  }
}

Value In(const Value& x, const Value& list, const Pos& pos, ExecContext& ctx) {
  if (list.is_null()) return Value();
  if (list.kind() != Kind::kList) {
    ctx.FailAt(pos, std::string("IN needs a list on its right, not ") + KindName(list.kind()));
    return Value();
  }
  bool unknown = false;
  for (const auto& item : list.AsList()) {
    int t = Truth(Equals(x, item));
    if (t == 1) return Value::Bool(true);
    if (t < 0) unknown = true;
  }
  return unknown ? Value() : Value::Bool(false);
}

Value StringPredicate(Op op, const Value& a, const Value& b, const Pos& pos, ExecContext& ctx) {
  if (a.kind() != Kind::kString || b.kind() != Kind::kString) return Value();
  const std::string &s = a.AsString(), &t = b.AsString();
  switch (op) {
    case Op::kStartsWith: return Value::Bool(s.rfind(t, 0) == 0);
    case Op::kEndsWith:
      return Value::Bool(s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0);
    case Op::kContains: return Value::Bool(s.find(t) != std::string::npos);
    default: {
      const std::regex* re = ctx.Regex(t, pos);
      if (!re) return Value();
      return Value::Bool(std::regex_match(s, *re));
    }
  }
}

Value Arithmetic(Op op, const Value& a, const Value& b, const Pos& pos, ExecContext& ctx) {
  if (a.is_null() || b.is_null()) return Value();
  if (op == Op::kAdd) {
    if (a.kind() == Kind::kString && b.kind() == Kind::kString) return Value::String(a.AsString() + b.AsString());
    if (a.kind() == Kind::kString && b.is_number()) return Value::String(a.AsString() + b.ToString());
    if (a.kind() == Kind::kList) {
      ValueList out = a.AsList();
      if (b.kind() == Kind::kList) out.insert(out.end(), b.AsList().begin(), b.AsList().end());
      else out.push_back(b);
      return Value::List(std::move(out));
    }
  }
  if (!a.is_number() || !b.is_number()) {
    ctx.FailAt(pos, std::string("cannot apply '") + ast::OpText(op) + "' to " + KindName(a.kind()) +
                        " and " + KindName(b.kind()));
    return Value();
  }
  bool ints = a.kind() == Kind::kInt && b.kind() == Kind::kInt;
  if ((op == Op::kDiv || op == Op::kMod) && ints && b.AsInt() == 0) {
    ctx.FailAt(pos, "division by zero");
    return Value();
  }
  int64_t r = 0;
  if (ints && (op == Op::kAdd || op == Op::kSub || op == Op::kMul)) {
    bool overflow = op == Op::kAdd   ? __builtin_add_overflow(a.AsInt(), b.AsInt(), &r)
                    : op == Op::kSub ? __builtin_sub_overflow(a.AsInt(), b.AsInt(), &r)
                                     : __builtin_mul_overflow(a.AsInt(), b.AsInt(), &r);
    if (overflow) {
      ctx.FailAt(pos, "integer overflow");
      return Value();
    }
    return Value::Int(r);
  }
  switch (op) {
    case Op::kAdd: return Value::Float(a.AsNumber() + b.AsNumber());
    case Op::kSub: return Value::Float(a.AsNumber() - b.AsNumber());
    case Op::kMul: return Value::Float(a.AsNumber() * b.AsNumber());
    case Op::kDiv: return ints ? Value::Int(a.AsInt() / b.AsInt()) : Value::Float(a.AsNumber() / b.AsNumber());
    case Op::kMod:
      return ints ? Value::Int(a.AsInt() % b.AsInt()) : Value::Float(std::fmod(a.AsNumber(), b.AsNumber()));
    default: return Value::Float(std::pow(a.AsNumber(), b.AsNumber()));
  }
}

Value Binary(const Expr& e, Row& row, ExecContext& ctx) {
  if (e.op == Op::kAnd || e.op == Op::kOr || e.op == Op::kXor) return Logic(e.op, e, row, ctx);
  Value a = Eval(*e.args[0], row, ctx);
  Value b = Eval(*e.args[1], row, ctx);
  switch (e.op) {
    case Op::kEq: return Equals(a, b);
    case Op::kNe: return FromTruth(Truth(Equals(a, b)) < 0 ? -1 : 1 - Truth(Equals(a, b)));
    case Op::kLt:
    case Op::kLe:
    case Op::kGt:
    case Op::kGe: return Order(e.op, a, b);
    case Op::kIn: return In(a, b, e.pos, ctx);
    case Op::kStartsWith:
    case Op::kEndsWith:
    case Op::kContains:
    case Op::kRegex: return StringPredicate(e.op, a, b, e.pos, ctx);
    default: return Arithmetic(e.op, a, b, e.pos, ctx);
  }
}

Value Quantifier(const Expr& e, Row& row, ExecContext& ctx) {
  Value list = Eval(*e.args[0], row, ctx);
  if (list.is_null()) return Value();
  if (list.kind() != Kind::kList) {
    ctx.FailAt(e.args[0]->pos, e.name + "() needs a list, not " + KindName(list.kind()));
    return Value();
  }
  if (row.size() <= static_cast<size_t>(e.slot)) row.resize(e.slot + 1);
  size_t trues = 0, nulls = 0, falses = 0;
  for (const auto& item : list.AsList()) {
    row[e.slot] = item;
    int t = Truth(Eval(*e.args[1], row, ctx));
    (t == 1 ? trues : t == 0 ? falses : nulls)++;
  }
  if (e.name == "ALL") return falses ? Value::Bool(false) : FromTruth(nulls ? -1 : 1);
  if (e.name == "ANY") return trues ? Value::Bool(true) : FromTruth(nulls ? -1 : 0);
  if (e.name == "NONE") return trues ? Value::Bool(false) : FromTruth(nulls ? -1 : 1);
  if (trues > 1) return Value::Bool(false);  // SINGLE
  return nulls ? Value() : Value::Bool(trues == 1);
}

Value Comprehension(const Expr& e, Row& row, ExecContext& ctx) {
  Value list = Eval(*e.args[0], row, ctx);
  if (list.is_null()) return Value();
  if (list.kind() != Kind::kList) {
    ctx.FailAt(e.args[0]->pos, std::string("a list comprehension needs a list, not ") + KindName(list.kind()));
    return Value();
  }
  if (row.size() <= static_cast<size_t>(e.slot)) row.resize(e.slot + 1);
  ValueList out;
  for (const auto& item : list.AsList()) {
    row[e.slot] = item;
    if (Truth(Eval(*e.args[1], row, ctx)) == 1) out.push_back(Eval(*e.args[2], row, ctx));
  }
  return Value::List(std::move(out));
}

Value Property(const Expr& e, Row& row, ExecContext& ctx) {
  Value base = Eval(*e.args[0], row, ctx);
  switch (base.kind()) {
    case Kind::kNull: return Value();
    case Kind::kNode: return NodeProperty(ctx, base.AsNode().id, e.name);
    case Kind::kRel: return RelProperty(ctx, base.AsRel().key, e.name);
    case Kind::kMap: {
      auto it = base.AsMap().find(e.name);
      return it == base.AsMap().end() ? Value() : it->second;
    }
    default:
      ctx.FailAt(e.pos, "cannot read property '" + e.name + "' of " + KindName(base.kind()));
      return Value();
  }
}

Value Index(const Expr& e, Row& row, ExecContext& ctx) {
  Value base = Eval(*e.args[0], row, ctx);
  Value index = Eval(*e.args[1], row, ctx);
  if (base.is_null() || index.is_null()) return Value();
  if (base.kind() == Kind::kMap && index.kind() == Kind::kString) {
    auto it = base.AsMap().find(index.AsString());
    return it == base.AsMap().end() ? Value() : it->second;
  }
  if (base.kind() != Kind::kList || index.kind() != Kind::kInt) {
    ctx.FailAt(e.pos, std::string("cannot index ") + KindName(base.kind()) + " with " + KindName(index.kind()));
    return Value();
  }
  int64_t i = index.AsInt(), n = static_cast<int64_t>(base.AsList().size());
  if (i < 0) i += n;
  return i < 0 || i >= n ? Value() : base.AsList()[i];
}

}  // namespace

Value Eval(const Expr& e, Row& row, ExecContext& ctx) {
  if (ctx.failed()) return Value();
  switch (e.kind) {
    case ExprKind::kLiteral: return e.literal;
    case ExprKind::kParameter: {
      auto it = ctx.params().find(e.name);
      return it == ctx.params().end() ? Value() : it->second;
    }
    case ExprKind::kVariable:
      return static_cast<size_t>(e.slot) < row.size() ? row[e.slot] : Value();
    case ExprKind::kProperty: return Property(e, row, ctx);
    case ExprKind::kIndex: return Index(e, row, ctx);
    case ExprKind::kList: {
      ValueList items;
      for (const auto& a : e.args) items.push_back(Eval(*a, row, ctx));
      return Value::List(std::move(items));
    }
    case ExprKind::kMap: {
      ValueMap m;
      for (size_t i = 0; i < e.keys.size(); ++i) m[e.keys[i]] = Eval(*e.args[i], row, ctx);
      return Value::Map(std::move(m));
    }
    case ExprKind::kUnary: {
      Value v = Eval(*e.args[0], row, ctx);
      if (e.op == Op::kNot) return FromTruth(Truth(v) < 0 ? -1 : 1 - Truth(v));
      if (v.is_null()) return v;
      if (v.kind() == Kind::kInt) return Value::Int(-v.AsInt());
      if (v.kind() == Kind::kFloat) return Value::Float(-v.AsFloat());
      ctx.FailAt(e.pos, std::string("cannot negate ") + KindName(v.kind()));
      return Value();
    }
    case ExprKind::kBinary: return Binary(e, row, ctx);
    case ExprKind::kIsNull: {
      bool null = Eval(*e.args[0], row, ctx).is_null();
      return Value::Bool(e.negated ? !null : null);
    }
    case ExprKind::kFunction:
      if (e.aggregate >= 0) {
        return static_cast<size_t>(e.aggregate) < ctx.aggregate_values.size()
                   ? ctx.aggregate_values[e.aggregate]
                   : Value();
      }
      return CallFunction(e, row, ctx);
    case ExprKind::kQuantifier: return Quantifier(e, row, ctx);
    case ExprKind::kComprehension: return Comprehension(e, row, ctx);
    case ExprKind::kHasLabel: {
      Value v = Eval(*e.args[0], row, ctx);
      if (v.kind() != Kind::kNode) return Value();
      auto node = ctx.GetNode(v.AsNode().id);
      return node ? Value::Bool(node->type == *graph::ParseNodeType(e.name)) : Value();
    }
  }
  return Value();
}

bool IsTrue(const Expr& e, Row& row, ExecContext& ctx) {
  Value v = Eval(e, row, ctx);
  return v.kind() == Kind::kBool && v.AsBool();
}

}  // namespace kg::query
