// The graph model: nodes (actors), edges (source, relation, target) merged
// across mentions, the mentions that are each edge's evidence, and the
// documents they came from. Also DocumentFacts, the unit ingest hands to the
// store: everything one article contributes, written in one batch.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg::graph {

using NodeId = uint64_t;
using DocId = uint64_t;
using RelationId = uint16_t;

enum class NodeType : uint8_t {
  kCountry = 0,
  kPerson = 1,
  kOrganization = 2,
  kAgreement = 3,
  kCity = 4,
  kGroup = 5,
  kOther = 6,
};
inline constexpr int kNodeTypeCount = 7;

// "Country", "Person", ... as used in labels, exports and CSV files.
std::string_view NodeTypeName(NodeType type);
// Parses a type name case-insensitively; also accepts "Organisation",
// "Treaty" (= Agreement) and "Place" (= City). Returns nullopt if unknown.
std::optional<NodeType> ParseNodeType(std::string_view name);

// How a mention states its fact. Mentions of one triple with different
// modalities are kept as separate edges (the modality is part of the edge's
// identity), so an export or a path never mixes a denied or hypothetical
// fact into an asserted one.
enum class Modality : uint8_t { kAsserted = 0, kHypothetical = 1, kNegated = 2 };
std::string_view ModalityName(Modality m);
std::optional<Modality> ParseModality(std::string_view name);

// Lower-cases (Unicode case folding), folds typographic apostrophes and
// dashes, drops accents ("Erdoğan" -> "erdogan"), drops dots ("U.S." ->
// "us") and a leading "the ", and collapses whitespace. The key of the alias
// index; also what name lookups compare, so accented and plain spellings of
// a name are one node.
std::string NormalizeName(std::string_view name);

struct Node {
  NodeId id = 0;
  std::string name;  // canonical name
  NodeType type = NodeType::kOther;
  std::vector<std::string> aliases;             // every surface form seen, sorted
  std::map<std::string, std::string> attributes;  // e.g. role, country
  std::string first_seen;  // ISO date, possibly partial; empty if unknown
  std::string last_seen;

  std::string ToString() const;
};

struct Mention {
  DocId doc = 0;
  uint32_t sentence = 0;    // index of the sentence in its document
  uint32_t begin = 0;       // character span of the evidence in the document
  uint32_t end = 0;
  std::string text;         // the sentence
  std::string date;         // ISO date of the event, possibly partial
  std::string counterpart;  // e.g. "Kim Jong Un" in "signed X with Kim Jong Un"
  float confidence = 1.0f;

  std::string ToString() const;
};

// Identity of a merged edge.
struct EdgeKey {
  NodeId src = 0;
  RelationId relation = 0;
  Modality modality = Modality::kAsserted;
  NodeId dst = 0;

  friend bool operator==(const EdgeKey&, const EdgeKey&) = default;
  friend auto operator<=>(const EdgeKey&, const EdgeKey&) = default;
};

struct EdgeSummary {
  uint32_t mention_count = 0;
  uint32_t doc_count = 0;
  std::string first_date;  // earliest mention date; empty if none is dated
  std::string last_date;
};

struct Edge {
  EdgeKey key;
  std::string relation;  // the relation's name
  EdgeSummary summary;

  std::string ToString() const;
};

struct Document {
  DocId id = 0;
  std::string title;
  std::string source;  // path or URL
  std::string date;    // publication date, ISO, possibly partial
  std::string ingested_at;  // ISO timestamp
  uint32_t sentence_count = 0;
};

// Returns the document id for a text: a 64-bit hash of its normalised
// content (whitespace collapsed), so the same article ingested twice, or
// with different line breaks, gets the same id.
DocId DocumentIdForText(std::string_view text);
// 16 lower-case hex digits.
std::string DocIdToString(DocId id);
std::optional<DocId> ParseDocId(std::string_view hex);

// An actor as the extractor names it. The store resolves it to a node:
// first by (type, normalised name), then by a unique node of the same type
// that has the name as an alias; otherwise a new node is made.
struct EntityRecord {
  std::string name;
  NodeType type = NodeType::kOther;
  std::vector<std::string> aliases;  // surface forms seen in this document
  std::map<std::string, std::string> attributes;
};

struct FactRecord {
  size_t source = 0;  // index into DocumentFacts::entities
  std::string relation;
  size_t target = 0;
  Modality modality = Modality::kAsserted;
  Mention mention;  // doc is filled in by the store
};

struct DocumentFacts {
  Document document;
  std::vector<EntityRecord> entities;
  std::vector<FactRecord> facts;
};

}  // namespace kg::graph
