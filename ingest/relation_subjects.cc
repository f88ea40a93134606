// Subject finding for the clause rules: who acts in the clause of a
// trigger (passive agents, coordinated and relative-clause subjects,
// "accused X of V-ing", "by V-ing, it ...", fronted clauses). Split from
// relation_extractor.cc, which keeps the shared helpers and Finish.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

// "Putin, who flew into Pyongyang on Wednesday, signed": a relative clause
// set off by commas right before the verb leaves its antecedent the
// subject. Returns the antecedent's mention, or -1.
int Extractor::RelativeClauseHead(size_t trigger) const {
  size_t k = trigger;
  while (k > 0 && (t_[k - 1].lower == "also" || t_[k - 1].lower == "later" || t_[k - 1].lower == "then"))
    --k;
  if (k < 4 || t_[k - 1].text != ",") return -1;
  for (size_t j = k - 1; j > 1 && j + 40 > k; --j) {
    const TokenWord& w = t_[j - 1].lower;
    if (t_[j - 1].text == ";" || t_[j - 1].text == ".") return -1;
    if ((w != "who" && w != "which") || t_[j - 2].text != ",") continue;
    int m = MentionAt(j - 3);
    if (m < 0 || ms_[m].last != j - 2 || !IsAgentMention(ms_[m]) || ms_[m].possessive ||
        ms_[m].entity < 0 || AfterPreposition(t_, ms_[m].first, lex_))
      return -1;
    return m;
  }
  return -1;
}

// "his administration paused", "Petro's government halted": the possessor's
// country acts (the possessor itself when it has none). Returns the
// entity, or -1 when the mention does not possess a government.
int Extractor::GovernmentOf(size_t idx) const {
  const Mention& m = ms_[idx];
  if (!m.possessive || m.entity < 0) return -1;
  size_t k = m.last;
  if (k < t_.size() && t_[k].lower == "'s") ++k;
  if (k >= t_.size() || !lex_.InSet("government_nouns", t_[k].lower)) return -1;
  int c = CountryOf(m.entity);
  return c >= 0 ? c : m.entity;
}

// "Fifteen economies, including China and Japan, signed": examples set off
// by commas after the subject's head stand for it.
bool Extractor::ApposedExamples(size_t first, size_t trigger) const {
  if (first < 2 || t_[first - 1].lower != "including" || t_[first - 2].text != ",") return false;
  return trigger > 0 && t_[trigger - 1].text == ",";
}

// "he hoped Mercosur would sign": an actor right before a modal, itself
// after a verb, heads a clause of its own. Returns its mention, or -1.
int Extractor::EmbeddedModalSubject(size_t cs, size_t trigger) const {
  size_t k = trigger;
  while (k > cs && (t_[k - 1].lower == "not" || t_[k - 1].lower == "also" || t_[k - 1].lower == "soon"))
    --k;
  if (k < cs + 3) return -1;
  const TokenWord& modal = t_[k - 1].lower;
  if (modal != "would" && modal != "will" && modal != "could" && modal != "might" && modal != "may" &&
      modal != "should" && modal != "can")
    return -1;
  int m = MentionAt(k - 2);
  if (m < 0 || ms_[m].last != k - 1 || !IsAgentMention(ms_[m]) || ms_[m].entity < 0 ||
      ms_[m].possessive || ms_[m].first <= cs)
    return -1;
  size_t b = ms_[m].first - 1;
  // "he hoped the Andean Community would sign": past the article
  if (t_[b].lower == "the" && b > cs) --b;
  const Token& before = t_[b];
  bool after_verb = before.word && !before.capitalized && before.lower != "and" && before.lower != "or" &&
                    before.lower != "the" && !lex_.InSet("prepositions", before.lower);
  return after_verb ? m : -1;
}

