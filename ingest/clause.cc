#include "ingest/clause.h"

namespace kg::ingest {
namespace {

// "the Syrian Democratic Forces (SDF) announced it had ...": a name's
// acronym in brackets belongs to the name, not to a clause of its own.
bool InAcronymBracket(const std::vector<Token>& t, size_t k) {
  size_t open = t[k].text == "(" ? k : k - 2;
  if (k < 2 && t[k].text == ")") return false;
  if (open + 2 >= t.size() || t[open].text != "(" || t[open + 2].text != ")") return false;
  std::string_view w = t[open + 1].text;
  if (w.size() < 2 || w.size() > 6) return false;
  for (char c : w)
    if (!(c >= 'A' && c <= 'Z')) return false;
  return true;
}

bool IsBreak(const std::vector<Token>& t, size_t k, const Lexicon& lex) {
  const Token& tk = t[k];
  if ((tk.text == "(" || tk.text == ")") && InAcronymBracket(t, k)) return false;
  if ((tk.text == "(" || tk.text == ")" || tk.text == ";") && InAmountBracket(t, k)) return false;
  if (tk.text == ";" || tk.text == ":" || tk.text == "(" || tk.text == ")") return true;
  if (!lex.InSet("clause_breaks", tk.lower)) return false;
  // "that" and "as" as determiners or in "as well as" do not open a clause.
  if (tk.lower == "as" && k + 1 < t.size() && t[k + 1].lower == "well") return false;
  if (tk.lower == "as" && k > 0 && t[k - 1].lower == "well") return false;
  if (tk.lower == "so" && k + 1 < t.size() && t[k + 1].lower == "far") return false;
  if (tk.lower == "even" && k + 1 < t.size() && t[k + 1].lower != "as" && t[k + 1].lower != "though")
    return false;
  return true;
}

}  // namespace

size_t AmountBracketEnd(const std::vector<Token>& t, size_t open, size_t to) {
  if (open >= t.size() || t[open].text != "(") return open;
  bool amount = false;
  size_t units = 2;  // words since the last number
  for (size_t j = open + 1; j < t.size() && j < to && j < open + 10; ++j) {
    if (t[j].text == ")") return amount ? j + 1 : open;
    if (!t[j].word) continue;
    bool digit = t[j].text.find_first_of("0123456789") != std::string::npos;
    // "1.4bn euros", "$1.3 billion": at most two unit words after a number
    units = digit ? 0 : units + 1;
    if (units > 2) return open;
    amount = amount || digit;
  }
  return open;
}

bool InAmountBracket(const std::vector<Token>& t, size_t k) {
  size_t open = k;
  while (open > 0 && open + 10 > k && t[open].text != "(") --open;
  size_t past = AmountBracketEnd(t, open, t.size());
  return past > open && k < past;
}

size_t ClauseStart(const std::vector<Token>& t, size_t i, const Lexicon& lex) {
  size_t last_comma = SIZE_MAX;
  for (size_t k = i; k > 0; --k) {
    if (t[k - 1].text == "," && last_comma == SIZE_MAX) last_comma = k - 1;
    if (!IsBreak(t, k - 1, lex)) continue;
    // "As Xi held talks in Moscow, Kishida travelled to Ukraine": a fronted
    // subordinate clause ends at its comma; the main clause follows.
    if (last_comma != SIZE_MAX && lex.InSet("subordinators", t[k - 1].lower) &&
        (k - 1 == 0 || t[k - 2].text == "," || t[k - 2].text == "."))
      return last_comma + 1;
    return k - 1;
  }
  return 0;
}

size_t ClauseEnd(const std::vector<Token>& t, size_t i, const Lexicon& lex) {
  for (size_t k = i + 1; k < t.size(); ++k)
    if (IsBreak(t, k, lex)) return k;
  return t.size();
}

bool AfterPreposition(const std::vector<Token>& t, size_t first, const Lexicon& lex) {
  size_t k = first;
  while (k > 0 && (t[k - 1].lower == "the" || t[k - 1].lower == "then" || t[k - 1].text == "-"))
    --k;
  return k > 0 && lex.InSet("prepositions", t[k - 1].lower);
}

bool IsAgentMention(const Mention& m) {
  switch (m.kind) {
    case MentionKind::kActor:
      return m.type != graph::NodeType::kAgreement;
    case MentionKind::kPronoun:
    case MentionKind::kDescription:
      return true;
    default:
      return false;
  }
}

bool IsClauseSubject(const std::vector<Token>& t, const std::vector<Mention>& ms, size_t idx,
                     const Lexicon& lex) {
  const Mention& m = ms[idx];
  if (!IsAgentMention(m) || m.possessive || AfterPreposition(t, m.first, lex)) return false;
  // "agreed to receive him": an object pronoun is nobody's subject
  const TokenWord& w = t[m.first].lower;
  if (m.kind == MentionKind::kPronoun && (w == "him" || w == "them")) return false;
  // "Putin told Turkish President Erdogan that he would ...": the person
  // told is the verb's object, past the titles before the name
  size_t k = m.first;
  for (int n = 0; n < 4 && k > 0 && (t[k - 1].lower == "the" || t[k - 1].capitalized); ++n) --k;
  if (k > 0 && lex.InSet("telling_verbs", t[k - 1].lower)) return false;
  size_t start = ClauseStart(t, m.first, lex);
  for (size_t k = 0; k < idx; ++k) {
    if (ms[k].first >= start && IsAgentMention(ms[k]) && ms[k].affiliation < 0) {
      // an earlier agent in the same clause is the subject, unless it is
      // this mention's affiliation
      if (static_cast<int>(k) != m.affiliation) return false;
    }
  }
  return true;
}

}  // namespace kg::ingest
