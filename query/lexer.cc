#include "query/lexer.h"

#include <cctype>

#include "query/query_error.h"

namespace kg::query {
namespace {

bool IsIdentStart(char c) { return std::isalpha(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80); }
bool IsIdentChar(char c) { return IsIdentStart(c) || std::isdigit(static_cast<unsigned char>(c)); }
bool IsDigit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Two-character symbols first so that "<=" is not read as "<" and "=".
constexpr const char* kSymbols2[] = {"<>", "!=", "<=", ">=", "=~", ".."};
constexpr const char kSymbols1[] = "()[]{},.:|;+-*/%^=<>";

class Lexer {
 public:
  explicit Lexer(std::string_view text) : text_(text) {}

  Result<TokenList> Run() {
    TokenList out;
    while (true) {
      KG_RETURN_IF_ERROR(SkipSpaceAndComments());
      Token t;
      t.pos = pos_;
      if (i_ >= text_.size()) {
        t.kind = TokenKind::kEnd;
        t.end = i_;
        out.push_back(t);
        return out;
      }
      KG_RETURN_IF_ERROR(Next(&t));
      t.end = i_;
      out.push_back(std::move(t));
    }
  }

 private:
  char Peek(size_t ahead = 0) const { return i_ + ahead < text_.size() ? text_[i_ + ahead] : '\0'; }
  void Advance(size_t n = 1) {
    for (size_t k = 0; k < n && i_ < text_.size(); ++k, ++i_) {
      if (text_[i_] == '\n') {
        ++pos_.line;
        pos_.column = 1;
      } else {
        ++pos_.column;
      }
    }
    pos_.offset = i_;
  }

  Status SkipSpaceAndComments() {
    while (i_ < text_.size()) {
      if (std::isspace(static_cast<unsigned char>(Peek()))) {
        Advance();
      } else if (Peek() == '/' && Peek(1) == '/') {
        while (i_ < text_.size() && Peek() != '\n') Advance();
      } else if (Peek() == '/' && Peek(1) == '*') {
        Pos start = pos_;
        Advance(2);
        while (i_ < text_.size() && !(Peek() == '*' && Peek(1) == '/')) Advance();
        if (i_ >= text_.size()) return QueryError(text_, start, "unterminated comment");
        Advance(2);
      } else {
        break;
      }
    }
    return Status::OK();
  }

  Status Next(Token* t) {
    char c = Peek();
    if (IsIdentStart(c)) return Ident(t);
    if (IsDigit(c)) return Number(t);
    if (c == '\'' || c == '"') return String(t);
    if (c == '`') return QuotedIdent(t);
    if (c == '$') return Parameter(t);
    return Symbol(t);
  }

  Status Ident(Token* t) {
    size_t start = i_;
    while (i_ < text_.size() && IsIdentChar(Peek())) Advance();
    t->kind = TokenKind::kIdent;
    t->text = std::string(text_.substr(start, i_ - start));
    return Status::OK();
  }

  Status Number(Token* t) {
    size_t start = i_;
    while (IsDigit(Peek())) Advance();
    t->kind = TokenKind::kInteger;
    if (Peek() == '.' && IsDigit(Peek(1))) {  // "1..3" stays an integer and a range
      Advance();
      while (IsDigit(Peek())) Advance();
      t->kind = TokenKind::kFloat;
    }
    if ((Peek() == 'e' || Peek() == 'E') &&
        (IsDigit(Peek(1)) || ((Peek(1) == '-' || Peek(1) == '+') && IsDigit(Peek(2))))) {
      Advance(2);
      while (IsDigit(Peek())) Advance();
      t->kind = TokenKind::kFloat;
    }
    if (IsIdentStart(Peek())) return QueryError(text_, pos_, "unexpected character in number");
    t->text = std::string(text_.substr(start, i_ - start));
    return Status::OK();
  }

  Status String(Token* t) {
    char quote = Peek();
    Pos start = pos_;
    Advance();
    std::string s;
    while (true) {
      if (i_ >= text_.size()) return QueryError(text_, start, "unterminated string");
      char c = Peek();
      if (c == quote) break;
      if (c == '\\') {
        char e = Peek(1);
        switch (e) {
          case 'n': s += '\n'; break;
          case 't': s += '\t'; break;
          case '\\': case '\'': case '"': s += e; break;
          default: return QueryError(text_, pos_, std::string("unknown escape '\\") + e + "'");
        }
        Advance(2);
        continue;
      }
      s += c;
      Advance();
    }
    Advance();
    t->kind = TokenKind::kString;
    t->text = std::move(s);
    return Status::OK();
  }

  Status QuotedIdent(Token* t) {
    Pos start = pos_;
    Advance();
    size_t begin = i_;
    while (i_ < text_.size() && Peek() != '`') Advance();
    if (i_ >= text_.size()) return QueryError(text_, start, "unterminated `name`");
    t->kind = TokenKind::kIdent;
    t->text = std::string(text_.substr(begin, i_ - begin));
    Advance();
    return Status::OK();
  }

  Status Parameter(Token* t) {
    Pos start = pos_;
    Advance();
    size_t begin = i_;
    while (i_ < text_.size() && IsIdentChar(Peek())) Advance();
    if (i_ == begin) return QueryError(text_, start, "expected a parameter name after '$'");
    t->kind = TokenKind::kParameter;
    t->text = std::string(text_.substr(begin, i_ - begin));
    return Status::OK();
  }

  Status Symbol(Token* t) {
    t->kind = TokenKind::kSymbol;
    for (const char* s : kSymbols2) {
      if (Peek() == s[0] && Peek(1) == s[1]) {
        t->text = s;
        Advance(2);
        return Status::OK();
      }
    }
    for (const char* p = kSymbols1; *p; ++p) {
      if (Peek() == *p) {
        t->text = std::string(1, *p);
        Advance();
        return Status::OK();
      }
    }
    return QueryError(text_, pos_, std::string("unexpected character '") + Peek() + "'");
  }

  std::string_view text_;
  size_t i_ = 0;
  Pos pos_;
};

}  // namespace

bool Token::IsKeyword(const char* keyword) const {
  if (kind != TokenKind::kIdent) return false;
  size_t n = 0;
  for (; keyword[n]; ++n) {
    if (n >= text.size() || std::toupper(static_cast<unsigned char>(text[n])) != keyword[n]) return false;
  }
  return n == text.size();
}

std::string Token::Describe() const {
  switch (kind) {
    case TokenKind::kEnd: return "end of input";
    case TokenKind::kString: return "string '" + text + "'";
    case TokenKind::kParameter: return "'$" + text + "'";
    default: return "'" + text + "'";
  }
}

std::string Token::ToString() const {
  static const char* kNames[] = {"IDENT", "INT", "FLOAT", "STRING", "PARAM", "SYM", "END"};
  return std::string(kNames[static_cast<int>(kind)]) + "(" + text + ")@" + std::to_string(pos.line) +
         ":" + std::to_string(pos.column);
}

Result<TokenList> Lex(std::string_view text) { return Lexer(text).Run(); }

}  // namespace kg::query
