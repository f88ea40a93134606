// Headline grammar for an article's title line, which FindBody keeps when it
// reads as one ("Blinken in Beijing for talks on easing tensions"): a title
// without a verb, "<person> in <place>", says the person is there. Used by
// the pipeline on the first sentence. Pure.
#pragma once

#include <vector>

#include "ingest/mention.h"
#include "ingest/relation.h"
#include "ingest/relation_extractor.h"
#include "ingest/tokenizer.h"

namespace kg::ingest {

// The visits a verbless title tells: "Zelensky in Washington as ...",
// "Starmer in Washington: ...". Only a person whose country is known and is
// not the place's ("Henderson in Dammam" names a footballer of no country),
// and only when no punctuation ends the line. Empty when none.
std::vector<Relation> HeadlineVisits(const std::vector<Token>& tokens,
                                     const std::vector<Mention>& mentions,
                                     const DocumentContext& doc);

}  // namespace kg::ingest
