// Value: what a query expression evaluates to. Scalars (null, bool, integer,
// float, string), lists and maps, and references into the graph: a node, a
// relationship (merged edge) or a path. Graph references carry only their
// ids while a query runs; the executor attaches the stored records to the
// values of the final result so that they can be printed.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "graph/model.h"

namespace kg::query {

class Value;
using ValueList = std::vector<Value>;
using ValueMap = std::map<std::string, Value>;

// What a relationship looks like when printed: its relation name and the
// summary of its mentions.
struct RelRecord {
  std::string relation;
  graph::EdgeSummary summary;
  std::string src_name, dst_name;  // set on result values, for drawings
};

struct NodeRef {
  graph::NodeId id = 0;
  std::shared_ptr<const graph::Node> record;  // null until resolved
};

struct RelRef {
  graph::EdgeKey key;
  std::shared_ptr<const RelRecord> record;  // null until resolved
};

struct PathRef {
  std::vector<NodeRef> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelRef> rels;
};

// Thread safety: a Value is immutable once built; copies share their lists.
class Value {
 public:
  enum class Kind { kNull, kBool, kInt, kFloat, kString, kList, kMap, kNode, kRel, kPath };

  Value() = default;
  static Value Bool(bool b) { return Value(Data(b)); }
  static Value Int(int64_t i) { return Value(Data(i)); }
  static Value Float(double d) { return Value(Data(d)); }
  static Value String(std::string s) { return Value(Data(std::move(s))); }
  static Value List(ValueList items);
  static Value Map(ValueMap entries);
  static Value Node(graph::NodeId id) { return Value(Data(NodeRef{id, nullptr})); }
  static Value Node(NodeRef ref) { return Value(Data(std::move(ref))); }
  static Value Rel(graph::EdgeKey key) { return Value(Data(RelRef{key, nullptr})); }
  static Value Rel(RelRef ref) { return Value(Data(std::move(ref))); }
  static Value Path(PathRef path);

  Kind kind() const { return static_cast<Kind>(data_.index()); }
  bool is_null() const { return kind() == Kind::kNull; }
  bool is_number() const { return kind() == Kind::kInt || kind() == Kind::kFloat; }

  // REQUIRES: the matching kind().
  bool AsBool() const { return std::get<bool>(data_); }
  int64_t AsInt() const { return std::get<int64_t>(data_); }
  double AsFloat() const { return std::get<double>(data_); }
  double AsNumber() const { return kind() == Kind::kInt ? double(AsInt()) : AsFloat(); }
  const std::string& AsString() const { return std::get<std::string>(data_); }
  const ValueList& AsList() const { return *std::get<std::shared_ptr<const ValueList>>(data_); }
  const ValueMap& AsMap() const { return *std::get<std::shared_ptr<const ValueMap>>(data_); }
  const NodeRef& AsNode() const { return std::get<NodeRef>(data_); }
  const RelRef& AsRel() const { return std::get<RelRef>(data_); }
  const PathRef& AsPath() const { return *std::get<std::shared_ptr<const PathRef>>(data_); }

  // Cypher text: 42, 1.5, "text", [1, 2], {k: 1}, (:Person {name: "X"}),
  // [:signed {date: "2018"}], null. Unresolved graph values print their id.
  std::string ToString() const;

  // Equality for DISTINCT, grouping and IN: null equals null here (unlike
  // the = operator, which the evaluator handles), 1 equals 1.0.
  friend bool operator==(const Value& a, const Value& b);
  // A total order for ORDER BY: by kind group, then by value; null last.
  static int Compare(const Value& a, const Value& b);
  size_t Hash() const;

 private:
  using Data = std::variant<std::monostate, bool, int64_t, double, std::string,
                            std::shared_ptr<const ValueList>, std::shared_ptr<const ValueMap>,
                            NodeRef, RelRef, std::shared_ptr<const PathRef>>;
  explicit Value(Data d) : data_(std::move(d)) {}
  Data data_;
};

// "NULL", "BOOLEAN", "INTEGER", ... for error messages.
const char* KindName(Value::Kind kind);

struct ValueHash {
  size_t operator()(const Value& v) const { return v.Hash(); }
};
struct RowHash {
  size_t operator()(const std::vector<Value>& row) const;
};

}  // namespace kg::query
