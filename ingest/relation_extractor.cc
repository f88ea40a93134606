#include "ingest/relation_extractor.h"

#include <algorithm>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

std::string Relation::ToString() const {
  std::string s = relation + "(";
  for (size_t i = 0; i < sources.size(); ++i) s += (i ? "," : "") + std::to_string(sources[i]);
  s += " -> " + (target >= 0 ? std::to_string(target) : new_target_name) + ") " +
       std::string(graph::ModalityName(modality)) + " rule=" + rule;
  if (!date.empty()) s += " date=" + date;
  return s;
}

Extractor::Extractor(const SentenceInput& in, const DocumentContext& doc, const Lexicon& lex,
                     std::vector<Relation>* out, std::vector<std::string>* trace, Scratch* scratch)
    : t_(in.tokens), ms_(in.mentions), dates_(in.dates), doc_(doc), lex_(lex), out_(out),
      trace_(trace), is_affiliation_(scratch->is_affiliation), arms_at_(scratch->arms_at),
      consumed_(scratch->consumed) {
  is_affiliation_.assign(in.mentions.size(), false);
  arms_at_.assign(in.tokens.size(), kArmsUnknown);
  consumed_.assign(in.tokens.size(), false);
  for (const Mention& m : ms_)
    if (m.affiliation >= 0) is_affiliation_[m.affiliation] = true;
}

void Extractor::Run() {
  const RelationWords& visited = lex_.relation("visited");
  const RelationWords& signed_words = lex_.relation("signed");
  const RelationWords& suspended = lex_.relation("suspended");
  const RelationWords& supplies = lex_.relation("supplies_arms_to");
  for (size_t i = 0; i < t_.size(); ++i) {
    const TokenWord& w = t_[i].lower;
    // ("did the same": the call only where "same" follows two tokens on)
    if (t_[i].word && w.size() <= 4 && i + 2 < t_.size() && t_[i + 2].lower == "same" &&
        DidTheSame(i))
      continue;
    if (!t_[i].word || !lex_.IsTriggerWord(w)) continue;
    // "stopped short of suspending": the verb that follows is the one told (negated)
    if (i + 2 < t_.size() && t_[i + 1].lower == "short" && t_[i + 2].lower == "of") continue;
    std::string two;
    if (i + 1 < t_.size() && t_[i + 1].lower == "off") two = w + " off";
    if (visited.IsVerb(w) || visited.IsPrepVerb(w) || visited.IsNoun(w) ||
        lex_.InSet("attend_verbs", w) || lex_.InSet("reception_verbs", w))
      Visited(i);
    if (signed_words.IsVerb(w) || signed_words.IsPrepVerb(w) || signed_words.IsNoun(w)) Signed(i);
    if (suspended.IsVerb(w) || suspended.verbs.count(two) || suspended.IsNoun(w))
      Suspended(i);
    if (supplies.IsVerb(w) || w.rfind("support", 0) == 0 || w == "buy" || w == "buys" ||
        w == "bought" || w == "buying" || w.rfind("purchas", 0) == 0 || w == "received" ||
        w == "receives" || w == "receiving" || w == "acquired")
      Supplies(i);
  }
  SuppliesNominal();
  VisitedBeingIn();
}

int Extractor::Entity(int idx) const { return idx < 0 ? -1 : ms_[idx].entity; }

int Extractor::CountryOf(int entity) const {
  return doc_.CountryOf(entity);
}

int Extractor::MentionAt(size_t token) const {
  for (size_t k = 0; k < ms_.size(); ++k)
    if (ms_[k].first <= token && token < ms_[k].last) return static_cast<int>(k);
  return -1;
}

