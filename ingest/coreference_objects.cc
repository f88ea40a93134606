// "it" as an object: "Ukraine's Western allies have sent it air defence
// systems", "Washington later sold it new F-16s". After a verb, "it" is not
// the subject of its clause, so it is not the subject in view either: it is
// a state of the sentence that the clause's subject is not. Part of
// Coreference.
#include <string_view>
#include <vector>

#include "ingest/clause.h"
#include "ingest/coreference.h"

namespace kg::ingest {

using graph::NodeType;

namespace {

bool Possessor(const std::vector<Token>& t, const Mention& m) {
  return m.last < t.size() && (t[m.last].lower == "'s" || t[m.last].lower == "'");
}

bool IsState(const Mention& m) {
  return m.entity >= 0 && m.type != NodeType::kPerson && m.type != NodeType::kAgreement &&
         (m.kind == MentionKind::kActor || m.kind == MentionKind::kPlace);
}

}  // namespace

int Coreference::ResolveObjectIt(const std::vector<Token>& t, const std::vector<Mention>& ms,
                                 size_t idx) const {
  size_t at = ms[idx].first;
  if (at == 0 || t[at].lower != "it") return -1;
  const Token& verb = t[at - 1];
  // "said it", "that it", "and it", "later it": "it" opens a clause there
  std::string_view v = verb.lower;
  if (!verb.word || verb.capitalized || lex_.InSet("clause_breaks", v) ||
      lex_.InSet("sentence_starters", v) || lex_.InSet("prepositions", v) ||
      lex_.InSet("subordinators", v) || v == "or" || v == "nor" ||
      (v.size() > 2 && v.substr(v.size() - 2) == "ly"))
    return -1;
  // what follows must not make "it" a subject after all ("reported it was")
  if (at + 1 < t.size() && lex_.InSet("copulas", t[at + 1].lower)) return -1;
  // the subject: the nearest name before the verb that owns nothing
  size_t cs = ClauseStart(t, at, lex_);
  int subject = -1;
  for (size_t k = idx; k > 0 && subject < 0; --k)
    if (ms[k - 1].entity >= 0 && !Possessor(t, ms[k - 1])) subject = ms[k - 1].entity;
  int nearest = -1;
  for (size_t k = idx; k > 0; --k) {
    const Mention& m = ms[k - 1];
    if (!IsState(m) || m.entity == subject) continue;
    if (m.first >= cs && Possessor(t, m)) return m.entity;  // "Ukraine's allies sent it"
    if (nearest < 0) nearest = m.entity;
  }
  return nearest;
}

}  // namespace kg::ingest
