// The visited relation told by presence: a person of known country and
// office is placed abroad by a locative phrase that belongs to what he or
// she did, whatever the verb ("told reporters in Vilnius", "laid a wreath
// at a memorial in Kyiv", "signed the treaty in Astana"), fronted ("In
// Helsinki, Putin ...", "Speaking at a forum in Riyadh, Trump said") or
// set off after the name ("Putin, in Geneva for the summit, said"). A
// fallback after the wording rules: it adds nothing they already found.
#include <algorithm>
#include <cctype>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

namespace {

constexpr size_t kNone = static_cast<size_t>(-1);

bool IsPossessivePronounWord(std::string_view w) {
  return w == "his" || w == "her" || w == "their" || w == "its" || w == "our";
}

// A noun whose own "in <place>" says where it is ("the war in", "troops
// in"): WordNet's class, and the hand list for what WordNet lacks.
bool IsLocatedNoun(const Lexicon& lex, const TokenWord& w) {
  return lex.InClass("located_nouns", w) || lex.InSet("located_nouns_more", w);
}

}  // namespace

void Extractor::VisitedLocative() {
  // most sentences name nobody who could be placed
  bool candidate = false;
  for (const Mention& m : ms_)
    candidate = candidate || (m.type == NodeType::kPerson && m.entity >= 0 && CountryOf(m.entity) >= 0);
  if (!candidate) return;
  for (size_t k = 0; k + 1 < t_.size(); ++k) {
    if (!lex_.InSet("locative_prepositions", t_[k].lower)) continue;
    size_t end = k + 1;
    int place = LocativePlace(k, &end);
    if (place < 0) continue;
    size_t chain = LocativeChainStart(k);
    if (chain == kNone || HeadsClauseAfter(end)) {
      Note(k, "visited.located: the place belongs to a noun, a topic or another clause");
      continue;
    }
    if (LifeClause(k)) {
      Note(k, "visited.located: a place of the person's life, not a visit");
      continue;
    }
    Subjects s = LocatedPeople(k, chain, end);
    if (s.entities.empty()) Note(k, "visited.located: nobody of known country and office placed");
    if (!s.entities.empty()) EmitLocated(place, k, s, end);
    k = end - 1;
  }
}

// "studied at Stanford in California", "spent part of her childhood in
// Montreal", "who was born in New York": a clause that tells where someone
// lived, studied, worked or was held (`locative_life_words`) places no
// visitor, whatever phrase the place hangs from.
bool Extractor::LifeClause(size_t prep) const {
  for (size_t k = ClauseStart(t_, prep, lex_); k < prep; ++k)
    if (lex_.InSet("locative_life_words", t_[k].lower)) return true;
  // "moved to Montreal at the age of 12", "went to Paris as a student": an
  // age or a stage of life after the place tells a life, not a trip
  for (size_t k = prep + 1, end = ClauseEnd(t_, prep, lex_); k < end; ++k)
    if (lex_.InSet("life_stage_words", t_[k].lower) && k > 0 &&
        (t_[k - 1].lower == "a" || t_[k - 1].lower == "an" || t_[k - 1].lower == "the" ||
         t_[k - 1].lower == "aged"))
      return true;
  return false;
}

