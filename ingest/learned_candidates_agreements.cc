// Learned candidates for `signed` and `suspended`: an actor and an agreement
// (or, for `suspended`, a thing that can be suspended: talks, aid,
// cooperation, trade ...) in a sentence with a word of the relation's class
// (lexicon sets signing_class_words, suspension_class_words) near the pair.
// A target on no list is named by its own words, as the rules name new
// agreements and things; "the treaty" alone stands for the document's last
// agreement.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/learned_candidates.h"
#include "ingest/learned_features.h"
#include "ingest/relation_extractor_internal.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

constexpr const char* kClassSet[] = {"signing_class_words", "suspension_class_words"};
constexpr const char* kRelation[] = {"signed", "suspended"};

bool InAnyMention(const std::vector<Mention>& ms, size_t k) {
  for (const Mention& m : ms)
    if (k >= m.first && k < m.last) return true;
  return false;
}

// An actor that can sign or suspend: a state, a bloc or body, an armed
// group, or a person whose country is known; named here, not a country
// given as someone's affiliation ("Egypt's Sisi") nor inside a longer name.
bool IsParty(const std::vector<Token>& t, const std::vector<Mention>& ms, size_t idx,
             const DocumentContext& doc, const Lexicon& lex) {
  const Mention& m = ms[idx];
  if (m.entity < 0 || m.kind != MentionKind::kActor) return false;
  NodeType type = doc.TypeOf(m.entity);
  if (type == NodeType::kPerson) {
    if (doc.CountryOf(m.entity) < 0) return false;
  } else if (type != NodeType::kCountry && type != NodeType::kOrganization &&
             type != NodeType::kGroup) {
    return false;
  }
  for (const Mention& o : ms)
    if (o.affiliation == static_cast<int>(idx)) return false;
  // "Japan's Nippon Steel signed": the possessor of a name on no list (a
  // firm's home) is no party
  if (m.possessive && m.last + 1 < t.size() && t[m.last + 1].capitalized && !InAnyMention(ms, m.last + 1))
    return false;
  // "Air India", "Bank of China": inside a longer name
  if (m.last < t.size() && t[m.last].capitalized && t[m.last].word) return false;
  if (m.first > 0 && t[m.first - 1].capitalized && t[m.first - 1].word && t[m.first - 1].lower != "the" &&
      !InAnyMention(ms, m.first - 1))
    return false;
  if (InsideMembersOf(t, m)) return false;
  // "flew to Santiago, where ...", "on the South Lawn of the White House":
  // a venue, not a party
  size_t k = m.first;
  if (k > 0 && t[k - 1].lower == "the") --k;
  if (k > 0 && (lex.InSet("place_prepositions", t[k - 1].lower) ||
                lex.InSet("locative_prepositions", t[k - 1].lower)))
    return false;
  return !(k > 1 && t[k - 1].lower == "of" && t[k - 2].capitalized);
}

bool IsThingHead(const Token& tk, size_t rel, const Lexicon& lex) {
  // a firm's contract is business (the rules drop private contracts too)
  if (!tk.word || tk.capitalized || tk.lower == "contract" || tk.lower == "contracts") return false;
  if (lex.InSet("agreement_heads", tk.lower)) return true;
  return rel == 1 && lex.relation("suspended").objects.count(tk.lower) > 0;
}

// The words of a thing ending at `head`: up to three lower-case modifiers
// before it ("troop access pact", "military aid"), no article, possessive,
// number or name.
size_t ThingStart(const std::vector<Token>& t, size_t head, const Lexicon& lex) {
  size_t k = head;
  while (k > 0 && head - k < 3) {
    const Token& w = t[k - 1];
    if (!w.word || w.capitalized || (w.lower[0] >= '0' && w.lower[0] <= '9') || w.lower[0] == '\'')
      break;
    if (lex.InSet("place_prepositions", w.lower) || lex.InSet("locative_prepositions", w.lower))
      break;
    if (w.lower == "the" || w.lower == "a" || w.lower == "an" || w.lower == "this" ||
        w.lower == "that" || lex.InSet("possessive_pronouns", w.lower) ||
        lex.InSet("generic_determiners", w.lower) || lex.InSet(kClassSet[0], w.lower) ||
        lex.InSet(kClassSet[1], w.lower) || w.lower == "of" || w.lower == "and" ||
        w.lower == "in" || w.lower == "on" || w.lower == "to" || w.lower == "with")
      break;
    --k;
  }
  return k;
}

