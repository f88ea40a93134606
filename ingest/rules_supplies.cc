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
  bool support = word.rfind("support", 0) == 0;
  bool arm = word == "arm" || word == "armed" || word == "arming";
  if (support || arm) {
    int a = AgentAt(i + 1);
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
      if (k < t_.size() && t_[k].lower == "with") ++k;
      size_t arms = FindArms(k, std::min(cend, k + 5));
      if (arms != std::string::npos) {
        recipient = a;
        end = arms + ArmsAt(arms);
        r.rule = "supplies_arms_to.double_object";
      }
    }
    if (recipient < 0 && i > 0 && (t_[i - 1].lower == "were" || t_[i - 1].lower == "was" ||
                                   t_[i - 1].lower == "been" || t_[i - 1].lower == "being")) {
      // "The first parts of Russia's S-400 system were delivered to Turkey"
      size_t cs = ClauseStart(t_, i, lex_);
      size_t arms = FindArms(cs, i);
      int to = arms == std::string::npos ? -1 : RecipientAfterTo(i + 1, std::min(cend, i + 6), &end);
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
        Note(i, "no weapons or military aid as the object of '" + word + "'");
        return false;
      }
      recipient = RecipientAfterTo(arms + ArmsAt(arms), std::min(cend, arms + 10), &end);
      r.rule = "supplies_arms_to.verb";
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
  for (size_t k = i; k < end && k < consumed_.size(); ++k) consumed_[k] = true;
  Subjects s = SubjectsFor(i);
  if (s.entities.empty()) {
    Note(i, r.rule + ": no supplier found");
    return false;
  }
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

// "Germany signed a deal to buy Israel's Arrow 3 missile defence system",
// "India bought S-400 missiles from Russia": the seller supplies the buyer.
bool Extractor::Buys(size_t i, size_t cend) {
  size_t arms = FindArms(i + 1, std::min(cend, i + 10));
  if (arms == std::string::npos) return false;
  size_t end = arms + ArmsAt(arms);
  int seller = SupplierIn(i + 1, std::min(cend, end + 6));
  if (seller < 0) {
    Note(i, "arms bought but no seller ('from X', \"X's\", \"X-made\")");
    return false;
  }
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
    }
    size_t j = k + n;
    if (sup < 0) {
      // "Russia has completed the delivery of S-300 missiles to Syria"
      size_t of = k;
      while (of > 0 && of + 4 > k && t_[of - 1].lower != "of") --of;
      bool of_noun = of >= 2 && t_[of - 1].lower == "of" && w.nouns.count(t_[of - 2].lower);
      size_t v = of_noun ? of - 2 : 0;
      while (v > 0 && (t_[v - 1].lower == "the" || t_[v - 1].lower == "a" || t_[v - 1].lower == "its" ||
                       t_[v - 1].lower == "their" || t_[v - 1].lower == "first"))
        --v;
      static const char* kGoverning[] = {"completed", "began", "begun", "started", "resumed",
                                         "continued", "continues", "made", "accelerated", "completes"};
      bool governed = false;
      if (of_noun && v > 0)
        for (const char* g : kGoverning) governed = governed || t_[v - 1].lower == g;
      if (!governed) continue;
      size_t end2;
      int rec = RecipientAfterTo(j, std::min(t_.size(), j + 2), &end2);
      if (rec < 0) continue;
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
    copy.trigger = static_cast<uint32_t>(trigger);
    copy.last = static_cast<uint32_t>(end);
    copy.date = DateNear(trigger);
    if (copy.sources[0] == copy.target) continue;
    Note(trigger, copy.rule + " fired (" + s.how + ", " + std::string(graph::ModalityName(copy.modality)) + ")");
    out_->push_back(std::move(copy));
  }
}

}  // namespace kg::ingest
