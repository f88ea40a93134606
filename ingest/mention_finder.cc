#include "ingest/mention_finder.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "ingest/mention_finder_internal.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

bool EndsWithS(std::string_view w) { return !w.empty() && w.back() == 's'; }

}  // namespace

std::vector<Mention> MentionFinder::Run() {
  ClassifyTokens();
  // Each pass is tried only on a token its first test could accept; the
  // order of the passes is the order of precedence.
  size_t i = 0;
  while (i < t_.size()) {
    const uint16_t c = Class(i);
    size_t next = i;
    if (c & kTitleStart) next = Person(i);
    if (next == i && (c & kCapWord)) {
      next = AppositionPerson(i);
      if (next == i) next = OfCountryPerson(i);
      // (an agreement's pattern needs a head word somewhere in the sentence)
      if (next == i && (sentence_classes_ & kAgreementWord)) next = PatternAgreement(i);
      // (and a body's, a head word such as "Alliance" or "Forum")
      if (next == i && (sentence_classes_ & kBodyHead)) next = UnlistedBody(i);
    }
    if (next == i && (c & kLowerWord) && i > 0 && (Class(i - 1) & kPossessor))
      next = RelatedPerson(i);
    if (next == i && (c & (kCapWord | kDigitWord))) next = Gazetteer(i);
    if (next == i && (c & (kReferring | kTitleStart))) next = PronounOrDescription(i);
    i = next == i ? i + 1 : next;
  }
  CoordinatedPersons();
  NamesInActorPositions();
  UnlistedPlaces();
  PlaceHomonyms();
  QualifiedPlaces();
  AdjectiveActors();
  LeaderGovernments();
  SportsTeams();
  PossessiveInstitutions();
  ApposedTitles();
  OfCountries();
  return std::move(out_);
}

bool MentionFinder::CaseOk(const GazetteerEntry& e, size_t b, size_t end) const {
  if (!e.exact_case) return true;
  std::string joined;
  for (size_t k = b; k < end; ++k) joined += t_[k].text;
  std::string want;
  for (char c : e.surface)
    if (c != ' ') want += c;
  return joined == want;
}

// Longest gazetteer phrase starting at i (capitalised first token).
MentionFinder::Match MentionFinder::LongestMatch(size_t i) const {
  TokenMemo& m = memo_[i];
  if (!(m.known & TokenMemo::kMatch)) {
    m.match = LongestMatchUncached(i);
    m.known |= TokenMemo::kMatch;
  }
  return m.match;
}

MentionFinder::Match MentionFinder::LongestMatchUncached(size_t i) const {
  Match best;
  if (!t_[i].word || !(t_[i].capitalized || (t_[i].text[0] >= '0' && t_[i].text[0] <= '9')))
    return best;
  // One trie step per token: no phrase string is built.
  uint32_t node = WordTrie::kRoot;
  for (size_t j = i; j < t_.size(); ++j) {
    node = lex_.PhraseStep(node, t_[j].lower);
    if (node == WordTrie::kNone) break;
    const auto* entries = lex_.PhraseEntriesAt(node);
    if (!entries) continue;
    for (const auto& e : *entries) {
      if (!CaseOk(e, i, j + 1) || (e.open_name && InLongerName(i, j + 1))) continue;
      if (e.needs_context && !PlaceContext(i, j + 1)) continue;
      best = {j + 1, &e};
      if (e.kind == EntryKind::kName) break;
    }
  }
  return best;
}

Mention MentionFinder::FromEntry(const GazetteerEntry& e, size_t b, size_t end) const {
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
      m.open_place = e.open_name;
      break;
  }
  return m;
}

