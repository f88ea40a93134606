// MergeUnnamedAgreements: an article often signs an agreement in its
// headline and lead without its name ("Japan and the Philippines signed an
// agreement on Monday") and names it a sentence later ("put their names to
// the Reciprocal Access Agreement"). Called by the pipeline once an article
// is read, before its plans are weighed against its facts.
#pragma once

#include <functional>
#include <vector>

#include "graph/model.h"

namespace kg::ingest {

// Moves the signings of each unnamed agreement ("agreement (Japan–
// Philippines)", "troop access pact (Japan–Philippines)") onto the one
// named agreement of the article with an asserted signer of the same state,
// when its description is bare ("an agreement", "a
// pact") or shares a word with the name, and their dates do not differ. The
// description becomes an alias of the named agreement. `country_of` gives a
// person's state entity (or -1); states are their own.
void MergeUnnamedAgreements(std::vector<graph::EntityRecord>* entities,
                            std::vector<graph::FactRecord>* facts,
                            const std::function<int(int)>& country_of);

}  // namespace kg::ingest
