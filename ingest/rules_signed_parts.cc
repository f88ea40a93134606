// Helpers of the signed relation: counted and elided objects, amounts,
// reduced relatives, "along with" co-signers, signatures added to an
// agreement in view, far passives and private contracts. The rule itself
// (Signed, FinishSigned) is in rules_signed.cc.
#include <algorithm>
#include <cctype>
#include <set>

#include "ingest/clause.h"
#include "ingest/modality.h"
#include "ingest/relation_extractor_internal.h"
#include "ingest/rule_words.h"

namespace kg::ingest {

using graph::NodeType;

// --- signed -----------------------------------------------------------------

// Whether a verb at `i` ends its clause without an object: the next token
// is punctuation or opens an adverbial ("on behalf of", "for China", "in
// Paris", "alone", "too").
bool Extractor::ElidedObjectAfter(size_t i) const {
  if (i + 1 >= t_.size()) return true;
  const TokenWord& next = t_[i + 1].lower;
  return next == "." || next == "," || next == ";" || next == "on" || next == "for" ||
         next == "in" || next == "at" || next == "alone" || next == "too" || next == "as" ||
         next == "first" || next == "later";
}

namespace {

bool IsNumberWord(std::string_view w) {
  if (SmallCardinal(w) >= 2) return true;
  static const std::set<std::string_view> kWords = {
      "fifteen", "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "hundreds", "several",
      "numerous", "multiple", "various"};
  return kWords.count(w) > 0 || (!w.empty() && std::isdigit(static_cast<unsigned char>(w[0])));
}

// Words of an approximate count: "about", "more than", "at least", "a series of".
bool IsCountWord(std::string_view w) {
  return w == "about" || w == "around" || w == "nearly" || w == "almost" || w == "roughly" ||
         w == "some" || w == "over" || w == "more" || w == "than" || w == "at" || w == "least" ||
         w == "of" || w == "number" || w == "series" || w == "couple" || w == "raft" ||
         w == "string" || w == "total" || w == "a" || w == "an";
}

// Makes the agreement another rule found (listed, or unnamed and still to
// be created) the target of *r.
void TakeTarget(const Relation& found, Relation* r) {
  r->target = found.target;
  r->new_target_alias = found.new_target_alias;
  r->new_target_head = found.new_target_head;
  r->new_target_type = found.new_target_type;
}

}  // namespace

// "a 7.87 billion euro deal", "a $2 billion contract": an agreement named by
// its amount. The first token after the article and the amount, or `k` when
// no amount starts there.
size_t SkipAmount(const std::vector<Token>& t, size_t k, size_t to) {
  static const std::set<std::string_view> kUnits = {
      "$", "€", "£", "billion", "million", "trillion", "bn", "euro", "euros", "dollar", "dollars",
      "pound", "pounds", "yuan", "yen", "rupee", "rupees", "-", "us", "worth"};
  size_t j = k;
  while (j < to && IsDeterminer(t[j].lower)) ++j;
  size_t first = j;
  auto digit = [&](size_t x) { return x < to && std::isdigit(static_cast<unsigned char>(t[x].lower[0])); };
  while (j < to && j < first + 8 &&
         (kUnits.count(t[j].lower) > 0 || digit(j) ||
          // "7.87" read as three tokens
          ((t[j].lower == "." || t[j].lower == ",") && j > first && digit(j - 1) && digit(j + 1))))
    ++j;
  return j > first ? j : k;
}

// "signed about a dozen agreements", "signed more than 20 deals": the first
// token after the count, or `k` when no count with a number in it starts there.
size_t Extractor::SkipCount(size_t k, size_t to) const {
  size_t j = k;
  bool number = false;
  while (j < to && j < k + 6 && (IsCountWord(t_[j].lower) || IsNumberWord(t_[j].lower))) {
    number = number || IsNumberWord(t_[j].lower) || t_[j].lower == "number" ||
             t_[j].lower == "series" || t_[j].lower == "couple";
    ++j;
  }
  return number ? j : k;
}

// "The strategic partnership agreement, signed by A and B, ...": a reduced
// relative whose head is the agreement and whose "by" phrase names the signers.
bool Extractor::ReducedRelative(size_t i, Relation* r, Subjects* s, size_t* end) const {
  size_t by = AgentPhraseAfter(i);
  if (i == 0 || by == 0) return false;
  size_t head = i;
  if (t_[head - 1].text == ",") --head;
  if (head == 0) return false;
  int m = MentionAt(head - 1);
  bool found = false;
  // "a permanent cessation of hostilities, signed by": the head before its "of"
  size_t last = head - 1;
  if (m < 0 && head >= 3 && t_[head - 2].lower == "of" && !lex_.InSet("agreement_heads", t_[last].lower) &&
      lex_.InSet("agreement_heads", t_[head - 3].lower))
    last = head - 3;
  if (m >= 0 && ms_[m].kind == MentionKind::kAgreement && ms_[m].entity >= 0) {
    r->target = ms_[m].entity;
    found = true;
  } else if (lex_.InSet("agreement_heads", t_[last].lower)) {
    size_t b = last;
    while (b > 0 && b + 8 > head && t_[b - 1].word && !IsDeterminer(t_[b - 1].lower) &&
           !lex_.InSet("prepositions", t_[b - 1].lower))
      --b;
    if (b > 0 && IsDeterminer(t_[b - 1].lower)) --b;
    size_t e2;
    found = AgreementObject(b, head, r, &e2);
  }
  if (!found) return false;
  int a = AgentAt(by + 1);
  if (a < 0) return false;
  s->entities = Coordinated(a, ClauseEnd(t_, i, lex_), end);
  s->passive = true;
  s->end = ClauseStart(t_, i, lex_);
  s->how = "'" + t_[by].lower + "' phrase of a reduced relative";
  return true;
}

// "signed a declaration at a summit on Monday, along with the leaders of
// Egypt, Qatar and Turkey": co-signers later in the sentence.
std::vector<int> Extractor::AlongWith(size_t from) const {
  for (size_t k = from; k + 2 < t_.size() && k < from + 20; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == ";" || w == "." || w == "while" || w == "but" || w == "who" || w == "which") break;
    // "put his name to the document alongside protest leader Ahmed al-Rabie"
    bool alongside = w == "alongside";
    if (!alongside && (t_[k + 1].lower != "with" || (w != "along" && w != "together"))) continue;
    size_t at = alongside ? k + 1 : k + 2;
    // "alongside that of Treasury Secretary Scott Bessent": the other signature's owner
    if (at + 2 < t_.size() && (t_[at].lower == "that" || t_[at].lower == "those") && t_[at + 1].lower == "of")
      at += 2;
    int a = AgentAt(at);
    if (a < 0) return {};
    size_t end;
    return Coordinated(a, t_.size(), &end);
  }
  return {};
}

