#include "ingest/learned_features.h"

#include <algorithm>
#include <set>
#include <string_view>

#include "ingest/clause.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

// Word lists of the lexicon whose membership is a feature: the classes of
// words that news uses around travel, presence, speech, plans and arms.
constexpr std::string_view kClassSets[] = {
    "visit_particles", "visit_meeting_verbs", "visit_hold_verbs", "visit_stay_nouns",
    "visit_presence_nouns", "visit_send_verbs", "visit_resident_titles", "visit_light_verbs",
    "visit_time_words", "visit_lead_verbs", "visit_take_verbs", "visit_cancel_words",
    "visit_plan_words", "private_trip_words", "visit_host_nouns", "visit_onward_verbs",
    "visit_party_nouns", "visit_choice_verbs", "visit_vehicle_nouns", "visit_vehicle_verbs",
    "visit_be_words", "visit_deed_verbs", "visit_deed_objects", "visit_remote_words",
    "visit_honour_verbs", "visit_honour_nouns", "visit_invite_verbs", "visit_guest_nouns",
    "visit_tour_nouns", "visit_leg_verbs", "visit_sport_words", "visit_meet_verbs",
    "visit_plan_verbs", "visit_arrival_verbs", "visit_leave_verbs", "visit_bare_arrival_verbs",
    "visit_fly_in_verbs", "visit_exile_words", "settler_words", "locative_prepositions",
    "locative_topic_prepositions", "locative_absent_words", "locative_unplaced_verbs",
    "speech_verbs", "telling_verbs", "future_auxiliaries", "copulas", "place_nouns",
    "government_nouns", "counterpart_nouns", "sport_words", "hypothetical", "negated",
    "use_verbs", "arms_holder_verbs", "pledge_verbs", "buy_verbs", "order_verbs", "reach_verbs",
    "buyer_nouns", "arms_deal_nouns", "delivery_outcome_verbs", "service_entry_verbs",
    "arsenal_nouns", "maker_participles", "supplier_participles", "buyer_participles",
    "ban_words", "civil_modifiers", "arms_ground_nouns", "arms_object_verbs", "take_verbs",
    "stop_verbs", "deal_nouns", "decision_words"};

// Classes whose presence anywhere in the sentence is a feature.
constexpr std::string_view kSentenceSets[] = {
    "visit_remote_words", "visit_cancel_words", "visit_plan_words", "visit_sport_words",
    "private_trip_words", "visit_exile_words", "settler_words", "visit_resident_titles",
    "hypothetical", "negated", "future_auxiliaries", "speech_verbs", "locative_absent_words"};

constexpr std::string_view kRelations[] = {"visited", "supplies_arms_to", "signed", "suspended"};

class FeatureSet {
 public:
  FeatureSet(const Lexicon& lex) : lex_(lex) {}
  void Add(std::string f) { out_.push_back(std::move(f)); }
  void Add(std::string_view tag, std::string_view value) {
    std::string f(tag);
    f += '=';
    f += value;
    out_.push_back(std::move(f));
  }
  // The token's word, its lexicon classes and its shape, under `tag`.
  void Word(std::string_view tag, const Token& tk) {
    if (!tk.word) {
      if (tk.lower == "," || tk.lower == ";" || tk.lower == ":" || tk.lower == "(" ||
          IsDash(tk))
        Add(tag, IsDash(tk) ? "-" : std::string_view(tk.lower));
      return;
    }
    // A name's words teach nothing about other names: capitalised words and
    // numbers count by shape only.
    bool digit = std::any_of(tk.lower.begin(), tk.lower.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!tk.capitalized && !digit) Add(tag, tk.lower);
    if (digit) Add(tag, "#num");
    std::string cls(tag);
    cls += ':';
    for (std::string_view set : kClassSets)
      if (lex_.InSet(set, tk.lower)) Add(cls + std::string(set));
    for (std::string_view rel : kRelations) {
      const RelationWords& words = lex_.relation(rel);
      if (words.IsVerb(tk.lower) || words.IsPrepVerb(tk.lower)) Add(cls + "verb_" + std::string(rel));
      if (words.IsNoun(tk.lower)) Add(cls + "noun_" + std::string(rel));
    }
    if (lex_.IsArmsStart(tk.lower)) Add(cls + "arms");
    if (lex_.InClass("located_nouns", tk.lower)) Add(cls + "located");
    const std::string& w = tk.lower;
    if (tk.capitalized) Add(cls + "Cap");
    if (w.size() > 4 && w.ends_with("ed")) Add(cls + "ed");
    if (w.size() > 4 && w.ends_with("ing")) Add(cls + "ing");
    if (w.size() > 3 && w.ends_with("ly")) Add(cls + "ly");
  }
  std::vector<std::string> Take() {
    std::sort(out_.begin(), out_.end());
    out_.erase(std::unique(out_.begin(), out_.end()), out_.end());
    return std::move(out_);
  }

