#include "query/lexer.h"

#include <catch2/catch.hpp>

namespace kg::query {
namespace {

std::string Tokens(const std::string& text) {
  auto r = Lex(text);
  if (!r.ok()) return "error: " + r.status().message();
  std::string s;
  for (const auto& t : *r) s += (s.empty() ? "" : " ") + t.ToString();
  return s;
}

TEST_CASE("Lex splits query text into tokens with places", "[lexer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"MATCH (n)", "IDENT(MATCH)@1:1 SYM(()@1:7 IDENT(n)@1:8 SYM())@1:9 END()@1:10"},
      {"[*1..3]", "SYM([)@1:1 SYM(*)@1:2 INT(1)@1:3 SYM(..)@1:4 INT(3)@1:6 SYM(])@1:7 END()@1:8"},
      {"1.5e3 'it\\'s'", "FLOAT(1.5e3)@1:1 STRING(it's)@1:7 END()@1:14"},
      {"a<>b<=c=~d", "IDENT(a)@1:1 SYM(<>)@1:2 IDENT(b)@1:4 SYM(<=)@1:5 IDENT(c)@1:7 SYM(=~)@1:8 "
                     "IDENT(d)@1:10 END()@1:11"},
      {"$who `odd name`", "PARAM(who)@1:1 IDENT(odd name)@1:6 END()@1:16"},
      {"// note\nRETURN /* x */ 1", "IDENT(RETURN)@2:1 INT(1)@2:16 END()@2:17"},
      {"<--", "SYM(<)@1:1 SYM(-)@1:2 SYM(-)@1:3 END()@1:4"},
  }));
  CAPTURE(text);
  CHECK(Tokens(text) == expected);
}

TEST_CASE("Lex rejects malformed text and names the place", "[lexer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"RETURN 'open", "error: query:1:8: unterminated string\nRETURN 'open\n       ^"},
      {"RETURN #", "error: query:1:8: unexpected character '#'\nRETURN #\n       ^"},
      {"RETURN $", "error: query:1:8: expected a parameter name after '$'\nRETURN $\n       ^"},
      {"RETURN 12abc", "error: query:1:10: unexpected character in number\nRETURN 12abc\n         ^"},
      {"/* never closed", "error: query:1:1: unterminated comment\n/* never closed\n^"},
      {"RETURN 'a\\q'", "error: query:1:10: unknown escape '\\q'\nRETURN 'a\\q'\n         ^"},
  }));
  CAPTURE(text);
  CHECK(Tokens(text) == expected);
}

}  // namespace
}  // namespace kg::query