// "and the Philippine defence chief, Gilberto Teodoro,": a titled person a
// few words into a list item, past an adjective, title words and a comma.
int Extractor::TitledPersonAhead(size_t k, size_t limit) const {
  for (size_t j = k; j < limit && j < k + 7; ++j) {
    int m = MentionAt(j);
    if (m >= 0) {
      const Mention& x = ms_[m];
      if (x.first == j && x.type == graph::NodeType::kPerson && x.kind == MentionKind::kActor &&
          !x.role.empty() && x.entity >= 0)
        return m;
      if (x.kind != MentionKind::kAdjective) return -1;
      j = x.last - 1;
      continue;
    }
    const TokenWord& w = t_[j].lower;
    // "British Business and Trade Secretary Jonathan Reynolds": "and" inside a title
    bool title_and = w == "and" && j > k && t_[j - 1].capitalized && j + 1 < t_.size() &&
                     t_[j + 1].capitalized && MentionAt(j + 1) < 0;
    if ((w == "and" && !title_and) || w == "." || lex_.IsTriggerWord(w) || lex_.InSet("prepositions", w))
      return -1;
  }
  return -1;
}

bool Extractor::IsPassive(size_t trigger, size_t* by) const {
  size_t k = trigger;
  // "was finally signed", "were quietly delivered"
  while (k > 0 && (t_[k - 1].lower == "also" || t_[k - 1].lower == "jointly" ||
                   (EndsWith(t_[k - 1].lower, "ly") && !t_[k - 1].capitalized && t_[k - 1].lower != "only")))
    --k;
  if (k == 0) return false;
  // "The treaty, signed in 1987 by Reagan and Gorbachev", "the deal signed
  // by both sides": a participle in a reduced relative is passive too.
  bool reduced = EndsWith(t_[trigger].lower, "ed") &&
                 (t_[k - 1].text == "," || lex_.InSet("agreement_heads", t_[k - 1].lower));
  if (!IsBeForm(t_[k - 1].lower) && !reduced) return false;
  size_t end = std::min(t_.size(), trigger + 10);
  for (size_t j = trigger + 1; j < end; ++j) {
    if (t_[j].lower == "by") {
      *by = j;
      return true;
    }
  }
  return FarAgent(trigger, by);
}

// "Shoigu signed for Russia, and Kubrakov signed it for Ukraine": a clause
// joined by ", and" (or ", but") with its own subject starts after the
// conjunction. Returns that start, or `cs`.
size_t Extractor::SecondConjunct(size_t cs, size_t trigger) const {
  for (size_t k = trigger; k > cs + 1; --k) {
    const TokenWord& w = t_[k - 1].lower;
    if (!((w == "and" || w == "but") && t_[k - 2].text == ",")) continue;
    // "Ghana's minister, Kofi Mensah, and ...": without a verb before the
    // comma the conjunction joins subjects, not clauses.
    if (!HasVerb(cs, k - 2)) return cs;
    for (const Mention& m : ms_) {
      if (m.first < k || m.last > trigger) continue;
      if (!IsAgentMention(m) || m.possessive || AfterPreposition(t_, m.first, lex_)) continue;
      return k;
    }
    return cs;
  }
  return cs;
}

// Whether [from, to) holds a finite verb: a trigger, a past form in -ed
// after no determiner, or a common auxiliary or reporting verb.
bool Extractor::HasVerb(size_t from, size_t to) const {
  for (size_t k = from; k < to && k < t_.size(); ++k) {
    const TokenWord& w = t_[k].lower;
    if (!t_[k].word || t_[k].capitalized) continue;
    if (lex_.IsTriggerWord(w) || IsBeForm(w) || w == "has" || w == "have" || w == "had" ||
        w == "said" || w == "met" || w == "left" || w == "went" || w == "took" || w == "made")
      return true;
    const std::string& before = k > 0 ? t_[k - 1].lower : w;
    if (EndsWith(w, "ed") && before != "the" && before != "a" && before != "an") return true;
  }
  return false;
}

// "in a Doha hotel", "at an Ankara hospital": a name modifying a noun inside
// an indefinite prepositional phrase is not the clause's subject.
bool Extractor::InIndefinitePhrase(size_t first) const {
  if (first < 2) return false;
  const TokenWord& det = t_[first - 1].lower;
  return (det == "a" || det == "an") && lex_.InSet("prepositions", t_[first - 2].lower);
}

