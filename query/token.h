// Token: one lexical unit of query text, with the place it starts, as the
// lexer (lexer.h) produces it and the parser (parser.h) consumes it.
// Keywords are identifiers here; the parser matches them case-insensitively.
#pragma once

#include <string>
#include <vector>

namespace kg::query {

// A place in the query text: 1-based line and column, and the byte offset.
struct Pos {
  int line = 1;
  int column = 1;
  size_t offset = 0;
};

enum class TokenKind {
  kIdent,      // name, keyword or `quoted name` (text holds the name unquoted)
  kInteger,
  kFloat,
  kString,     // text holds the unescaped contents
  kParameter,  // $name; text holds the name
  kSymbol,     // ( ) [ ] { } , . .. : | ; + - * / % ^ = <> != < <= > >= =~
  kEnd,
};

struct Token {
  TokenKind kind = TokenKind::kEnd;
  std::string text;
  Pos pos;
  size_t end = 0;  // byte offset just past the token

  bool Is(const char* symbol) const { return kind == TokenKind::kSymbol && text == symbol; }
  // True for an identifier equal to `keyword` ignoring case (keyword upper-case).
  bool IsKeyword(const char* keyword) const;
  // How an error message names the token: 'RETURN', ')', end of input.
  std::string Describe() const;
  // "IDENT(MATCH)@1:1", for tests.
  std::string ToString() const;
};

using TokenList = std::vector<Token>;

}  // namespace kg::query
