#include "ingest/discourse_dates.h"

#include <algorithm>
#include <climits>
#include <cstdlib>

namespace kg::ingest {
namespace {

bool Word(const Token& t, const char* w) { return t.lower == w; }

// The day an ISO date names, or INT64_MIN when it is not a full date.
int64_t DayOf(const std::string& iso) {
  if (iso.size() != 10) return INT64_MIN;
  int y = std::atoi(iso.c_str());
  unsigned m = static_cast<unsigned>(std::atoi(iso.c_str() + 5));
  unsigned d = static_cast<unsigned>(std::atoi(iso.c_str() + 8));
  return DaysFromCivil(y, m, d);
}

bool After(const std::string& date, const std::string& article_date) {
  size_t n = std::min(date.size(), article_date.size());
  return n >= 4 && date.compare(0, n, article_date, 0, n) > 0;
}

// "had signed", "had earlier been signed": the past perfect of the trigger.
// "has arrived" is the present perfect, "was suspending" a past. Adverbs and "been" may stand between.
const char* Auxiliary(const std::vector<Token>& t, size_t trigger) {
  for (size_t k = trigger, steps = 0; k > 0 && steps < 4; --k, ++steps) {
    const Token& p = t[k - 1];
    if (!p.word) return "";
    if (Word(p, "had")) return "had";
    if (Word(p, "has") || Word(p, "have")) return "has";
    if (Word(p, "was") || Word(p, "were")) return "was";
    if (!(Word(p, "been") || Word(p, "also") || Word(p, "already") || Word(p, "then") ||
          Word(p, "later") || Word(p, "formally") || Word(p, "finally") || Word(p, "earlier") ||
          Word(p, "briefly") || Word(p, "just") || Word(p, "since")))
      return "";
  }
  return "";
}

// False when the first token of `line` (after the spaces the tokenizer
// skips) cannot be capitalized: no upper-case ASCII letter or Latin-1
// capital (0xC3 lead byte) opens it.
bool MayOpenHeading(std::string_view line) {
  constexpr std::string_view kSpaces = " \t\n\r\f\v";
  size_t i = line.find_first_not_of(kSpaces);
  while (i != std::string_view::npos && i + 1 < line.size() &&
         static_cast<unsigned char>(line[i]) == 0xC2 &&
         static_cast<unsigned char>(line[i + 1]) == 0xA0)
    i = line.find_first_not_of(kSpaces, i + 2);
  if (i == std::string_view::npos) return false;
  auto c = static_cast<unsigned char>(line[i]);
  return (c >= 'A' && c <= 'Z') || c == 0xC3;
}

}  // namespace

bool InSinceClause(const std::vector<Token>& t, const DateSpan& d, size_t trigger) {
  for (size_t k = d.first; k > 0 && d.first - k < 16; --k) {
    const Token& p = t[k - 1];
    if (p.text == "," || p.text == ";" || p.text == "(" || p.text == ":") return false;
    // a clause of its own after the "since" clause: "since the war began when he landed"
    if (Word(p, "when") || Word(p, "where") || Word(p, "while") || Word(p, "and") ||
        Word(p, "but") || Word(p, "which") || Word(p, "who") || Word(p, "after") ||
        Word(p, "before"))
      return false;
    if (Word(p, "since")) return !(trigger >= k && trigger < d.first);
  }
  return false;
}

void EventDateInView::SeeGap(std::string_view gap) {
  // Most gaps are a space or a line break: with no byte that can start a
  // capitalised token, no line of the gap is a heading.
  if (std::none_of(gap.begin(), gap.end(), [](char c) {
        auto u = static_cast<unsigned char>(c);
        return (u >= 'A' && u <= 'Z') || u == 0xC3;
      }))
    return;
  size_t start = 0;
  while (start < gap.size()) {
    size_t nl = gap.find('\n', start);
    if (nl == std::string_view::npos) nl = gap.size();
    std::string_view line = gap.substr(start, nl - start);
    start = nl + 1;
    // Most gaps are a space or a blank line, and most lines no heading: a
    // line whose first token cannot be capitalized is not tokenized.
    if (!MayOpenHeading(line)) continue;
    std::vector<Token> t = Tokenize(line);
    if (t.empty() || t.size() > 8 || !t[0].capitalized) continue;
    std::vector<DateSpan> d = FindDates(t, article_date_);
    // the heading is the day and nothing more: "Tuesday", "Monday, Feb. 20"
    if (d.empty() || d[0].first != 0 || d[0].iso.size() != 10) continue;
    bool only_date = true;
    for (size_t k = d[0].last; k < t.size() && only_date; ++k)
      only_date = !t[k].word || (d.size() > 1 && k >= d[1].first && k < d[1].last);
    if (!only_date || After(d[0].iso, article_date_)) continue;
    in_view_ = d[0].iso;
    from_heading_ = true;
  }
}

// "a day earlier", "the day before", "the night before", "the next day",
// "the following day", "earlier in the day", "later that day", "within
// hours", "that morning", "the same evening": a day counted from the one in
// view.
std::string EventDateInView::Shifted(const std::vector<Token>& t) const {
  int64_t day = DayOf(in_view_);
  if (day == INT64_MIN) return {};
  for (size_t i = 0; i + 2 < t.size(); ++i) {
    const Token &a = t[i], &b = t[i + 1], &c = t[i + 2];
    if ((Word(a, "a") || Word(a, "one")) && Word(b, "day") && (Word(c, "earlier") || Word(c, "before")))
      return CivilFromDays(day - 1);
    if ((Word(a, "a") || Word(a, "one")) && Word(b, "day") && Word(c, "later"))
      return CivilFromDays(day + 1);
    if (Word(a, "the") && (Word(b, "day") || Word(b, "night") || Word(b, "evening")) &&
        (Word(c, "before") || Word(c, "after")) && (i + 3 == t.size() || !t[i + 3].word))
      return CivilFromDays(day + (Word(c, "before") ? -1 : 1));
    if (Word(a, "the") && (Word(b, "next") || Word(b, "following")) &&
        (Word(c, "day") || Word(c, "morning")))
      return CivilFromDays(day + 1);
    if (Word(a, "the") && Word(b, "previous") && (Word(c, "day") || Word(c, "evening")))
      return CivilFromDays(day - 1);
    if ((Word(a, "earlier") || Word(a, "later")) && Word(b, "in") && Word(c, "the") &&
        i + 3 < t.size() && Word(t[i + 3], "day"))
      return in_view_;
    if ((Word(a, "later") || Word(a, "earlier")) && Word(b, "that") &&
        (Word(c, "day") || Word(c, "morning") || Word(c, "evening")))
      return in_view_;
    if (Word(a, "within") && (Word(b, "hours") || (Word(b, "a") && Word(c, "few"))))
      return in_view_;
    // "had arrived that morning", "on the same day"
    if ((Word(a, "that") || (Word(a, "same") && i > 0 && Word(t[i - 1], "the"))) &&
        (Word(b, "morning") || Word(b, "afternoon") || Word(b, "evening") || Word(b, "day")) &&
        !(i > 0 && (Word(t[i - 1], "said") || Word(t[i - 1], "announced"))))
      return in_view_;
  }
  return {};
}

void EventDateInView::DateRelation(const std::vector<Token>& t, const std::vector<DateSpan>& dates,
                                   Relation* r) const {
  if (!r->date.empty() || in_view_.empty()) return;
  if (std::string s = Shifted(t); !s.empty()) {
    r->date = s;
    return;
  }
  if (r->modality != graph::Modality::kAsserted || r->relation == "supplies_arms_to") return;
  // a noun ("the trip", "a visit") is dated by the verb it hangs from
  // ("put their names to" is a verb phrase: its verb tells the tense)
  bool put_names = r->trigger >= 2 && (t[r->trigger - 2].lower == "put" ||
                                       t[r->trigger - 2].lower == "set" ||
                                       t[r->trigger - 2].lower == "affixed");
  if ((r->rule.find("noun") != std::string::npos || r->rule.find("nominal") != std::string::npos) &&
      !put_names)
    return;
  // the sentence's own dates belong to something else: "since 2011"
  for (const DateSpan& d : dates)
    if (!InSinceClause(t, d, r->trigger)) return;
  size_t verb = put_names ? r->trigger - 2 : r->trigger;
  const Token& v = t[verb];
  std::string aux = Auxiliary(t, verb);
  if (aux == "had") return;
  if (aux == "has" && !from_heading_) return;
  // neither a present ("visits") nor a participle ("signing")
  std::string_view w = v.lower;
  bool ing = w.size() > 4 && w.substr(w.size() - 3) == "ing";
  bool third = w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's';
  if (aux.empty() && (ing || third)) return;
  r->date = in_view_;
}

void EventDateInView::SeeSentence(const std::vector<Token>& t, const std::vector<DateSpan>& dates,
                                  const std::vector<Relation>& relations) {
  for (const Relation& r : relations) {
    if (r.modality != graph::Modality::kAsserted || r.date.empty()) continue;
    in_view_ = r.date;
    from_heading_ = false;
    return;
  }
  for (const DateSpan& d : dates) {
    if (InSinceClause(t, d, t.size())) continue;
    if (After(d.iso, article_date_)) continue;
    // a bare year is background ("imposed its ban in 1989") and a deadline
    // ("could be found by 2012") is no event: neither is the day in view
    if (d.iso.size() == 4 || (d.first > 0 && Word(t[d.first - 1], "by"))) continue;
    in_view_ = d.iso;
    from_heading_ = false;
    return;
  }
}

}  // namespace kg::ingest