size_t MentionFinder::Gazetteer(size_t i) {
  Match m = LongestMatch(i);
  if (!m.entry) return i;
  const ActorInfo& actor = lex_.actors()[m.entry->actor];
  // "West Bank", "West Africa": a compass word before a name is not the bloc.
  if (actor.name == "the West" && m.entry->kind == EntryKind::kName && m.end < t_.size() &&
      t_[m.end].capitalized)
    return i;
  // "actor Ricky Schroder": a listed person's one-word surname after a
  // first name on no list is someone else's surname, unless the first name
  // may be another spelling of the listed one ("Binyamin Netanyahu",
  // "Yassir Arafat": the same first letter)
  if (m.end == i + 1 && m.entry->kind == EntryKind::kName && actor.type == NodeType::kPerson &&
      ForeignFirstName(i - 1) && !actor.name.empty() &&
      std::tolower(static_cast<unsigned char>(actor.name[0])) != t_[i - 1].lower[0])
    return i;
  // "Khaled bin Mohamed bin Zayed": a listed name after "bin" / "ibn" is a
  // father's name inside a son's
  if (actor.type == NodeType::kPerson && m.entry->kind == EntryKind::kName && i >= 2 &&
      (t_[i - 1].lower == "bin" || t_[i - 1].lower == "ibn" || t_[i - 1].lower == "bint") &&
      t_[i - 2].capitalized)
    return i;
  // "Therese Kayikwamba Wagner": a body's one-word name after two first
  // names closes a person's name
  if (m.end == i + 1 && m.entry->kind == EntryKind::kName &&
      (actor.type == NodeType::kOrganization || actor.type == NodeType::kGroup) && i >= 2 &&
      ForeignFirstName(i - 1) && ForeignFirstName(i - 2))
    return i;
  Mention mention = FromEntry(*m.entry, i, m.end);
  size_t end = m.end;
  if (mention.kind == MentionKind::kAgreement) end = ExtendAgreement(&mention);
  MarkPossessive(&mention);
  out_.push_back(std::move(mention));
  return end;
}

// Is token k a capitalised word that reads as another person's first name
// before a surname: no title or its modifier ("Former Trump adviser"),
// honorific, sentence opener ("Meanwhile Schroeder said"), question word,
// month or weekday, and no listed name of its own? A sentence's first word
// counts too: "James Cameron, the director," opens many sentences.
bool MentionFinder::ForeignFirstName(size_t k) const {
  if (k >= t_.size() || !t_[k].word || !t_[k].capitalized || t_[k].text.size() < 2) return false;
  const TokenWord& w = t_[k].lower;
  if (lex_.IsTitlePrefix(w) || lex_.InSet("honorifics", w) || lex_.InSet("sentence_starters", w) ||
      lex_.InSet("title_modifiers", w) || lex_.InSet("prepositions", w) || lex_.InSet("subordinators", w) ||
      lex_.InSet("question_auxiliaries", w) ||
      lex_.InSet("months", w) || lex_.InSet("weekdays", w))
    return false;
  if (t_[k].text.find('.') != std::string::npos) return false;  // an initial: "G. Schroeder"
  return !LongestMatch(k).entry;
}

// "New START nuclear arms reduction treaty": a listed agreement followed by
// descriptive words and a head noun is one mention.
size_t MentionFinder::ExtendAgreement(Mention* m) {
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

bool MentionFinder::CapHead(size_t k) const {
  return t_[k].capitalized && lex_.InSet("agreement_heads", t_[k].lower);
}

size_t MentionFinder::PatternAgreement(size_t i) {
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
                     (tk.lower == "the" && after_of && head_end) || AndInName(j) || InInName(j, b);
    if (!(tk.word && tk.capitalized) && !connector) break;
    if (lex_.InSet("weekdays", tk.lower) || lex_.InSet("months", tk.lower)) break;
    if (CapHead(j)) head_end = j + 1;
    else if (tk.capitalized && tk.word) named_word = true;
    ++j;
    // "Agreement for Trans-Pacific Partnership" runs on after "for" too
    if (head_end && j < t_.size() && !(t_[j].lower == "of" || t_[j].lower == "on" || t_[j].lower == "for") &&
        !(t_[j].text == "-" && j + 1 < t_.size() && t_[j + 1].capitalized) &&
        !(t_[j].capitalized && t_[j].word) && !AndInName(j) &&
        !(t_[j].lower == "the" && (t_[j - 1].lower == "of" || t_[j - 1].lower == "on")))
      break;
  }
  if (!head_end && named_word) return LowerHeadAgreement(i, b, j);
  if (!head_end || !named_word) return i;
  // A head followed by another capitalised word ("Treaty Organization") is not an agreement.
  size_t end = head_end;
  if (end < j) {
    if (t_[end].lower != "of" && t_[end].lower != "on" && t_[end].lower != "for") return i;
    end = j;
    while (end > head_end && !(t_[end - 1].capitalized && t_[end - 1].word)) --end;
  }
  if (end - b < 2) return i;
  Mention m = Span(b, end, MentionKind::kAgreement, NodeType::kAgreement);
  // A listed agreement inside ("the INF Treaty") keeps its canonical name.
  // Only one that opens the name: the "Comprehensive and Progressive
  // Agreement for Trans-Pacific Partnership" is not the Trans-Pacific Partnership.
  Match g = LongestMatch(b);
  if (g.entry && lex_.actors()[g.entry->actor].type == NodeType::kAgreement) m.actor = g.entry->actor;
  out_.push_back(std::move(m));
  return end;
}

