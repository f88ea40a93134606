// Resolving the names users type ("Putin", "the U.S.", "#42") to one node,
// for `kg path`, `kg export --around/--path` and queries: any alias works;
// an ambiguous name lists its candidates, an unknown one suggests close
// names ("did you mean ...?") found through the alias index.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/store.h"

namespace kg::graph {

// Returns the node named `name` (compared after NormalizeName), or the node
// with that id when `name` is "#<id>". A name that is no alias but whole
// words of one node's aliases ("Putin" for "Vladimir Putin") resolves to
// that node (several such nodes: ambiguous). Failures:
//   NotFound: "unknown name 'Obma'; did you mean Obama (Person, #3)?"
//   InvalidArgument: "'Kim' is ambiguous; candidates:" followed by one line
//     per candidate, "  Kim Jong Un (Person, #12)", and a hint to use #id.
Result<NodeId> ResolveName(const Store& store, std::string_view name);

// Up to `max` nodes whose aliases, or a word of them, are within a small
// edit distance of `name`, closest first, as "Name (Type, #id)". Empty when
// none is close.
Result<std::vector<std::string>> SuggestNames(const Store& store, std::string_view name,
                                              size_t max);

// Nodes with an alias containing `name`'s normalised words as whole words,
// in id order. Reads the whole alias index (up to 2,000,000 entries).
Result<std::vector<NodeId>> NodesWithWords(const Store& store, std::string_view name);

// Levenshtein distance between two byte strings.
size_t EditDistance(std::string_view a, std::string_view b);

}  // namespace kg::graph
