// The verb classes the lexicon takes from WordNet (generated into the
// "wordnet" dictionary by ingest/gen/wordnet_classes.cc from the senses
// data/wordnet_classes.json names): verbs of giving and of receiving, which
// open the supplies_arms_to transfer frame in every tense.
#include "ingest/lexicon.h"
#include "ingest/verb_forms.h"

namespace kg::ingest {

// WordNet's verbs of giving ("transfer_verbs") and of receiving
// ("receive_verbs") in every form become arms triggers and sets of their
// own names, so that the transfer frame reads "loaned", "re-sold" or
// "procured" as it reads "sent" and "bought"; the receiving ones also join
// "buy_verbs", whose subject is the buyer.
void Lexicon::AddTransferVerbs(const VerbForms& verbs, const VerbClasses& classes) {
  RelationWords& supplies = relations_["supplies_arms_to"];
  for (const auto& [name, lemmas] : classes) {
    for (const auto& lemma : lemmas) {
      for (const auto& form : verbs.Expand(lemma)) {
        supplies.verbs.insert(form);
        trigger_words_.Insert(std::string_view(form).substr(0, form.find(' ')));
        sets_[name].entries.Insert(form);
        if (name == "receive_verbs") sets_["buy_verbs"].entries.Insert(form);
      }
    }
  }
}

}  // namespace kg::ingest