// "put pen to paper", "added his signature as a witness", "adding their
// signatures." : a signing noun with no agreement after it.
bool Extractor::ElidedSignature(size_t i) const {
  const TokenWord& w = t_[i].lower;
  if (w == "pen") return i + 2 < t_.size() && t_[i + 1].lower == "to" && t_[i + 2].lower == "paper";
  if (w != "signature" && w != "signatures") return false;
  if (i == 0 || (t_[i - 1].lower != "his" && t_[i - 1].lower != "her" && t_[i - 1].lower != "their" &&
                 t_[i - 1].lower != "its"))
    return false;
  return i + 1 >= t_.size() || !t_[i + 1].word || t_[i + 1].lower == "as" ||
         t_[i + 1].lower == "on" || t_[i + 1].lower == "in" || t_[i + 1].lower == "at";
}

// "X joined A and B in Buenos Aires on Friday to sign the pact", "the two
// governments held a ceremony in Manila on Thursday to sign", "met in Doha
// to sign": the token of a past "joined", "met", "gathered" or "held a
// ceremony" that governs the infinitive, with no modal, negation or other
// verb in the clause before the trigger; 0 if none. Told in the past, the
// purpose came true.
size_t Extractor::JoinedToSign(size_t i) const {
  if (i < 3 || t_[i - 1].lower != "to") return 0;
  size_t cs = ClauseStart(t_, i, lex_);
  for (size_t k = i - 1; k-- > cs && k + 20 > i;) {
    const TokenWord& w = t_[k].lower;
    bool ceremony = w == "held" && k + 2 < i && IsDeterminer(t_[k + 1].lower) &&
                    (t_[k + 2].lower == "ceremony" ||
                     (k + 3 < i && t_[k + 3].lower == "ceremony"));
    if (w != "joined" && w != "met" && w != "gathered" && w != "convened" && !ceremony) continue;
    for (size_t j = cs; j < k; ++j)
      if (lex_.InSet("hypothetical", t_[j].lower) || lex_.InSet("negated", t_[j].lower)) return 0;
    for (size_t j = k + 1; j + 1 < i; ++j)
      if (t_[j].lower == "to" || lex_.IsTriggerWord(t_[j].lower)) return 0;
    return k;
  }
  return 0;
}

