// The supplies_arms_to relation from the buyer's side: "India bought
// S-400 missiles from Russia", "the jets Egypt bought from France", "a deal
// with S to buy", and the sellers named after the purchase.
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// "Germany signed a deal to buy Israel's Arrow 3 missile defence system",
// "India bought S-400 missiles from Russia", "the jets Egypt bought from
// France", "drones acquired from Turkey": the seller supplies the buyer.
// An order is a contract: hypothetical until the weapons arrive.
bool Extractor::Buys(size_t i, size_t cend) {
  size_t arms = FindArms(i + 1, std::min(cend, i + 10));
  size_t end = arms == std::string::npos ? i + 1 : arms + ArmsAt(arms);
  bool arms_before = arms == std::string::npos;
  if (arms_before && (arms = ArmsBeforeBuyVerb(i)) == std::string::npos) return false;
  Subjects buyer;
  // "Croatia's first six Rafale fighters, bought second-hand from France,":
  // the owner of the weapons bought them.
  int owner = arms_before ? ArmsOwner(arms) : -1;
  if (owner >= 0) {
    buyer.entities = {ms_[owner].entity};
    buyer.end = ms_[owner].last;
  }
  // "Ankara's plan to buy a Russian system": the possessor of the plan buys.
  for (size_t k = i; buyer.entities.empty() && k > 0 && k + 5 > i; --k) {
    int m = MentionAt(k - 1);
    if (m >= 0 && ms_[m].possessive && IsAgentMention(ms_[m]) && ms_[m].entity >= 0) {
      buyer.entities = {ms_[m].entity};
      buyer.end = ms_[m].last;
      break;
    }
  }
  // "Venezuelan pilots flew Su-30 fighters bought from Russia": their user
  size_t use = arms_before ? VerbBeforeArms(arms) : std::string::npos;
  if (buyer.entities.empty() && use != std::string::npos && lex_.InSet("use_verbs", t_[use].lower))
    buyer = SubjectsFor(use);
  if (buyer.entities.empty()) buyer = SubjectsFor(i);
  if (buyer.entities.empty()) return false;
  // "received four MiG-29s as a gift from Belarus": this "as" opens no clause
  size_t list_end = SkipArmsList(end);
  if (list_end + 2 < t_.size() && t_[list_end].lower == "as" &&
      (t_[list_end + 2].lower == "gift" || t_[list_end + 2].lower == "donation" ||
       t_[list_end + 1].lower == "gifts"))
    cend = ClauseEnd(t_, list_end + 1, lex_);
  std::vector<int> sellers = SellersAfter(i, cend, list_end, buyer.entities);
  // "signed a deal with France to buy jets", "in talks with Russia about
  // buying jets": the party to the deal sells, and a deal is a contract.
  bool contract = false;
  // "the Indian-built helicopters it bought in 2008": the maker sold them
  if (sellers.empty() && arms_before) {
    int m = SupplierIn(arms > 4 ? arms - 4 : 0, arms);
    if (m >= 0 && !std::count(buyer.entities.begin(), buyer.entities.end(), ms_[m].entity))
      sellers = {ms_[m].entity};
  }
  if (sellers.empty()) {
    int m = DealPartyBefore(i);
    if (m >= 0 && !std::count(buyer.entities.begin(), buyer.entities.end(), ms_[m].entity)) {
      sellers = {ms_[m].entity};
      contract = true;
    }
  }
  if (sellers.empty()) {
    Note(i, "arms bought but no seller ('from X', \"X's\", \"X-made\")");
    return false;
  }
  Relation r;
  r.relation = "supplies_arms_to";
  r.rule = "supplies_arms_to.bought_from";
  r.confidence = 0.8f;
  r.sources = sellers;
  // "Argentina is buying 24 F-16s from Denmark": a deal under way, unlike
  // the repeated purchases of "has been buying shells from North Korea"
  bool under_way = i > 0 && EndsWith(t_[i].lower, "ing") &&
                   (t_[i - 1].lower == "is" || t_[i - 1].lower == "are");
  bool order_book = false;  // "added Pakistani jets to its order book"
  for (size_t k = i + 1; k + 1 < cend; ++k)
    order_book = order_book || (t_[k].lower == "order" && t_[k + 1].lower == "book");
  if (contract || under_way || order_book || OnlyDiscussed(i) || lex_.InSet("order_verbs", t_[i].lower))
    r.modality_override_hypothetical = true;
  Subjects seller_subject;
  seller_subject.entities = r.sources;
  seller_subject.end = buyer.end;
  seller_subject.how = "seller of arms bought by " + std::to_string(buyer.entities[0]);
  for (int b : buyer.entities) {
    Relation one = r;
    // "Petro suspended purchases of weapons from Israel": a leader buys for
    // his state, and states are what receive arms.
    int state = EntityIsPerson(b) ? CountryOf(b) : -1;
    one.target = state >= 0 ? state : b;
    Finish(std::move(one), i, seller_subject, end);
  }
  return true;
}

