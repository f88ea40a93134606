// The object side of the four relation families: where the place, the
// agreement, the suspended thing or the arms recipient is, given a trigger.
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

bool IsDeterminer(std::string_view w) {
  return w == "a" || w == "an" || w == "the" || w == "its" || w == "their" || w == "his" ||
         w == "her" || w == "this" || w == "that" || w == "these" || w == "our" || w == "'s" ||
         w == "new" || w == "another" || w == "two" || w == "three";
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool IsDefinite(std::string_view w) { return w == "the" || w == "this" || w == "that"; }

bool IsLightVisitVerb(std::string_view w) {
  return w == "made" || w == "make" || w == "makes" || w == "making" || w == "paid" ||
         w == "pay" || w == "pays" || w == "paying" || w == "began" || w == "begins" ||
         w == "started" || w == "starts" || w == "ended" || w == "ends" || w == "concluded" ||
         w == "completed" || w == "wrapped" || w == "on" || w == "undertook" ||
         w == "kicked" || w == "cut" || w == "cancelled" || w == "canceled" || w == "postponed" ||
         w == "planned" || w == "plans";
}

bool AgreementParticipation(std::string_view w) {
  return w == "participation" || w == "membership" || w == "obligations" ||
         w == "implementation" || w == "involvement" || w == "commitments";
}

}  // namespace

// --- shared object helpers ---------------------------------------------------

std::vector<int> Extractor::PlacesAfter(size_t from, size_t limit, size_t* end) const {
  std::vector<int> out;
  size_t k = from;
  size_t skipped = 0;
  limit = std::min(limit, t_.size());
  while (k < limit) {
    int m = MentionAt(k);
    if (m < 0) {
      const Token& tk = t_[k];
      bool skippable = tk.lower == "the" || (!tk.capitalized && tk.word && skipped < 3 &&
                                             !lex_.InSet("prepositions", tk.lower) && tk.lower != "and");
      if (!out.empty() && (tk.text == "," || tk.lower == "and")) {
        ++k;
        continue;
      }
      if (!skippable) break;
      ++skipped;
      ++k;
      continue;
    }
    const Mention& mm = ms_[m];
    bool place = mm.kind == MentionKind::kPlace ||
                 (mm.kind == MentionKind::kActor && mm.type == NodeType::kCountry && !mm.institution);
    // "the Russian capital", "the Saudi desert city of Al-Ula"
    if (mm.kind == MentionKind::kAdjective && out.empty() && mm.entity >= 0) {
      for (size_t j = mm.last; j < std::min(limit + 3, t_.size()) && j < mm.last + 3; ++j) {
        if (!lex_.InSet("place_nouns", t_[j].lower)) continue;
        out.push_back(mm.entity);
        *end = j + 1;
        return out;
      }
    }
    if (!place || mm.entity < 0) break;
    if (mm.last < t_.size() && t_[mm.last].capitalized && t_[mm.last].word && MentionAt(mm.last) < 0)
      break;  // "Cardiff University", "Moscow State University"
    if (std::find(out.begin(), out.end(), mm.entity) == out.end()) out.push_back(mm.entity);
    k = mm.last;
    *end = k;
    skipped = 3;  // after the first place, only lists continue
  }
  return out;
}

size_t Extractor::ArmsAt(size_t k) const {
  const RelationWords& w = lex_.relation("supplies_arms_to");
  std::string key;
  size_t best = 0;
  for (size_t j = k; j < t_.size() && j < k + 3; ++j) {
    if (j > k) key += ' ';
    key += t_[j].lower;
    if (!w.arms_prefixes.count(key)) break;
    if (w.arms.count(key)) best = j + 1 - k;
  }
  return best;
}

size_t Extractor::FindArms(size_t from, size_t to) const {
  for (size_t k = from; k < to && k < t_.size(); ++k)
    if (ArmsAt(k)) return k;
  return std::string::npos;
}

