// Subjects in the sentence shapes that put something between the subject
// and its verb, or the subject after it: asides set off by commas, dashes
// or parentheses, clefts ("It was X that signed") and inversions ("Among
// the leaders who travelled to Kyiv was X", "Arriving in Pyongyang was X").
// Called from SubjectsFor (relation_subjects.cc) before the plain clause
// subject, so that every relation rule finds its doer in these shapes.
#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

// Words that may stand between an aside and the verb it leaves: adverbs,
// auxiliaries, negation ("X, who ..., did not travel", "has since sent").
bool BeforeVerb(const TokenWord& w, const Lexicon& lex) {
  if (IsBeForm(w) || lex.InSet("future_auxiliaries", w)) return true;
  return w == "also" || w == "later" || w == "then" || w == "has" || w == "have" || w == "had" ||
         w == "did" || w == "does" || w == "not" || w == "never" || w == "since" || w == "both" ||
         w == "all" || w == "each" || w == "jointly" || w == "formally" || w == "finally" ||
         w == "reportedly" || w == "quickly" || w == "eventually" || w == "subsequently";
}

}  // namespace

// The first token of the verb group that ends at `trigger`: past adverbs,
// auxiliaries and an "on <weekday>" phrase.
size_t Extractor::VerbGroupStart(size_t trigger) const {
  size_t k = trigger;
  for (int n = 0; n < 6 && k > 0; ++n) {
    if (BeforeVerb(t_[k - 1].lower, lex_)) {
      --k;
    } else if (k > 1 && t_[k - 2].lower == "on" && lex_.InSet("weekdays", t_[k - 1].lower)) {
      k -= 2;
    } else {
      break;
    }
  }
  return k;
}

// "Finland (which shares a border with Russia) signed", "X and Y — whose
// countries fought two wars — signed", "Sweden, abandoning ..., signed",
// "Pezeshkian, along with ministers, arrived": the subject is the clause
// subject that ends right before the aside. Its modality window starts
// after the aside, whose cues ("who had been expected to") are its own.
Extractor::Subjects Extractor::SubjectBeforeAside(size_t trigger) {
  Subjects s;
  size_t k = VerbGroupStart(trigger);
  if (k < 3) return s;
  size_t open = InterruptionOpen(t_, k - 1, lex_);
  if (open == SIZE_MAX || open == 0) return s;
  // "Nyusi, along with Momade, signed": the companions share the verb, and
  // the list rules (Coordinated) take them in
  const TokenWord& opener = t_[open + 1].lower;
  if (opener == "along" || opener == "together" || opener == "alongside" || opener == "as") return s;
  // "Germany has, according to officials, delivered": an auxiliary before
  // the aside belongs to the verb group
  size_t head_end = VerbGroupStart(open);
  if (head_end == 0) return s;
  int before = MentionAt(head_end - 1);
  if (before < 0 || ms_[before].last != head_end || !IsAgentMention(ms_[before]) || ms_[before].possessive ||
      ms_[before].entity < 0 || AfterPreposition(t_, ms_[before].first, lex_))
    return s;
  // the subject of the clause the aside interrupts, whose list must end at
  // the aside: "Turkey, Sweden and Finland — after weeks of talks — signed"
  Subjects head = SubjectsFor(head_end, 1);
  if (head.entities.empty() || head.passive || head.end != head_end) return s;
  bool holds = false;
  for (int e : head.entities) holds = holds || e == ms_[before].entity;
  if (!holds) return s;
  // "The leaders of Germany and France, who brokered it, did not sign": a
  // subject found in the middle of a list is only its last item
  for (const Mention& m : ms_) {
    if (m.entity != head.entities[0] || m.last > head_end) continue;
    const TokenWord& w = m.first > 0 ? t_[m.first - 1].lower : t_[0].lower;
    if (m.first > 0 && (w == "and" || w == "or" || w == "nor" || w == ",")) return s;
    break;
  }
  s.entities = head.entities;
  s.end = k;
  s.clause_start = ClauseStart(t_, open, lex_);
  s.how = "subject before an aside";
  return s;
}

// "It was Germany that sent", "It was Israel and Morocco that signed": the
// focus of a cleft is the subject of its "that" clause. `cs` is the
// clause's first token ("that").
Extractor::Subjects Extractor::CleftFocus(size_t cs) const {
  Subjects s;
  if (cs < 3 || cs >= t_.size() || (t_[cs].lower != "that" && t_[cs].lower != "who")) return s;
  for (size_t b = cs - 1; b > 0 && b + 12 > cs; --b) {
    if (!IsBeForm(t_[b].lower)) continue;
    if (t_[b - 1].lower != "it") return s;
    int a = AgentAt(b + 1);
    if (a < 0 || ms_[a].possessive || ms_[a].entity < 0) return s;
    size_t end = 0;
    std::vector<int> focus = Coordinated(a, cs, &end);
    if (end != cs) return s;
    s.entities = focus;
    s.end = cs + 1;
    s.how = "focus of a cleft";
    return s;
  }
  return s;
}

