// The recursive-descent parser shared by parser.cc (clauses and patterns)
// and parser_expr.cc (expressions). Not thread-safe; one per parse.
#pragma once

#include <string_view>

#include "graph/status.h"
#include "query/ast.h"
#include "query/token.h"

namespace kg::query {

class Parser {
 public:
  Parser(std::string_view text, const TokenList& tokens) : text_(text), tokens_(tokens) {}

  Result<ast::Query> ParseQuery();

  // Expressions (parser_expr.cc).
  Result<ast::ExprPtr> ParseExpr();

 private:
  const Token& Peek(size_t ahead = 0) const {
    size_t i = i_ + ahead;
    return tokens_[i < tokens_.size() ? i : tokens_.size() - 1];
  }
  const Token& Take() { return tokens_[i_ < tokens_.size() - 1 ? i_++ : i_]; }
  bool TakeSymbol(const char* s) {
    if (!Peek().Is(s)) return false;
    ++i_;
    return true;
  }
  bool TakeKeyword(const char* k) {
    if (!Peek().IsKeyword(k)) return false;
    ++i_;
    return true;
  }
  Status Expect(const char* symbol);
  Status ExpectKeyword(const char* keyword);
  Status ErrorAt(const Token& t, const std::string& message) const;
  Status Unexpected(const std::string& wanted) const;
  Result<std::string> ParseName(const char* what);
  // Text of the source from `begin` to the end of the last token taken.
  std::string TextFrom(size_t begin) const;

  // Clauses and patterns (parser.cc).
  Result<ast::Clause> ParseClause();
  Status ParseMatch(ast::MatchClause* m);
  Status ParseProjection(ast::ProjectionClause* p);
  Status ParseOrderSkipLimit(ast::ProjectionClause* p);
  Result<ast::PatternPart> ParsePatternPart();
  Status ParseChain(ast::PatternPart* part);
  Result<ast::NodePattern> ParseNodePattern();
  Result<ast::RelPattern> ParseRelPattern();
  Status ParseRelDetail(ast::RelPattern* r);
  Status ParsePropertyMap(std::vector<std::pair<std::string, ast::ExprPtr>>* props,
                          std::vector<Pos>* key_pos);

  // Expression levels (parser_expr.cc), lowest precedence first.
  Result<ast::ExprPtr> ParseOr();
  Result<ast::ExprPtr> ParseXor();
  Result<ast::ExprPtr> ParseAnd();
  Result<ast::ExprPtr> ParseNot();
  Result<ast::ExprPtr> ParseComparison();
  Result<ast::ExprPtr> ParseAddSub();
  Result<ast::ExprPtr> ParseMulDiv();
  Result<ast::ExprPtr> ParsePower();
  Result<ast::ExprPtr> ParseUnary();
  Result<ast::ExprPtr> ParsePostfix();
  Result<ast::ExprPtr> ParseAtom();
  Result<ast::ExprPtr> ParseFunctionCall(const Token& name);
  Result<ast::ExprPtr> ParseQuantifier(const Token& name);
  Result<ast::ExprPtr> ParseListLiteral();
  Result<ast::ExprPtr> ParseComprehension();
  Result<ast::ExprPtr> ParseMapLiteral();
  Result<ast::ExprPtr> ParseNumber(const Token& t);

  std::string_view text_;
  const TokenList& tokens_;
  size_t i_ = 0;
};

ast::ExprPtr MakeExpr(ast::ExprKind kind, const Pos& pos);
ast::ExprPtr MakeBinary(ast::Op op, ast::ExprPtr l, ast::ExprPtr r, const Pos& pos);

}  // namespace kg::query