int Extractor::RecipientAfterTo(size_t from, size_t to, size_t* end) const {
  for (size_t k = from; k < to && k < t_.size(); ++k) {
    if (t_[k].lower != "to") continue;
    int a = AgentAt(k + 1);
    if (a < 0) return -1;
    *end = ms_[a].last;
    return a;
  }
  return -1;
}

std::vector<int> Extractor::Counterparts(size_t from, size_t to) const {
  for (size_t k = from; k < to && k < t_.size(); ++k) {
    const std::string& w = t_[k].lower;
    if (w == "while" || w == "who" || w == "which" || w == "after" || w == "before") break;
    if (w != "with" && w != "alongside") continue;
    int a = AgentAt(k + 1);
    if (a < 0) continue;
    size_t end;
    return Coordinated(a, to, &end);
  }
  return {};
}

std::string Extractor::AgreementName(const std::string& description,
                                     const std::vector<int>& parties) const {
  std::set<std::string> names;
  for (int e : parties) {
    int c = CountryOf(e);
    int who = c >= 0 ? c : e;
    if (who >= 0 && who < static_cast<int>(doc_.entity_names.size()))
      names.insert(doc_.entity_names[who]);
  }
  if (names.empty()) return description;
  std::string joined;
  for (const auto& n : names) joined += (joined.empty() ? "" : "–") + n;
  return description + " (" + joined + ")";
}

// Named agreement in [from, to), or an unnamed one described by fillers and a
// head noun right after the trigger ("a mutual defense agreement"); "the
// treaty" with nothing else is the document's last agreement.
bool Extractor::AgreementObject(size_t from, size_t to, Relation* r, size_t* end) const {
  to = std::min(to, t_.size());
  for (size_t k = from; k < to && k < from + 12; ++k) {
    const std::string& w = t_[k].lower;
    if (w == "to" && k > from && t_[k - 1].lower != "up" && t_[k - 1].lower != "on") break;
    if (w == "," || w == "that" || w == "which" || w == "for" || w == "after") break;
    int m = MentionAt(k);
    if (m >= 0 && ms_[m].kind == MentionKind::kAgreement && ms_[m].entity >= 0) {
      r->target = ms_[m].entity;
      *end = ms_[m].last;
      return true;
    }
  }
  size_t k = from;
  while (k < to && (t_[k].lower == "on" || t_[k].lower == "up" || t_[k].lower == "off")) ++k;
  if (k < to && t_[k].lower == "to" && k > from) ++k;
  bool definite = k < to && IsDefinite(t_[k].lower);
  size_t words_start = k;
  while (k < to && IsDeterminer(t_[k].lower)) ++k;
  words_start = k;
  if (words_start == from && from > 0 && t_[from - 1].lower == "to") return false;  // "to keep the deal"
  size_t head_end = 0, fillers = 0;
  while (k < to && k < words_start + 8) {
    const std::string& w = t_[k].lower;
    if (lex_.InSet("agreement_heads", w)) {
      head_end = k + 1;
    } else if (head_end) {
      break;
    } else if (lex_.InSet("agreement_fillers", w) || t_[k].text == "-" ||
               (t_[k].word && !t_[k].capitalized && !lex_.InSet("prepositions", w) &&
                !IsDeterminer(w) && w != "and" && w != "which") ||
               (MentionAt(k) >= 0 && ms_[MentionAt(k)].kind == MentionKind::kAdjective)) {
      ++fillers;
    } else if (w == "of" && fillers > 0 && k + 1 < to && IsDeterminer(t_[k + 1].lower)) {
      // "the political chapters of the association agreement"
      k += 2;
      words_start = k;
      fillers = 0;
      continue;
    } else {
      break;
    }
    ++k;
  }
  if (!head_end) return false;
  std::string description;
  for (size_t j = words_start; j < head_end; ++j) {
    if (!description.empty() && t_[j].text != "-" && t_[j - 1].text != "-") description += ' ';
    description += t_[j].lower;
  }
  *end = head_end;
  if (definite && fillers == 0) {
    // "the deal": the last agreement named before it, in this sentence or earlier.
    int last = doc_.last_agreement;
    for (const Mention& m : ms_)
      if (m.kind == MentionKind::kAgreement && m.last <= from && m.entity >= 0) last = m.entity;
    if (last >= 0) {
      r->target = last;
      return true;
    }
  }
  r->new_target_alias = description;
  r->new_target_type = NodeType::kAgreement;
  return true;
}

