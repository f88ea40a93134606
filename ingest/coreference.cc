#include "ingest/coreference.h"

#include <algorithm>

#include "ingest/clause.h"
#include "ingest/rule_words.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

std::string LastWord(const std::string& name) {
  size_t sp = name.rfind(' ');
  return sp == std::string::npos ? name : name.substr(sp + 1);
}

std::string_view StripThe(std::string_view s) {
  if (s.starts_with("the ") || s.starts_with("The ")) s.remove_prefix(4);
  return s;
}

const char* RoleRelation(const std::string& role) {
  if (role == "leader") return "leader_of";
  if (role == "minister") return "minister_of";
  if (role == "spokesperson") return "spokesperson_of";
  return "member_of";
}

// "US oil giant Exxon", "Japanese rival Nissan", "US-German carmaker X":
// a country named inside a firm's description modifies the firm; it is
// neither the clause's subject nor an antecedent for "it".
bool ModifiesFirmName(const std::vector<Token>& t, const std::vector<Mention>& ms, size_t idx,
                      const Lexicon& lex) {
  const Mention& m = ms[idx];
  if (m.kind != MentionKind::kActor || m.type == NodeType::kPerson || m.possessive) return false;
  // "sold Venezuela six Sukhoi jets": after a verb the country is an object
  if (m.first > 0) {
    const Token& prev = t[m.first - 1];
    bool opener = !prev.word || prev.capitalized || prev.lower == "the" || prev.lower == "a" ||
                  prev.lower == "an" || prev.lower == "and" || lex.InSet("prepositions", prev.lower);
    if (!opener) return false;
  }
  size_t k = m.last;
  if (k + 1 < t.size() && t[k].text == "-") return t[k + 1].capitalized;  // "US-German carmaker"
  size_t words = 0;
  for (; k < t.size() && words < 3 && t[k].word && !t[k].capitalized; ++k, ++words) {
    const TokenWord& w = t[k].lower;
    if (!std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) return false;
    bool verb_like = w == "said" || w == "says" || w == "told" || w == "is" || w == "was" ||
                     w == "has" || w == "had" || w == "will" || EndsWith(w, "ed");
    if (verb_like || w == "and" || lex.InSet("prepositions", w) || lex.IsTriggerWord(w)) return false;
  }
  if (words == 0 || k >= t.size() || !t[k].word || !t[k].capitalized) return false;
  for (const Mention& other : ms)
    if (other.first <= k && k < other.last) return false;  // "US troops Iraq": a listed name
  return !lex.InSet("sentence_starters", t[k].lower) && !lex.InSet("months", t[k].lower) &&
         !lex.InSet("weekdays", t[k].lower);
}

bool PersonNamedBefore(const std::vector<Mention>& ms, size_t idx) {
  for (size_t k = 0; k < idx; ++k)
    if (ms[k].type == NodeType::kPerson && ms[k].kind != MentionKind::kPronoun) return true;
  return false;
}

}  // namespace

int Coreference::Entity(const std::string& key, const std::string& name, NodeType type) {
  auto it = by_key_.find(key);
  if (it != by_key_.end()) return it->second;
  int id = NewEntity(name, type);
  by_key_.emplace(key, id);
  return id;
}

int Coreference::NewEntity(const std::string& name, NodeType type) {
  int id = static_cast<int>(entities_.size());
  graph::EntityRecord rec;
  rec.name = name;
  rec.type = type;
  entities_.push_back(std::move(rec));
  country_of_.push_back(-1);
  role_of_.emplace_back();
  title_of_.emplace_back();
  named_at_.push_back(-1);
  AddAlias(id, name);
  return id;
}

void Coreference::AddAlias(int entity, std::string_view alias) {
  alias = StripThe(alias);
  if (alias.empty()) return;
  auto& aliases = entities_[entity].aliases;
  if (std::find(aliases.begin(), aliases.end(), alias) == aliases.end()) aliases.emplace_back(alias);
}

int Coreference::ForActor(int actor) {
  const ActorInfo& a = lex_.actors()[actor];
  // Asked for nearly every listed mention: a look along the document's few
  // actors costs less than building and hashing a key.
  int id = -1;
  for (const auto& [known, entity] : actor_entities_)
    if (known == actor) {
      id = entity;
      break;
    }
  if (id < 0) {
    id = NewEntity(a.name, a.type);
    actor_entities_.emplace_back(actor, id);
  }
  if (a.type == NodeType::kPerson && country_of_[id] < 0 && a.country >= 0) {
    country_of_[id] = -2 - a.country;  // lexicon country, made an entity on demand
    role_of_[id] = a.role;
    title_of_[id] = a.title;
  }
  return id;
}

