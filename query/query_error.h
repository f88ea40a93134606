// Query errors that name their place, in the style of compilers and Ninja:
//   query:1:14: expected ')' but found 'RETURN'
//   MATCH (p:Person RETURN p
//                   ^
// Every stage (lexer, parser, planner, executor) reports through here.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "graph/status.h"
#include "query/token.h"

namespace kg::query {

// Returns InvalidArgument with "query:<line>:<col>: <message>", then the
// source line and a caret under the column.
Status QueryError(std::string_view text, const Pos& pos, const std::string& message);

// Returns the known names closest to `name` (case-insensitive edit distance
// at most 2, or a case-insensitive prefix), best first, at most three.
std::vector<std::string> ClosestNames(std::string_view name, const std::vector<std::string>& known);
// " (did you mean 'Person'?)" style suffix: "; did you mean 'Person'?" or "".
std::string DidYouMean(std::string_view name, const std::vector<std::string>& known);

}  // namespace kg::query