// "with US President Donald Trump adding his signature": the person right
// before the verb whose object the signature is.
Extractor::Subjects Extractor::SignatureAdder(size_t noun) const {
  Subjects s;
  if (noun < 3) return s;
  const TokenWord& verb = t_[noun - 2].lower;
  if (verb.rfind("add", 0) != 0 && verb.rfind("put", 0) != 0) return s;
  int m = MentionAt(noun - 3);
  if (m < 0 || ms_[m].entity < 0 || ms_[m].kind != MentionKind::kActor) return s;
  // "with Piyush Goyal and ministers from A, B and C adding their signatures"
  s.entities = AntecedentList(m, noun - 2);
  s.end = ms_[m].last;  // "will put their names to": the modal stays in the window
  s.how = "the actor adding a signature";
  return s;
}

// The agreement a signing with no object of its own refers to: one named
// earlier in the sentence, else the article's last, else an unnamed one
// described earlier in the sentence ("accepted an EU-backed agreement, but
// Vucic refused to sign it").
bool Extractor::ContextAgreement(size_t i, Relation* r, bool unnamed) const {
  r->target = doc_.last_agreement;
  for (const Mention& m : ms_)
    if (m.kind == MentionKind::kAgreement && m.last <= i && m.entity >= 0) r->target = m.entity;
  return r->target >= 0 || (unnamed && EarlierUnnamedAgreement(i, r));
}

bool Extractor::EarlierUnnamedAgreement(size_t i, Relation* r) const {
  for (size_t k = i; k-- > 0;) {
    if (!lex_.InSet("agreement_heads", t_[k].lower) || MentionAt(k) >= 0 || t_[k].capitalized) continue;
    size_t b = k;
    while (b > 0 && k - b < 8 && !IsDeterminer(t_[b - 1].lower) && t_[b - 1].text != "," &&
           !lex_.InSet("prepositions", t_[b - 1].lower) && MentionAt(b - 1) < 0)
      --b;
    if (b > 0 && IsDeterminer(t_[b - 1].lower)) --b;
    size_t e;
    Relation found;
    if (!AgreementObject(b, k + 1, &found, &e) || e != k + 1) continue;
    TakeTarget(found, r);
    return true;
  }
  return false;
}

// The "by" or "between" that names the signers after a participle, past a
// place and a time: "signed in Minsk on Thursday by envoys of ...", "a deal
// signed between Ankara and Tripoli". Returns its token, or 0.
size_t Extractor::AgentPhraseAfter(size_t i) const {
  for (size_t k = i + 1; k + 1 < t_.size() && k < i + 9; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "by" || w == "between") return k;
    if (!t_[k].word || w == "and" || w == "or" || w == "but" || w == "that" || w == "which" ||
        w == "who" || lex_.InSet("copulas", w))
      return 0;
  }
  return 0;
}

// "The Convention on ..., a text whose drafting outlasted two decades of
// wrangling, was signed in the Kazakh port of Aktau on Sunday by the
// presidents of A, B and C", "was signed at a hall in Aktau, Kazakhstan, by
// the leaders of ...": a passive whose "by" comes after a long place and
// time, and whose subject is the agreement named earlier in the sentence.
bool Extractor::FarPassive(size_t i, Relation* r, Subjects* s) const {
  if (i == 0 || !IsBe(t_[i - 1].lower)) return false;
  size_t by = 0;
  for (size_t k = i + 1; k + 1 < t_.size() && k < i + 14 && by == 0; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "by" || w == "between") by = k;  // "was signed between A, B and C"
    else if ((!t_[k].word && w != ",") || w == "and" || w == "or" || w == "but" || w == "that" || w == "which" ||
             w == "who" || lex_.InSet("copulas", w))
      return false;
  }
  if (by == 0) return false;
  int named = -1;
  for (const Mention& m : ms_)
    if (m.kind == MentionKind::kAgreement && m.last < i && m.entity >= 0) named = m.entity;
  // "by former president Leonid Kuchma": past a lower-case title
  int a = AgentAt(by + 1);
  for (size_t k = by + 1; a < 0 && k < by + 4 && t_[k].word && !t_[k].capitalized; ++k) a = AgentAt(k + 1);
  Relation subject;  // the unnamed agreement, kept until there are signers
  subject.target = named;
  // "the deal still has to be ratified by the parliament": a ratification
  // says nothing of who signed an unnamed text
  if (a < 0 || (named < 0 && (t_[i].lower.rfind("ratif", 0) == 0 || !SubjectAgreement(i, &subject))))
    return false;
  size_t e, cend = ClauseEnd(t_, by, lex_);
  s->entities = Coordinated(a, cend, &e);
  AddLaterAgents(e, &s->entities);
  s->passive = true;
  s->end = ClauseStart(t_, i, lex_);
  s->how = "'by' phrase after a long place and time";
  if (s->entities.empty()) return false;
  TakeTarget(subject, r);
  return true;
}

