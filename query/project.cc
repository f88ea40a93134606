// RETURN and WITH: projection, grouping with aggregates (count, collect,
// min, max, sum, avg, with DISTINCT), DISTINCT rows, ORDER BY, SKIP, LIMIT.
#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include "query/exec_context.h"

namespace kg::query {
namespace {

using Kind = Value::Kind;

struct Aggregate {
  explicit Aggregate(const ast::Expr* c) : call(c) {}
  const ast::Expr* call = nullptr;
  int64_t count = 0;
  std::unordered_set<Value, ValueHash> seen;  // DISTINCT
  ValueList items;                            // collect
  Value best;                                 // min / max
  bool all_int = true;
  int64_t int_sum = 0;
  double sum = 0;

  void Add(const Value& v) {
    if (call->star) {
      ++count;
      return;
    }
    if (v.is_null()) return;
    if (call->distinct && !seen.insert(v).second) return;
    ++count;
    const std::string& f = call->name;
    if (f == "collect") items.push_back(v);
    if ((f == "min" || f == "max") && (best.is_null() || (f == "min" ? Value::Compare(v, best) < 0
                                                                      : Value::Compare(v, best) > 0))) {
      best = v;
    }
    if (f == "sum" || f == "avg") {
      if (v.kind() == Kind::kInt) int_sum += v.AsInt();
      else all_int = false;
      if (v.is_number()) sum += v.AsNumber();
    }
  }

  Value Result() const {
    const std::string& f = call->name;
    if (f == "count") return Value::Int(count);
    if (f == "collect") return Value::List(items);
    if (f == "min" || f == "max") return best;
    if (f == "sum") return all_int ? Value::Int(int_sum) : Value::Float(sum);
    return count == 0 ? Value() : Value::Float(sum / static_cast<double>(count));  // avg
  }
};

struct Group {
  Row first;  // a representative input row
  Row keys;
  std::vector<Aggregate> aggregates;
};

std::vector<Row> Aggregated(const ProjectOp& op, std::vector<Row>& in, ExecContext& ctx) {
  std::unordered_map<Row, size_t, RowHash> index;
  std::vector<Group> groups;
  for (auto& row : in) {
    if (ctx.failed()) break;
    Row keys;
    for (size_t i = 0; i < op.items.size(); ++i) {
      if (op.is_key[i]) keys.push_back(Eval(*op.items[i], row, ctx));
    }
    auto [it, fresh] = index.emplace(keys, groups.size());
    if (fresh) {
      groups.push_back(Group{row, keys, {}});
      for (const auto& a : op.aggregates) groups.back().aggregates.emplace_back(a.get());
    }
    Group& g = groups[it->second];
    for (auto& a : g.aggregates) a.Add(a.call->star ? Value() : Eval(*a.call->args[0], row, ctx));
  }
  bool has_keys = std::find(op.is_key.begin(), op.is_key.end(), true) != op.is_key.end();
  if (groups.empty() && !has_keys) {  // count(*) of nothing is 0
    groups.push_back(Group{Row(op.input_width), {}, {}});
    for (const auto& a : op.aggregates) groups.back().aggregates.emplace_back(a.get());
  }
  std::vector<Row> out;
  for (auto& g : groups) {
    ctx.aggregate_values.clear();
    for (const auto& a : g.aggregates) ctx.aggregate_values.push_back(a.Result());
    Row projected;
    size_t k = 0;
    for (size_t i = 0; i < op.items.size(); ++i) {
      projected.push_back(op.is_key[i] ? g.keys[k++] : Eval(*op.items[i], g.first, ctx));
    }
    out.push_back(std::move(projected));
  }
  ctx.aggregate_values.clear();
  return out;
}

std::vector<Row> Plain(const ProjectOp& op, std::vector<Row>& in, ExecContext& ctx) {
  std::vector<Row> out;
  out.reserve(in.size());
  bool keep_input = !op.order_by.empty() && !op.distinct;
  for (auto& row : in) {
    if (ctx.failed()) break;
    Row projected;
    projected.reserve(op.items.size() + (keep_input ? row.size() : 0));
    for (const auto& item : op.items) projected.push_back(Eval(*item, row, ctx));
    if (keep_input) projected.insert(projected.end(), row.begin(), row.end());
    out.push_back(std::move(projected));
  }
  return out;
}

void Distinct(size_t k, std::vector<Row>* rows) {
  std::unordered_set<Row, RowHash> seen;
  std::vector<Row> kept;
  for (auto& r : *rows) {
    Row key(r.begin(), r.begin() + k);
    if (seen.insert(std::move(key)).second) kept.push_back(std::move(r));
  }
  *rows = std::move(kept);
}

void Sort(const ProjectOp& op, std::vector<Row>* rows, ExecContext& ctx) {
  std::vector<std::pair<Row, size_t>> keys;
  for (size_t i = 0; i < rows->size(); ++i) {
    Row sort_key;
    for (const auto& s : op.order_by) sort_key.push_back(Eval(*s.expr, (*rows)[i], ctx));
    keys.emplace_back(std::move(sort_key), i);
  }
  std::stable_sort(keys.begin(), keys.end(), [&](const auto& a, const auto& b) {
    for (size_t j = 0; j < op.order_by.size(); ++j) {
      int c = Value::Compare(a.first[j], b.first[j]);
      if (c != 0) return op.order_by[j].descending ? c > 0 : c < 0;
    }
    return false;
  });
  std::vector<Row> sorted;
  sorted.reserve(rows->size());
  for (auto& [key, i] : keys) sorted.push_back(std::move((*rows)[i]));
  *rows = std::move(sorted);
}

// SKIP / LIMIT take a non-negative integer (a literal or a parameter).
bool Count(const ast::ExprPtr& e, const char* what, ExecContext& ctx, size_t* out) {
  if (!e) return true;
  Row none;
  Value v = Eval(*e, none, ctx);
  if (v.kind() != Kind::kInt || v.AsInt() < 0) {
    return ctx.FailAt(e->pos, std::string(what) + " needs a non-negative integer, not " + v.ToString());
  }
  *out = static_cast<size_t>(v.AsInt());
  return true;
}

}  // namespace

std::vector<Row> RunProject(const ProjectOp& op, std::vector<Row> in, ExecContext& ctx) {
  std::vector<Row> rows = op.aggregating ? Aggregated(op, in, ctx) : Plain(op, in, ctx);
  in.clear();
  const size_t k = op.items.size();
  if (op.distinct) Distinct(k, &rows);
  if (!op.order_by.empty()) Sort(op, &rows, ctx);
  size_t skip = 0, limit = SIZE_MAX;
  if (!Count(op.skip, "SKIP", ctx, &skip) || !Count(op.limit, "LIMIT", ctx, &limit)) return {};
  if (skip >= rows.size()) rows.clear();
  else rows.erase(rows.begin(), rows.begin() + skip);
  if (rows.size() > limit) rows.resize(limit);
  for (auto& r : rows) r.resize(k);
  if (op.where) {
    std::vector<Row> kept;
    for (auto& r : rows) {
      if (IsTrue(*op.where, r, ctx)) kept.push_back(std::move(r));
    }
    rows = std::move(kept);
  }
  return rows;
}

}  // namespace kg::query