// A thing named by its words, or "the treaty" for the last agreement.
void MakeThing(const SentenceInput& in, const DocumentContext& doc, size_t head, size_t rel,
               const Lexicon& lex, LearnedCandidate* c) {
  const std::vector<Token>& t = in.tokens;
  size_t first = ThingStart(t, head, lex);
  bool agreement = lex.InSet("agreement_heads", t[head].lower);
  bool definite = first == head && head > 0 &&
                  (t[head - 1].lower == "the" || t[head - 1].lower == "this" || t[head - 1].lower == "that");
  std::string name;
  for (size_t k = first; k <= head; ++k) name += (k > first ? " " : "") + std::string(t[k].lower);
  c->target_mention = -1;
  c->thing = Mention();
  c->thing.first = static_cast<uint32_t>(first);
  c->thing.last = static_cast<uint32_t>(head + 1);
  c->thing.kind = MentionKind::kDescription;
  c->thing.surface = name;
  if (agreement && definite && doc.last_agreement >= 0) {
    c->target = doc.last_agreement;
    c->thing.entity = doc.last_agreement;
    c->thing.type = NodeType::kAgreement;
    return;
  }
  c->target = -1;
  c->new_target_name = name;
  c->new_target_type = agreement || rel == 0 ? NodeType::kAgreement : NodeType::kOther;
  c->thing.type = c->new_target_type;
}

// "its participation in New START", "cooperation under the treaty": the
// agreement named just after is the target, not the word before it.
bool AgreementFollows(const SentenceInput& in, const DocumentContext& doc, size_t head) {
  for (const Mention& m : in.mentions)
    if (m.first > head + 1 && m.first <= head + 3 && doc.TypeOf(m.entity) == NodeType::kAgreement)
      return true;
  return false;
}

// Whether the rules give the source, or a party of the same country, some
// fact of the relation in this sentence, or give anyone this target: a
// further target for the source, or a further party of the same thing,
// would mostly name what the rules found another way ("participation"
// beside "New START", the leader of a country the rules made a signer).
bool RulesCover(const std::vector<Relation>& rules, const char* relation, const DocumentContext& doc,
                const LearnedCandidate& c, const std::string& head) {
  int country = doc.CountryOf(c.source);
  for (const Relation& r : rules) {
    if (r.relation != relation) continue;
    if (c.target >= 0 ? r.target == c.target : r.target < 0 && r.new_target_alias.ends_with(head))
      return true;
    for (int src : r.sources)
      if (src == c.source || (country >= 0 && src == country)) return true;
  }
  return false;
}

// "A UK bank signed a deal with South Korea", "said Rosneft had signed": a
// firm, or a name on no list, signs just before the class word; a firm's
// deal is business and an unknown signer is not the states around it.
bool OtherSigner(const std::vector<Token>& t, const std::vector<Mention>& ms, size_t word,
                 const Lexicon& lex) {
  for (size_t k = word; k > 0 && k + 6 > word; --k)
    if (lex.InSet("company_heads", t[k - 1].lower)) return true;
  size_t k = word;
  while (k > 0 && word - k < 3 && t[k - 1].word && !t[k - 1].capitalized) --k;
  return k > 1 && k < word && t[k - 1].capitalized && t[k - 1].word && !InAnyMention(ms, k - 1);
}

// "with Eritrea the only state unsigned", "a non-signatory": a word of the
// class negated by its prefix leaves every pair of the sentence in doubt.
bool NegatedClassWord(const std::vector<Token>& t, const char* set, const Lexicon& lex) {
  for (const Token& tk : t) {
    std::string_view w = tk.lower;
    for (std::string_view prefix : {"un", "non-", "non"})
      if (w.size() > prefix.size() + 3 && w.starts_with(prefix) && lex.InSet(set, w.substr(prefix.size())))
        return true;
  }
  return false;
}

// Whether the rules already give the source a fact of the relation to this
// target: the same entity, or for a thing of words any new thing with the
// same head (the rules name it their own way: "the Japan–Philippines pact").
bool Ruled(const std::vector<Relation>& rules, const char* relation, const LearnedCandidate& c,
           const std::string& head) {
  for (const Relation& r : rules) {
    if (r.relation != relation) continue;
    bool source = std::find(r.sources.begin(), r.sources.end(), c.source) != r.sources.end() ||
                  std::find(r.counterparts.begin(), r.counterparts.end(), c.source) !=
                      r.counterparts.end();
    if (!source) continue;
    if (c.target >= 0 && r.target == c.target) return true;
    if (c.target < 0 && r.target < 0 && r.new_target_alias.ends_with(head)) return true;
  }
  return false;
}

// The class word nearest the span [lo, hi) within five words of it, or
// SIZE_MAX.
size_t ClassWordNear(const std::vector<size_t>& words, size_t lo, size_t hi) {
  size_t best = SIZE_MAX, best_dist = 6;
  for (size_t k : words) {
    size_t d = k < lo ? lo - k : k >= hi ? k - hi + 1 : 0;
    if (d < best_dist) best = k, best_dist = d;
  }
  return best;
}

