// The supplies_arms_to relation told by a purchase deal: "signed a contract
// for 12 French Rafale jets", "a $6.5 billion contract on Friday for 180 K2
// tanks from South Korea". The seller must be named by the weapons' origin;
// the buyers are the deal's parties of another country. A contract is a
// plan until the weapons arrive. A deal "with S" names the seller too.
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// The deal noun before the "for" that opens the arms phrase at `arms`
// ("a contract on Friday for"), or npos.
size_t Extractor::DealBeforeFor(size_t arms) const {
  size_t v = arms;
  while (v > 0 && arms - v < 6 && t_[v - 1].lower != "for" &&
         (IsAmountOrDeterminer(t_[v - 1]) || IsCountOrRank(t_[v - 1].lower) || t_[v - 1].capitalized ||
          t_[v - 1].text == "-" || MentionAt(v - 1) >= 0 || t_[v - 1].lower == "more"))
    --v;
  if (v < 2 || t_[v - 1].lower != "for") return std::string::npos;
  for (size_t k = v - 1; k > 0 && v - k < 8; --k) {
    const TokenWord& w = t_[k - 1].lower;
    if (w == "," || w == ";") break;
    if (lex_.InSet("arms_deal_nouns", w)) return k - 1;
  }
  return std::string::npos;
}

// The seller of the weapons at `arms`..`arms_end`: an origin right before
// them ("French Rafale jets", "US-made") or "from S" right after. -1 if none.
int Extractor::SellerOfDealArms(size_t arms, size_t arms_end) const {
  int sup = SupplierBeforeArms(arms);
  for (size_t k = arms; sup < 0 && k > 0 && arms - k < 4; --k)
    if (int m = MentionAt(k - 1); m >= 0 && ms_[m].kind == MentionKind::kAdjective) sup = m;
  if (sup < 0 && arms_end + 1 < t_.size() && t_[arms_end].lower == "from") sup = AgentAt(arms_end + 1);
  if (sup < 0 || ms_[sup].entity < 0 || ms_[sup].type == NodeType::kPerson) return -1;
  return sup;
}

// See the file comment. Returns true when the arms phrase at `arms` (of
// `n` tokens) was handled.
bool Extractor::DealForArms(size_t arms, size_t n) {
  size_t deal = DealBeforeFor(arms);
  if (deal == std::string::npos) return false;
  int seller = SellerOfDealArms(arms, arms + n);
  // "signed a contract with France for 80 Rafale jets": the state the deal
  // is with sells to the other party
  if (seller < 0 && deal + 2 < arms && t_[deal + 1].lower == "with") {
    seller = AgentAt(deal + 2);
    if (seller >= 0 && (ms_[seller].entity < 0 || ms_[seller].type != NodeType::kCountry)) seller = -1;
  }
  if (seller < 0) return false;
  int sold_by = ms_[seller].entity;
  // the parties: those of a signing whose object is the deal, else the
  // subject of the verb before it ("placed an order for")
  std::vector<int> parties;
  for (const Relation& r : *out_)
    if (r.relation == "signed" && r.trigger < deal && deal <= r.last + 1) {
      parties = r.sources;
      parties.insert(parties.end(), r.counterparts.begin(), r.counterparts.end());
    }
  size_t verb = deal;
  while (verb > 0 && deal - verb < 5 && t_[verb - 1].word && !t_[verb - 1].capitalized &&
         !EndsWith(t_[verb - 1].lower, "ed"))
    --verb;
  if (parties.empty() && verb > 0 && EndsWith(t_[verb - 1].lower, "ed"))
    parties = SubjectsFor(verb - 1).entities;
  std::vector<int> buyers;
  for (int p : parties) {
    int state = doc_.entity_types[p] == NodeType::kPerson ? CountryOf(p) : p;
    if (state < 0 || state == sold_by || CountryOf(state) == sold_by) continue;
    if (std::find(buyers.begin(), buyers.end(), state) == buyers.end()) buyers.push_back(state);
  }
  if (buyers.size() != 1) return false;
  Subjects s;
  s.entities = {sold_by};
  s.end = ClauseStart(t_, deal, lex_);
  s.how = "seller of weapons in a purchase deal";
  Relation r = SupplyFact("supplies_arms_to.deal_for", s.entities, buyers[0], 0.7f);
  r.modality_override_hypothetical = true;
  for (size_t k = arms; k < arms + n && k < consumed_.size(); ++k) consumed_[k] = true;
  Finish(std::move(r), deal, s, arms + n);
  return true;
}

}  // namespace kg::ingest
