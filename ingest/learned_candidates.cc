#include "ingest/learned_candidates.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <string_view>

#include "ingest/clause.h"
#include "ingest/learned_features.h"
#include "ingest/modality.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

// "the Vietnam War", "Bank of China", "the South China Sea": a country's
// name inside a longer name is no party.
bool InsideLongerName(const std::vector<Token>& t, const Mention& m) {
  bool before = m.first > 0 && t[m.first - 1].capitalized && t[m.first - 1].word &&
                !(m.first == 1 || !t[m.first - 2].word);
  bool after = m.last < t.size() && t[m.last].capitalized && t[m.last].word;
  return before || after;
}

// A traveller: a person whose country is known (private people and players
// have none), named here, or meant by "he" / "she" or a description whose
// person was named in this or the previous sentence ("He flew on to
// Ankara", "The Brazilian leader landed in Luanda"). A pronoun needs that
// person alone in view; further back, in a feature or a sports report, a
// pronoun too often lands on a leader named in passing.
bool IsTraveller(const std::vector<Token>& t, const Mention& m, const DocumentContext& doc) {
  if (m.entity < 0 || doc.TypeOf(m.entity) != NodeType::kPerson) return false;
  if (doc.CountryOf(m.entity) < 0 || !m.group.empty()) return false;
  if (m.kind == MentionKind::kPronoun || m.kind == MentionKind::kDescription) {
    if (m.antecedent_back < 0 || m.antecedent_back > 1) return false;
    bool subject_pronoun = t[m.first].lower == "he" || t[m.first].lower == "she";
    return m.kind == MentionKind::kDescription || (subject_pronoun && m.rivals_in_view == 0);
  }
  if (m.kind != MentionKind::kActor) return false;
  // the name as written is the entity's ("Blair" for Tony Blair), not a
  // namesake coreference joined to it
  std::string name = FoldDiacritics(doc.entity_names[m.entity]);
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const std::string& last = t[m.last - 1].lower;
  return name.find(last) != std::string::npos;
}

// Where a journalist puts a destination: after a preposition of place
// ("in", "to", "into", "at", "from", "through" ...), past an article, or
// an adjective before a place noun ("the Finnish capital").
bool PlaceSlot(const std::vector<Token>& t, const Mention& g, const Lexicon& lex) {
  if (g.kind == MentionKind::kAdjective)
    return g.last < t.size() && lex.InSet("place_nouns", t[g.last].lower);
  size_t k = g.first;
  if (k > 0 && t[k - 1].lower == "the") --k;
  return k > 0 && (lex.InSet("place_prepositions", t[k - 1].lower) ||
                   lex.InSet("locative_prepositions", t[k - 1].lower) || t[k - 1].lower == "through" ||
                   t[k - 1].lower == "of");
}

// "Chinese Premier Li Qiang", "Denmark's prime minister": a country named
// as someone's affiliation is no destination.
bool IsAffiliation(const std::vector<Mention>& ms, size_t idx) {
  for (const Mention& m : ms)
    if (m.affiliation == static_cast<int>(idx)) return true;
  return false;
}

bool IsDestination(const Mention& m, const DocumentContext& doc) {
  if (m.entity < 0 || doc.TypeOf(m.entity) != NodeType::kCountry) return false;
  return m.kind == MentionKind::kPlace || m.kind == MentionKind::kActor ||
         m.kind == MentionKind::kAdjective;
}

// A state or an armed group that can give or take weapons; an adjective
// ("Turkish drones") names its country as the maker.
bool IsArmsParty(const Mention& m, const DocumentContext& doc) {
  NodeType type = doc.TypeOf(m.entity);
  if (m.entity < 0 || (type != NodeType::kCountry && type != NodeType::kOrganization &&
                       type != NodeType::kGroup))
    return false;
  return m.kind == MentionKind::kActor || m.kind == MentionKind::kAdjective ||
         m.kind == MentionKind::kPlace;
}

// "Stacey Abrams of Georgia, Val Demings of Florida": a country's name that
// also names a place of another country (`PlaceHomonym`) stands for that
// place when the sentence names that other country's places too.
bool HomonymAmongItsPlaces(const std::vector<Token>& t, const std::vector<Mention>& ms,
                           const Mention& m, const DocumentContext& doc, const Lexicon& lex) {
  std::string surface;
  for (size_t k = m.first; k < m.last && k < t.size(); ++k) {
    if (!surface.empty()) surface += ' ';
    surface += t[k].text;
  }
  int other = lex.PlaceHomonym(PhraseKey(surface));
  if (other < 0) return false;
  for (const Mention& n : ms)
    if (n.entity >= 0 && static_cast<size_t>(n.entity) < doc.entity_names.size() &&
        doc.entity_names[n.entity] == lex.actors()[other].name)
      return true;
  return false;
}