bool Same(const LearnedCandidate& a, const LearnedCandidate& b) {
  return a.relation == b.relation && a.source == b.source && a.target == b.target &&
         a.new_target_name == b.new_target_name;
}

void RelationCandidates(const SentenceInput& in, const DocumentContext& doc,
                        const std::vector<Relation>& rules, const Lexicon& lex, bool with_ruled,
                        size_t rel, const std::vector<size_t>& words,
                        std::vector<LearnedCandidate>* out) {
  const std::vector<Token>& t = in.tokens;
  const std::vector<Mention>& ms = in.mentions;
  size_t from = out->size();
  // the targets: agreement mentions, then things of words
  std::vector<LearnedCandidate> targets;
  for (size_t gi = 0; gi < ms.size(); ++gi)
    if (ms[gi].entity >= 0 && doc.TypeOf(ms[gi].entity) == NodeType::kAgreement) {
      LearnedCandidate c;
      c.target = ms[gi].entity;
      c.target_mention = static_cast<int>(gi);
      targets.push_back(std::move(c));
    }
  for (size_t k = 0; k < t.size(); ++k)
    if (IsThingHead(t[k], rel, lex) && !InAnyMention(ms, k) &&
        !(k + 1 < t.size() && IsThingHead(t[k + 1], rel, lex)) && !AgreementFollows(in, doc, k)) {
      LearnedCandidate c;
      MakeThing(in, doc, k, rel, lex, &c);
      targets.push_back(std::move(c));
    }
  for (size_t si = 0; si < ms.size(); ++si) {
    if (!IsParty(t, ms, si, doc, lex)) continue;
    // "iced the pact with Pyongyang": who a thing is shared with suspends
    // nothing ("signed X with B" does make B a signer)
    if (rel == 1 && ms[si].first > 0 && t[ms[si].first - 1].lower == "with") continue;
    for (const LearnedCandidate& target : targets) {
      const Mention& g = TargetMention(in, target);
      if (target.target == ms[si].entity && target.target >= 0) continue;
      size_t lo = std::min(ms[si].first, g.first), hi = std::max(ms[si].last, g.last);
      size_t word = hi - lo > 30 ? SIZE_MAX : ClassWordNear(words, lo, hi);
      if (word == SIZE_MAX) continue;
      LearnedCandidate c = target;
      c.relation = kRelation[rel];
      c.source = ms[si].entity;
      c.source_mention = static_cast<int>(si);
      c.ruled = Ruled(rules, kRelation[rel], c, std::string(t[g.last - 1].lower));
      if (c.ruled && !with_ruled) continue;
      if (!c.ruled && RulesCover(rules, kRelation[rel], doc, c, std::string(t[g.last - 1].lower)))
        continue;
      // the class word goes with the source: its verb, its "by", its noun
      const Mention& sm = ms[si];
      size_t from_source = word < sm.first ? sm.first - word : word >= sm.last ? word - sm.last + 1 : 0;
      if (from_source > 6 || OtherSigner(t, ms, word, lex)) continue;
      // one per pair: the first source mention, the first target
      bool seen = false;
      for (size_t k = from; k < out->size() && !seen; ++k) seen = Same((*out)[k], c);
      if (seen) continue;
      // the class word's clause: "affixed their names to" is no plan
      SetCandidateModality(in, lex, word, &c);
      c.features = CandidateFeatures(in, doc, rules, lex, c);
      out->push_back(std::move(c));
    }
  }
}

}  // namespace

void AgreementCandidates(const SentenceInput& in, const DocumentContext& doc,
                         const std::vector<Relation>& rules, const Lexicon& lex, bool with_ruled,
                         const LearnedModels* only, std::vector<LearnedCandidate>* out) {
  for (size_t rel = 0; rel < 2; ++rel) {
    if (only && !only->CanTake(kRelation[rel])) continue;
    std::vector<size_t> words;
    for (size_t k = 0; k < in.tokens.size(); ++k)
      if (in.tokens[k].word && lex.InSet(kClassSet[rel], in.tokens[k].lower)) words.push_back(k);
    if (!words.empty() && !NegatedClassWord(in.tokens, kClassSet[rel], lex))
      RelationCandidates(in, doc, rules, lex, with_ruled, rel, words, out);
  }
}

bool MayHoldAgreementPair(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
                          const Lexicon& lex, const LearnedModels* only) {
  bool actor = std::any_of(mentions.begin(), mentions.end(),
                           [](const Mention& m) { return m.kind == MentionKind::kActor; });
  if (!actor) return false;
  for (size_t rel = 0; rel < 2; ++rel) {
    if (only && !only->CanTake(kRelation[rel])) continue;
    for (const Token& tk : tokens)
      if (tk.word && lex.InSet(kClassSet[rel], tk.lower)) return true;
  }
  return false;
}

}  // namespace kg::ingest
