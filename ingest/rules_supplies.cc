// The supplies_arms_to relation: verbs, purchases and nominal supply phrases.
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;
// --- supplies_arms_to ---------------------------------------------------------

bool Extractor::Supplies(size_t i) {
  const std::string& word = t_[i].lower;
  size_t cend = ClauseEnd(t_, i, lex_);
  Relation r;
  r.relation = "supplies_arms_to";
  int recipient = -1;
  size_t end = i + 1;
  if (word == "buy" || word == "buys" || word == "bought" || word == "buying" ||
      word == "purchase" || word == "purchased" || word == "purchases" || word == "purchasing" ||
      word == "received" || word == "receives" || word == "receiving" || word == "acquired")
    return Buys(i, cend);
  // Maker participles and use verbs are triggers only so that sentences
  // with "X-made" or "used American bombs" reach MadeArmsUsed; they supply
  // nothing themselves.
  if (lex_.InSet("maker_participles", word) || lex_.InSet("use_verbs", word)) return false;
  if (word == "supplier" || word == "suppliers") return SupplierNoun(i);
  if (lex_.InSet("take_verbs", word)) {
    // "Egypt took delivery of Rafale jets from France": a purchase received.
    bool delivery = i + 2 < t_.size() && t_[i + 1].lower == "delivery" && t_[i + 2].lower == "of";
    return delivery && Buys(i, cend);
  }
  // "the transfer of tanks", "a supply of shells": a noun, for SuppliesNominal
  if (i > 0 && IsDeterminer(t_[i - 1].lower) && lex_.relation("supplies_arms_to").nouns.count(word))
    return false;
  bool support = word.rfind("support", 0) == 0;
  bool arm = word == "arm" || word == "armed" || word == "arming";
  if (support || arm) {
    size_t obj = i + 1;
    // "armed, trained and funded Hezbollah": the object follows the verb list
    while (arm && obj < std::min(cend, i + 7) && AgentAt(obj) < 0 &&
           (t_[obj].text == "," || t_[obj].lower == "and" ||
            (t_[obj].word && !t_[obj].capitalized && EndsWith(t_[obj].lower, "ed"))))
      ++obj;
    int a = AgentAt(obj);
    if (a < 0) return false;
    if (support) {
      bool militarily = false;
      for (size_t k = ms_[a].last; k < std::min(cend, size_t{ms_[a].last} + 4); ++k)
        militarily = militarily || lex_.relation("supplies_arms_to").objects.count(t_[k].lower) > 0;
      if (!militarily) return false;
      r.rule = "supplies_arms_to.support_militarily";
    } else {
      if (i > 0 && IsDeterminer(t_[i - 1].lower)) return false;  // "the armed forces"
      r.rule = "supplies_arms_to.arm";
    }
    recipient = a;
    end = ms_[a].last + 1;
  } else {
    // "provided Kyiv with missiles", "sent Ukraine tanks"
    int a = AgentAt(i + 1);
    if (a >= 0) {
      size_t k = ms_[a].last;
      // "supplying the Houthis in Yemen with missiles"
      if (k + 1 < t_.size() && t_[k].lower == "in" && MentionAt(k + 1) >= 0)
        k = ms_[MentionAt(k + 1)].last;
      if (k < t_.size() && t_[k].lower == "with") ++k;
      size_t arms = FindArms(k, std::min(cend, k + 7));  // "with an additional $2bn in weapons"
      if (arms != std::string::npos) {
        recipient = a;
        end = arms + ArmsAt(arms);
        r.rule = "supplies_arms_to.double_object";
      }
    }
    bool reduced_relative = i > 0 && lex_.InSet("supplier_participles", word) &&
                            FindArms(i > 3 ? i - 3 : 0, i) != std::string::npos;
    if (recipient < 0 && i > 0 && (reduced_relative || t_[i - 1].lower == "were" || t_[i - 1].lower == "was" ||
                                   t_[i - 1].lower == "been" || t_[i - 1].lower == "being")) {
      // "The first parts of Russia's S-400 system were delivered to Turkey"
      size_t cs = ClauseStart(t_, i, lex_);
      size_t arms = FindArms(cs, i);
      int to = arms == std::string::npos ? -1 : RecipientAfterTo(i + 1, std::min(cend, i + 6), &end);
      size_t by = i + 1;
      while (by < std::min(cend, i + 8) && t_[by].lower != "by") ++by;
      int agent = by < std::min(cend, i + 8) ? AgentAt(by + 1) : -1;
      if (to >= 0 && agent >= 0 && ms_[agent].entity != ms_[to].entity) {
        // "tanks sent to Ukraine by the Czech Republic", "drones supplied by
        // Iran to Russia": the agent supplies, whoever made the weapons
        size_t agents_end;
        Subjects s;
        s.entities = Coordinated(agent, cend, &agents_end);
        s.end = cs;
        s.how = "agent of a passive supply";
        r.rule = "supplies_arms_to.passive";
        r.sources = s.entities;
        r.target = ms_[to].entity;
        Finish(std::move(r), i, s, std::max(end, agents_end));
        return true;
      }
      int sup = to < 0 ? -1 : SupplierIn(cs, i);
      if (sup >= 0) {
        FinishSupplyFromSubject(sup, ms_[to].entity, cs, i, end, "supplies_arms_to.passive_owner",
                                "owner of the arms in a passive clause");
        return true;
      }
    }
    if (recipient < 0) {
      size_t arms = FindArms(i + 1, std::min(cend, i + 10));
      if (arms == std::string::npos) {
        recipient = RelativeClauseRecipient(i, cend, &end);
        if (recipient < 0) {
          Note(i, "no weapons or military aid as the object of '" + word + "'");
          return false;
        }
        r.rule = "supplies_arms_to.relative_object";
      } else {
        recipient = RecipientAfterTo(arms + ArmsAt(arms), std::min(cend, arms + 10), &end);
        r.rule = "supplies_arms_to.verb";
      }
      if (recipient < 0) {
        recipient = SharedRecipient(i);
        if (recipient >= 0) {
          r.rule = "supplies_arms_to.shared_recipient";
          end = arms + ArmsAt(arms);
        }
      }
      if (recipient < 0 && doc_.last_arms_recipient >= 0) {
        // "France will supply SCALP missiles to Ukraine. Britain has been
        // delivering the same missile": the recipient carries over.
        Subjects s = SubjectsFor(i);
        if (s.entities.empty()) return false;
        r.rule = "supplies_arms_to.recipient_carried_over";
        r.confidence = 0.7f;
        r.sources = s.entities;
        r.target = doc_.last_arms_recipient;
        if (word == "pledged" || word == "pledges" || word == "promised") {
          r.modality_override_hypothetical = true;
        }
        Finish(std::move(r), i, s, arms + ArmsAt(arms));
        return true;
      }
      if (recipient < 0) {
        Note(i, "weapons but no 'to <recipient>' after '" + word + "'");
        return false;
      }
    }
  }
  if (lex_.InSet("pledge_verbs", word)) r.modality_override_hypothetical = true;  // "pledged tanks"
  // "stop sending", "halted deliveries": the supplying so far is presupposed,
  // whatever the modality of the stop.
  if (i > 0 && lex_.InSet("stop_verbs", t_[i - 1].lower)) r.modality_override_asserted = true;
  Subjects s = SubjectsFor(i);
  if (s.entities.empty()) {
    Note(i, r.rule + ": no supplier found");
    return false;
  }
  for (size_t k = i; k < end && k < consumed_.size(); ++k) consumed_[k] = true;
  size_t rend;
  r.sources = s.entities;
  std::vector<int> recipients = Coordinated(recipient, cend, &rend);
  for (int rec : recipients) {
    Relation one = r;
    one.target = rec;
    Finish(std::move(one), i, s, end);
  }
  return true;
}

