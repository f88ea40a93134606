#include "graph/csv_import.h"

#include <catch2/catch.hpp>

#include <fstream>

#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {

using testing::TempDir;

void Write(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

const char* kNodes =
    "id,name,type\n"
    "0,Barack Obama,Person\n"
    "1,New START,Agreement\n"
    "2,\"Putin, Vladimir\",Person\n"
    "3,Russia,Country\n";

const char* kEdges =
    "src,dst,type,date,doc\n"
    "0,1,signed,2010-04-08,a\n"
    "2,1,suspended,2023-02,b\n"
    "2,1,suspended,2023-02-21,c\n"
    "2,3,leader_of,,b\n";

struct Imported {
  TempDir dir;
  std::unique_ptr<Store> store;
  Result<ImportResult> result = Status::NotFound("not run");
};

std::unique_ptr<Imported> Import(const std::string& nodes, const std::string& edges) {
  auto t = std::make_unique<Imported>();
  Write(t->dir.Sub("nodes.csv"), nodes);
  Write(t->dir.Sub("edges.csv"), edges);
  auto store = Store::Open(t->dir.Sub("db"), StoreOptions{});
  REQUIRE(store.ok());
  t->store = std::move(store).value();
  ImportOptions options;
  options.nodes_path = t->dir.Sub("nodes.csv");
  options.edges_path = t->dir.Sub("edges.csv");
  t->result = ImportCsv(t->store.get(), options);
  return t;
}

TEST_CASE("a CSV import merges parallel rows into edges with mentions", "[import]") {
  auto t = Import(kNodes, kEdges);
  REQUIRE(t->result.ok());
  CHECK(t->result->nodes == 4);
  CHECK(t->result->edge_rows == 4);
  CHECK(t->result->edges == 3);
  CHECK(t->result->documents == 3);
  const Store& store = *t->store;

  auto putin = store.LookupName("putin, vladimir");
  REQUIRE(putin->size() == 1);
  CHECK(t->result->ids.Find("2") == putin->front());
  CHECK_FALSE(t->result->ids.Find("9").has_value());

  std::vector<AdjacencyEntry> out;
  REQUIRE(store.Neighbours(putin->front(), Direction::kOut, {}, &out).ok());
  REQUIRE(out.size() == 2);
  auto suspended = store.FindRelation("suspended");
  REQUIRE(suspended.has_value());
  EdgeKey key{putin->front(), *suspended, Modality::kAsserted, *store.LookupName("New START")->begin()};
  auto summary = store.GetEdgeSummary(key);
  REQUIRE(summary.ok());
  CHECK(summary->mention_count == 2);
  CHECK(summary->doc_count == 2);
  CHECK(summary->first_date == "2023-02");
  CHECK(summary->last_date == "2023-02-21");

  std::vector<AdjacencyEntry> in;
  REQUIRE(store.Neighbours(key.dst, Direction::kIn, {}, &in).ok());
  CHECK(in.size() == 2);  // Obama signed, Putin suspended

  auto node = store.GetNode(putin->front());
  REQUIRE(node.ok());
  CHECK(node->name == "Putin, Vladimir");
  CHECK(node->first_seen == "2023-02");

  // Ingest after an import sees the relation types and continues node ids.
  DocumentFacts d = testing::Doc("Kim Jong Un.");
  d.entities.push_back(testing::Entity("Kim Jong Un", NodeType::kPerson));
  d.entities.push_back(testing::Entity("Russia", NodeType::kCountry));
  d.facts.push_back(testing::Fact(0, "visited", 1, "Kim visited Russia."));
  auto applied = t->store->ApplyDocument(d);
  REQUIRE(applied.ok());
  CHECK(applied->nodes_created == 1);
  CHECK(t->store->LookupName("Kim Jong Un")->front() == 5);
  CHECK(t->store->FindRelation("visited") != suspended);
}

TEST_CASE("bad CSV rows fail with file and line, and import nothing", "[import]") {
  auto [nodes, edges, where, what] = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"id,name\n0,A\n", kEdges, "nodes.csv:1", "no 'type' column"},
      {"id,name,type\n0,A,Person\n0,B,Person\n", kEdges, "nodes.csv:3", "duplicate node id '0'"},
      {"id,name,type\n0,A,Planet\n", kEdges, "nodes.csv:2", "unknown node type 'Planet'"},
      {"id,name,type\n0,A,Person,extra\n", kEdges, "nodes.csv:2", "expected 3 fields, found 4"},
      {"id,name,type\n0,\"A,Person\n", kEdges, "nodes.csv:2", "unterminated quoted field"},
      {"id,name,type\n0,,Person\n", kEdges, "nodes.csv:2", "empty name"},
      {"", kEdges, "nodes.csv", "the file is empty"},
      {kNodes, "src,dst,type,date,doc\n0,1,signed,2010,a\n0,7,signed,2010,a\n", "edges.csv:3",
       "unknown node id '7'"},
      {kNodes, "src,dst,type,date,doc\n0,1,signed,20100408,a\n", "edges.csv:2", "bad date '20100408'"},
      {kNodes, "src,dst,type,date,doc\n0,1,,2010,a\n", "edges.csv:2", "empty relation type"},
      {kNodes, "src,dst,type,modality\n0,1,signed,maybe\n", "edges.csv:2", "bad modality 'maybe'"},
      {kNodes, "src,type\n0,signed\n", "edges.csv:1", "no 'dst' column"},
      {kNodes, "src,dst,type\n\n\n0,1,signed,x\n", "edges.csv:4", "expected 3 fields, found 4"},
  }));
  CAPTURE(nodes, edges);
  auto t = Import(nodes, edges);
  REQUIRE_FALSE(t->result.ok());
  CHECK(t->result.status().IsInvalidArgument());
  const std::string& msg = t->result.status().message();
  CHECK_THAT(msg, Catch::Contains(where + ":") || Catch::EndsWith(where + ": " + what));
  CHECK_THAT(msg, Catch::Contains(what));
  auto empty = t->store->IsEmpty();
  REQUIRE(empty.ok());
  CHECK(*empty);
  CHECK(t->store->Stats()->documents == 0);
}

