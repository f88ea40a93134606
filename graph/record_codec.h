// Value encoding for the store's records: compact binary (varints and
// length-prefixed strings, each record led by a one-byte format version).
// Decoders return Corruption on malformed input rather than guessing.
#pragma once

#include <string>
#include <string_view>

#include "graph/model.h"
#include "graph/status.h"

namespace kg::graph {

void EncodeNode(const Node& node, std::string* out);
Status DecodeNode(std::string_view in, Node* node);

void EncodeEdgeSummary(const EdgeSummary& s, std::string* out);
Status DecodeEdgeSummary(std::string_view in, EdgeSummary* s);

// The mention's doc, sentence and begin live in its key and are not encoded.
void EncodeMention(const Mention& m, std::string* out);
Status DecodeMention(std::string_view in, Mention* m);

void EncodeDocument(const Document& d, std::string* out);
Status DecodeDocument(std::string_view in, Document* d);

// Varint and string primitives, also used by the bulk importer.
void PutVarint64(std::string* dst, uint64_t v);
void PutLengthPrefixed(std::string* dst, std::string_view s);

}  // namespace kg::graph
