// The supplies_arms_to relation through the weapons' origin: weapons made
// elsewhere in the hands of their user ("Myanmar bombed villages with
// Russian-made jets") and weapons built abroad for a buyer ("frigates built
// for Manila by South Korea's Hyundai").
#include <algorithm>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// "X-made" or "X-supplied" weapons in the hands of their user: "Myanmar's
// military bombed villages with Russian-made jets", "the Turkish-made drones
// that Baku has been using", "Chinese-made drones operated by the UAE",
// "Ukraine's US-made Patriot batteries". Shooting them down or being hit by
// them is not owning them, so only use verbs, "with" and possession count.
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
    size_t trigger = mm.first;
    Subjects user = UserOfMadeArms(static_cast<int>(m), made, arms_end, &trigger);
    if (user.entities.empty()) continue;
    if (user.how.empty() || user.how == "clause subject") user.how = "user of weapons made elsewhere";
    Relation r = SupplyFact("supplies_arms_to.made_used", {mm.entity}, user.entities[0], 0.7f);
    Subjects maker = user;
    maker.entities = r.sources;
    if (CountryOf(r.target) == mm.entity || r.target == mm.entity) continue;
    Finish(std::move(r), trigger, maker, arms_end);
  }
  ArmsFromUsed();
  PassiveUseOfArms();
}

// "Russia has been hitting power stations with Shahed drones from Iran":
// weapons of a named origin that the clause's subject acts with. Only
// "with": after "fired" or "launched", "from Belarus" is where they flew
// from, and so is "from Belarusian territory".
void Extractor::ArmsFromUsed() {
  for (size_t k = 0; k < t_.size() && MayHoldArms(); ++k) {
    size_t n = ArmsAt(k);
    if (!n || consumed_[k]) continue;
    size_t from = k + n;
    if (from + 1 >= t_.size() || t_[from].lower != "from") continue;
    int sup = MentionAt(from + 1);
    if (sup < 0 || ms_[sup].first != from + 1 || ms_[sup].kind != MentionKind::kActor ||
        ms_[sup].entity < 0 || ms_[sup].type == NodeType::kPerson || ms_[sup].possessive)
      continue;
    size_t b = k;
    while (b > 0 && k - b < 4 && MentionAt(b - 1) < 0 &&
           (IsAmountOrDeterminer(t_[b - 1]) || IsCountOrRank(t_[b - 1].lower) ||
            t_[b - 1].capitalized))  // "with Shahed-136 drones"
      --b;
    if (b == 0 || t_[b - 1].lower != "with") continue;
    size_t end = ms_[sup].last;
    if (end < t_.size() && lex_.InSet("arms_ground_nouns", t_[end].lower)) continue;  // "from Belarusian soil"
    Subjects user = SubjectsFor(b - 1);
    if (user.entities.empty() || EntityIsPerson(user.entities[0])) continue;
    int target = user.entities[0];
    if (target == ms_[sup].entity || CountryOf(target) == ms_[sup].entity) continue;
    if (CapturedIn(ClauseStart(t_, k, lex_), ClauseEnd(t_, k, lex_))) continue;
    if (user.how.empty() || user.how == "clause subject") user.how = "user of weapons from elsewhere";
    Relation r = SupplyFact("supplies_arms_to.from_used", {ms_[sup].entity}, target, 0.7f);
    Subjects maker = user;
    maker.entities = r.sources;
    for (size_t j = k; j < end && j < consumed_.size(); ++j) consumed_[j] = true;
    Finish(std::move(r), b - 1, maker, end);
  }
}

// True when the supply verb at `verb` names what a ban forbids: "lifted
// the ban on selling weapons to Vietnam", "an embargo barring all states
// from selling arms to Juba". A state named as the one kept from acting
// ("blocked Estonia from sending") is left to the modality rules.
bool Extractor::BannedSupply(size_t verb) const {
  if (verb < 2 || !EndsWith(t_[verb].lower, "ing")) return false;
  const TokenWord& prep = t_[verb - 1].lower;
  if (prep != "on" && prep != "from" && prep != "against") return false;
  if (prep == "from" && MentionAt(verb - 2) >= 0) return false;
  size_t reach = prep == "from" ? 6 : 3;
  for (size_t k = verb - 1; k > 0 && verb - k <= reach; --k)
    if (lex_.InSet("ban_words", t_[k - 1].lower)) return true;
  return false;
}

