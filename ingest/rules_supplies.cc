// The supplies_arms_to relation: supply verbs, passives and relative clauses
// (the buyer's side is in rules_supplies_buyer.cc, arrivals in
// rules_supplies_arrived.cc).
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
  const TokenWord& word = t_[i].lower;
  size_t cend = ClauseEnd(t_, i, lex_);
  // "could buy as many as 48 jets": an amount, not a comparison clause
  if (i + 4 < t_.size() && t_[i + 1].lower == "as" && t_[i + 3].lower == "as" &&
      (t_[i + 2].lower == "many" || t_[i + 2].lower == "much"))
    cend = ClauseEnd(t_, i + 4, lex_);
  if (BannedSupply(i)) return false;
  Relation r;
  r.relation = "supplies_arms_to";
  int recipient = -1;
  size_t end = i + 1;
  size_t recipients_limit = cend;  // "supplying Ukraine with rifles, Minister X said": no list past the arms
  // "the main source of weapons": the noun before WordNet's verb "source"
  if (word == "supplier" || word == "suppliers" || word == "source") return SupplierNoun(i);
  if (word == "buy" || word == "buys" || word == "bought" || word == "buying" ||
      word == "purchase" || word == "purchased" || word == "purchases" || word == "purchasing" ||
      word == "received" || word == "receives" || word == "receiving" || word == "acquired" ||
      lex_.InSet("buy_verbs", word)) {
    // "leased drones from Israel" buys; "leased drones to India" gives
    bool bought = Buys(i, cend);
    if (bought || !lex_.InSet("transfer_verbs", word)) return bought;
  }
  if (word == "added") return AddedToArsenal(i, cend);
  // Maker participles and use verbs are triggers only so that sentences
  // with "X-made" or "used American bombs" reach MadeArmsUsed; they supply
  // nothing themselves.
  if (lex_.InSet("maker_participles", word)) return MadeFor(i, cend);
  if (lex_.InSet("use_verbs", word)) return false;
  if (lex_.InSet("reach_verbs", word)) return ArmsArrived(i, cend);
  if (lex_.InSet("buyer_nouns", word)) return BuyerNoun(i);
  if (lex_.InSet("take_verbs", word)) {
    // "Egypt took delivery of Rafale jets from France", "Mali took receipt
    // of combat aircraft from Russia": a purchase received.
    bool delivery = i + 2 < t_.size() && t_[i + 2].lower == "of" &&
                    (t_[i + 1].lower == "delivery" || t_[i + 1].lower == "receipt" ||
                     t_[i + 1].lower == "possession");
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
    // "provided Kyiv with missiles", "sent Ukraine tanks", "kitted out
    // Cambodia's army with rifles"
    int a = IndirectObjectAt(i + 1);
    if (a >= 0) {
      size_t k = ms_[a].last;
      // "supplying the Houthis in Yemen with missiles"
      if (k + 1 < t_.size() && t_[k].lower == "in" && MentionAt(k + 1) >= 0)
        k = ms_[MentionAt(k + 1)].last;
      if (k < t_.size() && t_[k].lower == "with") ++k;
      // "with an additional $2bn in weapons", "with some 14,000 of its heaviest bombs"
      size_t arms = FindArms(k, std::min(cend, k + 9));
      if (arms != std::string::npos) {
        recipient = a;
        end = arms + ArmsAt(arms);
        recipients_limit = arms;
        r.rule = "supplies_arms_to.double_object";
      }
    }
    if (recipient < 0 && PassiveSupply(i, cend)) return true;
    size_t arms_end = std::string::npos;
    if (recipient < 0) recipient = VerbObjectRecipient(i, cend, &r, &end, &arms_end);
    if (recipient < 0) return arms_end != std::string::npos && CarriedOverRecipient(i, std::move(r), arms_end);
  }
  // "pledged tanks", "held talks on selling submarines"
  if (lex_.InSet("pledge_verbs", word) || OnlyDiscussed(i)) r.modality_override_hypothetical = true;
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
  // "has sold no ammunition to Ukraine": the object denies the supply
  size_t first_arms = FindArms(i + 1, std::min(cend, i + 10));
  for (size_t k = i + 1; first_arms != std::string::npos && k < first_arms; ++k)
    if (t_[k].lower == "no") r.modality_override = true;
  recipients_limit = NewClauseAfterAnd(ms_[recipient].last, recipients_limit);
  std::vector<int> recipients = Coordinated(recipient, recipients_limit, &rend);
  for (int rec : recipients) {
    Relation one = r;
    one.target = rec;
    Finish(std::move(one), i, s, end);
  }
  return true;
}

