#include <catch2/catch.hpp>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "graph/export_csv.h"
#include "graph/export_dot.h"
#include "graph/export_escape.h"
#include "graph/export_graphml.h"
#include "graph/export_json.h"
#include "graph/subgraph.h"
#include "tests/graph/path_test_graph.h"

namespace kg::graph {
namespace {

using testing::TempDir;
using testing::TestGraph;

// Putin at the centre: a treaty, a hypothetical and a negated fact, a meeting
// two hops out, and names that need escaping in every format.
TestGraph Sample() {
  return TestGraph(
      {{"Vladimir Putin", NodeType::kPerson, {"Putin"}},
       {"New START", NodeType::kAgreement},
       {"Barack Obama", NodeType::kPerson, {"Obama"}},
       {"Kim Jong Un", NodeType::kPerson},
       {"Russia", NodeType::kCountry},
       {"Volodymyr Zelenskyy \"Зеленський\"", NodeType::kPerson},
       {"Back\\slash\nCorp, Ltd;", NodeType::kOrganization},
       {"Pyongyang", NodeType::kCity}},
      {
          {"Barack Obama", "signed", "New START", "2010-04-08",
           Modality::kAsserted, "Obama and Medvedev signed New START in Prague."},
          {"Vladimir Putin", "suspended", "New START", "2023-02-21", Modality::kAsserted,
           "Putin said Russia would \"suspend\" its part in New START."},
          {"Vladimir Putin", "met", "Kim Jong Un", "2023-09-13"},
          {"Kim Jong Un", "visited", "Pyongyang", "2023-09-20"},
          {"Vladimir Putin", "leads", "Russia", "2023-01-01"},
          {"Vladimir Putin", "met", "Volodymyr Zelenskyy \"Зеленський\"", "2019-12-09",
           Modality::kHypothetical, "Putin might meet Zelenskyy again."},
          {"Vladimir Putin", "met", "Barack Obama", "2015-09-28", Modality::kNegated,
           "Putin did not meet Obama, line one\nline two."},
          {"Back\\slash\nCorp, Ltd;", "funded", "Russia", "2020-05-05", Modality::kAsserted,
           "A \\ backslash, a \"quote\" and a comma, here."},
      });
}

std::string Dot(const GraphView& view) {
  std::ostringstream out;
  REQUIRE(WriteDot(view, DotOptions{}, out).ok());
  return out.str();
}

std::vector<std::string> NodeNames(const GraphView& view) {
  std::vector<std::string> names;
  REQUIRE(view.ForEachNode([&](const Node& n) {
            names.push_back(n.name);
            return true;
          }).ok());
  std::sort(names.begin(), names.end());
  return names;
}

size_t EdgeCount(const GraphView& view) {
  size_t n = 0;
  REQUIRE(view.ForEachEdge([&](const Edge&) { return ++n, true; }).ok());
  return n;
}

// Runs `dot -Tsvg` on the text; returns its stderr (warnings), or nullopt
// when Graphviz is not installed.
std::optional<std::string> DotWarnings(const std::string& dot_text) {
  if (std::system("command -v dot >/dev/null 2>&1") != 0) return std::nullopt;
  TempDir dir;
  std::ofstream(dir.Sub("g.dot")) << dot_text;
  std::string cmd = "dot -Tsvg -o " + dir.Sub("g.svg") + " " + dir.Sub("g.dot") + " 2>" +
                    dir.Sub("err.txt");
  int rc = std::system(cmd.c_str());
  std::ifstream err(dir.Sub("err.txt"));
  std::string warnings((std::istreambuf_iterator<char>(err)), std::istreambuf_iterator<char>());
  if (rc != 0) warnings += "dot exited with " + std::to_string(rc);
  CHECK(std::filesystem::file_size(dir.Sub("g.svg")) > 0);
  return warnings;
}

TEST_CASE("escaping for DOT, XML and CSV", "[export]") {
  auto row = GENERATE(table<std::string, std::string, std::string, std::string>({
      // input, DOT, XML, CSV
      {"plain", "plain", "plain", "plain"},
      {"say \"hi\"", "say \\\"hi\\\"", "say &quot;hi&quot;", "\"say \"\"hi\"\"\""},
      {"a\\b", "a\\\\b", "a\\b", "a\\b"},
      {"two\nlines", "two\\nlines", "two\nlines", "\"two\nlines\""},
      {"cr\r\n", "cr\\n", "cr\r\n", "\"cr\r\n\""},
      {"tab\there", "tab here", "tab\there", "tab\there"},
      {"bell\x07!", "bell!", "bell!", "bell\x07!"},
      {"Зеленський", "Зеленський", "Зеленський", "Зеленський"},
      {"bad\xff", "bad\xEF\xBF\xBD", "bad\xEF\xBF\xBD", "bad\xEF\xBF\xBD"},
      {"cut\xE2\x82", "cut\xEF\xBF\xBD\xEF\xBF\xBD", "cut\xEF\xBF\xBD\xEF\xBF\xBD",
       "cut\xEF\xBF\xBD\xEF\xBF\xBD"},
      {"<a & 'b'>", "<a & 'b'>", "&lt;a &amp; &apos;b&apos;&gt;", "<a & 'b'>"},
      {"x,y", "x,y", "x,y", "\"x,y\""},
  }));
  const auto& [input, dot, xml, csv] = row;
  CAPTURE(input);
  CHECK(EscapeDotString(input) == dot);
  CHECK(EscapeXml(input) == xml);
  CHECK(CsvField(input) == csv);
}

TEST_CASE("truncation keeps whole UTF-8 characters", "[export]") {
  auto row = GENERATE(table<std::string, size_t, std::string>({
      {"short", 10, "short"},
      {"abcdefghij", 8, "abcde..."},
      {"ääääää", 8, "ää..."},  // 12 bytes; a cut inside 'ä' backs up
      {"abc", 2, "..."},
  }));
  const auto& [input, max, expected] = row;
  CAPTURE(input, max);
  CHECK(Truncate(input, max) == expected);
}

TEST_CASE("DOT of the whole graph: styles, modalities, legend, stable bytes", "[export]") {
  TestGraph g = Sample();
  auto view = SelectWholeGraph(g.store(), SelectionFilter{}, 0);
  REQUIRE(view.ok());
  std::string dot = Dot(**view);
  CHECK(dot == Dot(**view));  // byte-identical
  CHECK(dot.find("digraph kg {") == 0);
  CHECK(dot.find("label=\"New START\", shape=note") != std::string::npos);
  CHECK(dot.find("label=\"Russia\", shape=box") != std::string::npos);
  CHECK(dot.find("label=\"Back\\\\slash\\nCorp, Ltd;\"") != std::string::npos);
  CHECK(dot.find("Volodymyr Zelenskyy \\\"Зеленський\\\"") != std::string::npos);
  CHECK(dot.find("style=dashed") != std::string::npos);        // the hypothetical meeting
  CHECK(dot.find("NOT met") == std::string::npos);             // negated left out
  CHECK(dot.find("suspended\\n2023-02-21") != std::string::npos);
  CHECK(dot.find("tooltip=\"Putin said Russia would \\\"suspend\\\"") != std::string::npos);
  CHECK(dot.find("cluster_legend") != std::string::npos);
  auto warnings = DotWarnings(dot);
  if (!warnings) WARN("skipped rendering: Graphviz's dot is not installed");
  else CHECK(*warnings == "");
}

TEST_CASE("every selection's DOT renders without warnings", "[export]") {
  TestGraph g = Sample();
  SelectionFilter with_negated;
  with_negated.modality_mask |= NeighbourFilter::Bit(Modality::kNegated);
  std::vector<std::unique_ptr<GraphView>> views;
  auto whole = SelectWholeGraph(g.store(), with_negated, 0);
  REQUIRE(whole.ok());
  views.push_back(std::move(whole).value());
  auto ego = SelectEgoNetwork(g.store(), g.Id("Putin"), 1, SelectionFilter{}, 0);
  REQUIRE(ego.ok());
  views.push_back(std::move(ego).value());
  auto path = SelectPaths(g.store(),
                          {Path{{g.Id("Obama"), g.Id("New START"), g.Id("Putin")},
                                {{{g.Id("Obama"), *g.store().FindRelation("signed"),
                                   Modality::kAsserted, g.Id("New START")}, true},
                                 {{g.Id("Putin"), *g.store().FindRelation("suspended"),
                                   Modality::kAsserted, g.Id("New START")}, false}}}},
                          SelectionFilter{});
  REQUIRE(path.ok());
  views.push_back(std::move(path).value());
  for (size_t i = 0; i < views.size(); ++i) {
    CAPTURE(i);
    std::string dot = Dot(*views[i]);
    if (i == 0) CHECK(dot.find("NOT met") != std::string::npos);
    if (i == 0) CHECK(dot.find("arrowhead=tee") != std::string::npos);
    if (i == 2) CHECK(dot.find("penwidth=3") != std::string::npos);
    auto warnings = DotWarnings(dot);
    if (!warnings) {
      WARN("skipped rendering: Graphviz's dot is not installed");
      continue;
    }
    CHECK(*warnings == "");
  }
}

TEST_CASE("ego networks by depth, type and cap", "[export]") {
  TestGraph g = Sample();
  struct Row {
    std::string center;
    size_t depth;
    std::vector<NodeType> types;
    size_t cap;
    std::vector<std::string> nodes;
    bool capped;
  };
  auto row = GENERATE(values<Row>({
      {"Kim Jong Un", 0, {}, 0, {"Kim Jong Un"}, false},
      {"Kim Jong Un", 1, {}, 0, {"Kim Jong Un", "Pyongyang", "Vladimir Putin"}, false},
      {"Kim Jong Un", 2, {}, 0,
       {"Kim Jong Un", "New START", "Pyongyang", "Russia", "Vladimir Putin",
        "Volodymyr Zelenskyy \"Зеленський\""},
       false},
      {"Kim Jong Un", 2, {NodeType::kPerson}, 0,
       {"Kim Jong Un", "Vladimir Putin", "Volodymyr Zelenskyy \"Зеленський\""}, false},
      {"Kim Jong Un", 1, {}, 2, {"Kim Jong Un", "Pyongyang"}, true},
  }));
  CAPTURE(row.center, row.depth, row.cap);
  SelectionFilter f;
  f.node_types = row.types;
  auto view = SelectEgoNetwork(g.store(), g.Id(row.center), row.depth, f, row.cap);
  REQUIRE(view.ok());
  CHECK(NodeNames(**view) == row.nodes);
  CHECK(((*view)->nodes_before_cap() > (*view)->node_count()) == row.capped);
}

TEST_CASE("whole-graph filters keep the nodes of the kept edges", "[export]") {
  TestGraph g = Sample();
  g.Add({}, {{"Vladimir Putin", "met", "Kim Jong Un", "2024-06-19"}}, "second article");
  struct Row {
    std::string relations;
    DateRange dates;
    uint32_t min_mentions;
    size_t cap;
    std::vector<std::string> nodes;
    size_t edges;
  };
  auto row = GENERATE(values<Row>({
      {"", {}, 1, 0, {}, 7},  // all 8 nodes; 7 edges (the negated one left out)
      {"signed", {}, 1, 0, {"Barack Obama", "New START"}, 1},
      {"", {}, 2, 0, {"Kim Jong Un", "Vladimir Putin"}, 1},
      {"", {"2024", ""}, 1, 0, {"Kim Jong Un", "Vladimir Putin"}, 1},
      {"", {"2010", "2010"}, 1, 0, {"Barack Obama", "New START"}, 1},
      {"", {}, 1, 3, {"Barack Obama", "New START", "Vladimir Putin"}, 2},
  }));
  CAPTURE(row.relations, row.min_mentions, row.cap);
  SelectionFilter f;
  if (!row.relations.empty()) f.relations = {*g.store().FindRelation(row.relations)};
  f.dates = row.dates;
  f.min_mentions = row.min_mentions;
  auto view = SelectWholeGraph(g.store(), f, row.cap);
  REQUIRE(view.ok());
  if (!row.nodes.empty()) CHECK(NodeNames(**view) == row.nodes);
  if (row.nodes.empty()) CHECK((*view)->node_count() == 8);
  CHECK(EdgeCount(**view) == row.edges);
}

TEST_CASE("GraphML and CSV carry every node and edge", "[export]") {
  TestGraph g = Sample();
  auto view = SelectWholeGraph(g.store(), SelectionFilter{}, 0);
  REQUIRE(view.ok());
  std::ostringstream xml;
  REQUIRE(WriteGraphMl(**view, xml).ok());
  std::string s = xml.str();
  auto count = [&](const std::string& needle) {
    size_t n = 0;
    for (size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + 1)) ++n;
    return n;
  };
  CHECK(count("<node id=") == 8);
  CHECK(count("<edge id=") == 7);
  CHECK(s.find("Volodymyr Zelenskyy &quot;Зеленський&quot;") != std::string::npos);