TEST_CASE("an import into a database that holds a graph is refused", "[import]") {
  auto t = Import(kNodes, kEdges);
  REQUIRE(t->result.ok());
  ImportOptions options;
  options.nodes_path = t->dir.Sub("nodes.csv");
  options.edges_path = t->dir.Sub("edges.csv");
  auto again = ImportCsv(t->store.get(), options);
  REQUIRE_FALSE(again.ok());
  CHECK(again.status().IsNotSupported());
  CHECK(t->store->Stats()->edges == 3);
}

TEST_CASE("an unreadable CSV file is an IO error naming it", "[import]") {
  TempDir dir;
  auto store = Store::Open(dir.Sub("db"), StoreOptions{});
  REQUIRE(store.ok());
  ImportOptions options;
  options.nodes_path = dir.Sub("missing.csv");
  options.edges_path = dir.Sub("missing-edges.csv");
  auto r = ImportCsv(store->get(), options);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().IsIOError());
  CHECK_THAT(r.status().message(), Catch::Contains("missing.csv"));
}

TEST_CASE("non-numeric node ids map through a hash table", "[import]") {
  ImportIdMap ids;
  CHECK(ids.Insert("0", 1));
  CHECK(ids.Insert("1", 2));
  CHECK(ids.Insert("usa", 3));
  CHECK(ids.Insert("007", 4));
  CHECK_FALSE(ids.Insert("1", 9));
  CHECK(ids.Find("0") == NodeId{1});
  CHECK(ids.Find("1") == NodeId{2});
  CHECK(ids.Find("usa") == NodeId{3});
  CHECK(ids.Find("007") == NodeId{4});
  CHECK_FALSE(ids.Find("7").has_value());
  CHECK(ids.size() == 4);
}

}  // namespace
}  // namespace kg::graph
