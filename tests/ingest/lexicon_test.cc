#include "ingest/lexicon.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "ingest/tokenizer.h"

namespace kg::ingest {
namespace {

// A token identified by the lexicon, as the pipeline makes them.
Token Identified(const Lexicon& lex, const std::string& text) {
  std::vector<Token> t = Tokenize(text);
  REQUIRE(t.size() == 1);
  lex.IdentifyWords(&t);
  return t[0];
}

TEST_CASE("A body's name is found in both spellings, a country's with or without diacritics", "[lexicon]") {
  const Lexicon& lex = Lexicon::Default();
  auto [a, b] = GENERATE(table<std::string, std::string>({
      {"Collective Security Treaty Organisation", "Collective Security Treaty Organization"},
      {"World Health Organisation", "World Health Organization"},
      {"S\xC3\xA3o Tom\xC3\xA9 and Pr\xC3\xADncipe", "Sao Tome and Principe"},
  }));
  CAPTURE(a);
  const auto* ea = lex.Find(PhraseKey(a));
  const auto* eb = lex.Find(PhraseKey(b));
  REQUIRE(ea != nullptr);
  REQUIRE(eb != nullptr);
  CHECK(ea->front().actor == eb->front().actor);
}

// A phrase key is the phrase's tokens in lower case, one space apart,
// whether the phrase takes the plain-ASCII path or the tokenizer's.
TEST_CASE("A phrase key joins the phrase's lower-case tokens", "[lexicon]") {
  auto [phrase, key] = GENERATE(table<std::string, std::string>({
      {"New York", "new york"},
      {"  Al   Udeid  Air Base ", "al udeid air base"},
      {"F 16 Fighters", "f 16 fighters"},
      {"", ""},
      {"   ", ""},
      {"U.S. Army", "u.s. army"},
      {"S\xC3\xA3o Tom\xC3\xA9", "sao tome"},
      {"Guinea-Bissau", "guinea - bissau"},
      {"Nuclear-armed State", "nuclear-armed state"},
      {"Cote d'Ivoire", "cote d'ivoire"},
      {"People's Republic", "people 's republic"},
      {"Jr. Regional Airport", "jr . regional airport"},
  }));
  CAPTURE(phrase);
  CHECK(PhraseKey(phrase) == key);
  std::string joined;
  for (const Token& t : Tokenize(phrase)) joined += (joined.empty() ? "" : " ") + std::string(t.lower);
  CHECK(PhraseKey(phrase) == joined);
}

TEST_CASE("A dependency's soil is its sovereign's, from iso-codes or the country list", "[lexicon]") {
  const Lexicon& lex = Lexicon::Default();
  auto [part, sovereign] = GENERATE(table<std::string, std::string>({
      {"New Caledonia", "France"},  // FR-NC in ISO 3166-2
      {"Puerto Rico", "United States"},
      {"Hong Kong", "China"},
      {"Aruba", "Netherlands"},
      {"Greenland", "Denmark"},  // countries.json: ISO 3166-2 lists it under no sovereign
      {"Falkland Islands", "United Kingdom"},
      {"Taiwan", "Taiwan"},  // a province in ISO 3166-2, not an overseas part
      {"France", "France"},
  }));
  CAPTURE(part);
  const auto* e = lex.Find(PhraseKey(part));
  REQUIRE(e != nullptr);
  CHECK(lex.actors()[lex.Soil(e->front().actor)].name == sovereign);
}

TEST_CASE("A large WordNet class holds its single words and nothing else", "[lexicon]") {
  // (the class reaches the binary as one '|'-separated string)
  const Lexicon& lex = Lexicon::Default();
  for (const char* w : {"protest", "protests", "embassy", "hostages"}) {
    CAPTURE(w);
    CHECK(lex.InClass("located_nouns", w));
  }
  for (const char* w : {"", "|", "protest|", "quickly", "the"}) {
    CAPTURE(w);
    CHECK_FALSE(lex.InClass("located_nouns", w));
  }
  CHECK_FALSE(lex.InClass("no_such_class", "protest"));
}

TEST_CASE("InSet answers the same for an identified token as for its text", "[lexicon]") {
  const Lexicon& lex = Lexicon::Default();
  auto [set, word, expected] = GENERATE(table<std::string, std::string, bool>({
      {"prepositions", "of", true},
      {"prepositions", "russia", false},
      {"months", "january", true},
      {"months", "jan", false},
      {"weekdays", "tuesday", true},
      {"hypothetical", "will", true},  // a modality list
      {"place_nouns", "capital", true},  // a list inside a relation
      {"no_such_list", "of", false},
      {"prepositions", "zzyzx", false},  // on no list at all
  }));
  CAPTURE(set, word);
  Token t = Identified(lex, word);
  CHECK(t.lower.id != TokenWord::kUnknown);
  CHECK(lex.InSet(set, t.lower) == expected);
  CHECK(lex.InSet(set, std::string_view(t.lower)) == expected);
}

TEST_CASE("Every single word of a list is found by its id", "[lexicon]") {
  const Lexicon& lex = Lexicon::Default();
  for (const char* set : {"prepositions", "months", "subordinators", "org_heads", "non_name_words",
                          "agreement_heads", "sentence_starters", "pledge_verbs"}) {
    for (const std::string& word : lex.List(set)) {
      std::vector<Token> t = Tokenize(word);
      if (t.size() != 1 || t[0].lower != word) continue;  // phrases are looked up by text
      lex.IdentifyWords(&t);
      CAPTURE(set, word);
      CHECK(lex.InSet(set, t[0].lower));
    }
  }
}

TEST_CASE("Word ids stay exact for words one letter from a listed one", "[lexicon]") {
  // IdentifyWords finds short words by their bytes packed in two integers: a
  // word one letter away from a listed one, met before and after it, keeps
  // its own answer.
  const Lexicon& lex = Lexicon::Default();
  for (const char* set : {"months", "prepositions", "weekdays"}) {
    for (const std::string& word : lex.List(set)) {
      std::string lookalike = word;
      lookalike[lookalike.size() / 2] = lookalike[lookalike.size() / 2] == 'q' ? 'z' : 'q';
      for (int pass = 0; pass < 2; ++pass) {
        std::vector<Token> t = Tokenize(lookalike + " " + word + " " + lookalike);
        if (t.size() != 3) continue;  // a phrase: looked up by text
        lex.IdentifyWords(&t);
        CAPTURE(set, word, lookalike, pass);
        CHECK(lex.InSet(set, t[1].lower));
        CHECK(lex.InSet(set, t[0].lower) == lex.InSet(set, std::string_view(lookalike)));
        CHECK(t[2].lower.id == t[0].lower.id);
      }
    }
  }
}

TEST_CASE("Every byte of a short word counts for its id", "[lexicon]") {
  // Words of every length up to the sixteen bytes of the packed form and
  // past it, each changed at every position: by id as by text.
  const Lexicon& lex = Lexicon::Default();
  for (const char* set : {"months", "prepositions", "weekdays", "non_name_words", "org_heads"}) {
    for (const std::string& word : lex.List(set)) {
      std::vector<Token> whole = Tokenize(word);
      if (whole.size() != 1 || whole[0].lower != word) continue;
      for (size_t at = 0; at < word.size(); ++at) {
        std::string other = word;
        other[at] = other[at] == 'x' ? 'y' : 'x';
        std::vector<Token> t = Tokenize(other + " " + word + " " + word + "s");
        if (t.size() != 3) continue;
        lex.IdentifyWords(&t);
        CAPTURE(set, word, other);
        CHECK(lex.InSet(set, t[0].lower) == lex.InSet(set, std::string_view(other)));
        CHECK(lex.InSet(set, t[1].lower));
        CHECK(lex.InSet(set, t[2].lower) == lex.InSet(set, std::string_view(t[2].lower)));
      }
    }
  }
}

TEST_CASE("Relation verbs and nouns answer the same by id as by text", "[lexicon]") {
  const Lexicon& lex = Lexicon::Default();
  auto [relation, word] = GENERATE(table<std::string, std::string>({
      {"signed", "signed"}, {"signed", "signatory"}, {"visited", "visited"},
      {"visited", "arrived"}, {"suspended", "suspended"}, {"suspended", "halt"},
      {"supplies_arms_to", "delivered"}, {"signed", "the"}, {"visited", "zzyzx"},
  }));
  CAPTURE(relation, word);
  const RelationWords& words = lex.relation(relation);
  Token t = Identified(lex, word);
  CHECK(words.IsVerb(t.lower) == (words.verbs.count(word) > 0));
  CHECK(words.IsPrepVerb(t.lower) == (words.verbs_prep.count(word) > 0));
  CHECK(words.IsNoun(t.lower) == (words.nouns.count(word) > 0));
  CHECK((words.IsVerb(t.lower) || words.IsPrepVerb(t.lower) || words.IsNoun(t.lower)) ==
        (word != "the" && word != "zzyzx"));
}

TEST_CASE("IsTriggerWord answers the same for an identified token", "[lexicon]") {
  const Lexicon& lex = Lexicon::Default();
  auto [word, expected] = GENERATE(table<std::string, bool>({
      {"signed", true}, {"visited", true}, {"received", true}, {"the", false}, {"zzyzx", false},
  }));
  CAPTURE(word);
  Token t = Identified(lex, word);
  CHECK(lex.IsTriggerWord(t.lower) == expected);
  CHECK(lex.IsTriggerWord(std::string_view(t.lower)) == expected);
}

TEST_CASE("Title and arms starts answer the same for an identified token", "[lexicon]") {
  const Lexicon& lex = Lexicon::Default();
  auto [word, title, arms] = GENERATE(table<std::string, bool, bool>({
      {"president", true, false},
      {"prime", true, false},  // "prime minister"
      {"missiles", false, true},
      {"fighter", false, true},  // also "fighter jets"
      {"f-16s", false, true},
      {"the", false, false},
      {"zzyzx", false, false},
  }));
  CAPTURE(word);
  Token t = Identified(lex, word);
  CHECK(lex.IsTitlePrefix(t.lower) == title);
  CHECK(lex.IsTitlePrefix(std::string_view(t.lower)) == title);
  CHECK(lex.IsArmsStart(t.lower) == arms);
  Token unidentified = Tokenize(word)[0];
  CHECK(lex.IsArmsStart(unidentified.lower) == arms);
  CHECK(lex.TitleRole(t.lower) == lex.TitleRole(std::string_view(t.lower)));
}

// Walks the gazetteer trie along `text`, by the tokens' ids or by their
// text; returns the node after each token.
std::vector<uint32_t> Walk(const Lexicon& lex, const std::string& text, bool by_id) {
  std::vector<Token> t = Tokenize(text);
  if (by_id) lex.IdentifyWords(&t);
  std::vector<uint32_t> nodes;
  uint32_t node = WordTrie::kRoot;
  for (const Token& tk : t) {
    node = by_id ? lex.PhraseStep(node, tk.lower) : lex.PhraseStep(node, std::string_view(tk.lower));
    nodes.push_back(node);
    if (node == WordTrie::kNone) break;
  }
  return nodes;
}

TEST_CASE("A gazetteer walk by word ids reaches the nodes a walk by text does", "[lexicon]") {
  const Lexicon& lex = Lexicon::Default();
  auto [text, phrase] = GENERATE(table<std::string, bool>({
      {"united states", true},
      {"north korea", true},
      {"european union", true},
      {"united", false},         // only the start of phrases
      {"united zzyzx", false},   // a phrase start, then a word on no list
      {"zzyzx states", false},   // stops at the first word
      {"the", false},
  }));
  CAPTURE(text);
  std::vector<uint32_t> by_id = Walk(lex, text, true);
  CHECK(by_id == Walk(lex, text, false));
  bool found = by_id.back() != WordTrie::kNone && lex.PhraseEntriesAt(by_id.back()) != nullptr;
  CHECK(found == phrase);
  CHECK((lex.Find(text) != nullptr) == phrase);
}

}  // namespace
}  // namespace kg::ingest
