#include "ingest/pipeline.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "ingest/coreference.h"
#include "ingest/date_finder.h"
#include "ingest/dateline.h"
#include "ingest/discourse_agreements.h"
#include "ingest/discourse_dates.h"
#include "ingest/furniture.h"
#include "ingest/learned_candidates.h"
#include "ingest/mention_finder.h"
#include "ingest/relation_extractor.h"
#include "ingest/sentence_splitter.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {
namespace {

using graph::FactRecord;

class FactSink {
 public:
  FactSink(Extraction* out, const Sentence& s, std::string_view text)
      : out_(out), sentence_(s), text_(text) {}

  void Add(int source, const std::string& relation, int target, graph::Modality modality,
           const std::string& date, const std::string& counterpart, float confidence,
           const std::string& rule) {
    if (source < 0 || target < 0 || source == target) return;
    auto key = std::make_tuple(source, relation, target, static_cast<int>(modality), sentence_.index);
    if (!seen_.insert(key).second) return;
    FactRecord f;
    f.source = static_cast<size_t>(source);
    f.target = static_cast<size_t>(target);
    f.relation = relation;
    f.modality = modality;
    f.mention.sentence = sentence_.index;
    f.mention.begin = sentence_.begin;
    f.mention.end = sentence_.end;
    f.mention.text = std::string(text_.substr(sentence_.begin, sentence_.end - sentence_.begin));
    f.mention.date = date;
    f.mention.counterpart = counterpart;
    f.mention.confidence = confidence;
    out_->facts.facts.push_back(std::move(f));
    out_->rules.push_back(rule);
  }