// "signed BECA on Tuesday, the last of four foundational pacts", "signed
// CETA, a trade agreement with Canada": an all-capital name on no list as
// the object, which a phrase after the comma says is an agreement.
bool Extractor::AcronymObject(size_t i, Relation* r, size_t* end) const {
  size_t k = i + 1;
  if (k >= t_.size() || MentionAt(k) >= 0 || t_[k].text.size() < 3) return false;
  for (char c : t_[k].text)
    if (!std::isupper(static_cast<unsigned char>(c))) return false;
  size_t comma = k + 1;
  while (comma < t_.size() && comma < k + 6 && t_[comma].text != "," && t_[comma].word) ++comma;
  if (comma >= t_.size() || t_[comma].text != ",") return false;
  for (size_t j = comma + 1; j < t_.size() && j < comma + 9 && t_[j].word; ++j) {
    if (!lex_.InSet("agreement_heads", t_[j].lower)) continue;
    r->new_target_name = r->new_target_alias = std::string(t_[k].text);
    r->new_target_type = NodeType::kAgreement;
    *end = k + 1;
    return true;
  }
  return false;
}

// "was signed by A for Kyiv, by B and by C": each further "by" after a comma
// or "and" adds signers to `agents`.
void Extractor::AddLaterAgents(size_t from, std::vector<int>* agents) const {
  for (size_t k = std::max<size_t>(from, 1); k + 1 < t_.size() && k < from + 14; ++k) {
    const TokenWord& w = t_[k].lower;
    if (w == "." || w == ";" || w == "while" || w == "but" || w == "who" || w == "which") break;
    if (w != "by" || (t_[k - 1].lower != "," && t_[k - 1].lower != "and")) continue;
    int more = AgentAt(k + 1);
    if (more < 0) continue;
    size_t e;
    for (int x : Coordinated(more, ClauseEnd(t_, k + 1, lex_), &e))
      if (std::find(agents->begin(), agents->end(), x) == agents->end()) agents->push_back(x);
    k = std::max(k, e);
  }
}

// "A 12-point protocol calling for a ceasefire ... was signed ... by": the
// first unnamed agreement of the sentence before the verb, the head of the
// passive's subject, rather than the nearest one inside its modifiers.
bool Extractor::SubjectAgreement(size_t i, Relation* r) const {
  for (size_t k = 0; k < i; ++k) {
    if (!lex_.InSet("agreement_heads", t_[k].lower) || t_[k].capitalized || MentionAt(k) >= 0) continue;
    size_t b = k;
    while (b > 0 && k - b < 6 && !IsDeterminer(t_[b - 1].lower) && !lex_.InSet("prepositions", t_[b - 1].lower))
      --b;
    if (b > 0 && IsDeterminer(t_[b - 1].lower)) --b;
    size_t e;
    Relation found;
    if (!AgreementObject(b, k + 1, &found, &e)) return false;
    TakeTarget(found, r);
    return true;
  }
  return false;
}

// Private people sign contracts with clubs and firms; a contract counts only
// for signers acting for a state or organisation.
// So does an agreement "with the company": a business deal.
void Extractor::DropPrivateContractSigners(Relation* r) const {
  const std::string& what = r->new_target_alias;
  bool contract = EndsWith(what, "contract") || EndsWith(what, "contracts");
  size_t k = r->last;
  if (k < t_.size() && t_[k].lower == "with") ++k;
  while (k < t_.size() && k <= r->last + 2 && IsDeterminer(t_[k].lower)) ++k;
  bool with_firm = k > r->last + 1 && k < t_.size() && t_[r->last].lower == "with" &&
                   (t_[k].lower == "company" || t_[k].lower == "firm" || t_[k].lower == "club" ||
                    t_[k].lower == "studio" || t_[k].lower == "label" || t_[k].lower == "publisher");
  if (r->target >= 0 || !(contract || with_firm)) return;
  std::vector<int> kept;
  for (int e : r->sources) {
    bool private_person = false;
    for (const Mention& m : ms_)
      if (m.entity == e && m.type == NodeType::kPerson && CountryOf(e) == -1 && m.role.empty())
        private_person = true;
    if (!private_person) kept.push_back(e);
  }
  r->sources = std::move(kept);
}

}  // namespace kg::ingest
