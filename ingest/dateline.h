// Datelines: "KUALA LUMPUR, Malaysia (Reuters) -", "ABUJA —" name the place
// an article was written. A visit told as "arrived here", "met X here" or
// "talks in the capital" is a visit to that place's country. Used by the
// pipeline between FindBody and FindMentions. Pure.
#pragma once

#include <string_view>
#include <vector>

#include "ingest/furniture.h"
#include "ingest/lexicon.h"
#include "ingest/mention.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// The country (a lexicon actor) of the dateline that FindBody cut from the
// first body span, or -1 when there is none or it names no listed place.
int DatelineCountry(std::string_view text, const std::vector<TextSpan>& body,
                    const Lexicon& lexicon);

// The entity of the last place a resolved sentence names after a
// preposition of place ("in Kyiv", "near here"), or -1: where its events
// happen, for an arrival in the next sentence that names none.
int LastPlace(const std::vector<Token>& tokens, const std::vector<Mention>& mentions,
              const Lexicon& lexicon);

// Adds to `mentions` (kept in token order) the place last named in the
// article (`place`, an actor) for "there" right after a verb of travel:
// "Days later he travelled there by train". -1 adds nothing.
void AddTherePlaces(const std::vector<Token>& tokens, int place, const Lexicon& lexicon,
                    std::vector<Mention>* mentions);

// True when the words after an arrival verb at `next` say it reached a
// state, not a place: "arrived in power", "came in office", "arrived at a
// decision". Such an arrival is no bare arrival at a place in view.
bool ArrivalIsFigurative(const std::vector<Token>& tokens, size_t next);

// Adds to `mentions` (kept in token order) a place of `country` for "here",
// for an unnamed "the capital" and, on the verb itself, for an arrival that
// names no place ("arrived on Monday"), in one sentence's tokens.
void AddDatelinePlaces(const std::vector<Token>& tokens, int country, const Lexicon& lexicon,
                       std::vector<Mention>* mentions);

}  // namespace kg::ingest
