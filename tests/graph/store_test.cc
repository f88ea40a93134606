#include "graph/store.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "tests/graph/test_util.h"

namespace kg::graph {
namespace {

using testing::Doc;
using testing::Entity;
using testing::Fact;
using testing::TempDir;

std::unique_ptr<Store> OpenWritable(const std::string& path) {
  auto store = Store::Open(path, StoreOptions{});
  REQUIRE(store.ok());
  return std::move(store).value();
}

// "Putin signed New START" in one document, another mention in a second.
DocumentFacts SigningDoc(const std::string& body, const std::string& date,
                         const std::string& person_surface) {
  DocumentFacts d = Doc(body, date);
  d.entities.push_back(Entity("Vladimir Putin", NodeType::kPerson, {person_surface}));
  d.entities.push_back(Entity("New START", NodeType::kAgreement));
  d.facts.push_back(Fact(0, "signed", 1, body, date));
  return d;
}

TEST_CASE("the same triple from two documents merges into one edge", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir.path());
  auto r1 = store->ApplyDocument(SigningDoc("Putin signed New START.", "2010-04", "Putin"));
  REQUIRE(r1.ok());
  CHECK(r1->nodes_created == 2);
  CHECK(r1->edges_created == 1);
  auto r2 =
      store->ApplyDocument(SigningDoc("Vladimir Putin signed it.", "2010", "President Putin"));
  REQUIRE(r2.ok());
  CHECK(r2->nodes_created == 0);
  CHECK(r2->edges_created == 0);

  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->nodes == 2);
  CHECK(stats->edges == 1);
  CHECK(stats->documents == 2);

  auto putin = store->LookupName("putin");
  REQUIRE(putin.ok());
  REQUIRE(putin->size() == 1);
  auto rel = store->FindRelation("signed");
  REQUIRE(rel.has_value());
  std::vector<AdjacencyEntry> out;
  REQUIRE(store->Neighbours(putin->front(), Direction::kOut, {}, &out).ok());
  REQUIRE(out.size() == 1);
  EdgeKey key = out[0].ToEdgeKey();
  auto summary = store->GetEdgeSummary(key);
  REQUIRE(summary.ok());
  CHECK(summary->mention_count == 2);
  CHECK(summary->doc_count == 2);
  CHECK(summary->first_date == "2010");
  CHECK(summary->last_date == "2010-04");
  std::vector<Mention> mentions;
  REQUIRE(store->GetMentions(key, &mentions).ok());
  CHECK(mentions.size() == 2);

  std::vector<AdjacencyEntry> in;
  REQUIRE(store->Neighbours(out[0].other, Direction::kIn, {}, &in).ok());
  REQUIRE(in.size() == 1);
  CHECK(in[0].other == putin->front());
}

TEST_CASE("ingesting the same content again changes nothing", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir.path());
  auto doc = SigningDoc("Putin signed New START.", "2010", "Putin");
  REQUIRE(store->ApplyDocument(doc).ok());
  auto again = store->ApplyDocument(doc);
  REQUIRE(again.ok());
  CHECK(again->already_present);
  // Different line breaks, same content: the same document id.
  CHECK(DocumentIdForText("Putin signed\nNew START.") ==
        DocumentIdForText("Putin signed New START."));
  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->documents == 1);
  CHECK(stats->mentions == 1);
}

TEST_CASE("document ids ignore whitespace runs and ends, nothing else", "[store]") {
  auto [a, b, same] = GENERATE(table<std::string, std::string, bool>({
      {"Putin signed New START.", "  Putin \t signed\r\n\nNew START.\n", true},
      {"a b", "a b", true},
      {"", " \n\t", true},
      {"a b c", "a\tb \n c", true},
      {"a b", " a b", true},
      {"a b", "a b \n", true},
      {"x", "\nx\n", true},
      {"a b", "ab", false},
      {"a b", "a  b.", false},
      {"a b", "A b", false},
  }));
  CAPTURE(a, b);
  CHECK((DocumentIdForText(a) == DocumentIdForText(b)) == same);
}