// True when the supply or purchase at `verb` is only talked about: "held
// talks on selling submarines to Israel", "discussed buying jets from
// Russia", "is weighing supplying tanks".
bool Extractor::OnlyDiscussed(size_t verb) const {
  size_t from = verb;
  // "in talks with Beijing over the purchase of drones": the noun after
  // its determiner and preposition is what the talks are about
  if (!EndsWith(t_[verb].lower, "ing")) {
    if (verb < 3 || !IsDeterminer(t_[verb - 1].lower)) return false;
    const TokenWord& prep = t_[verb - 2].lower;
    if (prep != "over" && prep != "about" && prep != "on") return false;
    from = verb - 2;
  }
  for (size_t k = from; k > 0 && from - k < 4; --k) {
    const TokenWord& b = t_[k - 1].lower;
    if (lex_.InSet("deal_nouns", b) || b.rfind("discuss", 0) == 0 || b.rfind("consider", 0) == 0 ||
        b.rfind("explor", 0) == 0 || b.rfind("debat", 0) == 0 || b == "weighing" || b == "mulling")
      return true;
  }
  return false;
}

// The "and" at which a new clause starts after the recipient ("to Ukraine,
// and the United States has stationed ..."), or `limit`: its subject is no
// second recipient.
size_t Extractor::NewClauseAfterAnd(size_t from, size_t limit) const {
  for (size_t k = from; k < limit && k + 1 < t_.size(); ++k) {
    if (t_[k].lower != "and") continue;
    int m = AgentAt(k + 1);
    if (m < 0 || ms_[m].last >= t_.size()) continue;
    const TokenWord& next = t_[ms_[m].last].lower;
    if (IsBe(next) || next == "has" || next == "have" || next == "had" || next == "will" ||
        next == "would" || next == "said" || next == "says" || lex_.relation("supplies_arms_to").verbs.count(next))
      return k;
  }
  return limit;
}

// "Bolivia's air force has added six Chinese K-8 jets to its fleet",
// "added Pakistani JF-17s to its order book": a purchase told by the
// arsenal it joins.
bool Extractor::AddedToArsenal(size_t i, size_t cend) {
  size_t arms = FindArms(i + 1, std::min(cend, i + 8));
  if (arms == std::string::npos) return false;
  size_t k = SkipArmsList(arms + ArmsAt(arms));
  if (k + 2 >= t_.size() || t_[k].lower != "to" ||
      (t_[k + 1].lower != "its" && t_[k + 1].lower != "their"))
    return false;
  const TokenWord& head = t_[k + 2].lower;
  if (head != "fleet" && head != "arsenal" && head != "inventory" && head != "order" && head != "stocks")
    return false;
  return Buys(i, std::max(cend, k + 4));
}

// The recipient of weapons that are the object of the supply verb at `i`:
// "sent tanks to Ukraine", "the guns that Berlin has sent to Ukraine", or
// the recipient of a coordinated verb before it. Sets the rule, the end of
// the phrase and, when there are weapons, `arms_end`; returns -1 if none.
int Extractor::VerbObjectRecipient(size_t i, size_t cend, Relation* r, size_t* end, size_t* arms_end) {
  if (int shifted = ShiftedObjectRecipient(i, cend, end, arms_end); shifted >= 0) {
    r->rule = "supplies_arms_to.shifted_object";
    return shifted;
  }
  // "sent more than 14,000 of its 2,000-pound bombs to": amounts take tokens
  size_t arms = FindArms(i + 1, std::min(cend, i + 13));
  if (arms == std::string::npos) {
    int recipient = RelativeClauseRecipient(i, cend, end);
    if (recipient < 0) Note(i, "no weapons or military aid as the object of '" + t_[i].lower + "'");
    r->rule = "supplies_arms_to.relative_object";
    return recipient;
  }
  *arms_end = arms + ArmsAt(arms);
  r->rule = "supplies_arms_to.verb";
  int recipient = RecipientAfterTo(*arms_end, std::min(cend, arms + 10), end);
  if (recipient >= 0) return recipient;
  // "supplied 82 percent of Pakistan's arms imports": the owner of the
  // weapons, as a share of them, received them
  for (size_t k = i + 2; k < arms; ++k) {
    int m = MentionAt(k);
    if (m < 0 || ms_[m].first != k || !ms_[m].possessive || ms_[m].type != NodeType::kCountry ||
        t_[k - 1].lower != "of")
      continue;
    r->rule = "supplies_arms_to.share_of_owner";
    *end = *arms_end;
    return m;
  }
  // "failed to deliver weapons Yerevan paid for", "delivered the jets
  // Egypt had ordered": the buyer in a relative clause on the weapons
  // (the relative clause may end the verb's clause, so not bounded by it)
  if (int m = AgentAt(*arms_end); m >= 0 && !ms_[m].possessive && ms_[m].entity >= 0) {
    size_t v = ms_[m].last, lim = std::min(t_.size(), v + 2);
    while (v + 1 < lim && (t_[v].lower == "had" || t_[v].lower == "has" || t_[v].lower == "have")) ++v;
    const TokenWord& w = v < lim ? t_[v].lower : t_[i].lower;
    if (v < lim && (w == "bought" || w == "purchased" || w == "paid" || lex_.InSet("order_verbs", w))) {
      r->rule = "supplies_arms_to.relative_buyer";
      *end = *arms_end;
      return m;
    }
  }
  recipient = SharedRecipient(i);
  if (recipient >= 0) {
    r->rule = "supplies_arms_to.shared_recipient";
    *end = *arms_end;
  }
  return recipient;
}

