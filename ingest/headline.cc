#include "ingest/headline.h"

#include <string_view>

namespace kg::ingest {

using graph::NodeType;

namespace {

int MentionStarting(const std::vector<Mention>& mentions, size_t k) {
  for (size_t m = 0; m < mentions.size(); ++m)
    if (mentions[m].first == k) return static_cast<int>(m);
  return -1;
}

// What may follow the place in "X in Y ...": the end, a purpose or a time.
bool TitleGoesOn(const std::vector<Token>& tokens, size_t k) {
  if (k >= tokens.size()) return true;
  std::string_view w = tokens[k].lower;
  for (std::string_view ok : {":", ",", "for", "to", "as", "on", "after", "amid", "ahead", "with"})
    if (w == ok) return true;
  return false;
}

}  // namespace

std::vector<Relation> HeadlineVisits(const std::vector<Token>& tokens,
                                     const std::vector<Mention>& mentions,
                                     const DocumentContext& doc) {
  std::vector<Relation> out;
  if (tokens.empty()) return out;
  std::string_view last = tokens.back().text;
  if (last == "." || last == "!" || last == "?") return out;  // a sentence, not a title
  int who = MentionStarting(mentions, 0);
  if (who < 0) return out;
  const Mention& person = mentions[who];
  if (person.type != NodeType::kPerson || person.entity < 0 || person.kind == MentionKind::kPronoun)
    return out;
  size_t in = person.last;
  if (in + 1 >= tokens.size() || tokens[in].lower != "in") return out;
  int where = MentionStarting(mentions, in + 1);
  if (where < 0) return out;
  const Mention& place = mentions[where];
  bool is_place = place.kind == MentionKind::kPlace ||
                  (place.kind == MentionKind::kActor && place.type == NodeType::kCountry);
  if (!is_place || place.entity < 0 || !TitleGoesOn(tokens, place.last)) return out;
  size_t e = static_cast<size_t>(person.entity);
  int country = e < doc.country_of.size() ? doc.country_of[e] : -1;
  if (country < 0 || country == place.entity) return out;
  Relation r;
  r.relation = "visited";
  r.sources = {person.entity};
  r.target = place.entity;
  r.trigger = static_cast<uint32_t>(in);
  r.first = 0;
  r.last = place.last;
  r.rule = "visited.headline";
  r.confidence = 0.8f;
  out.push_back(std::move(r));
  return out;
}

}  // namespace kg::ingest
