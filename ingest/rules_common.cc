// Object helpers shared by the four relation families: places, arms phrases,
// recipients, agreements and suspended things.
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

namespace {

// an "incredibly painful" agreement: quotes inside a description
bool IsQuote(std::string_view w) {
  return IsDoubleQuote(w) || w == "'" || w == "\u2018" || w == "\u2019";
}

// "US-brokered", "EU-backed": a name joined to a participle, one token
bool CompoundModifier(const Token& tk) {
  size_t dash = tk.text.find('-');
  return tk.capitalized && dash != std::string_view::npos && dash + 1 < tk.text.size() &&
         std::islower(static_cast<unsigned char>(tk.text[dash + 1]));
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

namespace {

// A weapon's model designation: a short capital prefix, a hyphen and a
// number ("S-400", "Su-35", "MiG-29s", "F-16V"), not a summit, a mask,
// a visa or a cargo plane ("G-20", "N-95", "H-1B", "C-17").
bool IsDesignation(std::string_view w) {
  size_t dash = w.find('-');
  if (dash == 0 || dash == std::string_view::npos || dash > 3 || dash + 1 >= w.size()) return false;
  if (!std::isupper(static_cast<unsigned char>(w[0]))) return false;
  if (dash == 1 && (w[0] == 'G' || w[0] == 'N' || w[0] == 'H' || w[0] == 'C')) return false;
  for (size_t k = 1; k < dash; ++k)
    if (!std::isalpha(static_cast<unsigned char>(w[k]))) return false;
  size_t digits = dash + 1;
  while (digits < w.size() && std::isdigit(static_cast<unsigned char>(w[digits]))) ++digits;
  if (digits == dash + 1 || digits - dash > 4 || w.size() - digits > 4) return false;
  for (size_t k = digits; k < w.size(); ++k)
    if (!std::isalpha(static_cast<unsigned char>(w[k]))) return false;
  return true;
}

}  // namespace

// The rules ask about the same tokens many times; the answer depends only
// on the sentence, so each is worked out once.
size_t Extractor::ArmsAt(size_t k) const {
  if (arms_at_[k] == kArmsUnknown) arms_at_[k] = static_cast<uint8_t>(ArmsAtUncached(k));
  return arms_at_[k];
}

bool Extractor::MayHoldArms() const {
  if (may_hold_arms_ < 0) {
    // the first test of ArmsAtUncached, for every token
    may_hold_arms_ = 0;
    for (const Token& tk : t_) {
      if (lex_.IsArmsStart(tk.lower) || (tk.capitalized && tk.word && IsDesignation(tk.text))) {
        may_hold_arms_ = 1;
        break;
      }
    }
  }
  return may_hold_arms_ == 1;
}

size_t Extractor::ArmsAtUncached(size_t k) const {
  // "the S-400 system", "Su-35s": a model designation names a weapon
  bool designation = t_[k].capitalized && t_[k].word && IsDesignation(t_[k].text);
  if (!designation && !lex_.IsArmsStart(t_[k].lower)) return 0;  // most tokens: one bit test
  const RelationWords& w = lex_.relation("supplies_arms_to");
  if (k > 0 && lex_.InSet("civil_modifiers", t_[k - 1].lower)) return 0;  // "firefighting helicopters"
  if (designation && MentionAt(k) < 0) {
    if (k + 1 >= t_.size()) return 1;
    if (t_[k + 1].lower == "system" || t_[k + 1].lower == "systems") return 2;
    return 1 + ArmsAt(k + 1);  // "F-16 fighter jets"
  }
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
    const TokenWord& w = t_[k].lower;
    if (w == "while" || w == "who" || w == "which" || w == "after" || w == "before") break;
    // "signed X on Tuesday, ending a rift with Qatar": a participle clause has its own objects
    if (w == "," && k + 1 < to && t_[k + 1].lower.size() > 4 && EndsWith(t_[k + 1].lower, "ing")) break;
    if (w != "with" && w != "alongside") continue;
    int a = AgentAt(k + 1);
    if (a < 0) continue;
    size_t end;
    // "with Xi Jinping and Giuseppe Conte watching": onlookers, not parties
    size_t whole;
    Coordinated(a, t_.size(), &whole);
    if (whole < t_.size() && lex_.InSet("onlooker_words", t_[whole].lower)) return {};
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

// A place, or a capital read as its state, before an agreement's head
// names the text ("the AlUla declaration", "the Juba peace agreement"); a
// person or an organisation does not.
bool Extractor::TownNamesText(const Mention& m) const {
  if (m.kind == MentionKind::kPlace) return true;
  return m.kind == MentionKind::kActor && m.type != NodeType::kPerson && m.type != NodeType::kOrganization;
}

// Named agreement in [from, to), or an unnamed one described by fillers and a
// head noun right after the trigger ("a mutual defense agreement"); "the
// treaty" with nothing else is the document's last agreement.
bool Extractor::AgreementObject(size_t from, size_t to, Relation* r, size_t* end) const {
  to = std::min(to, t_.size());
  for (size_t k = from; k < to && k < from + 12; ++k) {
    const TokenWord& w = t_[k].lower;
    // "the instrument of accession to the Treaty of ...", "the protocol for
    // Britain's accession to the CPTPP": the named treaty is the object
    bool accession = (k > from && t_[k - 1].lower == "accession") ||
                     (w == "for" && k + 3 < to &&
                      (t_[k + 2].lower == "accession" || t_[k + 3].lower == "accession"));
    if (w == "to" && k > from && t_[k - 1].lower != "up" && t_[k - 1].lower != "on" && !accession) break;
    if (w == "," || w == "that" || w == "which" || (w == "for" && !accession) || w == "after") break;
    // "a memorandum of understanding on the Belt and Road Initiative": a
    // text named by its head and topic; the named thing is only the topic
    if (w == "on" && k > from && !t_[k - 1].capitalized && MentionAt(k - 1) < 0 &&
        (lex_.InSet("agreement_heads", t_[k - 1].lower) ||
         (k >= from + 3 && t_[k - 2].lower == "of" && lex_.InSet("agreement_heads", t_[k - 3].lower))))
      break;
    // "signed an executive order withdrawing from the Paris Agreement"
    if (lex_.InSet("signed_non_objects", w)) break;
    int m = MentionAt(k);
    if (m >= 0 && ms_[m].kind == MentionKind::kAgreement && ms_[m].entity >= 0) {
      r->target = ms_[m].entity;
      *end = ms_[m].last;
      return true;
    }
  }
  size_t k = from;
  while (k < to && (t_[k].lower == "on" || t_[k].lower == "up" || t_[k].lower == "off" ||
                    t_[k].lower == "into"))
    ++k;
  if (k < to && t_[k].lower == "to" && k > from) ++k;
  bool definite = k < to && IsDefinite(t_[k].lower);
  size_t words_start = k;
  while (k < to && IsDeterminer(t_[k].lower)) ++k;
  words_start = k;
  if (words_start == from && from > 0 && t_[from - 1].lower == "to") return false;  // "to keep the deal"
  size_t head_end = 0, fillers = 0;
  bool indefinite = false;
  for (size_t j = from; j < words_start; ++j) indefinite = indefinite || t_[j].lower == "a" || t_[j].lower == "an";
  // "neither leader signed any agreement": no agreement in particular
  if (words_start < to && lex_.InSet("generic_determiners", t_[words_start].lower)) return false;
  size_t bracket = 0;  // tokens of a bracket of amounts, passed over
  while (k < to && k < words_start + 8 + bracket) {
    const TokenWord& w = t_[k].lower;
    // "a $40bn (£21bn) deal": an amount converted in brackets
    if (size_t past = AmountBracketEnd(t_, k, to); past > k) {
      bracket += past - k;
      k = past;
      continue;
    }
    // "signed a law declaring the memorandum null and void": the law is
    // what was signed, and the agreement after it only its subject
    if (!head_end && lex_.InSet("signed_non_objects", w)) return false;
    if (lex_.InSet("agreement_heads", w)) {
      head_end = k + 1;
    } else if (head_end) {
      break;
    } else if (lex_.InSet("agreement_fillers", w) || t_[k].text == "-" || IsQuote(t_[k].text) ||
               CompoundModifier(t_[k]) ||
               // "a new North American trade pact": an indefinite phrase is no name
               (indefinite && t_[k].capitalized && t_[k].word && MentionAt(k) < 0) ||
               // "the post-Brexit trade deal", "an EU-Vietnam agreement"
               (t_[k].capitalized && ((k > words_start && t_[k - 1].text == "-") ||
                                      (k + 1 < to && t_[k + 1].text == "-"))) ||
               (t_[k].word && !t_[k].capitalized && !lex_.InSet("prepositions", w) &&
                !IsDeterminer(w) && w != "and" && w != "which") ||
               (MentionAt(k) >= 0 && ms_[MentionAt(k)].kind == MentionKind::kAdjective) ||
               // "the AlUla declaration", "the Minsk agreements": a town names the text
               // "the Juba peace agreement", "the Pretoria truce": a capital read as its state too
               (definite && MentionAt(k) >= 0 && TownNamesText(ms_[MentionAt(k)]))) {
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
  size_t described_end = AgreementComplement(head_end, to);
  if (described_end > head_end) ++fillers;
  std::string description, head;
  for (size_t j = words_start; j < described_end; ++j) {
    if (size_t past = AmountBracketEnd(t_, j, described_end); past > j) {
      j = past - 1;
      continue;
    }
    if (IsQuote(t_[j].text)) continue;
    if (!description.empty() && t_[j].text != "-" && t_[j - 1].text != "-") description += ' ';
    // "the Juba peace agreement": a capitalised word keeps the case news gives it
    description += t_[j].capitalized ? std::string(t_[j].text) : std::string(t_[j].lower);
    if (j + 1 == head_end) head = description;
  }
  *end = described_end;
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
  if (described_end > head_end) r->new_target_head = head;
  r->new_target_type = NodeType::kAgreement;
  return true;
}

// "a joint declaration of peace and friendship", "a convention on the legal
// status of the Caspian Sea": an "of" or "on" phrase after the head tells
// which text it is. It stops at a time, a number, an actor, punctuation or
// another preposition, and "on the sidelines of" and the like tell where or
// for whom, not what. Returns the end of the phrase, or `head_end`.
size_t Extractor::AgreementComplement(size_t head_end, size_t to) const {
  // "20 agreements on trade" are many texts; only a single one has a title
  if (head_end + 1 >= to || EndsWith(t_[head_end - 1].lower, "s")) return head_end;
  const TokenWord& p = t_[head_end].lower;
  if (p != "of" && p != "on") return head_end;
  size_t k = head_end + 1, end = head_end;
  for (; k < to && k < head_end + 10; ++k) {
    const Token& tk = t_[k];
    const TokenWord& w = tk.lower;
    if (!tk.word || tk.text.find_first_of("0123456789") != std::string::npos) break;
    if (lex_.InSet("weekdays", w) || lex_.InSet("months", w) ||
        lex_.InSet("agreement_complement_stops", w))
      break;
    if (lex_.InSet("prepositions", w) && w != "of") break;
    if (w == "is" || w == "was" || w == "are" || w == "were" || w == "has" || w == "have" || w == "had" || w == "that" || w == "which" ||
        w == "who" || lex_.IsTriggerWord(w))
      break;  // "a convention on X was signed": the verb ends the phrase
    if (int m = MentionAt(k); m >= 0 && ms_[m].kind != MentionKind::kAdjective) break;
    if (IsDeterminer(w) || w == "and" || w == "of") continue;
    end = k + 1;  // a content word closes the phrase so far
  }
  return end;
}

// The name of a suspended thing around its head noun: "military
// cooperation", "participation in preparations for the G8 summit", and for
// "the certification of the Nord Stream 2 gas pipeline" the named object.
std::string Extractor::ThingPhrase(size_t from, size_t head, size_t cend) const {
  size_t b = head;
  while (b > from && t_[b - 1].word && !IsDeterminer(t_[b - 1].lower) &&
         !lex_.InSet("prepositions", t_[b - 1].lower) && !lex_.InSet("quantifiers", t_[b - 1].lower) &&
         t_[b - 1].lower != "and" && !(b >= 2 && t_[b - 2].text == "-"))
    --b;  // "US-brokered talks" are talks: a hyphenated modifier is left out
  std::string np;
  for (size_t k = b; k <= head; ++k) np += (np.empty() ? "" : " ") + std::string(t_[k].text);
  size_t k = head + 1;
  if (k < cend && (t_[k].lower == "of" || t_[k].lower == "in")) {
    size_t j = k + 1;
    while (j < cend && IsDeterminer(t_[j].lower)) ++j;
    std::string name;  // "Nord Stream 2", not "400" of "the sale of 400 bombs"
    // nor "Japanese" of "imports of Japanese seafood": a country is no thing's name
    bool actor = MentionAt(j) >= 0 && ms_[MentionAt(j)].kind != MentionKind::kAgreement;
    while (!actor && j < cend && t_[j].word &&
           (t_[j].capitalized || (!name.empty() && std::isdigit(static_cast<unsigned char>(t_[j].text[0]))))) {
      name += (name.empty() ? "" : " ") + std::string(t_[j].text);
      ++j;
    }
    // "the sale of F-35 fighter jets" is a sale, not the F-35
    if (!name.empty() && t_[k].lower == "of" && !ArmsAt(j) && !ArmsNear(k + 1, j + 1)) return name;
    // "approvals of arms exports": the thing named after "of" is part of it
    const RelationWords& w = lex_.relation("suspended");
    for (size_t m = j; t_[k].lower == "of" && m < std::min(cend, j + 4) && t_[m].word && !t_[m].capitalized; ++m) {
      if (lex_.InSet("prepositions", t_[m].lower) || t_[m].lower == "and") break;
      if (!w.objects.count(t_[m].lower)) continue;
      for (size_t q = k; q <= m; ++q) np += " " + std::string(t_[q].text);
      return np;
    }
    if (AgreementParticipation(t_[head].lower)) {
      std::string tail;
      for (size_t m = k; m < cend && m < k + 8 && t_[m].text != "," && t_[m].text != "."; ++m) {
        if (m > k && (t_[m].lower == "in" || t_[m].lower == "at")) break;  // "... in Sochi"
        // "its membership in 2011": a time is no part of the thing
        if (m + 1 < cend && !t_[m + 1].text.empty() &&
            t_[m + 1].text.find_first_not_of("0123456789") == std::string::npos)
          break;
        if (m + 1 < cend && (lex_.InSet("months", t_[m + 1].lower) || lex_.InSet("weekdays", t_[m + 1].lower)))
          break;
        tail += " " + std::string(t_[m].text);
      }
      return np + tail;
    }
  }
  return np;
}

}  // namespace kg::ingest