TEST_CASE("any surface form finds its node", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir.path());
  DocumentFacts d = Doc("The U.S. and Russia.");
  d.entities.push_back(
      Entity("United States", NodeType::kCountry, {"U.S.", "America", "Washington"}));
  d.entities.push_back(Entity("Russia", NodeType::kCountry, {"Moscow", "the Kremlin"}));
  REQUIRE(store->ApplyDocument(d).ok());
  auto [name, want] = GENERATE(table<std::string, std::string>({
      {"U.S.", "United States"},
      {"us", "United States"},
      {"AMERICA", "United States"},
      {"united states", "United States"},
      {"Kremlin", "Russia"},
      {"the kremlin", "Russia"},
  }));
  CAPTURE(name);
  auto ids = store->LookupName(name);
  REQUIRE(ids.ok());
  REQUIRE(ids->size() == 1);
  auto node = store->GetNode(ids->front());
  REQUIRE(node.ok());
  CHECK(node->name == want);
  CHECK(store->LookupName("Ukraine")->empty());
}

TEST_CASE("a new document merges into a node found by a unique alias", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir.path());
  DocumentFacts first = Doc("Vladimir Putin spoke.");
  first.entities.push_back(Entity("Vladimir Putin", NodeType::kPerson, {"Putin"}));
  REQUIRE(store->ApplyDocument(first).ok());
  DocumentFacts second = Doc("Putin spoke again.");
  second.entities.push_back(Entity("Putin", NodeType::kPerson));
  auto r = store->ApplyDocument(second);
  REQUIRE(r.ok());
  CHECK(r->nodes_created == 0);
  // Same alias but another type: a separate node.
  DocumentFacts third = Doc("Putin, a town.");
  third.entities.push_back(Entity("Putin", NodeType::kCity));
  r = store->ApplyDocument(third);
  REQUIRE(r.ok());
  CHECK(r->nodes_created == 1);
  CHECK(store->LookupName("Putin")->size() == 2);
}

TEST_CASE("modalities of one triple are separate edges", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir.path());
  DocumentFacts d = Doc("Russia may arm North Korea; Russia armed North Korea.");
  d.entities.push_back(Entity("Russia", NodeType::kCountry));
  d.entities.push_back(Entity("North Korea", NodeType::kCountry));
  d.facts.push_back(Fact(0, "supplies_arms_to", 1, "may arm", "", Modality::kHypothetical, 0));
  d.facts.push_back(Fact(0, "supplies_arms_to", 1, "armed", "", Modality::kAsserted, 1));
  REQUIRE(store->ApplyDocument(d).ok());
  NodeId russia = store->LookupName("Russia")->front();
  std::vector<AdjacencyEntry> all, asserted;
  REQUIRE(store->Neighbours(russia, Direction::kOut, {}, &all).ok());
  CHECK(all.size() == 2);
  NeighbourFilter only_asserted;
  only_asserted.modality_mask = NeighbourFilter::Bit(Modality::kAsserted);
  REQUIRE(store->Neighbours(russia, Direction::kOut, only_asserted, &asserted).ok());
  REQUIRE(asserted.size() == 1);
  CHECK(asserted[0].modality == Modality::kAsserted);
}

TEST_CASE("a failed document leaves nothing behind", "[store]") {
  TempDir dir;
  auto store = OpenWritable(dir.path());
  DocumentFacts bad = Doc("Broken.");
  bad.entities.push_back(Entity("Iran", NodeType::kCountry));
  bad.facts.push_back(Fact(0, "signed", 5, "no such target"));
  auto r = store->ApplyDocument(bad);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().IsInvalidArgument());
  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->nodes == 0);
  CHECK(stats->documents == 0);
  CHECK(store->LookupName("Iran")->empty());
  CHECK_FALSE(store->FindRelation("signed").has_value());

  DocumentFacts nameless = Doc("Nameless.");
  nameless.entities.push_back(Entity("  ", NodeType::kCountry));
  CHECK(store->ApplyDocument(nameless).status().IsInvalidArgument());
  CHECK(store->Stats()->documents == 0);
}

TEST_CASE("readers work while a writer is open; a second writer is refused", "[store]") {
  TempDir dir;
  auto writer = OpenWritable(dir.path());
  REQUIRE(writer->ApplyDocument(SigningDoc("Putin signed New START.", "2010", "Putin")).ok());

  auto second = Store::Open(dir.path(), StoreOptions{});
  REQUIRE_FALSE(second.ok());
  CHECK(second.status().IsBusy());
  CHECK(second.status().message().find("locked by another kg process") != std::string::npos);

  StoreOptions ro;
  ro.read_only = true;
  auto reader = Store::Open(dir.path(), ro);
  REQUIRE(reader.ok());
  CHECK((*reader)->LookupName("Putin")->size() == 1);
  CHECK((*reader)->ApplyDocument(SigningDoc("x", "", "x")).status().IsNotSupported());
  // The writer goes on while the reader is open.
  CHECK(writer->ApplyDocument(SigningDoc("Medvedev too.", "2010", "Putin")).ok());
}