// The place a locative preposition at `prep` names, or -1. "on" takes no
// country ("talks on Ukraine", "sanctions on Russia"), nor "at" a bare
// capital or country ("hit out at Beijing"): only a venue ("at the White
// House", "at Cairo University") or a place of the gazetteer ("at Le Bourget").
int Extractor::LocativePlace(size_t prep, size_t* end) const {
  size_t from = prep + 1;
  std::vector<int> places = PlacesAfter(from, std::min(t_.size(), prep + 4), end);
  size_t at = from < t_.size() && t_[from].lower == "the" ? from + 1 : from;
  int m = at < t_.size() ? MentionAt(at) : -1;
  if (places.empty() && m >= 0 && ms_[m].first == at && ms_[m].entity >= 0 &&
      ms_[m].last < t_.size() && t_[ms_[m].last].capitalized && ms_[m].kind == MentionKind::kPlace) {
    places = {ms_[m].entity};  // "at Adelaide Zoo", "at Cairo University"
    *end = ms_[m].last + 1;
  }
  // "at the University of Ouagadougou": a venue named for its city
  for (size_t k = at; places.empty() && k < std::min(t_.size(), at + 4) && t_[k].capitalized; ++k) {
    if (k + 2 >= t_.size() || t_[k + 1].lower != "of") continue;
    m = MentionAt(k + 2);
    if (m >= 0 && ms_[m].first == k + 2 && ms_[m].kind == MentionKind::kPlace && ms_[m].entity >= 0) {
      places = {ms_[m].entity};
      *end = ms_[m].last;
    }
  }
  if (places.empty() || m < 0) return -1;
  // "in Ukraine's politics": the place only says whose the thing is
  if (ms_[m].possessive) {
    for (size_t k = ms_[m].last + 1; k < std::min(t_.size(), static_cast<size_t>(ms_[m].last) + 4); ++k) {
      if (!t_[k].word || t_[k].capitalized) break;
      if (IsLocatedNoun(lex_, t_[k].lower))
        return -1;
    }
  }
  const TokenWord& p = t_[prep].lower;
  // "on the Greek island of Lesbos" names a place by its country's adjective
  bool country = ms_[m].kind == MentionKind::kActor;
  // "at Pearl Harbor", "at Camp David": a name of two words is seldom a
  // capital standing for its state
  bool venue = at > from || (ms_[m].last < t_.size() && t_[ms_[m].last].capitalized) ||
               ms_[m].last > ms_[m].first + 1;
  // "a summit on Gaza" is its topic: "on" needs an island, a street or a square
  if (p == "on" && (country || !(venue || ms_[m].open_place))) return -1;
  // "on the Mexican border", "near the frontier": either side of it
  for (size_t k = from; k < *end && k < t_.size(); ++k)
    if (lex_.InSet("locative_border_words", t_[k].lower)) return -1;
  if (p == "at" && !venue && (country || !ms_[m].open_place)) return -1;
  return places[0];
}

// The first token of the outermost phrase that the locative at `prep`
// hangs from, walking back over the venues that hold one another ("at a
// polytechnic university in Harbin", "on the sidelines of the summit in
// Johannesburg"). kNone when a noun of the chain takes the place itself
// ("the war in Gaza", "troops in Syria", "elections in Venezuela"), when
// the phrase is a topic ("talked about the situation in"), or when it is
// what someone said ("said the summit in Brussels").
size_t Extractor::LocativeChainStart(size_t prep) const {
  // "whose soldiers are in Lithuania": being somewhere is VisitedBeingIn's
  if (prep > 0 && IsBeForm(t_[prep - 1].lower)) return kNone;
  size_t j = prep;
  for (int hops = 0; hops < 5 && j > 0; ++hops) {
    const Token& head = t_[j - 1];
    // "protections for Mexicans in the United States": nationals live there
    int nationals = MentionAt(j - 1);
    if (nationals >= 0 && ms_[nationals].kind == MentionKind::kAdjective) return kNone;
    if (MentionAt(j - 1) < 0 && head.word && !head.capitalized && IsLocatedNoun(lex_, head.lower))
      return kNone;
    size_t b = PhraseStartBefore(j);
    if (b == 0) return 0;
    const TokenWord& p = t_[b - 1].lower;
    // "support for Maduro in Venezuela": the place is that person's
    int named = MentionAt(j - 1);
    if (named >= 0 && ms_[named].type == NodeType::kPerson && lex_.InSet("prepositions", p) &&
        !lex_.InSet("locative_company_prepositions", p))
      return kNone;
    if (lex_.InSet("locative_topic_prepositions", p)) return kNone;
    // "said the summit in Brussels ...", but "told a gathering in Washington"
    if (b < j && lex_.InSet("speech_verbs", p) && !lex_.InSet("telling_verbs", p)) return kNone;
    if (lex_.InSet("locative_unplaced_verbs", p)) return kNone;  // "invested in"
    if (!lex_.InSet("locative_chain_prepositions", p)) return b;
    j = b - 1;
  }
  return j;
}