int Coreference::CountryOf(int entity) const {
  if (entity < 0) return -1;
  return country_of_[entity];
}

int Coreference::AddAgreement(const std::string& name, const std::string& alias) {
  int id = Entity("g:" + graph::NormalizeName(name), name, NodeType::kAgreement);
  AddAlias(id, alias);
  last_agreement_ = id;
  return id;
}

int Coreference::AddThing(const std::string& name, const std::string& alias) {
  int id = Entity("t:" + graph::NormalizeName(name), name, NodeType::kOther);
  AddAlias(id, alias);
  return id;
}

// Later in the document a person goes by the surname alone: the last word
// of "Bill Clinton", and the first of "Moon Jae-in" or "Xi Jinping", whose
// family name comes first. The first person to claim a short name keeps it.
void Coreference::NoteShortNames(int person, const std::string& name) {
  size_t sp = name.find(' ');
  if (sp == std::string::npos) return;
  std::string first = graph::NormalizeName(name.substr(0, sp));
  std::string key = lex_.InSet("family_name_first", first)
                        ? "s:" + first
                        : "s:" + graph::NormalizeName(LastWord(name));
  AddSurnameKey(std::move(key), person);
}

int Coreference::ResolvePerson(const Mention& m) {
  if (m.actor >= 0) {
    int known = ForActor(m.actor);
    AddAlias(known, m.surface);  // "Putin" finds the node as well as "Vladimir Putin"
    NoteShortNames(known, lex_.actors()[m.actor].name);
    return known;
  }
  std::string surname = LastWord(m.name);
  std::string lower_surname = graph::NormalizeName(surname);
  // "Mr Brown" is named "Brown", so that a later "Gordon Brown" names him
  // and a reader looking for "Brown" finds him; the form with the
  // honorific stays an alias.
  std::string name = m.name;
  size_t space = name.find(' ');
  if (space != std::string::npos) {
    std::string first = graph::NormalizeName(name.substr(0, space));
    if (first == "mr" || first == "mrs" || first == "ms" || first == "dr" || first == "mr." ||
        first == "mrs." || first == "ms." || first == "dr.")
      name = name.substr(space + 1);
  }
  auto it = by_key_.find("s:" + lower_surname);
  int id;
  if (it != by_key_.end()) {
    id = it->second;
    if (name.size() > entities_[id].name.size() && entities_[id].name.find(' ') == std::string::npos)
      entities_[id].name = name;  // the fullest form names the person
  } else {
    id = Entity("p:" + graph::NormalizeName(name), name, NodeType::kPerson);
    AddSurnameKey("s:" + lower_surname, id);
  }
  NoteShortNames(id, name);
  AddAlias(id, m.name);
  // "Emir Sheikh Tamim bin Hamad Al Thani" is also "Sheikh Tamim bin Hamad
  // Al Thani" and "Tamim bin Hamad Al Thani".
  std::string_view rest = m.name;
  for (size_t sp = rest.find(' '); sp != std::string_view::npos; sp = rest.find(' ')) {
    std::string first = graph::NormalizeName(std::string(rest.substr(0, sp)));
    if (!lex_.InSet("titles_in_name", first) && !lex_.InSet("honorifics", first)) break;
    rest.remove_prefix(sp + 1);
    AddAlias(id, std::string(rest));
  }
  return id;
}

