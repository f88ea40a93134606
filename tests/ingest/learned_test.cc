// The learned candidates: the model trains deterministically and survives
// its JSON form; a candidate takes its modality from the cues (never
// asserted when hedged); a pair the rules give is never added again.
#include <catch2/catch.hpp>

#include "ingest/learned_candidates.h"
#include "ingest/learned_model.h"
#include "ingest/learned_training.h"
#include "tests/ingest/relation_facts.h"

namespace kg::ingest {
namespace {

// A model that takes every candidate: what comes out is what the candidate
// finder and the modality code make of the sentence.
LearnedModels TakeAll(std::vector<std::string> relations = {"visited", "supplies_arms_to"}) {
  LearnedModels m;
  for (const std::string& rel : relations) {
    LearnedModel* model = m.For(rel);
    model->bias = 10;
    model->threshold = 0.5;
    model->weights.emplace("unused", 0.0);
  }
  return m;
}

TEST_CASE("Learned: training separates a separable pattern", "[learned]") {
  std::vector<LearnedExample> examples;
  for (int i = 0; i < 40; ++i) {
    examples.push_back({{"t-1=in", "noise=" + std::to_string(i % 4)}, true});
    examples.push_back({{"t-1=about", "noise=" + std::to_string(i % 4)}, false});
  }
  LearnedModel m = TrainLearnedModel(examples, "visited");
  CHECK(m.Probability({"t-1=in", "noise=1"}) > 0.9);
  CHECK(m.Probability({"t-1=about", "noise=1"}) < 0.1);
  // features seen fewer than min_count times are not kept
  examples.push_back({{"t-1=in", "rare"}, true});
  CHECK(TrainLearnedModel(examples, "visited").weights.count("rare") == 0);
  // the same examples give the same model
  CHECK(TrainLearnedModel(examples, "visited").ToJson() == TrainLearnedModel(examples, "visited").ToJson());
}

TEST_CASE("Learned: a model round-trips through JSON", "[learned]") {
  LearnedModel m;
  m.relation = "visited";
  m.threshold = 0.9;
  m.bias = -1.25;
  m.weights = {{"t-1=in", 2.5}, {"b:\"quoted\"", -0.5}, {"b=\\", 0.25}, {"b=,", 1.0}};
  Result<LearnedModel> back = LearnedModel::Parse(m.ToJson());
  REQUIRE(back.ok());
  CHECK(back->relation == "visited");
  CHECK(back->threshold == 0.9);
  CHECK(back->bias == -1.25);
  CHECK(back->weights == m.weights);
  CHECK(back->ToJson() == m.ToJson());
  for (const char* bad : {"", "[]", "{\"relation\": \"visited\"}",
                          "{\"relation\": \"visited\", \"threshold\": 1, \"bias\": 0, \"weights\": {\"x\": \"y\"}}"}) {
    CAPTURE(bad);
    CHECK(!LearnedModel::Parse(bad).ok());
  }
}

TEST_CASE("Learned: the shipped models load with a threshold", "[learned]") {
  const LearnedModels& m = LearnedModels::Default();
  REQUIRE(m.by_relation.size() == std::size(kLearnedRelations));
  for (std::string_view rel : kLearnedRelations) {
    CAPTURE(rel);
    REQUIRE(m.For(rel) != nullptr);
    CHECK(m.For(rel)->relation == rel);
  }
  CHECK(!m.For("visited")->empty());
  CHECK(m.For("visited")->threshold > 0.5);
  CHECK(m.For("located_in") == nullptr);
}

TEST_CASE("Learned: a candidate takes the modality of its clause", "[learned]") {
  LearnedModels all = TakeAll();
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Olaf Scholz rode through Nairobi on Monday.", "Olaf Scholz -visited-> Kenya [asserted] 2024-07-08"},
      {"Olaf Scholz could ride through Nairobi next month.", "Olaf Scholz -visited-> Kenya [hypothetical] 2024-08"},
      {"Olaf Scholz never rode through Nairobi.", "Olaf Scholz -visited-> Kenya [negated]"},
      // a cue outside the candidate's clause: too unsure to say anything
      {"Olaf Scholz rode through Nairobi, aides said, but the rest of the tour may be dropped.", ""},
      // own country and an affiliation are no destinations
      {"Olaf Scholz rode through Berlin.", ""},
      {"Kenyan President William Ruto rode through Nairobi.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10", &all) == expected);
}

TEST_CASE("Learned: arms candidates need two parties around a weapon noun", "[learned]") {
  LearnedModels all = TakeAll();
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the rules give Norway -> Ukraine; the reverse candidate reads
      // asserted in its own window while "could" hedges the sentence, so
      // even a model that takes everything drops it
      {"Norway could hand Kyiv its Mistral missiles.", "Norway -supplies_arms_to-> Ukraine [hypothetical]"},
      // a firm's home, a country inside a longer name, no weapon noun
      {"US defence firm Lockheed handed jets to Poland.", ""},
      {"Helicopters flew over the United States during the Vietnam War.", ""},
      {"Qatar has handed Germany liquefied natural gas.", ""},
  }));
  CAPTURE(text);
  CHECK(Facts(text, "2024-07-10", &all) == expected);
}