// "Germany will send helmets to Ukraine but has refused to deliver weapons":
// a supply verb coordinated with an earlier one that names its recipient
// shares it. Returns the recipient mention or -1.
int Extractor::SharedRecipient(size_t verb) const {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  size_t conj = std::string::npos;
  for (size_t k = verb; k > 0 && verb - k < 20; --k) {
    const std::string& b = t_[k - 1].lower;
    if (b == "." || b == ";") break;
    if (conj == std::string::npos && (b == "and" || b == "but")) conj = k - 1;
    if (conj == std::string::npos || !w.verbs.count(b)) continue;
    size_t end;
    return RecipientAfterTo(k, std::min(conj, k + 12), &end);
  }
  return -1;
}

// "the Gepard guns that Berlin has sent to Ukraine": the weapons are the
// antecedent of a relative clause whose subject supplies them. Returns the
// recipient mention or -1.
int Extractor::RelativeClauseRecipient(size_t verb, size_t cend, size_t* end) const {
  size_t cs = ClauseStart(t_, verb, lex_);
  if (cs == 0 || cs + 1 >= verb || (t_[cs].lower != "that" && t_[cs].lower != "which")) return -1;
  if (AgentAt(cs + 1) < 0 || FindArms(cs > 4 ? cs - 4 : 0, cs) == std::string::npos) return -1;
  return RecipientAfterTo(verb + 1, std::min(cend, verb + 3), end);
}

