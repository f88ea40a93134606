#include "tests/query/fixture_graph.h"

#include <fstream>
#include <sstream>
#include <vector>

namespace kg::query::testing {
namespace {

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

std::vector<std::string> Split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, sep)) parts.push_back(Trim(part));
  if (!s.empty() && s.back() == sep) parts.push_back("");
  return parts;
}

struct Loader {
  std::string path;
  graph::Store* store;
  graph::DocumentFacts doc;
  bool open = false;
  std::string body;  // the document's id is the hash of its lines

  Status Error(int line, const std::string& msg) {
    return Status::InvalidArgument(path + ":" + std::to_string(line) + ": " + msg);
  }

  Status Flush() {
    if (!open) return Status::OK();
    doc.document.id = graph::DocumentIdForText(body);
    doc.document.sentence_count = static_cast<uint32_t>(doc.facts.size());
    auto r = store->ApplyDocument(doc);
    open = false;
    return r.ok() ? Status::OK() : r.status();
  }

  Status Document(int line, const std::vector<std::string>& f) {
    KG_RETURN_IF_ERROR(Flush());
    if (f.size() != 2) return Error(line, "document needs: date | title");
    doc = graph::DocumentFacts();
    doc.document.date = f[0];
    doc.document.title = f[1];
    doc.document.source = "graph.txt";
    body = f[1];
    open = true;
    return Status::OK();
  }

  Status Entity(int line, const std::vector<std::string>& f) {
    if (!open || f.size() < 2) return Error(line, "entity needs a document and: type | name [| aliases [| k=v; ...]]");
    graph::EntityRecord e;
    auto type = graph::ParseNodeType(f[0]);
    if (!type) return Error(line, "unknown type '" + f[0] + "'");
    e.type = *type;
    e.name = f[1];
    if (f.size() > 2) {
      for (const auto& a : Split(f[2], ';')) {
        if (!a.empty()) e.aliases.push_back(a);
      }
    }
    if (f.size() > 3) {
      for (const auto& kv : Split(f[3], ';')) {
        size_t eq = kv.find('=');
        if (eq == std::string::npos) return Error(line, "attribute needs key=value");
        e.attributes[Trim(kv.substr(0, eq))] = Trim(kv.substr(eq + 1));
      }
    }
    doc.entities.push_back(std::move(e));
    return Status::OK();
  }

  Result<size_t> EntityIndex(int line, const std::string& name) {
    for (size_t i = 0; i < doc.entities.size(); ++i) {
      if (doc.entities[i].name == name) return i;
    }
    return Error(line, "fact names '" + name + "', which this document does not list");
  }

  Status Fact(int line, const std::vector<std::string>& f) {
    if (!open || f.size() != 6) return Error(line, "fact needs: source | relation | target | modality | date | text");
    auto src = EntityIndex(line, f[0]);
    if (!src.ok()) return src.status();
    auto dst = EntityIndex(line, f[2]);
    if (!dst.ok()) return dst.status();
    auto modality = graph::ParseModality(f[3]);
    if (!modality) return Error(line, "unknown modality '" + f[3] + "'");
    graph::FactRecord fact;
    fact.source = *src;
    fact.relation = f[1];
    fact.target = *dst;
    fact.modality = *modality;
    fact.mention.sentence = static_cast<uint32_t>(doc.facts.size());
    fact.mention.text = f[5];
    fact.mention.date = f[4];
    fact.mention.end = static_cast<uint32_t>(f[5].size());
    doc.facts.push_back(std::move(fact));
    return Status::OK();
  }
};

}  // namespace

Status LoadFixtureGraph(const std::string& path, graph::Store* store) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read " + path);
  Loader loader{path, store, {}, false, {}};
  std::string text;
  for (int line = 1; std::getline(in, text); ++line) {
    text = Trim(text);
    if (text.empty() || text[0] == '#') continue;
    size_t space = text.find(' ');
    std::string word = text.substr(0, space);
    auto fields = Split(space == std::string::npos ? "" : text.substr(space + 1), '|');
    loader.body += "\n" + text;
    if (word == "document") KG_RETURN_IF_ERROR(loader.Document(line, fields));
    else if (word == "entity") KG_RETURN_IF_ERROR(loader.Entity(line, fields));
    else if (word == "fact") KG_RETURN_IF_ERROR(loader.Fact(line, fields));
    else return loader.Error(line, "unknown line kind '" + word + "'");
  }
  return loader.Flush();
}

}  // namespace kg::query::testing