TEST_CASE("opening a missing database read-only fails clearly", "[store]") {
  TempDir dir;
  StoreOptions ro;
  ro.read_only = true;
  auto s = Store::Open(dir.Sub("nothing"), ro);
  REQUIRE_FALSE(s.ok());
  CHECK(s.status().IsNotFound());
}

TEST_CASE("data survives a reopen", "[store]") {
  TempDir dir;
  {
    auto store = OpenWritable(dir.path());
    REQUIRE(store->ApplyDocument(SigningDoc("Putin signed New START.", "2010", "Putin")).ok());
  }
  auto store = OpenWritable(dir.path());
  CHECK(store->FindRelation("signed").has_value());
  DocumentFacts d = Doc("Kim Jong Un arrived.");
  d.entities.push_back(Entity("Kim Jong Un", NodeType::kPerson));
  auto r = store->ApplyDocument(d);
  REQUIRE(r.ok());
  auto ids = store->LookupName("Kim Jong Un");
  REQUIRE(ids->size() == 1);
  // Node ids continue after the ones already used.
  CHECK(ids->front() == 3);
}

TEST_CASE("bulk writes: node ids continue from the flushed nodes", "[store]") {
  TempDir dir;
  StoreOptions bulk;
  bulk.bulk_writes = true;
  for (const char* name : {"Kim Jong Un", "Moon Jae-in"}) {
    auto store = Store::Open(dir.path(), bulk);
    REQUIRE(store.ok());
    if (std::string(name) == "Kim Jong Un") {
      REQUIRE((*store)->ApplyDocument(SigningDoc("Putin signed New START.", "2010", "Putin")).ok());
    }
    DocumentFacts d = Doc(std::string(name) + " arrived.");
    d.entities.push_back(Entity(name, NodeType::kPerson));
    REQUIRE((*store)->ApplyDocument(d).ok());
    REQUIRE((*store)->Flush().ok());
  }
  auto store = OpenWritable(dir.path());
  auto kim = store->LookupName("Kim Jong Un");
  auto moon = store->LookupName("Moon Jae-in");
  REQUIRE(kim->size() == 1);
  REQUIRE(moon->size() == 1);
  CHECK(kim->front() == 3);
  CHECK(moon->front() == 4);
  auto stats = store->Stats();
  REQUIRE(stats.ok());
  CHECK(stats->nodes == 4);
}

// Every node and edge summary as text, for comparing two stores.
std::string GraphText(const Store& store) {
  std::string out;
  REQUIRE(store.ForEachNode([&](const Node& n) {
    out += std::to_string(n.id) + " " + n.name + " " + n.first_seen + ".." + n.last_seen;
    for (const auto& a : n.aliases) out += " |" + a;
    out += "\n";
    return true;
  }).ok());
  REQUIRE(store.ForEachEdge([&](const Edge& e) {
    out += std::to_string(e.key.src) + " " + e.relation + " " + std::to_string(e.key.dst) + " " +
           std::to_string(e.summary.mention_count) + "/" + std::to_string(e.summary.doc_count) +
           " " + e.summary.first_date + ".." + e.summary.last_date + "\n";
    return true;
  }).ok());
  return out;
}

// Documents that touch the same hub node and edge again and again, with new
// aliases and dates, and a new node each.
std::vector<DocumentFacts> HubDocuments(int n) {
  std::vector<DocumentFacts> docs;
  for (int i = 0; i < n; ++i) {
    std::string date = std::to_string(2000 + i % 20) + "-0" + std::to_string(1 + i % 9);
    std::string body = "Putin signed New START, doc " + std::to_string(i) + ".";
    DocumentFacts d = SigningDoc(body, date, "Putin " + std::to_string(i % 50));
    d.entities.push_back(Entity("Envoy " + std::to_string(i), NodeType::kPerson));
    d.facts.push_back(Fact(2, "signed", 1, body, date, Modality::kAsserted, 1));
    docs.push_back(std::move(d));
  }
  return docs;
}