int Extractor::AgentAt(size_t token) const {
  // Skip what may stand before a name in a list: "the", "then-", titles
  // ("President Zelensky"), "his Australian counterpart", "representatives of".
  for (int guard = 0; guard < 6 && token < t_.size(); ++guard) {
    const TokenWord& w = t_[token].lower;
    // "the new Australian prime minister": a description holds its article
    int at = MentionAt(token);
    if (at >= 0 && ms_[at].first == token && ms_[at].kind == MentionKind::kDescription) break;
    if (w == "the" || w == "then" || t_[token].text == "-") {
      ++token;
      continue;
    }
    // "Singh's predecessor Manohar Parrikar", the possessor named on no list
    if (MentionAt(token) < 0 && t_[token].capitalized && token + 2 < t_.size() &&
        t_[token + 1].lower == "'s" && lex_.InSet("relational_heads", t_[token + 2].lower)) {
      token += 3;
      continue;
    }
    // "by the bloc's Peace and Security Council": a described possessor
    // before a name
    if (MentionAt(token) < 0 && t_[token].word && !t_[token].capitalized && token + 2 < t_.size() &&
        t_[token + 1].lower == "'s" && t_[token + 2].capitalized) {
      token += 2;
      continue;
    }
    if ((w == "his" || w == "her" || w == "their") && token + 1 < t_.size()) {
      ++token;
      continue;
    }
    // "India and its neighbour Bangladesh", "Sisi and his ally Haftar": a
    // possessive and one common noun before a name
    if (w == "its" && token + 2 < t_.size() &&
        t_[token + 1].word && !t_[token + 1].capitalized && t_[token + 2].capitalized &&
        MentionAt(token + 2) >= 0) {
      token += 2;
      continue;
    }
    if (token > 0 && (t_[token - 1].lower == "his" || t_[token - 1].lower == "her" ||
                      t_[token - 1].lower == "their") &&
        MentionAt(token) < 0 && t_[token].word && !t_[token].capitalized && token + 1 < t_.size() &&
        t_[token + 1].capitalized && MentionAt(token + 1) >= 0 && lex_.TitleRole(w).empty()) {
      ++token;
      continue;
    }
    if (MentionAt(token) < 0 && t_[token].word && !lex_.TitleRole(w).empty()) {
      ++token;
      continue;
    }
    // "the FARC commander Rodrigo Londono": an organisation on no list before a title.
    if (MentionAt(token) < 0 && t_[token].capitalized && t_[token].word && token + 1 < t_.size() &&
        !lex_.TitleRole(t_[token + 1].lower).empty() &&
        lex_.TitleRole(w + " " + t_[token + 1].lower).empty()) {  // not "Crown Prince"
      ++token;
      continue;
    }
    if (lex_.InSet("group_heads", w) &&
        token + 1 < t_.size() && (t_[token + 1].lower == "of" || t_[token + 1].lower == "from")) {
      token += 2;
      continue;
    }
    // "the foreign ministers of Chile and Peru": a modifier before the group word
    if (MentionAt(token) < 0 && t_[token].word && !t_[token].capitalized && token + 2 < t_.size() &&
        (t_[token + 1].lower == "ministers" || t_[token + 1].lower == "leaders" ||
         t_[token + 1].lower == "officials") &&
        (t_[token + 2].lower == "of" || t_[token + 2].lower == "from")) {
      ++token;
      continue;
    }
    // "the four-nation European Free Trade Association", "the paramilitary
    // Rapid Support Forces": a descriptive word before an organisation
    int next = token + 1 < t_.size() ? MentionAt(token + 1) : -1;
    if (MentionAt(token) < 0 && t_[token].word && !t_[token].capitalized && next >= 0 &&
        ms_[next].first == token + 1 && ms_[next].type == graph::NodeType::kOrganization &&
        !lex_.InSet("prepositions", w) && w != "a" && w != "an" && w != "and" && w != "or") {
      ++token;
      continue;
    }
    break;
  }
  for (size_t k = 0; k < ms_.size(); ++k) {
    if (ms_[k].first != token) continue;
    if (is_affiliation_[k]) {  // "its leader Kim Jong Un", "Russian President Putin": the person
      for (size_t p = k + 1; p < ms_.size(); ++p)
        if (ms_[p].affiliation == static_cast<int>(k)) return IsAgentMention(ms_[p]) ? static_cast<int>(p) : -1;
    }
    // "North Korea's Kim Jong Un": the person, not the possessor.
    // "Singh's predecessor Manohar Parrikar": the related person.
    if (ms_[k].possessive && k + 1 < ms_.size() && ms_[k + 1].first > ms_[k].last &&
        ms_[k + 1].type == graph::NodeType::kPerson && ms_[k + 1].entity >= 0) {
      bool related = true;
      for (size_t w = ms_[k].last + 1; w < ms_[k + 1].first && related; ++w)
        related = w + 1 == ms_[k + 1].first && lex_.InSet("relational_heads", t_[w].lower);
      if (related) return static_cast<int>(k + 1);
    }
    // "Australia's new foreign minister, Penny Wong": the titled person the
    // possessive country introduces.
    if (ms_[k].possessive) {
      for (size_t p = k + 1; p < ms_.size() && ms_[p].first <= ms_[k].last + 6; ++p)
        if (ms_[p].affiliation == static_cast<int>(k) && ms_[p].type == graph::NodeType::kPerson &&
            ms_[p].entity >= 0)
          return static_cast<int>(p);
    }
    return IsAgentMention(ms_[k]) && ms_[k].entity >= 0 ? static_cast<int>(k) : -1;
  }
  return -1;
}