 private:
  const Lexicon& lex_;
  std::vector<std::string> out_;
};

std::string KindName(const Mention& m, const DocumentContext& doc) {
  NodeType type = doc.TypeOf(m.entity);
  std::string k;
  switch (m.kind) {
    case MentionKind::kActor:
      k = type == NodeType::kPerson ? "name" : type == NodeType::kCountry ? "country" : "org";
      break;
    case MentionKind::kAdjective: k = "adj"; break;
    case MentionKind::kPlace: k = m.open_place ? "open_place" : "place"; break;
    case MentionKind::kPronoun: k = "pron"; break;
    case MentionKind::kDescription: k = "desc"; break;
    default: k = "other";
  }
  if (!m.title.empty() || !m.role.empty()) k += "+title";
  if (m.possessive) k += "+poss";
  return k;
}

std::string_view Bucket(size_t n) {
  if (n <= 2) return n == 0 ? "0" : n == 1 ? "1" : "2";
  if (n <= 5) return "3-5";
  if (n <= 10) return "6-10";
  if (n <= 20) return "11-20";
  return "21+";
}

// What the rules found besides the candidate's own pair (which they give
// for the training examples marked `ruled`).
void RuleFeatures(const std::vector<Relation>& rules, const LearnedCandidate& c, FeatureSet* f) {
  bool none = true;
  for (const Relation& r : rules) {
    bool own = r.relation == c.relation && r.target == c.target &&
               std::find(r.sources.begin(), r.sources.end(), c.source) != r.sources.end();
    // (an agreement signed by nobody named states no fact: it only puts the
    // agreement in view)
    if (own || r.sources.empty()) continue;
    none = false;
    f->Add("rules", r.relation);
    if (r.relation != c.relation) continue;
    if (std::find(r.sources.begin(), r.sources.end(), c.source) != r.sources.end())
      f->Add("rules=same_source");
    if (r.target == c.target) f->Add("rules=same_target");
  }
  if (none) f->Add("rules=none");
}

// Words between the mentions (all of them when few, else the first and
// last five), the words around each mention, and the two before the later.
void ContextFeatures(const std::vector<Token>& t, const Mention& s, const Mention& g,
                     FeatureSet* f) {
  const Mention& a = s.first < g.first ? s : g;
  const Mention& b = s.first < g.first ? g : s;
  size_t lo = a.last, hi = std::max<size_t>(a.last, b.first);
  for (size_t k = lo; k < hi; ++k)
    if (hi - lo <= 12 || k < lo + 5 || k + 5 >= hi) f->Word("b", t[k]);
  if (hi > lo) f->Word("b_first", t[lo]);
  if (s.first > 0) f->Word("s-1", t[s.first - 1]);
  if (s.last < t.size() && s.first > g.first) f->Word("s+1", t[s.last]);
  if (g.first > 0) f->Word("t-1", t[g.first - 1]);
  if (g.first > 1) f->Word("t-2", t[g.first - 2]);
  if (g.last < t.size()) f->Word("t+1", t[g.last]);
  if (g.last + 1 < t.size()) f->Word("t+2", t[g.last + 1]);
  if (g.first > 1 && t[g.first - 1].word && !t[g.first - 2].capitalized)
    f->Add("t-2_t-1", t[g.first - 2].lower + "_" + t[g.first - 1].lower);
}

// For an agreement candidate, the class word ("inked", "froze") nearest
// the pair: the word, where it stands (before, between, after) and how far.
void ClassWordFeatures(const std::vector<Token>& t, const Mention& s, const Mention& g,
                       std::string_view set, const Lexicon& lex, FeatureSet* f) {
  size_t lo = std::min(s.first, g.first), hi = std::max(s.last, g.last);
  size_t best = SIZE_MAX, best_dist = SIZE_MAX;
  for (size_t k = 0; k < t.size(); ++k) {
    if (!t[k].word || !lex.InSet(set, t[k].lower)) continue;
    size_t d = k < lo ? lo - k : k >= hi ? k - hi + 1 : 0;
    if (d < best_dist) best = k, best_dist = d;
  }
  if (best == SIZE_MAX) return;
  std::string where = best < lo ? "before" : best >= hi ? "after" : "between";
  if (where == "between") {
    const Mention& a = s.first < g.first ? s : g;
    where += best < (a.last + std::max(s.first, g.first)) / 2 ? "_near_first" : "_near_second";
  }
  f->Add("cw_where", where + "|" + (s.first < g.first ? "st" : "ts"));
  f->Add("cw_dist", Bucket(best_dist));
  f->Add("cw", std::string(t[best].lower));
  f->Add("cw_word", std::string(t[best].lower) + "|" + where);
  if (best + 1 < t.size()) f->Word("cw+1", t[best + 1]);
  if (best > 0) f->Word("cw-1", t[best - 1]);
}

}  // namespace