// "urged the EU on Monday to suspend", "called on Turkey to halt",
// "forced President Kirchner to suspend": an infinitive after a verb that
// puts someone to it has that someone for its subject. Returns the first
// token after the controlling verb (the object's start), or npos when the
// trigger is no such infinitive.
size_t Extractor::ControlledObjectStart(size_t trigger) const {
  size_t k = trigger;
  while (k > 0 && (t_[k - 1].lower == "also" || t_[k - 1].lower == "not" || t_[k - 1].lower == "immediately"))
    --k;
  if (k < 3 || t_[k - 1].lower != "to") return std::string::npos;
  // the object: names, titles, articles, lists and a time phrase, no verb
  for (size_t j = k - 1; j > 0 && j + 9 > k; --j) {
    const TokenWord& w = t_[j - 1].lower;
    bool on = w == "on" && j > 1 && lex_.InSet("call_on_verbs", t_[j - 2].lower);
    if (lex_.InSet("object_control_verbs", w) || on) return j + 1 < k ? j : std::string::npos;
    if (w == "." || w == ";" || w == ":" || w == "to" || w == "that" || IsBeForm(w) ||
        (!t_[j - 1].capitalized && lex_.IsTriggerWord(w)))
      return std::string::npos;
  }
  return std::string::npos;
}

// A traveller who is a private person: someone of no office, country or
// listed entry, told as a player ("to join the squad ahead of the game"),
// by family or leisure ("their son's", "on holiday"), or in their own words
// ("I was in Malaysia, about to go to Australia").
bool Extractor::PrivateTraveller(int entity) const {
  if (!EntityIsPerson(entity) || CountryOf(entity) >= 0 || HasOffice(entity) ||
      lex_.ActorByName(doc_.entity_names[entity]) >= 0)
    return false;
  // "he will visit": named with an office before, maybe
  bool named = false;
  for (const Mention& m : ms_) {
    // "((Kay)) That was when I was in Malaysia": an unresolved "I" too
    bool own_words = m.kind == MentionKind::kPronoun && IsFirstPerson(t_[m.first].lower);
    if (own_words && (m.entity == entity || m.entity < 0)) return true;
    named = named || (m.entity == entity && m.kind == MentionKind::kActor);
  }
  if (!named) return false;
  for (const Token& tk : t_)
    if (lex_.InSet("private_trip_words", tk.lower)) return true;
  return false;
}

// A name on no list that is one common word ("the General Election", where
// "General" reads as a rank): no actor, whatever its capital letter.
bool Extractor::CommonWordName(const Mention& m) const {
  return m.kind == MentionKind::kActor && m.actor < 0 && m.name.find(' ') == std::string::npos &&
         lex_.InSet("non_name_words", t_[m.last - 1].lower);
}

// "A UK bank signed", "US defence firm Lockheed delivered": a state named
// before a company noun (`company_heads`, at most one word between)
// modifies the company, and the company is not the state; so does one
// after a word that opens a firm's name.
bool Extractor::ModifiesCompany(const Mention& m) const {
  // "Air India signed": a capitalised opener (`company_openers`) names a firm
  if (m.first > 0 && t_[m.first - 1].capitalized && lex_.InSet("company_openers", t_[m.first - 1].lower))
    return true;
  for (size_t k = m.last; k < t_.size() && k < m.last + 2; ++k) {
    if (lex_.InSet("company_heads", t_[k].lower)) return true;
    if (!t_[k].word || t_[k].capitalized) return false;
  }
  return false;
}

