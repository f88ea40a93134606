// FindMentions: tokens of one sentence -> Mentions. Fourth stage of the
// pipeline. Matches the gazetteer (longest phrase first; short capital forms
// such as "US" only as written), builds people from titles ("Russian Foreign
// Minister Sergey Lavrov", "Kremlin spokesman Dmitry Peskov", "then-White
// House leader Barack Obama", "its leader Kim Jong Un"), named agreements
// (listed, or capitalised names ending in Treaty/Accord/Agreement/...),
// pronouns and definite descriptions ("the Russian leader"). Capitalised
// words on no list and in no title pattern are not actors. Pure.
#pragma once

#include <vector>

#include "ingest/lexicon.h"
#include "ingest/mention.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// Mentions in token order, not overlapping.
std::vector<Mention> FindMentions(const std::vector<Token>& tokens, const Lexicon& lexicon);

}  // namespace kg::ingest