// "Treaty of Amity and Cooperation", "Trade and Economic Partnership
// Agreement": "and" between two capitalised words of no list joins one name
// ("Britain and Ireland" stays two actors).
bool MentionFinder::AndInName(size_t k) const {
  if (t_[k].lower != "and" || k == 0 || k + 1 >= t_.size()) return false;
  const Token& before = t_[k - 1];
  const Token& after = t_[k + 1];
  if (!before.word || !before.capitalized || !after.word || !after.capitalized) return false;
  return !LongestMatch(k + 1).entry && !(k >= 1 && LongestMatch(k - 1).entry);
}

// "the Conventional Forces in Europe treaty": "in" between two capitalised
// words inside a name that runs on (not at its start, tokens from `b`).
bool MentionFinder::InInName(size_t k, size_t b) const {
  return t_[k].lower == "in" && k > b && k + 1 < t_.size() && t_[k - 1].capitalized && t_[k - 1].word &&
         t_[k + 1].capitalized && t_[k + 1].word;
}

// "the African Continental Free Trade Area agreement", "the Falepili Union
// treaty", "the Prespa accord": a capitalised name of no list before a
// lower-case agreement head (at most two descriptive words between) names
// the agreement. Tokens [b, run_end) are the capitalised run.
size_t MentionFinder::LowerHeadAgreement(size_t i, size_t b, size_t run_end) {
  size_t k = run_end;
  while (k < t_.size() && k < run_end + 2 && !lex_.InSet("agreement_heads", t_[k].lower) &&
         lex_.InSet("agreement_fillers", t_[k].lower) && !t_[k].capitalized)
    ++k;
  // "the Boeing deal", "a Nike contract" are business: only treaty-like heads
  if (k >= t_.size() || t_[k].capitalized || !lex_.InSet("named_lower_heads", t_[k].lower)) return i;
  // "the post-Brexit deal", "the inter-Korean accord": a piece of a compound
  if (b > 0 && t_[b - 1].text == "-") return i;
  // "a new Andean trade pact": an indefinite phrase names nothing
  for (size_t j = b; j > 0 && j + 3 > b; --j) {
    const TokenWord& w = t_[j - 1].lower;
    if (w == "a" || w == "an") return i;
    if (w == "the" || t_[j - 1].capitalized || !t_[j - 1].word) break;
  }
  // "the ceasefire statement": the head runs on over further heads
  while (k + 1 < t_.size() && !t_[k + 1].capitalized && lex_.InSet("agreement_heads", t_[k + 1].lower))
    ++k;
  bool own_word = false;
  for (size_t j = b; j < run_end; ++j) {
    // "Russian-brokered", "US-led": a compound modifier, not a name
    if (t_[j].text.find('-') != std::string::npos) return i;
    // "the EU trade deal": a party, not a name; "Forces in Europe" is a name's place
    if (LongestMatch(j).entry && !(j > b && t_[j - 1].lower == "in")) return i;
    if (!t_[j].word) continue;
    const TokenWord& w = t_[j].lower;
    if (lex_.InSet("agreement_fillers", w) || lex_.InSet("sentence_starters", w) ||
        lex_.InSet("non_name_words", w) || !lex_.TitleRole(w).empty())
      continue;
    own_word = true;
  }
  if (!own_word || (b == 0 && run_end == 1)) return i;
  out_.push_back(Span(b, k + 1, MentionKind::kAgreement, NodeType::kAgreement));
  return k + 1;
}

