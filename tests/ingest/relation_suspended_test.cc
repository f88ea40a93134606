// Table-driven checks of the suspended relation told by the thing's state
// ("aid remains frozen", "the talks are on hold"), and of signings whose
// object is no agreement in particular or a one-party statement.
#include <catch2/catch.hpp>

#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

TEST_CASE("Suspended: a state of the thing names its holder", "[relations][suspended]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the possessor of the thing holds it
      {"Russia's participation in New START is suspended, its president said.",
       "Russia -suspended-> New START [asserted]"},
      // an actor before the thing
      {"US funding for the agency remains frozen.", "United States -suspended-> US funding [asserted]"},
      // the owner of the decision the state follows
      {"The Indus Waters Treaty has been in abeyance since India's decision.",
       "India -suspended-> Indus Waters Treaty [asserted]"},
      // a report after the clause
      {"The trade talks are on hold, the Canadian government said.",
       "Canada -suspended-> trade talks [asserted]"},
      // a modal in the verb group leaves it open; "not" denies it
      {"Chile's aid to the region could be frozen.", "Chile -suspended-> aid [hypothetical]"},
      {"Chile's aid to the region is not suspended.", "Chile -suspended-> aid [negated]"},
      // nothing suspendable, or nobody who holds it
      {"Flights to Chile remain suspended.", ""},
      {"The talks are on hold.", ""},
      // the verb's own phrase stays the verb's: one fact
      {"India put the Indus Waters Treaty in abeyance.", "India -suspended-> Indus Waters Treaty [asserted]"},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "") == expected);
}

TEST_CASE("Suspended: moves mirrored, days before the noun, agreements no longer applied",
          "[relations][suspended]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Chile suspended the Andes Treaty, and Peru mirrored the move.",
       "Chile -suspended-> Andes Treaty [asserted]\nPeru -suspended-> Andes Treaty [asserted]"},
      // a mirror verb with no move, or with no suspension before it
      {"Peru mirrored the move.", ""},
      {"Chile announced on Friday the suspension of its obligations under the Andes Treaty.",
       "Chile -suspended-> Andes Treaty [asserted]"},
      {"Chile stopped applying the Andes Treaty.", "Chile -suspended-> Andes Treaty [asserted]"},
      // a member's own membership, not the agreement named before it
      {"Chile signed the Andes Treaty. ECOWAS announced the suspension of Niger's membership.",
       "Chile -signed-> Andes Treaty [asserted]\nECOWAS -suspended-> Niger's membership [asserted]"},
      // a state taken for the subject of its own suspension suspends nothing
      {"Mercosur's founding members have shut Chile out of the bloc's meetings, formally "
       "suspending Santiago.",
       ""},
      // a passive's agent suspends the membership before the verb
      {"Zimbabwe's membership was suspended by the Commonwealth.",
       "Commonwealth -suspended-> Zimbabwe's membership [asserted]"},
      {"Zimbabwe, whose membership was suspended by the Commonwealth, has applied to rejoin.",
       "Commonwealth -suspended-> Zimbabwe's membership [asserted]"},
      // a suspension noun no verb governs: its "by" agent, or the giver of the thing
      {"The suspension of aid to Peru by Chile was confirmed on Monday.",
       "Chile -suspended-> aid [asserted]"},
      {"The suspension of Chilean aid to Peru was confirmed on Monday.",
       "Chile -suspended-> Chilean aid [asserted]"},
      {"A halt to Chile's lending to Peru could follow.", ""},
      {"The suspension of Chilean copper exports lifted prices.", ""},
      // a signing followed suit
      {"Chile signed the Andes Treaty on Friday; Peru followed suit.",
       "Chile -signed-> Andes Treaty [asserted]\nPeru -signed-> Andes Treaty [asserted]"},
      // the agreement named among the ones described
      {"Chile suspended all its agreements with Peru, including the Andes Treaty.",
       "Chile -suspended-> Andes Treaty [asserted]"},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "") == expected);
}

TEST_CASE("Signed: no agreement in particular, a one-party statement", "[relations][signed]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Chile and Peru met but signed no agreement.", ""},
      {"Chile said it would never sign any deal that cedes land.", ""},
      // one signer: a statement of position
      {"G7 leaders signed a statement pledging support.", ""},
      // two parties, or a joint text: an agreement between them
      {"Chile and Peru signed a communique restoring ties.",
       "Chile -signed-> communique (Chile–Peru) [asserted]\nPeru -signed-> communique (Chile–Peru) [asserted]"},
  }));
  CAPTURE(text);
  CHECK(RuleFacts(text, "") == expected);
}

}  // namespace
}  // namespace kg::ingest
