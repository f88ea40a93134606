#include "query/functions.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "query/planner.h"

namespace kg::query {
namespace {

using Kind = Value::Kind;
using ast::Expr;

std::string Case(std::string s, bool upper) {
  for (char& c : s) {
    c = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(c))
                                : std::tolower(static_cast<unsigned char>(c)));
  }
  return s;
}

Value Fail(ExecContext& ctx, const Expr& e, const Value& arg) {
  ctx.FailAt(e.pos, e.name + "() cannot take " + KindName(arg.kind()));
  return Value();
}

Value Nodes(const Value& v) {
  ValueList out;
  for (const auto& n : v.AsPath().nodes) out.push_back(Value::Node(n));
  return Value::List(std::move(out));
}

Value Rels(const Value& v) {
  if (v.kind() == Kind::kList) return v;
  ValueList out;
  for (const auto& r : v.AsPath().rels) out.push_back(Value::Rel(r));
  return Value::List(std::move(out));
}

Value Properties(ExecContext& ctx, const Value& v) {
  ValueMap m;
  if (v.kind() == Kind::kMap) return v;
  if (v.kind() == Kind::kNode) {
    for (const auto& k : NodePropertyNames()) m[k] = NodeProperty(ctx, v.AsNode().id, k);
    if (auto node = ctx.GetNode(v.AsNode().id)) {
      for (const auto& [k, val] : node->attributes) m[k] = Value::String(val);
    }
  } else {
    for (const auto& k : RelPropertyNames()) {
      if (k != "evidence") m[k] = RelProperty(ctx, v.AsRel().key, k);
    }
  }
  return Value::Map(std::move(m));
}

Value ToInteger(const Value& v) {
  if (v.kind() == Kind::kInt) return v;
  if (v.kind() == Kind::kFloat) return Value::Int(static_cast<int64_t>(v.AsFloat()));
  if (v.kind() != Kind::kString) return Value();
  try {
    size_t used = 0;
    long long i = std::stoll(v.AsString(), &used);
    return used == v.AsString().size() ? Value::Int(i) : Value();
  } catch (...) {  // std::stoll throws on text that is not a number
    return Value();
  }
}

Value ToFloat(const Value& v) {
  if (v.is_number()) return Value::Float(v.AsNumber());
  if (v.kind() != Kind::kString) return Value();
  try {
    size_t used = 0;
    double d = std::stod(v.AsString(), &used);
    return used == v.AsString().size() ? Value::Float(d) : Value();
  } catch (...) {  // std::stod throws on text that is not a number
    return Value();
  }
}

Value Range(const std::vector<Value>& a, const Expr& e, ExecContext& ctx) {
  for (const auto& v : a) {
    if (v.kind() != Kind::kInt) return Fail(ctx, e, v);
  }
  int64_t from = a[0].AsInt(), to = a[1].AsInt(), step = a.size() > 2 ? a[2].AsInt() : 1;
  if (step == 0 || std::abs((to - from) / step) > 1'000'000) {
    ctx.FailAt(e.pos, "range() would make more than a million items");
    return Value();
  }
  ValueList out;
  for (int64_t i = from; step > 0 ? i <= to : i >= to; i += step) out.push_back(Value::Int(i));
  return Value::List(std::move(out));
}

Value StringFunction(const std::string& f, const std::vector<Value>& a, const Expr& e, ExecContext& ctx) {
  for (const auto& v : a) {
    if (v.is_null()) return Value();
  }
  if (a[0].kind() != Kind::kString) return Fail(ctx, e, a[0]);
  const std::string& s = a[0].AsString();
  if (f == "tolower" || f == "toupper") return Value::String(Case(s, f == "toupper"));
  if (f == "trim") {
    size_t b = s.find_first_not_of(" \t\n"), end = s.find_last_not_of(" \t\n");
    return Value::String(b == std::string::npos ? "" : s.substr(b, end - b + 1));
  }
  if (f == "substring") {
    if (a[1].kind() != Kind::kInt || (a.size() > 2 && a[2].kind() != Kind::kInt)) return Fail(ctx, e, a[1]);
    size_t from = static_cast<size_t>(std::max<int64_t>(0, a[1].AsInt()));
    size_t n = a.size() > 2 ? static_cast<size_t>(std::max<int64_t>(0, a[2].AsInt())) : std::string::npos;
    return Value::String(from >= s.size() ? "" : s.substr(from, n));
  }
  if (a[1].kind() != Kind::kString) return Fail(ctx, e, a[1]);
  if (f == "split") {
    ValueList parts;
    const std::string& sep = a[1].AsString();
    size_t start = 0;
    while (!sep.empty()) {
      size_t at = s.find(sep, start);
      if (at == std::string::npos) break;
      parts.push_back(Value::String(s.substr(start, at - start)));
      start = at + sep.size();
    }
    parts.push_back(Value::String(s.substr(start)));
    return Value::List(std::move(parts));
  }
  if (a[2].kind() != Kind::kString) return Fail(ctx, e, a[2]);  // replace
  std::string out, from = a[1].AsString();
  size_t start = 0;
  while (!from.empty()) {
    size_t at = s.find(from, start);
    if (at == std::string::npos) break;
    out += s.substr(start, at - start) + a[2].AsString();
    start = at + from.size();
  }
  return Value::String(out + s.substr(start));
}