// "Germany signed a deal to buy Israel's Arrow 3 missile defence system",
// "India bought S-400 missiles from Russia": the seller supplies the buyer.
bool Extractor::Buys(size_t i, size_t cend) {
  size_t arms = FindArms(i + 1, std::min(cend, i + 10));
  if (arms == std::string::npos) return false;
  size_t end = arms + ArmsAt(arms);
  Subjects buyer;
  // "Ankara's plan to buy a Russian system": the possessor of the plan buys.
  for (size_t k = i; k > 0 && k + 5 > i; --k) {
    int m = MentionAt(k - 1);
    if (m >= 0 && ms_[m].possessive && IsAgentMention(ms_[m]) && ms_[m].entity >= 0) {
      buyer.entities = {ms_[m].entity};
      buyer.end = ms_[m].last;
      break;
    }
  }
  if (buyer.entities.empty()) buyer = SubjectsFor(i);
  if (buyer.entities.empty()) return false;
  // "Egypt took delivery of its first jets from France": "its" is the buyer
  int seller = SupplierIn(i + 1, std::min(cend, end + 6));
  while (seller >= 0 && std::count(buyer.entities.begin(), buyer.entities.end(), ms_[seller].entity))
    seller = SupplierIn(ms_[seller].last, std::min(cend, end + 6));
  if (seller < 0) {
    Note(i, "arms bought but no seller ('from X', \"X's\", \"X-made\")");
    return false;
  }
  Relation r;
  r.relation = "supplies_arms_to";
  r.rule = "supplies_arms_to.bought_from";
  r.confidence = 0.8f;
  r.sources = {ms_[seller].entity};
  Subjects seller_subject;
  seller_subject.entities = r.sources;
  seller_subject.end = buyer.end;
  seller_subject.how = "seller of arms bought by " + std::to_string(buyer.entities[0]);
  for (int b : buyer.entities) {
    Relation one = r;
    one.target = b;
    Finish(std::move(one), i, seller_subject, end);
  }
  return true;
}

