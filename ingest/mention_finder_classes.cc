// What the passes of MentionFinder need of a token before they are tried:
// its class (a capitalised word, a title's first word, a pronoun, ...),
// found once per sentence, mostly by a table of word ids. Also the
// finder's per-token tables, reused from sentence to sentence. Part of
// MentionFinder.
#include <algorithm>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/mention_finder_internal.h"

namespace kg::ingest {

MentionFinder::MentionFinder(const std::vector<Token>& t, const Lexicon& lex, Scratch* scratch)
    : t_(t), lex_(lex), memo_(scratch->memo), owner_(scratch->owner), scratch_(*scratch) {
  memo_.assign(t.size(), TokenMemo{});
}

std::vector<int>& MentionFinder::Owners() {
  owner_.assign(t_.size(), -1);
  for (size_t m = 0; m < out_.size(); ++m)
    for (uint32_t k = out_[m].first; k < out_[m].last && k < t_.size(); ++k)
      owner_[k] = static_cast<int>(m);
  return owner_;
}

namespace {

// Every word PronounOrDescription can start on besides a title: its
// pronouns, "the", "both", and the relational nouns it reads. Keep it in
// step with the passes it gates; the class table is built from it.
constexpr std::string_view kReferringWords[] = {
    "i",   "he",  "it",  "we",  "my",   "me",   "us",   "the",  "she",   "him",
    "his", "her", "its", "our", "they", "both", "host", "guest", "visitor", "counterpart"};

// Words a possessed relational head follows ("Kim's host", "his visitor").
constexpr std::string_view kPossessorWords[] = {"'s", "his", "her", "their"};

bool IsPossessorWord(std::string_view w) {
  return std::find(std::begin(kPossessorWords), std::end(kPossessorWords), w) !=
         std::end(kPossessorWords);
}

}  // namespace

bool IsReferringWord(std::string_view w) {
  return std::find(std::begin(kReferringWords), std::end(kReferringWords), w) !=
         std::end(kReferringWords);
}

// The words of the classes WordClass gives are few: once per thread and
// lexicon, their word ids index a small table, so that classifying a token
// is an array read.
void MentionFinder::IndexWordClasses() {
  if (scratch_.classes_of == &lex_) return;
  std::vector<std::string_view> words(std::begin(kReferringWords), std::end(kReferringWords));
  words.insert(words.end(), std::begin(kPossessorWords), std::end(kPossessorWords));
  // (these lists are word sets of the same name, and no other list adds to them)
  for (const char* list : {"agreement_heads", "named_lower_heads", "state_description_heads",
                           "subordinators", "weekdays", "months", "sentence_starters",
                           "non_name_words", "titles_in_name", "honorifics", "body_heads"})
    for (const std::string& w : lex_.List(list))
      if (w.find(' ') == std::string::npos) words.push_back(w);  // (a token has no space)
  std::vector<Token> probe(words.size());
  for (size_t k = 0; k < probe.size(); ++k) probe[k].lower.assign(words[k]);
  lex_.IdentifyWords(&probe);
  scratch_.class_by_id.clear();
  scratch_.unlisted.clear();
  for (size_t k = 0; k < probe.size(); ++k) {
    uint32_t id = probe[k].lower.id;
    if (id >= TokenWord::kNotListed) {
      scratch_.unlisted.emplace_back(words[k], WordClassByText(words[k]));
      continue;
    }
    if (id >= scratch_.class_by_id.size()) scratch_.class_by_id.resize(id + 1, 0);
    scratch_.class_by_id[id] = WordClassByText(words[k]);
  }
  scratch_.classes_of = &lex_;
}

uint16_t MentionFinder::WordClassByText(std::string_view w) const {
  uint16_t c = 0;
  if (IsReferringWord(w)) c |= kReferring;
  if (IsPossessorWord(w)) c |= kPossessor;
  if (lex_.InSet("agreement_heads", w) || lex_.InSet("named_lower_heads", w)) c |= kAgreementWord;
  if (lex_.InSet("state_description_heads", w)) c |= kStateHead;
  if (lex_.InSet("subordinators", w) || lex_.InSet("weekdays", w) || lex_.InSet("months", w) ||
      lex_.InSet("sentence_starters", w))
    c |= kNameStop;
  if (lex_.InSet("non_name_words", w) || lex_.InSet("agreement_heads", w) ||
      lex_.InSet("titles_in_name", w))
    c |= kShapeStop;
  if (lex_.InSet("honorifics", w) || lex_.InSet("titles_in_name", w)) c |= kHonorificWord;
  if (lex_.InSet("body_heads", w)) c |= kBodyHead;
  return c;
}

void MentionFinder::ClassifyTokens() {
  IndexWordClasses();
  size_t starts = 0;  // tokens a mention may start on
  for (size_t k = 0; k < t_.size(); ++k) {
    const Token& tk = t_[k];
    uint16_t c = WordClass(tk.lower);
    if (tk.word) {
      c |= tk.capitalized ? kCapWord : kLowerWord;
      if (lex_.IsTitlePrefix(tk.lower)) c |= kTitleStart;
      if (tk.text[0] >= '0' && tk.text[0] <= '9') c |= kDigitWord;
    }
    memo_[k].cls = c;
    sentence_classes_ |= c;
    starts += (c & (kCapWord | kTitleStart | kDigitWord | kReferring)) != 0;
  }
  // (enough for nearly every sentence: out_ grows once, not four times)
  out_.reserve(starts);
}

}  // namespace kg::ingest