// The user of the weapons of origin mention `m` that end at `arms_end`:
// the subject of a use verb or of "with" before them, the antecedent of
// "whose" ("Morocco, whose air force flies US-built F-16s"), their
// possessor, the agent of a use participle after them ("operated by the
// UAE") or the subject of a relative clause ("that Baku has been using").
// Empty when none; sets `trigger` to the word that ties them.
Extractor::Subjects Extractor::UserOfMadeArms(int m, bool made, size_t arms_end, size_t* trigger) {
  const Mention& mm = ms_[m];
  Subjects user;
  size_t b = mm.first;
  // "took its first French Rafales": the possessive pronoun is a mention of its own
  while (b > 0 && mm.first - b < 4 &&
         ((MentionAt(b - 1) < 0 && (IsAmountOrDeterminer(t_[b - 1]) || IsCountOrRank(t_[b - 1].lower) ||
                                    t_[b - 1].lower == "already")) ||
          t_[b - 1].lower == "its" || t_[b - 1].lower == "their"))
    --b;
  // "used Israeli-made Harops and Turkish Bayraktar drones": a later
  // weapon in the list of the verb's objects
  if (b > 1 && (t_[b - 1].lower == "and" || t_[b - 1].text == ",")) {
    size_t k = b - 1;
    while (k > 0 && b - k < 10 && t_[k - 1].text != "," && t_[k - 1].text != ";" &&
           !lex_.InSet("use_verbs", t_[k - 1].lower) && t_[k - 1].lower != "with")
      --k;
    if (k > 0 && k + 1 < b && FindArms(k, b - 1) != std::string::npos &&
        (lex_.InSet("use_verbs", t_[k - 1].lower) || (made && t_[k - 1].lower == "with")))
      b = k;
  }
  // "Greece took its first French Rafales into service": entering service is use
  bool service = b > 0 && arms_end + 1 < t_.size() && lex_.InSet("service_entry_verbs", t_[b - 1].lower) &&
                 t_[arms_end].lower == "into" && t_[arms_end + 1].lower == "service";
  if (b > 0 && ((made && t_[b - 1].lower == "with") || service || lex_.InSet("use_verbs", t_[b - 1].lower))) {
    // "posed with US-made rifles that fell into their hands": taken, not given
    if (CapturedIn(arms_end, std::min(t_.size(), arms_end + 10))) return user;
    user = SubjectsFor(b - 1);
    if (user.entities.empty()) user = WhoseAntecedent(b - 1);
    *trigger = b - 1;
    return user;
  }
  if (!made) return user;
  // "Kyiv's small fleet of Danish-donated F-16s": the holder of the fleet
  size_t of = b < mm.first && t_[b].lower == "of" ? b + 1 : b;  // "of" may count as a quantity word
  if (of > 2 && t_[of - 1].lower == "of" && lex_.InSet("arsenal_nouns", t_[of - 2].lower)) {
    size_t k = of - 2;
    while (k > 0 && of - k < 6 && MentionAt(k - 1) < 0 && t_[k - 1].word && !t_[k - 1].capitalized &&
           t_[k - 1].lower != "'s" && !IsDeterminer(t_[k - 1].lower))
      --k;
    b = k;
  }
  int owner = b > 1 && t_[b - 1].lower == "'s" ? MentionAt(b - 2) : (b > 0 ? MentionAt(b - 1) : -1);
  if (owner >= 0 && ms_[owner].possessive && IsAgentMention(ms_[owner]) && ms_[owner].entity >= 0 &&
      !CapturedIn(ClauseStart(t_, mm.first, lex_), ClauseEnd(t_, arms_end, lex_))) {
    user.entities = {ms_[owner].entity};
    user.end = ms_[owner].last;
    user.how = "owner of weapons made elsewhere";
    return user;
  }
  // "US-supplied Stingers in Ukrainian hands", "Iranian-made drones in
  // Russia's hands": the holder, unless they fell into those hands
  if (arms_end + 2 < t_.size() && t_[arms_end].lower == "in") {
    int h = MentionAt(arms_end + 1);
    size_t hands = h >= 0 ? ms_[h].last : t_.size();
    if (hands < t_.size() && t_[hands].lower == "'s") ++hands;
    bool holder = h >= 0 && ms_[h].entity >= 0 &&
                  (IsAgentMention(ms_[h]) || ms_[h].kind == MentionKind::kAdjective);
    if (holder && hands < t_.size() && t_[hands].lower == "hands" &&
        !CapturedIn(ClauseStart(t_, mm.first, lex_), std::min(t_.size(), hands + 10))) {
      user.entities = {ms_[h].entity};
      user.end = hands;
      user.how = "holder of weapons made elsewhere";
      *trigger = arms_end;
      return user;
    }
  }
  if (arms_end + 2 < t_.size() && lex_.InSet("use_verbs", t_[arms_end].lower) &&
      t_[arms_end + 1].lower == "by") {
    int a = AgentAt(arms_end + 2);
    if (a < 0 || ms_[a].entity < 0) return user;
    user.entities = {ms_[a].entity};
    user.end = ms_[a].last;
    user.how = "agent of a use participle";
    *trigger = arms_end;
    return user;
  }
  if (arms_end + 2 < t_.size() && (t_[arms_end].lower == "that" || t_[arms_end].lower == "which")) {
    int a = AgentAt(arms_end + 1);
    size_t k = a >= 0 ? ms_[a].last : t_.size();
    while (k < std::min(t_.size(), arms_end + 8) && !lex_.InSet("use_verbs", t_[k].lower)) ++k;
    if (a < 0 || k >= std::min(t_.size(), arms_end + 8)) return user;
    user.entities = {ms_[a].entity};
    user.end = ms_[a].last;
    user.how = "user of the weapons in a relative clause";
    *trigger = k;
  }
  return user;
}

