// Key encoding for the RocksDB store. Every key is a byte string whose
// bytewise order is the order scans need: ids are fixed-width big-endian so
// that all edges of one node, and of one node and relation, are contiguous.
// The grammar is written at the top of key_codec.cc.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "graph/model.h"

namespace kg::graph {

// Column family names.
inline constexpr const char* kMetaFamily = "default";
inline constexpr const char* kNodesFamily = "nodes";
inline constexpr const char* kAdjacencyFamily = "adj";
inline constexpr const char* kNeighboursFamily = "nbrs";
inline constexpr const char* kMentionsFamily = "mentions";
inline constexpr const char* kDocsFamily = "docs";
inline constexpr const char* kIndexFamily = "index";

enum class Direction : uint8_t { kOut = 'o', kIn = 'i' };

void PutFixed16BE(std::string* dst, uint16_t v);
void PutFixed32BE(std::string* dst, uint32_t v);
void PutFixed64BE(std::string* dst, uint64_t v);
uint16_t DecodeFixed16BE(const char* p);
uint32_t DecodeFixed32BE(const char* p);
uint64_t DecodeFixed64BE(const char* p);

std::string NodeKey(NodeId id);
std::optional<NodeId> ParseNodeKey(std::string_view key);

// An adjacency entry, seen from `node`: for kOut, node = src and other = dst;
// for kIn, node = dst and other = src.
struct AdjacencyEntry {
  Direction direction = Direction::kOut;
  NodeId node = 0;
  RelationId relation = 0;
  Modality modality = Modality::kAsserted;
  NodeId other = 0;

  EdgeKey ToEdgeKey() const;
  friend bool operator==(const AdjacencyEntry&, const AdjacencyEntry&) = default;
};

// The key of an edge's summary: its identity after an 'o' tag.
std::string OutEdgeKey(const EdgeKey& e);
// Returns the out-edge of an "adj" key, or nullopt if malformed.
std::optional<AdjacencyEntry> ParseAdjacencyKey(std::string_view key);

// The key of the packed neighbour list of `node` in `dir`.
std::string NeighbourListKey(Direction dir, NodeId node);

std::string MentionPrefix(const EdgeKey& e);
std::string MentionKey(const EdgeKey& e, DocId doc, uint32_t sentence, uint32_t begin);
struct MentionKeyParts {
  EdgeKey edge;
  DocId doc = 0;
  uint32_t sentence = 0;
  uint32_t begin = 0;
};
std::optional<MentionKeyParts> ParseMentionKey(std::string_view key);

std::string DocKey(DocId id);
std::optional<DocId> ParseDocKey(std::string_view key);

// Index family.
std::string AliasPrefix(std::string_view normalized_alias);
std::string AliasKey(std::string_view normalized_alias, NodeId id);
// Returns the node id of an alias key, or nullopt if `key` is not one.
std::optional<NodeId> ParseAliasKey(std::string_view key, std::string* normalized_alias);
std::string CanonicalKey(NodeType type, std::string_view normalized_name);
std::string TypePrefix(NodeType type);
std::string TypeKey(NodeType type, NodeId id);
std::optional<NodeId> ParseTypeKey(std::string_view key);

// Meta family.
inline constexpr const char* kFormatVersionKey = "meta:format";
inline constexpr const char* kNextNodeIdKey = "meta:next_node";
inline constexpr const char* kRelationPrefix = "rel:";
std::string RelationKey(std::string_view name);

}  // namespace kg::graph
