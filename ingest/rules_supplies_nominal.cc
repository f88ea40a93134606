// The supplies_arms_to relation without a supply verb: arms noun phrases
// ("Western military aid to Ukraine", "the transfer of tanks to Ukraine by
// Germany", "approved a $1.1bn arms sale to Taiwan") and weapons of named
// origin in the hands of their user ("fired North Korean missiles").
#include <algorithm>
#include <cctype>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// Supply facts without a supply verb, phrase by phrase: each arms phrase
// with a supplier before it, inside "<supply noun> of", or as the object
// of an approving, pledging or stopping verb; then weapons of named origin
// in use.
void Extractor::SuppliesNominal() {
  for (size_t k = 0; k < t_.size() && MayHoldArms(); ++k) {
    size_t n = ArmsAt(k);
    if (!n || consumed_[k]) continue;
    if (DealForArms(k, n)) continue;
    int sup = SupplierBeforeArms(k);
    if (sup >= 0) {
      NominalWithSupplier(k, n, sup);
    } else if (!OfPhraseSupply(k, n)) {
      ArmsObjectOfVerb(k, n);
    }
  }
  MadeArmsUsed();
  SupplyOutcomes();
}

// Mention index of the supplier right before the arms phrase at `k`
// ("Western", "Russia's", "Russia's military" of "Russia's military aid"), or -1.
int Extractor::SupplierBeforeArms(size_t k) const {
  int sup = -1;
  size_t before = k;
  if (before > 0 && t_[before - 1].lower == "'s") --before;
  for (size_t m = 0; m < ms_.size(); ++m) {
    bool kind_ok = ms_[m].kind == MentionKind::kAdjective ||
                   (ms_[m].kind == MentionKind::kActor && ms_[m].type != NodeType::kAgreement);
    if (!kind_ok || ms_[m].entity < 0) continue;
    if (ms_[m].last == before) sup = static_cast<int>(m);
    // "Russia's military aid": the mention ends with the head "military"
    if (ms_[m].first < k && ms_[m].last == k + 1) sup = static_cast<int>(m);
  }
  return sup;
}

// "Russia has completed the delivery of S-300 missiles to Syria", "the
// transfer of tanks to Ukraine by Germany", "Russia's deliveries of S-400
// missiles to India", "approved the sale of F-35s to the UAE": arms inside
// "<supply noun> of". Returns true when the phrase was handled.
bool Extractor::OfPhraseSupply(size_t k, size_t n) {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  size_t of = k;
  // "the handover of all 13 of its MiG-29 fighters": the first "of" after a supply noun
  while (of > 0 && of + 8 > k && !(t_[of - 1].lower == "of" && of >= 2 && w.nouns.count(t_[of - 2].lower))) {
    const TokenWord& b = t_[of - 1].lower;
    if (b != "of" && b != "at" && lex_.InSet("prepositions", b)) break;  // "equipment related to the F-35"
    --of;
  }
  if (of < 2 || t_[of - 1].lower != "of" || !w.nouns.count(t_[of - 2].lower)) return false;
  size_t noun = of - 2;
  size_t v = NounPhraseStart(noun);
  const std::string verb = v > 0 ? std::string(t_[v - 1].lower) : std::string();
  static const char* kGoverning[] = {"completed", "began", "begun", "started", "resumed",
                                     "continued", "continues", "made", "accelerated", "completes"};
  bool governed = false;
  for (const char* g : kGoverning) governed = governed || verb == g;
  size_t end;
  bool pledge = lex_.InSet("pledge_verbs", verb);
  size_t after = SkipArmsList(k + n);
  // "a package / tranche / consignment of weapons for Kyiv"
  const TokenWord& head = t_[noun].lower;
  bool lot = head.rfind("package", 0) == 0 || head.rfind("tranche", 0) == 0 ||
             head.rfind("consignment", 0) == 0 || head.rfind("drawdown", 0) == 0;
  int rec = RecipientOf(after, pledge || lot, &end);
  if (rec < 0) return FromToSupply(noun, after);
  if (governed) {
    Subjects s = SubjectsFor(v - 1);
    if (s.entities.empty()) return true;
    Relation r = SupplyFact("supplies_arms_to.nominal_governed", s.entities, ms_[rec].entity, 0.8f);
    Finish(std::move(r), v - 1, s, end);
    return true;
  }
  if (ByAgentsSupply(noun, rec, end)) return true;
  int owner = PossessorBefore(noun);
  if (owner >= 0) {
    FinishSupplyFromSubject(owner, ms_[rec].entity, ClauseStart(t_, noun, lex_), noun, end,
                            "supplies_arms_to.nominal_possessor", "possessor of the supply noun");
    return true;
  }
  // "the handover of the first French Mirage 2000 fighters to Ukraine",
  // "the delivery of German Leopard tanks to Ukraine": the weapons' origin
  // inside the phrase gives them, unless they were captured
  size_t past_origin;
  int origin = ArmsOrigin(k, k + n, &past_origin);
  if (origin >= 0 && ms_[origin].first < of) origin = -1;
  if (origin >= 0 && ms_[origin].entity >= 0 && ms_[origin].type != NodeType::kPerson &&
      ms_[origin].entity != ms_[rec].entity && CountryOf(ms_[rec].entity) != ms_[origin].entity &&
      !CapturedIn(of, end)) {
    for (size_t j = of; j < end && j < consumed_.size(); ++j) consumed_[j] = true;
    FinishSupplyFromSubject(origin, ms_[rec].entity, ClauseStart(t_, noun, lex_), noun, end,
                            "supplies_arms_to.nominal_origin", "origin of the weapons of the supply noun");
    return true;
  }
  if (!lex_.InSet("arms_object_verbs", verb)) return false;
  // "suspended deliveries of tanks to Egypt": the listed weapons are held back
  bool held_back = lex_.InSet("stop_verbs", verb);
  SupplyAsObjectOf(v - 1, k, rec, end, held_back || t_[noun].lower == "sale");
  return true;
}

