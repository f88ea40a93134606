#include "ingest/mention_finder.h"

#include <algorithm>

#include <cctype>
#include <set>
#include <string>

namespace kg::ingest {
namespace {

using graph::NodeType;

constexpr size_t kMaxNameTokens = 6;

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "him" || w == "his" || w == "her" || w == "it" ||
         w == "its";
}

bool IsNameParticle(std::string_view w) {
  return w == "bin" || w == "al" || w == "de" || w == "da" || w == "von" || w == "der" ||
         w == "van" || w == "la" || w == "le" || w == "ibn" || w == "el" || w == "du";
}

class Finder {
 public:
  Finder(const std::vector<Token>& t, const Lexicon& lex) : t_(t), lex_(lex) {}

  std::vector<Mention> Run() {
    size_t i = 0;
    while (i < t_.size()) {
      size_t next = Person(i);
      if (next == i) next = AppositionPerson(i);
      if (next == i) next = PatternAgreement(i);
      if (next == i) next = Gazetteer(i);
      if (next == i) next = PronounOrDescription(i);
      i = next == i ? i + 1 : next;
    }
    CoordinatedPersons();
    NamesInActorPositions();
    AdjectiveActors();
    LeaderGovernments();
    SportsTeams();
    PossessiveInstitutions();
    return std::move(out_);
  }

 private:
  // --- gazetteer -----------------------------------------------------------
  struct Match {
    size_t end = 0;
    const GazetteerEntry* entry = nullptr;
  };

  bool CaseOk(const GazetteerEntry& e, size_t b, size_t end) const {
    if (!e.exact_case) return true;
    std::string joined;
    for (size_t k = b; k < end; ++k) joined += t_[k].text;
    std::string want;
    for (char c : e.surface)
      if (c != ' ') want += c;
    return joined == want;
  }

  // Longest gazetteer phrase starting at i (capitalised first token).
  Match LongestMatch(size_t i) const {
    Match best;
    if (!t_[i].word || !(t_[i].capitalized || (t_[i].text[0] >= '0' && t_[i].text[0] <= '9')))
      return best;
    std::string key;
    size_t max = lex_.max_phrase_tokens();
    for (size_t j = i; j < t_.size() && j - i < max; ++j) {
      if (j > i) key += ' ';
      key += t_[j].lower;
      if (!lex_.IsPhrasePrefix(key)) break;
      const auto* entries = lex_.Find(key);
      if (!entries) continue;
      for (const auto& e : *entries) {
        if (!CaseOk(e, i, j + 1)) continue;
        best = {j + 1, &e};
        if (e.kind == EntryKind::kName) break;
      }
    }
    return best;
  }

  Mention FromEntry(const GazetteerEntry& e, size_t b, size_t end) const {
    Mention m;
    m.first = static_cast<uint32_t>(b);
    m.last = static_cast<uint32_t>(end);
    m.actor = e.actor;
    m.type = lex_.actors()[e.actor].type;
    m.surface = Surface(b, end);
    switch (e.kind) {
      case EntryKind::kName:
      case EntryKind::kMetonym:
        m.kind = m.type == NodeType::kAgreement ? MentionKind::kAgreement : MentionKind::kActor;
        break;
      case EntryKind::kAdjective:
        m.kind = MentionKind::kAdjective;
        break;
      case EntryKind::kCity:
        m.kind = MentionKind::kPlace;
        break;
    }
    return m;
  }

  size_t Gazetteer(size_t i) {
    Match m = LongestMatch(i);
    if (!m.entry) return i;
    const ActorInfo& actor = lex_.actors()[m.entry->actor];
    // "West Bank", "West Africa": a compass word before a name is not the bloc.
    if (actor.name == "the West" && m.entry->kind == EntryKind::kName && m.end < t_.size() &&
        t_[m.end].capitalized)
      return i;
    Mention mention = FromEntry(*m.entry, i, m.end);
    size_t end = m.end;
    if (mention.kind == MentionKind::kAgreement) end = ExtendAgreement(&mention);
    MarkPossessive(&mention);
    out_.push_back(std::move(mention));
    return end;
  }