// The first token of the noun phrase that ends just before `j`, or `j`
// when none does (a verb or a preposition comes first). A person's name
// is a phrase of its own.
size_t Extractor::PhraseStartBefore(size_t j) const {
  size_t b = j;
  int common = 0;  // words of no name: a phrase without a determiner is short
  for (int n = 0; b > 0 && n < 6; ++n) {
    size_t q = b - 1;
    int m = MentionAt(q);
    if (m >= 0) {
      // a person's name is a phrase of its own: the subject or an object
      if (ms_[m].type == NodeType::kPerson && ms_[m].kind != MentionKind::kPlace) {
        if (b == j) b = ms_[m].first;
        break;
      }
      b = ms_[m].first;
      continue;
    }
    const Token& tk = t_[q];
    if (tk.lower == "'s" || (tk.word && tk.capitalized && q > 0)) {
      b = q;
      continue;
    }
    if (IsDeterminer(tk.lower) || IsPossessivePronounWord(tk.lower)) {
      b = q;
      break;
    }
    if (!tk.word || lex_.InSet("prepositions", tk.lower) || lex_.InSet("speech_verbs", tk.lower) ||
        lex_.InSet("locative_unplaced_verbs", tk.lower) || IsBeForm(tk.lower) ||
        lex_.InSet("future_auxiliaries", tk.lower) || lex_.InSet("telling_verbs", tk.lower) ||
        tk.lower == "to" || ++common > 3)
      break;
    b = q;
  }
  return b;
}

// "said the summit in Brussels had been a success": a place after the
// subject of a clause of its own is none of the speaker's.
bool Extractor::HeadsClauseAfter(size_t end) const {
  size_t k = SkipTime(end);
  if (k >= t_.size()) return false;
  const TokenWord& w = t_[k].lower;
  return IsBe(w) || w == "has" || w == "had" || w == "have" || lex_.InSet("speech_verbs", w) ||
         lex_.InSet("future_auxiliaries", w) || w == "can" || w == "must" || w == "should";
}

// Who the locative at `prep` (its chain starting at `chain`) places: the
// subject after a fronted phrase, the person a set-off phrase follows, or
// the subject of the clause. Only people of known country and office who
// do not live there as envoys or exiles, and who do not speak from afar.
Extractor::Subjects Extractor::LocatedPeople(size_t prep, size_t chain, size_t end) {
  Subjects s = FrontedLocativeSubject(prep, end);
  // a comma that sets the phrase off, not one inside a number ("18,000")
  bool comma = chain >= 2 && t_[chain - 1].text == "," &&
               !(std::isdigit(static_cast<unsigned char>(t_[chain - 2].text.back())) &&
                 std::isdigit(static_cast<unsigned char>(t_[chain].text.front())));
  if (s.entities.empty() && comma) {
    int m = MentionAt(chain - 2);
    if (m >= 0 && ms_[m].last == chain - 1 && ms_[m].type == NodeType::kPerson && ms_[m].entity >= 0)
      s = MentionSubject(m, ms_[m].last, "person a set-off locative follows");
  }
  if (s.entities.empty() && !comma) {
    // "Kim told Trump at the hotel in Hanoi": "told" opens a clause of its
    // own, whose subject is the teller's
    size_t cs = ClauseStart(t_, prep, lex_);
    bool told = lex_.InSet("telling_verbs", t_[cs].lower) || lex_.InSet("speech_verbs", t_[cs].lower);
    s = Visitor(told ? cs : prep);
    // "was photographed shaking hands with Putin in the Kremlin": the one
    // seen there is the subject, not an agent
    if (s.passive || s.entities.empty()) s = SubjectBeforeVerb(prep);
  }
  if (s.entities.empty() || RemoteClause(prep) ||
      SigningClause(ClauseStart(t_, prep, lex_), CoordinatedClauseEnd(prep)) ||
      (s.end > prep && SigningClause(s.end, CoordinatedClauseEnd(s.end))))
    return {};
  AddPartners(prep, &s);
  std::vector<int> people;
  for (int e : s.entities)
    if (EntityIsPerson(e) && CountryOf(e) >= 0 && HasOffice(e) && NamedInFull(e) &&
        !ResidentThere(e) && !SpeaksFromHome(e))
      people.push_back(e);
  s.entities = std::move(people);
  return s;
}

