// Clause helpers shared by Coreference and ExtractRelations: where the clause
// around a token starts and ends (subordinators, relative pronouns, semicolons
// and colons break clauses), and which mentions stand in subject position.
#pragma once

#include <cstddef>
#include <vector>

#include "ingest/lexicon.h"
#include "ingest/mention.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// "a $40bn (£21bn) deal", "worth 1bn euros ($1.3bn; £690m)": a bracket
// around amounts alone (a number in every word, or a unit after one) is no
// clause of its own. AmountBracketEnd returns the index past the ")" of
// such a bracket opening at `open` and closing before `to`, else `open`;
// InAmountBracket tells whether token `k` lies in one.
size_t AmountBracketEnd(const std::vector<Token>& t, size_t open, size_t to);
bool InAmountBracket(const std::vector<Token>& t, size_t k);

// Index of the first token of the clause that contains token i.
size_t ClauseStart(const std::vector<Token>& t, size_t i, const Lexicon& lex);
// One past the last token of the clause that contains token i.
size_t ClauseEnd(const std::vector<Token>& t, size_t i, const Lexicon& lex);
// True for a dash standing alone between words ("—", "–", "--"), the
// punctuation that sets off an aside as parentheses do.
bool IsDash(const Token& tk);
// The aside that ends at the punctuation `close` (")", a dash or a comma)
// and that a subject may stand before: "Finland (which shares a border with
// Russia) signed", "X and Y — whose countries fought two wars — signed",
// "Sweden, abandoning two centuries of non-alignment, signed", "X, along
// with Y, arrived". Returns the index of the opening punctuation, or
// SIZE_MAX when `close` closes no such aside.
size_t InterruptionOpen(const std::vector<Token>& t, size_t close, const Lexicon& lex);
// True when the token before position `first` (skipping "the") is a preposition.
bool AfterPreposition(const std::vector<Token>& t, size_t first, const Lexicon& lex);
// True for mentions that can be the doer of an action (actors, people,
// descriptions, resolved pronouns), as opposed to adjectives and places.
bool IsAgentMention(const Mention& m);
// True when mention `idx` is the first agent of its clause, not after a
// preposition and not a possessive.
bool IsClauseSubject(const std::vector<Token>& t, const std::vector<Mention>& ms, size_t idx,
                     const Lexicon& lex);

}  // namespace kg::ingest
