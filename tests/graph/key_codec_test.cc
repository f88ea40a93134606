#include "graph/key_codec.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <tuple>

#include "graph/model.h"
#include "graph/record_codec.h"

namespace kg::graph {
namespace {

TEST_CASE("fixed-width big-endian integers round-trip and sort numerically", "[key_codec]") {
  auto v = GENERATE(uint64_t{0}, uint64_t{1}, uint64_t{255}, uint64_t{256}, uint64_t{1} << 40,
                    ~uint64_t{0});
  CAPTURE(v);
  std::string s;
  PutFixed64BE(&s, v);
  REQUIRE(s.size() == 8);
  CHECK(DecodeFixed64BE(s.data()) == v);
  std::string next;
  PutFixed64BE(&next, v + 1);
  if (v != ~uint64_t{0}) CHECK(s < next);
}

TEST_CASE("out-edge keys round-trip", "[key_codec]") {
  auto [src, rel, mod, dst] = GENERATE(table<NodeId, RelationId, Modality, NodeId>({
      {1, 0, Modality::kAsserted, 2},
      {300, 7, Modality::kHypothetical, 1},
      {~NodeId{0} >> 1, 65535, Modality::kNegated, 42},
  }));
  EdgeKey e{src, rel, mod, dst};
  auto out = ParseAdjacencyKey(OutEdgeKey(e));
  REQUIRE(out.has_value());
  CHECK(out->direction == Direction::kOut);
  CHECK(out->node == src);
  CHECK(out->other == dst);
  CHECK(out->ToEdgeKey() == e);
  CHECK(NeighbourListKey(Direction::kIn, dst).size() == 9);
  CHECK(NeighbourListKey(Direction::kOut, src) != NeighbourListKey(Direction::kIn, src));
}

TEST_CASE("out-edge keys sort by source, then relation, modality, target", "[key_codec]") {
  std::vector<EdgeKey> edges = {
      {2, 0, Modality::kAsserted, 1}, {1, 1, Modality::kAsserted, 0},
      {1, 0, Modality::kNegated, 0},  {1, 0, Modality::kAsserted, 9},
      {1, 0, Modality::kAsserted, 3}, {256, 0, Modality::kAsserted, 0},
  };
  std::vector<std::string> keys;
  for (const auto& e : edges) keys.push_back(OutEdgeKey(e));
  std::sort(keys.begin(), keys.end());
  std::sort(edges.begin(), edges.end(), [](const EdgeKey& a, const EdgeKey& b) {
    return std::tie(a.src, a.relation, a.modality, a.dst) <
           std::tie(b.src, b.relation, b.modality, b.dst);
  });
  for (size_t i = 0; i < edges.size(); ++i) {
    CAPTURE(i);
    CHECK(ParseAdjacencyKey(keys[i])->ToEdgeKey() == edges[i]);
  }
}

TEST_CASE("mention, alias and type keys round-trip", "[key_codec]") {
  EdgeKey e{5, 3, Modality::kAsserted, 9};
  auto m = ParseMentionKey(MentionKey(e, 0xabcdef0123456789ull, 17, 4096));
  REQUIRE(m.has_value());
  CHECK(m->edge == e);
  CHECK(m->doc == 0xabcdef0123456789ull);
  CHECK(m->sentence == 17);
  CHECK(m->begin == 4096);
  CHECK(MentionKey(e, 1, 0, 0).starts_with(MentionPrefix(e)));

  std::string alias;
  auto id = ParseAliasKey(AliasKey("vladimir putin", 77), &alias);
  REQUIRE(id.has_value());
  CHECK(*id == 77);
  CHECK(alias == "vladimir putin");
  // "putin" must not be a prefix match of "putinism".
  CHECK_FALSE(AliasKey("putinism", 1).starts_with(AliasPrefix("putin")));

  CHECK(ParseTypeKey(TypeKey(NodeType::kPerson, 12)) == NodeId{12});
  CHECK(TypeKey(NodeType::kPerson, 12).starts_with(TypePrefix(NodeType::kPerson)));
}

TEST_CASE("malformed keys are rejected", "[key_codec]") {
  auto bad = GENERATE(as<std::string>{}, "", "o", "x123456789012345678901",
                      std::string("o") + std::string(19, '\0').replace(10, 1, "\x07"));
  CAPTURE(bad);
  CHECK_FALSE(ParseAdjacencyKey(bad).has_value());
  CHECK_FALSE(ParseMentionKey(bad).has_value());
  CHECK_FALSE(ParseAliasKey(bad, nullptr).has_value());
}

TEST_CASE("names normalise for lookup", "[model]") {
  auto [in, want] = GENERATE(table<std::string, std::string>({
      {"Vladimir Putin", "vladimir putin"},
      {"  Vladimir   PUTIN ", "vladimir putin"},
      {"U.S.", "us"},
      {"U.S.A.", "usa"},
      {"the Kremlin", "kremlin"},
      {"Xi\xE2\x80\x99s", "xi's"},
      {"Z\xC3\x9C RICH", "zu rich"},
      {"Recep Tayyip Erdo\xC4\x9F" "an", "recep tayyip erdogan"},
      {"\xC5\x81ukasz Kami\xC5\x84ski", "lukasz kaminski"},
      {"S\xC3\xB8ren Stra\xC3\x9F" "e", "soren strasse"},
      {"Moh\xC3\xA1mm\xC3\xA9" "d", "mohammed"},
      {"\tThe\n Hague\r", "hague"},
      {"the", "the"},
      {"The ", "the"},
      {"the.x", "thex"},
      {"THE  THE", "the"},
      {"A . B", "a b"},
      {"...", ""},
      {" \v\f ", ""},
      {"Al-Sisi's 2nd [term]", "al-sisi's 2nd [term]"},
      {"S\xC3\xA3o  Tom\xC3\xA9.", "sao tome"},
      {"the Caf\xC3\x89", "cafe"},
  }));
  CAPTURE(in);
  CHECK(NormalizeName(in) == want);
}

TEST_CASE("records round-trip and reject garbage", "[record_codec]") {
  Node n;
  n.name = "Vladimir Putin";
  n.type = NodeType::kPerson;
  n.aliases = {"Putin", "Vladimir Putin"};
  n.attributes = {{"role", "President"}, {"country", "Russia"}};
  n.first_seen = "2024-06-21";
  n.last_seen = "2024-06-22";
  std::string v;
  EncodeNode(n, &v);
  Node back;
  REQUIRE(DecodeNode(v, &back).ok());
  CHECK(back.name == n.name);
  CHECK(back.type == n.type);
  CHECK(back.aliases == n.aliases);
  CHECK(back.attributes == n.attributes);
  CHECK(back.last_seen == n.last_seen);
  CHECK(DecodeNode(v.substr(0, v.size() - 1), &back).IsCorruption());
  CHECK(DecodeNode("", &back).IsCorruption());

  Mention m;
  m.end = 99;
  m.text = "Putin visited North Korea.";
  m.date = "2024-06";
  m.counterpart = "Kim Jong Un";
  m.confidence = 0.75f;
  v.clear();
  EncodeMention(m, &v);
  Mention mb;
  REQUIRE(DecodeMention(v, &mb).ok());
  CHECK(mb.end == 99);
  CHECK(mb.text == m.text);
  CHECK(mb.counterpart == m.counterpart);
  CHECK(mb.confidence == Approx(0.75));
  CHECK(DecodeMention(v + "x", &mb).IsCorruption());
}

}  // namespace
}  // namespace kg::graph