// "Ethiopia's government", "NATO's 30 members": the possessor acts
// through its institution.
void MentionFinder::PossessiveInstitutions() {
  for (Mention& m : out_) {
    if (!m.possessive || m.kind != MentionKind::kActor || m.type == NodeType::kPerson ||
        m.type == NodeType::kAgreement)
      continue;
    size_t k = m.last + 1;  // after 's
    size_t skipped = 0;
    // "Ukraine's armed forces", "India's Defence Ministry": a listed modifier
    // may be capitalised, as the institution's own name is
    while (k < t_.size() && skipped < 2 && t_[k].word && !lex_.InSet("possessive_heads", t_[k].lower) &&
           (lex_.InSet("institution_modifiers", t_[k].lower) ||
            (!t_[k].capitalized && std::isdigit(static_cast<unsigned char>(t_[k].text[0]))))) {
      ++k;
      ++skipped;
    }
    size_t head_end = k + 1;
    if (k < t_.size() && !lex_.InSet("possessive_heads", t_[k].lower)) {
      // "Chile's foreign minister signed": a title with no name acts for its country
      std::string role;
      head_end = TitleAt(k, &role);
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
void MentionFinder::SportsTeams() {
  for (size_t i = 0; i < out_.size(); ++i) {
    Mention& m = out_[i];
    if (m.type != NodeType::kCountry || m.kind != MentionKind::kActor || m.last >= t_.size()) continue;
    const Token& next = t_[m.last];
    if (lex_.InSet("team_words", next.lower)) m.kind = MentionKind::kAdjective;
    // "China Three Gorges Project Corp", "Japan Airlines": part of a name.
    bool next_is_mention = i + 1 < out_.size() && out_[i + 1].first == m.last;
    std::string role;
    if (next.word && next.capitalized && !next_is_mention && TitleAt(m.last, &role) == m.last &&
        !lex_.InSet("sentence_starters", next.lower))
      m.kind = MentionKind::kAdjective;
  }
}

// "the Trump administration", "the Netanyahu government": a listed
// leader's government stands for the country.
void MentionFinder::LeaderGovernments() {
  for (Mention& m : out_) {
    if (m.type != NodeType::kPerson || m.actor < 0 || m.last >= t_.size()) continue;
    const TokenWord& next = t_[m.last].lower;
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
void MentionFinder::AdjectiveActors() {
  // (whether an adjective is some mention's affiliation is asked of the few
  // adjectives only: no table of every mention is built)
  auto is_affiliation = [&](size_t i) {
    for (const Mention& m : out_)
      if (m.affiliation == static_cast<int>(i)) return true;
    return false;
  };
  for (size_t i = 0; i < out_.size(); ++i) {
    Mention& m = out_[i];
    if (m.kind != MentionKind::kAdjective || m.last >= t_.size() || is_affiliation(i)) continue;
    size_t k = m.last;
    // "the Saudi-led coalition": the leader's institution
    if (t_[k].text == "-" && k + 2 < t_.size() && t_[k + 1].lower == "led") k += 2;
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

void MentionFinder::MarkPossessive(Mention* m) const {
  if (m->last >= t_.size()) return;
  std::string_view next = t_[m->last].text;
  // "the two countries' defence ministers": a plural possessive is a bare apostrophe
  bool plural = (next == "'" || next == "\u2019") && m->last > m->first &&
                EndsWithS(t_[m->last - 1].lower);
  if (t_[m->last].lower == "'s" || plural) m->possessive = true;
}

Mention MentionFinder::Span(size_t b, size_t e, MentionKind kind, NodeType type) const {
  Mention m;
  m.first = static_cast<uint32_t>(b);
  m.last = static_cast<uint32_t>(e);
  m.kind = kind;
  m.type = type;
  m.surface = Surface(b, e);
  m.name = type == NodeType::kPerson ? PersonName(b, e) : m.surface;
  return m;
}

std::string MentionFinder::Surface(size_t b, size_t e) const {
  if (b >= e) return {};
  const char* start = t_[b].text.data();
  const char* stop = t_[e - 1].text.data() + t_[e - 1].text.size();
  return std::string(start, static_cast<size_t>(stop - start));
}



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
  thread_local MentionFinder::Scratch scratch;
  return MentionFinder(tokens, lexicon, &scratch).Run();
}

}  // namespace kg::ingest