Extractor::Subjects Extractor::SubjectsFor(size_t trigger, int depth) {
  Subjects s;
  size_t by = 0;
  size_t cend = ClauseEnd(t_, trigger, lex_);
  if (IsPassive(trigger, &by)) {
    int a = AgentAt(by + 1);
    if (a >= 0) {
      size_t end;
      // an agent past an aside ("..., after the embassy moved, by A and B")
      // lists to the end of its own clause
      s.entities = Coordinated(a, std::max(cend, ClauseEnd(t_, by, lex_)), &end);
      s.passive = true;
      s.end = ClauseStart(t_, trigger, lex_);
      s.how = "passive agent";
      return s;
    }
  }
  size_t cs = SecondConjunct(ClauseStart(t_, trigger, lex_), trigger);
  // "accused North Korea of (secretly) supplying": the accused is the doer.
  for (size_t k = trigger; k > 0 && k + 5 > trigger; --k) {
    if (t_[k - 1].lower != "of") continue;
    // "accused North Korea on Wednesday of supplying": skip a time phrase
    size_t before = k - 1;
    while (before > 0 && before + 4 > k &&
           (t_[before - 1].lower == "on" || lex_.InSet("weekdays", t_[before - 1].lower) ||
            t_[before - 1].lower == "last" || t_[before - 1].lower == "week" ||
            t_[before - 1].lower == "yesterday" || t_[before - 1].lower == "today"))
      --before;
    int m = MentionAt(before >= 1 ? before - 1 : 0);
    if (m < 0 || ms_[m].entity < 0 || !IsAgentMention(ms_[m]) || ms_[m].first == 0) break;
    size_t v = ms_[m].first - 1;  // "accused the United Arab Emirates of arming"
    if (v > 0 && t_[v].lower == "the") --v;
    const TokenWord& verb = t_[v].lower;
    if (verb.rfind("accus", 0) == 0 || verb.rfind("suspect", 0) == 0 ||
        verb.rfind("blam", 0) == 0 || verb.rfind("charg", 0) == 0) {
      s.entities = {ms_[m].entity};
      s.end = cs;
      s.how = "the accused of an accusation";
      return s;
    }
    break;
  }
  // "called on Turkey to halt": the one called on; nobody named when the
  // one called on is on no list ("forced the World Food Programme to pause")
  if (size_t obj = ControlledObjectStart(trigger); obj != std::string::npos) {
    int a = AgentAt(obj);
    bool named = a >= 0 && !ms_[a].possessive && IsAgentMention(ms_[a]) && ms_[a].entity >= 0 &&
                 ms_[a].last < trigger && (ms_[a].first == obj || t_[ms_[a].first - 1].lower != "-");
    if (named) s.entities = Coordinated(a, trigger, &s.end);
    s.end = cs;
    s.how = "the one put to the infinitive";
    return s;
  }
  // "blocked Estonia from sending howitzers": the one kept from it is the doer.
  if (trigger > 1 && t_[trigger - 1].lower == "from" && EndsWith(t_[trigger].lower, "ing")) {
    int m = MentionAt(trigger - 2);
    if (m >= 0 && ms_[m].entity >= 0 && IsAgentMention(ms_[m]) && ms_[m].first > 0 &&
        lex_.InSet("prevention_verbs", t_[ms_[m].first - 1].lower)) {
      s.entities = {ms_[m].entity};
      s.end = cs;
      s.how = "the one kept from acting";
      return s;
    }
  }
  if (depth == 0) {
    if (Subjects aside = SubjectBeforeAside(trigger); !aside.entities.empty()) return aside;
    if (Subjects inv = InvertedSubject(trigger, cs); !inv.entities.empty()) return inv;
  }
  // "by providing arms to Ukraine, it has become...": the doer follows the comma.
  if (trigger > 0 && EndsWith(t_[trigger].lower, "ing")) {
    const TokenWord& before = t_[trigger - 1].lower;
    if (before == "by" || before == "after" || before == "before" || before == "while" ||
        before == "when" || before == "since" || trigger == cs) {
      size_t comma = trigger;
      while (comma < t_.size() && t_[comma].text != ",") ++comma;
      for (size_t k = comma + 1; k < t_.size() && k < comma + 8; ++k) {
        int a = AgentAt(k);
        if (a >= 0 && !ms_[a].possessive) {
          size_t end;
          s.entities = Coordinated(a, t_.size(), &end);
          s.end = cs;
          s.how = "participle clause, subject after the comma";
          return s;
        }
      }
    }
  }
  if (int head = RelativeClauseHead(trigger); head >= 0) {
    s.entities = AntecedentList(head, ms_[head].last + 2);
    s.end = cs;
    s.how = "subject before a relative clause";
    return s;
  }
  if (int inner = EmbeddedModalSubject(cs, trigger); inner >= 0) {
    // "said they would sign": a group keeps all its members
    s.entities = ms_[inner].group.empty() ? AntecedentList(inner, trigger) : ms_[inner].group;
    s.end = ms_[inner].last;
    s.how = "subject of an embedded clause";
    return s;
  }
  for (size_t idx = 0; idx < ms_.size(); ++idx) {
    const Mention& m = ms_[idx];
    if (m.first < cs || m.last > trigger) continue;
    bool opens = m.first > 0 && m.first - 1 == cs;
    if (int gov = GovernmentOf(idx); gov >= 0 && (opens || !AfterPreposition(t_, m.first, lex_))) {
      s.entities = {gov};
      s.end = m.last + 1;
      s.how = "the government of a possessor";
      return s;
    }
    if (!IsAgentMention(m) || m.possessive || is_affiliation_[idx] || m.entity < 0 || CommonWordName(m) ||
        ModifiesCompany(m))
      continue;
    // "after Cairo signed": "after" opens the clause; "In Beijing, Wang Yi
    // and Sergey Lavrov signed": a fronted place is no subject
    bool opener = m.first > 0 && m.first - 1 == cs && !lex_.InSet("place_prepositions", t_[cs].lower);
    if (!opener && !ApposedExamples(m.first, trigger) && AfterPreposition(t_, m.first, lex_)) continue;
    if (InIndefinitePhrase(m.first)) continue;  // "In a Doha hotel, X and Y signed"
    // "the EU-China investment agreement": the second part of a compound
    // modifier is no subject
    if (m.first > 1 && t_[m.first - 1].text == "-" && t_[m.first - 2].capitalized) continue;
    s.entities = Coordinated(idx, trigger, &s.end);
    s.how = "clause subject";
    return s;
  }
  // "The leaders of the United States, Mexico and Canada signed ..."
  for (size_t idx = 0; idx < ms_.size(); ++idx) {
    const Mention& m = ms_[idx];
    if (m.first < cs + 2 || m.last > trigger || !IsAgentMention(m) || m.entity < 0) continue;
    size_t of = m.first - 1;
    if (t_[of].lower == "the") --of;
    if (t_[of].lower != "of" || of == 0) break;
    if (!lex_.InSet("group_heads", t_[of - 1].lower)) break;
    s.entities = Coordinated(idx, trigger, &s.end);
    s.how = "the leaders of the subject countries";
    return s;
  }
  if (Subjects focus = CleftFocus(cs); !focus.entities.empty()) return focus;
  if (Subjects among = AmongAntecedent(cs); !among.entities.empty()) return among;
  if (cs < t_.size() && (t_[cs].lower == "who" || t_[cs].lower == "which")) {
    for (size_t idx = ms_.size(); idx > 0; --idx) {
      const Mention& m = ms_[idx - 1];
      if (m.last > cs || !IsAgentMention(m) || m.possessive || m.entity < 0) continue;
      s.entities = AntecedentList(idx - 1, cs);
      s.end = cs + 1;
      s.how = "antecedent of the relative clause";
      return s;
    }
  }
  std::string_view opener = cs < t_.size() ? std::string_view(t_[cs].lower) : std::string_view();
  // "is weighing whether to suspend": an infinitive after "whether" has the
  // subject of the clause it completes (and stays open: see modality).
  bool whether_to = opener == "whether" && cs + 1 < t_.size() && t_[cs + 1].lower == "to";
  // "ruled out jets, a week after agreeing to deliver tanks": a gerund
  // right after a subordinator has no subject of its own either.
  // Only as an adjunct set off by a comma (", a week after"): "visiting A
  // and B before going on to C" is the visit rules' business.
  bool adjunct = false;
  for (size_t k = cs; k > 0 && k + 4 > cs; --k) adjunct = adjunct || t_[k - 1].text == ",";
  bool gerund_after = adjunct && lex_.InSet("subordinators", opener) && cs + 1 <= trigger &&
                      EndsWith(t_[cs + 1].lower, "ing") && MentionAt(cs + 1) < 0;
  if (depth == 0 && cs > 0 && (opener == "but" || opener == "then" || opener == "as" ||
                               opener == "and" || whether_to || gerund_after)) {
    s = SubjectsFor(cs > 0 ? cs - 1 : 0, 1);
    s.end = cs + 1;
    s.how += " (shared with the previous clause)";
  }
  // "visited North Korea for the first time since 2000, signing a pact": a
  // participle after a comma closing a subordinate clause hangs from the
  // main clause, whose subject and cues it shares.
  if (s.entities.empty() && depth == 0 && cs > 0 && trigger > cs + 1 && t_[trigger - 1].text == "," &&
      EndsWith(t_[trigger].lower, "ing")) {
    Subjects main = SubjectsFor(cs - 1, 1);
    if (!main.entities.empty()) {
      s = main;
      s.clause_start = ClauseStart(t_, cs - 1, lex_);
      s.how += " (main clause of a participle adjunct)";
    }
  }
  return s;
}

}  // namespace kg::ingest
