#include "query/value.h"

#include <cmath>
#include <cstdio>
#include <functional>

namespace kg::query {
namespace {

std::string Quote(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c == '\n') {
      out += "\\n";
      continue;
    }
    out += c;
  }
  return out + "\"";
}

std::string FloatText(double d) {
  if (std::isnan(d)) return "NaN";
  if (std::isinf(d)) return d > 0 ? "Infinity" : "-Infinity";
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.15g", d);
  std::string s = buf;
  if (s.find_first_of(".eE") == std::string::npos) s += ".0";
  return s;
}

std::string NodeText(const NodeRef& n) {
  if (!n.record) return "(#" + std::to_string(n.id) + ")";
  return "(:" + std::string(graph::NodeTypeName(n.record->type)) + " {id: " +
         std::to_string(n.id) + ", name: " + Quote(n.record->name) + "})";
}

std::string RelText(const RelRef& r) {
  if (!r.record) {
    return "[#" + std::to_string(r.key.src) + "-" + std::to_string(r.key.relation) + "->" +
           std::to_string(r.key.dst) + "]";
  }
  std::string s = "[:" + r.record->relation + " {modality: \"" +
                  std::string(graph::ModalityName(r.key.modality)) + "\"";
  if (!r.record->summary.first_date.empty()) s += ", date: " + Quote(r.record->summary.first_date);
  return s + ", mentions: " + std::to_string(r.record->summary.mention_count) + "}]";
}

std::string PathText(const PathRef& p) {
  std::string s = p.nodes.empty() ? "" : NodeText(p.nodes[0]);
  for (size_t i = 0; i < p.rels.size(); ++i) {
    bool forward = p.rels[i].key.src == p.nodes[i].id;
    s += forward ? "-" : "<-";
    s += RelText(p.rels[i]);
    s += forward ? "->" : "-";
    s += NodeText(p.nodes[i + 1]);
  }
  return s;
}

// Kinds that compare with each other in ORDER BY; null sorts last.
int OrderGroup(Value::Kind k) {
  switch (k) {
    case Value::Kind::kMap: return 0;
    case Value::Kind::kNode: return 1;
    case Value::Kind::kRel: return 2;
    case Value::Kind::kList: return 3;
    case Value::Kind::kPath: return 4;
    case Value::Kind::kString: return 5;
    case Value::Kind::kBool: return 6;
    case Value::Kind::kInt:
    case Value::Kind::kFloat: return 7;
    case Value::Kind::kNull: return 8;
  }
  return 9;
}

template <typename T>
int Cmp(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}

int CompareLists(const ValueList& a, const ValueList& b) {
  for (size_t i = 0; i < a.size() && i < b.size(); ++i) {
    int c = Value::Compare(a[i], b[i]);
    if (c != 0) return c;
  }
  return Cmp(a.size(), b.size());
}

}  // namespace

Value Value::List(ValueList items) {
  return Value(Data(std::make_shared<const ValueList>(std::move(items))));
}
Value Value::Map(ValueMap entries) {
  return Value(Data(std::make_shared<const ValueMap>(std::move(entries))));
}
Value Value::Path(PathRef path) {
  return Value(Data(std::make_shared<const PathRef>(std::move(path))));
}

std::string Value::ToString() const {
  switch (kind()) {
    case Kind::kNull: return "null";
    case Kind::kBool: return AsBool() ? "true" : "false";
    case Kind::kInt: return std::to_string(AsInt());
    case Kind::kFloat: return FloatText(AsFloat());
    case Kind::kString: return Quote(AsString());
    case Kind::kList: {
      std::string s = "[";
      for (size_t i = 0; i < AsList().size(); ++i) s += (i ? ", " : "") + AsList()[i].ToString();
      return s + "]";
    }
    case Kind::kMap: {
      std::string s = "{";
      bool first = true;
      for (const auto& [k, v] : AsMap()) {
        s += (first ? "" : ", ") + k + ": " + v.ToString();
        first = false;
      }
      return s + "}";
    }
    case Kind::kNode: return NodeText(AsNode());
    case Kind::kRel: return RelText(AsRel());
    case Kind::kPath: return PathText(AsPath());
  }
  return "?";
}

