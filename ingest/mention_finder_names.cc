// Names in a sentence: the longest title phrase at a token, a name after
// a title (a listed person or a run of capitalised words), the shape of a
// personal name on no list, and an apposition closed by a comma. Part of
// MentionFinder; mention_finder_people.cc uses these to make people.
#include <cctype>
#include <string>

#include "ingest/mention_finder_internal.h"

namespace kg::ingest {

using graph::NodeType;

// Longest title phrase at i, returns its end (or i) and sets *role.
size_t MentionFinder::TitleAt(size_t i, std::string* role) const {
  TokenMemo& m = memo_[i];
  if (!(m.known & TokenMemo::kTitle)) {
    m.title_end = static_cast<uint32_t>(TitleEnd(i, &m.title_role));
    m.known |= TokenMemo::kTitle;
  }
  // Most tokens start no title (and then have no role): clearing is inline
  // where assigning is a library call.
  if (m.title_end == i) role->clear();
  else role->assign(m.title_role);
  return m.title_end;
}

size_t MentionFinder::TitleEnd(size_t i, std::string_view* role) const {
  *role = {};
  // Most tokens start no title: one bit test says so.
  if (!t_[i].word || !lex_.IsTitlePrefix(t_[i].lower)) return i;
  std::string key;
  size_t best = i;
  for (size_t j = i; j < t_.size() && j - i < lex_.max_title_tokens(); ++j) {
    if (!t_[j].word) break;
    if (j > i) key += ' ';
    key += t_[j].lower;
    if (!lex_.IsTitlePrefix(key)) break;
    std::string_view r = lex_.TitleRole(key);
    if (!r.empty()) {
      best = j + 1;
      *role = r;
    }
  }
  return best;
}

bool MentionFinder::NameToken(size_t k) const {
  TokenMemo& m = memo_[k];
  if (!(m.known & TokenMemo::kName)) {
    m.name_token = NameTokenUncached(k);
    m.known |= TokenMemo::kName;
  }
  return m.name_token;
}

bool MentionFinder::NameTokenUncached(size_t k) const {
  const Token& tk = t_[k];
  if (!tk.word || !tk.capitalized) return false;
  // "Although Wal-Mart has suspended ...": a clause opener is no first name;
  // nor is a weekday, a month or a sentence starter (kNameStop)
  return !(Class(k) & kNameStop);
}

// A name after a title: a listed person, or 1-4 capitalised words.
// Returns its end (or j) and fills *m.
size_t MentionFinder::NameAt(size_t j, Mention* m) const {
  if (j >= t_.size()) return j;
  Match g = LongestMatch(j);
  if (g.entry) {
    const ActorInfo& a = lex_.actors()[g.entry->actor];
    // "Defence Minister Florence Parly", "Foreign Minister Israel Katz": a
    // one-word place before a surname on no list is a first name.
    if (a.type != NodeType::kPerson && g.end == j + 1 && t_[j].capitalized) {
      size_t e = j + 1;
      while (e < t_.size() && e - j < 4 && NameShapeToken(e)) ++e;
      if (e > j + 1 && (e == t_.size() || !NameToken(e))) {
        *m = Span(j, e, MentionKind::kActor, NodeType::kPerson);
        return e;
      }
    }
    if (a.type != NodeType::kPerson || g.entry->kind != EntryKind::kName) return j;
    *m = FromEntry(*g.entry, j, g.end);
    size_t e = g.end;
    // "Kim Jong Un" listed as "Kim Jong Un"; a longer unlisted tail extends nothing.
    return e;
  }
  size_t e = j;
  while (e < t_.size() && e - j < kMaxNameTokens) {
    if (NameToken(e)) {
      // "President Lula Brazil" is not one name; "Therese Kayikwamba Wagner"
      // is, when the listed word is an organisation's and ends the run
      Match g = e > j ? LongestMatch(e) : Match{};
      // "al-Sabah", "bin Sabah": after a particle a listed word is a family name
      bool after_particle = e > j && (IsNameParticle(t_[e - 1].lower) ||
                                      (t_[e - 1].text == "-" && e >= j + 2 && IsNameParticle(t_[e - 2].lower)));
      if (g.entry && !after_particle &&
          !(e > j + 1 && g.end == e + 1 && g.end < t_.size() && !t_[g.end].capitalized &&
            lex_.actors()[g.entry->actor].type == NodeType::kOrganization))
        break;
      ++e;
      continue;
    }
    if (e > j && NicknameEnd(e) > e) {
      e = NicknameEnd(e);
      continue;
    }
    // "al-Zayani", "bin Abdulrahman": particles, hyphens and initials run
    // up to the next capitalised word
    size_t n = e;
    while (n < t_.size() && n < e + 3 &&
           (t_[n].text == "-" || IsNameParticle(t_[n].lower) || t_[n].text == "."))
      ++n;
    if (n == e || e == j || n >= t_.size() || !NameToken(n)) break;
    e = n;
  }
  if (e == j || (LongestMatch(j).entry && e == j + 1)) return j;
  m->first = static_cast<uint32_t>(j);
  m->last = static_cast<uint32_t>(e);
  m->kind = MentionKind::kActor;
  m->type = NodeType::kPerson;
  m->surface = Surface(j, e);
  m->name = PersonName(j, e);
  return e;
}

namespace {

bool OpeningQuote(std::string_view w) {
  return w == "\"" || w == "'" || w == "\xE2\x80\x9C" || w == "\xE2\x80\x98";
}
bool ClosingQuote(std::string_view w) {
  return w == "\"" || w == "'" || w == "\xE2\x80\x9D" || w == "\xE2\x80\x99";
}

}  // namespace

size_t MentionFinder::NicknameEnd(size_t k) const {
  if (k + 2 >= t_.size() || !OpeningQuote(t_[k].text)) return k;
  size_t e = k + 1;
  while (e < t_.size() && e < k + 3 && NameShapeToken(e)) ++e;
  if (e == k + 1 || e >= t_.size() || !ClosingQuote(t_[e].text)) return k;
  return e + 1;
}

std::string MentionFinder::PersonName(size_t b, size_t e) const {
  size_t q = b + 1;
  while (q < e && NicknameEnd(q) == q) ++q;
  if (q >= e) return Surface(b, e);
  std::string name;
  for (size_t k = b; k < e; ++k) {
    size_t n = NicknameEnd(k);
    if (n > k && k > b) {
      k = n - 1;
      continue;
    }
    if (!name.empty() && t_[k].begin > t_[k - 1].end) name += ' ';
    name += t_[k].text;
  }
  return name;
}

// A token that may stand in a personal name of no list: capitalised, not a
// month, weekday or sentence opener, not an acronym ("FARC"), and not a word
// of places, institutions, agreements or titles ("Ministry", "Treaty").
bool MentionFinder::NameShapeToken(size_t k) const {
  TokenMemo& m = memo_[k];
  if (!(m.known & TokenMemo::kShape)) {
    m.name_shape = NameShapeTokenUncached(k);
    m.known |= TokenMemo::kShape;
  }
  return m.name_shape;
}

bool MentionFinder::NameShapeTokenUncached(size_t k) const {
  if (!NameToken(k) || LongestMatch(k).entry) return false;
  const TokenWord& w = t_[k].lower;
  if (t_[k].text.size() > 1 && std::isupper(static_cast<unsigned char>(t_[k].text[1]))) return false;
  return !(Class(k) & kShapeStop) && lex_.TitleRole(w).empty();
}

// End of a personal name of two to four words at k ("Oleksandr Kubrakov",
// "Saad Dine El Otmani", "Meir Ben-Shabbat"), or k.
size_t MentionFinder::NameShapeEnd(size_t k) const {
  if (k >= t_.size() || !t_[k].capitalized) return k;  // (as the questions below answer)
  TokenMemo& m = memo_[k];
  if (!(m.known & TokenMemo::kShapeEnd)) {
    m.shape_end = static_cast<uint32_t>(NameShapeEndUncached(k));
    m.known |= TokenMemo::kShapeEnd;
  }
  return m.shape_end;
}

size_t MentionFinder::NameShapeEndUncached(size_t k) const {
  // "Sheikh Tamim bin Hamad Al Thani", "Captain Ibrahim Traore", "Mr Okafor":
  // an honorific or rank may lead the name
  if (HonorificToken(k) && !(k > 0 && HonorificToken(k - 1))) {
    size_t e = NameShapeEnd(k + 1);
    if (e > k + 1) return e;
    bool one = k + 1 < t_.size() && NameShapeToken(k + 1) && !(k + 2 < t_.size() && NameToken(k + 2));
    return one ? k + 2 : k;
  }
  // Asked of every token; a name starts with a name word, not a particle.
  if (k >= t_.size() || !NameShapeToken(k)) return k;
  size_t e = k, words = 0;
  while (e < t_.size() && words < 4) {
    if (NameShapeToken(e)) {
      ++e;
      ++words;
      // "S. Jaishankar": the full stop of a one-letter initial
      if (t_[e - 1].text.size() == 1 && e + 1 < t_.size() && t_[e].text == "." && NameShapeToken(e + 1)) ++e;
      continue;
    }
    // "Ferdinand \"Bongbong\" Marcos": a quoted nickname inside or after it
    if (words > 0 && NicknameEnd(e) > e) {
      e = NicknameEnd(e);
      continue;
    }
    // "Hassan Sheikh Mohamud": an honorific inside a name
    if (words > 0 && HonorificToken(e) && e + 1 < t_.size() && NameShapeToken(e + 1)) {
      ++e;
      continue;
    }
    // "al-Bashir", "bin Salman", "van der Leyen": particles and hyphens
    // before a capitalised word
    size_t j = e;
    while (j < t_.size() && j < e + 3 && (t_[j].text == "-" || IsNameParticle(t_[j].lower))) ++j;
    if (j == e || e == k || j >= t_.size()) break;
    // "al-Sabah": after a particle a listed word is a family name
    if (!NameShapeToken(j) && NameToken(j) && LongestMatch(j).end == j + 1 && IsNameParticle(t_[e].lower)) {
      e = j + 1;
      ++words;
      continue;
    }
    if (!NameShapeToken(j)) break;
    e = j;
  }
  if (words < 2 || (e < t_.size() && NameToken(e))) return k;  // a longer capitalised run is not a name
  return e;
}

// A word between "the" and a title that describes the holder: an age ("the
// 71-year-old leader"), a participle ("the visiting premier", "the newly
// elected president") or an adverb before one.
bool MentionFinder::DescriptionModifier(size_t k) const {
  const Token& tk = t_[k];
  if (tk.text == "-") return true;
  if (!tk.word || tk.capitalized) return false;
  const TokenWord& w = tk.lower;
  if (std::isdigit(static_cast<unsigned char>(w[0]))) return true;
  auto ends = [&](std::string_view suf) {
    return w.size() > suf.size() + 2 && w.compare(w.size() - suf.size(), suf.size(), suf) == 0;
  };
  if (lex_.InSet("prepositions", w)) return false;
  return w == "year" || w == "old" || w == "veteran" || ends("ing") || ends("ed") || ends("ly");
}

// An honorific or a title news keeps in a name ("Sheikh", "Prince",
// "Captain"), capitalised.
bool MentionFinder::HonorificToken(size_t k) const {
  return k < t_.size() && t_[k].capitalized && (Class(k) & kHonorificWord);
}

// "Manasseh Sogavare, who switched ...", "Oumar Diallo, 41,": a relative
// clause on "who" or an age in apposition is said of people only.
bool MentionFinder::WhoOrAgeAfter(size_t e) const {
  if (e + 1 >= t_.size() || t_[e].text != ",") return false;
  const Token& next = t_[e + 1];
  if (next.lower == "who") return true;
  bool age = !next.lower.empty() && std::isdigit(static_cast<unsigned char>(next.lower[0])) &&
             next.lower.size() <= 2;
  return age && e + 2 < t_.size() && t_[e + 2].text == ",";
}

// ", Radoslaw Sikorski," after a title: the end of the name when it is
// closed by a comma, "and", a full stop or a lower-case word; else `comma`.
size_t MentionFinder::AppositiveNameEnd(size_t comma) const {
  if (comma + 1 >= t_.size() || t_[comma].text != ",") return comma;
  Match g = LongestMatch(comma + 1);
  size_t e = g.entry && lex_.actors()[g.entry->actor].type == NodeType::kPerson
                 ? g.end
                 : NameShapeEnd(comma + 1);
  if (e == comma + 1) return comma;
  if (e < t_.size() && !(t_[e].text == "," || t_[e].lower == "and" || t_[e].text == "." ||
                         (t_[e].word && !t_[e].capitalized)))
    return comma;
  return e;
}

// "ambassador in Manila, Philip Goldberg": a place after the title, before
// an apposition. Returns the comma after the place, or `title_end`.
size_t MentionFinder::SkipPlaceAfterTitle(size_t title_end) const {
  if (title_end + 2 >= t_.size()) return title_end;
  const TokenWord& w = t_[title_end].lower;
  if (w != "in" && w != "to" && w != "at") return title_end;
  Match g = LongestMatch(title_end + 1);
  if (!g.entry || g.end >= t_.size() || t_[g.end].text != ",") return title_end;
  return g.end;
}

// A person mention for a listed name or a name shape over [b, e).
Mention MentionFinder::NamedPerson(size_t b, size_t e) const {
  Match g = LongestMatch(b);
  if (g.entry && g.end == e) return FromEntry(*g.entry, b, e);
  Mention m = Span(b, e, MentionKind::kActor, NodeType::kPerson);
  return m;
}

}  // namespace kg::ingest