int Coreference::ResolvePronoun(const std::vector<Token>& t, const std::vector<Mention>& ms,
                                size_t idx) {
  std::string_view w = t[ms[idx].first].lower;
  bool person = w == "he" || w == "she" || w == "him" || w == "his" || w == "her";
  // Pronouns reach back one sentence at most; further is guesswork.
  if (person && sentence_ > last_person_sentence_ + 1) return -1;
  if (w == "it") {
    int object = ResolveObjectIt(t, ms, idx);
    if (object >= 0) return object;
  }
  if (!person && w == "it" && sentence_ > last_thing_sentence_ + 1) return -1;
  if (w == "he" || w == "she") return last_subject_person_ >= 0 ? last_subject_person_ : last_person_;
  // "Xi agreed to receive him": an object pronoun is not the subject of its
  // own clause, so it is the person named before
  if (w == "him") {
    for (size_t k = 0; k < idx; ++k)
      if (ms[k].entity == last_person_ && IsClauseSubject(t, ms, k, lex_) &&
          ClauseStart(t, ms[k].first, lex_) == ClauseStart(t, ms[idx].first, lex_)) {
        for (size_t r = recent_people_.size(); r > 0; --r)
          if (recent_people_[r - 1] != last_person_) return recent_people_[r - 1];
        return -1;
      }
  }
  // "Bolsonaro was received by Putin ... His trip ends in Budapest": a
  // possessive that opens its sentence, before anyone is named in it, is
  // about the person the last sentence was about, like "he"
  if ((w == "his" || w == "her") && last_subject_person_ >= 0 && sentence_ > last_person_sentence_ &&
      !PersonNamedBefore(ms, idx))
    return last_subject_person_;
  if (w == "him" || w == "his" || w == "her") return last_person_;
  if (IsFirstPerson(w)) return -1;  // a quote's speaker, found once the sentence is read
  // "US oil giant Exxon said it had signed": the firm, on no list, is "it".
  if ((w == "it" || w == "its") && idx > 0 && ModifiesFirmName(t, ms, 0, lex_)) return -1;
  if (w == "its") {
    for (size_t k = idx; k > 0; --k) {
      const Mention& p = ms[k - 1];
      if (p.entity >= 0 && p.type != NodeType::kPerson && p.type != NodeType::kAgreement &&
          (p.kind == MentionKind::kActor || p.kind == MentionKind::kPlace))
        return p.entity;
    }
    // no owner in this sentence: the same reach as "it"
    if (sentence_ > last_thing_sentence_ + 1) return -1;
  }
  // "Lockheed said it had signed...": a capitalised name on no list heads the
  // sentence, so "it" is probably that company or club, not a country.
  if (w == "it") {
    size_t k = 0;
    // "The Kurdish-led Syrian Democratic Forces said it": a compound
    // modifier before the name is no name of its own, whole or split by the
    // tokenizer into maker, hyphen and participle ("Kurdish", "-", "led")
    while (k < t.size()) {
      if (t[k].lower == "the" || !t[k].word ||
          (t[k].text.find('-') != std::string::npos && t[k].text.back() >= 'a' &&
           t[k].text.back() <= 'z' && k + 1 < t.size() && t[k + 1].capitalized)) {
        ++k;
      } else if (k + 2 < t.size() && t[k + 1].text == "-" && t[k + 2].word && !t[k + 2].capitalized) {
        k += 3;
      } else {
        break;
      }
    }
    bool covered = false;
    for (const Mention& m : ms) covered = covered || (m.first <= k && k < m.last);
    bool adverb = t[k].lower.size() > 2 && t[k].lower.compare(t[k].lower.size() - 2, 2, "ly") == 0;
    bool comma_clause = k + 2 < t.size() && t[k + 1].text == "," &&
                        t[k + 2].lower != "which" && t[k + 2].lower != "who";
    if (k < ms[idx].first && k < t.size() && t[k].capitalized && !covered && !adverb &&
        !comma_clause && !lex_.InSet("sentence_starters", t[k].lower) &&
        !lex_.InSet("months", t[k].lower) && !lex_.InSet("weekdays", t[k].lower))
      return -1;
  }
  return last_subject_thing_ >= 0 ? last_subject_thing_ : last_thing_;
}

void Coreference::NoteRole(uint32_t sentence, const std::vector<Token>& t,
                           const std::vector<Mention>& ms, size_t idx) {
  const Mention& m = ms[idx];
  int person = m.entity;
  if (person < 0) return;
  if (!m.role.empty()) role_of_[person] = m.role;
  int of = m.affiliation >= 0 ? ms[m.affiliation].entity : -1;
  // "Kwame Asante, Ghana's trade minister,": an apposed country comes after
  // the name and is not resolved yet
  if (of < 0 && m.affiliation > static_cast<int>(idx) && ms[m.affiliation].actor >= 0)
    of = ForActor(ms[m.affiliation].actor);
  if (of < 0 && country_of_[person] <= -2) of = ForActor(-2 - country_of_[person]);
  if (of < 0 || of == person) return;
  // "AU chairperson President Sisi of Egypt": an office in a bloc leaves a
  // state known for the person (listed, or said before) the person's country
  int had = country_of_[person];
  bool keeps_state = entities_[of].type != NodeType::kCountry &&
                     (had <= -2 || (had >= 0 && entities_[had].type == NodeType::kCountry));
  auto& attrs = entities_[person].attributes;
  if (!keeps_state) {
    country_of_[person] = of;
    attrs["country"] = entities_[of].name;
  }
  if (!role_of_[person].empty()) attrs["role"] = role_of_[person];
  if (!role_emitted_.insert(person).second && m.role.empty() && m.affiliation < 0) return;
  uint32_t b = t[m.affiliation >= 0 ? ms[m.affiliation].first : m.first].begin;
  // "Vietnam's To Lam ... the Vietnamese leader": an office learnt later
  // replaces the bare membership said before
  if (!role_of_[person].empty() && role_of_[person] != "member")
    roles_.erase(std::remove_if(roles_.begin(), roles_.end(),
                                [&](const RoleFact& r) {
                                  return r.person == person && r.of == of &&
                                         r.relation == "member_of";
                                }),
                 roles_.end());
  roles_.push_back({person, RoleRelation(role_of_[person]), of, sentence, b, t[m.last - 1].end});
}

