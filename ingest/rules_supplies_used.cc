// The supplies_arms_to relation told from the weapons' side: weapons of a
// named origin as the subject of a passive use verb whose agent is their
// user ("Iran's Shahed drones have been used by Russia", "missiles supplied
// by North Korea were fired by Russian forces").
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

namespace {

// Words of a passive verb group between the weapons and the participle:
// "have (also) been", "are being", "were".
bool PassiveGroupWord(const TokenWord& w) {
  return w == "have" || w == "has" || w == "had" || w == "been" || w == "being" || w == "were" ||
         w == "was" || w == "are" || w == "is" || w == "also" || w == "already" || w == "since" ||
         w == "repeatedly" || w == "widely" || w == "now" || w == "reportedly" || w == "allegedly";
}

bool BeWord(const TokenWord& w) {
  return w == "been" || w == "being" || w == "were" || w == "was" || w == "are" || w == "is";
}

}  // namespace

// The origin of the arms phrase [arms, arms_end) as a mention index, or -1:
// a possessive or adjective of a state before it ("Iran's Shahed drones",
// "North Korean missiles", "Turkish-made drones"), or after it a giver
// ("supplied by North Korea") or "from S". Sets *after to the token after
// the phrase and its origin.
int Extractor::ArmsOrigin(size_t arms, size_t arms_end, size_t* after) const {
  *after = arms_end;
  if (arms_end + 2 < t_.size() && lex_.InSet("supplier_participles", t_[arms_end].lower) &&
      t_[arms_end + 1].lower == "by") {
    int a = AgentAt(arms_end + 2);
    if (a < 0) return -1;
    *after = ms_[a].last;
    return a;
  }
  if (arms_end + 1 < t_.size() && t_[arms_end].lower == "from") {
    int a = MentionAt(arms_end + 1);
    if (a < 0 || ms_[a].first != arms_end + 1) return -1;
    *after = ms_[a].last;
    return a;
  }
  // before: the origin may stand before a few modifiers ("Iran's
  // Shahed-136 attack drones"); a maker's participle joins the adjective
  size_t b = arms;
  while (b > 0 && arms - b < 4 && MentionAt(b - 1) < 0 && t_[b - 1].word && t_[b - 1].lower != "'s" &&
         !IsDeterminer(t_[b - 1].lower) && !lex_.InSet("maker_participles", t_[b - 1].lower) &&
         !lex_.InSet("supplier_participles", t_[b - 1].lower))
    --b;
  if (b > 1 && t_[b - 1].text == "-" &&
      (lex_.InSet("maker_participles", t_[b].lower) || lex_.InSet("supplier_participles", t_[b].lower)))
    --b;
  else if (b > 2 && (lex_.InSet("maker_participles", t_[b - 1].lower) ||
                     lex_.InSet("supplier_participles", t_[b - 1].lower)) &&
           t_[b - 2].text == "-")
    b -= 2;
  if (b > 0 && t_[b - 1].lower == "'s") --b;
  int m = b > 0 ? MentionAt(b - 1) : -1;
  if (m < 0 || ms_[m].last != b) return -1;
  bool origin = ms_[m].kind == MentionKind::kAdjective || ms_[m].possessive ||
                (b < arms && t_[b].text == "-");
  return origin ? m : -1;
}

// "Iran's Shahed drones have been used by Russia", "Ballistic missiles
// supplied by North Korea have been fired by Russian forces", "North
// Korean missiles were launched by Russia": the agent of the use verb
// holds weapons the origin gave. A passive only: "Russian missiles hit
// Kyiv" and "Iranian drones were shot down by Ukraine" say nothing of a
// transfer, and captured weapons were taken, not given.
void Extractor::PassiveUseOfArms() {
  for (size_t k = 0; k < t_.size() && MayHoldArms(); ++k) {
    size_t n = ArmsAt(k);
    if (!n || consumed_[k]) continue;
    size_t arms_end = k + n;
    size_t v = arms_end;
    int sup = ArmsOrigin(k, arms_end, &v);
    if (sup < 0 || ms_[sup].entity < 0 || ms_[sup].type == NodeType::kPerson ||
        ms_[sup].type == NodeType::kAgreement)
      continue;
    bool be = false;
    for (; v < t_.size() && v - arms_end < 8 && PassiveGroupWord(t_[v].lower); ++v)
      be = be || BeWord(t_[v].lower);
    if (!be || v + 2 >= t_.size() || !lex_.InSet("use_verbs", t_[v].lower) || t_[v + 1].lower != "by") continue;
    int a = AgentAt(v + 2);
    if (a < 0 || ms_[a].entity < 0 || ms_[a].type == NodeType::kAgreement) continue;
    int user = ms_[a].type == NodeType::kPerson ? CountryOf(ms_[a].entity) : ms_[a].entity;
    int origin = ms_[sup].entity;
    if (user < 0 || user == origin || CountryOf(user) == origin) continue;
    if (CapturedIn(ClauseStart(t_, k, lex_), ClauseEnd(t_, v, lex_))) continue;
    Subjects s;
    s.entities = {origin};
    s.end = arms_end;
    s.how = "origin of weapons used by their holder";
    for (size_t j = k; j < arms_end; ++j) consumed_[j] = true;
    Finish(SupplyFact("supplies_arms_to.passive_use", {origin}, user, 0.7f), v, s, ms_[a].last);
  }
}

}  // namespace kg::ingest
