// Key grammar of the store (all integers big-endian, fixed width):
//
//   family "default" (meta)
//     "meta:format"          -> fixed32 format version
//     "meta:next_node"       -> fixed64 next free node id, as of the last
//                               Flush; Open also looks past the last node key
//     "rel:" name            -> fixed16 relation id
//   family "nodes"
//     node_id:64             -> NodeRecord
//   family "adj"
//     'o' src:64 rel:16 mod:8 dst:64  -> EdgeSummaryRecord   (one per edge)
//   family "nbrs"            (merge operator: appended lists, read sorted)
//     'o' node:64            -> NeighbourList of out-edges (other = dst)
//     'i' node:64            -> NeighbourList of in-edges  (other = src)
//     NeighbourList = (other:varint (rel << 2 | mod):varint)*
//   family "mentions"
//     src:64 rel:16 mod:8 dst:64 doc:64 sentence:32 begin:32 -> MentionRecord
//   family "docs"
//     doc_id:64              -> DocumentRecord
//   family "index"
//     'a' normalized_alias 0x00 node_id:64   -> ""        (alias lookup)
//     'n' type:8 normalized_name 0x00        -> node_id:64 (canonical name)
//     't' type:8 node_id:64                  -> ""        (nodes by type)
//
// mod is Modality (0 asserted, 1 hypothetical, 2 negated); type is NodeType.
// An edge is written once in "adj" (its summary) and appended to the two
// neighbour lists of its ends in the same batch, so a traversal step in
// either direction is one point lookup. Mentions share the edge's 19-byte
// identity as their prefix, so an edge's evidence is one scan.
#include "graph/key_codec.h"

namespace kg::graph {
namespace {

constexpr size_t kEdgeIdentityLength = 8 + 2 + 1 + 8;

void PutEdgeIdentity(std::string* dst, const EdgeKey& e) {
  PutFixed64BE(dst, e.src);
  PutFixed16BE(dst, e.relation);
  dst->push_back(static_cast<char>(e.modality));
  PutFixed64BE(dst, e.dst);
}

std::optional<Modality> ModalityFromByte(char c) {
  auto v = static_cast<uint8_t>(c);
  if (v > static_cast<uint8_t>(Modality::kNegated)) return std::nullopt;
  return static_cast<Modality>(v);
}

std::optional<EdgeKey> ParseEdgeIdentity(std::string_view s) {
  if (s.size() < kEdgeIdentityLength) return std::nullopt;
  auto mod = ModalityFromByte(s[10]);
  if (!mod) return std::nullopt;
  EdgeKey e;
  e.src = DecodeFixed64BE(s.data());
  e.relation = DecodeFixed16BE(s.data() + 8);
  e.modality = *mod;
  e.dst = DecodeFixed64BE(s.data() + 11);
  return e;
}

}  // namespace

void PutFixed16BE(std::string* dst, uint16_t v) {
  dst->push_back(static_cast<char>(v >> 8));
  dst->push_back(static_cast<char>(v));
}
void PutFixed32BE(std::string* dst, uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) dst->push_back(static_cast<char>(v >> shift));
}
void PutFixed64BE(std::string* dst, uint64_t v) {
  for (int shift = 56; shift >= 0; shift -= 8) dst->push_back(static_cast<char>(v >> shift));
}
uint16_t DecodeFixed16BE(const char* p) {
  auto u = reinterpret_cast<const unsigned char*>(p);
  return static_cast<uint16_t>((u[0] << 8) | u[1]);
}
uint32_t DecodeFixed32BE(const char* p) {
  auto u = reinterpret_cast<const unsigned char*>(p);
  return (uint32_t{u[0]} << 24) | (uint32_t{u[1]} << 16) | (uint32_t{u[2]} << 8) | u[3];
}
uint64_t DecodeFixed64BE(const char* p) {
  return (uint64_t{DecodeFixed32BE(p)} << 32) | DecodeFixed32BE(p + 4);
}