bool RulesGive(const std::vector<Relation>& rules, const std::string& relation, int source,
               int target) {
  for (const Relation& r : rules)
    if (r.relation == relation && r.target == target &&
        std::find(r.sources.begin(), r.sources.end(), source) != r.sources.end())
      return true;
  return false;
}

// The token whose clause tells the candidate's modality: the word before
// the later mention when the source comes first ("will fly to | Hanoi"),
// else a few words past the source ("In Helsinki, Trump | will meet").
size_t TriggerOf(const std::vector<Token>& t, const Mention& s, const Mention& g) {
  if (s.first < g.first) return g.first > s.last ? g.first - 1 : g.first;
  size_t ce = std::min(t.size(), static_cast<size_t>(s.last) + 4);
  for (size_t k = s.last; k < ce; ++k)
    if (!t[k].word) return k;
  return ce > 0 ? ce - 1 : 0;
}

size_t Distance(const Mention& a, const Mention& b) {
  return a.first < b.first ? (b.first > a.last ? b.first - a.last : 0)
                           : (a.first > b.last ? a.first - b.last : 0);
}

LearnedCandidate Candidate(const char* relation, const std::vector<Mention>& ms, size_t source,
                           size_t target, bool ruled) {
  LearnedCandidate c;
  c.ruled = ruled;
  c.relation = relation;
  c.source = ms[source].entity;
  c.target = ms[target].entity;
  c.source_mention = static_cast<int>(source);
  c.target_mention = static_cast<int>(target);
  return c;
}

// Keeps, for each pair of entities, the candidate of the nearest mentions.
void AddNearest(LearnedCandidate c, const std::vector<Mention>& ms,
                std::vector<LearnedCandidate>* out, size_t from) {
  size_t d = Distance(ms[c.source_mention], ms[c.target_mention]);
  for (size_t k = from; k < out->size(); ++k) {
    LearnedCandidate& o = (*out)[k];
    if (o.relation != c.relation || o.source != c.source || o.target != c.target) continue;
    if (Distance(ms[o.source_mention], ms[o.target_mention]) > d) o = std::move(c);
    return;
  }
  out->push_back(std::move(c));
}

void VisitCandidates(const SentenceInput& in, const DocumentContext& doc,
                     const std::vector<Relation>& rules, bool with_ruled, const Lexicon& lex,
                     std::vector<LearnedCandidate>* out, size_t from) {
  const std::vector<Mention>& ms = in.mentions;
  for (size_t si = 0; si < ms.size(); ++si) {
    // the traveller is the subject of the clause that names the place, not
    // a possessor ("Trump's ban on travel from China")
    if (!IsTraveller(in.tokens, ms[si], doc) || ms[si].possessive ||
        !IsClauseSubject(in.tokens, ms, si, lex))
      continue;
    int home = doc.CountryOf(ms[si].entity);
    size_t clause = ClauseStart(in.tokens, ms[si].first, lex);
    for (size_t gi = 0; gi < ms.size(); ++gi) {
      const Mention& g = ms[gi];
      if (gi == si || !IsDestination(g, doc) || g.entity == home || IsAffiliation(ms, gi)) continue;
      if (!PlaceSlot(in.tokens, g, lex) || ClauseStart(in.tokens, g.first, lex) != clause) continue;
      if (g.kind == MentionKind::kActor && InsideLongerName(in.tokens, g)) continue;
      if (!MayBeVisitor(in, doc, lex, ms[si].entity, g.entity, g.first)) continue;
      bool ruled = RulesGive(rules, "visited", ms[si].entity, g.entity);
      if (ruled && !with_ruled) continue;
      AddNearest(Candidate("visited", ms, si, gi, ruled), ms, out, from);
    }
  }
}

// "US defence firm Lockheed delivered": a country naming a firm's home is
// no supplier (a firm's deliveries are business, not a state's).
bool ModifiesCompany(const std::vector<Token>& t, const Mention& m, const Lexicon& lex) {
  for (size_t k = m.last; k < t.size() && k < m.last + 3; ++k)
    if (lex.InSet("company_heads", t[k].lower)) return true;
  return false;
}

