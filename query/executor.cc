#include "query/executor.h"

#include "query/exec_context.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

using Clock = std::chrono::steady_clock;

double MsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// A constant SKIP/LIMIT value, or SIZE_MAX when it is not known yet.
size_t ConstantCount(const ast::ExprPtr& e, const std::map<std::string, Value>& params) {
  if (!e) return 0;
  Value v = e->literal;
  if (e->kind == ast::ExprKind::kParameter) {
    auto it = params.find(e->name);
    if (it != params.end()) v = it->second;
  } else if (e->kind != ast::ExprKind::kLiteral) {
    return SIZE_MAX;
  }
  return v.kind() == Value::Kind::kInt && v.AsInt() >= 0 ? static_cast<size_t>(v.AsInt()) : SIZE_MAX;
}

// How many rows op `i` needs to produce: all of them, unless the next
// operator is a projection that keeps rows in order and one at a time.
size_t StopAfter(const Plan& plan, size_t i, const std::map<std::string, Value>& params,
                 const ExecOptions& options) {
  if (i + 1 >= plan.ops.size() || plan.ops[i + 1].kind != PlanOp::Kind::kProject) return SIZE_MAX;
  const ProjectOp& p = plan.ops[i + 1].project;
  if (p.aggregating || p.distinct || !p.order_by.empty() || p.where) return SIZE_MAX;
  size_t n = SIZE_MAX;
  if (p.limit) {
    size_t limit = ConstantCount(p.limit, params), skip = ConstantCount(p.skip, params);
    if (limit != SIZE_MAX && skip != SIZE_MAX) n = limit + skip;
  }
  if (i + 2 == plan.ops.size() && options.max_rows != SIZE_MAX) {
    size_t skip = ConstantCount(p.skip, params);
    if (skip != SIZE_MAX) n = std::min(n, skip + options.max_rows + 1);
  }
  return n;
}

RelRef ResolveRel(const graph::EdgeKey& key, ExecContext& ctx) {
  auto rel = ctx.GetRel(key);
  if (!rel) return RelRef{key, nullptr};
  auto named = std::make_shared<RelRecord>(*rel);
  if (auto n = ctx.GetNode(key.src)) named->src_name = n->name;
  if (auto n = ctx.GetNode(key.dst)) named->dst_name = n->name;
  return RelRef{key, std::move(named)};
}

Value Resolve(const Value& v, ExecContext& ctx) {
  switch (v.kind()) {
    case Value::Kind::kNode: return Value::Node(NodeRef{v.AsNode().id, ctx.GetNode(v.AsNode().id)});
    case Value::Kind::kRel: return Value::Rel(ResolveRel(v.AsRel().key, ctx));
    case Value::Kind::kPath: {
      PathRef p;
      for (const auto& n : v.AsPath().nodes) p.nodes.push_back(NodeRef{n.id, ctx.GetNode(n.id)});
      for (const auto& r : v.AsPath().rels) p.rels.push_back(ResolveRel(r.key, ctx));
      return Value::Path(std::move(p));
    }
    case Value::Kind::kList: {
      ValueList items;
      for (const auto& item : v.AsList()) items.push_back(Resolve(item, ctx));
      return Value::List(std::move(items));
    }
    case Value::Kind::kMap: {
      ValueMap m;
      for (const auto& [k, item] : v.AsMap()) m[k] = Resolve(item, ctx);
      return Value::Map(std::move(m));
    }
    default: return v;
  }
}

}  // namespace

ExecContext::ExecContext(std::string_view text, const graph::Store& store,
                         const std::map<std::string, Value>& params, const ExecOptions& options)
    : text_(text), store_(store), params_(params), options_(options), cursor_(store.NewAdjacencyCursor()) {
  deadline_ = options.timeout_ms ? Clock::now() + std::chrono::milliseconds(options.timeout_ms)
                                 : Clock::time_point::max();
}

std::shared_ptr<const graph::Node> ExecContext::GetNode(graph::NodeId id) {
  auto it = nodes_.find(id);
  if (it != nodes_.end()) return it->second;
  auto node = store_.GetNode(id);
  std::shared_ptr<const graph::Node> ptr;
  if (node.ok()) {
    ptr = std::make_shared<const graph::Node>(std::move(*node));
  } else if (!node.status().IsNotFound()) {
    Fail(node.status());
    return nullptr;
  }
  if (nodes_.size() > 1'000'000) nodes_.clear();  // a cache, not a copy of the graph
  nodes_.emplace(id, ptr);
  return ptr;
}

