// Planner: ast::Query -> Plan. Resolves variables to row slots, checks the
// query against the graph's catalog (labels, relationship types, property
// names, functions, parameters) and chooses how each MATCH starts and
// expands (see plan.h). Pure: it reads the catalog, never the graph.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"
#include "graph/status.h"
#include "query/ast.h"
#include "query/plan.h"
#include "query/value.h"

namespace kg::query {

// What the planner may ask about the graph. Thread safety: implementations
// are used by one query at a time.
class Catalog {
 public:
  virtual ~Catalog() = default;
  virtual std::optional<graph::RelationId> FindRelation(std::string_view name) const = 0;
  virtual std::vector<std::string> RelationNames() const = 0;
  // Attribute keys of nodes (role, country, ...), beyond the built-in ones.
  virtual bool HasNodeAttribute(const std::string& key) const = 0;
  virtual std::vector<std::string> NodeAttributeNames() const = 0;
  // False when the attribute keys come from a sample of a large graph, so
  // that a key missing from them may still exist.
  virtual bool NodeAttributesComplete() const = 0;
};

struct PlannerOptions {
  // Upper bound used for [*] and [*2..] written without one.
  // Default: 6.
  int default_max_hops = 6;
  // Largest upper bound a variable-length pattern may name.
  // Default: 12.
  int max_hops_limit = 12;
};

// Built-in property names, for suggestions and docs.
const std::vector<std::string>& NodePropertyNames();
const std::vector<std::string>& RelPropertyNames();

// Returns the plan for `query` (parsed from `text`); on failure an
// InvalidArgument naming the place: unknown label, relationship type,
// property, function or variable (with "did you mean ...?"), an aggregate
// where none is allowed, a missing parameter.
Result<Plan> PlanQuery(std::string_view text, const ast::Query& query, const Catalog& catalog,
                       const std::map<std::string, Value>& params,
                       const PlannerOptions& options = PlannerOptions());

}  // namespace kg::query
