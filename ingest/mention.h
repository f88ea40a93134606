// Mention: a span of tokens that names or refers to an actor, place or
// agreement; the output of FindMentions, completed by Coreference (which
// sets `entity`), and the input of ExtractRelations.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "graph/model.h"

namespace kg::ingest {

enum class MentionKind : uint8_t {
  kActor,        // names an actor: "Russia", "the Kremlin", "NATO", "Sergey Lavrov"
  kAdjective,    // an actor's adjective: "Russian", "Western"
  kPlace,        // a city; `actor` is its country
  kAgreement,    // a named agreement: "New START", "the Abraham Accords"
  kPronoun,      // he, she, his, her, it, its; I, we, our ... (their speaker inside a quote)
  kDescription,  // a definite description of a person: "the Russian leader"
};

// "I", "we", "our", ...: in news prose, the speaker of a quote.
inline bool IsFirstPerson(std::string_view w) {
  return w == "i" || w == "we" || w == "our" || w == "my" || w == "me" || w == "us";
}

struct Mention {
  uint32_t first = 0;  // token range [first, last)
  uint32_t last = 0;
  MentionKind kind = MentionKind::kActor;
  graph::NodeType type = graph::NodeType::kOther;
  int actor = -1;          // lexicon actor, or -1 for a name on no list
  std::string name;        // the name as found (people and agreements on no list)
  std::string surface;     // the text of the span
  std::string role;        // people and descriptions: leader/minister/spokesperson/member
  std::string title;       // the title as written, lower case: "crown prince", "prince"
  int affiliation = -1;    // index (in the sentence's mentions) of the country/org of the title
  bool possessive = false; // followed by 's
  bool institution = false; // "Russian forces": an adjective heading an institution
  bool open_place = false;  // a place from WordNet's gazetteer (a town, an island), not a list's city
  int entity = -1;         // document entity, set by Coreference
  std::vector<int> group;  // "they", "the two leaders": every entity meant (the first is `entity`)
  // A pronoun or description of a person, set by Coreference: sentences
  // back to where that person was last named (0: this one; -1: never), and
  // how many other people were named in this or the previous sentence.
  int antecedent_back = -1;
  int rivals_in_view = 0;

  std::string ToString() const;
};

}  // namespace kg::ingest
