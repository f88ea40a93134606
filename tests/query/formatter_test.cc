#include "query/formatter.h"

#include <catch2/catch.hpp>

#include <sstream>

namespace kg::query {
namespace {

// Two rows: a node with its record, a relationship and a string with a
// comma, then nulls.
ResultSet Sample() {
  ResultSet r;
  r.columns = {"n", "r", "s"};
  auto node = std::make_shared<graph::Node>();
  node->id = 3;
  node->name = "Vladimir Putin";
  node->type = graph::NodeType::kPerson;
  node->aliases = {"Putin"};
  auto rel = std::make_shared<RelRecord>();
  rel->relation = "suspended";
  rel->summary.first_date = "2023-02-21";
  rel->summary.last_date = "2023-02-21";
  rel->summary.mention_count = 1;
  rel->summary.doc_count = 1;
  rel->src_name = "Vladimir Putin";
  rel->dst_name = "New START";
  graph::EdgeKey key{3, 1, graph::Modality::kAsserted, 9};
  r.rows.push_back({Value::Node(NodeRef{3, node}), Value::Rel(RelRef{key, rel}), Value::String("a, \"b\"")});
  r.rows.push_back({Value(), Value(), Value()});
  return r;
}

std::string Write(const ResultSet& r, OutputFormat f) {
  std::ostringstream out;
  WriteResult(r, f, out);
  return out.str();
}

TEST_CASE("WriteResult prints each format", "[formatter]") {
  auto [format, expected] = GENERATE(table<OutputFormat, std::string>({
      {OutputFormat::kCsv, "n,r,s\n"
                           "\"(:Person {id: 3, name: \"\"Vladimir Putin\"\"})\",\"[:suspended {modality: "
                           "\"\"asserted\"\", date: \"\"2023-02-21\"\", mentions: 1}]\",\"a, \"\"b\"\"\"\n"
                           ",,\n"},
      {OutputFormat::kJsonLines,
       "{\"n\": {\"id\": 3, \"type\": \"Person\", \"name\": \"Vladimir Putin\", \"aliases\": [\"Putin\"]}, "
       "\"r\": {\"src\": 3, \"dst\": 9, \"modality\": \"asserted\", \"type\": \"suspended\", \"first_date\": "
       "\"2023-02-21\", \"last_date\": \"2023-02-21\", \"mentions\": 1, \"docs\": 1}, \"s\": \"a, \\\"b\\\"\"}\n"
       "{\"n\": null, \"r\": null, \"s\": null}\n"},
      {OutputFormat::kJson,
       "[{\"n\": {\"id\": 3, \"type\": \"Person\", \"name\": \"Vladimir Putin\", \"aliases\": [\"Putin\"]}, "
       "\"r\": {\"src\": 3, \"dst\": 9, \"modality\": \"asserted\", \"type\": \"suspended\", \"first_date\": "
       "\"2023-02-21\", \"last_date\": \"2023-02-21\", \"mentions\": 1, \"docs\": 1}, \"s\": \"a, \\\"b\\\"\"},\n"
       " {\"n\": null, \"r\": null, \"s\": null}]\n"},
  }));
  CHECK(Write(Sample(), format) == expected);
}

TEST_CASE("CollectGraph finds each node and relationship once, endpoints included", "[formatter]") {
  ResultSet r = Sample();
  r.rows.push_back(r.rows.front());  // the same values again
  ResultGraph g = CollectGraph(r);
  CHECK(g.nodes == std::vector<graph::NodeId>{3, 9});
  REQUIRE(g.edges.size() == 1);
  CHECK(g.edges[0].src == 3);
  CHECK(g.edges[0].dst == 9);
  CHECK(CollectGraph(ResultSet{}).nodes.empty());
}

TEST_CASE("the table aligns columns and says when rows were cut", "[formatter]") {
  ResultSet r;
  r.columns = {"name", "n"};
  r.rows = {{Value::String("Obama"), Value::Int(2)}, {Value::String("Xi"), Value::Int(10)}};
  r.truncated = true;
  r.row_cap = 2;
  std::string s = Write(r, OutputFormat::kTable);
  CHECK(s.rfind("name    | n\n--------+---\n\"Obama\" | 2\n\"Xi\"    | 10\n2 rows (", 0) == 0);
  CHECK(s.find("cut at 2 rows; raise --max-rows or add LIMIT\n") != std::string::npos);
  CHECK(ParseOutputFormat("jsonl") == OutputFormat::kJsonLines);
  CHECK(!ParseOutputFormat("xml").has_value());
}

}  // namespace
}  // namespace kg::query
