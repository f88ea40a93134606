#include "query/formatter.h"

#include <cassert>

#include <cstdio>
#include <map>
#include <set>

namespace kg::query {
namespace {

using Kind = Value::Kind;

std::string JsonString(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      case '\r': out += "\\r"; break;
      default:
        if (c < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string NodeJson(const NodeRef& n) {
  std::string s = "{\"id\": " + std::to_string(n.id);
  if (n.record) {
    const graph::Node& r = *n.record;
    s += ", \"type\": " + JsonString(std::string(graph::NodeTypeName(r.type))) +
         ", \"name\": " + JsonString(r.name) + ", \"aliases\": [";
    for (size_t i = 0; i < r.aliases.size(); ++i) s += (i ? ", " : "") + JsonString(r.aliases[i]);
    s += "]";
    for (const auto& [k, v] : r.attributes) s += ", " + JsonString(k) + ": " + JsonString(v);
  }
  return s + "}";
}

std::string RelJson(const RelRef& r) {
  std::string s = "{\"src\": " + std::to_string(r.key.src) + ", \"dst\": " + std::to_string(r.key.dst) +
                  ", \"modality\": " + JsonString(std::string(graph::ModalityName(r.key.modality)));
  if (r.record) {
    const auto& sum = r.record->summary;
    s += ", \"type\": " + JsonString(r.record->relation) + ", \"first_date\": " +
         (sum.first_date.empty() ? "null" : JsonString(sum.first_date)) + ", \"last_date\": " +
         (sum.last_date.empty() ? "null" : JsonString(sum.last_date)) +
         ", \"mentions\": " + std::to_string(sum.mention_count) + ", \"docs\": " + std::to_string(sum.doc_count);
  }
  return s + "}";
}

std::string PlainText(const Value& v) { return v.kind() == Kind::kString ? v.AsString() : v.ToString(); }

std::string CsvCell(const Value& v) {
  if (v.is_null()) return "";
  std::string s = PlainText(v);
  if (s.find_first_of(",\"\n\r") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string RowJson(const ResultSet& r, const Row& row) {
  std::string s = "{";
  for (size_t i = 0; i < row.size(); ++i) s += (i ? ", " : "") + JsonString(r.columns[i]) + ": " + ToJson(row[i]);
  return s + "}";
}

void Footer(const ResultSet& r, std::ostream& out) {
  out << r.rows.size() << (r.rows.size() == 1 ? " row" : " rows");
  char ms[32];
  std::snprintf(ms, sizeof ms, "%.3f", r.elapsed_ms);
  out << " (" << ms << " ms)\n";
  if (r.truncated) out << "cut at " << r.row_cap << " rows; raise --max-rows or add LIMIT\n";
}

// Display width: UTF-8 continuation bytes take no column.
size_t Width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

void Table(const ResultSet& r, std::ostream& out) {
  std::vector<std::vector<std::string>> cells;
  std::vector<size_t> width;
  for (const auto& c : r.columns) width.push_back(Width(c));
  for (const auto& row : r.rows) {
    cells.emplace_back();
    for (size_t i = 0; i < row.size(); ++i) {
      cells.back().push_back(row[i].ToString());
      width[i] = std::max(width[i], Width(cells.back().back()));
    }
  }
  auto line = [&](const std::vector<std::string>& values) {
    for (size_t i = 0; i < values.size(); ++i) {
      out << (i ? " | " : "") << values[i];
      if (i + 1 < values.size()) out << std::string(width[i] - Width(values[i]), ' ');
    }
    out << "\n";
  };
  line(r.columns);
  for (size_t i = 0; i < width.size(); ++i) out << (i ? "-+-" : "") << std::string(width[i], '-');
  out << "\n";
  for (const auto& row : cells) line(row);
  Footer(r, out);
}

void Profile(const ResultSet& r, std::ostream& out) {
  if (r.profile.empty()) return;
  out << "profile:\n";
  for (const auto& p : r.profile) {
    char ms[32] = "";
    if (p.ms >= 0) std::snprintf(ms, sizeof ms, "  %.3f ms", p.ms);
    out << "  " << p.text << "  [rows " << p.rows << ms << "]\n";
  }
}

// Collects the nodes and relationships inside a value.
void Collect(const Value& v, std::set<graph::NodeId>* seen_nodes, std::set<graph::EdgeKey>* seen_edges,
             ResultGraph* g) {
  auto node = [&](graph::NodeId id) {
    if (seen_nodes->insert(id).second) g->nodes.push_back(id);
  };
  switch (v.kind()) {
    case Kind::kNode:
      node(v.AsNode().id);
      break;
    case Kind::kRel:
      node(v.AsRel().key.src);
      node(v.AsRel().key.dst);
      if (seen_edges->insert(v.AsRel().key).second) g->edges.push_back(v.AsRel().key);
      break;
    case Kind::kPath:
      for (const auto& n : v.AsPath().nodes) Collect(Value::Node(n), seen_nodes, seen_edges, g);
      for (const auto& r : v.AsPath().rels) Collect(Value::Rel(r), seen_nodes, seen_edges, g);
      break;
    case Kind::kList:
      for (const auto& item : v.AsList()) Collect(item, seen_nodes, seen_edges, g);
      break;
    case Kind::kMap:
      for (const auto& [k, item] : v.AsMap()) Collect(item, seen_nodes, seen_edges, g);
      break;
    default: break;
  }
}

}  // namespace

ResultGraph CollectGraph(const ResultSet& result) {
  ResultGraph g;
  std::set<graph::NodeId> seen_nodes;
  std::set<graph::EdgeKey> seen_edges;
  for (const auto& row : result.rows) {
    for (const auto& v : row) Collect(v, &seen_nodes, &seen_edges, &g);
  }
  return g;
}

std::optional<OutputFormat> ParseOutputFormat(std::string_view name) {
  if (name == "table") return OutputFormat::kTable;
  if (name == "json") return OutputFormat::kJson;
  if (name == "jsonl") return OutputFormat::kJsonLines;
  if (name == "csv") return OutputFormat::kCsv;
  if (name == "dot") return OutputFormat::kDot;
  return std::nullopt;
}

std::string ToJson(const Value& v) {
  switch (v.kind()) {
    case Kind::kNull: return "null";
    case Kind::kBool:
    case Kind::kInt: return v.ToString();
    case Kind::kFloat: {
      std::string s = v.ToString();
      return s == "NaN" || s.find("Infinity") != std::string::npos ? "null" : s;
    }
    case Kind::kString: return JsonString(v.AsString());
    case Kind::kList: {
      std::string s = "[";
      for (size_t i = 0; i < v.AsList().size(); ++i) s += (i ? ", " : "") + ToJson(v.AsList()[i]);
      return s + "]";
    }
    case Kind::kMap: {
      std::string s = "{";
      bool first = true;
      for (const auto& [k, item] : v.AsMap()) {
        s += (first ? "" : ", ") + JsonString(k) + ": " + ToJson(item);
        first = false;
      }
      return s + "}";
    }
    case Kind::kNode: return NodeJson(v.AsNode());
    case Kind::kRel: return RelJson(v.AsRel());
    case Kind::kPath: {
      std::string s = "{\"nodes\": [";
      for (size_t i = 0; i < v.AsPath().nodes.size(); ++i) s += (i ? ", " : "") + NodeJson(v.AsPath().nodes[i]);
      s += "], \"relationships\": [";
      for (size_t i = 0; i < v.AsPath().rels.size(); ++i) s += (i ? ", " : "") + RelJson(v.AsPath().rels[i]);
      return s + "]}";
    }
  }
  return "null";
}

void WriteResult(const ResultSet& r, OutputFormat format, std::ostream& out) {
  if (r.explain) {
    out << r.plan;
    return;
  }
  switch (format) {
    case OutputFormat::kTable:
      Table(r, out);
      Profile(r, out);
      return;
    case OutputFormat::kJson:
      out << "[";
      for (size_t i = 0; i < r.rows.size(); ++i) out << (i ? ",\n " : "") << RowJson(r, r.rows[i]);
      out << "]\n";
      return;
    case OutputFormat::kJsonLines:
      for (const auto& row : r.rows) out << RowJson(r, row) << "\n";
      return;
    case OutputFormat::kCsv:
      for (size_t i = 0; i < r.columns.size(); ++i) out << (i ? "," : "") << CsvCell(Value::String(r.columns[i]));
      out << "\n";
      for (const auto& row : r.rows) {
        for (size_t i = 0; i < row.size(); ++i) out << (i ? "," : "") << CsvCell(row[i]);
        out << "\n";
      }
      return;
    case OutputFormat::kDot:
      assert(false && "DOT is drawn by the caller from CollectGraph");
      return;
  }
}

}  // namespace kg::query
