// Lexer: query text -> tokens, the first stage of a query. Pure: no store
// access. Handles // and /* */ comments, 'single' and "double" quoted
// strings with backslash escapes, `backtick` names and $parameters.
#pragma once

#include <string_view>

#include "graph/status.h"
#include "query/token.h"

namespace kg::query {

// Returns the tokens of `text`, ending with one kEnd token; on failure an
// InvalidArgument naming the place (unterminated string, stray character).
Result<TokenList> Lex(std::string_view text);

}  // namespace kg::query