std::string NodeKey(NodeId id) {
  std::string k;
  PutFixed64BE(&k, id);
  return k;
}

std::optional<NodeId> ParseNodeKey(std::string_view key) {
  if (key.size() != 8) return std::nullopt;
  return DecodeFixed64BE(key.data());
}

EdgeKey AdjacencyEntry::ToEdgeKey() const {
  if (direction == Direction::kOut) return EdgeKey{node, relation, modality, other};
  return EdgeKey{other, relation, modality, node};
}

std::string OutEdgeKey(const EdgeKey& e) {
  std::string k(1, static_cast<char>(Direction::kOut));
  PutEdgeIdentity(&k, e);
  return k;
}

std::optional<AdjacencyEntry> ParseAdjacencyKey(std::string_view key) {
  if (key.size() != 1 + kEdgeIdentityLength || key[0] != 'o') return std::nullopt;
  auto id = ParseEdgeIdentity(key.substr(1));
  if (!id) return std::nullopt;
  return AdjacencyEntry{Direction::kOut, id->src, id->relation, id->modality, id->dst};
}

std::string NeighbourListKey(Direction dir, NodeId node) {
  std::string k(1, static_cast<char>(dir));
  PutFixed64BE(&k, node);
  return k;
}

std::string MentionPrefix(const EdgeKey& e) {
  std::string k;
  PutEdgeIdentity(&k, e);
  return k;
}

std::string MentionKey(const EdgeKey& e, DocId doc, uint32_t sentence, uint32_t begin) {
  std::string k = MentionPrefix(e);
  PutFixed64BE(&k, doc);
  PutFixed32BE(&k, sentence);
  PutFixed32BE(&k, begin);
  return k;
}

std::optional<MentionKeyParts> ParseMentionKey(std::string_view key) {
  if (key.size() != kEdgeIdentityLength + 16) return std::nullopt;
  auto edge = ParseEdgeIdentity(key);
  if (!edge) return std::nullopt;
  const char* p = key.data() + kEdgeIdentityLength;
  return MentionKeyParts{*edge, DecodeFixed64BE(p), DecodeFixed32BE(p + 8),
                         DecodeFixed32BE(p + 12)};
}

std::string DocKey(DocId id) { return NodeKey(id); }
std::optional<DocId> ParseDocKey(std::string_view key) { return ParseNodeKey(key); }

std::string AliasPrefix(std::string_view normalized_alias) {
  std::string k(1, 'a');
  k.append(normalized_alias);
  k.push_back('\0');
  return k;
}

std::string AliasKey(std::string_view normalized_alias, NodeId id) {
  std::string k = AliasPrefix(normalized_alias);
  PutFixed64BE(&k, id);
  return k;
}

std::optional<NodeId> ParseAliasKey(std::string_view key, std::string* normalized_alias) {
  if (key.size() < 1 + 1 + 8 || key[0] != 'a' || key[key.size() - 9] != '\0') {
    return std::nullopt;
  }
  if (normalized_alias) normalized_alias->assign(key.substr(1, key.size() - 10));
  return DecodeFixed64BE(key.data() + key.size() - 8);
}

std::string CanonicalKey(NodeType type, std::string_view normalized_name) {
  std::string k(1, 'n');
  k.push_back(static_cast<char>(type));
  k.append(normalized_name);
  k.push_back('\0');
  return k;
}

std::string TypePrefix(NodeType type) {
  std::string k(1, 't');
  k.push_back(static_cast<char>(type));
  return k;
}

std::string TypeKey(NodeType type, NodeId id) {
  std::string k = TypePrefix(type);
  PutFixed64BE(&k, id);
  return k;
}

std::optional<NodeId> ParseTypeKey(std::string_view key) {
  if (key.size() != 10 || key[0] != 't') return std::nullopt;
  return DecodeFixed64BE(key.data() + 2);
}

std::string RelationKey(std::string_view name) {
  std::string k = kRelationPrefix;
  k.append(name);
  return k;
}

}  // namespace kg::graph