TEST_CASE("bulk writes hold records back until a flush, and lose none of them", "[store]") {
  TempDir dir;
  auto docs = HubDocuments(3000);
  {
    auto plain = OpenWritable(dir.Sub("plain"));
    for (const auto& d : docs) REQUIRE(plain->ApplyDocument(d).ok());
  }
  // A 1 MiB budget makes the writer flush several times on the way; the
  // second store is closed without a final Flush.
  for (bool flush_at_end : {true, false}) {
    CAPTURE(flush_at_end);
    std::string path = dir.Sub(flush_at_end ? "bulk_flushed" : "bulk_closed");
    {
      StoreOptions bulk;
      bulk.bulk_writes = true;
      bulk.write_buffer_bytes = size_t{1} << 20;
      auto store = Store::Open(path, bulk);
      REQUIRE(store.ok());
      for (const auto& d : docs) REQUIRE((*store)->ApplyDocument(d).ok());
      if (flush_at_end) REQUIRE((*store)->Flush().ok());
    }
    auto files = std::distance(std::filesystem::directory_iterator(path),
                               std::filesystem::directory_iterator());
    CHECK(files > 10);  // several flushes wrote files
    auto reopened = OpenWritable(path);
    auto plain = Store::Open(dir.Sub("plain"), StoreOptions{.read_only = true});
    REQUIRE(plain.ok());
    CHECK(GraphText(*reopened) == GraphText(**plain));
  }
}

TEST_CASE("bulk writes find what is not flushed yet: documents, names, aliases", "[store]") {
  TempDir dir;
  DocumentFacts first = Doc("Vladimir Putin spoke.");
  first.entities.push_back(Entity("Vladimir Putin", NodeType::kPerson, {"Putin"}));
  DocumentFacts by_alias = Doc("Putin spoke again.");
  by_alias.entities.push_back(Entity("Putin", NodeType::kPerson));
  DocumentFacts other_type = Doc("Putin, a town.");
  other_type.entities.push_back(Entity("Putin", NodeType::kCity));
  DocumentFacts by_name = Doc("Vladimir Putin signed New START.");
  by_name.entities.push_back(Entity("vladimir putin", NodeType::kPerson));
  by_name.entities.push_back(Entity("New START", NodeType::kAgreement));
  by_name.facts.push_back(Fact(0, "signed", 1, "signed"));
  // Applied in this order; each row: how many come first, unflushed, and
  // what applying the next one must report. A plain store gives the same.
  std::vector<DocumentFacts> docs = {first, by_alias, other_type, by_name, first};
  auto [before, nodes_created, already_present] = GENERATE(table<size_t, size_t, bool>({
      {0, 1, false},
      {1, 0, false},
      {2, 1, false},
      {3, 1, false},
      {4, 0, true},
  }));
  CAPTURE(before);
  StoreOptions bulk;
  bulk.bulk_writes = true;
  auto store = Store::Open(dir.Sub("bulk"), bulk);
  REQUIRE(store.ok());
  auto plain = OpenWritable(dir.Sub("plain"));
  for (size_t i = 0; i < before; ++i) {
    REQUIRE((*store)->ApplyDocument(docs[i]).ok());
    REQUIRE(plain->ApplyDocument(docs[i]).ok());
  }
  auto r = (*store)->ApplyDocument(docs[before]);
  REQUIRE(r.ok());
  CHECK(r->nodes_created == nodes_created);
  CHECK(r->already_present == already_present);
  REQUIRE(plain->ApplyDocument(docs[before]).ok());
  REQUIRE((*store)->Flush().ok());
  CHECK(GraphText(**store) == GraphText(*plain));
  CHECK((*store)->LookupName("Putin")->size() == plain->LookupName("Putin")->size());
}

TEST_CASE("a bulk load's files left by a killed run are removed on opening", "[store]") {
  TempDir dir;
  StoreOptions bulk;
  bulk.bulk_writes = true;
  { REQUIRE(Store::Open(dir.path(), bulk).ok()); }
  std::filesystem::create_directories(dir.Sub("bulk.tmp"));
  { std::ofstream(dir.Sub("bulk.tmp/3.sst")) << "half a file"; }
  auto store = Store::Open(dir.path(), bulk);
  REQUIRE(store.ok());
  CHECK_FALSE(std::filesystem::exists(dir.Sub("bulk.tmp")));
  DocumentFacts d = Doc("Kim Jong Un arrived.");
  d.entities.push_back(Entity("Kim Jong Un", NodeType::kPerson));
  REQUIRE((*store)->ApplyDocument(d).ok());
  REQUIRE((*store)->Flush().ok());
  CHECK((*store)->LookupName("Kim Jong Un")->size() == 1);
}

}  // namespace
}  // namespace kg::graph