// Mention index of S in "a deal / talks with S" shortly before the purchase
// verb at `verb`, or -1.
int Extractor::DealPartyBefore(size_t verb) const {
  size_t cs = ClauseStart(t_, verb, lex_);
  for (size_t k = verb; k > cs + 1 && verb - k < 8; --k) {
    if (t_[k - 1].lower != "with" || !lex_.InSet("deal_nouns", t_[k - 2].lower)) continue;
    int m = AgentAt(k);
    if (m < 0 || ms_[m].entity < 0 || ms_[m].type == NodeType::kPerson) return -1;
    return m;
  }
  return -1;
}

// The weapons of a purchase verb that has none after it: "the jets (that)
// Egypt bought", "launchers it ordered", "drones bought from Turkey". Returns
// the first token of the arms phrase that ends right before the buyer (or the
// verb), or npos.
size_t Extractor::ArmsBeforeBuyVerb(size_t verb) const {
  size_t b = verb;
  if (b > 0 && t_[b - 1].text == ",") --b;  // "the first jets, bought from France,"
  int m = b > 0 ? MentionAt(b - 1) : -1;
  if (m >= 0 && IsAgentMention(ms_[m]) && !ms_[m].possessive) b = ms_[m].first;
  if (b > 0 && (t_[b - 1].lower == "that" || t_[b - 1].lower == "which")) --b;
  for (size_t k = b; k > 0 && b - k < 4; --k) {
    size_t n = ArmsAt(k - 1);
    if (n && k - 1 + n == b) return k - 1;
  }
  return std::string::npos;
}

// Mention index of the possessor of the arms phrase starting at `arms`
// ("Croatia's first six Rafale fighters", "its new frigates"), or -1.
int Extractor::ArmsOwner(size_t arms) const {
  size_t b = arms;
  while (b > 0 && arms - b < 5 && MentionAt(b - 1) < 0 &&
         (IsAmountOrDeterminer(t_[b - 1]) || IsCountOrRank(t_[b - 1].lower) ||
          (t_[b - 1].word && t_[b - 1].capitalized)))
    --b;
  if (b > 0 && t_[b - 1].lower == "'s") --b;
  int m = b > 0 ? MentionAt(b - 1) : -1;
  if (m < 0 || !ms_[m].possessive || !IsAgentMention(ms_[m]) || ms_[m].entity < 0) return -1;
  return m;
}

// The sellers of a purchase at `verb` whose arms end at `arms_end`: "from
// Turkey, Iran and the UAE", "Russia's S-400", "American-made jets", not the
// buyers themselves. Mention entities, empty when none.
std::vector<int> Extractor::SellersAfter(size_t verb, size_t cend, size_t arms_end,
                                         const std::vector<int>& buyers) const {
  size_t limit = std::min(cend, arms_end + 10);
  int seller = SupplierIn(verb + 1, limit);
  // "Egypt took delivery of its first jets from France": "its" is the buyer
  while (seller >= 0 && std::count(buyers.begin(), buyers.end(), ms_[seller].entity))
    seller = SupplierIn(ms_[seller].last, limit);
  if (seller < 0) return {};
  size_t end;
  std::vector<int> sellers;
  for (int e : Coordinated(seller, limit, &end))
    if (!std::count(buyers.begin(), buyers.end(), e)) sellers.push_back(e);
  return sellers;
}
}  // namespace kg::ingest
