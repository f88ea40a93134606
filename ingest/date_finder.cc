#include "ingest/date_finder.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>

#include "ingest/date_finder_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december"};
constexpr std::array<std::string_view, 12> kMonthAbbrevs = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 7> kWeekdays = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// First byte and length of every month name and short form: a capitalised
// word of none of these shapes ("The", "President") is no month.
constexpr std::string_view kMonthForms[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec"};
constexpr std::array<uint16_t, 256> kMonthShapes = ShapeTable(kMonthForms);
constexpr std::array<uint16_t, 256> kWeekdayShapes = ShapeTable(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"});

// Month number 1..12 of a token ("June", "Dec", "Sept"), 0 if none. "May"
// only counts capitalised (the modal verb is lower case).
int MonthOf(const Token& t) {
  if (!t.capitalized || !HasShape(kMonthShapes, t)) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i)
    if (t.lower == kMonths[i]) return static_cast<int>(i) + 1;
  for (size_t i = 0; i < kMonthAbbrevs.size(); ++i)
    if (t.lower == kMonthAbbrevs[i] || (i == 8 && t.lower == "sept")) return static_cast<int>(i) + 1;
  return 0;
}

int NumberOf(const Token& t, int lo, int hi) {
  if (t.text.empty() || t.text.size() > 4) return -1;
  int v = 0;
  for (char c : t.text) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v >= lo && v <= hi ? v : -1;
}

// Day like "21" or "21st".
int DayOf(const Token& t) {
  std::string_view s = t.lower;
  // Every day starts with a digit: most tokens stop here, before the suffixes.
  if (s.empty() || s[0] < '0' || s[0] > '9') return -1;
  for (std::string_view suf : {"st", "nd", "rd", "th"})
    if (s.size() > 2 && s.substr(s.size() - 2) == suf) s.remove_suffix(2);
  if (s.empty() || s.size() > 2) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v >= 1 && v <= 31 ? v : -1;
}

struct DocDate {
  int y = 0, m = 0, d = 0;
};

DocDate ParseIso(std::string_view s) {
  DocDate dd;
  auto num = [&](size_t b, size_t n) {
    int v = 0;
    if (s.size() < b + n) return 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return 0;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  dd.y = num(0, 4);
  if (s.size() >= 7) dd.m = num(5, 2);
  if (s.size() >= 10) dd.d = num(8, 2);
  return dd;
}

bool Skippable(const Token& t) { return t.text == "." || t.text == "," || t.text == "of"; }

bool ClauseMark(const Token& t) {
  return t.text == "," || t.text == ";" || t.text == ":" || t.text == "\u2014" || t.text == "(" ||
         t.text == ")";
}

// Words that put a clause in the future: "will sign on Friday", "is due to
// fly on Saturday", "talks scheduled for Monday".
bool FutureCue(const Token& t) {
  std::string_view w = t.lower;
  return w == "will" || w == "'ll" || w == "\u2019ll" || w == "shall" || w == "due" ||
         w == "scheduled" || w == "plans" || w == "intends";
}

// The verbs of saying: "said on Monday it will ..." dates the saying.
bool SpeechVerb(const Token& t) {
  std::string_view w = t.lower;
  return w == "said" || w == "says" || w == "told" || w == "announced" || w == "added" ||
         w == "confirmed" || w == "reported";
}

class Scanner {
 public:
  Scanner(const std::vector<Token>& t, std::string_view doc_date, bool filter)
      : t_(t), doc_(ParseIso(doc_date)), filter_(filter) {
    if (doc_.y && doc_.m && doc_.d) {
      doc_days_ = DaysFromCivil(doc_.y, doc_.m, doc_.d);
      doc_wd_ = (doc_days_ + 3) % 7;  // 1970-01-01 was a Thursday (index 3)
    }
  }

  std::vector<DateSpan> Run() {
    for (size_t i = 0; i < t_.size();) {
      if (filter_ && !MayOpenDate(t_[i])) {
        ++i;
        continue;
      }
      size_t next = Absolute(i);
      if (next == i) next = Relative(i);
      i = next == i ? i + 1 : next;
    }
    Offsets();
    return std::move(out_);
  }

 private:
  size_t Emit(size_t b, size_t e, std::string iso, bool relative) {
    out_.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e), std::move(iso), relative});
    return e;
  }
  size_t Skip(size_t i) const {
    while (i < t_.size() && Skippable(t_[i])) ++i;
    return i;
  }

  // The year of a month and day given without one: the nearest such day to
  // the article date ("Dec. 15" in a January article is last December's),
  // or the last one before it when `past` ("the October 7 attack").
  int NearestYear(int m, int day, bool past) const {
    if (!doc_.m || !doc_.d) return doc_.y;
    int64_t doc = DaysFromCivil(doc_.y, doc_.m, doc_.d);
    int best = doc_.y;
    int64_t best_dist = INT64_MAX;
    for (int y = doc_.y - 1; y <= doc_.y + 1; ++y) {
      int64_t diff = DaysFromCivil(y, m, day) - doc;
      if (past && diff > 0) continue;
      int64_t dist = diff < 0 ? -diff : diff;
      if (dist < best_dist) best = y, best_dist = dist;
    }
    return best;
  }

  // "the 18th of March", "the 5th anniversary", "the 20th century": an
  // ordinal that is no day of the article's month.
  bool OrdinalNoun(size_t k) const {
    if (k >= t_.size()) return false;
    std::string_view w = t_[k].lower;
    return MonthOf(t_[k]) || w == "of" || w == "anniversary" || w == "century" || w == "round" ||
           w == "time" || w == "birthday" || w == "session" || w == "summit" || w == "floor" ||
           w == "day" || w == "congress" || w == "meeting" || w == "minute" || w == "edition";
  }

  // "early", "mid", "late": a part of a month or year, dated as the whole.
  static bool Part(const Token& t) {
    std::string_view w = t.lower;
    return w == "early" || w == "mid" || w == "late";
  }

  // Month [day][,] [year] | day Month [year] | year | ISO.
  size_t Absolute(size_t i) {
    const Token& t = t_[i];
    if (int m = MonthOf(t)) {
      size_t j = Skip(i + 1);
      int day = j < t_.size() ? DayOf(t_[j]) : -1;
      if (day > 0) j = Skip(j + 1);
      int year = j < t_.size() ? NumberOf(t_[j], 1900, 2100) : -1;
      if (year > 0) return Emit(i, j + 1, Iso(year, m, day > 0 ? day : 0), false);
      if (day > 0 && doc_.y) {
        // "the October 7 attack": a date naming an event is past
        bool named_event = i > 0 && t_[i - 1].lower == "the";
        return Emit(i, i + 2, Iso(NearestYear(m, day, named_event), m, day), true);
      }
      // "in March", "in early March", "in mid-March", "since late June"
      size_t at = i;
      if (at > 1 && t_[at - 1].text == "-" && Part(t_[at - 2])) at -= 2;
      else if (at > 0 && Part(t_[at - 1])) --at;
      if (doc_.y && at > 0 && (t_[at - 1].lower == "in" || t_[at - 1].lower == "since")) {
        int y = (doc_.m && m > doc_.m) ? doc_.y - 1 : doc_.y;
        return Emit(at, i + 1, Iso(y, m), true);
      }
      return i;
    }
    // "in early 2023", "by mid-2024"
    if (Part(t) && i > 0 &&
        (t_[i - 1].lower == "in" || t_[i - 1].lower == "by" || t_[i - 1].lower == "since" ||
         t_[i - 1].lower == "until")) {
      size_t j = i + 1 < t_.size() && t_[i + 1].text == "-" ? i + 2 : i + 1;
      if (j < t_.size() && t_[j].text.size() == 4)
        if (int y = NumberOf(t_[j], 1900, 2100); y > 0) return Emit(i, j + 1, Iso(y), false);
    }
    // "in mid-2023" is one token
    if (t.lower.size() == 8 && t.lower.substr(0, 4) == "mid-" && i > 0 &&
        (t_[i - 1].lower == "in" || t_[i - 1].lower == "by" || t_[i - 1].lower == "since")) {
      Token year = t;
      year.text = t.text.substr(4);
      if (int y = NumberOf(year, 1900, 2100); y > 0) return Emit(i, i + 1, Iso(y), false);
    }
    // "on the 18th": a day of the article's month, or of the month before
    // when that day is still to come
    if (t.lower == "the" && i > 0 && t_[i - 1].lower == "on" && i + 1 < t_.size() && doc_.d &&
        t_[i + 1].text.size() > 2 && !std::isdigit(static_cast<unsigned char>(t_[i + 1].text.back()))) {
      if (int day = DayOf(t_[i + 1]); day > 0 && !OrdinalNoun(i + 2)) {
        int y = doc_.y, mo = doc_.m;
        if (day > doc_.d) mo == 1 ? (mo = 12, --y) : --mo;
        return Emit(i, i + 2, Iso(y, mo, day), true);
      }
    }
    if (int day = DayOf(t); day > 0 && i + 1 < t_.size()) {
      if (int m = MonthOf(t_[i + 1])) {
        int year = i + 2 < t_.size() ? NumberOf(t_[i + 2], 1900, 2100) : -1;
        if (year > 0) return Emit(i, i + 3, Iso(year, m, day), false);
      }
    }
    if (int y = NumberOf(t, 1900, 2100); y > 0 && t.text.size() == 4) {
      bool range = i + 1 < t_.size() && (t_[i + 1].text == "-" || t_[i + 1].lower == "to");
      bool prev_ok = i > 0 && (t_[i - 1].lower == "in" || t_[i - 1].lower == "since" ||
                               t_[i - 1].lower == "by" || t_[i - 1].lower == "until" ||
                               t_[i - 1].lower == "of" || t_[i - 1].lower == ",");
      if (!range && prev_ok) return Emit(i, i + 1, Iso(y), false);
    }
    if (t.text.size() == 10 && t.text[4] == '-' && t.text[7] == '-') {
      DocDate d = ParseIso(t.text);
      if (d.y && d.m && d.d) return Emit(i, i + 1, Iso(d.y, d.m, d.d), false);
    }
    return i;
  }

  // A weekday names the coming day, not the last one, after "next" or in a
  // clause about the future ("On Saturday the leader is due to fly on",
  // "will sign the deal on Friday"), unless it dates the report of that
  // future ("said on Monday it will ...").
  bool LooksAhead(size_t i) const {
    size_t at = i > 0 && t_[i - 1].lower == "on" ? i - 1 : i;
    if (at > 0 && SpeechVerb(t_[at - 1])) return false;
    if (i > 0 && t_[i - 1].lower == "next") return true;
    if (i > 0 && t_[i - 1].lower == "last") return false;
    // the cue before the weekday in its clause, within a verb phrase's reach
    for (size_t k = i, n = 0; k > 0 && n < 8 && !ClauseMark(t_[k - 1]); --k, ++n)
      if (FutureCue(t_[k - 1])) return true;
    // a weekday opening the clause dates the verb right after its subject
    if (at > 0 && !ClauseMark(t_[at - 1])) return false;
    for (size_t k = i + 1; k < t_.size() && k < i + 7 && !ClauseMark(t_[k]); ++k)
      if (FutureCue(t_[k])) return true;
    return false;
  }

  // "at the weekend", "over the weekend", "last weekend": the Saturday on or
  // before the article date, or the coming one in a clause about the future.
  size_t Weekend(size_t i, int64_t days, int64_t doc_wd) {
    if (t_[i].lower != "at" && t_[i].lower != "over" && t_[i].lower != "last") return i;
    size_t w = t_[i].lower == "last" ? i + 1 : i + 2;
    if (w >= t_.size() || t_[w].lower != "weekend" || (w == i + 2 && t_[i + 1].lower != "the")) return i;
    constexpr int64_t kSaturday = 5;
    if (t_[i].lower != "last" && LooksAhead(w))
      return Emit(i, w + 1, CivilFromDays(days + (kSaturday - doc_wd + 7) % 7), true);
    return Emit(i, w + 1, CivilFromDays(days - (doc_wd - kSaturday + 7) % 7), true);
  }

  size_t Relative(size_t i) {
    const Token& t = t_[i];
    bool full = doc_.y && doc_.m && doc_.d;
    if (full) {
      const int64_t days = doc_days_, doc_wd = doc_wd_;
      bool weekday = t.capitalized && HasShape(kWeekdayShapes, t);
      for (size_t w = 0; weekday && w < kWeekdays.size(); ++w) {
        if (t.lower != kWeekdays[w] || !t.capitalized) continue;
        if (LooksAhead(i)) {
          int64_t ahead = (static_cast<int64_t>(w) - doc_wd + 7) % 7;
          if (ahead == 0 && i > 0 && t_[i - 1].lower == "next") ahead = 7;
          return Emit(i, i + 1, CivilFromDays(days + ahead), true);
        }
        int64_t back = (doc_wd - static_cast<int64_t>(w) + 7) % 7;
        if (back == 0 && i > 0 && t_[i - 1].lower == "last") back = 7;  // "last Friday", said on a Friday
        return Emit(i, i + 1, CivilFromDays(days - back), true);
      }
      if (size_t end = Weekend(i, days, doc_wd); end > i) return end;
      if (t.lower == "yesterday")
        return Emit(i, i + 1, CivilFromDays(days - 1), true);
      if (t.lower == "today")
        return Emit(i, i + 1, Iso(doc_.y, doc_.m, doc_.d), true);
      if (t.lower == "tomorrow")
        return Emit(i, i + 1, CivilFromDays(days + 1), true);
    }
    if (i + 1 >= t_.size() || !doc_.y) return i;
    std::string_view a = t.lower, b = t_[i + 1].lower;
    // every form below opens with one of these (most tokens stop here)
    if (a != "this" && a != "last" && a != "next" && a != "earlier") return i;
    if (a == "this" && b == "year") return Emit(i, i + 2, Iso(doc_.y), true);
    if (a == "last" && b == "year") return Emit(i, i + 2, Iso(doc_.y - 1), true);
    if (a == "next" && b == "year") return Emit(i, i + 2, Iso(doc_.y + 1), true);
    if (!doc_.m) return i;
    if (a == "this" && b == "month") return Emit(i, i + 2, Iso(doc_.y, doc_.m), true);
    if (a == "last" && b == "month") {
      int m = doc_.m == 1 ? 12 : doc_.m - 1, y = doc_.m == 1 ? doc_.y - 1 : doc_.y;
      return Emit(i, i + 2, Iso(y, m), true);
    }
    if (a == "next" && b == "month") {
      int m = doc_.m == 12 ? 1 : doc_.m + 1, y = doc_.m == 12 ? doc_.y + 1 : doc_.y;
      return Emit(i, i + 2, Iso(y, m), true);
    }
    if (!full) return i;
    if (a == "next" && b == "week")
      return Emit(i, i + 2, CivilFromDays(DaysFromCivil(doc_.y, doc_.m, doc_.d) + 7), true);
    if ((a == "this" || a == "earlier") && b == "week")
      return Emit(i, i + 2, Iso(doc_.y, doc_.m, doc_.d), true);
    if (a == "last" && b == "week")
      return Emit(i, i + 2, CivilFromDays(DaysFromCivil(doc_.y, doc_.m, doc_.d) - 7), true);
    return i;
  }

  // "four years after New Delhi signed", "a day earlier", "the following
  // day", "two years ago": a distance from another date of the sentence (the
  // article's for "ago", and for "after"/"before" when the sentence has none),
  // as precise as its unit: days and weeks give a day, months a month, years
  // a year.
  void Offsets() {
    const size_t found = out_.size();
    std::vector<DateSpan> add;
    // "the next day", "the day before": `shift` days from the date the
    // three words at i hang on, when they have one
    auto add_day_from = [&](size_t i, int64_t shift) {
      DocDate a = Anchor(i, i + 3, found, false);
      if (a.d)
        add.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + 3),
                       CivilFromDays(DaysFromCivil(a.y, a.m, a.d) + shift), true, false});
    };
    for (size_t i = 0; i + 2 < t_.size(); ++i) {
      // every form opens with "the" or has its unit second
      if (filter_ && !IsOffsetUnit(t_[i + 1]) && t_[i].lower != "the") continue;
      int n = 0;
      size_t unit = i + 1;
      std::string_view w = t_[i].lower;
      if (w == "the" && (t_[i + 1].lower == "following" || t_[i + 1].lower == "next" ||
                         t_[i + 1].lower == "previous") && t_[i + 2].lower == "day") {
        if (i > 0 && t_[i - 1].lower == "until") continue;
        add_day_from(i, t_[i + 1].lower == "previous" ? -1 : 1);
        continue;
      }
      // "; the day before, Biden had made a surprise visit": a day from the
      // date of the clause before ("the day before the vote" has no anchor here)
      if (w == "the" && t_[i + 1].lower == "day" &&
          (t_[i + 2].lower == "before" || t_[i + 2].lower == "after") &&
          (i + 3 == t_.size() || !t_[i + 3].word)) {
        add_day_from(i, t_[i + 2].lower == "before" ? -1 : 1);
        continue;
      }
      std::string_view u = t_[unit].lower;
      if (u.size() > 1 && u.back() == 's') u.remove_suffix(1);
      if (u != "day" && u != "week" && u != "month" && u != "year") continue;
      if (w == "a" || w == "an" || w == "one") n = 1;
      else if (int k = CountWord(w)) n = k;
      else n = NumberOf(t_[i], 1, 99);
      if (n <= 0) continue;
      std::string_view dir = t_[unit + 1].lower;
      int sign;
      bool opens = false, ago = false;
      if (dir == "after") sign = -1, opens = true;
      else if (dir == "before") sign = 1, opens = true;
      else if (dir == "earlier") sign = -1;
      else if (dir == "later") sign = 1;
      else if (dir == "ago") sign = -1, ago = true;
      else continue;
      DocDate a = ago ? doc_ : Anchor(i, unit + 2, found, opens);
      std::string iso = Shift(a, u, sign * n);
      if (iso.empty()) continue;
      add.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(unit + 2), iso, true, opens});
    }
    out_.insert(out_.end(), add.begin(), add.end());
    std::sort(out_.begin(), out_.end(),
              [](const DateSpan& x, const DateSpan& y) { return x.first < y.first; });
  }

  static int CountWord(std::string_view w) {
    if (int n = SmallCardinal(w); n >= 2) return n;
    return w == "sixteen" ? 16 : 0;
  }

  // The nearest date of the sentence outside [b, e) among the first `found`
  // spans; the article's date when there is none and `or_document`.
  DocDate Anchor(size_t b, size_t e, size_t found, bool or_document) const {
    const DateSpan* best = nullptr;
    size_t best_dist = SIZE_MAX;
    for (size_t k = 0; k < found; ++k) {
      const DateSpan& d = out_[k];
      size_t dist = d.first >= e ? d.first - e : (d.last <= b ? b - d.last : SIZE_MAX);
      if (dist < best_dist) best = &d, best_dist = dist;
    }
    if (best) return ParseIso(best->iso);
    return or_document ? doc_ : DocDate{};
  }

  static std::string Shift(const DocDate& a, std::string_view unit, int n) {
    if (unit == "day" || unit == "week") {
      if (!a.d) return {};
      return CivilFromDays(DaysFromCivil(a.y, a.m, a.d) + (unit == "week" ? 7 * n : n));
    }
    if (unit == "month") {
      if (!a.m) return {};
      int months = a.y * 12 + (a.m - 1) + n;
      return Iso(months / 12, months % 12 + 1);
    }
    if (!a.y) return {};
    return Iso(a.y + n);
  }

  const std::vector<Token>& t_;
  DocDate doc_;
  bool filter_;  // pass over tokens that cannot open a date
  int64_t doc_days_ = 0;  // the article's day and weekday, when it has a full date
  int64_t doc_wd_ = 0;
  std::vector<DateSpan> out_;
};

}  // namespace

std::vector<DateSpan> FindDates(const std::vector<Token>& tokens, std::string_view doc_date) {
  return Scanner(tokens, doc_date, true).Run();
}

std::vector<DateSpan> FindDatesUnfiltered(const std::vector<Token>& tokens,
                                          std::string_view doc_date) {
  return Scanner(tokens, doc_date, false).Run();
}

std::string FindDateline(std::string_view body) {
  std::string_view head = body.substr(0, 300);
  std::vector<Token> tokens = Tokenize(head);
  for (const DateSpan& d : FindDates(tokens, "")) {
    if (!d.relative && d.iso.size() == 10) return d.iso;
  }
  return {};
}

}  // namespace kg::ingest
