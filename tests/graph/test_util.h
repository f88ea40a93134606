// Helpers shared by the graph tests: temporary database directories and
// small hand-made documents.
#pragma once

#include <filesystem>
#include <random>
#include <string>

#include "graph/model.h"

namespace kg::graph::testing {

// A fresh directory under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() /
            ("kg_test_" + std::to_string(rd()) + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string path() const { return path_.string(); }
  std::string Sub(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

inline EntityRecord Entity(std::string name, NodeType type,
                           std::vector<std::string> aliases = {}) {
  EntityRecord e;
  e.name = std::move(name);
  e.type = type;
  e.aliases = std::move(aliases);
  return e;
}

inline FactRecord Fact(size_t source, std::string relation, size_t target, std::string text,
                       std::string date = "", Modality modality = Modality::kAsserted,
                       uint32_t sentence = 0) {
  FactRecord f;
  f.source = source;
  f.relation = std::move(relation);
  f.target = target;
  f.modality = modality;
  f.mention.sentence = sentence;
  f.mention.text = std::move(text);
  f.mention.date = std::move(date);
  f.mention.end = static_cast<uint32_t>(f.mention.text.size());
  return f;
}

inline DocumentFacts Doc(const std::string& body, std::string date = "") {
  DocumentFacts d;
  d.document.id = DocumentIdForText(body);
  d.document.title = body.substr(0, 20);
  d.document.date = std::move(date);
  d.document.sentence_count = 1;
  return d;
}

}  // namespace kg::graph::testing
