#include "graph/paths.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <deque>
#include <functional>
#include <random>
#include <set>

#include "tests/graph/path_test_graph.h"

namespace kg::graph {
namespace {

using testing::TestEdge;
using testing::TestGraph;
using testing::TestNode;

// a - b - d - e and a - c - d (two shortest a..d), b - c, and a second,
// older "met" route a - f - g - e. A hypothetical a -> e and a negated
// e -> a shortcut, and an island h - i.
TestGraph Sample() {
  std::vector<TestNode> nodes;
  for (const char* n : {"a", "b", "c", "d", "e", "f", "g", "h", "i"}) nodes.push_back({n});
  return TestGraph(nodes, {
                              {"a", "signed", "b"},
                              {"b", "signed", "d"},
                              {"a", "signed", "c"},
                              {"c", "signed", "d"},
                              {"b", "signed", "c"},
                              {"d", "signed", "e"},
                              {"a", "met", "f", "2015-03-01"},
                              {"f", "met", "g", "2015-04-01"},
                              {"g", "met", "e", "2015-05-01"},
                              {"a", "visited", "e", "2021-01-01", Modality::kHypothetical},
                              {"e", "visited", "a", "2021-01-01", Modality::kNegated},
                              {"h", "signed", "i"},
                          });
}

std::vector<std::string> AllNames(const TestGraph& g, const std::vector<Path>& paths) {
  std::vector<std::string> out;
  for (const auto& p : paths) out.push_back(g.Names(p));
  return out;
}

// Options tweaks by name, so the tables below stay readable.
PathOptions Opts(const TestGraph& g, const std::string& tweak) {
  PathOptions o;
  const Store& s = g.store();
  if (tweak == "directed") o.directed = true;
  if (tweak == "via met") o.filter.relations = {*s.FindRelation("met")};
  if (tweak == "via signed,visited")
    o.filter.relations = {*s.FindRelation("signed"), *s.FindRelation("visited")};
  if (tweak == "hypothetical") o.filter.modality_mask |= NeighbourFilter::Bit(Modality::kHypothetical);
  if (tweak == "negated") o.filter.modality_mask |= NeighbourFilter::Bit(Modality::kNegated);
  if (tweak == "max 2") o.max_hops = 2;
  if (tweak == "max 1") o.max_hops = 1;
  if (tweak == "since 2019") o.since = "2019";
  if (tweak == "until 2016") o.until = "2016";
  if (tweak == "2015-04 only") o.since = o.until = "2015-04";
  if (tweak == "no d") o.node_ok = [id = g.Id("d")](NodeId n) { return n != id; };
  if (tweak == "no a as node") o.node_ok = [id = g.Id("a")](NodeId n) { return n != id; };
  if (tweak == "no signed edge") {
    RelationId r = *s.FindRelation("signed");
    o.edge_ok = [r](const EdgeKey& k) { return k.relation != r; };
  }
  return o;
}

TEST_CASE("shortest path on a hand-built graph, with each filter", "[paths]") {
  TestGraph g = Sample();
  // {from, to, options tweak, expected nodes ("" = no path), expected length}
  auto row = GENERATE(table<std::string, std::string, std::string, std::string>({
      {"a", "d", "", "a b d"},
      {"a", "e", "", "a b d e"},  // the first meeting in scan order; three routes tie
      {"d", "a", "", "d b a"},
      {"a", "a", "", "a"},
      {"a", "h", "", ""},
      {"a", "d", "directed", "a b d"},
      {"d", "a", "directed", ""},
      {"c", "b", "directed", ""},
      {"a", "e", "via met", "a f g e"},
      {"b", "d", "via met", ""},
      {"a", "e", "hypothetical", "a e"},
      {"a", "e", "negated", "a e"},
      {"a", "e", "via signed,visited", "a b d e"},
      {"a", "e", "max 2", ""},
      {"a", "d", "max 1", ""},
      {"a", "e", "since 2019", "a b d e"},
      {"a", "e", "until 2016", "a f g e"},
      {"f", "g", "2015-04 only", "f g"},
      {"a", "g", "2015-04 only", ""},
      {"a", "e", "no d", "a f g e"},
      {"b", "c", "no a as node", "b c"},
      {"a", "e", "no signed edge", "a f g e"},
  }));
  const auto& [from, to, tweak, expected] = row;
  CAPTURE(from, to, tweak);
  PathOptions opts = Opts(g, tweak);
  auto p = ShortestPath(g.store(), g.Id(from), g.Id(to), opts);
  REQUIRE(p.ok());
  if (expected.empty()) {
    CHECK_FALSE(p->has_value());
    return;
  }
  REQUIRE(p->has_value());
  const Path& path = **p;
  CHECK(g.Names(path) == expected);
  REQUIRE(path.nodes.size() == path.hops.size() + 1);
  for (size_t i = 0; i < path.hops.size(); ++i) {
    const PathHop& h = path.hops[i];
    NodeId a = path.nodes[i], b = path.nodes[i + 1];
    CHECK((h.forward ? std::make_pair(h.edge.src, h.edge.dst)
                     : std::make_pair(h.edge.dst, h.edge.src)) == std::make_pair(a, b));
    if (opts.directed) CHECK(h.forward);
    CHECK(opts.filter.Keeps(h.edge.modality));
  }
}

TEST_CASE("a hop against the edge direction is marked backward", "[paths]") {
  TestGraph g = Sample();
  auto p = ShortestPath(g.store(), g.Id("d"), g.Id("a"), PathOptions{});
  REQUIRE(p.ok());
  REQUIRE(p->has_value());
  CHECK((*p)->ToString() == std::to_string(g.Id("d")) + " <-[0:asserted]- " +
                                std::to_string(g.Id("b")) + " <-[0:asserted]- " +
                                std::to_string(g.Id("a")));
}

TEST_CASE("all shortest paths, in node order", "[paths]") {
  TestGraph g = Sample();
  auto row = GENERATE(table<std::string, std::string, std::string, size_t, std::vector<std::string>>({
      {"a", "d", "", 10, {"a b d", "a c d"}},
      {"a", "e", "", 10, {"a b d e", "a c d e", "a f g e"}},
      {"a", "e", "", 2, {"a b d e", "a c d e"}},
      {"e", "a", "", 10, {"e d b a", "e d c a", "e g f a"}},
      {"a", "e", "no d", 10, {"a f g e"}},
      {"a", "e", "since 2019", 10, {"a b d e", "a c d e"}},
      {"a", "e", "hypothetical", 10, {"a e"}},
      {"b", "c", "", 10, {"b c"}},
      {"a", "a", "", 10, {"a"}},
      {"a", "i", "", 10, {}},
      {"a", "d", "", 0, {}},
  }));
  const auto& [from, to, tweak, limit, expected] = row;
  CAPTURE(from, to, tweak, limit);
  auto paths = AllShortestPaths(g.store(), g.Id(from), g.Id(to), Opts(g, tweak), limit);
  REQUIRE(paths.ok());
  CHECK(AllNames(g, *paths) == expected);
}

TEST_CASE("k shortest simple paths by Yen's algorithm", "[paths]") {
  TestGraph g = Sample();
  auto row = GENERATE(table<std::string, std::string, std::string, size_t, std::vector<std::string>>({
      {"a", "e", "", 10,
       {"a b d e", "a c d e", "a f g e", "a b c d e", "a c b d e"}},
      {"a", "e", "", 4, {"a b d e", "a c d e", "a f g e", "a b c d e"}},
      {"a", "e", "", 1, {"a b d e"}},
      {"a", "d", "directed", 10, {"a b d", "a c d", "a b c d"}},
      {"a", "e", "max 2", 10, {}},
      {"a", "e", "via met", 10, {"a f g e"}},
      {"h", "i", "", 3, {"h i"}},
      {"a", "h", "", 3, {}},
  }));
  const auto& [from, to, tweak, k, expected] = row;
  CAPTURE(from, to, tweak, k);
  auto paths = KShortestPaths(g.store(), g.Id(from), g.Id(to), Opts(g, tweak), k);
  REQUIRE(paths.ok());
  CHECK(AllNames(g, *paths) == expected);
}

TEST_CASE("a search over its expansion budget stops with an error", "[paths]") {
  TestGraph g = Sample();
  PathOptions opts;
  opts.max_expansions = 1;
  auto p = ShortestPath(g.store(), g.Id("a"), g.Id("e"), opts);
  REQUIRE_FALSE(p.ok());
  CHECK(p.status().IsBusy());
  CHECK(p.status().message().find("expansions") != std::string::npos);
  CHECK_FALSE(KShortestPaths(g.store(), g.Id("a"), g.Id("e"), opts, 3).ok());
  CHECK_FALSE(AllShortestPaths(g.store(), g.Id("a"), g.Id("e"), opts, 3).ok());
}

TEST_CASE("an edge counts when any mention is in the date range", "[paths]") {
  TestGraph g({{"x"}, {"y"}}, {{"x", "met", "y", "2010-06-01"}});
  g.Add({}, {{"x", "met", "y", "2022-06-01"}}, "doc-2");
  g.Add({}, {{"x", "met", "y", "2015-06-01"}}, "doc-3");
  auto row = GENERATE(table<std::string, std::string, bool>({
      {"2014", "2016", true},   // only the middle mention, between first and last
      {"2016", "2021", false},  // between mentions
      {"2023", "", false},
      {"", "2009", false},
      {"2022-06", "", true},
      {"", "2010", true},
  }));
  const auto& [since, until, found] = row;
  CAPTURE(since, until);
  PathOptions opts;
  opts.since = since;
  opts.until = until;
  auto p = ShortestPath(g.store(), g.Id("x"), g.Id("y"), opts);
  REQUIRE(p.ok());
  CHECK(p->has_value() == found);
}

// Reference answers on an in-memory copy of a random graph.
struct Reference {
  std::vector<std::vector<size_t>> adj;  // undirected, deduplicated
  size_t Distance(size_t s, size_t t) const {
    std::vector<size_t> dist(adj.size(), SIZE_MAX);
    std::deque<size_t> q = {s};
    dist[s] = 0;
    while (!q.empty()) {
      size_t u = q.front();
      q.pop_front();
      for (size_t v : adj[u])
        if (dist[v] == SIZE_MAX) dist[v] = dist[u] + 1, q.push_back(v);
    }
    return dist[t];
  }
  // Every simple path s..t of at most max_hops hops, by (length, nodes).
  std::vector<std::vector<size_t>> SimplePaths(size_t s, size_t t, size_t max_hops) const {
    std::vector<std::vector<size_t>> out;
    std::vector<size_t> cur = {s};
    std::function<void()> dfs = [&] {
      if (cur.back() == t) return out.push_back(cur);
      if (cur.size() > max_hops) return;
      for (size_t v : adj[cur.back()]) {
        if (std::find(cur.begin(), cur.end(), v) != cur.end()) continue;
        cur.push_back(v);
        dfs();
        cur.pop_back();
      }
    };
    dfs();
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
      return a.size() != b.size() ? a.size() < b.size() : a < b;
    });
    return out;
  }
};