// The name of a suspended thing around its head noun: "military
// cooperation", "participation in preparations for the G8 summit", and for
// "the certification of the Nord Stream 2 gas pipeline" the named object.
std::string Extractor::ThingPhrase(size_t from, size_t head, size_t cend) const {
  size_t b = head;
  while (b > from && t_[b - 1].word && !IsDeterminer(t_[b - 1].lower) &&
         !lex_.InSet("prepositions", t_[b - 1].lower) && !lex_.InSet("quantifiers", t_[b - 1].lower) &&
         t_[b - 1].lower != "and")
    --b;
  std::string np;
  for (size_t k = b; k <= head; ++k) np += (np.empty() ? "" : " ") + std::string(t_[k].text);
  size_t k = head + 1;
  if (k < cend && (t_[k].lower == "of" || t_[k].lower == "in")) {
    size_t j = k + 1;
    while (j < cend && IsDeterminer(t_[j].lower)) ++j;
    std::string name;
    while (j < cend && t_[j].word && (t_[j].capitalized || std::isdigit(static_cast<unsigned char>(t_[j].text[0])))) {
      name += (name.empty() ? "" : " ") + std::string(t_[j].text);
      ++j;
    }
    if (!name.empty() && t_[k].lower == "of") return name;
    if (AgreementParticipation(t_[head].lower)) {
      std::string tail;
      for (size_t m = k; m < cend && m < k + 8 && t_[m].text != "," && t_[m].text != "."; ++m) {
        if (m > k && (t_[m].lower == "in" || t_[m].lower == "at")) break;  // "... in Sochi"
        tail += " " + std::string(t_[m].text);
      }
      return np + tail;
    }
  }
  return np;
}

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
  size_t cs = i;
  while (cs > 0 && i - cs < 16 && t_[cs - 1].text != "," && t_[cs - 1].text != ";") --cs;
  if (FindArms(cs, i) == std::string::npos) return false;
  int sup = SupplierIn(cs, i);
  if (sup < 0) return false;
  size_t end = i + 1;
  std::vector<int> places;
  for (size_t k = i + 1; k < std::min(cend, i + 12) && places.empty(); ++k) {
    const std::string& w = t_[k].lower;
    if (w == "in" || w == "at" || w == "to" || w == "of") places = PlacesAfter(k + 1, k + 5, &end);
  }
  if (places.empty() || places[0] == ms_[sup].entity) return false;
  FinishSupplyFromSubject(sup, places[0], cs, i, end, "supplies_arms_to.arrived",
                          "origin of arms that arrived");
  return true;
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
  Relation r;
  r.relation = "supplies_arms_to";
  r.rule = rule;
  r.sources = s.entities;
  r.target = recipient;
  Finish(std::move(r), trigger, s, end);
}

bool Extractor::ArmsNear(size_t from, size_t to) const {
  return FindArms(from, std::min(to, from + 4)) != std::string::npos;
}

// --- visited ----------------------------------------------------------------

// "the G20 summit in Bali", "the Summit of the Americas in Los Angeles": an
// event held in a place, within a few tokens.
std::vector<int> Extractor::EventPlace(size_t from, size_t limit, size_t* end) const {
  bool event = false;
  limit = std::min(limit, t_.size());
  for (size_t k = from; k < limit; ++k) {
    const std::string& w = t_[k].lower;
    if (lex_.InSet("event_nouns", w)) event = true;
    if (w == "," || w == "." || w == "where" || w == "which") break;
    if ((w == "in" || w == "at") && event) return PlacesAfter(k + 1, k + 5, end);
  }
  return {};
}

