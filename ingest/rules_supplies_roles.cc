// The supplies_arms_to relation told by a noun for one of the parties:
// "Russia, India's largest arms supplier", "the main source of Algeria's
// weapons", "Pakistan is the biggest buyer of Chinese weapons"; and the
// recipient named right after a supply verb ("sent Ukraine tanks",
// "re-exported to Ukraine nine howitzers").
#include <algorithm>
#include <cctype>

#include "ingest/clause.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

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

// "Russia is India's largest arms supplier", "China became the main arms
// supplier to Pakistan", "Turkey, Azerbaijan's main supplier of drones,":
// the subject of the copula (or the apposed name) supplies the possessor or
// the "to" phrase.
bool Extractor::SupplierNoun(size_t i) {
  size_t after = i + 1;
  bool source = t_[i].lower == "source";  // "the main source of weapons": only with "of"
  size_t arms = i > 0 && !source ? FindArms(i > 2 ? i - 2 : 0, i) : std::string::npos;
  int rec = -1;
  if (arms == std::string::npos && after + 1 < t_.size() && t_[after].lower == "of") {
    // "the main source of Algeria's weapons": the possessor receives them
    int m = AgentAt(after + 1);
    size_t k = m >= 0 && ms_[m].possessive ? ms_[m].last : after + 1;
    if (k < t_.size() && t_[k].lower == "'s") ++k;
    if (k < t_.size() && ArmsAt(k)) {
      if (k != after + 1 && ms_[m].entity >= 0) rec = m;
      arms = k;
      after = arms + ArmsAt(arms);
    }
  }
  if (arms == std::string::npos) return false;
  size_t end = after;
  if (rec < 0) rec = RecipientOf(after, true, &end);
  // "For Algeria, Moscow has long been the main source of weapons"
  if (rec < 0 && t_.size() > 3 && t_[0].lower == "for") {
    int m = AgentAt(1);
    if (m >= 0 && ms_[m].last < i && t_[ms_[m].last].text == ",") rec = m;
  }
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
  // "Germany, one of Turkey's main arms suppliers,"
  if (b >= 2 && t_[b - 1].lower == "of" && t_[b - 2].lower == "one") b -= 2;
  if (b >= 2 && t_[b - 1].lower == "among") b -= 1;
  // "was never Israel's arms supplier": the adverb stays in the cue window
  while (b > 1 && (t_[b - 1].lower == "never" || t_[b - 1].lower == "not" || t_[b - 1].lower == "n't" ||
                   t_[b - 1].lower == "also" || t_[b - 1].lower == "still" || t_[b - 1].lower == "now"))
    --b;
  Subjects s;
  const TokenWord& before = t_[b - 1].lower;
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
  Relation r = SupplyFact("supplies_arms_to.supplier_noun", s.entities, ms_[rec].entity, 0.75f);
  Finish(std::move(r), i, s, end);
  return true;
}

// "Pakistan is the biggest buyer of Chinese weapons", "India, the largest
// importer of Russian arms,", "making Baku one of the largest clients of
// Israeli arms makers", "Egypt is France's biggest arms customer": the
// seller is the origin of the arms, the buyer the name the noun describes.
bool Extractor::BuyerNoun(size_t i) {
  int seller = -1;
  size_t end = i + 1;
  if (i + 2 < t_.size() && t_[i + 1].lower == "of") {
    size_t arms = FindArms(i + 2, std::min(t_.size(), i + 6));
    if (arms == std::string::npos) return false;
    seller = SupplierIn(i + 2, arms + ArmsAt(arms) + 1);
    end = arms + ArmsAt(arms);
  }
  size_t b = i;
  while (b > 0 && i - b < 7 && t_[b - 1].lower != "'s" &&
         (IsAmountOrDeterminer(t_[b - 1]) || ArmsAt(b - 1) ||
          (t_[b - 1].word && !t_[b - 1].capitalized && !lex_.InSet("prepositions", t_[b - 1].lower) &&
           !lex_.InSet("copulas", t_[b - 1].lower) && !lex_.InSet("buy_subject_verbs", t_[b - 1].lower))))
    --b;
  if (b > 1 && t_[b - 1].lower == "'s") {  // "France's biggest arms customer"
    int m = MentionAt(b - 2);
    if (m < 0 || FindArms(b, i) == std::string::npos) return false;
    if (seller < 0) seller = m;
    b = ms_[m].first;
    while (b > 0 && IsDeterminer(t_[b - 1].lower)) --b;
  }
  if (seller < 0 || ms_[seller].entity < 0 || ms_[seller].type == NodeType::kPerson || b == 0) return false;
  Subjects s = BuyerOfNoun(b);
  if (s.entities.empty()) return false;
  Relation r =
      SupplyFact("supplies_arms_to.buyer_noun", {ms_[seller].entity}, s.entities[0], 0.75f);
  s.entities = r.sources;
  Finish(std::move(r), i, s, end);
  return true;
}

