// Properties of graph values: a node's id, name, type, aliases, first and
// last seen dates and its attributes; a relationship's type, modality,
// dates, mention and document counts and its evidence.
#include "graph/model.h"
#include "query/exec_context.h"

namespace kg::query {
namespace {

Value StringOrNull(const std::string& s) { return s.empty() ? Value() : Value::String(s); }

Value Evidence(ExecContext& ctx, const graph::EdgeKey& key) {
  std::vector<graph::Mention> mentions;
  Status s = ctx.store().GetMentions(key, &mentions, 1000);
  if (!s.ok()) {
    ctx.Fail(s);
    return Value();
  }
  ValueList out;
  for (const auto& m : mentions) {
    ValueMap entry;
    entry["doc"] = Value::String(graph::DocIdToString(m.doc));
    entry["date"] = StringOrNull(m.date);
    entry["text"] = Value::String(m.text);
    entry["sentence"] = Value::Int(m.sentence);
    out.push_back(Value::Map(std::move(entry)));
  }
  return Value::List(std::move(out));
}

}  // namespace

bool NameMatches(const graph::Node& node, const std::string& name) {
  std::string want = graph::NormalizeName(name);
  if (graph::NormalizeName(node.name) == want) return true;
  for (const auto& a : node.aliases) {
    if (graph::NormalizeName(a) == want) return true;
  }
  return false;
}

Value NodeProperty(ExecContext& ctx, graph::NodeId id, const std::string& key) {
  if (key == "id") return Value::Int(static_cast<int64_t>(id));
  auto node = ctx.GetNode(id);
  if (!node) return Value();
  if (key == "name") return Value::String(node->name);
  if (key == "type") return Value::String(std::string(graph::NodeTypeName(node->type)));
  if (key == "first_seen") return StringOrNull(node->first_seen);
  if (key == "last_seen") return StringOrNull(node->last_seen);
  if (key == "aliases") {
    ValueList aliases;
    for (const auto& a : node->aliases) aliases.push_back(Value::String(a));
    return Value::List(std::move(aliases));
  }
  auto it = node->attributes.find(key);
  return it == node->attributes.end() ? Value() : Value::String(it->second);
}

Value RelProperty(ExecContext& ctx, const graph::EdgeKey& key, const std::string& name) {
  if (name == "type") return Value::String(ctx.store().RelationName(key.relation));
  if (name == "modality") return Value::String(std::string(graph::ModalityName(key.modality)));
  if (name == "evidence") return Evidence(ctx, key);
  auto rel = ctx.GetRel(key);
  if (!rel) return Value();
  const graph::EdgeSummary& s = rel->summary;
  if (name == "date" || name == "first_date") return StringOrNull(s.first_date);
  if (name == "last_date") return StringOrNull(s.last_date);
  if (name == "mentions") return Value::Int(s.mention_count);
  if (name == "docs") return Value::Int(s.doc_count);
  return Value();
}

}  // namespace kg::query