// "Western military aid to Ukraine", "Russia's arms deliveries to Syria":
// the supplier stands right before the arms phrase; the cue window is the
// noun phrase itself, or the verb that governs "the <supply noun> of".
void Extractor::NominalWithSupplier(size_t k, size_t n, int sup) {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  size_t j = k + n;
  if (j < t_.size() && w.nouns.count(t_[j].lower)) ++j;
  size_t end;
  int rec = RecipientAfterTo(j, std::min(t_.size(), j + 1), &end);
  if (rec < 0 || ms_[sup].entity == ms_[rec].entity) return;
  // "added Pakistani jets to its order book": a possessor is no recipient
  if (ms_[rec].possessive) return;
  // "the transfer of captured Russian tanks to Ukraine": taken, not given
  if (CapturedIn(ms_[sup].first >= 2 ? ms_[sup].first - 2 : 0, ms_[sup].first)) return;
  Relation r = SupplyFact("supplies_arms_to.nominal", {ms_[sup].entity}, ms_[rec].entity, 0.75f);
  size_t cs = ClauseStart(t_, k, lex_);
  size_t window = std::max(cs, ms_[sup].first > 3 ? ms_[sup].first - 3 : size_t{0});
  r.modality = ModalityFor(t_, cs, window, ms_[sup].first, lex_, &r.cue);
  // "approved the transfer of American F-16s to Ukraine", "halted the
  // delivery of German tanks to R": a plan, or held back
  size_t gov = GoverningVerbOfSupplyNoun(ms_[sup].first);
  if (gov != std::string::npos &&
      (lex_.InSet("pledge_verbs", t_[gov].lower) || lex_.InSet("stop_verbs", t_[gov].lower))) {
    r.modality = graph::Modality::kHypothetical;
    r.cue = t_[gov].lower;
  }
  r.trigger = static_cast<uint32_t>(k);
  r.last = static_cast<uint32_t>(end);
  r.date = DateNear(k);
  Note(k, r.rule + " fired (supplier before the arms noun, " +
              std::string(graph::ModalityName(r.modality)) + ")");
  out_->push_back(std::move(r));
}

// "approved a $1.1bn arms sale to Taiwan", "paused all military aid to
// Ukraine": an arms noun phrase with a recipient, object of a verb whose
// subject is the supplier.
void Extractor::ArmsObjectOfVerb(size_t k, size_t n) {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  size_t j = k + n;
  bool single_sale = j < t_.size() && t_[j].lower == "sale";
  if (j < t_.size() && w.nouns.count(t_[j].lower) && FromToSupply(j, j + 1)) return;
  if (j < t_.size() && w.nouns.count(t_[j].lower)) ++j;
  // "suspended 30 of its arms export licences to Israel": a licence is
  // the permit for the supply
  if (j < t_.size() && (t_[j].lower.rfind("licen", 0) == 0 || t_[j].lower == "permits")) ++j;
  size_t by_end;
  int by_rec = RecipientAfterTo(j, std::min(t_.size(), j + 1), &by_end);
  if (by_rec >= 0 && ByAgentsSupply(k, by_rec, by_end)) return;  // "arms sales to R by S"
  size_t v = NounPhraseStart(k);
  if (v == 0 || !lex_.InSet("arms_object_verbs", t_[v - 1].lower)) return;
  size_t end;
  int rec = RecipientOf(j, lex_.InSet("pledge_verbs", t_[v - 1].lower), &end);
  if (rec < 0) return;
  SupplyAsObjectOf(v - 1, k, rec, end, single_sale);
}

