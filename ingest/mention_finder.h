// FindMentions: tokens of one sentence -> Mentions. Fourth stage of the
// pipeline. Matches the gazetteer (longest phrase first; short capital forms
// such as "US" only as written), builds people from titles ("Russian Foreign
// Minister Sergey Lavrov", "Kremlin spokesman Dmitry Peskov", "then-White
// House leader Barack Obama", "its leader Kim Jong Un"), named agreements
// (listed, or capitalised names ending in Treaty/Accord/Agreement/...),
// pronouns, groups ("they", "the two leaders") and definite descriptions
// ("the Russian leader", "the kingdom"). A capitalised name on no list is a
// person only where a reader takes it for one (in apposition to a title,
// opening a clause before a relation verb, "he and Mario Draghi"); other
// capitalised words on no list are not actors. Pure.
#pragma once

#include <vector>

#include "ingest/lexicon.h"
#include "ingest/mention.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// Mentions in token order, not overlapping.
std::vector<Mention> FindMentions(const std::vector<Token>& tokens, const Lexicon& lexicon);

}  // namespace kg::ingest