// "France will supply SCALP missiles to Ukraine. Britain has been
// delivering the same missile": the recipient carries over from the
// sentence before.
bool Extractor::CarriedOverRecipient(size_t i, Relation r, size_t arms_end) {
  if (doc_.last_arms_recipient < 0) {
    Note(i, "weapons but no 'to <recipient>' after '" + t_[i].lower + "'");
    return false;
  }
  Subjects s = SubjectsFor(i);
  if (s.entities.empty()) return false;
  r.rule = "supplies_arms_to.recipient_carried_over";
  r.confidence = 0.7f;
  r.sources = s.entities;
  r.target = doc_.last_arms_recipient;
  if (lex_.InSet("pledge_verbs", t_[i].lower)) r.modality_override_hypothetical = true;
  Finish(std::move(r), i, s, arms_end);
  return true;
}

// "Dozens of tanks were sent to Ukraine by the Czech Republic", "drones
// supplied by Iran to Russia", "The first parts of Russia's S-400 missile
// system were delivered to Turkey": the weapons stand before the participle,
// and the 'by' agent, or else their owner, supplies the recipient.
bool Extractor::PassiveSupply(size_t i, size_t cend) {
  const TokenWord& word = t_[i].lower;
  bool reduced_relative = i > 0 && lex_.InSet("supplier_participles", word) &&
                          FindArms(i > 3 ? i - 3 : 0, i) != std::string::npos;
  bool be = i > 0 && (t_[i - 1].lower == "were" || t_[i - 1].lower == "was" ||
                      t_[i - 1].lower == "been" || t_[i - 1].lower == "being");
  if (!reduced_relative && !be) return false;
  size_t cs = ClauseStart(t_, i, lex_);
  size_t end = i + 1;
  int to = FindArms(cs, i) == std::string::npos ? -1 : RecipientAfterTo(i + 1, std::min(cend, i + 6), &end);
  if (to < 0) return false;
  size_t by = i + 1;
  while (by < std::min(cend, i + 8) && t_[by].lower != "by") ++by;
  int agent = by < std::min(cend, i + 8) ? AgentAt(by + 1) : -1;
  if (agent >= 0 && ms_[agent].entity != ms_[to].entity) {
    size_t agents_end;
    Subjects s;
    s.entities = Coordinated(agent, cend, &agents_end);
    s.end = cs;
    s.how = "agent of a passive supply";
    Relation r = SupplyFact("supplies_arms_to.passive", s.entities, ms_[to].entity);
    Finish(std::move(r), i, s, std::max(end, agents_end));
    return true;
  }
  int sup = SupplierIn(cs, i);
  if (sup < 0) return false;
  FinishSupplyFromSubject(sup, ms_[to].entity, cs, i, end, "supplies_arms_to.passive_owner",
                          "owner of the arms in a passive clause");
  return true;
}

// "Germany will send helmets to Ukraine but has refused to deliver weapons":
// a supply verb coordinated with an earlier one that names its recipient
// shares it. Returns the recipient mention or -1.
int Extractor::SharedRecipient(size_t verb) const {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  size_t conj = std::string::npos;
  for (size_t k = verb; k > 0 && verb - k < 20; --k) {
    const TokenWord& b = t_[k - 1].lower;
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
  // "the F-16s Washington sold to Pakistan": the weapons end right before
  // the subject of a relative clause without "that"
  size_t b = verb;
  while (b > 0 && verb - b < 2 && (t_[b - 1].lower == "had" || t_[b - 1].lower == "has" ||
                                   t_[b - 1].lower == "have"))
    --b;
  int m = b > 0 ? MentionAt(b - 1) : -1;
  if (m >= 0 && IsAgentMention(ms_[m]) && !ms_[m].possessive) {
    size_t first = ms_[m].first;
    if (first > 0 && t_[first - 1].lower == "the") --first;
    for (size_t k = first; k > 0 && first - k < 3; --k)
      if (ArmsAt(k - 1) && k - 1 + ArmsAt(k - 1) == first)
        return RecipientAfterTo(verb + 1, std::min(cend, verb + 3), end);
  }
  if (cs == 0 || cs + 1 >= verb || (t_[cs].lower != "that" && t_[cs].lower != "which")) return -1;
  if (AgentAt(cs + 1) < 0 || FindArms(cs > 4 ? cs - 4 : 0, cs) == std::string::npos) return -1;
  int recipient = RecipientAfterTo(verb + 1, std::min(cend, verb + 3), end);
  if (recipient < 0) recipient = HolderOfArms(cs, verb, end);
  return recipient;
}

}  // namespace kg::ingest