// The name a buyer noun phrase starting at `b` describes: the subject of a
// copula before it, a name apposed to it, or the object of "making".
Extractor::Subjects Extractor::BuyerOfNoun(size_t b) {
  Subjects s;
  const TokenWord& before = t_[b - 1].lower;
  if (lex_.InSet("copulas", before)) return SubjectBefore(b - 1);
  int m = MentionAt(b - 1);
  if ((before == "," || before == "as") && b >= 2) m = MentionAt(b - 2);  // "named R as the ..."
  if (m < 0 || !IsAgentMention(ms_[m]) || ms_[m].entity < 0) return s;
  bool apposed = before == ",";
  bool object = ms_[m].first > 0 && lex_.InSet("buy_subject_verbs", t_[ms_[m].first - 1].lower);
  if (!apposed && !object) return s;
  s.entities = {ms_[m].entity};
  s.end = ms_[m].last;
  s.how = apposed ? "name apposed to the buyer noun" : "object of a verb naming the buyer";
  return s;
}

// Mention index of the recipient right after a supply verb, past a particle
// ("kitted out Cambodia's army", "handed over"), or -1. A possessive is only
// a recipient with a head noun of its forces ("equipped Somalia's army with
// rifles"); "pledged its 49 tanks to Ukraine" has none.
int Extractor::IndirectObjectAt(size_t k) const {
  if (k < t_.size() && (t_[k].lower == "out" || t_[k].lower == "up")) ++k;
  int a = AgentAt(k);
  // "sent Ukraine Storm Shadow missiles": a state's name before a weapon's
  // capitalised name reads as a modifier ("Ukraine Storm"), but it is the
  // state's own name, not its adjective ("sent Russian missiles")
  for (size_t m = 0; a < 0 && m < ms_.size(); ++m)
    if (ms_[m].first == k && ms_[m].entity >= 0 && ms_[m].type == NodeType::kCountry &&
        ms_[m].last < t_.size() && ArmsAt(ms_[m].last) && IsOwnName(static_cast<int>(m)))
      return static_cast<int>(m);
  if (a < 0 || !ms_[a].possessive) return a;
  size_t h = ms_[a].last;
  if (h < t_.size() && t_[h].lower == "'s") ++h;
  std::string head = h < t_.size() ? std::string(t_[h].lower) : std::string();
  if (head == "air" && h + 1 < t_.size()) head += " " + std::string(t_[h + 1].lower);
  return lex_.InSet("possessive_heads", std::string_view(head)) ? a : -1;
}

// True when mention `m` spells its entity's name ("Ukraine"), not an
// adjective or another alias.
bool Extractor::IsOwnName(int m) const {
  int e = ms_[m].entity;
  if (e < 0 || e >= static_cast<int>(doc_.entity_names.size())) return false;
  std::string surface;
  for (size_t k = ms_[m].first; k < ms_[m].last; ++k) {
    if (!surface.empty()) surface += ' ';
    surface += std::string(t_[k].lower);
  }
  std::string name = doc_.entity_names[e];
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::tolower(c); });
  return surface == name;
}

// The state that holds or uses the weapons a relative clause at
// `relative` says were supplied: "Algeria has sent back 15 MiG-29 jets that
// Russia delivered", "Ukraine fired missiles that Britain supplied". Only
// holding, returning and use verbs: "shot down jets that the US delivered"
// names an enemy. Returns a mention index or -1.
int Extractor::HolderOfArms(size_t relative, size_t verb, size_t* end) const {
  size_t arms = FindArms(relative > 4 ? relative - 4 : 0, relative);
  if (arms == std::string::npos) return -1;
  size_t v = VerbBeforeArms(arms);
  if (v == std::string::npos ||
      (!lex_.InSet("arms_holder_verbs", t_[v].lower) && !lex_.InSet("use_verbs", t_[v].lower)))
    return -1;
  size_t cs = ClauseStart(t_, v, lex_);
  int m = AgentAt(cs);
  if (m < 0 || ms_[m].last > v || ms_[m].entity < 0 || ms_[m].type == NodeType::kPerson ||
      ms_[m].type == NodeType::kAgreement || CapturedIn(cs, verb))
    return -1;
  *end = verb + 1;
  return m;
}

// The word before the noun phrase of the weapons at `arms`, past amounts
// and names ("flew 12 Sukhoi Su-30 fighters"), or npos.
size_t Extractor::VerbBeforeArms(size_t arms) const {
  size_t b = arms;
  while (b > 0 && arms - b < 3 && MentionAt(b - 1) < 0 &&
         (IsAmountOrDeterminer(t_[b - 1]) || IsCountOrRank(t_[b - 1].lower) || t_[b - 1].capitalized))
    --b;
  return b == 0 ? std::string::npos : b - 1;
}

// "re-exported to Ukraine nine D-30 howitzers", "sent to Kyiv dozens of
// tanks": a long object after "to <recipient>". Returns the recipient's
// mention index and sets the ends of the recipient and the weapons, or -1.
int Extractor::ShiftedObjectRecipient(size_t verb, size_t cend, size_t* end, size_t* arms_end) const {
  if (verb + 3 >= cend || t_[verb + 1].lower != "to") return -1;
  size_t rec_end;
  int rec = RecipientAfterTo(verb + 1, verb + 2, &rec_end);
  if (rec < 0) return -1;
  size_t arms = FindArms(rec_end, std::min(cend, rec_end + 8));
  if (arms == std::string::npos) return -1;
  *arms_end = arms + ArmsAt(arms);
  *end = *arms_end;
  return rec;
}

}  // namespace kg::ingest