  // "New START nuclear arms reduction treaty": a listed agreement followed by
  // descriptive words and a head noun is one mention.
  size_t ExtendAgreement(Mention* m) {
    size_t j = m->last, last_head = 0;
    while (j < t_.size() && j - m->last < 8 &&
           (lex_.InSet("agreement_fillers", t_[j].lower) || lex_.InSet("agreement_heads", t_[j].lower))) {
      if (lex_.InSet("agreement_heads", t_[j].lower)) last_head = j + 1;
      ++j;
    }
    if (last_head) {
      m->last = static_cast<uint32_t>(last_head);
      m->surface = Surface(m->first, last_head);
    }
    return m->last;
  }

  // --- named agreements by shape --------------------------------------------
  bool CapHead(size_t k) const {
    return t_[k].capitalized && lex_.InSet("agreement_heads", t_[k].lower);
  }

  size_t PatternAgreement(size_t i) {
    if (!t_[i].capitalized || !t_[i].word) return i;
    if (i > 0 && t_[i - 1].capitalized && t_[i - 1].word) return i;  // not at a run start
    size_t b = i;
    if (t_[b].lower == "the") ++b;
    size_t j = b, head_end = 0;
    bool named_word = false;
    while (j < t_.size()) {
      const Token& tk = t_[j];
      bool after_of = j > b && (t_[j - 1].lower == "of" || t_[j - 1].lower == "on");
      // "Treaty on the Prohibition of Nuclear Weapons"
      bool connector = tk.lower == "of" || tk.lower == "on" || tk.lower == "for" || tk.text == "-" ||
                       (tk.lower == "the" && after_of && head_end);
      if (!(tk.word && tk.capitalized) && !connector) break;
      if (lex_.InSet("weekdays", tk.lower) || lex_.InSet("months", tk.lower)) break;
      if (CapHead(j)) head_end = j + 1;
      else if (tk.capitalized && tk.word) named_word = true;
      ++j;
      if (head_end && j < t_.size() && !(t_[j].lower == "of" || t_[j].lower == "on") &&
          !(t_[j].capitalized && t_[j].word) &&
          !(t_[j].lower == "the" && (t_[j - 1].lower == "of" || t_[j - 1].lower == "on")))
        break;
    }
    if (!head_end || !named_word) return i;
    // A head followed by another capitalised word ("Treaty Organization") is not an agreement.
    size_t end = head_end;
    if (end < j) {
      if (t_[end].lower != "of" && t_[end].lower != "on") return i;
      end = j;
      while (end > head_end && !(t_[end - 1].capitalized && t_[end - 1].word)) --end;
    }
    if (end - b < 2) return i;
    Mention m;
    m.first = static_cast<uint32_t>(b);
    m.last = static_cast<uint32_t>(end);
    m.kind = MentionKind::kAgreement;
    m.type = NodeType::kAgreement;
    m.surface = Surface(b, end);
    m.name = m.surface;
    // A listed agreement inside ("the INF Treaty") keeps its canonical name.
    for (size_t k = b; k < end; ++k) {
      Match g = LongestMatch(k);
      if (g.entry && lex_.actors()[g.entry->actor].type == NodeType::kAgreement) m.actor = g.entry->actor;
    }
    out_.push_back(std::move(m));
    return end;
  }

  // --- people from titles ---------------------------------------------------
  // Longest title phrase at i, returns its end (or i).
  size_t TitleAt(size_t i, std::string* role) const {
    // Person() and PronounOrDescription() ask about the same token in turn.
    if (memo_pos_ == i) {
      *role = memo_role_;
      return memo_end_;
    }
    memo_pos_ = i;
    memo_end_ = TitleAtUncached(i, &memo_role_);
    *role = memo_role_;
    return memo_end_;
  }