void Coreference::Resolve(uint32_t sentence, const std::vector<Token>& t, std::vector<Mention>* ms) {
  sentence_ = sentence;
  sentence_states_.clear();
  DropNamesakes(t, ms);
  AddSurnameMentions(t, ms);
  if (!acronyms_.empty()) AddAcronymMentions(t, ms);
  for (size_t i = 0; i < ms->size(); ++i) {
    Mention& m = (*ms)[i];
    switch (m.kind) {
      case MentionKind::kActor:
        if (m.type == NodeType::kPerson) {
          m.entity = ResolvePerson(m);
          if (!m.title.empty()) title_of_[m.entity] = m.title;
          NoteRole(sentence, t, *ms, i);
          named_at_[m.entity] = static_cast<int>(sentence);
          last_person_ = m.entity;
          last_person_sentence_ = sentence;
          if (IsClauseSubject(t, *ms, i, lex_)) last_subject_person_ = m.entity;
        } else {
          m.entity = m.actor >= 0 ? ForActor(m.actor) : ResolveBody(t, m);
          if (!m.institution) AddAlias(m.entity, m.surface);
          if (ModifiesFirmName(t, *ms, i, lex_)) {
            m.entity = -1;  // the firm acts, not its country
            break;
          }
          last_thing_ = m.entity;
          last_thing_sentence_ = sentence;
          if (IsClauseSubject(t, *ms, i, lex_)) last_subject_thing_ = m.entity;
        }
        break;
      case MentionKind::kAdjective:
        m.entity = ForActor(m.actor);
        AddAlias(m.entity, m.surface);
        break;
      case MentionKind::kPlace:
        m.entity = ForActor(m.actor);
        // "Modi landed in Riyadh. The kingdom ...": a city stands for its
        // country as the state in view
        if (m.entity >= 0 && entities_[m.entity].type == NodeType::kCountry) {
          last_state_ = m.entity;
          last_place_state_ = m.entity;
          NoteNamedState(m.entity);
          if (std::find(sentence_states_.begin(), sentence_states_.end(), m.entity) ==
              sentence_states_.end())
            sentence_states_.push_back(m.entity);
        }
        break;
      case MentionKind::kAgreement:
        m.entity = m.actor >= 0 ? ForActor(m.actor) : AddAgreement(m.name, m.name);
        AddAlias(m.entity, m.surface);
        last_agreement_ = m.entity;
        break;
      case MentionKind::kPronoun:
        if (!m.role.empty()) {  // a group: "they", "the two leaders"
          m.group = ResolveGroup(m);
          m.entity = m.group.empty() ? -1 : m.group.front();
          if (m.group.size() > 1 && m.role != "group") {
            described_group_ = m.group;
            described_group_sentence_ = sentence;
          }
          break;
        }
        m.entity = ResolvePronoun(t, *ms, i);
        NoteAntecedentDistance(&m);
        if (m.entity >= 0) {  // a chain of pronouns keeps its antecedent in reach
          if (entities_[m.entity].type == NodeType::kPerson) {
            // ... and the latest: "he" after "Putin" was named in passing
            // makes the next "his" his again
            last_person_ = m.entity;
            last_person_sentence_ = sentence;
          } else {
            last_thing_sentence_ = sentence;
          }
        }
        if (m.entity >= 0 && IsClauseSubject(t, *ms, i, lex_) &&
            entities_[m.entity].type != NodeType::kPerson)
          last_subject_thing_ = m.entity;
        break;
      case MentionKind::kDescription:
        m.entity = ResolveDescription(m, *ms);
        NoteAntecedentDistance(&m);
        if (m.entity >= 0) {
          // "Its new president" of someone named with no office: now known
          bool office = m.role == "leader" || m.role == "minister" || m.role == "spokesperson";
          if (office && m.affiliation >= 0 && entities_[m.entity].type == NodeType::kPerson &&
              role_of_[m.entity].empty())
            NoteRole(sentence, t, *ms, i);
          last_person_ = m.entity;
          last_person_sentence_ = sentence;
        }
        break;
    }
    if (m.kind != MentionKind::kPlace) NoteRecent(t, *ms, i);
  }
  ResolveQuotedSpeakers(t, ms);
}

}  // namespace kg::ingest