// "Morocco, whose air force flies ...": the name before the "whose" that
// opens the clause of `verb`.
Extractor::Subjects Extractor::WhoseAntecedent(size_t verb) const {
  Subjects s;
  size_t k = verb;
  while (k > 0 && verb - k < 6 && t_[k - 1].lower != "whose") --k;
  if (k < 2 || t_[k - 1].lower != "whose") return s;
  size_t before = t_[k - 2].text == "," && k >= 3 ? k - 3 : k - 2;
  int m = MentionAt(before);
  if (m < 0 || !IsAgentMention(ms_[m]) || ms_[m].entity < 0) return s;
  s.entities = {ms_[m].entity};
  s.end = k;
  s.how = "antecedent of 'whose'";
  return s;
}

// True when [from, to) says the weapons were taken, not given: "the
// Taliban's American-made rifles, seized from the army".
bool Extractor::CapturedIn(size_t from, size_t to) const {
  for (size_t k = from; k < to && k < t_.size(); ++k) {
    const TokenWord& w = t_[k].lower;
    if (w.rfind("captur", 0) == 0 || w.rfind("seiz", 0) == 0 || w == "stolen" || w == "looted" ||
        w == "abandoned" || w == "left")
      return true;
    // "Humvees that fell into their hands"
    if (w == "fell" && k + 1 < t_.size() && t_[k + 1].lower == "into") return true;
  }
  return false;
}

// "frigates built for Manila by South Korea's Hyundai", "the first Gripen
// built in Sweden for the Brazilian air force arrived": weapons made abroad
// for a buyer. Ships still "being built" or "to be built", or a clause that
// goes on with "will" or "is due", are a plan.
bool Extractor::MadeFor(size_t i, size_t cend) {
  if (i == 0 || FindArms(i > 4 ? i - 4 : 0, i) == std::string::npos) return false;
  int rec = -1;
  int sup = -1;
  size_t end = i + 1;
  for (size_t k = i + 1; k < std::min(cend, i + 10); ++k) {
    const TokenWord& w = t_[k].lower;
    if (w != "for" && w != "by" && w != "in") continue;
    int a = AgentAt(k + 1);
    if (a < 0 || ms_[a].entity < 0) {
      if (w == "for") return false;  // "built for export"
      continue;
    }
    if (w == "for" && rec < 0) rec = a;
    if (w != "for" && sup < 0 && ms_[a].type != NodeType::kPerson) sup = a;
    end = std::max(end, size_t{ms_[a].last});
    k = ms_[a].last - 1;
  }
  if (rec < 0 || sup < 0 || ms_[rec].entity == ms_[sup].entity) return false;
  if (CountryOf(ms_[rec].entity) == ms_[sup].entity || CountryOf(ms_[sup].entity) == ms_[rec].entity)
    return false;  // "tanks built in Poland for the Polish army"
  Subjects s;
  s.entities = {ms_[sup].entity};
  s.end = i;
  s.how = "maker of weapons built for a buyer";
  Relation r = SupplyFact("supplies_arms_to.made_for", s.entities, ms_[rec].entity, 0.7f);
  if (t_[i - 1].lower == "being" || t_[i - 1].lower == "be") r.modality_override_hypothetical = true;
  size_t after_end = ClauseEnd(t_, end, lex_);
  for (size_t k = end; k < std::min(after_end, end + 8); ++k)
    if (lex_.InSet("hypothetical", t_[k].lower)) r.modality_override_hypothetical = true;
  Finish(std::move(r), i, s, end);
  return true;
}