 private:
  Extraction* out_;
  const Sentence& sentence_;
  std::string_view text_;
  std::set<std::tuple<int, std::string, int, int, uint32_t>> seen_;
};

// Brings *ctx up to date with the document's entities so far. Called once
// per sentence with a trigger: the context is kept across the sentences of
// an article, so the names are assigned into buffers they already have
// rather than copied into new vectors each time.
void RefreshContext(Coreference& coref, DocumentContext* ctx) {
  ctx->last_agreement = coref.last_agreement();
  ctx->last_arms_recipient = -1;
  size_t n = coref.entities().size();
  ctx->country_of.resize(n);
  for (size_t e = 0; e < n; ++e) {
    int c = coref.CountryOf(static_cast<int>(e));
    if (c <= -2) c = coref.ForActor(-2 - c);  // may add entities
    ctx->country_of[e] = c;
  }
  const auto& entities = coref.entities();
  ctx->entity_names.resize(entities.size());
  ctx->entity_types.resize(entities.size());
  for (size_t e = 0; e < entities.size(); ++e) {
    ctx->entity_names[e] = entities[e].name;
    ctx->entity_types[e] = entities[e].type;
  }
}

// A denial ("Tehran rejected the claim", "which Tehran denies", "a charge the
// Kremlin dismisses"): who denies, where, and what. An anaphoric denial takes
// back a claim just reported; one with its own complement ("denied that ...",
// "denied arming ...") only a fact of a relation named in that complement.
struct Denial {
  Sentence sentence;
  uint32_t cue = 0;  // token index of the denial verb
  int denier = -1;   // document entity
  bool anaphoric = false;
  std::set<std::string> complement_relations;
  std::set<std::pair<std::string, int>> earlier;  // (relation, source) triggered before the cue
};

// The words are string_views so that each compare tests the lengths first
// (most differ) instead of measuring a C string and comparing bytes.
bool OneOf(std::string_view w, std::initializer_list<std::string_view> words) {
  for (std::string_view x : words)
    if (w == x) return true;
  return false;
}

bool IsClaimNoun(const std::string& w) {
  return OneOf(w, {"claim", "claims", "report", "reports", "allegation", "allegations",
                   "accusation", "accusations", "charge", "charges"});
}

bool IsClauseEnd(const Token& t) {
  return !t.word && OneOf(t.lower, {".", ",", ";", ":", "!", "?"});
}

// "a charge the Kremlin dismisses": a claim noun a few words before the verb.
bool IsClaimNounBefore(const std::vector<Token>& t, size_t i) {
  for (size_t k = i; k-- > 0 && k + 6 >= i;) {
    if (IsClaimNoun(t[k].lower)) return true;
    if (IsClauseEnd(t[k])) return false;
  }
  return false;
}

// Relations whose trigger words appear in tokens [from, end).
std::set<std::string> RelationsNamed(const std::vector<Token>& t, size_t from,
                                     const Lexicon& lexicon) {
  std::set<std::string> out;
  for (const char* r : {"signed", "suspended", "visited", "supplies_arms_to"}) {
    const RelationWords& words = lexicon.relation(r);
    for (size_t k = from; k < t.size(); ++k)
      if (words.verbs.count(t[k].lower) || words.nouns.count(t[k].lower)) out.insert(r);
  }
  return out;
}

// What the denial verb at `i` takes: 1 = a claim already made ("the claim",
// "it", nothing), 2 = a complement of its own (its start in *from), 0 = no
// denial at all ("was denied entry", "rejected the offer").
int DenialObject(const std::vector<Token>& t, size_t i, size_t* from) {
  const TokenWord& w = t[i].lower;
  // cheap test for every token: the verbs below open "den", "dis", "rej", "ref"
  if (w.size() < 4 || !(w[0] == 'd' ? (w[1] == 'e' && w[2] == 'n') || (w[1] == 'i' && w[2] == 's')
                                    : w[0] == 'r' && w[1] == 'e' && (w[2] == 'j' || w[2] == 'f')))
    return 0;
  bool deny = OneOf(w, {"deny", "denies", "denied", "denying"});
  bool dismiss = OneOf(w, {"dismiss", "dismisses", "dismissed", "dismissing"});
  bool reject = OneOf(w, {"reject", "rejects", "rejected", "rejecting", "refuted", "refutes"});
  if (!deny && !dismiss && !reject) return 0;
  if (i > 0 && OneOf(t[i - 1].lower, {"was", "were", "been", "be", "is", "are", "being"})) return 0;
  size_t n = i + 1;
  if (n >= t.size() || IsClauseEnd(t[n]))
    return (deny || (i >= 2 && IsClaimNounBefore(t, i))) ? 1 : 0;
  *from = n;
  for (size_t k = n; k < t.size() && k <= n + 3 && !IsClauseEnd(t[k]); ++k) {
    if (!IsClaimNoun(t[k].lower)) continue;
    bool content = k + 1 < t.size() && OneOf(t[k + 1].lower, {"that", "of"});
    *from = k + 1;
    return content ? 2 : 1;
  }
  if (dismiss)
    for (size_t k = n; k < t.size() && k <= n + 6 && !IsClauseEnd(t[k]); ++k)
      if (t[k].lower == "as") return 1;
  if (!deny) return 0;
  if (OneOf(t[n].lower, {"it", "this", "them"})) return 1;
  bool gerund = t[n].lower.size() > 4 && t[n].lower.ends_with("ing");
  if (OneOf(t[n].lower, {"that", "ever", "any", "having"}) || gerund) return 2;
  return 0;
}

int EntityAt(const std::vector<Mention>& ms, size_t token) {
  for (const Mention& m : ms)
    if (m.first <= token && token < m.last) return m.entity;
  return -1;
}

// The subject of the denial verb: the nearest entity before it in its
// clause; after a bare "and"/"but" ("... but said ... and denied that"), the
// sentence's opening subject.
int Denier(const std::vector<Token>& t, const std::vector<Mention>& ms, size_t i) {
  for (size_t k = i; k-- > 0 && k + 7 >= i;) {
    int e = EntityAt(ms, k);
    if (e >= 0) return e;
    if (IsClauseEnd(t[k]) || OneOf(t[k].lower, {"while", "whereas", "although"})) return -1;
    if (OneOf(t[k].lower, {"and", "but"}))
      return k + 1 == i && !ms.empty() && ms[0].first <= 1 ? ms[0].entity : -1;
  }
  return -1;
}

void FindDenials(const Sentence& s, const std::vector<Token>& t, const std::vector<Mention>& ms,
                 const Lexicon& lexicon, std::vector<Denial>* out) {
  for (size_t i = 1; i < t.size(); ++i) {
    size_t from = i + 1;
    int kind = DenialObject(t, i, &from);
    if (kind == 0) continue;
    int denier = Denier(t, ms, i);
    if (denier < 0) continue;
    Denial d;
    d.sentence = s;
    d.cue = static_cast<uint32_t>(i);
    d.denier = denier;
    d.anaphoric = kind == 1;
    if (!d.anaphoric) d.complement_relations = RelationsNamed(t, from, lexicon);
    out->push_back(std::move(d));
  }
}

std::string Name(const Coreference& coref, int e) {
  return e >= 0 ? coref.entities()[e].name : std::string();
}

void Apply(const Relation& r, Coreference& coref, FactSink& sink) {
  int target = r.target;
  if (target < 0 && !r.new_target_name.empty()) {
    bool agreement = r.new_target_type == graph::NodeType::kAgreement;
    target = agreement
                 ? coref.AddAgreement(r.new_target_name, r.new_target_alias)
                 : coref.AddThing(r.new_target_name, r.new_target_alias);
    // "practical civilian and military cooperation" is also "military
    // cooperation" and "cooperation": every tail of the description.
    // "a joint declaration on reconciliation" is also "joint declaration".
    if (!r.new_target_head.empty()) coref.AddAlias(target, r.new_target_head);
    for (const std::string* a : {&r.new_target_alias, &r.new_target_head})
      for (size_t sp = a->find(' '); sp != std::string::npos; sp = a->find(' ', sp + 1))
        coref.AddAlias(target, a->substr(sp + 1));
  }
  if (target < 0) return;
  std::string first_counterpart = r.counterparts.empty() ? "" : Name(coref, r.counterparts[0]);
  for (int s : r.sources)
    sink.Add(s, r.relation, target, r.modality, r.date, first_counterpart, r.confidence, r.rule);
  if (r.relation != "signed") return;
  // "A signed X with B": B signed X too.
  std::string first_source = r.sources.empty() ? "" : Name(coref, r.sources[0]);
  for (int c : r.counterparts)
    sink.Add(c, r.relation, target, r.modality, r.date, first_source, r.confidence * 0.95f,
             r.rule + "+cosigner");
}

// Whether a mention's date lies after the article's, compared at the
// coarser of the two precisions ("2025" vs "2024-07-08"): "is travelling to
// America next week" has not happened when it is reported.
bool IsAfter(const std::string& date, const std::string& article_date) {
  size_t n = std::min(date.size(), article_date.size());
  return n >= 4 && date.compare(0, n, article_date, 0, n) > 0;
}

std::string MentionsLine(const std::vector<Mention>& ms, const Coreference& coref) {
  std::string s = "  mentions:";
  if (ms.empty()) s += " none";
  for (const Mention& m : ms) {
    s += " [" + m.surface;
    if (m.entity >= 0) s += " => " + coref.entities()[m.entity].name;
    s += "]";
  }
  return s;
}

// "flew in to seal the deal ... signed it": when the same actor, relation
// and target are asserted elsewhere in the article, the plan came true and
// its hypothetical mention adds nothing. A negated mention does not
// supersede: a claim and its denial are both worth keeping.
void DropSupersededPlans(Extraction* out) {
  auto& facts = out->facts.facts;
  std::set<std::tuple<size_t, std::string, size_t>> asserted;
  for (const FactRecord& f : facts)
    if (f.modality == graph::Modality::kAsserted) asserted.emplace(f.source, f.relation, f.target);
  size_t kept = 0;
  for (size_t k = 0; k < facts.size(); ++k) {
    const FactRecord& f = facts[k];
    if (f.modality == graph::Modality::kHypothetical &&
        asserted.count(std::make_tuple(f.source, f.relation, f.target)))
      continue;
    if (kept != k) {
      facts[kept] = std::move(facts[k]);
      out->rules[kept] = std::move(out->rules[k]);
    }
    ++kept;
  }
  facts.resize(kept);
  out->rules.resize(kept);
}

int CountryEntity(Coreference& coref, int e) {
  int c = coref.CountryOf(e);
  return c <= -2 ? coref.ForActor(-2 - c) : c;
}

bool SameParty(Coreference& coref, int denier, int source) {
  return denier == source || CountryEntity(coref, denier) == source ||
         CountryEntity(coref, source) == denier;
}

bool Covers(const Denial& d, const FactRecord& f) {
  if (f.modality == graph::Modality::kNegated || !IsScoredRelation(f.relation)) return false;
  if (!d.anaphoric && !d.complement_relations.count(f.relation)) return false;
  if (f.mention.sentence + 1 == d.sentence.index) return true;
  return f.mention.sentence == d.sentence.index &&
         d.earlier.count({f.relation, static_cast<int>(f.source)});
}

// "Iran has delivered missiles to Russia, Blinken said. Tehran rejected the
// claim.": the fact's own source denying it in this or the next sentence
// adds a negated mention, with the denial as its evidence; the claim stays.
void AddDenials(const std::vector<Denial>& denials, Coreference& coref, std::string_view text,
                Extraction* out) {
  size_t n = out->facts.facts.size();
  for (const Denial& d : denials) {
    FactSink sink(out, d.sentence, text);
    for (size_t k = 0; k < n; ++k) {
      FactRecord f = out->facts.facts[k];
      if (!Covers(d, f) || !SameParty(coref, d.denier, static_cast<int>(f.source))) continue;
      bool known = false;
      for (const FactRecord& g : out->facts.facts)
        known = known ||
                (g.source == f.source && g.relation == f.relation && g.target == f.target &&
                 g.modality == graph::Modality::kNegated && g.mention.sentence == d.sentence.index);
      if (known) continue;
      sink.Add(static_cast<int>(f.source), f.relation, static_cast<int>(f.target),
               graph::Modality::kNegated, f.mention.date, f.mention.counterpart,
               f.mention.confidence * 0.9f, out->rules[k] + "+denied");
    }
  }
}

// "Scholz is once again in Nairobi", "Scholz in Nairobi to ...", "hit
// positions with drones from Turkey": shapes that the per-sentence passes
// read although no trigger word is in the sentence.
bool NeedsSentencePasses(const std::vector<Token>& t, const Lexicon& lex) {
  bool with = false;
  for (size_t k = 0; k < t.size(); ++k) {
    if (t[k].lower == "at" && k + 1 < t.size() && (t[k + 1].lower == "the" || t[k + 1].capitalized))
      return true;
    if (k < 5 && lex.InSet("locative_openers", t[k].lower)) return true;  // "Inside the Kremlin, X"
    if (t[k].lower != "in") {
      with = with || t[k].lower == "with";
      if (with && t[k].lower == "from") return true;
      continue;
    }
    if (k < 5) return true;  // a headline's "X in <place>"
    if (k + 1 < t.size() && t[k + 1].capitalized) return true;  // "told reporters in Vilnius"
    for (size_t b = k - 1; b + 4 > k && b > 0; --b)
      if (lex.InSet("visit_be_words", t[b].lower)) return true;
  }
  return false;
}

}  // namespace

