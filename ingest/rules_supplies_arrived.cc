// Helpers of the supplies_arms_to relation for weapons whose origin the
// subject names: the owner or origin of arms in a phrase, arrivals
// ("tanks from Germany have arrived in Ukraine") and the buyer of
// "ordered by R".
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// The owner of arms named in [from, to): "from Germany", "Russia's S-400",
// "German tanks". Returns a mention index or -1.
int Extractor::SupplierIn(size_t from, size_t to) const {
  for (size_t m = 0; m < ms_.size(); ++m) {
    const Mention& mm = ms_[m];
    if (mm.first < from || mm.last > to || mm.entity < 0) continue;
    if (mm.type == NodeType::kPerson || mm.type == NodeType::kAgreement) continue;
    size_t p = mm.first;  // where the phrase starts, before a "the"
    if (p > 0 && t_[p - 1].lower == "the") --p;
    bool from_prep = p > 0 && t_[p - 1].lower == "from";
    // "tanks made in South Korea", "launchers supplied by the United States"
    if (p >= 2 && ((t_[p - 1].lower == "in" && lex_.InSet("maker_participles", t_[p - 2].lower)) ||
                   (t_[p - 1].lower == "by" && lex_.InSet("supplier_participles", t_[p - 2].lower)))) {
      return static_cast<int>(m);
    }
    bool maker = mm.last + 1 < t_.size() && t_[mm.last].text == "-" &&
                 (t_[mm.last + 1].lower == "made" || t_[mm.last + 1].lower == "built" ||
                  t_[mm.last + 1].lower == "supplied" || t_[mm.last + 1].lower == "produced" ||
                  t_[mm.last + 1].lower == "manufactured" || t_[mm.last + 1].lower == "designed");
    if (maker) return static_cast<int>(m);
    bool owner = mm.possessive || mm.kind == MentionKind::kAdjective || from_prep;
    if (owner && ArmsNear(mm.last, to)) return static_cast<int>(m);
    // "German military aid": the institution's head word starts the arms phrase
    if (mm.institution && mm.last > mm.first && ArmsAt(mm.last - 1)) return static_cast<int>(m);
    if (from_prep) return static_cast<int>(m);
  }
  return -1;
}

// "The first Leopard 2 tanks from Germany have arrived in Ukraine", "Rafale
// jets bought from France landed at an air base in northern India": weapons
// whose origin the clause names reach a country, which receives them.
bool Extractor::ArmsArrived(size_t i, size_t cend) {
  // The subject may hold a participle ("made in", "supplied by") that starts
  // a clause of its own: look back to the last comma instead.
  size_t cs = ArrivedSubjectStart(i);
  if (FindArms(cs, i) == std::string::npos) return false;
  int sup = SupplierIn(cs, i);
  // "The first F-35s for Israel touched down ... after flying in from the
  // United States": the origin after the verb
  if (sup < 0) sup = OriginAfter(i);
  if (sup < 0) return false;
  // "Russian tanks crossed into Ukraine" is an invasion: crossing needs a
  // giver ("donated by Poland"), not an adjective of origin
  size_t sp = ms_[sup].first;
  if (t_[i].lower.rfind("cross", 0) == 0 && (sp == 0 || (t_[sp - 1].lower != "by" && t_[sp - 1].lower != "from")))
    return false;
  // "a military plane landed carrying rice": the cargo is what arrived
  for (size_t k = i + 1; k < cend; ++k)
    if ((t_[k].lower == "carrying" || t_[k].lower == "loaded") && !ArmsNear(k + 1, cend)) return false;
  size_t end = i + 1;
  std::vector<int> places;
  // "The first tanks delivered by Germany have reached Ukraine"
  if (lex_.InSet("reach_verbs", t_[i].lower)) places = PlacesAfter(i + 1, i + 4, &end);
  for (size_t k = i + 1; k < std::min(cend, i + 12) && places.empty(); ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "in" || w == "at" || w == "to" || w == "of" || w == "near" || w == "into")
      places = PlacesAfter(k + 1, k + 5, &end);
  }
  // "jets ordered by Nigeria from the United States arrived at Kainji air
  // base": a base on no list, but the buyer is named in the subject
  if (places.empty()) {
    int buyer = BuyerIn(cs, i);
    if (buyer >= 0) places = {ms_[buyer].entity};
  }
  // "The first F-35s for Israel's air force touched down at the Nevatim base"
  for (size_t k = cs; k + 1 < i && places.empty(); ++k) {
    int m = t_[k].lower == "for" ? MentionAt(k + 1) : -1;
    if (m >= 0 && ms_[m].first == k + 1 && ms_[m].entity >= 0 && ms_[m].type == NodeType::kCountry)
      places = {ms_[m].entity};
  }
  // "Iraq's first F-16 fighters from the United States touched down at
  // Balad": at a place on no list, the owner of the weapons receives them
  // from the origin named after it
  int owner = places.empty() ? ArmsOwner(FindArms(cs, i)) : -1;
  int origin = owner >= 0 ? SupplierIn(ms_[owner].last, i) : -1;
  if (origin >= 0 && ms_[origin].entity != ms_[owner].entity) {
    sup = origin;
    places = {ms_[owner].entity};
  }
  if (places.empty() || places[0] == ms_[sup].entity) return false;
  Subjects s;
  s.entities = Givers(sup, i);
  s.end = cs;
  s.how = "origin of arms that arrived";
  Finish(SupplyFact("supplies_arms_to.arrived", s.entities, places[0]), i, s, end);
  return true;
}

// The buyer of arms named in [from, to) after a buyer's participle:
// "ordered by Nigeria", "bought by the Qatari air force". Returns a mention
// index or -1.
int Extractor::BuyerIn(size_t from, size_t to) const {
  for (size_t k = from + 1; k + 1 < to; ++k) {
    if (t_[k].lower != "by" || !lex_.InSet("buyer_participles", t_[k - 1].lower)) continue;
    int a = AgentAt(k + 1);
    if (a >= 0 && ms_[a].last <= to && ms_[a].type != NodeType::kPerson) return a;
  }
  return -1;
}

// A supply fact whose supplier was found inside the clause's subject (the
// owner or origin of the weapons), not as the grammatical subject.
void Extractor::FinishSupplyFromSubject(int supplier, int recipient, size_t clause_start,
                                        size_t trigger, size_t end, const char* rule,
                                        const char* how) {
  Subjects s;
  s.entities = {ms_[supplier].entity};
  s.end = clause_start;
  s.how = how;
  Relation r = SupplyFact(rule, s.entities, recipient);
  Finish(std::move(r), trigger, s, end);
}

bool Extractor::ArmsNear(size_t from, size_t to) const {
  return FindArms(from, std::min(to, from + 4)) != std::string::npos;
}

}  // namespace kg::ingest