// "Vladimir Putin was in Beijing on Thursday for a two-day state visit": a
// visit noun with no place of its own, after the subject of the clause was
// placed in a country or city. A stay in one's own country is no visit.
bool Extractor::VisitedPresence(size_t i) {
  size_t cs = ClauseStart(t_, i, lex_);
  for (size_t k = cs; k + 1 < i; ++k) {
    const std::string& w = t_[k].lower;
    if ((w != "was" && w != "were" && w != "is" && w != "are") || t_[k + 1].lower != "in") continue;
    size_t end;
    std::vector<int> places = PlacesAfter(k + 2, k + 6, &end);
    if (places.empty()) return false;
    Subjects s = SubjectsFor(k);
    if (s.entities.empty() || s.passive) return false;
    for (int e : s.entities) {
      if (e == places[0] || CountryOf(e) == places[0]) return false;
    }
    Relation r;
    r.relation = "visited";
    r.rule = "visited.presence";
    r.confidence = 0.75f;
    r.sources = s.entities;
    r.target = places[0];
    Finish(std::move(r), i, s, end);
    return true;
  }
  return false;
}

bool Extractor::Visited(size_t i) {
  const RelationWords& w = lex_.relation("visited");
  const std::string& word = t_[i].lower;
  size_t cend = ClauseEnd(t_, i, lex_);
  bool noun_use = i > 0 && (IsDeterminer(t_[i - 1].lower) || t_[i - 1].lower == "state" ||
                            t_[i - 1].lower == "official" || t_[i - 1].lower == "first" ||
                            t_[i - 1].lower == "planned" || t_[i - 1].lower == "upcoming" ||
                            MentionAt(i - 1) >= 0 || EndsWith(t_[i - 1].lower, "-day"));
  Relation r;
  r.relation = "visited";
  size_t end = i + 1;
  std::vector<int> places;
  Subjects s;
  bool prep_after = i + 1 < t_.size() && w.noun_preps.count(t_[i + 1].lower) > 0;
  if (w.nouns.count(word) && (noun_use || !w.verbs.count(word) || prep_after)) {
    if (i + 1 >= t_.size() || !w.noun_preps.count(t_[i + 1].lower)) return VisitedPresence(i);
    places = PlacesAfter(i + 2, i + 6, &end);
    if (places.empty()) return false;
    r.rule = "visited.noun";
    r.confidence = 0.8f;
    // Who visits: a possessor before the noun, "by X" after it, or the
    // subject of a light verb ("made a visit to", "during his trip to").
    for (size_t k = i; k > 0 && k + 5 > i; --k) {
      int m = MentionAt(k - 1);
      if (m >= 0 && ms_[m].possessive && IsAgentMention(ms_[m]) && ms_[m].entity >= 0) {
        s.entities = {ms_[m].entity};
        // "had called off his state visit": the clause's cues count; "during
        // her farewell visit": only the phrase's own words do.
        bool in_pp = ms_[m].first > 0 && lex_.InSet("prepositions", t_[ms_[m].first - 1].lower);
        s.end = in_pp ? ms_[m].first : ClauseStart(t_, i, lex_);
        s.how = "possessor of the noun";
        break;
      }
    }
    if (s.entities.empty() && end + 1 < t_.size() && t_[end].lower == "by") {
      int a = AgentAt(end + 1);
      if (a >= 0) {
        s.entities = {ms_[a].entity};
        s.end = ClauseStart(t_, i, lex_);
        s.how = "by-agent of the noun";
      }
    }
    if (s.entities.empty() && i >= 2 && (t_[i - 2].lower == "during" || t_[i - 1].lower == "during")) {
      // "X said on Tuesday during a visit to London": the speaker travels.
      size_t cs = ClauseStart(t_, i, lex_);
      for (size_t idx = ms_.size(); idx > 0; --idx) {
        const Mention& m = ms_[idx - 1];
        if (m.last > cs || m.last + 1 < cs || !IsAgentMention(m) || m.entity < 0) continue;
        s.entities = {m.entity};
        s.end = cs;
        s.how = "speaker of the clause the visit belongs to";
        break;
      }
    }
    if (s.entities.empty()) {
      bool light = false;
      for (size_t k = i; k > 0 && k + 5 > i; --k) light = light || IsLightVisitVerb(t_[k - 1].lower);
      if (!light) {
        Note(i, "visit noun without a visitor (no possessor, 'by' or light verb)");
        return false;
      }
      s = SubjectsFor(i);
    }
  } else if (lex_.InSet("attend_verbs", word)) {
    places = EventPlace(i + 1, std::min(cend, i + 10), &end);
    if (places.empty()) return false;
    r.rule = "visited.attend";
    if (lex_.InSet("absent_verbs", word)) {
      r.modality_override = true;
      r.cue = word;
    }
    s = SubjectsFor(i);
  } else if (lex_.InSet("reception_verbs", word) && i > 0 && t_[i - 1].lower != "was" &&
             t_[i - 1].lower != "were" && t_[i - 1].lower != "been" && !IsDeterminer(t_[i - 1].lower)) {
    // "Yeltsin hosted Hashimoto": the guest visits the host's country.
    size_t k = i + 1;
    while (k < t_.size() && k < i + 4 && MentionAt(k) < 0 && !t_[k].capitalized) ++k;
    int guest = AgentAt(k);
    if (guest < 0 || ms_[guest].type != NodeType::kPerson) return false;
    Subjects host = SubjectsFor(i);
    if (host.entities.empty()) return false;
    int country = CountryOf(host.entities[0]);
    if (country < 0) {
      Note(i, "host without a known country");
      return false;
    }
    Subjects s2;
    s2.entities = {ms_[guest].entity};
    s2.end = host.end;
    s2.how = "guest of a host";
    Relation one;
    one.relation = "visited";
    one.rule = "visited.hosted";
    one.confidence = 0.75f;
    one.sources = s2.entities;
    one.target = country;
    Finish(std::move(one), i, s2, ms_[guest].last);
    return true;
  } else if (lex_.InSet("reception_verbs", word) && i > 0 &&
             (t_[i - 1].lower == "was" || t_[i - 1].lower == "were")) {
    // "Ruto was welcomed at the White House": the one received visits.
    size_t k = i + 1;
    while (k < std::min(cend, i + 8) && t_[k].lower != "in" && t_[k].lower != "at" && t_[k].lower != "to") ++k;
    if (k >= std::min(cend, i + 8)) return false;
    places = PlacesAfter(k + 1, k + 5, &end);
    if (places.empty()) return false;
    r.rule = "visited.received";
    s = SubjectsFor(i);
    if (s.passive) return false;
  } else if (w.verbs_prep.count(word)) {
    size_t k = i + 1;
    while (k < t_.size() && k < i + 3 &&
           (t_[k].lower == "back" || t_[k].lower == "here" || t_[k].lower == "on" ||
            t_[k].lower == "down" || t_[k].lower == "secretly" || t_[k].lower == "briefly" ||
            t_[k].lower == "directly"))
      ++k;
    if ((word.rfind("arriv", 0) == 0 || word == "landed") && ArmsArrived(i, cend)) return true;
    if (k >= t_.size() || t_[k].lower != w.verbs_prep.at(word)) return false;
    places = PlacesAfter(k + 1, k + 5, &end);
    if (places.empty()) places = EventPlace(k + 1, std::min(cend, k + 10), &end);
    r.rule = "visited.verb_prep";
    if (places.empty()) {
      Note(i, "no country or city after '" + word + " " + t_[k].lower + "'");
      return false;
    }
    s = SubjectsFor(i);
  } else if (w.verbs.count(word)) {
    places = PlacesAfter(i + 1, std::min(cend, i + 6), &end);
    r.rule = "visited.verb";
    if (places.empty()) {
      Note(i, "no country or city as the object of '" + word + "'");
      return false;
    }
    s = SubjectsFor(i);
  } else {
    return false;
  }
  if (s.entities.empty()) {
    Note(i, r.rule + ": no visitor found");
    return false;
  }
  for (int place : places) {
    Relation one = r;
    one.sources = s.entities;
    one.target = place;
    Finish(std::move(one), i, s, end);
  }
  return true;
}

