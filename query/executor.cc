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

namespace {

// Runs ops [begin, end), all MATCH or UNWIND, as one pipeline: each input
// row flows through every clause before the next is read, and the pipeline
// stops as soon as the rows it must hand on are complete.
class Pipeline {
 public:
  Pipeline(const Plan& plan, size_t begin, size_t end, size_t stop_after, ExecContext& ctx)
      : plan_(plan), begin_(begin), end_(end), stop_after_(stop_after), ctx_(ctx) {
    for (size_t i = begin; i < end; ++i) {
      runners_.push_back(plan.ops[i].kind == PlanOp::Kind::kMatch
                             ? std::make_unique<MatchRunner>(plan.ops[i].match, ctx)
                             : nullptr);
    }
    unwound_.assign(end - begin, 0);
    sinks_.resize(end - begin);
    for (size_t i = begin; i < end; ++i) sinks_[i - begin] = [this, i](Row& r) { Feed(i + 1, r); };
  }

  std::vector<Row> Run(std::vector<Row> in) {
    ctx_.Stop(stop_after_ == 0);
    for (auto& row : in) {
      if (ctx_.failed() || ctx_.stopped()) break;
      Feed(begin_, row);
    }
    ctx_.Stop(false);
    return std::move(out_);
  }

  void Profile(const std::vector<std::string>& lines, size_t* line, double ms,
               std::vector<OperatorProfile>* out) const {
    for (size_t i = begin_; i < end_; ++i) {
      const MatchRunner* m = runners_[i - begin_].get();
      out->push_back(OperatorProfile{lines[(*line)++], m ? m->rows() : unwound_[i - begin_], i == begin_ ? ms : -1});
      if (!m) continue;
      for (uint64_t n : m->step_rows()) out->push_back(OperatorProfile{lines[(*line)++], n, -1});
    }
  }

 private:
  void Feed(size_t i, Row& row) {
    if (ctx_.failed() || ctx_.stopped()) return;
    if (i == end_) return Collect(row);
    if (runners_[i - begin_]) return runners_[i - begin_]->RunRow(row, sinks_[i - begin_]);
    const UnwindOp& u = plan_.ops[i].unwind;
    Value list = Eval(*u.list, row, ctx_);
    ValueList items = list.kind() == Value::Kind::kList ? list.AsList()
                      : list.is_null()                  ? ValueList{}
                                                        : ValueList{list};
    for (auto& item : items) {
      if (ctx_.failed() || ctx_.stopped()) return;
      row[u.slot] = item;
      ++unwound_[i - begin_];
      Feed(i + 1, row);
    }
  }

  void Collect(const Row& row) {
    out_.push_back(row);
    if (out_.size() >= stop_after_) ctx_.Stop(true);
    if (out_.size() > ctx_.options().max_intermediate_rows) {
      ctx_.Fail(Status::Busy("query stopped: MATCH produced more than " +
                             std::to_string(ctx_.options().max_intermediate_rows) +
                             " rows; narrow the pattern or add LIMIT"));
    }
  }

  const Plan& plan_;
  size_t begin_, end_, stop_after_;
  ExecContext& ctx_;
  std::vector<std::unique_ptr<MatchRunner>> runners_;
  std::vector<RowSink> sinks_;
  std::vector<uint64_t> unwound_;
  std::vector<Row> out_;
};

}  // namespace

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
  for (size_t i = 0; i < plan.ops.size() && !ctx.failed();) {
    auto op_start = Clock::now();
    for (auto& r : rows) {
      if (r.size() < static_cast<size_t>(plan.width)) r.resize(plan.width);
    }
    if (plan.ops[i].kind == PlanOp::Kind::kProject) {
      rows = RunProject(plan.ops[i].project, std::move(rows), ctx);
      if (options.profile) result.profile.push_back(OperatorProfile{lines[line++], rows.size(), MsSince(op_start)});
      ++i;
      continue;
    }
    size_t end = i;
    while (end < plan.ops.size() && plan.ops[end].kind != PlanOp::Kind::kProject) ++end;
    Pipeline pipeline(plan, i, end, StopAfter(plan, end - 1, params, options), ctx);
    rows = pipeline.Run(std::move(rows));
    if (options.profile) pipeline.Profile(lines, &line, MsSince(op_start), &result.profile);
    i = end;
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
