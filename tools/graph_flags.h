// Parsing of the flags `kg path` and `kg export` share: relation lists
// (--via, --relation), entity type lists (--type) and dates (--since,
// --until). Each error names the flag and the bad value.
#pragma once

#include <string>
#include <vector>

#include "graph/store.h"

namespace kg::tools {

// "signed,visited" -> relation ids. InvalidArgument naming the unknown
// relation and listing the known ones.
Result<std::vector<graph::RelationId>> ParseRelationList(const graph::Store& store,
                                                         const std::string& flag,
                                                         const std::string& list);

// "Person,Country" -> types (case-insensitive). InvalidArgument if unknown.
Result<std::vector<graph::NodeType>> ParseTypeList(const std::string& flag,
                                                   const std::string& list);

// Accepts YYYY, YYYY-MM or YYYY-MM-DD (or empty); InvalidArgument otherwise.
Status CheckDate(const std::string& flag, const std::string& date);

}  // namespace kg::tools