std::vector<int> Extractor::Coordinated(size_t idx, size_t limit, size_t* end) const {
  std::vector<int> out{ms_[idx].entity};
  // "the two leaders": every member of the group
  if (!ms_[idx].group.empty()) out = ms_[idx].group;
  size_t e = ms_[idx].last;
  size_t confirmed = out.size(), confirmed_end = e;  // a comma list counts once "and" closes it
  bool nor = false;
  for (;;) {
    // "Simon Birmingham of Australia and Damien O'Connor of New Zealand":
    // a person's "of" country is part of the item
    if (int self = e > 0 ? MentionAt(e - 1) : -1; self >= 0 && ms_[self].affiliation >= 0 &&
        e + 1 < limit && t_[e].lower == "of") {
      const Mention& of = ms_[ms_[self].affiliation];
      if (of.first == e + 1 || (of.first == e + 2 && t_[e + 1].lower == "the")) e = of.last;
    }
    // "Ali Shamkhani for Iran and Musaed al-Aiban for Saudi Arabia": the
    // state a person acts for is part of the item too
    if (int self = e > 0 ? MentionAt(e - 1) : -1; self >= 0 && ms_[self].type == graph::NodeType::kPerson &&
        e + 1 < limit && t_[e].lower == "for") {
      int state = AgentAt(e + 1);
      if (state >= 0 && ms_[state].type == graph::NodeType::kCountry && ms_[state].last <= limit) e = ms_[state].last;
    }
    size_t k = e;
    bool linked = false, conj = false;
    // "the four Mercosur countries and EFTA": a bloc's members stand for it
    int last = MentionAt(e > 0 ? e - 1 : 0);
    if (k < limit && k < t_.size() && last >= 0 && ms_[last].type == graph::NodeType::kOrganization &&
        (t_[k].lower == "countries" || t_[k].lower == "nations" || t_[k].lower == "members" ||
         t_[k].lower == "governments"))
      ++k;
    while (k < limit && k < t_.size()) {
      const TokenWord& w = t_[k].lower;
      // "Scholz, in November 2022, and Macron": a short aside after an item
      // that a conjunction follows
      if (w == "," && k + 1 < t_.size() && lex_.InSet("prepositions", t_[k + 1].lower)) {
        size_t c = k + 1;
        while (c < limit && c < k + 8 && t_[c].text != ",") ++c;
        if (c + 1 < limit && t_[c].text == "," && InterruptionOpen(t_, c, lex_) == k && !HasVerb(k + 1, c) &&
            (t_[c + 1].lower == "and" || t_[c + 1].lower == "nor" || t_[c + 1].lower == "or")) {
          k = c;
          continue;
        }
      }
      // "neither A nor B" lists its members as "A and B" does; the negation
      // is modality's business.
      if (w == "," || w == "and" || w == "nor" || w == "together" || w == "along" ||
          w == "with" || w == "as" || w == "well" || w == "both") {
        nor = nor || w == "nor";
        linked = linked || w != "both";
        conj = conj || (w != "," && w != "both");
        ++k;
        continue;
      }
      break;
    }
    if (!linked || k >= limit) break;
    k = SkipListFiller(idx, k, limit);
    // "Sharif and Crown Prince Mohammed bin Salman": a title of two words in the list
    if (k + 2 < t_.size() && MentionAt(k) < 0 &&
        !lex_.TitleRole(t_[k].lower + " " + t_[k + 1].lower).empty())
      k += 2;
    // "Abiy Ahmed and Somaliland's Muse Bihi Abdi": a possessor on no list
    // before a person in the list
    if (k + 2 < limit && k + 2 < t_.size() && MentionAt(k) < 0 && t_[k].capitalized &&
        t_[k].word && t_[k + 1].lower == "'s") {
      int person = MentionAt(k + 2);
      if (person >= 0 && ms_[person].first == k + 2 && ms_[person].type == graph::NodeType::kPerson)
        k += 2;
    }
    int next = AgentAt(k);
    if (next < 0) next = TitledPersonAhead(k, limit);
    if (next < 0) {
      // "Macron, Scholz and Mario Draghi": the list closes with a name on no list.
      if (conj && k < t_.size() && t_[k].word) confirmed = out.size();
      break;
    }
    out.push_back(ms_[next].entity);
    for (size_t g = 1; g < ms_[next].group.size(); ++g) out.push_back(ms_[next].group[g]);
    e = ms_[next].last;
    if (conj) {
      confirmed = out.size();
      confirmed_end = e;
    }
  }
  out.resize(confirmed);
  // "Neither A nor B has signed": the subject ends at A so that the modality
  // window keeps "nor" and every member comes out negated.
  *end = nor ? ms_[idx].last : confirmed_end;
  return out;
}