std::vector<std::string> CandidateFeatures(const SentenceInput& in, const DocumentContext& doc,
                                           const std::vector<Relation>& rules, const Lexicon& lex,
                                           const LearnedCandidate& c) {
  const std::vector<Token>& t = in.tokens;
  const std::vector<Mention>& ms = in.mentions;
  const Mention& s = ms[c.source_mention];
  const Mention& g = TargetMention(in, c);
  FeatureSet f(lex);
  f.Add("bias_kind", c.relation);
  std::string ord = s.first < g.first ? "st" : "ts";
  std::string sk = KindName(s, doc), tk = KindName(g, doc);
  f.Add("ord", ord);
  f.Add("sk", sk);
  f.Add("tk", tk);
  f.Add("kinds", sk + "|" + tk + "|" + ord);
  size_t dist = s.first < g.first ? (g.first > s.last ? g.first - s.last : 0)
                                  : (s.first > g.last ? s.first - g.last : 0);
  f.Add("dist", Bucket(dist));
  // a pronoun or a description: how far back its person was named
  if (s.kind == MentionKind::kPronoun || s.kind == MentionKind::kDescription)
    f.Add("source_back", s.antecedent_back == 0 ? "0" : "1");
  f.Add("dist_ord", std::string(Bucket(dist)) + "|" + ord);
  bool subject = IsClauseSubject(t, ms, c.source_mention, lex);
  if (subject) f.Add("source=subject");
  size_t later = std::max(s.first, g.first), earlier = std::min(s.first, g.first);
  bool split = ClauseStart(t, later, lex) > earlier;
  if (split) f.Add("clause=split");
  // the shape of the pair in one feature: subject or not, one clause or
  // two, the word before the place
  std::string prep = g.first > 0 && !t[g.first - 1].capitalized ? std::string(t[g.first - 1].lower) : "#";
  f.Add("shape", std::string(subject ? "subj" : "nonsubj") + (split ? "|split|" : "|one|") + ord + "|" + prep);
  // "whose soldiers are in Lithuania", "the elections in Venezuela": the
  // place belongs to a noun just before it
  for (size_t k = g.first; k > 0 && k + 4 > g.first; --k)
    if (lex.InClass("located_nouns", t[k - 1].lower) || lex.InSet("located_nouns_more", t[k - 1].lower))
      f.Add("target=after_located_noun");
  if (g.first > 0 && g.last < t.size() && (t[g.first - 1].capitalized || t[g.last].capitalized) &&
      g.kind != MentionKind::kPlace)
    f.Add("target=inside_name");
  std::set<int> people;
  for (const Mention& m : ms)
    if (doc.TypeOf(m.entity) == NodeType::kPerson)
      people.insert(m.entity);
  f.Add("people", Bucket(people.size()));
  for (const Mention& m : ms)
    if (m.first > earlier && m.first < later && &m != &s && &m != &g)
      f.Add("between_kind", KindName(m, doc));
  ContextFeatures(t, s, g, &f);
  // "by video link", "called off": what the whole sentence says, by class
  for (const Token& tk : t)
    if (tk.word)
      for (std::string_view set : kSentenceSets)
        if (lex.InSet(set, tk.lower)) f.Add("sentence", set);
  // another traveller nearer the place than the source ("A met B, who had
  // flown in from X")
  for (const Mention& m : ms)
    if (&m != &s && m.entity != s.entity && doc.TypeOf(m.entity) == NodeType::kPerson &&
        (m.first > s.first ? m.first < g.first || (s.first > g.first && m.first < s.first && m.first > g.first)
                           : m.first > g.first && m.first < s.first))
      f.Add("nearer_person");
  if (g.first > 0 && !t[g.first - 1].capitalized) f.Add("prep_ord", t[g.first - 1].lower + "|" + ord);
  f.Add("modality", graph::ModalityName(c.modality));
  if (!c.cue.empty()) f.Add("cue", c.cue);
  if (c.open_elsewhere) f.Add("open_elsewhere");
  RuleFeatures(rules, c, &f);
  // a thing named by its words: its head ("pact", "aid") and whether it
  // stands for the document's last agreement
  if (c.target_mention < 0) {
    f.Add("thing", c.target >= 0 ? "anaphor" : "words");
    if (g.last > 0) f.Word("thing_head", t[g.last - 1]);
  }
  if (c.relation == "signed") ClassWordFeatures(t, s, g, "signing_class_words", lex, &f);
  if (c.relation == "suspended") ClassWordFeatures(t, s, g, "suspension_class_words", lex, &f);
  return f.Take();
}

}  // namespace kg::ingest