// --- signed -----------------------------------------------------------------

// Whether a verb at `i` ends its clause without an object: the next token
// is punctuation or opens an adverbial ("on behalf of", "for China", "in
// Paris", "alone", "too").
bool Extractor::ElidedObjectAfter(size_t i) const {
  if (i + 1 >= t_.size()) return true;
  const std::string& next = t_[i + 1].lower;
  return next == "." || next == "," || next == ";" || next == "on" || next == "for" ||
         next == "in" || next == "at" || next == "alone" || next == "too" || next == "as" ||
         next == "first" || next == "later";
}

bool Extractor::Signed(size_t i) {
  const RelationWords& w = lex_.relation("signed");
  const std::string& word = t_[i].lower;
  size_t cend = ClauseEnd(t_, i, lex_);
  Relation r;
  r.relation = "signed";
  size_t end = i + 1;
  Subjects s;
  bool noun = w.nouns.count(word) && (!w.verbs.count(word) || (i > 0 && IsDeterminer(t_[i - 1].lower)));
  if (noun) {
    if (i + 1 >= t_.size() || !w.noun_preps.count(t_[i + 1].lower)) return false;
    if (!AgreementObject(i + 2, cend, &r, &end)) {
      Note(i, "'" + word + "' without an agreement after it");
      return false;
    }
    r.rule = "signed.noun";
    r.confidence = 0.8f;
    if (word == "signing") {  // "the signing of X by A and B"
      if (end + 1 < t_.size() && (t_[end].lower == "by" || t_[end].lower == "between")) {
        int a = AgentAt(end + 1);
        if (a >= 0) {
          s.entities = Coordinated(a, t_.size(), &end);
          s.end = ClauseStart(t_, i, lex_);
          s.how = "by-agent of 'signing'";
        }
      }
      if (s.entities.empty()) {
        Note(i, "'signing of' without 'by' names no signer");
        return false;
      }
    } else {
      s = SubjectsFor(i);
    }
  } else {
    s = SubjectsFor(i);
    bool found = false;
    if (s.passive) {  // "X was signed by A and B": the agreement is the subject
      size_t cs = ClauseStart(t_, i, lex_);
      for (size_t k = 0; k < ms_.size(); ++k) {
        if (ms_[k].first < cs || ms_[k].last > i || ms_[k].kind != MentionKind::kAgreement) continue;
        r.target = ms_[k].entity;
        found = true;
      }
      if (!found) found = AgreementObject(cs, i, &r, &end);
      r.rule = "signed.passive";
    }
    if (!found) {
      found = AgreementObject(i + 1, cend, &r, &end);
      r.rule = "signed.verb";
    }
    if (!found && i > 0) {
      // "under an agreement it signed with Britain": the agreement comes first.
      int subj = MentionAt(i - 1);
      if (subj >= 0 && ms_[subj].first > 0) {
        size_t head = ms_[subj].first;
        if (t_[head - 1].lower == "that" || t_[head - 1].lower == "which") --head;
        if (head > 0 && lex_.InSet("agreement_heads", t_[head - 1].lower)) {
          size_t b = head - 1;
          while (b > 0 && b + 6 > head && !IsDeterminer(t_[b - 1].lower) &&
                 !lex_.InSet("prepositions", t_[b - 1].lower))
            --b;
          if (b > 0 && IsDeterminer(t_[b - 1].lower)) --b;
          size_t e2;
          found = AgreementObject(b, head, &r, &e2);
          r.rule = "signed.object_relative";
        }
      }
    }
    if (!found && !s.passive && doc_.last_agreement >= 0 && ElidedObjectAfter(i)) {
      // "John Kerry signed on behalf of the United States": the document
      // the article is talking about.
      r.target = doc_.last_agreement;
      for (const Mention& m : ms_)
        if (m.kind == MentionKind::kAgreement && m.last <= i && m.entity >= 0) r.target = m.entity;
      r.rule = "signed.elided_object";
      r.confidence = 0.7f;
      found = true;
    }
    if (!found) {
      Note(i, "no agreement as the object of '" + word + "'");
      return false;
    }
  }
  if (s.entities.empty()) {
    Note(i, r.rule + ": no signer found");
    return false;
  }
  r.counterparts = Counterparts(end, std::min(cend, end + 7));
  r.sources = s.entities;
  if (r.target < 0) {
    std::vector<int> parties = s.entities;
    parties.insert(parties.end(), r.counterparts.begin(), r.counterparts.end());
    r.new_target_name = AgreementName(r.new_target_alias, parties);
  }
  Finish(std::move(r), i, s, end);
  return true;
}

