// Parser: tokens -> ast::Query, by recursive descent over the openCypher
// subset in docs/query.md (which gives the grammar in EBNF). Pure: names of
// labels, types and properties are checked later, by the planner.
#pragma once

#include <string_view>

#include "graph/status.h"
#include "query/ast.h"
#include "query/token.h"

namespace kg::query {

// Returns the query `tokens` (lexed from `text`) spell; on failure an
// InvalidArgument such as "query:1:14: expected ')' but found 'RETURN'"
// with the line and a caret.
Result<ast::Query> Parse(std::string_view text, const TokenList& tokens);

}  // namespace kg::query
