// Binding expressions: variables to slots, functions and properties checked
// against what kg knows, aggregates collected where a projection allows them.
#include <cctype>

#include "query/planner_internal.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

using ast::Expr;
using ast::ExprKind;
using ast::ExprPtr;

struct FunctionInfo {
  const char* name;  // lower case
  int min_args, max_args;
};

constexpr FunctionInfo kFunctions[] = {
    {"id", 1, 1},        {"type", 1, 1},       {"labels", 1, 1},     {"nodes", 1, 1},
    {"relationships", 1, 1}, {"rels", 1, 1},   {"length", 1, 1},     {"size", 1, 1},
    {"tolower", 1, 1},   {"toupper", 1, 1},    {"trim", 1, 1},       {"coalesce", 1, 16},
    {"head", 1, 1},      {"last", 1, 1},       {"tostring", 1, 1},   {"tointeger", 1, 1},
    {"tofloat", 1, 1},   {"startnode", 1, 1},  {"endnode", 1, 1},    {"properties", 1, 1},
    {"keys", 1, 1},      {"abs", 1, 1},        {"range", 2, 3},      {"substring", 2, 3},
    {"split", 2, 2},     {"reverse", 1, 1},    {"replace", 3, 3},    {"count", 0, 1},
    {"collect", 1, 1},   {"min", 1, 1},        {"max", 1, 1},        {"sum", 1, 1},
    {"avg", 1, 1},
};

const FunctionInfo* FindFunction(const std::string& lower) {
  for (const auto& f : kFunctions) {
    if (lower == f.name) return &f;
  }
  return nullptr;
}

std::vector<std::string> FunctionNames() {
  std::vector<std::string> names;
  for (const auto& f : kFunctions) names.push_back(f.name);
  return names;
}

// The kind of a quantifier's variable, from the list it ranges over.
VarKind ElementKind(const Expr& list, const Scope& scope) {
  if (list.kind != ExprKind::kFunction) {
    if (list.kind == ExprKind::kVariable) {
      auto it = scope.vars.find(list.name);
      if (it != scope.vars.end() && it->second.kind == VarKind::kRelList) return VarKind::kRel;
    }
    return VarKind::kValue;
  }
  std::string f = Lower(list.name);
  if (f == "nodes") return VarKind::kNode;
  if (f == "relationships" || f == "rels") return VarKind::kRel;
  return VarKind::kValue;
}

}  // namespace

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsAggregateName(const std::string& n) {
  return n == "count" || n == "collect" || n == "min" || n == "max" || n == "sum" || n == "avg";
}

const std::vector<std::string>& NodePropertyNames() {
  static const std::vector<std::string> kNames = {"id",      "name",       "type",
                                                  "aliases", "first_seen", "last_seen"};
  return kNames;
}

const std::vector<std::string>& RelPropertyNames() {
  static const std::vector<std::string> kNames = {"type",      "modality", "date",
                                                  "first_date", "last_date", "mentions",
                                                  "docs",      "evidence"};
  return kNames;
}

std::vector<std::string> Scope::Names() const {
  std::vector<std::string> names;
  for (const auto& [name, info] : vars) names.push_back(name);
  return names;
}

Status Planner::CheckNodeProperty(const std::string& key, const Pos& pos) {
  for (const auto& n : NodePropertyNames()) {
    if (n == key) return Status::OK();
  }
  if (catalog_.HasNodeAttribute(key)) return Status::OK();
  if (!catalog_.NodeAttributesComplete() && ClosestNames(key, NodePropertyNames()).empty()) {
    return Status::OK();  // perhaps an attribute of a node the sample missed
  }
  std::vector<std::string> known = NodePropertyNames();
  for (const auto& a : catalog_.NodeAttributeNames()) known.push_back(a);
  return QueryError(text_, pos, "unknown node property '" + key + "'" + DidYouMean(key, known));
}

Status Planner::CheckRelProperty(const std::string& key, const Pos& pos) {
  for (const auto& n : RelPropertyNames()) {
    if (n == key) return Status::OK();
  }
  return QueryError(text_, pos,
                    "unknown relationship property '" + key + "'" + DidYouMean(key, RelPropertyNames()));
}

Status Planner::CheckProperty(const Expr& e, VarKind kind) {
  switch (kind) {
    case VarKind::kNode: return CheckNodeProperty(e.name, e.pos);
    case VarKind::kRel: return CheckRelProperty(e.name, e.pos);
    case VarKind::kRelList:
      return QueryError(text_, e.pos, "'" + e.args[0]->name +
                                          "' is a list of relationships; use relationships or "
                                          "ALL(r IN " + e.args[0]->name + " WHERE r." + e.name + " ...)");
    case VarKind::kPath:
      return QueryError(text_, e.pos, "a path has no properties; use nodes(" + e.args[0]->name +
                                          ") or relationships(" + e.args[0]->name + ")");
    case VarKind::kValue: return Status::OK();
  }
  return Status::OK();
}

