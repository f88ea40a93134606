// The ingest dictionaries (countries from iso-codes plus our alias files,
// people, organisations, agreements, the rule word lists, word classes read
// from WordNet), compiled into the binary at build time so kg needs no data
// files at run time.
#pragma once

#include <string_view>

namespace kg::ingest {

// Returns the JSON text of the named dictionary ("iso_3166_1", "countries",
// "people", "organizations", "agreements", "lexicon", "wordnet", "wordnet_places",
// "gweather_places"), or an empty view for
// an unknown name. The view is valid for the life of the program, and a NUL
// follows its last byte, so its data() may be read as a C string.
std::string_view EmbeddedData(std::string_view name);

}  // namespace kg::ingest