Value GraphFunction(const std::string& f, const Value& v, const Expr& e, ExecContext& ctx) {
  if (f == "id") {
    if (v.kind() == Kind::kNode) return Value::Int(static_cast<int64_t>(v.AsNode().id));
    return Fail(ctx, e, v);
  }
  if (f == "labels") {
    if (v.kind() != Kind::kNode) return Fail(ctx, e, v);
    Value type = NodeProperty(ctx, v.AsNode().id, "type");
    return Value::List(type.is_null() ? ValueList{} : ValueList{type});
  }
  if (f == "type") return v.kind() == Kind::kRel ? RelProperty(ctx, v.AsRel().key, "type") : Fail(ctx, e, v);
  if (f == "startnode" || f == "endnode") {
    if (v.kind() != Kind::kRel) return Fail(ctx, e, v);
    return Value::Node(f == "startnode" ? v.AsRel().key.src : v.AsRel().key.dst);
  }
  if (f == "nodes") return v.kind() == Kind::kPath ? Nodes(v) : Fail(ctx, e, v);
  if (f == "relationships" || f == "rels") {
    return v.kind() == Kind::kPath || v.kind() == Kind::kList ? Rels(v) : Fail(ctx, e, v);
  }
  if (f == "properties") {
    return v.kind() == Kind::kNode || v.kind() == Kind::kRel || v.kind() == Kind::kMap ? Properties(ctx, v)
                                                                                          : Fail(ctx, e, v);
  }
  // keys
  if (v.kind() != Kind::kNode && v.kind() != Kind::kRel && v.kind() != Kind::kMap) return Fail(ctx, e, v);
  ValueList keys;
  Value props = Properties(ctx, v);
  for (const auto& [k, val] : props.AsMap()) {
    if (!val.is_null()) keys.push_back(Value::String(k));
  }
  return Value::List(std::move(keys));
}

Value ListFunction(const std::string& f, const Value& v, const Expr& e, ExecContext& ctx) {
  if (f == "length" && v.kind() == Kind::kPath) return Value::Int(static_cast<int64_t>(v.AsPath().rels.size()));
  if ((f == "size" || f == "length") && v.kind() == Kind::kString) {
    int64_t chars = 0;  // characters, not bytes: UTF-8 continuation bytes do not count
    for (unsigned char c : v.AsString()) chars += (c & 0xC0) != 0x80;
    return Value::Int(chars);
  }
  if (v.kind() == Kind::kString && f == "reverse") return Value::String(std::string(v.AsString().rbegin(), v.AsString().rend()));
  if (v.kind() != Kind::kList) return Fail(ctx, e, v);
  const ValueList& l = v.AsList();
  if (f == "size" || f == "length") return Value::Int(static_cast<int64_t>(l.size()));
  if (f == "head") return l.empty() ? Value() : l.front();
  if (f == "last") return l.empty() ? Value() : l.back();
  return Value::List(ValueList(l.rbegin(), l.rend()));  // reverse
}

}  // namespace

Value CallFunction(const Expr& e, Row& row, ExecContext& ctx) {
  std::vector<Value> a;
  for (const auto& arg : e.args) a.push_back(Eval(*arg, row, ctx));
  const std::string& f = e.name;
  if (f == "coalesce") {
    for (const auto& v : a) {
      if (!v.is_null()) return v;
    }
    return Value();
  }
  if (f == "range") return Range(a, e, ctx);
  if (f == "tolower" || f == "toupper" || f == "trim" || f == "substring" || f == "split" || f == "replace") {
    return StringFunction(f, a, e, ctx);
  }
  const Value& v = a[0];
  if (v.is_null()) return Value();
  if (f == "tostring") return v.kind() == Kind::kString ? v : Value::String(v.ToString());
  if (f == "tointeger") return ToInteger(v);
  if (f == "tofloat") return ToFloat(v);
  if (f == "abs") {
    if (v.kind() == Kind::kInt) return Value::Int(std::llabs(v.AsInt()));
    return v.kind() == Kind::kFloat ? Value::Float(std::fabs(v.AsFloat())) : Fail(ctx, e, v);
  }
  if (f == "size" || f == "length" || f == "head" || f == "last" || f == "reverse") {
    return ListFunction(f, v, e, ctx);
  }
  return GraphFunction(f, v, e, ctx);
}

}  // namespace kg::query
