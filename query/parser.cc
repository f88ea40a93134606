#include "query/parser.h"

#include "query/parser_internal.h"
#include "query/query_error.h"

namespace kg::query {
namespace {

// Words that start a clause or a clause part; they cannot be variable names.
bool IsClauseKeyword(const Token& t) {
  for (const char* k : {"MATCH", "OPTIONAL", "WHERE", "RETURN", "WITH", "UNWIND", "ORDER",
                        "SKIP", "LIMIT", "AS", "EXPLAIN", "PROFILE"}) {
    if (t.IsKeyword(k)) return true;
  }
  return false;
}

}  // namespace

Status Parser::ErrorAt(const Token& t, const std::string& message) const {
  return QueryError(text_, t.pos, message);
}

Status Parser::Unexpected(const std::string& wanted) const {
  return ErrorAt(Peek(), "expected " + wanted + " but found " + Peek().Describe());
}

Status Parser::Expect(const char* symbol) {
  if (TakeSymbol(symbol)) return Status::OK();
  return Unexpected(std::string("'") + symbol + "'");
}

Status Parser::ExpectKeyword(const char* keyword) {
  if (TakeKeyword(keyword)) return Status::OK();
  return Unexpected(keyword);
}

Result<std::string> Parser::ParseName(const char* what) {
  if (Peek().kind != TokenKind::kIdent || IsClauseKeyword(Peek())) return Unexpected(what);
  return Take().text;
}

std::string Parser::TextFrom(size_t begin) const {
  size_t end = i_ > 0 ? tokens_[i_ - 1].end : begin;
  return std::string(text_.substr(begin, end > begin ? end - begin : 0));
}

Result<ast::Query> Parser::ParseQuery() {
  ast::Query q;
  if (TakeKeyword("EXPLAIN")) q.explain = true;
  else if (TakeKeyword("PROFILE")) q.profile = true;
  while (Peek().kind != TokenKind::kEnd && !Peek().Is(";")) {
    auto clause = ParseClause();
    if (!clause.ok()) return clause.status();
    q.clauses.push_back(std::move(*clause));
  }
  if (q.clauses.empty()) return Unexpected("MATCH, UNWIND, WITH or RETURN");
  TakeSymbol(";");
  if (Peek().kind != TokenKind::kEnd) return Unexpected("end of input");
  const ast::Clause& last = q.clauses.back();
  if (last.kind != ast::Clause::Kind::kProjection || last.projection.is_with) {
    return ErrorAt(Peek(), "a query must end with RETURN");
  }
  return q;
}

Result<ast::Clause> Parser::ParseClause() {
  ast::Clause c;
  c.pos = Peek().pos;
  if (Peek().IsKeyword("OPTIONAL") || Peek().IsKeyword("MATCH")) {
    c.kind = ast::Clause::Kind::kMatch;
    c.match.optional = TakeKeyword("OPTIONAL");
    KG_RETURN_IF_ERROR(ExpectKeyword("MATCH"));
    KG_RETURN_IF_ERROR(ParseMatch(&c.match));
  } else if (TakeKeyword("UNWIND")) {
    c.kind = ast::Clause::Kind::kUnwind;
    c.unwind.pos = Peek().pos;
    auto list = ParseExpr();
    if (!list.ok()) return list.status();
    c.unwind.list = *list;
    KG_RETURN_IF_ERROR(ExpectKeyword("AS"));
    auto name = ParseName("a variable name");
    if (!name.ok()) return name.status();
    c.unwind.variable = *name;
  } else if (Peek().IsKeyword("WITH") || Peek().IsKeyword("RETURN")) {
    c.kind = ast::Clause::Kind::kProjection;
    c.projection.is_with = Take().IsKeyword("WITH");
    c.projection.pos = c.pos;
    KG_RETURN_IF_ERROR(ParseProjection(&c.projection));
  } else {
    return Unexpected("MATCH, OPTIONAL MATCH, UNWIND, WITH or RETURN");
  }
  return c;
}

Status Parser::ParseMatch(ast::MatchClause* m) {
  do {
    auto part = ParsePatternPart();
    if (!part.ok()) return part.status();
    m->parts.push_back(std::move(*part));
  } while (TakeSymbol(","));
  if (TakeKeyword("WHERE")) {
    auto where = ParseExpr();
    if (!where.ok()) return where.status();
    m->where = *where;
  }
  return Status::OK();
}

Status Parser::ParseProjection(ast::ProjectionClause* p) {
  p->distinct = TakeKeyword("DISTINCT");
  if (TakeSymbol("*")) {
    p->star = true;
    if (!TakeSymbol(",")) return ParseOrderSkipLimit(p);
  }
  do {
    size_t begin = Peek().pos.offset;
    auto expr = ParseExpr();
    if (!expr.ok()) return expr.status();
    ast::ProjectionItem item;
    item.expr = *expr;
    item.alias = TextFrom(begin);
    if (TakeKeyword("AS")) {
      auto alias = ParseName("a name after AS");
      if (!alias.ok()) return alias.status();
      item.alias = *alias;
      item.has_alias = true;
    }
    p->items.push_back(std::move(item));
  } while (TakeSymbol(","));
  return ParseOrderSkipLimit(p);
}

Status Parser::ParseOrderSkipLimit(ast::ProjectionClause* p) {
  if (TakeKeyword("ORDER")) {
    KG_RETURN_IF_ERROR(ExpectKeyword("BY"));
    do {
      auto expr = ParseExpr();
      if (!expr.ok()) return expr.status();
      ast::SortItem item{*expr, false};
      if (TakeKeyword("DESC") || TakeKeyword("DESCENDING")) item.descending = true;
      else if (!TakeKeyword("ASC")) TakeKeyword("ASCENDING");
      p->order_by.push_back(std::move(item));
    } while (TakeSymbol(","));
  }
  for (auto [keyword, target] : {std::pair{"SKIP", &p->skip}, std::pair{"LIMIT", &p->limit}}) {
    if (!TakeKeyword(keyword)) continue;
    auto expr = ParseExpr();
    if (!expr.ok()) return expr.status();
    *target = *expr;
  }
  if (p->is_with && TakeKeyword("WHERE")) {
    auto where = ParseExpr();
    if (!where.ok()) return where.status();
    p->where = *where;
  }
  return Status::OK();
}

Result<ast::PatternPart> Parser::ParsePatternPart() {
  ast::PatternPart part;
  part.pos = Peek().pos;
  if (Peek().kind == TokenKind::kIdent && Peek(1).Is("=")) {
    part.path_variable = Take().text;
    Take();
  }
  bool shortest = Peek().IsKeyword("SHORTESTPATH");
  bool all = Peek().IsKeyword("ALLSHORTESTPATHS");
  if (shortest || all) {
    part.kind = shortest ? ast::PathKind::kShortest : ast::PathKind::kAllShortest;
    const Token& fn = Take();
    KG_RETURN_IF_ERROR(Expect("("));
    KG_RETURN_IF_ERROR(ParseChain(&part));
    KG_RETURN_IF_ERROR(Expect(")"));
    if (part.rels.size() != 1) {
      return ErrorAt(fn, fn.text + "() needs exactly one relationship: (a)-[*..6]-(b)");
    }
    return part;
  }
  KG_RETURN_IF_ERROR(ParseChain(&part));
  return part;
}

Status Parser::ParseChain(ast::PatternPart* part) {
  auto first = ParseNodePattern();
  if (!first.ok()) return first.status();
  part->nodes.push_back(std::move(*first));
  while (Peek().Is("-") || (Peek().Is("<") && Peek(1).Is("-"))) {
    auto rel = ParseRelPattern();
    if (!rel.ok()) return rel.status();
    part->rels.push_back(std::move(*rel));
    auto node = ParseNodePattern();
    if (!node.ok()) return node.status();
    part->nodes.push_back(std::move(*node));
  }
  return Status::OK();
}

Result<ast::NodePattern> Parser::ParseNodePattern() {
  ast::NodePattern n;
  n.pos = Peek().pos;
  KG_RETURN_IF_ERROR(Expect("("));
  if (Peek().kind == TokenKind::kIdent && !IsClauseKeyword(Peek())) n.variable = Take().text;
  while (TakeSymbol(":")) {
    const Token& label = Peek();
    auto name = ParseName("a label");
    if (!name.ok()) return name.status();
    n.labels.emplace_back(*name, label.pos);
  }
  if (Peek().Is("{")) KG_RETURN_IF_ERROR(ParsePropertyMap(&n.properties, &n.property_pos));
  KG_RETURN_IF_ERROR(Expect(")"));
  return n;
}

// -[...]->  <-[...]-  -[...]-  -->  <--  --
Result<ast::RelPattern> Parser::ParseRelPattern() {
  ast::RelPattern r;
  r.pos = Peek().pos;
  bool left = TakeSymbol("<");
  KG_RETURN_IF_ERROR(Expect("-"));
  if (TakeSymbol("[")) {
    KG_RETURN_IF_ERROR(ParseRelDetail(&r));
    KG_RETURN_IF_ERROR(Expect("]"));
  }
  KG_RETURN_IF_ERROR(Expect("-"));
  bool right = TakeSymbol(">");
  if (left && right) return ErrorAt(tokens_[i_ - 1], "a relationship cannot point both ways");
  r.direction = left ? ast::Direction::kIn : (right ? ast::Direction::kOut : ast::Direction::kBoth);
  return r;
}

Status Parser::ParseRelDetail(ast::RelPattern* r) {
  if (Peek().kind == TokenKind::kIdent && !IsClauseKeyword(Peek())) r->variable = Take().text;
  if (TakeSymbol(":")) {
    do {
      TakeSymbol(":");  // [:a|:b] is accepted as well as [:a|b]
      const Token& type = Peek();
      auto name = ParseName("a relationship type");
      if (!name.ok()) return name.status();
      r->types.emplace_back(*name, type.pos);
    } while (TakeSymbol("|"));
  }
  if (TakeSymbol("*")) {
    r->var_length = true;
    r->min_hops = 1;
    r->max_hops = -1;
    if (Peek().kind == TokenKind::kInteger) {
      if (Peek().text.size() > 4) return ErrorAt(Peek(), "hop count " + Peek().text + " is too large");
      r->min_hops = std::stoi(Take().text);
      r->max_hops = r->min_hops;
    }
    if (TakeSymbol("..")) {
      r->max_hops = -1;
      if (Peek().kind == TokenKind::kInteger) {
        if (Peek().text.size() > 4) return ErrorAt(Peek(), "hop count " + Peek().text + " is too large");
        r->max_hops = std::stoi(Take().text);
      }
    }
  }
  if (Peek().Is("{")) KG_RETURN_IF_ERROR(ParsePropertyMap(&r->properties, &r->property_pos));
  return Status::OK();
}

Status Parser::ParsePropertyMap(std::vector<std::pair<std::string, ast::ExprPtr>>* props,
                                std::vector<Pos>* key_pos) {
  KG_RETURN_IF_ERROR(Expect("{"));
  if (TakeSymbol("}")) return Status::OK();
  do {
    if (Peek().kind != TokenKind::kIdent) return Unexpected("a property name");
    key_pos->push_back(Peek().pos);
    std::string key = Take().text;
    KG_RETURN_IF_ERROR(Expect(":"));
    auto value = ParseExpr();
    if (!value.ok()) return value.status();
    props->emplace_back(key, *value);
  } while (TakeSymbol(","));
  return Expect("}");
}

Result<ast::Query> Parse(std::string_view text, const TokenList& tokens) {
  return Parser(text, tokens).ParseQuery();
}

}  // namespace kg::query
