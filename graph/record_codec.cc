// Record formats (version byte first; "str" is varint length + bytes):
//   NodeRecord     1 type:8 name:str n_alias:varint alias:str*
//                    n_attr:varint (key:str value:str)* first_seen:str last_seen:str
//   EdgeSummary    1 mentions:varint docs:varint first_date:str last_date:str
//   MentionRecord  1 end:varint text:str date:str counterpart:str confidence:varint(per mille)
//   DocumentRecord 1 title:str source:str date:str ingested_at:str sentences:varint
#include "graph/record_codec.h"

#include <cmath>
#include <cstring>

namespace kg::graph {
namespace {

constexpr char kRecordVersion = 1;

// Reads primitives from a byte string; the first failure sticks.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}

  bool Version() {
    if (in_.empty() || in_[0] != kRecordVersion) return ok_ = false;
    in_.remove_prefix(1);
    return true;
  }
  uint64_t Varint() {
    uint64_t v = 0;
    for (int shift = 0; shift <= 63; shift += 7) {
      if (in_.empty()) break;
      auto byte = static_cast<unsigned char>(in_[0]);
      in_.remove_prefix(1);
      v |= uint64_t{byte & 0x7fu} << shift;
      if (!(byte & 0x80)) return v;
    }
    ok_ = false;
    return 0;
  }
  std::string Str() {
    uint64_t n = Varint();
    if (!ok_ || n > in_.size()) {
      ok_ = false;
      return {};
    }
    std::string s(in_.substr(0, n));
    in_.remove_prefix(n);
    return s;
  }
  uint8_t Byte() {
    if (in_.empty()) {
      ok_ = false;
      return 0;
    }
    auto b = static_cast<uint8_t>(in_[0]);
    in_.remove_prefix(1);
    return b;
  }
  Status Finish(const char* what) const {
    if (ok_ && in_.empty()) return Status::OK();
    return Status::Corruption(std::string("malformed ") + what + " record");
  }

 private:
  std::string_view in_;
  bool ok_ = true;
};

}  // namespace

void PutVarint64(std::string* dst, uint64_t v) {
  while (v >= 0x80) {
    dst->push_back(static_cast<char>(v | 0x80));
    v >>= 7;
  }
  dst->push_back(static_cast<char>(v));
}

void PutLengthPrefixed(std::string* dst, std::string_view s) {
  PutVarint64(dst, s.size());
  dst->append(s);
}

void EncodeNode(const Node& node, std::string* out) {
  out->push_back(kRecordVersion);
  out->push_back(static_cast<char>(node.type));
  PutLengthPrefixed(out, node.name);
  PutVarint64(out, node.aliases.size());
  for (const auto& a : node.aliases) PutLengthPrefixed(out, a);
  PutVarint64(out, node.attributes.size());
  for (const auto& [k, v] : node.attributes) {
    PutLengthPrefixed(out, k);
    PutLengthPrefixed(out, v);
  }
  PutLengthPrefixed(out, node.first_seen);
  PutLengthPrefixed(out, node.last_seen);
}

Status DecodeNode(std::string_view in, Node* node) {
  Reader r(in);
  if (!r.Version()) return Status::Corruption("unknown node record version");
  uint8_t type = r.Byte();
  if (type >= kNodeTypeCount) return Status::Corruption("bad node type");
  node->type = static_cast<NodeType>(type);
  node->name = r.Str();
  uint64_t n = r.Varint();
  node->aliases.clear();
  for (uint64_t i = 0; i < n && i < in.size(); ++i) node->aliases.push_back(r.Str());
  n = r.Varint();
  node->attributes.clear();
  for (uint64_t i = 0; i < n && i < in.size(); ++i) {
    std::string k = r.Str();
    node->attributes[k] = r.Str();
  }
  node->first_seen = r.Str();
  node->last_seen = r.Str();
  return r.Finish("node");
}

void EncodeEdgeSummary(const EdgeSummary& s, std::string* out) {
  out->push_back(kRecordVersion);
  PutVarint64(out, s.mention_count);
  PutVarint64(out, s.doc_count);
  PutLengthPrefixed(out, s.first_date);
  PutLengthPrefixed(out, s.last_date);
}

Status DecodeEdgeSummary(std::string_view in, EdgeSummary* s) {
  Reader r(in);
  if (!r.Version()) return Status::Corruption("unknown edge record version");
  s->mention_count = static_cast<uint32_t>(r.Varint());
  s->doc_count = static_cast<uint32_t>(r.Varint());
  s->first_date = r.Str();
  s->last_date = r.Str();
  return r.Finish("edge");
}

void EncodeMention(const Mention& m, std::string* out) {
  out->push_back(kRecordVersion);
  PutVarint64(out, m.end);
  PutLengthPrefixed(out, m.text);
  PutLengthPrefixed(out, m.date);
  PutLengthPrefixed(out, m.counterpart);
  float c = std::fmin(std::fmax(m.confidence, 0.0f), 1.0f);
  PutVarint64(out, static_cast<uint64_t>(std::lround(c * 1000.0f)));
}

Status DecodeMention(std::string_view in, Mention* m) {
  Reader r(in);
  if (!r.Version()) return Status::Corruption("unknown mention record version");
  m->end = static_cast<uint32_t>(r.Varint());
  m->text = r.Str();
  m->date = r.Str();
  m->counterpart = r.Str();
  m->confidence = static_cast<float>(r.Varint()) / 1000.0f;
  return r.Finish("mention");
}

void EncodeDocument(const Document& d, std::string* out) {
  out->push_back(kRecordVersion);
  PutLengthPrefixed(out, d.title);
  PutLengthPrefixed(out, d.source);
  PutLengthPrefixed(out, d.date);
  PutLengthPrefixed(out, d.ingested_at);
  PutVarint64(out, d.sentence_count);
}

Status DecodeDocument(std::string_view in, Document* d) {
  Reader r(in);
  if (!r.Version()) return Status::Corruption("unknown document record version");
  d->title = r.Str();
  d->source = r.Str();
  d->date = r.Str();
  d->ingested_at = r.Str();
  d->sentence_count = static_cast<uint32_t>(r.Varint());
  return r.Finish("document");
}

}  // namespace kg::graph
