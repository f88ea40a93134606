#include "graph/export_json.h"

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/writer.h>

#include <set>

namespace kg::graph {
namespace {

template <typename Writer>
void String(Writer& w, std::string_view s) {
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

template <typename Writer>
void WriteNode(Writer& w, const Node& n) {
  w.StartObject();
  w.Key("id");
  w.Uint64(n.id);
  w.Key("name");
  String(w, n.name);
  w.Key("type");
  String(w, NodeTypeName(n.type));
  w.Key("aliases");
  w.StartArray();
  for (const auto& a : n.aliases) String(w, a);
  w.EndArray();
  for (const auto& [k, v] : n.attributes) {
    if (k == "id" || k == "name" || k == "type" || k == "aliases") continue;
    String(w, k);
    String(w, v);
  }
  if (!n.first_seen.empty()) {
    w.Key("first_seen");
    String(w, n.first_seen);
    w.Key("last_seen");
    String(w, n.last_seen);
  }
  w.EndObject();
}

template <typename Writer>
void WriteMention(Writer& w, const Mention& m) {
  w.StartObject();
  w.Key("doc");
  String(w, DocIdToString(m.doc));
  w.Key("sentence");
  w.Uint(m.sentence);
  w.Key("begin");
  w.Uint(m.begin);
  w.Key("end");
  w.Uint(m.end);
  w.Key("text");
  String(w, m.text);
  w.Key("date");
  String(w, m.date);
  if (!m.counterpart.empty()) {
    w.Key("counterpart");
    String(w, m.counterpart);
  }
  w.Key("confidence");
  w.Double(m.confidence);
  w.EndObject();
}

template <typename Writer>
Status WriteLink(Writer& w, const Store& store, const Edge& e, const JsonExportOptions& options) {
  std::vector<Mention> mentions;
  KG_RETURN_IF_ERROR(store.GetMentions(e.key, &mentions));
  w.StartObject();
  w.Key("source");
  w.Uint64(e.key.src);
  w.Key("target");
  w.Uint64(e.key.dst);
  w.Key("key");
  String(w, e.relation + ":" + std::string(ModalityName(e.key.modality)));
  w.Key("type");
  String(w, e.relation);
  w.Key("modality");
  String(w, ModalityName(e.key.modality));
  w.Key("date");
  String(w, e.summary.first_date);
  w.Key("first_date");
  String(w, e.summary.first_date);
  w.Key("last_date");
  String(w, e.summary.last_date);
  w.Key("mention_count");
  w.Uint(e.summary.mention_count);
  w.Key("doc_count");
  w.Uint(e.summary.doc_count);
  std::set<DocId> docs;
  std::set<std::string> counterparts;
  for (const auto& m : mentions) {
    docs.insert(m.doc);
    if (!m.counterpart.empty()) counterparts.insert(m.counterpart);
  }
  w.Key("docs");
  w.StartArray();
  for (DocId d : docs) String(w, DocIdToString(d));
  w.EndArray();
  if (!counterparts.empty()) {
    w.Key("counterparts");
    w.StartArray();
    for (const auto& c : counterparts) String(w, c);
    w.EndArray();
  }
  w.Key("mentions");
  w.StartArray();
  for (size_t i = 0; i < mentions.size() && i < options.max_mentions_per_edge; ++i) {
    WriteMention(w, mentions[i]);
  }
  w.EndArray();
  w.EndObject();
  return Status::OK();
}

// Source: the Store itself or a GraphView selection (same ForEach methods).
template <typename Writer, typename Source>
Status WriteGraph(Writer& w, const Store& store, const Source& source,
                  const JsonExportOptions& options) {
  w.StartObject();
  w.Key("directed");
  w.Bool(true);
  w.Key("multigraph");
  w.Bool(true);
  w.Key("graph");
  w.StartObject();
  w.Key("name");
  w.String("kg");
  w.EndObject();
  w.Key("nodes");
  w.StartArray();
  KG_RETURN_IF_ERROR(source.ForEachNode([&](const Node& n) {
    WriteNode(w, n);
    return true;
  }));
  w.EndArray();
  w.Key("links");
  w.StartArray();
  Status status;
  KG_RETURN_IF_ERROR(source.ForEachEdge([&](const Edge& e) {
    status = WriteLink(w, store, e, options);
    return status.ok();
  }));
  KG_RETURN_IF_ERROR(status);
  w.EndArray();
  w.EndObject();
  return Status::OK();
}

template <typename Source>
Status WriteJson(const Store& store, const Source& source, const JsonExportOptions& options,
                 std::ostream& out) {
  rapidjson::OStreamWrapper os(out);
  Status s;
  if (options.pretty) {
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(os);
    w.SetIndent(' ', 1);
    s = WriteGraph(w, store, source, options);
  } else {
    rapidjson::Writer<rapidjson::OStreamWrapper> w(os);
    s = WriteGraph(w, store, source, options);
  }
  out << "\n";
  if (!out) return Status::IOError("cannot write the export");
  return s;
}

}  // namespace

Status WriteNodeLinkJson(const Store& store, const JsonExportOptions& options, std::ostream& out) {
  return WriteJson(store, store, options, out);
}

Status WriteNodeLinkJson(const GraphView& view, const JsonExportOptions& options,
                         std::ostream& out) {
  return WriteJson(view.store(), view, options, out);
}

}  // namespace kg::graph
