// Pronouns, groups and descriptions in a sentence: "he", "its", "they",
// "the two sides", "both countries", "the pair", "his British host", "the
// Russian leader", "the 71-year-old leader", "the veteran diplomat". Part
// of MentionFinder; Coreference says whom they mean.
#include <cctype>
#include <string>

#include "ingest/mention_finder_internal.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

bool IsPronoun(std::string_view w) {
  return w == "he" || w == "she" || w == "him" || w == "his" || w == "her" || w == "it" ||
         w == "its" || IsFirstPerson(w);
}

}  // namespace

size_t MentionFinder::PronounOrDescription(size_t i) {
  const Token& tk = t_[i];
  size_t group_end = GroupDescription(i);
  if (group_end > i) return group_end;
  if (IsPronoun(tk.lower) && tk.text != "US") {
    Mention m;
    m.first = static_cast<uint32_t>(i);
    m.last = static_cast<uint32_t>(i + 1);
    m.kind = MentionKind::kPronoun;
    m.surface = std::string(tk.text);
    m.possessive = tk.lower == "its" || tk.lower == "his" || tk.lower == "her" ||
                   tk.lower == "our" || tk.lower == "my";
    out_.push_back(std::move(m));
    return i + 1;
  }
  // (most tokens are none of these words: one look at the first letter)
  char c = tk.lower.empty() ? 0 : tk.lower[0];
  if (c == 'h' || c == 'c' || c == 'v' || c == 'g') {
    if (size_t e = CounterpartDescription(i); e > i) return e;
    if (size_t e = VisitDescription(i); e > i) return e;
  }
  if (c == 't')
    if (size_t e = AgeDescription(i); e > i) return e;
  std::string role;
  size_t title_end = TitleAt(i, &role);
  if (title_end == i) return i;
  // "the Russian leader", "the president": a definite description.
  int aff = Affiliation(i);
  size_t before = aff >= 0 ? out_[aff].first : i;
  bool former = false, described = false;
  // "the former spy chief": one noun may name the field of a lesser title
  size_t field = 0;
  if (aff < 0 && role == "member" && before > 1 && t_[before - 1].word && !t_[before - 1].capitalized &&
      !lex_.InSet("prepositions", t_[before - 1].lower) && !lex_.InSet("title_modifiers", t_[before - 1].lower) &&
      !DescriptionModifier(before - 1) && (lex_.InSet("title_modifiers", t_[before - 2].lower) ||
                                           DescriptionModifier(before - 2))) {
    field = before - 1;
    --before;
  }
  while (before > 0 && (lex_.InSet("title_modifiers", t_[before - 1].lower) ||
                        DescriptionModifier(before - 1))) {
    former = former || t_[before - 1].lower == "former" || t_[before - 1].lower == "retired";
    described = described || !lex_.InSet("title_modifiers", t_[before - 1].lower);
    --before;
  }
  if (field && !former && !described) return title_end;
  // "Its new president", "the country's foreign minister": the possessive
  // is the article
  bool owned = aff >= 0 && out_[aff].kind == MentionKind::kPronoun && out_[aff].first == before &&
               out_[aff].possessive;
  if (!owned && (before == 0 || t_[before - 1].lower != "the")) return title_end;
  // "the former general", "the former army chief": a past rank names the
  // man who held it, where a bare "the general" may be anything general
  bool rank = former && role == "member" &&
              (field || title_end - i > 1 || lex_.InSet("military_ranks", t_[title_end - 1].lower));
  // "the veteran diplomat", "the 80-year-old envoy": a lesser title said of
  // someone in view, whatever his office
  bool generic = !former && described && role == "member";
  if (role != "leader" && role != "minister" && role != "spokesperson" && !rank && !generic)
    return title_end;
  Mention m;
  m.first = static_cast<uint32_t>(i);
  m.last = static_cast<uint32_t>(title_end);
  m.kind = MentionKind::kDescription;
  m.type = NodeType::kPerson;
  m.role = rank ? "former" : generic ? "person" : role;  // a past rank tells nothing of the present role
  for (size_t k = i; k < title_end; ++k) m.title += (k > i ? " " : "") + t_[k].lower;
  m.affiliation = aff;
  m.surface = Surface(owned ? before : before - 1, title_end);
  MarkPossessive(&m);
  out_.push_back(std::move(m));
  return title_end;
}