// A weapon noun of the lexicon's arms list ("drones", "howitzers"), the
// whole word: a phrase's first word ("unit" of a longer entry) is not one.
bool IsWeaponWord(const Token& tk, const Lexicon& lex) {
  return lex.IsArmsStart(tk.lower) && lex.relation("supplies_arms_to").arms.count(tk.lower) > 0;
}

// The two parties in one clause with a weapon word between them or just
// around them ("Turkish Bayraktar drones gave Azerbaijan's army",
// "handed Kyiv its stock of Javelins").
bool ArmsNearPair(const std::vector<Token>& t, const Mention& a, const Mention& b,
                  const Lexicon& lex) {
  size_t lo = std::min(a.first, b.first), hi = std::max(a.last, b.last);
  if (ClauseStart(t, lo, lex) != ClauseStart(t, hi - 1, lex)) return false;
  size_t from = lo >= 4 ? lo - 4 : 0, to = std::min(t.size(), hi + 8);
  for (size_t k = from; k < to; ++k)
    if (t[k].word && IsWeaponWord(t[k], lex)) return true;
  return false;
}


void ArmsCandidates(const SentenceInput& in, const DocumentContext& doc,
                    const std::vector<Relation>& rules, bool with_ruled, const Lexicon& lex,
                    std::vector<LearnedCandidate>* out, size_t from) {
  bool arms = false;
  for (const Token& tk : in.tokens) arms = arms || (tk.word && IsWeaponWord(tk, lex));
  if (!arms) return;
  const std::vector<Mention>& ms = in.mentions;
  for (size_t si = 0; si < ms.size(); ++si) {
    // a town of the gazetteer is where weapons are, not who gives them
    // ("fired artillery at positions near Kharkiv")
    if (!IsArmsParty(ms[si], doc) || ms[si].open_place) continue;
    if (HomonymAmongItsPlaces(in.tokens, ms, ms[si], doc, lex)) continue;
    for (size_t gi = 0; gi < ms.size(); ++gi) {
      const Mention& g = ms[gi];
      if (gi == si || !IsArmsParty(g, doc) || g.kind == MentionKind::kAdjective) continue;
      if (g.entity == ms[si].entity || IsAffiliation(ms, gi)) continue;
      if (!ArmsNearPair(in.tokens, ms[si], g, lex)) continue;
      if (InsideLongerName(in.tokens, ms[si]) || InsideLongerName(in.tokens, g)) continue;
      if (ModifiesCompany(in.tokens, ms[si], lex)) continue;
      bool ruled = RulesGive(rules, "supplies_arms_to", ms[si].entity, g.entity);
      if (ruled && !with_ruled) continue;
      AddNearest(Candidate("supplies_arms_to", ms, si, gi, ruled), ms, out, from);
    }
  }
}

// "on Tuesday" in the candidate's clause, nearest its trigger; none after
// "since" (a state's start, not the event).
std::string DateFor(const SentenceInput& in, size_t trigger, const Lexicon& lex) {
  size_t cs = ClauseStart(in.tokens, trigger, lex), ce = ClauseEnd(in.tokens, trigger, lex);
  const DateSpan* best = nullptr;
  size_t best_dist = SIZE_MAX;
  for (const DateSpan& d : in.dates) {
    if (d.first < cs || d.last > ce) continue;
    if (d.first > 0 && in.tokens[d.first - 1].lower == "since") continue;
    size_t dist = d.first > trigger ? d.first - trigger : trigger - std::min<size_t>(trigger, d.last);
    if (dist < best_dist) best = &d, best_dist = dist;
  }
  return best ? best->iso : std::string();
}

}  // namespace

void SetCandidateModality(const SentenceInput& in, const Lexicon& lex, size_t trigger,
                          LearnedCandidate* c) {
  const std::vector<Token>& t = in.tokens;
  const Mention& s = in.mentions[c->source_mention];
  size_t cs = ClauseStart(t, std::min(trigger, static_cast<size_t>(s.first)), lex);
  size_t window = s.last <= trigger ? std::max(cs, static_cast<size_t>(s.last)) : cs;
  c->trigger = static_cast<uint32_t>(trigger);
  c->modality = ModalityFor(t, cs, window, trigger, lex, &c->cue);
  std::string cue;
  // (the last token, usually the full stop, as the trigger: ModalityFor
  // reads the trigger itself)
  graph::Modality whole = ModalityFor(t, 0, 0, t.size() - 1, lex, &cue);
  c->open_elsewhere = c->modality == graph::Modality::kAsserted && whole != graph::Modality::kAsserted;
}