bool operator==(const Value& a, const Value& b) { return Value::Compare(a, b) == 0; }

int Value::Compare(const Value& a, const Value& b) {
  int ga = OrderGroup(a.kind()), gb = OrderGroup(b.kind());
  if (ga != gb) return Cmp(ga, gb);
  switch (a.kind()) {
    case Kind::kNull: return 0;
    case Kind::kBool: return Cmp(a.AsBool(), b.AsBool());
    case Kind::kInt:
    case Kind::kFloat:
      if (a.kind() == Kind::kInt && b.kind() == Kind::kInt) return Cmp(a.AsInt(), b.AsInt());
      return Cmp(a.AsNumber(), b.AsNumber());
    case Kind::kString: return Cmp(a.AsString(), b.AsString());
    case Kind::kList: return CompareLists(a.AsList(), b.AsList());
    case Kind::kMap: {
      const auto &ma = a.AsMap(), &mb = b.AsMap();
      auto ia = ma.begin(), ib = mb.begin();
      for (; ia != ma.end() && ib != mb.end(); ++ia, ++ib) {
        if (int c = Cmp(ia->first, ib->first)) return c;
        if (int c = Compare(ia->second, ib->second)) return c;
      }
      return Cmp(ma.size(), mb.size());
    }
    case Kind::kNode: return Cmp(a.AsNode().id, b.AsNode().id);
    case Kind::kRel: return Cmp(a.AsRel().key, b.AsRel().key) < 0 ? -1 : (a.AsRel().key == b.AsRel().key ? 0 : 1);
    case Kind::kPath: {
      const auto &pa = a.AsPath(), &pb = b.AsPath();
      for (size_t i = 0; i < pa.nodes.size() && i < pb.nodes.size(); ++i) {
        if (int c = Cmp(pa.nodes[i].id, pb.nodes[i].id)) return c;
      }
      if (int c = Cmp(pa.nodes.size(), pb.nodes.size())) return c;
      for (size_t i = 0; i < pa.rels.size(); ++i) {
        if (!(pa.rels[i].key == pb.rels[i].key)) return pa.rels[i].key < pb.rels[i].key ? -1 : 1;
      }
      return 0;
    }
  }
  return 0;
}

size_t Value::Hash() const {
  auto mix = [](size_t h, size_t v) { return h ^ (v + 0x9e3779b97f4a7c15ULL + (h << 6) + (h >> 2)); };
  size_t h = static_cast<size_t>(kind() == Kind::kFloat ? Kind::kInt : kind());
  switch (kind()) {
    case Kind::kNull: return h;
    case Kind::kBool: return mix(h, AsBool());
    case Kind::kInt: return mix(h, std::hash<double>()(double(AsInt())));
    case Kind::kFloat: return mix(h, std::hash<double>()(AsFloat()));
    case Kind::kString: return mix(h, std::hash<std::string>()(AsString()));
    case Kind::kList:
      for (const auto& v : AsList()) h = mix(h, v.Hash());
      return h;
    case Kind::kMap:
      for (const auto& [k, v] : AsMap()) h = mix(mix(h, std::hash<std::string>()(k)), v.Hash());
      return h;
    case Kind::kNode: return mix(h, AsNode().id);
    case Kind::kRel: {
      const auto& k = AsRel().key;
      return mix(mix(mix(mix(h, k.src), k.dst), k.relation), static_cast<size_t>(k.modality));
    }
    case Kind::kPath:
      for (const auto& n : AsPath().nodes) h = mix(h, n.id);
      return h;
  }
  return h;
}

const char* KindName(Value::Kind kind) {
  static const char* kNames[] = {"NULL", "BOOLEAN", "INTEGER", "FLOAT",        "STRING",
                                 "LIST", "MAP",     "NODE",    "RELATIONSHIP", "PATH"};
  return kNames[static_cast<int>(kind)];
}

size_t RowHash::operator()(const std::vector<Value>& row) const {
  size_t h = row.size();
  for (const auto& v : row) h = h * 1000003u ^ v.Hash();
  return h;
}

}  // namespace kg::query