// "a shipment of shells from South Korea to Ukraine", "arms transfers from
// the United States to Saudi Arabia": supplier and recipient follow the
// arms phrase at `j`. A predicate after them may make it a plan ("has been
// rumoured", "would start"). Emits and returns true when both are found.
bool Extractor::FromToSupply(size_t noun, size_t j) {
  if (j + 3 >= t_.size() || t_[j].lower != "from") return false;
  int sup = AgentAt(j + 1);
  if (sup < 0 || ms_[sup].entity < 0 || ms_[sup].type == NodeType::kPerson) return false;
  size_t end;
  int rec = RecipientOf(ms_[sup].last, false, &end);
  if (rec < 0 || ms_[rec].entity == ms_[sup].entity) return false;
  Subjects s;
  s.entities = {ms_[sup].entity};
  s.end = ClauseStart(t_, noun, lex_);
  s.how = "'from' supplier of the supply noun";
  Relation r = SupplyFact("supplies_arms_to.nominal_from_to", s.entities, ms_[rec].entity, 0.75f);
  size_t cend = ClauseEnd(t_, end, lex_);
  for (size_t k = end; k < std::min(cend, end + 10); ++k)
    if (lex_.InSet("hypothetical", t_[k].lower)) r.modality_override_hypothetical = true;
  for (size_t k = noun; k < end && k < consumed_.size(); ++k) consumed_[k] = true;
  Finish(std::move(r), noun, s, end);
  return true;
}

// The token after a list of arms phrases that continues at `j`: ",
// fighter jets, attack helicopters and 500 Stinger missiles" of "deliveries
// of tanks, ... to Egypt". Returns `j` when no list follows.
size_t Extractor::SkipArmsList(size_t j) const {
  for (;;) {
    size_t k = j;
    while (k < t_.size() && k < j + 2 && (t_[k].text == "," || t_[k].lower == "and")) ++k;
    if (k == j) return j;
    size_t item = k;
    while (item < t_.size() && item < k + 3 && !ArmsAt(item) &&
           (IsAmountOrDeterminer(t_[item]) || (t_[item].capitalized && MentionAt(item) < 0)))
      ++item;
    size_t n = item < t_.size() ? ArmsAt(item) : 0;
    if (!n) return j;
    j = item + n;
  }
}

// Index of the verb that governs "the <supply noun> of" before `first` ("approved
// the transfer of"), or npos.
size_t Extractor::GoverningVerbOfSupplyNoun(size_t first) const {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  size_t of = first;
  while (of > 0 && first - of < 4 && t_[of - 1].lower != "of") --of;
  if (of < 2 || t_[of - 1].lower != "of" || !w.nouns.count(t_[of - 2].lower)) return std::string::npos;
  size_t v = NounPhraseStart(of - 2);
  if (v == 0 || !lex_.InSet("arms_object_verbs", t_[v - 1].lower)) return std::string::npos;
  return v - 1;
}

// Mention index of the possessor or adjective right before the noun at
// `noun` ("Russia's deliveries", "American deliveries"), or -1.
int Extractor::PossessorBefore(size_t noun) const {
  size_t before = noun;
  if (before > 0 && t_[before - 1].lower == "'s") --before;
  for (size_t m = 0; m < ms_.size(); ++m) {
    const Mention& mm = ms_[m];
    bool kind_ok = mm.kind == MentionKind::kAdjective ||
                   (mm.kind == MentionKind::kActor && mm.type != NodeType::kAgreement);
    if (mm.last == before && before > 0 && kind_ok && mm.entity >= 0) return static_cast<int>(m);
  }
  return -1;
}

// The recipient right after an arms phrase: "to Kyiv", and for pledges and
// packages also "for Kyiv" ("announced 34 armoured vehicles for Ukraine").
int Extractor::RecipientOf(size_t j, bool allow_for, size_t* end) const {
  if (j >= t_.size()) return -1;
  if (t_[j].lower == "to") return RecipientAfterTo(j, j + 1, end);
  if (!allow_for || t_[j].lower != "for") return -1;
  int a = AgentAt(j + 1);
  if (a < 0) return -1;
  *end = ms_[a].last;
  return a;
}