// The country that weapons arriving at `verb` came from, named after it:
// "landed ..., flown straight from the Dassault plant in France", "touched
// down ... after flying in from the United States". Returns a mention
// index or -1; a "from" that measures a distance ("50 km from") is none.
int Extractor::OriginAfter(size_t verb) const {
  for (size_t k = verb + 1; k + 1 < t_.size() && k < verb + 20; ++k) {
    if (t_[k].lower != "from" || lex_.InSet("visit_distance_words", t_[k - 1].lower)) continue;
    for (size_t j = k + 1; j < t_.size() && j < k + 7; ++j) {
      if (t_[j].text == "," || t_[j].lower == "to") break;
      int m = MentionAt(j);
      if (m >= 0 && ms_[m].first == j && ms_[m].entity >= 0 && ms_[m].type == NodeType::kCountry &&
          ms_[m].kind == MentionKind::kActor)
        return m;
    }
    return -1;
  }
  return -1;
}

// "A Russian An-124 cargo plane flew a Pantsir-S1 battery into Belgrade":
// a state's plane that flies weapons into another state supplies them.
bool Extractor::ArmsCarried(size_t verb, size_t clause_end) {
  if (!lex_.InSet("use_verbs", t_[verb].lower)) return false;  // fly, flew, flown
  size_t cs = ClauseStart(t_, verb, lex_);
  int owner = -1;
  bool vehicle = false;
  for (size_t k = cs; k < verb; ++k) {
    vehicle = vehicle || lex_.InSet("visit_vehicle_nouns", t_[k].lower);
    int m = MentionAt(k);
    if (m >= 0 && ms_[m].first == k && ms_[m].entity >= 0 && ms_[m].type == NodeType::kCountry &&
        (ms_[m].kind == MentionKind::kAdjective || ms_[m].possessive))
      owner = m;
  }
  size_t arms = FindArms(verb + 1, std::min(clause_end, verb + 8));
  if (!vehicle || owner < 0 || arms == std::string::npos) return false;
  size_t k = arms + ArmsAt(arms);
  while (k < std::min(clause_end, arms + 8) && t_[k].lower != "into" && t_[k].lower != "to") ++k;
  size_t end = k + 1;
  std::vector<int> places = k < clause_end ? PlacesAfter(k + 1, std::min(t_.size(), k + 5), &end)
                                           : std::vector<int>{};
  if (places.empty() || places[0] == ms_[owner].entity) return false;
  FinishSupplyFromSubject(owner, places[0], cs, verb, end, "supplies_arms_to.carried",
                          "owner of the plane that carried the weapons");
  return true;
}

// Where the subject of an arrival verb at `verb` starts: the subject may
// hold a participle ("made in", "supplied by") that starts a clause of its
// own, so the last comma, except one closing an inserted list of examples
// ("The 15th tranche of German aid, including two Gepard guns, has
// reached Ukraine") or a participle clause without weapons of its own.
size_t Extractor::ArrivedSubjectStart(size_t verb) const {
  size_t cs = verb;
  while (cs > 0 && verb - cs < 16 && t_[cs - 1].text != "," && t_[cs - 1].text != ";") --cs;
  if (cs < 2 || t_[cs - 1].text != "," || FindArms(cs, verb) != std::string::npos) return cs;
  size_t k = cs - 1;
  while (k > 0 && cs - k < 12 && t_[k - 1].text != "," && t_[k - 1].text != ";") --k;
  // ", including X," or a participle ("Kuwait's first Typhoons, built in
  // Italy by Leonardo, touched down"): the weapons stand before it
  const TokenWord& opener = t_[k].lower;
  bool participle = lex_.InSet("maker_participles", opener) || lex_.InSet("supplier_participles", opener) ||
                    lex_.InSet("buyer_participles", opener);
  if (k < 2 || t_[k - 1].text != "," || (!lex_.InSet("example_openers", opener) && !participle)) return cs;
  size_t b = k - 1;
  while (b > 0 && k - b < 16 && t_[b - 1].text != "," && t_[b - 1].text != ";") --b;
  return b;
}

// The supplier at mention `supplier` and those coordinated with it when it
// is the agent of a giving participle ("supplied by Sweden and Finland"),
// up to `limit`.
std::vector<int> Extractor::Givers(int supplier, size_t limit) const {
  size_t first = ms_[supplier].first;
  if (first == 0 || t_[first - 1].lower != "by") return {ms_[supplier].entity};
  size_t end;
  return Coordinated(supplier, limit, &end);
}

}  // namespace kg::ingest