// "The 78-year-old will take part", "the 71-year-old, who ...": an age
// standing alone for the person in view.
size_t MentionFinder::AgeDescription(size_t i) {
  if (t_[i].lower != "the" || i + 2 >= t_.size()) return i;
  const TokenWord& age = t_[i + 1].lower;
  if (!std::isdigit(static_cast<unsigned char>(age[0])) || !age.ends_with("-year-old")) return i;
  size_t end = i + 2;
  const TokenWord& next = t_[end].lower;
  bool verb = t_[end].text == "," || next == "who" || next == "will" || next == "would" ||
              next == "has" || next == "had" || next == "also" || next == "then" ||
              lex_.InSet("copulas", next) || lex_.InSet("speech_verbs", next) ||
              lex_.IsTriggerWord(next);
  if (!verb) return i;
  Mention m = Span(i, end, MentionKind::kDescription, NodeType::kPerson);
  m.name.clear();
  m.role = "person";
  MarkPossessive(&m);
  out_.push_back(std::move(m));
  return end;
}

// "the visitor", "the guest", "his host" with no country: the traveller
// or the host among the people in view; role "visitor" or "host".
size_t MentionFinder::VisitDescription(size_t i) {
  const TokenWord& w = t_[i].lower;
  bool visitor = w == "visitor" || w == "guest";
  if ((!visitor && w != "host") || i == 0) return i;
  const TokenWord& det = t_[i - 1].lower;
  if (det != "the" && det != "his" && det != "her") return i;
  if (visitor && det != "the") return i;  // "his guest" is the host's
  // "the host country", "the visitor centre", "a guest of": no person
  if (i + 1 < t_.size() && t_[i + 1].word) {
    const TokenWord& n = t_[i + 1].lower;
    bool verb_next = n == "and" || n == "then" || n == "later" || n == "also" || n == "who" ||
                     n == "had" || n == "has" || n == "will" || n == "would" || n == "'s" ||
                     (n.size() > 3 && n.ends_with("ly")) || lex_.IsTriggerWord(n) ||
                     lex_.InSet("copulas", n) || lex_.InSet("speech_verbs", n);
    if (t_[i + 1].capitalized || !verb_next) return i;
  }
  Mention m = Span(i - 1, i + 1, MentionKind::kDescription, NodeType::kPerson);
  m.name.clear();
  m.role = visitor ? "visitor" : "host";
  MarkPossessive(&m);
  out_.push_back(std::move(m));
  return i + 1;
}

// "his British host", "her Polish counterpart" with no name after it: the
// person of that country named before; role "counterpart".
size_t MentionFinder::CounterpartDescription(size_t i) {
  const TokenWord& w = t_[i].lower;
  if (w != "host" && w != "counterpart") return i;
  if (i + 1 < t_.size() && NameToken(i + 1)) return i;  // a name follows: Person()
  int aff = Affiliation(i);
  if (aff < 0 || out_[aff].first == 0) return i;
  const TokenWord& pron = t_[out_[aff].first - 1].lower;
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
size_t MentionFinder::GroupDescription(size_t i) {
  const TokenWord& w = t_[i].lower;
  std::string role;
  size_t end = i + 1;
  if (w == "they") {
    role = "group";
  } else if (w == "the" && i + 1 < t_.size() &&
             (t_[i + 1].lower == "country" || t_[i + 1].lower == "kingdom" ||
              t_[i + 1].lower == "emirate" || t_[i + 1].lower == "republic")) {
    // "the kingdom's prime minister": the last state named
    // "the Republic of Korea", "the Republic of Congo": a listed name, not "the country"
    if ((i + 2 < t_.size() && t_[i + 2].capitalized) || LongestMatch(i + 1).entry) return i;
    role = "state";
    end = i + 2;
  } else if (size_t e = (sentence_classes_ & kStateHead) ? StateDescriptionEnd(i) : i; e > i) {
    role = "state";
    end = e;
  } else if (w == "the" && i + 2 < t_.size() &&
             (t_[i + 1].lower == "neighbours" || t_[i + 1].lower == "neighbors") &&
             t_[i + 2].lower != "of" && t_[i + 2].lower != "'") {
    // "the neighbours signed": the two states just named
    role = "states";
    end = i + 2;
  } else if (w == "the" && i + 2 < t_.size() && (t_[i + 1].lower == "pair" || t_[i + 1].lower == "duo") &&
             t_[i + 2].lower != "of") {
    // "on Monday the pair signed a declaration": the two people just named
    role = "people";
    end = i + 2;
  } else if ((w == "the" && i + 2 < t_.size() && t_[i + 1].lower == "two") ||
             (w == "both" && i + 1 < t_.size())) {
    size_t head = w == "both" ? i + 1 : i + 2;
    const TokenWord& h = t_[head].lower;
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
               h == "neighbours" || h == "neighbors" || h == "states" || h == "allies" ||
               h == "partners" || h == "parties" || h == "capitals") {
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

}  // namespace kg::ingest