std::shared_ptr<const RelRecord> ExecContext::GetRel(const graph::EdgeKey& key) {
  auto it = rels_.find(key);
  if (it != rels_.end()) return it->second;
  auto summary = store_.GetEdgeSummary(key);
  std::shared_ptr<const RelRecord> ptr;
  if (summary.ok()) {
    auto rec = std::make_shared<RelRecord>();
    rec->relation = store_.RelationName(key.relation);
    rec->summary = *summary;
    ptr = std::move(rec);
  } else if (!summary.status().IsNotFound()) {
    Fail(summary.status());
    return nullptr;
  }
  if (rels_.size() > 1'000'000) rels_.clear();
  rels_.emplace(key, ptr);
  return ptr;
}

const std::regex* ExecContext::Regex(const std::string& pattern, const Pos& pos) {
  auto it = regexes_.find(pattern);
  if (it != regexes_.end()) return it->second.get();
  try {
    auto re = std::make_unique<std::regex>(pattern, std::regex::ECMAScript);
    return regexes_.emplace(pattern, std::move(re)).first->second.get();
  } catch (const std::regex_error& e) {  // std::regex reports a bad pattern by throwing
    FailAt(pos, "invalid regular expression '" + pattern + "': " + e.what());
    return nullptr;
  }
}

bool ExecContext::Fail(Status s) {
  if (error_.ok()) error_ = std::move(s);
  return false;
}

bool ExecContext::FailAt(const Pos& pos, const std::string& message) {
  return Fail(QueryError(text_, pos, message));
}

bool ExecContext::Tick() {
  if (!error_.ok()) return false;
  if (++ticks_ > options_.max_expansions) {
    return Fail(Status::Busy("query stopped after " + std::to_string(options_.max_expansions) +
                             " expansions (--max-expansions); narrow the pattern or lower the hop bound"));
  }
  if ((ticks_ & 1023) == 0 && Clock::now() > deadline_) {
    return Fail(Status::Busy("query stopped: timed out after " + std::to_string(options_.timeout_ms) +
                             " ms (--timeout)"));
  }
  return true;
}

Result<ResultSet> Execute(std::string_view text, const Plan& plan, const graph::Store& store,
                          const std::map<std::string, Value>& params, const ExecOptions& options) {
  auto start = Clock::now();
  ExecContext ctx(text, store, params, options);
  ResultSet result;
  result.columns = plan.columns;
  result.row_cap = options.max_rows;
  std::vector<Row> rows(1, Row(plan.width));
  auto lines = plan.OperatorLines();
  size_t line = 0;
  for (size_t i = 0; i < plan.ops.size() && !ctx.failed(); ++i) {
    const PlanOp& op = plan.ops[i];
    auto op_start = Clock::now();
    std::vector<uint64_t> step_rows;
    for (auto& r : rows) {
      if (r.size() < static_cast<size_t>(plan.width)) r.resize(plan.width);
    }
    switch (op.kind) {
      case PlanOp::Kind::kMatch:
        rows = RunMatch(op.match, std::move(rows), StopAfter(plan, i, params, options), ctx, &step_rows);
        break;
      case PlanOp::Kind::kUnwind: {
        std::vector<Row> out;
        for (auto& r : rows) {
          Value list = Eval(*op.unwind.list, r, ctx);
          ValueList items = list.kind() == Value::Kind::kList ? list.AsList()
                            : list.is_null()                  ? ValueList{}
                                                              : ValueList{list};
          for (auto& item : items) {
            r[op.unwind.slot] = item;
            out.push_back(r);
          }
          if (out.size() > options.max_intermediate_rows) {
            ctx.Fail(Status::Busy("query stopped: UNWIND produced more than " +
                                  std::to_string(options.max_intermediate_rows) + " rows"));
            break;
          }
        }
        rows = std::move(out);
        break;
      }
      case PlanOp::Kind::kProject: rows = RunProject(op.project, std::move(rows), ctx); break;
    }
    if (options.profile) {
      result.profile.push_back(OperatorProfile{lines[line++], rows.size(), MsSince(op_start)});
      for (uint64_t n : step_rows) result.profile.push_back(OperatorProfile{lines[line++], n, -1});
    }
  }
  if (ctx.failed()) return ctx.error();
  if (rows.size() > options.max_rows) {
    rows.resize(options.max_rows);
    result.truncated = true;
  }
  for (auto& r : rows) {
    for (auto& v : r) v = Resolve(v, ctx);
  }
  if (ctx.failed()) return ctx.error();
  result.rows = std::move(rows);
  result.elapsed_ms = MsSince(start);
  return result;
}

}  // namespace kg::query