void FindLearnedCandidates(const SentenceInput& in, const DocumentContext& doc,
                           const std::vector<Relation>& rules, const Lexicon& lex,
                           bool with_ruled, std::vector<LearnedCandidate>* out,
                           const LearnedModels* only) {
  size_t from = out->size();
  if (!only || only->CanTake("visited")) VisitCandidates(in, doc, rules, with_ruled, lex, out, from);
  if (!only || only->CanTake("supplies_arms_to"))
    ArmsCandidates(in, doc, rules, with_ruled, lex, out, from);
  for (size_t k = from; k < out->size(); ++k) {
    LearnedCandidate& c = (*out)[k];
    SetCandidateModality(in, lex, TriggerOf(in.tokens, in.mentions[c.source_mention], TargetMention(in, c)),
                         &c);
    c.features = CandidateFeatures(in, doc, rules, lex, c);
  }
  AgreementCandidates(in, doc, rules, lex, with_ruled, only, out);
}

void AddLearnedRelations(const SentenceInput& in, const LearnedModels& models, const Lexicon& lex,
                         std::vector<LearnedCandidate>* candidates, std::vector<Relation>* out,
                         std::vector<std::string>* trace) {
  for (LearnedCandidate& c : *candidates) {
    const LearnedModel* model = models.For(c.relation);
    if (c.ruled || !model || !model->CanTake()) continue;
    c.probability = model->Probability(c.features);
    bool take = c.probability >= model->threshold && !c.open_elsewhere;
    const Mention& s = in.mentions[c.source_mention];
    const Mention& g = TargetMention(in, c);
    if (trace) {
      char p[32];
      std::snprintf(p, sizeof p, "%.3f", c.probability);
      std::string line = "  learned " + c.relation + " [" + s.surface + "] -> [" + g.surface +
                         "] p=" + p + (take ? " taken" : " not taken") +
                         (c.open_elsewhere ? " (open elsewhere)" : "") + ":";
      for (const auto& [f, w] : model->TopFeatures(c.features, 5)) {
        std::snprintf(p, sizeof p, "%+.2f", w);
        line += " " + f + " " + p;
      }
      trace->push_back(line);
    }
    if (!take) continue;
    Relation r;
    r.relation = c.relation;
    r.rule = c.relation + ".learned";
    r.sources = {c.source};
    r.target = c.target;
    r.new_target_name = r.new_target_alias = c.new_target_name;
    r.new_target_type = c.new_target_type;
    r.modality = c.modality;
    r.cue = c.cue;
    r.trigger = c.trigger;
    r.first = std::min(s.first, g.first);
    r.last = std::max(s.last, g.last);
    r.date = DateFor(in, c.trigger, lex);
    r.confidence = static_cast<float>(c.probability);
    out->push_back(std::move(r));
  }
}

bool MayHoldLearnedPair(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                        const Lexicon& lex, const LearnedModels* only) {
  bool person = false, place = false;
  int states = 0;
  for (const Mention& m : mentions) {
    bool state = m.kind == MentionKind::kActor && m.type != graph::NodeType::kPerson &&
                 m.type != graph::NodeType::kAgreement;
    person = person || (m.kind == MentionKind::kActor && m.type == graph::NodeType::kPerson);
    place = place || m.kind == MentionKind::kPlace || m.kind == MentionKind::kAdjective || state;
    states += state || m.kind == MentionKind::kAdjective || m.kind == MentionKind::kPlace;
  }
  if (person && place && (!only || only->CanTake("visited"))) return true;
  if (MayHoldAgreementPair(tokens, mentions, lex, only)) return true;
  if (states < 2 || (only && !only->CanTake("supplies_arms_to"))) return false;
  for (const Token& tk : tokens)
    if (tk.word && IsWeaponWord(tk, lex)) return true;
  return false;
}

void LearnRelations(const SentenceInput& in, const DocumentContext& doc, const Lexicon& lex,
                    const LearnedModels& models, std::vector<Relation>* relations,
                    std::vector<LearnedCandidate>* record, std::vector<std::string>* trace) {
  std::vector<LearnedCandidate> candidates;
  // while training every candidate counts; at run time only those a model
  // can take
  FindLearnedCandidates(in, doc, *relations, lex, record != nullptr, &candidates,
                        record ? nullptr : &models);
  if (candidates.empty()) return;
  AddLearnedRelations(in, models, lex, &candidates, relations, trace);
  if (record) record->insert(record->end(), candidates.begin(), candidates.end());
}

}  // namespace kg::ingest