// "Western military aid to Ukraine", "Russia's arms deliveries to Syria",
// "U.S. weapons to Taiwan": the supplier stands right before the arms noun.
void Extractor::SuppliesNominal() {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  for (size_t k = 0; k < t_.size(); ++k) {
    size_t n = ArmsAt(k);
    if (!n || consumed_[k]) continue;
    int sup = -1;
    size_t before = k;
    if (before > 0 && t_[before - 1].lower == "'s") --before;
    for (size_t m = 0; m < ms_.size(); ++m) {
      bool kind_ok = ms_[m].kind == MentionKind::kAdjective ||
                     (ms_[m].kind == MentionKind::kActor && ms_[m].type != NodeType::kAgreement);
      if (ms_[m].last == before && kind_ok && ms_[m].entity >= 0) sup = static_cast<int>(m);
      // "Russia's military aid": the mention ends with the head "military"
      if (ms_[m].first < k && ms_[m].last == k + 1 && kind_ok && ms_[m].entity >= 0)
        sup = static_cast<int>(m);
    }
    size_t j = k + n;
    if (sup < 0) {
      // "Russia has completed the delivery of S-300 missiles to Syria"
      size_t of = k;
      // "the handover of all 13 of its MiG-29 fighters": the first "of" after a supply noun
      while (of > 0 && of + 8 > k && !(t_[of - 1].lower == "of" && of >= 2 && w.nouns.count(t_[of - 2].lower))) {
        const std::string& b = t_[of - 1].lower;
        if (b != "of" && b != "at" && lex_.InSet("prepositions", b)) break;  // "equipment related to the F-35"
        --of;
      }
      bool of_noun = of >= 2 && t_[of - 1].lower == "of" && w.nouns.count(t_[of - 2].lower);
      size_t v = of_noun ? NounPhraseStart(of - 2) : 0;
      static const char* kGoverning[] = {"completed", "began", "begun", "started", "resumed",
                                         "continued", "continues", "made", "accelerated", "completes"};
      bool governed = false;
      if (of_noun && v > 0)
        for (const char* g : kGoverning) governed = governed || t_[v - 1].lower == g;
      size_t end2;
      int rec = -1;
      bool pledge = v > 0 && lex_.InSet("pledge_verbs", t_[v - 1].lower);
      if (of_noun) rec = RecipientOf(j, pledge || t_[of - 2].lower.rfind("package", 0) == 0, &end2);
      if (rec >= 0 && !governed && ByAgentsSupply(of - 2, rec, end2)) continue;
      int owner = rec >= 0 && !governed ? PossessorBefore(of - 2) : -1;
      if (owner >= 0) {
        // "Russia's deliveries of S-400 missiles to India"
        FinishSupplyFromSubject(owner, ms_[rec].entity, ClauseStart(t_, of - 2, lex_), of - 2, end2,
                                "supplies_arms_to.nominal_possessor", "possessor of the supply noun");
        continue;
      }
      if (rec >= 0 && !governed && v > 0 && lex_.InSet("arms_object_verbs", t_[v - 1].lower)) {
        // "suspended deliveries of tanks to Egypt": the listed weapons are held back
        bool held_back = lex_.InSet("stop_verbs", t_[v - 1].lower);
        SupplyAsObjectOf(v - 1, k, rec, end2, held_back || t_[of - 2].lower == "sale");
        continue;
      }
      if (!governed || rec < 0) {
        ArmsObjectOfVerb(k, n);
        continue;
      }
      Subjects s = SubjectsFor(v - 1);
      if (s.entities.empty()) continue;
      Relation r;
      r.relation = "supplies_arms_to";
      r.rule = "supplies_arms_to.nominal_governed";
      r.confidence = 0.8f;
      r.sources = s.entities;
      r.target = ms_[rec].entity;
      Finish(std::move(r), v - 1, s, end2);
      continue;
    }
    if (j < t_.size() && w.nouns.count(t_[j].lower)) ++j;
    size_t end;
    int rec = RecipientAfterTo(j, std::min(t_.size(), j + 1), &end);
    if (rec < 0) continue;
    Relation r;
    r.relation = "supplies_arms_to";
    r.rule = "supplies_arms_to.nominal";
    r.confidence = 0.75f;
    r.sources = {ms_[sup].entity};
    r.target = ms_[rec].entity;
    Subjects s;
    s.entities = r.sources;
    s.end = ms_[sup].first;
    s.how = "supplier before the arms noun";
    // The cue window is the noun phrase itself.
    size_t trigger = k;
    Relation copy = r;
    size_t cs = ClauseStart(t_, trigger, lex_);
    size_t window = std::max(cs, ms_[sup].first > 3 ? ms_[sup].first - 3 : size_t{0});
    copy.modality = ModalityFor(t_, cs, window, ms_[sup].first, lex_, &copy.cue);
    // "approved the transfer of American F-16s to Ukraine", "halted the
    // delivery of German tanks to R": the verb governing the supply noun
    // makes it a plan or holds it back.
    size_t gov = GoverningVerbOfSupplyNoun(ms_[sup].first);
    if (gov != std::string::npos && (lex_.InSet("pledge_verbs", t_[gov].lower) ||
                                     lex_.InSet("stop_verbs", t_[gov].lower))) {
      copy.modality = graph::Modality::kHypothetical;
      copy.cue = t_[gov].lower;
    }
    copy.trigger = static_cast<uint32_t>(trigger);
    copy.last = static_cast<uint32_t>(end);
    copy.date = DateNear(trigger);
    if (copy.sources[0] == copy.target) continue;
    Note(trigger, copy.rule + " fired (" + s.how + ", " + std::string(graph::ModalityName(copy.modality)) + ")");
    out_->push_back(std::move(copy));
  }
  MadeArmsUsed();
}