// "held a conversation with Xi Jinping", "stood beside Trump at the White
// House", "told Trump at the hotel in Hanoi": whom one meets face to face is
// there too. The partner follows the subject, in its clause; a call or a
// video link meets nobody (RemoteClause).
void Extractor::AddPartners(size_t prep, Subjects* s) const {
  if (s->entities.empty()) return;
  size_t from = s->end > 0 && s->end <= prep ? s->end : ClauseStart(t_, prep, lex_);
  size_t to = s->end > prep ? ClauseEnd(t_, s->end, lex_) : prep;
  for (size_t k = from; k + 1 < to; ++k) {
    if (!lex_.InSet("locative_partner_words", t_[k].lower)) continue;
    int m = AgentAt(k + 1);
    // a listed person or a full name: "the UN General Assembly" is no partner
    if (m < 0 || ms_[m].type != NodeType::kPerson || ms_[m].entity < 0 || ms_[m].possessive ||
        (ms_[m].actor < 0 && ms_[m].surface.find(' ') == std::string::npos))
      continue;
    if (std::find(s->entities.begin(), s->entities.end(), ms_[m].entity) == s->entities.end())
      s->entities.push_back(ms_[m].entity);
  }
}

// "In Helsinki, Putin and Trump took questions", "Speaking to reporters in
// Vilnius, Zelensky said", "During talks in Ankara, Erdogan told": a
// phrase that opens the sentence and holds the locative places the subject
// after its comma.
Extractor::Subjects Extractor::FrontedLocativeSubject(size_t prep, size_t end) const {
  const Token& first = t_[0];
  bool opener = lex_.InSet("locative_openers", first.lower) || lex_.InSet("visit_frames", first.lower) ||
                (first.capitalized && EndsWith(first.lower, "ing"));
  if (!opener) return {};
  for (size_t k = 0; k < prep; ++k)
    if (t_[k].text == "," || IsBe(t_[k].lower) || lex_.InSet("speech_verbs", t_[k].lower)) return {};
  for (size_t k = end; k + 1 < t_.size() && k < end + 12; ++k) {
    if (t_[k].text != ",") continue;
    int m = AgentAt(k + 1);
    if (m < 0) m = TitledPersonAhead(k + 1, std::min(t_.size(), k + 8));
    if (m < 0 || ms_[m].entity < 0 || ms_[m].possessive || ms_[m].type != NodeType::kPerson) return {};
    size_t list_end = ms_[m].last;
    Subjects s = MentionSubject(m, list_end, "subject after a fronted locative");
    s.entities = Coordinated(m, t_.size(), &list_end);
    s.end = list_end;
    return s;
  }
  return {};
}

// The end of the clause at `k`, or the "and" that opens another clause
// in it ("was received at the palace in Riyadh, and the two sides signed").
size_t Extractor::CoordinatedClauseEnd(size_t k) const {
  size_t e = ClauseEnd(t_, k, lex_);
  for (size_t j = k + 1; j + 1 < e; ++j)
    if (t_[j].lower == "and" && (t_[j + 1].lower == "the" || MentionAt(j + 1) >= 0) &&
        (t_[j - 1].text == "," || MentionAt(j + 1) >= 0 || t_[j + 1].lower == "the"))
      return j;
  return e;
}

// "signed the treaty in Astana": where a signing took place tells no
// visit by itself (a decision of the dev set); the signing is the fact told.
bool Extractor::SigningClause(size_t from, size_t to) const {
  const RelationWords& signing = lex_.relation("signed");
  for (size_t j = from; j < to && j < t_.size(); ++j)
    if (t_[j].word && (signing.IsVerb(t_[j].lower) || signing.IsPrepVerb(t_[j].lower) ||
                       signing.IsNoun(t_[j].lower)))
      return true;
  return false;
}

// A bare surname may be anyone of that name ("Harris" of a 2004 story is no
// Kamala Harris), and "Selma Blair" is not Tony Blair: a person is placed
// when named in full, by a title or a description, or by a pronoun.
bool Extractor::NamedInFull(int entity) const {
  const std::string& name = doc_.entity_names[entity];
  for (const Mention& m : ms_) {
    if (m.entity != entity) continue;
    if (m.kind == MentionKind::kPronoun || m.kind == MentionKind::kDescription) return true;
    size_t space = m.surface.find(' ');
    if (space == std::string::npos) {
      if (!m.title.empty()) return true;
      continue;
    }
    std::string first = m.surface.substr(0, space);
    if (name.find(first) != std::string::npos || !lex_.TitleRole(PhraseKey(first)).empty()) return true;
  }
  return false;
}