Status Planner::Bind(const ExprPtr& e, Scope& scope, BindContext ctx) {
  switch (e->kind) {
    case ExprKind::kLiteral: return Status::OK();
    case ExprKind::kParameter:
      if (!params_.count(e->name)) {
        return QueryError(text_, e->pos, "parameter $" + e->name + " is not set (give --param " +
                                             e->name + "=VALUE)");
      }
      return Status::OK();
    case ExprKind::kVariable: {
      auto it = scope.vars.find(e->name);
      if (it == scope.vars.end()) {
        return QueryError(text_, e->pos, "variable '" + e->name + "' is not defined" +
                                             DidYouMean(e->name, scope.Names()));
      }
      e->slot = it->second.slot;
      return Status::OK();
    }
    case ExprKind::kProperty: {
      KG_RETURN_IF_ERROR(Bind(e->args[0], scope, ctx));
      if (e->args[0]->kind != ExprKind::kVariable) return Status::OK();
      return CheckProperty(*e, scope.vars[e->args[0]->name].kind);
    }
    case ExprKind::kFunction: {
      std::string lower = Lower(e->name);
      const FunctionInfo* f = FindFunction(lower);
      if (!f) {
        return QueryError(text_, e->pos,
                          "unknown function '" + e->name + "'" + DidYouMean(e->name, FunctionNames()));
      }
      e->name = lower;
      int n = static_cast<int>(e->args.size());
      if (!e->star && (n < f->min_args || n > f->max_args)) {
        return QueryError(text_, e->pos, e->name + "() takes " + std::to_string(f->min_args) +
                                             (f->max_args != f->min_args ? " or more" : "") +
                                             " argument(s), not " + std::to_string(n));
      }
      if (e->star && lower != "count") return QueryError(text_, e->pos, "only count() accepts *");
      if (IsAggregateName(lower)) {
        if (!ctx.aggregates) {
          return QueryError(text_, e->pos, "aggregate function " + e->name + "() is not allowed in " +
                                               ctx.clause);
        }
        if (ctx.inside_aggregate) {
          return QueryError(text_, e->pos, "aggregate function " + e->name +
                                               "() cannot be nested in another aggregate");
        }
        if (!e->star && n == 0) return QueryError(text_, e->pos, "count() needs an argument or *");
        ctx.inside_aggregate = true;
        e->aggregate = static_cast<int>(ctx.aggregates->size());
        ctx.aggregates->push_back(e);
      } else if (e->distinct) {
        return QueryError(text_, e->pos, "DISTINCT is only allowed in an aggregate function");
      }
      for (auto& a : e->args) KG_RETURN_IF_ERROR(Bind(a, scope, ctx));
      return Status::OK();
    }
    case ExprKind::kHasLabel: {
      KG_RETURN_IF_ERROR(Bind(e->args[0], scope, ctx));
      if (!graph::ParseNodeType(e->name)) {
        std::vector<std::string> labels;
        for (int t = 0; t < graph::kNodeTypeCount; ++t) {
          labels.emplace_back(graph::NodeTypeName(static_cast<graph::NodeType>(t)));
        }
        return QueryError(text_, e->pos, "unknown label '" + e->name + "'" + DidYouMean(e->name, labels));
      }
      return Status::OK();
    }
    case ExprKind::kComprehension:
    case ExprKind::kQuantifier: {
      KG_RETURN_IF_ERROR(Bind(e->args[0], scope, ctx));
      auto saved = scope.vars.find(e->variable) != scope.vars.end()
                       ? std::optional<VarInfo>(scope.vars[e->variable])
                       : std::nullopt;
      e->slot = scope.Allocate();
      max_width_ = std::max(max_width_, scope.next_slot);
      scope.vars[e->variable] = VarInfo{e->slot, ElementKind(*e->args[0], scope)};
      BindContext inner = ctx;
      inner.aggregates = nullptr;
      inner.clause = "a list predicate";
      Status s = Bind(e->args[1], scope, inner);
      if (s.ok() && e->kind == ExprKind::kComprehension) s = Bind(e->args[2], scope, inner);
      if (saved) scope.vars[e->variable] = *saved;
      else scope.vars.erase(e->variable);
      return s;
    }
    default:
      for (auto& a : e->args) KG_RETURN_IF_ERROR(Bind(a, scope, ctx));
      return Status::OK();
  }
}

void FreeSlots(const Expr& e, std::set<int>* out) {
  if (e.kind == ExprKind::kVariable) {
    out->insert(e.slot);
    return;
  }
  std::set<int> inner;
  for (const auto& a : e.args) FreeSlots(*a, &inner);
  if (e.kind == ExprKind::kQuantifier || e.kind == ExprKind::kComprehension) inner.erase(e.slot);
  out->insert(inner.begin(), inner.end());
}

void SplitConjuncts(const ExprPtr& e, std::vector<ExprPtr>* out) {
  if (e->kind == ExprKind::kBinary && e->op == ast::Op::kAnd) {
    SplitConjuncts(e->args[0], out);
    SplitConjuncts(e->args[1], out);
  } else {
    out->push_back(e);
  }
}

}  // namespace kg::query