bool IsScoredRelation(const std::string& r) {
  return r == "signed" || r == "suspended" || r == "visited" || r == "supplies_arms_to";
}

Extraction ExtractArticle(const Article& article, const Lexicon& lexicon,
                          const PipelineOptions& options) {
  Extraction out;
  std::string_view text = article.text;
  std::vector<TextSpan> body = FindBody(text, article.body_begin, lexicon);
  std::vector<Sentence> sentences = SplitSentences(text, body, lexicon);
  int dateline_country = DatelineCountry(text, body, lexicon);
  Coreference coref(lexicon);
  std::vector<Relation> relations;
  int arms_recipient = -1;
  uint32_t arms_recipient_sentence = 0;
  std::vector<std::string>* trace = options.trace ? &out.trace : nullptr;
  std::vector<Denial> denials;
  DocumentContext ctx;
  EventDateInView date_in_view(article.date);
  uint32_t previous_end = article.body_begin;
  int place_in_view = -1;  // the actor of the last place named, for "there"
  int place_entity = -1;   // the entity of the last place named, and its sentence
  uint32_t place_sentence = 0;
  std::vector<Token> tokens;  // one buffer for every sentence
  const LearnedModels* models = options.learned ? options.learned : &LearnedModels::Default();
  for (const Sentence& s : sentences) {
    if (s.begin > previous_end) date_in_view.SeeGap(text.substr(previous_end, s.begin - previous_end));
    previous_end = s.end;
    TokenizeInto(text, s.begin, s.end, &tokens);
    lexicon.IdentifyWords(&tokens);
    std::vector<Mention> mentions = FindMentions(tokens, lexicon);
    if (dateline_country >= 0) AddDatelinePlaces(tokens, dateline_country, lexicon, &mentions);
    AddTherePlaces(tokens, place_in_view, lexicon, &mentions);
    for (const Mention& m : mentions)
      if (m.actor >= 0 && m.surface != "there" &&
          (m.kind == MentionKind::kPlace || (m.kind == MentionKind::kActor && m.type == graph::NodeType::kCountry)))
        place_in_view = m.actor;
    int last_agreement_before = coref.last_agreement();
    coref.Resolve(s.index, tokens, &mentions);
    if (trace) {
      trace->push_back("[" + std::to_string(s.index) + "] " + s.ToString(text));
      trace->push_back(MentionsLine(mentions, coref));
    }
    int place_here = LastPlace(tokens, mentions, lexicon);
    if (mentions.empty()) continue;
    size_t first_denial = denials.size();
    FindDenials(s, tokens, mentions, lexicon, &denials);
    bool trigger = std::any_of(tokens.begin(), tokens.end(), [&](const Token& tk) {
      return tk.word && lexicon.IsTriggerWord(tk.lower);
    });
    if (!trigger && !lexicon.relation("supplies_arms_to").arms.empty()) {
      // the arms nominal ("Western military aid to Ukraine") needs no verb
      trigger = std::any_of(tokens.begin(), tokens.end(), [](const Token& tk) { return tk.lower == "to"; });
    }
    trigger = trigger || NeedsSentencePasses(tokens, lexicon);
    std::vector<DateSpan> dates = FindDates(tokens, article.date);
    bool learned = MayHoldLearnedPair(tokens, mentions, lexicon, options.candidates ? nullptr : models);
    if (!trigger && !learned) {
      date_in_view.SeeSentence(tokens, dates, {});
      continue;
    }
    relations.clear();
    RefreshContext(coref, &ctx);
    ctx.last_agreement = last_agreement_before;
    ctx.place_in_view = s.index == place_sentence + 1 ? place_entity : -1;
    if (arms_recipient >= 0 && s.index <= arms_recipient_sentence + 1) ctx.last_arms_recipient = arms_recipient;
    if (trigger) ExtractRelations({tokens, mentions, dates}, ctx, lexicon, &relations, trace);
    if (learned)
      LearnRelations({tokens, mentions, dates}, ctx, lexicon, *models, &relations, options.candidates,
                     trace);
    FactSink sink(&out, s, text);
    for (Relation& r : relations) {
      // Arms go to states and armed groups: a person in the recipient's
      // place stands for the country led ("Assad's government"), or is the
      // speaker ("..., Defence Secretary Ben Wallace told parliament"),
      // whose own country is no recipient of its own arms.
      if (r.relation == "supplies_arms_to" && r.target >= 0 &&
          coref.entities()[r.target].type == graph::NodeType::kPerson) {
        r.target = CountryEntity(coref, r.target);
        if (r.target < 0) continue;
      }
      date_in_view.DateRelation(tokens, dates, &r);
      if (r.modality == graph::Modality::kAsserted && IsAfter(r.date, article.date))
        r.modality = graph::Modality::kHypothetical;
      Apply(r, coref, sink);
      if (r.relation == "supplies_arms_to" && r.target >= 0 && !r.rule.ends_with(".learned")) {
        arms_recipient = r.target;
        arms_recipient_sentence = s.index;
      }
    }
    date_in_view.SeeSentence(tokens, dates, relations);
    if (place_here >= 0) place_entity = place_here, place_sentence = s.index;
    for (size_t k = first_denial; k < denials.size(); ++k)
      for (const Relation& r : relations)
        if (r.trigger < denials[k].cue)
          for (int src : r.sources) denials[k].earlier.emplace(r.relation, src);
  }
  MergeUnnamedAgreements(&coref.entities(), &out.facts.facts,
                         [&](int e) { return CountryEntity(coref, e); });
  DropSupersededPlans(&out);
  AddDenials(denials, coref, text, &out);
  for (const RoleFact& role : coref.roles()) {
    if (role.sentence >= sentences.size()) continue;
    Sentence s = sentences[role.sentence];
    FactSink sink(&out, s, text);
    sink.Add(role.person, role.relation, role.of, graph::Modality::kAsserted, "", "", 0.9f,
             "role.title");
  }
  graph::Document& doc = out.facts.document;
  doc.id = graph::DocumentIdForText(text);
  doc.title = article.title;
  doc.source = article.source;
  doc.date = article.date;
  doc.sentence_count = static_cast<uint32_t>(sentences.size());
  out.facts.entities = std::move(coref.entities());
  out.sentences = sentences.size();
  return out;
}

}  // namespace kg::ingest
