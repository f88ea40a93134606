// Where a modality cue reaches, for ModalityFor (modality.cc): a nominal
// trigger's own predicate ("the visit was postponed", "is unlikely") and
// the noun it is the topic of ("talks on a visit"), an attribution or an
// apposition after the verb ("according to unconfirmed reports"), and a
// relative clause with its own subject that earlier cues do not reach.
// Internal to kg_ingest (modality_scope.cc). Pure; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// The phrase of `nominal_open` of one to three words at token k, or "".
std::string OpenPredicateAt(const std::vector<Token>& t, size_t k, const Lexicon& lex);
// The noun of `nominal_open_heads` whose topic the nominal trigger is, or "".
std::string OpenHeadBefore(const std::vector<Token>& t, size_t trigger, const Lexicon& lex);
// The cue of a nominal trigger's own predicate, or ""; *negated says which way.
std::string NominalPredicate(const std::vector<Token>& t, size_t trigger, const Lexicon& lex,
                             bool* negated);
// The word of a hedged source or an accusation after the verb, or "".
std::string HedgedSourceAfter(const std::vector<Token>& t, size_t trigger, const Lexicon& lex);
// The subject pronoun of a relative clause in (from, trigger), or trigger.
size_t RelativeSubjectBefore(const std::vector<Token>& t, size_t from, size_t trigger,
                             const Lexicon& lex);
// Is the trigger a visit or signing noun?
bool IsNominal(const std::vector<Token>& t, size_t trigger, const Lexicon& lex);
// The position of "during" before a nominal trigger, or SIZE_MAX.
size_t DuringNominal(const std::vector<Token>& t, size_t trigger, const Lexicon& lex);

}  // namespace kg::ingest