// --- suspended --------------------------------------------------------------

// Index of "on hold" or "in abeyance" within the clause after a "put" at
// `put`, or npos.
size_t Extractor::HoldPhraseAfter(size_t put) const {
  size_t cend = ClauseEnd(t_, put, lex_);
  for (size_t k = put + 1; k + 1 < std::min(cend, put + 14); ++k) {
    if ((t_[k].lower == "on" && t_[k + 1].lower == "hold") ||
        (t_[k].lower == "in" && t_[k + 1].lower == "abeyance")) {
      return k;
    }
  }
  return std::string::npos;
}

bool Extractor::Suspended(size_t i) {
  const RelationWords& w = lex_.relation("suspended");
  std::string word = t_[i].lower;
  size_t from = i + 1;
  size_t object_limit = t_.size();
  if (word == "put" || word == "puts" || word == "putting") {
    // "put the treaty on hold", "put on hold the sale of F-35s", "put the
    // Indus Waters Treaty in abeyance"; any other "put" suspends nothing.
    size_t hold = HoldPhraseAfter(i);
    if (hold == std::string::npos) return false;
    word = "put on hold";
    if (hold == i + 1) {
      from = i + 3;
    } else {
      object_limit = hold;
    }
  } else if (i + 1 < t_.size() && w.verbs.count(word + " " + t_[i + 1].lower)) {
    word += " " + t_[i + 1].lower;
    from = i + 2;
  } else if (!w.verbs.count(word) && !w.nouns.count(word)) {
    return false;
  }
  bool noun = w.nouns.count(word) && i > 0 && IsDeterminer(t_[i - 1].lower);
  if (noun) {
    if (from >= t_.size() || !w.noun_preps.count(t_[from].lower)) return false;
    ++from;
  }
  Subjects s;
  if (noun && i >= 2 && t_[i - 1].lower == "'s") {
    int m = MentionAt(i - 2);  // "Russia's suspension of the CFE treaty"
    if (m >= 0 && IsAgentMention(ms_[m]) && ms_[m].entity >= 0) {
      s.entities = {ms_[m].entity};
      s.end = ClauseStart(t_, i, lex_);
      s.how = "possessor of the noun";
    }
  }
  if (s.entities.empty()) s = SubjectsFor(i);
  size_t cend = ClauseEnd(t_, i, lex_);
  size_t obj_from = from, obj_to = std::min({cend, from + 10, object_limit});
  if (s.passive) {
    obj_from = ClauseStart(t_, i, lex_);
    obj_to = i;
  }
  for (size_t k = obj_from; k < obj_to; ++k) {
    const std::string& w = t_[k].lower;
    if (w == "," || w == "under" || w == "after" || w == "despite" || w == "amid" ||
        w == "following" || w == "because" || w == "over") {
      obj_to = k;
      break;
    }
  }
  Relation r;
  r.relation = "suspended";
  r.rule = noun ? "suspended.noun" : (s.passive ? "suspended.passive" : "suspended.verb");
  size_t head = std::string::npos, end = from;
  for (size_t k = obj_from; k < obj_to; ++k) {
    int m = MentionAt(k);
    if (m >= 0 && ms_[m].kind == MentionKind::kAgreement && ms_[m].entity >= 0) {
      r.target = ms_[m].entity;
      end = ms_[m].last;
      break;
    }
    if (head == std::string::npos && w.objects.count(t_[k].lower)) head = k;
    // "membership talks", "arms shipments": the last noun of a compound heads it
    if (head == k - 1 && w.objects.count(t_[k].lower)) head = k;
  }
  if (r.target < 0 && !noun && !s.passive) {
    int member = AgentAt(from);
    if (member >= 0 && ms_[member].kind == MentionKind::kPronoun && t_[ms_[member].first].lower == "it") {
      // "four days after it had suspended it": the agreement talked about
      int last = doc_.last_agreement;
      for (const Mention& m : ms_)
        if (m.kind == MentionKind::kAgreement && m.last <= i && m.entity >= 0) last = m.entity;
      if (last >= 0 && !s.entities.empty()) {
        r.target = last;
        r.rule = "suspended.pronoun_object";
        r.sources = s.entities;
        Finish(std::move(r), i, s, ms_[member].last);
        return true;
      }
      member = -1;
    }
    if (member >= 0 && ms_[member].kind == MentionKind::kActor &&
        ms_[member].type != NodeType::kPerson && !ms_[member].possessive &&
        (head == std::string::npos || head > ms_[member].last + 2)) {
      // "Mercosur suspended Venezuela", "the AU suspended Niger from all its activities"
      r.new_target_alias = "membership";
      r.new_target_type = NodeType::kOther;
      r.new_target_name = doc_.entity_names[ms_[member].entity] + "'s membership";
      r.sources = s.entities;
      if (s.entities.empty()) return false;
      Finish(std::move(r), i, s, ms_[member].last);
      return true;
    }
  }
  if (r.target < 0 && head == std::string::npos) {
    Note(i, "nothing suspendable (agreement, talks, aid, cooperation...) after '" + word + "'");
    return false;
  }
  if (r.target < 0) {
    end = head + 1;
    if (AgreementParticipation(t_[head].lower)) {
      for (size_t k = head + 1; k < std::min(cend, head + 8) && r.target < 0; ++k) {
        int m = MentionAt(k);
        if (m < 0 || ms_[m].entity < 0) continue;
        // "its participation in New START", "its membership of the CSTO"
        if (ms_[m].kind == MentionKind::kAgreement ||
            (ms_[m].kind == MentionKind::kActor && ms_[m].type == NodeType::kOrganization))
          r.target = ms_[m].entity;
      }
      // "participation in preparations for ..." names something else; "in
      // February 2023" is only a date.
      bool of_something = head + 2 < t_.size() &&
                          (t_[head + 1].lower == "in" || t_[head + 1].lower == "of") &&
                          !lex_.InSet("months", t_[head + 2].lower) &&
                          !(t_[head + 2].text[0] >= '0' && t_[head + 2].text[0] <= '9');
      if (r.target < 0 && !of_something) r.target = doc_.last_agreement;
    } else if (lex_.InSet("agreement_heads", t_[head].lower)) {
      size_t e2;
      if (AgreementObject(obj_from, obj_to, &r, &e2)) end = e2;
    }
    if (r.target < 0 && r.new_target_alias.empty()) {
      r.new_target_alias = ThingPhrase(obj_from, head, cend);
      r.new_target_type = NodeType::kOther;
    }
  }
  r.counterparts = Counterparts(end, std::min(cend, end + 3));
  if (s.entities.empty()) {
    Note(i, r.rule + ": no actor found");
    return false;
  }
  r.sources = s.entities;
  if (r.target < 0) {
    if (r.new_target_type == NodeType::kAgreement) {
      std::vector<int> parties = s.entities;
      parties.insert(parties.end(), r.counterparts.begin(), r.counterparts.end());
      r.new_target_name = AgreementName(r.new_target_alias, parties);
    } else if (r.new_target_name.empty()) {
      r.new_target_name = r.new_target_alias;
      if (!r.counterparts.empty() && r.counterparts[0] < static_cast<int>(doc_.entity_names.size()))
        r.new_target_name += " with " + doc_.entity_names[r.counterparts[0]];
    }
  }
  Finish(std::move(r), i, s, end);
  return true;
}

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
