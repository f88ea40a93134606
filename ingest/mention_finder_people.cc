// People in a sentence: from titles ("Russian Foreign Minister Sergey
// Lavrov"), appositions ("Kenya's president, William Ruto,"), lists with a
// known person, and names on no list where a reader takes them for people:
// in apposition to a title, opening a clause before a relation verb, after
// "he and", as the object of a meeting. Part of MentionFinder.
#include <algorithm>
#include <set>
#include <string>

#include "ingest/mention_finder_internal.h"

namespace kg::ingest {

using graph::NodeType;

// Index in out_ of the affiliation that ends where the title phrase starts
// (skipping modifiers such as "then-", "former" and a possessive 's).
int MentionFinder::Affiliation(size_t title_start) const {
  if (out_.empty()) return -1;
  size_t k = title_start;
  while (k > 0 && (lex_.InSet("title_modifiers", t_[k - 1].lower) || t_[k - 1].text == "-" ||
                   t_[k - 1].lower == "'s"))
    --k;
  const Mention& prev = out_.back();
  // "Indian Commerce Minister", "British Business and Trade Secretary": the
  // portfolio of a capitalised title stands between the country and the title
  std::string role;
  if (prev.last < k && t_[title_start].capitalized && k - prev.last <= 4 &&
      TitleAt(title_start, &role) > title_start && role == "minister") {
    // (a ministry only: the "British Casino Association Chairman" is no state's)
    bool portfolio = true;
    for (size_t j = prev.last; j < k && portfolio; ++j)
      portfolio = (t_[j].word && t_[j].capitalized && !lex_.InSet("non_name_words", t_[j].lower)) ||
                  (t_[j].lower == "and" && j > prev.last);
    if (portfolio) k = prev.last;
  }
  // "Myanmar junta chief Min Aung Hlaing", "Sudan army chief Abdel Fattah
  // al-Burhan": a noun between a country and a title before a name
  if (prev.last + 1 == k && prev.type == NodeType::kCountry && !prev.possessive &&
      (prev.kind == MentionKind::kActor || prev.kind == MentionKind::kAdjective)) {
    const Token& noun = t_[prev.last];
    size_t end = TitleAt(title_start, &role);
    bool name_follows = end > title_start && end < t_.size() && NameToken(end);
    bool plain = noun.word && !noun.capitalized && !noun.lower.ends_with("ed") &&
                 !noun.lower.ends_with("s") && !lex_.InSet("prepositions", noun.lower) &&
                 !lex_.InSet("copulas", noun.lower) && !lex_.IsTriggerWord(noun.lower) &&
                 noun.lower != "and" && noun.lower != "or" && noun.lower != "but";
    if (name_follows && plain) k = prev.last;
  }
  if (prev.last != k) return -1;
  bool country_like = prev.kind == MentionKind::kActor && prev.type != NodeType::kPerson &&
                      prev.type != NodeType::kAgreement;
  bool ok = country_like || prev.kind == MentionKind::kAdjective ||
            (prev.kind == MentionKind::kPronoun && t_[prev.first].lower == "its") ||
            (prev.kind == MentionKind::kPronoun && prev.role == "state");
  return ok ? static_cast<int>(out_.size() - 1) : -1;
}

size_t MentionFinder::Person(size_t i) {
  std::string role;
  size_t title_end = TitleAt(i, &role);
  if (title_end == i) return i;
  // "deputy PM John Prescott": a second title word belongs to the title,
  // not to the name, and names the role better.
  std::string inner;
  size_t inner_end = title_end < t_.size() ? TitleAt(title_end, &inner) : title_end;
  if (inner_end > title_end) {
    title_end = inner_end;
    role = inner;
  }
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
  person.title = title_key;
  if (person.actor < 0 && lex_.InSet("titles_in_name", title_key) && t_[i].capitalized) {
    person.name = Surface(i, title_end) + " " + person.name;
    person.surface = person.name;
  }
  MarkPossessive(&person);
  out_.push_back(std::move(person));
  return e;
}

// "Singh's predecessor Manohar Parrikar", "his wife Ri Sol Ju": a name after
// a possessor and a word for how two people are related is a person, of no
// known role.
size_t MentionFinder::RelatedPerson(size_t i) {
  if (i == 0 || !t_[i].word || t_[i].capitalized) return i;
  const auto& before = t_[i - 1].lower;
  if (before != "'s" && before != "his" && before != "her" && before != "their") return i;
  if (!lex_.InSet("relational_heads", t_[i].lower)) return i;
  Mention person;
  size_t e = NameAt(i + 1, &person);
  if (e <= i + 1 || (person.actor < 0 && e - (i + 1) < 2)) return i;
  MarkPossessive(&person);
  out_.push_back(std::move(person));
  return e;
}

// "William Ruto, Kenya's president, ..." / "Mette Frederiksen, the Danish
// prime minister, ...": a name on no list followed by a titled apposition.
size_t MentionFinder::AppositionPerson(size_t i) {
  if (!NameToken(i) || LongestMatch(i).entry) return i;
  if (i > 0 && t_[i - 1].capitalized && t_[i - 1].word) return i;
  size_t e = i;
  while (e < t_.size() && e - i < kMaxNameTokens && NameToken(e) && !LongestMatch(e).entry) ++e;
  // "Marcelo Rebelo de Sousa,", "Wladyslaw Kosiniak-Kamysz,": particles and hyphens
  if (e < t_.size() && (t_[e].text == "-" || IsNameParticle(t_[e].lower))) e = std::max(e, NameShapeEnd(i));
  if (e - i < 2 || e >= t_.size() || t_[e].text != ",") return i;
  size_t k = e + 1;
  for (int skip = 0; skip < 6 && k < t_.size(); ++skip) {
    std::string role;
    size_t title_end = TitleAt(k, &role);
    // "a member of Kenya's parliament", "the third-ranking member of China's
    // Communist Party": a member of a state's body, when one follows
    if (title_end == k && (t_[k].lower == "member" || t_[k].lower == "members") &&
        k + 1 < t_.size() && t_[k + 1].lower == "of") {
      title_end = k + 1;
      role = "member";
    }
    if (title_end > k) {
      // "head of ..." is vague, unless a state or its named body follows:
      // "the third-ranking member of China's Communist Party" (not "the
      // chairman of Santander", nor "of Spain's most powerful bank")
      if (title_end + 1 < t_.size() && t_[title_end].lower == "of") {
        Match g = LongestMatch(title_end + 1 + (t_[title_end + 1].lower == "the"));
        if (!g.entry || g.entry->kind != EntryKind::kName ||
            lex_.actors()[g.entry->actor].type != NodeType::kCountry)
          return i;
        if (g.end + 1 < t_.size() && t_[g.end].lower == "'s" && !t_[g.end + 1].capitalized) return i;
      }
      Mention m = Span(i, e, MentionKind::kActor, NodeType::kPerson);
      m.role = role;
      out_.push_back(std::move(m));
      return e;
    }
    const TokenWord& w = t_[k].lower;
    bool ok = w == "the" || w == "a" || w == "'s" || w == "then" || w == "-" ||
              lex_.InSet("title_modifiers", w) || LongestMatch(k).entry ||
              (!t_[k].capitalized && DescriptionModifier(k)) || lex_.InSet("ordinal_factives", w) ||
              (t_[k].word && !t_[k].capitalized && w.find('-') != std::string::npos);
    if (!ok) return i;
    Match g = LongestMatch(k);
    k = g.entry ? g.end : k + 1;
  }
  return i;
}

// "Emmanuel Macron, Olaf Scholz and Mario Draghi": a run of two to four
// capitalised words on no list, joined by a comma or "and" to a person in
// the same list, names a person too.
void MentionFinder::CoordinatedPersons() {
  const std::vector<int>& owner = Owners();
  auto person_at = [&](size_t k) {
    if (k >= t_.size() || owner[k] < 0) return false;
    const Mention& m = out_[owner[k]];
    return m.kind == MentionKind::kActor && m.type == NodeType::kPerson;
  };
  auto joiner = [&](size_t k) { return t_[k].text == "," || t_[k].lower == "and"; };
  // "Senegal's Macky Sall": the country owning the name at k, or -1
  auto owner_country = [&](size_t k) -> int {
    if (k < 2 || t_[k - 1].lower != "'s" || owner[k - 2] < 0) return -1;
    const Mention& p = out_[owner[k - 2]];
    return p.kind == MentionKind::kActor && p.type == NodeType::kCountry ? owner[k - 2] : -1;
  };
  std::vector<Mention> found;
  size_t k = 0;
  while (k < t_.size()) {
    if (!t_[k].capitalized) {  // no name starts here (NameShapeToken says no)
      ++k;
      continue;
    }
    size_t e = k;
    while (e < t_.size() && e - k < kMaxNameTokens && owner[e] < 0 && NameShapeToken(e)) {
      ++e;
    }
    // "Jean-Claude Juncker", "Omar al-Bashir": hyphens and particles
    if (e > k && e < t_.size() && (t_[e].text == "-" || IsNameParticle(t_[e].lower))) {
      size_t shaped = NameShapeEnd(k);
      bool free = true;
      for (size_t j = k; j < shaped && free; ++j) free = owner[j] < 0;
      if (free && shaped > e) e = shaped;
    }
    if (e - k < 2) {
      k = std::max(e, k + 1);
      continue;
    }
    int aff = owner_country(k);
    size_t lead = aff >= 0 ? out_[aff].first : k;
    // "... and Somaliland's Muse Bihi Abdi": a possessor on no list leads
    // the list item all the same (it stays no actor)
    if (aff < 0 && k >= 2 && t_[k - 1].lower == "'s" && owner[k - 2] < 0 && t_[k - 2].capitalized &&
        t_[k - 2].word && NameShapeToken(k - 2))
      lead = k - 2;
    size_t before = lead;  // skip back over ", and" / "and" / ","
    while (before > 0 && joiner(before - 1) && before + 2 > lead) --before;
    bool after_person = before < lead && before > 0 &&
                        (person_at(before - 1) || (!found.empty() && found.back().last == before));
    size_t next = e;
    while (next < t_.size() && joiner(next) && next < e + 2) ++next;
    bool before_person = next > e && person_at(next);
    // "Senegal's Macky Sall and Zambia's Hakainde Hichilema": two names,
    // each owned by a country, in one list are people as well
    if (next > e && aff >= 0 && next < t_.size() && owner[next] >= 0 && !person_at(next)) {
      size_t name = out_[owner[next]].last + 1;
      if (owner_country(name) == owner[next] && NameShapeEnd(name) > name + 1) before_person = true;
    }
    if (after_person || before_person) {
      Mention m = Span(k, e, MentionKind::kActor, NodeType::kPerson);
      m.affiliation = aff;
      found.push_back(std::move(m));
    }
    k = e;
  }
  AddSorted(std::move(found));
}

// Adds mentions found by a later pass, keeping out_ in text order and the
// affiliation indices pointing at the same mentions.
void MentionFinder::AddSorted(std::vector<Mention> found) {
  if (found.empty()) return;
  std::vector<std::pair<uint32_t, int>> old_at;  // first token of each affiliation
  for (const Mention& m : out_)
    old_at.emplace_back(m.affiliation >= 0 ? out_[m.affiliation].first : 0, m.affiliation);
  for (size_t k = 0; k < out_.size(); ++k)  // park the target's first token as -2 - first
    out_[k].affiliation = old_at[k].second >= 0 ? -2 - static_cast<int>(old_at[k].first) : -1;
  for (auto& m : found) {  // their affiliations point into out_ as it was
    if (m.affiliation >= 0) m.affiliation = -2 - static_cast<int>(out_[m.affiliation].first);
    out_.push_back(std::move(m));
  }
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
void MentionFinder::NamesInActorPositions() {
  const std::vector<int>& owner = Owners();
  std::vector<Mention> found;
  for (size_t k = 0; k < t_.size(); ++k) {
    // (a name shape starts capitalised: one test skips most tokens)
    if (!t_[k].capitalized || owner[k] >= 0 || (k > 0 && NameToken(k - 1))) continue;
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
    bool acts = ActsAfter(e) || WhoOrAgeAfter(e) || SpeaksOfSelf(e) || TripPossessor(e) ||
                TripAfterVerb(e) || ParentheticalActs(e, owner);
    // "Don Pramudwinai has been Thailand's foreign minister"
    std::string role;
    int title_country = -1;
    bool titled = (aff >= 0 || ClauseOpens(k)) && CopulaTitle(e, &role, &title_country) > e;
    // "the defence ministers, Song Young-moo and No Kwang Chol,"
    bool listed_after = !found.empty() && found.back().last + 1 == k && t_[k - 1].lower == "and";
    // "Claudia Sheinbaum, on her first trip abroad, ...": a person pronoun
    // looks back at the name
    bool named_back = (aff >= 0 || ClauseOpens(k)) && PersonPronounAfter(e);
    bool person = PersonPronounBefore(k) || ReceivedOrLeading(k) || AfterPluralTitle(k) ||
                  listed_after || ((aff >= 0 || ClauseOpens(k)) && acts) || named_back || titled;
    // "Son Heung-min and Lee Kang-in landed in Doha with the squad"
    if (!person || (!titled && AboutSport())) {
      k = e - 1;
      continue;
    }
    Mention m = NamedPerson(k, e);
    m.affiliation = aff >= 0 ? aff : title_country;
    if (titled) m.role = role;
    MarkPossessive(&m);
    found.push_back(std::move(m));
    k = e - 1;
  }
  AddSorted(std::move(found));
}

// "he and Mario Draghi": coordinated with a personal pronoun.
bool MentionFinder::PersonPronounBefore(size_t k) const {
  if (k < 2 || t_[k - 1].lower != "and") return false;
  const TokenWord& w = t_[k - 2].lower;
  return w == "he" || w == "she";
}

// ", on her first visit", ", who said his": a personal pronoun in a phrase
// set off after the name, with no other name between, refers to it (a firm
// is "it" and "its"). Not "X said he hoped Y would sign": the person who
// speaks is seldom the one who acts.
bool MentionFinder::PersonPronounAfter(size_t e) const {
  if (e + 1 >= t_.size() || t_[e].text != ",") return false;
  for (size_t k = e + 1; k < t_.size() && k < e + 7; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "his" || w == "her" || w == "he" || w == "she") return true;
    if (NameToken(k) || t_[k].text == "." || t_[k].text == ";") return false;
  }
  return false;
}

// "welcomed Edi Rama", "met Ilham Aliyev", "a delegation led by Meir
// Ben-Shabbat": the object of a verb of receiving or meeting, or the leader
// of a delegation, is a person.
bool MentionFinder::ReceivedOrLeading(size_t k) const {
  // "Gabriel Boric and his Peruvian counterpart": "his" looks back at a person
  size_t e = NameShapeEnd(k);
  // (not "Lionel Messi and his Argentina team-mates": a team is no actor)
  if (e + 1 < t_.size() && t_[e].lower == "and" && (t_[e + 1].lower == "his" || t_[e + 1].lower == "her")) {
    for (size_t j = e + 2; j < t_.size() && j < e + 6 && t_[j].word; ++j)
      if (lex_.InSet("team_words", t_[j].lower) || t_[j].lower.find("team") != std::string::npos) return false;
    return true;
  }
  if (k == 0) return false;
  const TokenWord& w = t_[k - 1].lower;
  if (lex_.InSet("reception_verbs", w) || w == "met" || w == "meets" || w == "meeting") return true;
  // "Senegal elected Bassirou Diomaye Faye": a verb that puts someone in office
  if (lex_.InSet("office_verbs", w)) return true;
  return w == "by" && k >= 2 && (t_[k - 2].lower == "led" || t_[k - 2].lower == "headed");
}

// "the defence ministers, Song Young-moo and ...": in apposition to a plural title.
// "the defence ministers, Song Young-moo and ...": in apposition to a
// plural title, also after "of" and the states they serve ("the foreign
// ministers of Greece and Macedonia, Nikos Kotzias and ...").
bool MentionFinder::AfterPluralTitle(size_t k) const {
  if (k < 2 || t_[k - 1].text != ",") return false;
  size_t b = k - 1;
  size_t j = b;  // back over "of Greece and Macedonia"
  while (j > 0 && j + 8 > b &&
         (t_[j - 1].capitalized || t_[j - 1].lower == "and" || t_[j - 1].lower == "the" ||
          t_[j - 1].text == ","))
    --j;
  if (j > 1 && j < b && t_[j - 1].lower == "of") b = j - 1;
  const TokenWord& w = t_[b - 1].lower;
  return w == "ministers" || w == "leaders" || w == "presidents" || w == "premiers" ||
         w == "envoys" || w == "negotiators" || w == "chiefs" || w == "counterparts";
}

// The name opens its clause: sentence start, or after a comma, "and" or "but".
bool MentionFinder::ClauseOpens(size_t k) const {
  if (k == 0) return true;
  const TokenWord& w = t_[k - 1].lower;
  return w == "," || w == "and" || w == "but" || w == ";";
}

// A verb of one of our relations follows the name, perhaps after an
// adverb, an auxiliary or a verb taking an infinitive ("will sign",
// "refused to sign", "has not visited").
bool MentionFinder::ActsAfter(size_t e) const {
  static const std::set<std::string_view> kBefore = {
      "will", "would", "could", "may", "might", "must", "shall", "can", "did", "does", "do",
      "has", "have", "had", "is", "was", "are", "were", "be", "also", "not", "never", "then",
      "later", "refused", "declined", "failed", "agreed", "planned", "plans", "hopes",
      "wants", "expected", "jointly", "formally", "finally"};
  for (int skip = 0; skip < 3 && e < t_.size() && t_[e].word && !t_[e].capitalized; ++skip) {
    const TokenWord& w = t_[e].lower;
    if (lex_.IsTriggerWord(w)) return true;
    // "Anura Kumara Dissanayake chose New Delhi for his first trip abroad"
    if (w == "chose" || w == "picked" || w == "selected") return true;
    bool adverb = w.size() > 2 && w.compare(w.size() - 2, 2, "ly") == 0;
    // "refused to sign", not "is to go": an infinitive after a verb of intent
    bool to = w == "to" && skip > 0 && kBefore.count(t_[e - 1].lower) && t_[e - 1].lower.size() > 4;
    if (!adverb && !to && !kBefore.count(w)) return false;
    ++e;
  }
  return e < t_.size() && t_[e].word && !t_[e].capitalized && lex_.IsTriggerWord(t_[e].lower);
}

// "Abdullah bin Zayed, the Emirati foreign minister, ...", "William Ruto,
// Kenya's president, ...": a title apposed to a name gives the person its
// role and country, as a title before the name does.
void MentionFinder::ApposedTitles() {
  for (size_t idx = 0; idx + 1 < out_.size(); ++idx) {
    Mention& m = out_[idx];
    if (m.kind != MentionKind::kActor || m.type != NodeType::kPerson || m.affiliation >= 0 ||
        m.last + 2 >= t_.size() || t_[m.last].text != ",")
      continue;
    const Mention& next = out_[idx + 1];
    size_t k = m.last + 1;
    if (next.kind == MentionKind::kDescription && next.first == k && next.affiliation >= 0) {
      // the description carries the country: "the Emirati foreign minister"
      m.affiliation = next.affiliation;
      if (m.role.empty()) m.role = next.role;
      continue;
    }
    if (t_[k].lower == "the") ++k;
    if (next.first != k || next.type != NodeType::kCountry ||
        (next.kind != MentionKind::kAdjective && next.kind != MentionKind::kActor))
      continue;
    size_t title = next.possessive ? next.last + 1 : next.last;
    std::string role;
    size_t end = TitleAt(title, &role);
    if (end <= title || (end < t_.size() && t_[end].lower == "of")) continue;  // "head of ..."
    m.affiliation = static_cast<int>(idx + 1);
    if (m.role.empty()) m.role = role;
  }
}

}  // namespace kg::ingest