TEST_CASE("Learned: a pair the rules give gets no second fact", "[learned]") {
  LearnedModels all = TakeAll();
  Article a;
  a.text = "Olaf Scholz visited Kenya on Monday and met William Ruto in Nairobi.";
  a.date = "2024-07-10";
  PipelineOptions options;
  options.learned = &all;
  Extraction x = ExtractArticle(a, Lexicon::Default(), options);
  size_t visits = 0;
  for (size_t k = 0; k < x.facts.facts.size(); ++k) {
    if (x.facts.facts[k].relation != "visited") continue;
    ++visits;
    CHECK(x.rules[k].find(".learned") == std::string::npos);
  }
  CHECK(visits == 1);
  CHECK(Facts(a.text, a.date, &all) == RuleFacts(a.text, a.date));
}


// The facts a model that takes every candidate adds to the rules' own.
std::string LearnedOnly(const std::string& text, const LearnedModels& models) {
  std::string with = Facts(text, "2024-07-10", &models), rules = RuleFacts(text, "2024-07-10");
  std::string out;
  size_t from = 0;
  while (from <= with.size()) {
    size_t end = std::min(with.find('\n', from), with.size());
    std::string line = with.substr(from, end - from);
    if (!line.empty() && rules.find(line) == std::string::npos) out += (out.empty() ? "" : "\n") + line;
    from = end + 1;
  }
  return out;
}

TEST_CASE("Learned: agreement candidates pair an actor with an agreement or a thing", "[learned]") {
  LearnedModels all = TakeAll({"signed", "suspended"});
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // the class word's clause gives the modality: the "to" before the
      // agreement is no plan
      {"Isaias Afwerki affixed his name to a peace agreement on Sunday.",
       "Isaias Afwerki -signed-> peace agreement [asserted] 2024-07-07"},
      {"Isaias Afwerki could affix his name to a peace agreement next month.",
       "Isaias Afwerki -signed-> peace agreement [hypothetical] 2024-08"},
      // a thing of words, its modifiers kept; who it is shared with
      // ("with Pyongyang") suspends nothing
      {"Seoul iced the military pact with Pyongyang on Tuesday.",
       "South Korea -suspended-> military pact [asserted] 2024-07-09"},
      // a firm's home is no party; no class word, no candidate
      {"Japan's Nippon Steel inked a deal on Monday.", ""},
      {"Isaias Afwerki praised a peace agreement on Sunday.", ""},
      // a name on no list signs; the class word negated by its prefix
      {"The Russian government said Rosneft had signed a long-term oil supply deal with China.", ""},
      {"All but one of the states have signed the customs agreement, with Eritrea the only state unsigned.",
       ""},
  }));
  CAPTURE(text);
  CHECK(LearnedOnly(text, all) == expected);
}

}  // namespace
}  // namespace kg::ingest
