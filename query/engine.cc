#include "query/engine.h"

#include <cerrno>
#include <cstdlib>
#include <set>

#include "query/lexer.h"
#include "query/parser.h"

namespace kg::query {

// The catalog of a store. Node attribute keys are found by scanning nodes
// once, lazily, and only when a query names a key that is not built in;
// the scan stops after kScanLimit nodes so that a huge graph stays quick
// (a key seen on no scanned node is then accepted, unless it looks like a
// misspelt built-in property).
class Engine::StoreCatalog : public Catalog {
 public:
  static constexpr size_t kScanLimit = 200'000;
  explicit StoreCatalog(const graph::Store& store) : store_(store) {}

  std::optional<graph::RelationId> FindRelation(std::string_view name) const override {
    return store_.FindRelation(name);
  }
  std::vector<std::string> RelationNames() const override {
    std::vector<std::string> names;
    for (const auto& [name, id] : store_.Relations()) names.push_back(name);
    return names;
  }
  bool HasNodeAttribute(const std::string& key) const override {
    Load();
    return attributes_.count(key) > 0;
  }
  bool NodeAttributesComplete() const override {
    Load();
    return complete_;
  }
  std::vector<std::string> NodeAttributeNames() const override {
    Load();
    return std::vector<std::string>(attributes_.begin(), attributes_.end());
  }

 private:
  void Load() const {
    if (loaded_) return;
    loaded_ = true;
    size_t seen = 0;
    Status s = store_.ForEachNode([&](const graph::Node& n) {
      for (const auto& [k, v] : n.attributes) attributes_.insert(k);
      return ++seen < kScanLimit;
    });
    complete_ = s.ok() && seen < kScanLimit;
  }

  const graph::Store& store_;
  mutable bool loaded_ = false;
  mutable bool complete_ = false;
  mutable std::set<std::string> attributes_;
};

Engine::Engine(const graph::Store& store)
    : store_(store), catalog_(std::make_unique<StoreCatalog>(store)) {}
Engine::~Engine() = default;

Result<ResultSet> Engine::Run(std::string_view text, const QueryOptions& options) {
  auto tokens = Lex(text);
  if (!tokens.ok()) return tokens.status();
  auto query = Parse(text, *tokens);
  if (!query.ok()) return query.status();
  auto plan = PlanQuery(text, *query, *catalog_, options.params, options.planner);
  if (!plan.ok()) return plan.status();
  if (query->explain) {
    ResultSet r;
    r.explain = true;
    r.plan = plan->ToString();
    return r;
  }
  ExecOptions exec = options.exec;
  exec.profile = exec.profile || query->profile;
  auto result = Execute(text, *plan, store_, options.params, exec);
  if (result.ok() && query->profile) result->plan = plan->ToString();
  return result;
}

Result<Schema> Engine::DescribeSchema() const {
  Schema schema;
  auto stats = store_.Stats();
  if (!stats.ok()) return stats.status();
  schema.labels = stats->nodes_by_type;
  schema.relationship_types = stats->edges_by_relation;
  std::map<std::string, uint64_t> props;
  Status s = store_.ForEachNode([&](const graph::Node& n) {
    ++props["id"], ++props["name"], ++props["type"];
    if (!n.aliases.empty()) ++props["aliases"];
    if (!n.first_seen.empty()) ++props["first_seen"];
    if (!n.last_seen.empty()) ++props["last_seen"];
    for (const auto& [k, v] : n.attributes) ++props[k];
    return true;
  });
  KG_RETURN_IF_ERROR(s);
  schema.node_properties = std::move(props);
  schema.relationship_properties = RelPropertyNames();
  return schema;
}

std::string Schema::ToString() const {
  std::string s = "labels:\n";
  for (const auto& [k, n] : labels) s += "  :" + k + "  " + std::to_string(n) + "\n";
  s += "relationship types:\n";
  for (const auto& [k, n] : relationship_types) s += "  :" + k + "  " + std::to_string(n) + "\n";
  s += "node properties (nodes that have them):\n";
  for (const auto& [k, n] : node_properties) s += "  " + k + "  " + std::to_string(n) + "\n";
  s += "relationship properties (every relationship):\n ";
  for (const auto& k : relationship_properties) s += " " + k;
  return s + "\n";
}

Value ParseParamValue(std::string_view text) {
  std::string t(text);
  if (t == "true" || t == "false") return Value::Bool(t == "true");
  if (t == "null") return Value();
  if (t.size() >= 2 && (t.front() == '"' || t.front() == '\'') && t.back() == t.front()) {
    return Value::String(t.substr(1, t.size() - 2));
  }
  char* end = nullptr;
  errno = 0;
  long long i = std::strtoll(t.c_str(), &end, 10);
  if (!t.empty() && *end == '\0' && errno == 0) return Value::Int(i);
  double d = std::strtod(t.c_str(), &end);
  if (!t.empty() && *end == '\0') return Value::Float(d);
  return Value::String(t);
}

}  // namespace kg::query