// Start of the noun phrase whose head words begin at `k`: back over
// determiners, amounts ("a $1.1bn", "nearly $400m in"), plain adjectives
// ("a big") and a time phrase after the verb ("approved on Friday the").
size_t Extractor::NounPhraseStart(size_t k) const {
  size_t v = k;
  while (v > 0 && k - v < 7) {
    const Token& b = t_[v - 1];
    bool amount_in = b.lower == "in" && v >= 2 && IsAmountOrDeterminer(t_[v - 2]);
    // "approved the possible sale of": the approval already makes it a plan
    bool plan = b.lower == "possible" || b.lower == "potential" || b.lower == "proposed";
    bool adjective = b.word && !b.capitalized && v < k && !lex_.InSet("prepositions", b.lower) &&
                     !EndsWith(b.lower, "ed") && !EndsWith(b.lower, "ing") && b.lower != "and" &&
                     !lex_.InSet("hypothetical", b.lower) && !lex_.InSet("negated", b.lower) &&
                     !lex_.InSet("arms_object_verbs", b.lower);
    bool weekday = v >= 2 && lex_.InSet("weekdays", b.lower) && t_[v - 2].lower == "on";
    if (weekday) {
      v -= 2;
      continue;
    }
    if (!IsAmountOrDeterminer(b) && !amount_in && !adjective && !plan) break;
    --v;
  }
  return v;
}

bool Extractor::IsAmountOrDeterminer(const Token& tk) const {
  return IsDeterminer(tk.lower) || lex_.InSet("quantifiers", tk.lower) || tk.text == "$" ||
         tk.text.rfind("$", 0) == 0 || tk.text.rfind("\xe2\x82\xac", 0) == 0 || tk.text.rfind("\xc2\xa3", 0) == 0 ||
         std::isdigit(static_cast<unsigned char>(tk.text[0])) || tk.lower == "more" ||
         tk.lower == "additional" || tk.lower == "all" || tk.lower == "billion" ||
         tk.lower == "million" || tk.lower == "bn" || tk.lower == "m" || tk.lower == "nearly" ||
         tk.lower == "about" || tk.lower == "almost" || tk.lower == "of";
}

// The supply named by the object of `verb` (arms at `arms`, recipient
// mention `rec`): stopping it presupposes it, approving or pledging it is
// only a plan, and a single sale is a contract until delivered.
void Extractor::SupplyAsObjectOf(size_t verb, size_t arms, int rec, size_t end, bool only_planned) {
  Subjects s = SubjectsFor(verb);
  if (s.entities.empty()) s = SubjectBefore(verb);
  if (s.entities.empty()) return;
  Relation r = SupplyFact("supplies_arms_to.nominal_object", s.entities, ms_[rec].entity, 0.75f);
  const TokenWord& v = t_[verb].lower;
  bool stop = lex_.InSet("stop_verbs", v) || lex_.relation("suspended").verbs.count(v);
  if (only_planned || lex_.InSet("hypothetical", v) || lex_.InSet("pledge_verbs", v)) {
    r.modality_override_hypothetical = true;
  } else if (stop) {
    r.modality_override_asserted = true;
  }
  for (size_t k = verb; k < end && k < consumed_.size(); ++k) consumed_[k] = true;
  Finish(std::move(r), arms, s, end);
}

// "The transfer of 100 tanks to Ukraine by Germany, Denmark and the
// Netherlands will begin in the summer": suppliers after "by", modality from
// the verb that follows the noun phrase.
bool Extractor::ByAgentsSupply(size_t noun, int rec, size_t end) {
  if (end >= t_.size() || t_[end].lower != "by") return false;
  int a = AgentAt(end + 1);
  if (a < 0) return false;
  size_t agents_end;
  Subjects s;
  s.entities = Coordinated(a, ClauseEnd(t_, end, lex_), &agents_end);
  s.end = noun;
  s.how = "agents of the supply noun";
  Relation r = SupplyFact("supplies_arms_to.nominal_by", s.entities, ms_[rec].entity, 0.75f);
  for (size_t k = agents_end; k < std::min(t_.size(), agents_end + 4); ++k) {
    if (lex_.InSet("hypothetical", t_[k].lower)) r.modality_override_hypothetical = true;
  }
  Finish(std::move(r), noun, s, agents_end);
  return true;
}

}  // namespace kg::ingest