TEST_CASE("paths on a random graph agree with a plain BFS and DFS", "[paths]") {
  const size_t n = 40;
  std::mt19937 rng(7);
  std::vector<TestNode> nodes;
  for (size_t i = 0; i < n; ++i) nodes.push_back({"n" + std::to_string(i)});
  std::vector<TestEdge> edges;
  Reference ref{std::vector<std::vector<size_t>>(n)};
  for (int i = 0; i < 70; ++i) {
    size_t a = rng() % n, b = rng() % n;
    edges.push_back({nodes[a].name, i % 3 ? "met" : "signed", nodes[b].name});
    if (a == b) continue;
    ref.adj[a].push_back(b);
    ref.adj[b].push_back(a);
  }
  for (auto& l : ref.adj) {
    std::sort(l.begin(), l.end());
    l.erase(std::unique(l.begin(), l.end()), l.end());
  }
  TestGraph g(nodes, edges);
  auto id = [&](size_t i) { return g.Id(nodes[i].name); };
  PathOptions opts;
  opts.max_hops = 5;
  for (int q = 0; q < 30; ++q) {
    size_t s = rng() % n, t = rng() % n;
    CAPTURE(s, t);
    auto all = ref.SimplePaths(s, t, opts.max_hops);
    size_t dist = ref.Distance(s, t);
    auto p = ShortestPath(g.store(), id(s), id(t), opts);
    REQUIRE(p.ok());
    REQUIRE(p->has_value() == (dist <= opts.max_hops));
    if (!p->has_value()) continue;
    CHECK((*p)->length() == dist);
    auto shortest = AllShortestPaths(g.store(), id(s), id(t), opts, 1000);
    REQUIRE(shortest.ok());
    size_t expected_count = std::count_if(all.begin(), all.end(),
                                          [&](const auto& v) { return v.size() == dist + 1; });
    CHECK(shortest->size() == expected_count);
    auto k = KShortestPaths(g.store(), id(s), id(t), opts, 8);
    REQUIRE(k.ok());
    REQUIRE(k->size() == std::min<size_t>(8, all.size()));
    for (size_t i = 0; i < k->size(); ++i) {
      std::vector<NodeId> want;
      for (size_t v : all[i]) want.push_back(id(v));
      CHECK((*k)[i].nodes == want);
    }
  }
}

}  // namespace
}  // namespace kg::graph
