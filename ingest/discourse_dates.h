// EventDateInView: the dates a sentence of an article leaves unsaid. Wire
// copy dates its lead ("arrived in Kyiv on Friday") and then tells the rest
// of the day without a date ("After the talks, ministers signed four
// agreements"); a live page puts its days in headings ("Tuesday") over
// entries that name none. The pipeline feeds the article's sentences in
// order and asks for a date for each fact whose own sentence gave none.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ingest/date_finder.h"
#include "ingest/relation.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// True when the date `d` lies in a clause opened by "since" ("his first
// visit since the invasion began almost a year ago", "since Syria was
// suspended in 2011") that does not also hold the token `trigger`: such a
// date is the start of a state or the last time, not the event told.
bool InSinceClause(const std::vector<Token>& t, const DateSpan& d, size_t trigger);

// Not thread-safe: one per article, fed in sentence order.
class EventDateInView {
 public:
  explicit EventDateInView(std::string article_date) : article_date_(std::move(article_date)) {}

  // The text between the previous sentence and the next one: a line that is
  // only a day ("Tuesday", "Monday, Feb. 20") heads the entries below it.
  void SeeGap(std::string_view gap);

  // Gives `r` (a fact of the sentence `t` with dates `dates`) the date in
  // view when its sentence gave it none: a distance from it ("a day
  // earlier", "the next day", "the night before", "earlier in the day",
  // "within hours"), or the day itself for an asserted event told in the
  // simple past ("signed", "was signed") or, under a day heading, in the
  // present perfect ("has arrived"). A past perfect ("had signed") tells
  // background and keeps no date.
  void DateRelation(const std::vector<Token>& t, const std::vector<DateSpan>& dates,
                    Relation* r) const;

  // After a sentence: the date of its first dated asserted fact, else its
  // first date of an event (not one after "since", not one after the
  // article), becomes the date in view.
  void SeeSentence(const std::vector<Token>& t, const std::vector<DateSpan>& dates,
                   const std::vector<Relation>& relations);

  const std::string& in_view() const { return in_view_; }

 private:
  std::string Shifted(const std::vector<Token>& t) const;

  std::string article_date_;
  std::string in_view_;
  bool from_heading_ = false;  // in_view_ comes from a day heading
};

}  // namespace kg::ingest
