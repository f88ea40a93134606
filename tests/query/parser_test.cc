#include "query/parser.h"

#include <catch2/catch.hpp>

#include "query/lexer.h"

namespace kg::query {
namespace {

std::string Parsed(const std::string& text) {
  auto tokens = Lex(text);
  if (!tokens.ok()) return "error: " + tokens.status().message();
  auto q = Parse(text, *tokens);
  if (!q.ok()) return "error: " + q.status().message();
  return q->ToString();
}

TEST_CASE("Parse gives each construct its canonical form", "[parser]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"MATCH (p:Person)-[r:signed]->(a:Agreement) RETURN p.name, a.name, r.date",
       "MATCH (p:Person)-[r:signed]->(a:Agreement)\nRETURN p.name, a.name, r.date\n"},
      {"match (a)<-[:signed|visited]-(b) return a",
       "MATCH (a)<-[:signed|visited]-(b)\nRETURN a\n"},
      {"MATCH (a {name: 'Putin'})-[*1..3]-(b) RETURN b LIMIT 2",
       "MATCH (a {name: \"Putin\"})-[*1..3]-(b)\nRETURN b LIMIT 2\n"},
      {"MATCH (a)-[*]->(b) RETURN b", "MATCH (a)-[*1..]->(b)\nRETURN b\n"},
      {"MATCH p = shortestPath((a)-[*..6]-(b)) RETURN length(p)",
       "MATCH p = shortestPath((a)-[*1..6]-(b))\nRETURN length(p)\n"},
      {"OPTIONAL MATCH (a)-->(b) WHERE NOT a.x = 1 OR b.y IS NOT NULL RETURN *",
       "OPTIONAL MATCH (a)-[]->(b) WHERE ((NOT (a.x = 1)) OR (b.y IS NOT NULL))\nRETURN *\n"},
      {"RETURN 1 + 2 * 3 ^ 2 AS x", "RETURN (1 + (2 * (3 ^ 2))) AS x\n"},
      {"WITH [1, 2] AS l RETURN ALL(x IN l WHERE x > 0)",
       "WITH [1, 2] AS l\nRETURN ALL(x IN l WHERE (x > 0))\n"},
      {"MATCH (n) RETURN count(DISTINCT n.type), collect(n)[0] ORDER BY n.name DESC SKIP 1",
       "MATCH (n)\nRETURN count(DISTINCT n.type), collect(n)[0] ORDER BY n.name DESC SKIP 1\n"},
      {"EXPLAIN MATCH (n) WHERE n.name STARTS WITH 'V' AND n.name =~ 'V.*' RETURN n",
       "EXPLAIN\nMATCH (n) WHERE ((n.name STARTS WITH \"V\") AND (n.name =~ \"V.*\"))\nRETURN n\n"},
      {"UNWIND [1, 2] AS x RETURN x;", "UNWIND [1, 2] AS x\nRETURN x\n"},
  }));
  CAPTURE(text);
  CHECK(Parsed(text) == expected);
}

TEST_CASE("Parse names the place of a syntax error", "[parser]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"MATCH (p:Person RETURN p",
       "error: query:1:17: expected ')' but found 'RETURN'\nMATCH (p:Person RETURN p\n                ^"},
      {"MATCH (p) RETURN", "error: query:1:17: expected an expression but found end of input\n"
                           "MATCH (p) RETURN\n                ^"},
      {"MATCH (p)", "error: query:1:10: a query must end with RETURN\nMATCH (p)\n         ^"},
      {"MATCH (a)<-[r]->(b) RETURN a",
       "error: query:1:16: a relationship cannot point both ways\nMATCH (a)<-[r]->(b) RETURN a\n               ^"},
      {"MATCH shortestPath((a)-->(b)-->(c)) RETURN a",
       "error: query:1:7: shortestPath() needs exactly one relationship: (a)-[*..6]-(b)\n"
       "MATCH shortestPath((a)-->(b)-->(c)) RETURN a\n      ^"},
      {"RETURN 1 2",
       "error: query:1:10: expected MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN but found '2'\n"
       "RETURN 1 2\n         ^"},
      {"MATCH (a)\nWHERE a.name = \nRETURN a",
       "error: query:3:1: expected an expression but found 'RETURN'\nRETURN a\n^"},
      {"FETCH (n) RETURN n",
       "error: query:1:1: expected MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN but found 'FETCH'\n"
       "FETCH (n) RETURN n\n^"},
  }));
  CAPTURE(text);
  CHECK(Parsed(text) == expected);
}

}  // namespace
}  // namespace kg::query
