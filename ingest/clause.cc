#include "ingest/clause.h"

#include <cctype>

#include "ingest/rule_words.h"

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
  // Called for every token a clause walk passes: the punctuation is told
  // apart by one switch before the word list is asked.
  if (tk.text.size() == 1) {
    switch (tk.text[0]) {
      case '(':
      case ')':
        return !InAcronymBracket(t, k) && !InAmountBracket(t, k);
      case ';':
        return !InAmountBracket(t, k);
      case ':':
        return true;
      default:
        break;
    }
  }
  // "..., the same day Xi held talks in Moscow": a time that opens a clause
  // with a subject of its own, as "when" would
  if (k > 0 && t[k - 1].lower == "same" && k + 1 < t.size() && t[k + 1].capitalized &&
      lex.InSet("clause_time_nouns", tk.lower))
    return true;
  if (!lex.InSet("clause_breaks", tk.lower)) return false;
  // "that" and "as" as determiners or in "as well as" do not open a clause.
  if (tk.lower == "as" && k + 1 < t.size() && t[k + 1].lower == "well") return false;
  if (tk.lower == "as" && k > 0 && t[k - 1].lower == "well") return false;
  if (tk.lower == "so" && k + 1 < t.size() && t[k + 1].lower == "far") return false;
  if (tk.lower == "even" && k + 1 < t.size() && t[k + 1].lower != "as" && t[k + 1].lower != "though")
    return false;
  return true;
}

// Whether IsBreak can hold for the token at all: it is one character of
// punctuation or a listed word. Most tokens are neither, and the clause
// walks below test this inline before calling IsBreak.
inline bool MayBreak(const Token& tk) {
  return tk.lower.id != TokenWord::kNotListed || tk.text.size() == 1;
}

// A comma opens an aside when the next word starts a relative clause, a
// participle, a prepositional phrase, an apposition or an age.
bool OpensAside(const std::vector<Token>& t, size_t k, const Lexicon& lex) {
  if (k >= t.size()) return false;
  const Token& tk = t[k];
  if (!tk.word) return false;
  if (tk.lower == "as") return k + 1 < t.size() && t[k + 1].lower == "well";
  if (lex.InSet("interruption_openers", tk.lower) || lex.InSet("prepositions", tk.lower)) return true;
  if (tk.capitalized) return false;
  if (std::isdigit(static_cast<unsigned char>(tk.text[0]))) return true;
  return tk.lower.size() > 4 && (EndsWith(tk.lower, "ing") || EndsWith(tk.lower, "ed"));
}

// "Iran, officials in Washington said on Tuesday, has delivered": an
// attribution set off by commas, a speaker then a verb of speech.
bool ReportAside(const std::vector<Token>& t, size_t k, size_t close, const Lexicon& lex) {
  if (close > k + 10) return false;
  for (size_t j = k + 1; j < close; ++j)
    if (lex.InSet("speech_verbs", t[j].lower)) return true;
  return false;
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

bool IsDash(const Token& tk) { return tk.text == "\u2014" || tk.text == "\u2013" || tk.text == "--"; }

size_t InterruptionOpen(const std::vector<Token>& t, size_t close, const Lexicon& lex) {
  if (close >= t.size() || close == 0) return SIZE_MAX;
  std::string_view c = t[close].text;
  bool comma = c == ",", dash = IsDash(t[close]);
  if (!comma && !dash && c != ")") return SIZE_MAX;
  size_t found = SIZE_MAX;
  for (size_t k = close; k > 0 && k + 60 > close; --k) {
    const Token& o = t[k - 1];
    if (o.text == "." || o.text == ";" || o.text == ":") break;
    if (c == ")" && o.text == "(") return k - 1;
    if (dash && IsDash(o)) return k - 1 + 1 < close ? k - 1 : SIZE_MAX;
    if (!comma) continue;
    if (IsDash(o) || o.text == "(" || o.text == ")") break;
    // the aside holds no clause of its own: "X, who met Y, Z and W, flew"
    // has its opener at ", who", past the commas of the list
    if (o.text == "," && k < close && (OpensAside(t, k, lex) || ReportAside(t, k, close, lex))) found = k - 1;
    if (found != SIZE_MAX) return found;
  }
  return found;
}

size_t ClauseStart(const std::vector<Token>& t, size_t i, const Lexicon& lex) {
  size_t last_comma = SIZE_MAX;
  for (size_t k = i; k > 0; --k) {
    if (t[k - 1].text == "," && last_comma == SIZE_MAX) last_comma = k - 1;
    if (!MayBreak(t[k - 1]) || !IsBreak(t, k - 1, lex)) continue;
    // "As Xi held talks in Moscow, Kishida travelled to Ukraine": a fronted
    // subordinate clause ends at its comma; the main clause follows.
    if (last_comma != SIZE_MAX && lex.InSet("subordinators", t[k - 1].lower) &&
        (k - 1 == 0 || t[k - 2].text == "," || t[k - 2].text == "."))
      return last_comma + 1;
    return k - 1;
  }
  return 0;
}

namespace {

// Whether the main clause's verb group resumes at token j: "Lula, who had
// been expected to lead the delegation, did not travel" resumes at "did".
bool ResumesVerb(const std::vector<Token>& t, size_t j, const Lexicon& lex) {
  while (j < t.size() && (t[j].lower == "also" || t[j].lower == "later" || t[j].lower == "then" ||
                          t[j].lower == "finally" || t[j].lower == "eventually"))
    ++j;
  if (j >= t.size() || !t[j].word || t[j].capitalized) return false;
  const TokenWord& w = t[j].lower;
  return IsBeForm(w) || w == "has" || w == "have" || w == "had" || w == "did" || w == "does" ||
         w == "will" || w == "would" || w == "could" || w == "may" || w == "might" ||
         lex.IsTriggerWord(w);
}

}  // namespace

size_t ClauseEnd(const std::vector<Token>& t, size_t i, const Lexicon& lex) {
  // a relative clause set off by a comma ends at the comma where the main
  // verb resumes, so that its verbs take no object from the main clause
  size_t cs = ClauseStart(t, i, lex);
  bool relative = cs > 0 && cs < i && t[cs - 1].text == "," &&
                  (t[cs].lower == "who" || t[cs].lower == "which" || t[cs].lower == "whose");
  for (size_t k = i + 1; k < t.size(); ++k) {
    if (MayBreak(t[k]) && IsBreak(t, k, lex)) return k;
    if (relative && t[k].text == "," && ResumesVerb(t, k + 1, lex)) return k;
  }
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
