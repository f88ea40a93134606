#include "tools/graph_flags.h"

#include <regex>
#include <sstream>

namespace kg::tools {
namespace {

std::vector<std::string> SplitList(const std::string& list) {
  std::vector<std::string> items;
  std::stringstream ss(list);
  for (std::string item; std::getline(ss, item, ',');) {
    auto b = item.find_first_not_of(' ');
    auto e = item.find_last_not_of(' ');
    if (b != std::string::npos) items.push_back(item.substr(b, e - b + 1));
  }
  return items;
}

}  // namespace

Result<std::vector<graph::RelationId>> ParseRelationList(const graph::Store& store,
                                                         const std::string& flag,
                                                         const std::string& list) {
  std::vector<graph::RelationId> ids;
  for (const auto& name : SplitList(list)) {
    auto id = store.FindRelation(name);
    if (id) {
      ids.push_back(*id);
      continue;
    }
    std::string known;
    for (const auto& [n, _] : store.Relations()) known += (known.empty() ? "" : ", ") + n;
    return Status::InvalidArgument(flag + ": unknown relation '" + name + "'" +
                                   (known.empty() ? " (the graph has none)" : "; known: " + known));
  }
  return ids;
}

Result<std::vector<graph::NodeType>> ParseTypeList(const std::string& flag,
                                                   const std::string& list) {
  std::vector<graph::NodeType> types;
  for (const auto& name : SplitList(list)) {
    auto t = graph::ParseNodeType(name);
    if (!t) {
      return Status::InvalidArgument(flag + ": unknown entity type '" + name +
                                     "'; known: Country, Person, Organization, Agreement, "
                                     "City, Group, Other");
    }
    types.push_back(*t);
  }
  return types;
}

Status CheckDate(const std::string& flag, const std::string& date) {
  static const std::regex kIso(R"(\d{4}(-\d{2}(-\d{2})?)?)");
  if (date.empty() || std::regex_match(date, kIso)) return Status::OK();
  return Status::InvalidArgument(flag + ": '" + date +
                                 "' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD");
}

}  // namespace kg::tools
