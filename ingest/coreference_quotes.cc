// First-person pronouns inside a quote stand for the speaker named after
// it. Part of Coreference.
#include <string_view>
#include <vector>

#include "ingest/coreference.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

namespace {

bool IsQuoteMark(const Token& tk) {
  if (tk.word || tk.text.empty() || (tk.text[0] != '"' && tk.text[0] != '\xE2')) return false;
  return IsDoubleQuote(tk.text);
}

// A straight quote mark after sentence punctuation, or a right curly one,
// closes a quote.
bool ClosesQuote(const std::vector<Token>& t, size_t k) {
  if (t[k].text == "\u201D") return true;
  if (t[k].text != "\"" || k == 0) return false;
  const std::string_view p = t[k - 1].text;
  return p == "," || p == "." || p == "?" || p == "!";
}

}  // namespace

// '"We are suspending it too," the Russian president said': first-person
// pronouns inside a quote stand for its speaker, named after the quote
// ("..., X said", "..., said X"). "I" is the speaker; "we" and "our" the
// speaker's country when the speaker is a person whose country is known.
void Coreference::ResolveQuotedSpeakers(const std::vector<Token>& t, std::vector<Mention>* ms) {
  // Only first-person pronouns are resolved here: most sentences have none.
  bool first_person = false;
  for (const Mention& m : *ms)
    first_person = first_person || (m.kind == MentionKind::kPronoun && IsFirstPerson(t[m.first].lower));
  if (!first_person) return;
  size_t open = 0;  // the quote runs from `open` (or the sentence start) to a closing mark
  for (size_t k = 0; k < t.size(); ++k) {
    if (!IsQuoteMark(t[k])) continue;
    if (!ClosesQuote(t, k)) {
      open = k + 1;
      continue;
    }
    // the speaker: "X said" or "said X" after the closing mark
    size_t j = k + 1;
    int speaker = -1;
    auto mention_at = [&](size_t tok) -> int {  // the longest: "Russian" < "Russian president"
      int best = -1;
      for (size_t i = 0; i < ms->size(); ++i)
        if ((*ms)[i].first == tok && (*ms)[i].entity >= 0 &&
            (best < 0 || (*ms)[i].last > (*ms)[best].last))
          best = static_cast<int>(i);
      return best;
    };
    auto speech = [&](size_t tok) {
      return tok < t.size() && lex_.InSet("speech_verbs", t[tok].lower);
    };
    if (speech(j)) {
      size_t s = j + 1;
      while (s < t.size() && (t[s].lower == "the" || !lex_.TitleRole(t[s].lower).empty())) ++s;
      int m = mention_at(s);
      if (m < 0) m = mention_at(j + 1);
      speaker = m;
    } else {  // "the Russian president told": the mention just before the verb
      for (size_t i = 0; i < ms->size(); ++i) {
        const Mention& m = (*ms)[i];
        if (m.first >= j && m.first <= j + 3 && m.entity >= 0 && speech(m.last))
          speaker = static_cast<int>(i);
      }
    }
    if (speaker >= 0) {
      int who = (*ms)[speaker].entity;
      int country = entities_[who].type == NodeType::kPerson ? country_of_[who] : -1;
      for (Mention& m : *ms) {
        if (m.kind != MentionKind::kPronoun || m.first < open || m.first >= k) continue;
        std::string_view w = t[m.first].lower;
        if (!IsFirstPerson(w)) continue;
        bool singular = w == "i" || w == "my" || w == "me";
        if (singular)
          m.entity = entities_[who].type == NodeType::kPerson ? who : -1;
        else
          m.entity = country >= 0 ? country : who;
      }
    }
    open = k + 1;
  }
}

}  // namespace kg::ingest
