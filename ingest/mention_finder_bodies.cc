// Bodies on no list, by the shape of their name: "the Alliance of Sahel
// States", "the Economic Community of Central African States", "the
// Organisation of African, Caribbean and Pacific States", "the Pacific
// Islands Forum", "the Asian Infrastructure Investment Bank". A capitalised
// run whose last word is a head (body_heads) or that has a head of
// body_heads_of before "of" / "for", holding a word of body_qualifiers (a
// region, "States", "Nations") and none of body_blockers (sport, the
// press), names an organisation. Part of MentionFinder.
#include <string>

#include "ingest/mention_finder_internal.h"

namespace kg::ingest {

using graph::NodeType;

// A comma inside a list of capitalised words after "of": "of African,
// Caribbean and Pacific States".
bool MentionFinder::BodyListComma(size_t k) const {
  if (t_[k].text != "," || k + 2 >= t_.size()) return false;
  const Token& next = t_[k + 1];
  return next.word && next.capitalized && (t_[k + 2].text == "," || t_[k + 2].lower == "and");
}

// The end of the capitalised run at b, with "of", "for", "the" after them,
// and "and" and list commas after "of" joining words; trailing joiners are
// not part of it.
size_t MentionFinder::BodyRunEnd(size_t b) const {
  size_t end = b, k = b;
  bool after_of = false;
  while (k < t_.size()) {
    const Token& tk = t_[k];
    if (lex_.InSet("weekdays", tk.lower) || lex_.InSet("months", tk.lower)) break;
    if (tk.word && tk.capitalized) {
      end = ++k;
      continue;
    }
    bool of = tk.lower == "of" || tk.lower == "for";
    bool joiner = of || (after_of && (tk.lower == "and" || BodyListComma(k))) ||
                  (tk.lower == "the" && k > b && (t_[k - 1].lower == "of" || t_[k - 1].lower == "for"));
    if (!joiner) break;
    after_of = after_of || of;
    ++k;
  }
  return end;
}

size_t MentionFinder::UnlistedBody(size_t i) {
  if (!t_[i].word || !t_[i].capitalized) return i;
  if (i > 0 && t_[i - 1].word && t_[i - 1].capitalized) return i;  // a run's start only
  size_t b = i;
  if (t_[b].lower == "the") ++b;  // "The Alliance of ..." opening a sentence
  if (b >= t_.size() || !t_[b].word || !t_[b].capitalized) return i;
  size_t end = BodyRunEnd(b);
  // "Beijing-based Asian ... Bank", "Leaders of the Alliance of ...": a
  // compound modifier or a noun and its "of" open the run, not the name
  while (b + 1 < end && !lex_.InSet("body_heads_of", t_[b].lower) &&
         (t_[b].lower.find('-') != std::string::npos || t_[b + 1].lower == "of" || t_[b + 1].lower == "for")) {
    b += t_[b + 1].lower == "of" || t_[b + 1].lower == "for" ? 2 : 1;
    if (b < end && t_[b].lower == "the") ++b;
  }
  if (b >= end) return i;
  // "the Alliance of Sahel States and Russia": a list inside the name must
  // end in a plural such as "States", or the name ends before it
  if (!lex_.InSet("body_plurals", t_[end - 1].lower))
    for (size_t k = b; k < end; ++k)
      if (t_[k].lower == "and" || t_[k].text == ",") end = k;
  if (end - b < 2) return i;
  bool qualifier = false;
  for (size_t k = b; k < end; ++k) {
    if (lex_.InSet("body_blockers", t_[k].lower)) return i;
    qualifier = qualifier || lex_.InSet("body_qualifiers", t_[k].lower);
    // a listed body inside ("Leaders of the Gulf Cooperation Council") is the gazetteer's
    Match listed = LongestMatch(k);
    if (listed.entry && listed.entry->kind == EntryKind::kName &&
        lex_.actors()[listed.entry->actor].type == NodeType::kOrganization)
      return i;
  }
  bool head = lex_.InSet("body_heads", t_[end - 1].lower);
  for (size_t k = b; k + 1 < end && !head; ++k)
    head = lex_.InSet("body_heads_of", t_[k].lower) && (t_[k + 1].lower == "of" || t_[k + 1].lower == "for");
  if (!head || !qualifier) return i;
  Mention m = Span(b, end, MentionKind::kActor, NodeType::kOrganization);
  MarkPossessive(&m);
  out_.push_back(std::move(m));
  return end;
}

}  // namespace kg::ingest