// "Kenya and Ethiopia were (not) among the countries that signed": the
// subject of the copula before "among the <noun>" does what the relative
// clause says, under the copula's cues. `cs` is the clause's first token.
Extractor::Subjects Extractor::AmongAntecedent(size_t cs) {
  Subjects s;
  if (cs < 4 || cs >= t_.size() || (t_[cs].lower != "that" && t_[cs].lower != "who" && t_[cs].lower != "which"))
    return s;
  size_t j = cs;
  while (j > cs - 4 && j > 1 && t_[j - 1].word && !t_[j - 1].capitalized && t_[j - 1].lower != "among") --j;
  if (t_[j - 1].lower != "among") return s;
  size_t be = j - 1;
  while (be > 0 && (t_[be - 1].lower == "not" || t_[be - 1].lower == "also" || t_[be - 1].lower == "never")) --be;
  if (be == 0 || !IsBe(t_[be - 1].lower)) return s;
  Subjects head = SubjectsFor(be - 1, 1);
  if (head.entities.empty() || head.passive || head.end != be - 1) return s;
  s.entities = head.entities;
  s.end = head.end;
  s.clause_start = ClauseStart(t_, be - 1, lex_);
  s.how = "subject of 'was among the ones who'";
  return s;
}

// "Arriving in Pyongyang before dawn was Vladimir Putin", "Signing for Kenya
// was X", "Among the leaders who travelled to Kyiv was X", "Among the
// countries that have sent tanks are A, B and C": the subject follows the
// copula that closes the fronted phrase.
Extractor::Subjects Extractor::InvertedSubject(size_t trigger, size_t cs) const {
  Subjects s;
  size_t first = 0;
  while (first < trigger && (t_[first].lower == "also" || t_[first].lower == "and")) ++first;
  // "Putting their names to the accord were A and B": the participle may
  // govern the trigger a few words on
  bool participle = EndsWith(t_[first].lower, "ing") && first + 4 > trigger;
  for (size_t k = first; participle && k < trigger; ++k) participle = t_[k].text != ",";
  bool among = t_[first].lower == "among" && cs > first && cs < trigger &&
               (t_[cs].lower == "who" || t_[cs].lower == "that" || t_[cs].lower == "which");
  if (!participle && !among) return s;
  for (size_t b = trigger + 1; b + 1 < t_.size() && b < trigger + 30; ++b) {
    const Token& tk = t_[b];
    if (tk.text == "," || tk.text == "." || tk.text == ";" || tk.text == ":" || IsDash(tk)) return s;
    if (!IsBe(tk.lower)) continue;
    // "was greeted", "were delivered": a passive verb, not a copula
    if (EndsWith(t_[b + 1].lower, "ed") && !t_[b + 1].capitalized) return s;
    int a = AgentAt(b + 1);
    if (a < 0) a = TitledPersonAhead(b + 1, std::min(t_.size(), b + 8));
    if (a < 0 || ms_[a].possessive || ms_[a].entity < 0) return s;
    size_t end = 0;
    s.entities = Coordinated(a, ClauseEnd(t_, b + 1, lex_), &end);
    s.end = first;
    s.clause_start = first;
    s.how = "subject after the copula of an inversion";
    return s;
  }
  return s;
}

// "was signed on Monday at the defence department in Quezon City by X",
// "were suspended on Saturday, two days after the coup, by the EU", "was
// visited on Monday — after a ten-hour train ride — by X": the agent of a
// passive past place and time phrases and whole asides, as long as no
// other verb or clause comes between. Sets *by to the "by".
bool Extractor::FarAgent(size_t trigger, size_t* by) const {
  for (size_t j = trigger + 1; j + 1 < t_.size() && j < trigger + 45; ++j) {
    const Token& tk = t_[j];
    if (tk.text == "," || tk.text == "(" || IsDash(tk)) {
      size_t c = j + 1;
      while (c < t_.size() && c < j + 30 && t_[c].text != tk.text && t_[c].text != ")" && t_[c].text != ".")
        ++c;
      if (c >= t_.size() || InterruptionOpen(t_, c, lex_) != j) return false;
      j = c;
      continue;
    }
    if (tk.lower == "by") {
      if (AgentAt(j + 1) < 0) return false;
      *by = j;
      return true;
    }
    if (tk.text == "." || tk.text == ";" || tk.text == ":" || tk.lower == "and" || tk.lower == "or" ||
        tk.lower == "but" || lex_.InSet("clause_breaks", tk.lower) || HasVerb(j, j + 1))
      return false;
  }
  return false;
}

}  // namespace kg::ingest