  size_t TitleAtUncached(size_t i, std::string* role) const {
    role->clear();
    if (!t_[i].word) return i;
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
        *role = std::string(r);
      }
    }
    return best;
  }

  bool NameToken(size_t k) const {
    const Token& tk = t_[k];
    if (!tk.word || !tk.capitalized) return false;
    if (lex_.InSet("weekdays", tk.lower) || lex_.InSet("months", tk.lower)) return false;
    if (lex_.InSet("sentence_starters", tk.lower)) return false;
    return true;
  }

  // A name after a title: a listed person, or 1-4 capitalised words.
  // Returns its end (or j) and fills *m.
  size_t NameAt(size_t j, Mention* m) const {
    if (j >= t_.size()) return j;
    Match g = LongestMatch(j);
    if (g.entry) {
      const ActorInfo& a = lex_.actors()[g.entry->actor];
      if (a.type != NodeType::kPerson || g.entry->kind != EntryKind::kName) return j;
      *m = FromEntry(*g.entry, j, g.end);
      size_t e = g.end;
      // "Kim Jong Un" listed as "Kim Jong Un"; a longer unlisted tail extends nothing.
      return e;
    }
    size_t e = j;
    while (e < t_.size() && e - j < kMaxNameTokens) {
      if (NameToken(e)) {
        if (LongestMatch(e).entry && e > j) break;  // "President Lula Brazil" is not one name
        ++e;
        continue;
      }
      bool joiner = (t_[e].text == "-" || IsNameParticle(t_[e].lower) || t_[e].text == ".") &&
                    e > j && e + 1 < t_.size() && NameToken(e + 1);
      if (!joiner) break;
      ++e;
    }
    if (e == j || (LongestMatch(j).entry && e == j + 1)) return j;
    m->first = static_cast<uint32_t>(j);
    m->last = static_cast<uint32_t>(e);
    m->kind = MentionKind::kActor;
    m->type = NodeType::kPerson;
    m->surface = Surface(j, e);
    m->name = m->surface;
    return e;
  }

  // A token that may stand in a personal name of no list: capitalised, not a
  // month, weekday or sentence opener, not an acronym ("FARC"), and not a word
  // of places, institutions, agreements or titles ("Ministry", "Treaty").
  bool NameShapeToken(size_t k) const {
    if (!NameToken(k) || LongestMatch(k).entry) return false;
    const std::string& w = t_[k].lower;
    if (t_[k].text.size() > 1 && std::isupper(static_cast<unsigned char>(t_[k].text[1]))) return false;
    return !lex_.InSet("non_name_words", w) && !lex_.InSet("agreement_heads", w) &&
           lex_.TitleRole(w).empty() && !lex_.InSet("titles_in_name", w);
  }

  // End of a personal name of two to four words at k ("Oleksandr Kubrakov",
  // "Saad Dine El Otmani", "Meir Ben-Shabbat"), or k.
  size_t NameShapeEnd(size_t k) const {
    size_t e = k, words = 0;
    while (e < t_.size() && words < 4) {
      if (NameShapeToken(e)) {
        ++e;
        ++words;
        continue;
      }
      // "al-Bashir", "bin Salman", "van der Leyen": particles and hyphens
      // before a capitalised word
      size_t j = e;
      while (j < t_.size() && j < e + 3 && (t_[j].text == "-" || IsNameParticle(t_[j].lower))) ++j;
      if (j == e || e == k || j >= t_.size() || !NameShapeToken(j)) break;
      e = j;
    }
    if (words < 2 || (e < t_.size() && NameToken(e))) return k;  // a longer capitalised run is not a name
    return e;
  }

  // ", Radoslaw Sikorski," after a title: the end of the name when it is
  // closed by a comma, "and", a full stop or a lower-case word; else `comma`.
  size_t AppositiveNameEnd(size_t comma) const {
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
  size_t SkipPlaceAfterTitle(size_t title_end) const {
    if (title_end + 2 >= t_.size()) return title_end;
    const std::string& w = t_[title_end].lower;
    if (w != "in" && w != "to" && w != "at") return title_end;
    Match g = LongestMatch(title_end + 1);
    if (!g.entry || g.end >= t_.size() || t_[g.end].text != ",") return title_end;
    return g.end;
  }

  // A person mention for a listed name or a name shape over [b, e).
  Mention NamedPerson(size_t b, size_t e) const {
    Match g = LongestMatch(b);
    if (g.entry && g.end == e) return FromEntry(*g.entry, b, e);
    Mention m;
    m.first = static_cast<uint32_t>(b);
    m.last = static_cast<uint32_t>(e);
    m.kind = MentionKind::kActor;
    m.type = NodeType::kPerson;
    m.surface = Surface(b, e);
    m.name = m.surface;
    return m;
  }

  // Index in out_ of the affiliation that ends where the title phrase starts
  // (skipping modifiers such as "then-", "former" and a possessive 's).
  int Affiliation(size_t title_start) const {
    if (out_.empty()) return -1;
    size_t k = title_start;
    while (k > 0 && (lex_.InSet("title_modifiers", t_[k - 1].lower) || t_[k - 1].text == "-" ||
                     t_[k - 1].lower == "'s"))
      --k;
    const Mention& prev = out_.back();
    if (prev.last != k) return -1;
    bool country_like = prev.kind == MentionKind::kActor && prev.type != NodeType::kPerson &&
                        prev.type != NodeType::kAgreement;
    bool ok = country_like || prev.kind == MentionKind::kAdjective ||
              (prev.kind == MentionKind::kPronoun && t_[prev.first].lower == "its") ||
              (prev.kind == MentionKind::kPronoun && prev.role == "state");
    return ok ? static_cast<int>(out_.size() - 1) : -1;
  }

  size_t Person(size_t i) {
    std::string role;
    size_t title_end = TitleAt(i, &role);
    if (title_end == i) return i;
    // A capitalised title word inside a gazetteer name ("Prime" is not one) is fine;
    // but a title that is itself part of a listed person name is left to Gazetteer.
    Mention person;
    size_t j = SkipPlaceAfterTitle(title_end);
    size_t e = j;
    if (j < t_.size() && t_[j].text == ",") {
      // "the Philippine defence secretary, Voltaire Gazmin, ...": the name in apposition.
      e = AppositiveNameEnd(j);
      if (e == j) return i;
      person = NamedPerson(j + 1, e);
    } else {
      if (j != title_end) return i;
      e = NameAt(j, &person);
    }
    if (e == j) return i;
    person.role = role;
    person.affiliation = Affiliation(i);
    // "Pope Francis", "King Charles III": the title is part of how news names them.
    std::string title_key;
    for (size_t k = i; k < title_end; ++k) title_key += (k > i ? " " : "") + t_[k].lower;
    if (person.actor < 0 && lex_.InSet("titles_in_name", title_key) && t_[i].capitalized) {
      person.name = Surface(i, title_end) + " " + person.name;
      person.surface = person.name;
    }
    MarkPossessive(&person);
    out_.push_back(std::move(person));
    return e;
  }

  // "William Ruto, Kenya's president, ..." / "Mette Frederiksen, the Danish
  // prime minister, ...": a name on no list followed by a titled apposition.
  size_t AppositionPerson(size_t i) {
    if (!NameToken(i) || LongestMatch(i).entry) return i;
    if (i > 0 && t_[i - 1].capitalized && t_[i - 1].word) return i;
    size_t e = i;
    while (e < t_.size() && e - i < kMaxNameTokens && NameToken(e) && !LongestMatch(e).entry) ++e;
    if (e - i < 2 || e >= t_.size() || t_[e].text != ",") return i;
    size_t k = e + 1;
    for (int skip = 0; skip < 4 && k < t_.size(); ++skip) {
      std::string role;
      size_t title_end = TitleAtUncached(k, &role);
      if (title_end > k) {
        if (title_end < t_.size() && t_[title_end].lower == "of") return i;  // "head of ..." is vague
        Mention m;
        m.first = static_cast<uint32_t>(i);
        m.last = static_cast<uint32_t>(e);
        m.kind = MentionKind::kActor;
        m.type = NodeType::kPerson;
        m.surface = Surface(i, e);
        m.name = m.surface;
        m.role = role;
        out_.push_back(std::move(m));
        return e;
      }
      const std::string& w = t_[k].lower;
      bool ok = w == "the" || w == "a" || w == "'s" || w == "then" || w == "-" ||
                lex_.InSet("title_modifiers", w) || LongestMatch(k).entry;
      if (!ok) return i;
      Match g = LongestMatch(k);
      k = g.entry ? g.end : k + 1;
    }
    return i;
  }

  // --- pronouns and descriptions ------------------------------------------
  size_t PronounOrDescription(size_t i) {
    const Token& tk = t_[i];
    size_t group_end = GroupDescription(i);
    if (group_end > i) return group_end;
    if (IsPronoun(tk.lower)) {
      Mention m;
      m.first = static_cast<uint32_t>(i);
      m.last = static_cast<uint32_t>(i + 1);
      m.kind = MentionKind::kPronoun;
      m.surface = std::string(tk.text);
      m.possessive = tk.lower == "its" || tk.lower == "his" || tk.lower == "her";
      out_.push_back(std::move(m));
      return i + 1;
    }
    if (size_t e = CounterpartDescription(i); e > i) return e;
    std::string role;
    size_t title_end = TitleAt(i, &role);
    if (title_end == i) return i;
    // "the Russian leader", "the president": a definite description.
    int aff = Affiliation(i);
    size_t before = aff >= 0 ? out_[aff].first : i;
    while (before > 0 && lex_.InSet("title_modifiers", t_[before - 1].lower)) --before;
    if (before == 0 || t_[before - 1].lower != "the") return title_end;
    if (role != "leader" && role != "minister" && role != "spokesperson") return title_end;
    Mention m;
    m.first = static_cast<uint32_t>(i);
    m.last = static_cast<uint32_t>(title_end);
    m.kind = MentionKind::kDescription;
    m.type = NodeType::kPerson;
    m.role = role;
    m.affiliation = aff;
    m.surface = Surface(before - 1, title_end);
    MarkPossessive(&m);
    out_.push_back(std::move(m));
    return title_end;
  }

  // "his British host", "her Polish counterpart" with no name after it: the
  // person of that country named before; role "counterpart".
  size_t CounterpartDescription(size_t i) {
    const std::string& w = t_[i].lower;
    if (w != "host" && w != "counterpart") return i;
    if (i + 1 < t_.size() && NameToken(i + 1)) return i;  // a name follows: Person()
    int aff = Affiliation(i);
    if (aff < 0 || out_[aff].first == 0) return i;
    const std::string& pron = t_[out_[aff].first - 1].lower;
    if (pron != "his" && pron != "her" && pron != "their") return i;
    Mention m;
    m.first = static_cast<uint32_t>(i);
    m.last = static_cast<uint32_t>(i + 1);
    m.kind = MentionKind::kDescription;
    m.type = NodeType::kPerson;
    m.role = "counterpart";
    m.affiliation = aff;
    m.surface = Surface(out_[aff].first - 1, i + 1);
    MarkPossessive(&m);
    out_.push_back(std::move(m));
    return i + 1;
  }

  // "they", "the two leaders", "both countries": a pair named before. The
  // role says which kind: "people" or "states".
  size_t GroupDescription(size_t i) {
    const std::string& w = t_[i].lower;
    std::string role;
    size_t end = i + 1;
    if (w == "they") {
      role = "group";
    } else if (w == "the" && i + 1 < t_.size() &&
               (t_[i + 1].lower == "country" || t_[i + 1].lower == "kingdom" ||
                t_[i + 1].lower == "emirate" || t_[i + 1].lower == "republic")) {
      // "the kingdom's prime minister": the last state named
      if (i + 2 < t_.size() && t_[i + 2].capitalized) return i;  // "the Republic of Korea"
      role = "state";
      end = i + 2;
    } else if ((w == "the" && i + 2 < t_.size() && t_[i + 1].lower == "two") ||
               (w == "both" && i + 1 < t_.size())) {
      size_t head = w == "both" ? i + 1 : i + 2;
      const std::string& h = t_[head].lower;
      std::string two = head + 1 < t_.size() ? h + " " + t_[head + 1].lower : "";
      end = head + 1;
      if (h == "men" || h == "women") {
        role = "people";
      } else if (h == "leaders" || h == "presidents" || h == "premiers" || h == "heads") {
        role = "people:leader";
      } else if (two == "prime ministers") {
        role = "people:leader";
        end = head + 2;
      } else if (h == "ministers") {
        role = "people:minister";
      } else if (two == "foreign ministers" || two == "defence ministers" ||
                 two == "defense ministers") {
        role = "people:minister";
        end = head + 2;
      } else if (h == "countries" || h == "sides" || h == "nations" || h == "governments" ||
                 h == "neighbours" || h == "neighbors" || h == "states") {
        role = "states";
      }
      if (h == "heads" && head + 2 < t_.size() && t_[head + 1].lower == "of" && t_[head + 2].lower == "state")
        end = head + 3;
    }
    if (role.empty()) return i;
    Mention m;
    m.first = static_cast<uint32_t>(i);
    m.last = static_cast<uint32_t>(end);
    m.kind = MentionKind::kPronoun;
    m.role = role;
    m.surface = Surface(i, end);
    MarkPossessive(&m);
    out_.push_back(std::move(m));
    return end;
  }

  // "Ethiopia's government", "NATO's 30 members": the possessor acts
  // through its institution.
  void PossessiveInstitutions() {
    for (Mention& m : out_) {
      if (!m.possessive || m.kind != MentionKind::kActor || m.type == NodeType::kPerson ||
          m.type == NodeType::kAgreement)
        continue;
      size_t k = m.last + 1;  // after 's
      size_t skipped = 0;
      while (k < t_.size() && skipped < 2 && t_[k].word && !t_[k].capitalized &&
             !lex_.InSet("possessive_heads", t_[k].lower) &&
             (std::isdigit(static_cast<unsigned char>(t_[k].text[0])) || t_[k].lower == "new" ||
              t_[k].lower == "top" || t_[k].lower == "senior" || t_[k].lower == "military")) {
        ++k;
        ++skipped;
      }
      size_t head_end = k + 1;
      if (k < t_.size() && !lex_.InSet("possessive_heads", t_[k].lower)) {
        // "Chile's foreign minister signed": a title with no name acts for its country
        std::string role;
        head_end = TitleAtUncached(k, &role);
        if (head_end == k || head_end >= t_.size() || !t_[head_end].word) continue;
        if (t_[head_end].lower == "of" || t_[head_end].lower == "and") continue;
      }
      if (k >= t_.size() || head_end == k) continue;
      if (head_end < t_.size() && t_[head_end].capitalized && t_[head_end].word) continue;  // "Russia's leader Putin"
      m.possessive = false;
      m.institution = true;
      m.last = static_cast<uint32_t>(head_end);
      MarkPossessive(&m);
    }
  }

  // "an experimental New Zealand side", "the England squad": a country
  // naming a sports team is not a political actor.
  // "Emmanuel Macron, Olaf Scholz and Mario Draghi": a run of two to four
  // capitalised words on no list, joined by a comma or "and" to a person in
  // the same list, names a person too.
  void CoordinatedPersons() {
    std::vector<int> owner(t_.size(), -1);
    for (size_t m = 0; m < out_.size(); ++m) {
      for (uint32_t k = out_[m].first; k < out_[m].last && k < t_.size(); ++k) {
        owner[k] = static_cast<int>(m);
      }
    }
    auto person_at = [&](size_t k) {
      if (k >= t_.size() || owner[k] < 0) return false;
      const Mention& m = out_[owner[k]];
      return m.kind == MentionKind::kActor && m.type == NodeType::kPerson;
    };
    auto joiner = [&](size_t k) { return t_[k].text == "," || t_[k].lower == "and"; };
    std::vector<Mention> found;
    size_t k = 0;
    while (k < t_.size()) {
      size_t e = k;
      while (e < t_.size() && e - k < kMaxNameTokens && owner[e] < 0 && NameShapeToken(e)) {
        ++e;
      }
      if (e - k < 2) {
        k = std::max(e, k + 1);
        continue;
      }
      size_t before = k;  // skip back over ", and" / "and" / ","
      while (before > 0 && joiner(before - 1) && before + 2 > k) --before;
      bool after_person = before < k && before > 0 && person_at(before - 1);
      size_t next = e;
      while (next < t_.size() && joiner(next) && next < e + 2) ++next;
      bool before_person = next > e && person_at(next);
      if (after_person || before_person) {
        Mention m;
        m.first = static_cast<uint32_t>(k);
        m.last = static_cast<uint32_t>(e);
        m.kind = MentionKind::kActor;
        m.type = NodeType::kPerson;
        m.surface = Surface(k, e);
        m.name = m.surface;
        found.push_back(std::move(m));
      }
      k = e;
    }
    AddSorted(std::move(found));
  }

  // Adds mentions found by a later pass, keeping out_ in text order and the
  // affiliation indices pointing at the same mentions.
  void AddSorted(std::vector<Mention> found) {
    if (found.empty()) return;
    std::vector<std::pair<uint32_t, int>> old_at;  // first token of each affiliation
    for (const Mention& m : out_)
      old_at.emplace_back(m.affiliation >= 0 ? out_[m.affiliation].first : 0, m.affiliation);
    for (size_t k = 0; k < out_.size(); ++k)  // park the target's first token as -2 - first
      out_[k].affiliation = old_at[k].second >= 0 ? -2 - static_cast<int>(old_at[k].first) : -1;
    for (auto& m : found) out_.push_back(std::move(m));
    std::stable_sort(out_.begin(), out_.end(),
                     [](const Mention& a, const Mention& b) { return a.first < b.first; });
    for (Mention& m : out_) {
      if (m.affiliation >= -1) continue;
      uint32_t first = static_cast<uint32_t>(-2 - m.affiliation);
      m.affiliation = -1;
      for (size_t k = 0; k < out_.size(); ++k)
        if (out_[k].first == first) {  // new mentions only cover free tokens
          m.affiliation = static_cast<int>(k);
          break;
        }
    }
  }

  // People on no list and with no title, where a reader takes a capitalised
  // pair for a person: "Armenia's Edward Nalbandian", "he and Mario Draghi",
  // "..., and Oleksandr Kubrakov signed it".
  void NamesInActorPositions() {
    std::vector<int> owner(t_.size(), -1);
    for (size_t m = 0; m < out_.size(); ++m)
      for (uint32_t k = out_[m].first; k < out_[m].last && k < t_.size(); ++k) owner[k] = static_cast<int>(m);
    std::vector<Mention> found;
    for (size_t k = 0; k < t_.size(); ++k) {
      if (owner[k] >= 0 || (k > 0 && NameToken(k - 1))) continue;
      size_t e = NameShapeEnd(k);
      if (e == k) continue;
      bool free = true;
      for (size_t j = k; j < e; ++j) free = free && owner[j] < 0;
      if (!free) continue;
      int aff = -1;
      if (k >= 2 && t_[k - 1].lower == "'s" && owner[k - 2] >= 0) {
        const Mention& p = out_[owner[k - 2]];
        if (p.kind == MentionKind::kActor && p.type == NodeType::kCountry) aff = owner[k - 2];
      }
      // "France's Pernod Ricard" is a firm as often as "Armenia's Edward
      // Nalbandian" is a minister: only a relation verb after it decides.
      bool acts = ActsAfter(e);
      if (!PersonPronounBefore(k) && !ReceivedOrLeading(k) && !((aff >= 0 || ClauseOpens(k)) && acts)) {
        k = e - 1;
        continue;
      }
      Mention m = NamedPerson(k, e);
      m.affiliation = aff;
      MarkPossessive(&m);
      found.push_back(std::move(m));
      k = e - 1;
    }
    AddSorted(std::move(found));
  }

  // "he and Mario Draghi": coordinated with a personal pronoun.
  bool PersonPronounBefore(size_t k) const {
    if (k < 2 || t_[k - 1].lower != "and") return false;
    const std::string& w = t_[k - 2].lower;
    return w == "he" || w == "she";
  }

  // "welcomed Edi Rama", "met Ilham Aliyev", "a delegation led by Meir
  // Ben-Shabbat": the object of a verb of receiving or meeting, or the leader
  // of a delegation, is a person.
  bool ReceivedOrLeading(size_t k) const {
    // "Gabriel Boric and his Peruvian counterpart": "his" looks back at a person
    size_t e = NameShapeEnd(k);
    if (e + 1 < t_.size() && t_[e].lower == "and" && (t_[e + 1].lower == "his" || t_[e + 1].lower == "her"))
      return true;
    if (k == 0) return false;
    const std::string& w = t_[k - 1].lower;
    if (lex_.InSet("reception_verbs", w) || w == "met" || w == "meets" || w == "meeting") return true;
    return w == "by" && k >= 2 && (t_[k - 2].lower == "led" || t_[k - 2].lower == "headed");
  }

  // The name opens its clause: sentence start, or after a comma, "and" or "but".
  bool ClauseOpens(size_t k) const {
    if (k == 0) return true;
    const std::string& w = t_[k - 1].lower;
    return w == "," || w == "and" || w == "but" || w == ";";
  }

  // A verb of one of our relations follows the name, perhaps after an
  // adverb, an auxiliary or a verb taking an infinitive ("will sign",
  // "refused to sign", "has not visited").
  bool ActsAfter(size_t e) const {
    static const std::set<std::string_view> kBefore = {
        "will", "would", "could", "may", "might", "must", "shall", "can", "did", "does", "do",
        "has", "have", "had", "is", "was", "are", "were", "be", "also", "not", "never", "then",
        "later", "refused", "declined", "failed", "agreed", "planned", "plans", "hopes",
        "wants", "expected", "jointly", "formally", "finally"};
    for (int skip = 0; skip < 3 && e < t_.size() && t_[e].word && !t_[e].capitalized; ++skip) {
      const std::string& w = t_[e].lower;
      if (lex_.IsTriggerWord(w)) return true;
      bool adverb = w.size() > 2 && w.compare(w.size() - 2, 2, "ly") == 0;
      // "refused to sign", not "is to go": an infinitive after a verb of intent
      bool to = w == "to" && skip > 0 && kBefore.count(t_[e - 1].lower) && t_[e - 1].lower.size() > 4;
      if (!adverb && !to && !kBefore.count(w)) return false;
      ++e;
    }
    return e < t_.size() && t_[e].word && !t_[e].capitalized && lex_.IsTriggerWord(t_[e].lower);
  }

  void SportsTeams() {
    for (size_t i = 0; i < out_.size(); ++i) {
      Mention& m = out_[i];
      if (m.type != NodeType::kCountry || m.kind != MentionKind::kActor || m.last >= t_.size()) continue;
      const Token& next = t_[m.last];
      if (lex_.InSet("team_words", next.lower)) m.kind = MentionKind::kAdjective;
      // "China Three Gorges Project Corp", "Japan Airlines": part of a name.
      bool next_is_mention = i + 1 < out_.size() && out_[i + 1].first == m.last;
      std::string role;
      if (next.word && next.capitalized && !next_is_mention && TitleAtUncached(m.last, &role) == m.last &&
          !lex_.InSet("sentence_starters", next.lower))
        m.kind = MentionKind::kAdjective;
    }
  }

  // "the Trump administration", "the Netanyahu government": a listed
  // leader's government stands for the country.
  void LeaderGovernments() {
    for (Mention& m : out_) {
      if (m.type != NodeType::kPerson || m.actor < 0 || m.last >= t_.size()) continue;
      const std::string& next = t_[m.last].lower;
      if (next != "administration" && next != "government" && next != "cabinet") continue;
      int country = lex_.actors()[m.actor].country;
      if (country < 0) continue;
      m.actor = country;
      m.type = lex_.actors()[country].type;
      m.kind = MentionKind::kActor;
      m.institution = true;
      m.role.clear();
      m.last += 1;
      MarkPossessive(&m);
    }
  }

  // "Russian forces", "the Chinese government": an adjective heading an
  // institution stands for the country.
  void AdjectiveActors() {
    std::vector<bool> affiliation(out_.size(), false);
    for (const Mention& m : out_)
      if (m.affiliation >= 0) affiliation[m.affiliation] = true;
    for (size_t i = 0; i < out_.size(); ++i) {
      Mention& m = out_[i];
      if (m.kind != MentionKind::kAdjective || m.last >= t_.size() || affiliation[i]) continue;
      size_t k = m.last;
      std::string two = k + 1 < t_.size() ? t_[k].lower + " " + t_[k + 1].lower : "";
      size_t head = 0;
      if (!two.empty() && lex_.InSet("org_heads", two)) head = 2;
      else if (lex_.InSet("org_heads", t_[k].lower)) head = 1;
      if (!head) continue;
      if (k + head < t_.size() && t_[k + head].capitalized && t_[k + head].word) continue;
      m.kind = MentionKind::kActor;
      m.institution = true;
      m.last = static_cast<uint32_t>(k + head);
      MarkPossessive(&m);
    }
  }

  void MarkPossessive(Mention* m) const {
    if (m->last < t_.size() && t_[m->last].lower == "'s") m->possessive = true;
  }

  std::string Surface(size_t b, size_t e) const {
    if (b >= e) return {};
    const char* start = t_[b].text.data();
    const char* stop = t_[e - 1].text.data() + t_[e - 1].text.size();
    return std::string(start, static_cast<size_t>(stop - start));
  }

  const std::vector<Token>& t_;
  const Lexicon& lex_;
  std::vector<Mention> out_;
  mutable size_t memo_pos_ = SIZE_MAX, memo_end_ = 0;
  mutable std::string memo_role_;
};

}  // namespace

std::string Mention::ToString() const {
  static const char* kKinds[] = {"actor", "adj", "place", "agreement", "pronoun", "description"};
  std::string s = std::string(kKinds[static_cast<int>(kind)]) + "[" + std::to_string(first) + "," +
                  std::to_string(last) + ")" + " '" + surface + "'";
  if (!name.empty()) s += " name=" + name;
  if (!role.empty()) s += " role=" + role;
  if (affiliation >= 0) s += " of=#" + std::to_string(affiliation);
  if (possessive) s += " 's";
  return s;
}

std::vector<Mention> FindMentions(const std::vector<Token>& tokens, const Lexicon& lexicon) {
  return Finder(tokens, lexicon).Run();
}

}  // namespace kg::ingest