  std::ostringstream nodes, edges;
  REQUIRE(WriteCsv(**view, nodes, edges).ok());
  std::string n = nodes.str(), e = edges.str();
  CHECK(n.rfind("id:ID,name,:LABEL,aliases:string[],first_seen,last_seen\n", 0) == 0);
  CHECK(n.find(",\"Back\\slash\nCorp, Ltd;\",Organization,") != std::string::npos);
  CHECK(n.find(",Barack Obama,Person,") != std::string::npos);
  CHECK(e.find(",signed,asserted,2010-04-08,2010-04-08,1,1,"
               "Obama and Medvedev signed New START in Prague.\n") != std::string::npos);
  CHECK(std::count(e.begin(), e.end(), '\n') == 1 + 7);  // header and rows
}

// Not a test by itself: writes the sample as JSON and GraphML (and the
// expected counts) for export_check.py, which CTest runs after it.
TEST_CASE("write export samples for the Python loaders", "[.write-samples]") {
  const char* dir = std::getenv("KG_EXPORT_SAMPLES");
  REQUIRE(dir != nullptr);
  std::filesystem::create_directories(dir);
  TestGraph g = Sample();
  auto view = SelectWholeGraph(g.store(), SelectionFilter{}, 0);
  REQUIRE(view.ok());
  std::ofstream json(std::string(dir) + "/sample.json"), xml(std::string(dir) + "/sample.graphml");
  REQUIRE(WriteNodeLinkJson(**view, JsonExportOptions{}, json).ok());
  REQUIRE(WriteGraphMl(**view, xml).ok());
  std::ofstream(std::string(dir) + "/expected.txt")
      << (*view)->node_count() << " " << EdgeCount(**view) << "\n";
}

}  // namespace
}  // namespace kg::graph