// "approved a $1.1bn arms sale to Taiwan", "paused all military aid to
// Ukraine": an arms noun phrase with a recipient, object of a verb whose
// subject is the supplier.
void Extractor::ArmsObjectOfVerb(size_t k, size_t n) {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  size_t j = k + n;
  bool single_sale = j < t_.size() && t_[j].lower == "sale";
  if (j < t_.size() && w.nouns.count(t_[j].lower)) ++j;
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

// The subject of a verb that itself breaks clauses ("Pakistan announced 12
// jets for Nigeria"): the first agent of the clause that ends at the verb.
Extractor::Subjects Extractor::SubjectBefore(size_t verb) {
  Subjects s;
  if (verb == 0) return s;
  size_t cs = ClauseStart(t_, verb - 1, lex_);
  for (size_t idx = 0; idx < ms_.size(); ++idx) {
    const Mention& m = ms_[idx];
    if (m.first < cs || m.last > verb || !IsAgentMention(m) || m.possessive || m.entity < 0) continue;
    if (AfterPreposition(t_, m.first, lex_)) continue;
    s.entities = Coordinated(idx, verb, &s.end);
    s.how = "subject before the verb";
    return s;
  }
  return s;
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

// "Russia is India's largest arms supplier", "China became the main arms
// supplier to Pakistan", "Turkey, Azerbaijan's main supplier of drones,":
// the subject of the copula (or the apposed name) supplies the possessor or
// the "to" phrase.
bool Extractor::SupplierNoun(size_t i) {
  size_t after = i + 1;
  size_t arms = i > 0 ? FindArms(i > 2 ? i - 2 : 0, i) : std::string::npos;
  if (arms == std::string::npos && after + 1 < t_.size() && t_[after].lower == "of" && ArmsAt(after + 1)) {
    arms = after + 1;
    after = arms + ArmsAt(arms);
  }
  if (arms == std::string::npos) return false;
  size_t end = after;
  int rec = RecipientOf(after, true, &end);
  size_t b = std::min(arms, i);
  while (b > 0 && i - b < 6 && !(t_[b - 1].lower == "'s") && (IsAmountOrDeterminer(t_[b - 1]) ||
         (t_[b - 1].word && !t_[b - 1].capitalized && !lex_.InSet("prepositions", t_[b - 1].lower) &&
          !lex_.InSet("copulas", t_[b - 1].lower))))
    --b;
  if (b > 1 && t_[b - 1].lower == "'s") {
    int m = MentionAt(b - 2);
    if (rec < 0 && m >= 0 && IsAgentMention(ms_[m]) && ms_[m].entity >= 0) rec = m;
    b = m >= 0 ? ms_[m].first : b - 1;
    while (b > 0 && IsDeterminer(t_[b - 1].lower)) --b;
  }
  if (rec < 0 || b == 0) return false;
  // "was never Israel's arms supplier": the adverb stays in the cue window
  while (b > 1 && (t_[b - 1].lower == "never" || t_[b - 1].lower == "not" || t_[b - 1].lower == "n't" ||
                   t_[b - 1].lower == "also" || t_[b - 1].lower == "still" || t_[b - 1].lower == "now"))
    --b;
  Subjects s;
  const std::string& before = t_[b - 1].lower;
  if (lex_.InSet("copulas", before)) {
    s = SubjectBefore(b - 1);
  } else if ((before == "," || before == "as") && b >= 2 && MentionAt(b - 2) >= 0) {
    int m = MentionAt(b - 2);
    if (IsAgentMention(ms_[m]) && ms_[m].entity >= 0) {
      s.entities = {ms_[m].entity};
      s.end = ms_[m].last;
      s.how = "name apposed to the supplier noun";
    }
  }
  if (s.entities.empty()) return false;
  Relation r;
  r.relation = "supplies_arms_to";
  r.rule = "supplies_arms_to.supplier_noun";
  r.confidence = 0.75f;
  r.sources = s.entities;
  r.target = ms_[rec].entity;
  Finish(std::move(r), i, s, end);
  return true;
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
    bool adjective = b.word && !b.capitalized && v < k && !lex_.InSet("prepositions", b.lower) &&
                     !EndsWith(b.lower, "ed") && !EndsWith(b.lower, "ing") && b.lower != "and" &&
                     !lex_.InSet("hypothetical", b.lower) && !lex_.InSet("negated", b.lower) &&
                     !lex_.InSet("arms_object_verbs", b.lower);
    bool weekday = v >= 2 && lex_.InSet("weekdays", b.lower) && t_[v - 2].lower == "on";
    if (weekday) {
      v -= 2;
      continue;
    }
    if (!IsAmountOrDeterminer(b) && !amount_in && !adjective) break;
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
  Relation r;
  r.relation = "supplies_arms_to";
  r.rule = "supplies_arms_to.nominal_object";
  r.confidence = 0.75f;
  r.sources = s.entities;
  r.target = ms_[rec].entity;
  const std::string& v = t_[verb].lower;
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
  Relation r;
  r.relation = "supplies_arms_to";
  r.rule = "supplies_arms_to.nominal_by";
  r.confidence = 0.75f;
  r.sources = s.entities;
  r.target = ms_[rec].entity;
  for (size_t k = agents_end; k < std::min(t_.size(), agents_end + 4); ++k) {
    if (lex_.InSet("hypothetical", t_[k].lower)) r.modality_override_hypothetical = true;
  }
  Finish(std::move(r), noun, s, agents_end);
  return true;
}

// "X-made" or "X-supplied" weapons in the hands of the subject: "Myanmar's
// military bombed villages with Russian-made jets", "the Turkish-made drones
// that Baku has been using". Shooting them down or being hit by them is not
// owning them, so only use verbs and "with" count.
void Extractor::MadeArmsUsed() {
  for (size_t m = 0; m < ms_.size(); ++m) {
    const Mention& mm = ms_[m];
    size_t p = mm.last;
    if (mm.entity < 0 || p + 1 >= t_.size()) continue;
    bool made = p + 2 < t_.size() && t_[p].text == "-" &&
                (lex_.InSet("maker_participles", t_[p + 1].lower) ||
                 lex_.InSet("supplier_participles", t_[p + 1].lower));
    // "fired North Korean ballistic missiles": an adjective of origin, with a use verb only
    bool origin = !made && mm.kind == MentionKind::kAdjective;
    if (!made && !origin) continue;
    size_t arms = FindArms(made ? p + 2 : p, std::min(t_.size(), made ? p + 6 : p + 3));
    if (arms == std::string::npos || consumed_[arms]) continue;
    size_t arms_end = arms + ArmsAt(arms);
    Subjects user;
    size_t trigger = mm.first;
    size_t b = mm.first;
    while (b > 0 && mm.first - b < 3 && IsAmountOrDeterminer(t_[b - 1])) --b;
    if (b > 0 && ((made && t_[b - 1].lower == "with") || lex_.InSet("use_verbs", t_[b - 1].lower))) {
      user = SubjectsFor(b - 1);
      trigger = b - 1;
    } else if (made && arms_end + 2 < t_.size() &&
               (t_[arms_end].lower == "that" || t_[arms_end].lower == "which")) {
      int a = AgentAt(arms_end + 1);
      size_t k = a >= 0 ? ms_[a].last : t_.size();
      while (k < std::min(t_.size(), arms_end + 8) && !lex_.InSet("use_verbs", t_[k].lower)) ++k;
      if (a < 0 || k >= std::min(t_.size(), arms_end + 8)) continue;
      user.entities = {ms_[a].entity};
      user.end = ms_[a].last;
      user.how = "user of the weapons in a relative clause";
      trigger = k;
    }
    if (user.entities.empty()) continue;
    if (user.how.empty() || user.how == "clause subject") user.how = "user of weapons made elsewhere";
    Relation r;
    r.relation = "supplies_arms_to";
    r.rule = "supplies_arms_to.made_used";
    r.confidence = 0.7f;
    r.sources = {mm.entity};
    r.target = user.entities[0];
    Subjects maker = user;
    maker.entities = r.sources;
    if (CountryOf(r.target) == mm.entity) continue;
    Finish(std::move(r), trigger, maker, arms_end);
  }
}

}  // namespace kg::ingest