// Past what may open the next item of a list after its conjunction: the
// first item's preposition repeated ("to Egypt, as well as to India") or a
// group noun introducing named members ("as well as Pacific island nations
// including Tonga"). Returns the first token of the item's name.
size_t Extractor::SkipListFiller(size_t first_item, size_t k, size_t limit) const {
  size_t first = ms_[first_item].first;
  if (k < limit && first > 0 && lex_.InSet("prepositions", t_[k].lower) &&
      t_[k].lower == t_[first - 1].lower)
    return k + 1;
  for (size_t j = k; j < limit && j < k + 5; ++j) {
    const TokenWord& w = t_[j].lower;
    if (w == "including" || (w == "such" && j + 1 < limit && t_[j + 1].lower == "as"))
      return j + (w == "such" ? 2 : 1);
    if (MentionAt(j) >= 0 || !t_[j].word || w == "and" || lex_.IsTriggerWord(w)) break;
  }
  return k;
}

// "include China, Japan and Australia, which signed": the whole list that
// ends at the antecedent `last` before the relative pronoun at `rel`.
std::vector<int> Extractor::AntecedentList(size_t last, size_t rel) const {
  for (size_t idx = 0; idx < last; ++idx) {
    const Mention& m = ms_[idx];
    if (m.last + 12 < ms_[last].first || !IsAgentMention(m) || m.possessive || m.entity < 0)
      continue;
    size_t end = 0;
    std::vector<int> list = Coordinated(idx, rel, &end);
    if (end == ms_[last].last && list.size() > 1) return list;
  }
  return {ms_[last].entity};
}

bool Extractor::InClauseOfPlan(size_t cs) const {
  if (cs == 0 || cs >= t_.size() || !lex_.InSet("plan_clause_openers", t_[cs].lower)) return false;
  for (size_t k = cs, head = ClauseStart(t_, cs - 1, lex_); k > head; --k) {
    if (t_[k - 1].text == "," || t_[k - 1].text == ";") return false;
    if (lex_.InSet("future_auxiliaries", t_[k - 1].lower)) return true;
  }
  return false;
}

void Extractor::Note(size_t trigger, const std::string& what) {
  if (!trace_) return;
  trace_->push_back("  '" + std::string(t_[trigger].text) + "': " + what);
}

