// Builds small hand-made graphs for the path and export tests: each edge is
// written as a fact of a document through Store::ApplyDocument, so the tests
// read the same keys ingest writes.
#pragma once

#include <catch2/catch.hpp>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "graph/store.h"
#include "tests/graph/test_util.h"

namespace kg::graph::testing {

struct TestEdge {
  std::string src, relation, dst;
  std::string date = "2020-01-01";
  Modality modality = Modality::kAsserted;
  std::string sentence = {};  // evidence; empty: "<src> <relation> <dst>."
};

struct TestNode {
  std::string name;
  NodeType type = NodeType::kPerson;
  std::vector<std::string> aliases = {};
};

// A store in a temporary directory, filled from node and edge lists. Nodes
// get ids in the order listed (nodes named only by edges come after).
class TestGraph {
 public:
  TestGraph(const std::vector<TestNode>& nodes, const std::vector<TestEdge>& edges) {
    auto opened = Store::Open(dir_.path(), StoreOptions{});
    REQUIRE(opened.ok());
    store_ = std::move(opened).value();
    Add(nodes, edges, "doc-1");
  }

  // Adds another document (its own mentions of possibly the same edges).
  void Add(const std::vector<TestNode>& nodes, const std::vector<TestEdge>& edges,
           const std::string& body) {
    DocumentFacts d = Doc(body, "2020-01-01");
    d.document.title = body;
    std::map<std::string, size_t> index;
    auto entity = [&](const TestNode& n) {
      auto [it, fresh] = index.emplace(n.name, d.entities.size());
      if (fresh) d.entities.push_back(Entity(n.name, n.type, n.aliases));
      return it->second;
    };
    for (const auto& n : nodes) entity(n);
    for (size_t i = 0; i < edges.size(); ++i) {
      const auto& e = edges[i];
      std::string text = e.sentence.empty() ? e.src + " " + e.relation + " " + e.dst + "." : e.sentence;
      d.facts.push_back(Fact(entity({e.src}), e.relation, entity({e.dst}), text, e.date,
                             e.modality, static_cast<uint32_t>(i)));
    }
    auto r = store_->ApplyDocument(d);
    REQUIRE(r.ok());
  }

  const Store& store() const { return *store_; }
  std::string path() const { return dir_.path(); }
  void Close() { store_.reset(); }

  NodeId Id(const std::string& name) const {
    auto ids = store_->LookupName(name);
    REQUIRE(ids.ok());
    REQUIRE(ids->size() == 1);
    return ids->front();
  }
  std::string Name(NodeId id) const {
    auto n = store_->GetNode(id);
    REQUIRE(n.ok());
    return n->name;
  }
  // "a b d" for a path's nodes.
  template <typename PathT>
  std::string Names(const PathT& p) const {
    std::string s;
    for (NodeId n : p.nodes) s += (s.empty() ? "" : " ") + Name(n);
    return s;
  }

 private:
  TempDir dir_;
  std::unique_ptr<Store> store_;
};

}  // namespace kg::graph::testing