// An ambassador or consul posted there, or an exile living there:
// "Britain's ambassador to China, Caroline Wilson, told a forum in Beijing".
bool Extractor::ResidentThere(int entity) const {
  for (const Mention& m : ms_) {
    if (m.entity != entity) continue;
    if (lex_.InSet("visit_resident_titles", m.title)) return true;
    size_t from = m.first > 6 ? m.first - 6 : 0;
    for (size_t k = from; k < std::min(t_.size(), static_cast<size_t>(m.last) + 6); ++k) {
      if (lex_.InSet("visit_resident_titles", t_[k].lower) || lex_.InSet("visit_exile_words", t_[k].lower))
        return true;
      // "Afghanistan's envoy to the United Nations": posted there
      if ((t_[k].lower == "envoy" || t_[k].lower == "representative") && k + 1 < t_.size() &&
          t_[k + 1].lower == "to")
        return true;
    }
  }
  return false;
}

// "spoke to the forum in Singapore from Moscow": from the speaker's own
// country, the speaker stayed at home.
bool Extractor::SpeaksFromHome(int entity) const {
  int home = CountryOf(entity);
  for (size_t k = 0; k + 1 < t_.size(); ++k) {
    if (t_[k].lower != "from") continue;
    size_t e = k + 1;
    std::vector<int> places = PlacesAfter(k + 1, std::min(t_.size(), k + 3), &e);
    if (!places.empty() && places[0] == home) return true;
  }
  return false;
}

void Extractor::EmitLocated(int place, size_t prep, Subjects s, size_t end) {
  // a wording rule may have told this visit already, with its own modality
  std::vector<int> left;
  for (int e : s.entities) {
    bool told = false;
    for (const Relation& r : *out_)
      told = told || (r.relation == "visited" && r.target == place &&
                      std::find(r.sources.begin(), r.sources.end(), e) != r.sources.end());
    if (!told) left.push_back(e);
  }
  if (left.empty()) return;
  s.entities = std::move(left);
  // after a fronted phrase, the cues that count are the auxiliaries after
  // the subject ("At a dinner in Osaka, Trump will ..."), not its verb
  size_t trigger = prep;
  if (s.end > prep) {
    trigger = s.end;
    while (trigger + 1 < t_.size() && (lex_.InSet("future_auxiliaries", t_[trigger].lower) ||
                                       lex_.InSet("negated", t_[trigger].lower) ||
                                       t_[trigger].lower == "not" || t_[trigger].lower == "did"))
      ++trigger;
  }
  Relation r;
  r.rule = "visited.located";
  r.confidence = 0.6f;
  // "was absent from the summit in Asuncion", "stayed away from"
  for (size_t k = prep; k > 1 && k + 8 > prep; --k)
    if (t_[k - 1].lower == "from" && lex_.InSet("locative_absent_words", t_[k - 2].lower)) {
      r.modality_override = true;
      r.cue = t_[k - 2].lower;
    }
  size_t before = out_->size();
  EmitVisits(r, {place}, trigger, s, end);
  // "talked for five hours in Moscow": a verb that is a cue for plans
  // elsewhere ("talked about selling") tells presence here
  for (size_t k = before; k < out_->size(); ++k) {
    Relation& told = (*out_)[k];
    if (told.modality == graph::Modality::kHypothetical && lex_.InSet("locative_factual_cues", told.cue))
      told.modality = graph::Modality::kAsserted;
    // "stood in the Door of No Return": a cue inside a name is no cue
    bool in_name = !told.cue.empty() && !r.modality_override;
    for (size_t j = told.first; j < told.trigger && in_name; ++j)
      in_name = t_[j].lower != told.cue || t_[j].capitalized;
    if (in_name && told.modality != graph::Modality::kAsserted) {
      bool seen = false;
      for (size_t j = told.first; j < told.trigger && !seen; ++j) seen = t_[j].lower == told.cue;
      if (seen) told.modality = graph::Modality::kAsserted;
    }
  }
}

}  // namespace kg::ingest