void Extractor::Finish(Relation r, size_t trigger, const Subjects& s, size_t end) {
  size_t cs = s.clause_start != SIZE_MAX ? s.clause_start : ClauseStart(t_, trigger, lex_);
  size_t window = std::max(cs, s.end);
  if (s.passive) window = cs;
  // A participle after a comma ("threatened to ..., effectively suspending
  // the deal") shares the main verb's modality: keep the whole clause.
  size_t before = trigger;
  while (before > 0 && (t_[before - 1].lower == "effectively" || t_[before - 1].lower == "thereby" ||
                        t_[before - 1].lower == "in" || t_[before - 1].lower == "also"))
    --before;
  bool participle = EndsWith(t_[trigger].lower, "ing") && before > 0 && t_[before - 1].text == ",";
  for (size_t k = trigger; k > window && !participle; --k) {
    if (t_[k - 1].text == ",") {
      window = k;
      break;
    }
  }
  if (r.modality_override) {
    r.modality = graph::Modality::kNegated;
  } else if (r.modality_override_asserted) {
    r.modality = graph::Modality::kAsserted;
  } else {
    r.modality = ModalityFor(t_, cs, window, trigger, lex_, &r.cue);
    if (r.modality_override_hypothetical && r.modality == graph::Modality::kAsserted)
      r.modality = graph::Modality::kHypothetical;
    // "NATO ministers agreed to suspend cooperation" tells a decision taken,
    // where "agreed to supply tanks" tells a pledge.
    // So does "approved a full suspension of the pact".
    bool decided_noun = (r.cue == "approved" || r.cue == "agreed") && trigger > 2 &&
                        (t_[trigger - 2].lower == r.cue || t_[trigger - 3].lower == r.cue);
    if (r.relation == "suspended" && r.modality == graph::Modality::kHypothetical &&
        ((r.cue == "agreed" && trigger > 1 &&
          (t_[trigger - 1].lower == "to" || t_[trigger - 2].lower == "to")) ||
         decided_noun)) {
      // only when nothing else hedges it: "may have agreed", "expected to have agreed"
      size_t cues = 0;
      for (size_t k = cs; k < trigger; ++k) cues += lex_.InSet("hypothetical", t_[k].lower) ? 1 : 0;
      if (cues == 1) r.modality = graph::Modality::kAsserted;
    }
  }
  if (r.modality == graph::Modality::kAsserted && !r.modality_override_asserted &&
      InClauseOfPlan(cs)) {
    r.modality = graph::Modality::kHypothetical;
    r.cue = t_[cs].lower;
  }
  r.trigger = static_cast<uint32_t>(trigger);
  r.last = static_cast<uint32_t>(std::max(end, trigger + 1));
  r.first = static_cast<uint32_t>(std::min(trigger, s.end > 0 ? s.end - 1 : trigger));
  r.date = DateNear(trigger);
  // Nobody does these things to themselves.
  std::vector<int> sources;
  for (int e : r.sources) {
    if (e < 0 || e == r.target) continue;
    // "It suspended flights to Saudi Arabia": nobody suspends ties with itself
    if (std::find(r.counterparts.begin(), r.counterparts.end(), e) != r.counterparts.end() &&
        r.relation == "suspended")
      continue;
    // A small town or landmark tells a visit only by someone of known
    // country or office: "Mr Howard went to Cambridge University" may be
    // a trip at home.
    if (r.relation == "visited" && CountryOf(e) < 0 && !HasOffice(e) &&
        OnlyOpenPlaces(r.target, trigger, r.last))
      continue;
    if (r.relation == "visited" && NoVisitorOf(e, r.target)) continue;
    // a dependency is a visit's place only for someone of known country:
    // "Mette Frederiksen arrived in Greenland" may be a trip at home
    if (r.relation == "visited" && EntityIsPerson(e) && CountryOf(e) < 0 && IsDependency(r.target))
      continue;
    // "Sunak, who studied at Stanford and met his wife in California": the
    // clause of the trigger tells a life there
    if (r.relation == "visited" && EntityIsPerson(e) && LifeClause(trigger)) continue;
    if (std::find(sources.begin(), sources.end(), e) == sources.end()) sources.push_back(e);
  }
  r.sources = std::move(sources);
  if (r.sources.empty()) {
    Note(trigger, r.relation + ": no actor besides the target");
    return;
  }
  Note(trigger, r.rule + " fired (" + s.how + ", " + std::string(graph::ModalityName(r.modality)) +
                    (r.cue.empty() ? "" : " because of '" + r.cue + "'") + ")");
  out_->push_back(std::move(r));
}

// True when `entity` is no private person: a state, a body, or someone a
// mention in the sentence or a listed entry gives an office or title
// ("Pope Francis", "UN chief Antonio Guterres").
bool Extractor::HasOffice(int entity) const {
  for (const Mention& m : ms_)
    if (m.entity == entity && (!m.role.empty() || !m.title.empty())) return true;
  if (entity < 0 || static_cast<size_t>(entity) >= doc_.entity_names.size()) return false;
  if (doc_.entity_types[entity] != graph::NodeType::kPerson) return true;  // a state or body travels as itself
  int actor = lex_.ActorByName(doc_.entity_names[entity]);
  return actor >= 0 && (!lex_.actors()[actor].role.empty() || lex_.actors()[actor].country >= 0);
}

// True when the mentions of `entity` in tokens [b, e), or in the whole
// sentence when none is there, are all places from WordNet's gazetteer.
bool Extractor::OnlyOpenPlaces(int entity, size_t b, size_t e) const {
  for (bool whole : {false, true}) {
    bool any = false, open = true;
    for (const Mention& m : ms_) {
      if (m.entity != entity || (!whole && (m.first < b || m.first >= e))) continue;
      any = true;
      open = open && m.open_place;
    }
    if (any) return open;
  }
  return false;
}

void ExtractRelations(const SentenceInput& in, const DocumentContext& doc, const Lexicon& lexicon,
                      std::vector<Relation>* out, std::vector<std::string>* trace) {
  thread_local Extractor::Scratch scratch;
  Extractor(in, doc, lexicon, out, trace, &scratch).Run();
}

}  // namespace kg::ingest
