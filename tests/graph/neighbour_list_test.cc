#include "graph/neighbour_list.h"

#include <catch2/catch.hpp>

#include "graph/store.h"

namespace kg::graph {
namespace {

std::vector<AdjacencyEntry> Decode(const std::string& list, const NeighbourFilter& f = {}) {
  std::vector<AdjacencyEntry> out;
  REQUIRE(DecodeNeighbours(list, Direction::kOut, 1, f, &out).ok());
  return out;
}

TEST_CASE("neighbour lists sort by relation, modality, node and drop duplicates",
          "[neighbour_list]") {
  std::string appended;
  AppendNeighbour(&appended, 2, Modality::kAsserted, 9);
  AppendNeighbour(&appended, 0, Modality::kNegated, 300);
  AppendNeighbour(&appended, 0, Modality::kAsserted, 1u << 20);
  AppendNeighbour(&appended, 2, Modality::kAsserted, 9);  // duplicate
  AppendNeighbour(&appended, 0, Modality::kAsserted, 5);
  std::string sorted;
  REQUIRE(SortNeighbourList(appended, &sorted).ok());
  auto got = Decode(sorted);
  REQUIRE(got.size() == 4);
  CHECK(got[0].ToEdgeKey() == EdgeKey{1, 0, Modality::kAsserted, 5});
  CHECK(got[1].ToEdgeKey() == EdgeKey{1, 0, Modality::kAsserted, 1u << 20});
  CHECK(got[2].ToEdgeKey() == EdgeKey{1, 0, Modality::kNegated, 300});
  CHECK(got[3].ToEdgeKey() == EdgeKey{1, 2, Modality::kAsserted, 9});
}

TEST_CASE("neighbour lists filter by relation and modality", "[neighbour_list]") {
  std::string list;
  AppendNeighbour(&list, 0, Modality::kAsserted, 2);
  AppendNeighbour(&list, 1, Modality::kHypothetical, 3);
  AppendNeighbour(&list, 1, Modality::kAsserted, 4);
  NeighbourFilter rel1;
  rel1.relations = {1};
  CHECK(Decode(list, rel1).size() == 2);
  NeighbourFilter asserted;
  asserted.modality_mask = NeighbourFilter::Bit(Modality::kAsserted);
  CHECK(Decode(list, asserted).size() == 2);
  rel1.modality_mask = asserted.modality_mask;
  auto both = Decode(list, rel1);
  REQUIRE(both.size() == 1);
  CHECK(both[0].other == 4);
  std::vector<AdjacencyEntry> in;
  REQUIRE(DecodeNeighbours(list, Direction::kIn, 7, {}, &in).ok());
  CHECK(in[0].ToEdgeKey() == EdgeKey{2, 0, Modality::kAsserted, 7});
}

TEST_CASE("malformed neighbour lists are corruption", "[neighbour_list]") {
  auto bad = GENERATE(as<std::string>{}, "\x80", "\x05", "\x05\x03", "\x05\xff\xff\xff\xff\x7f");
  CAPTURE(bad);
  std::vector<AdjacencyEntry> out;
  CHECK(DecodeNeighbours(bad, Direction::kOut, 1, {}, &out).IsCorruption());
  std::string sorted;
  CHECK(SortNeighbourList(bad, &sorted).IsCorruption());
}

}  // namespace
}  // namespace kg::graph
