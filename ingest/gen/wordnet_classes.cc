// Build step for kg_ingest, not part of the library: reads WordNet's database
// (data.noun, index.noun, noun.exc, data.verb, index.verb, verb.exc) and the
// class spec (data/wordnet_classes.json), and writes the JSON the lexicon
// embeds as "wordnet": the arms nouns with their plurals, the verb classes
// (giving and receiving), the further noun classes of the spec (under
// "classes", each one string of words each followed by '|'), the verb lemmas, the irregular verb forms,
// and the verb forms that are also nouns.
//
//   wordnet_classes WORDNET_DIR SPEC_JSON OUTPUT_JSON
//
// Exits 1 with a message naming the file on any missing or malformed input.
#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ingest/gen/wordnet_db.h"
#include "ingest/verb_forms.h"

namespace {

using kg::ingest::gen::ForEachRecord;
using kg::ingest::gen::Index;
using kg::ingest::gen::Lower;
using kg::ingest::gen::ReadDbFile;
using kg::ingest::gen::ReadIndex;
using kg::ingest::gen::ReadSpec;
using kg::ingest::gen::ResolveSense;
using kg::ingest::gen::Spaced;
using kg::ingest::gen::WriteOutput;

struct Synset {
  std::vector<std::string> lemmas;  // lower case, words joined by '_'
  std::vector<std::string> hyponyms;
};

using Synsets = std::unordered_map<std::string, Synset>;               // offset -> synset
using Forms = std::map<std::string, std::vector<std::string>>;          // word -> other forms

// data.noun, data.verb: offset lex_filenum ss_type w_cnt(hex) (word lex_id)*
// p_cnt (symbol offset pos source/target)* ... Hyponyms (troponyms for
// verbs) are the "~" pointers to synsets of the same part of speech `pos`.
bool ReadSynsets(const std::string& text, const char* pos, Synsets* out) {
  bool ok = true;
  ForEachRecord(text, [&](const std::vector<std::string>& f) {
    if (f.size() < 4) return void(ok = false);
    size_t words = std::strtoul(f[3].c_str(), nullptr, 16);
    size_t p = 4 + 2 * words;
    if (p >= f.size()) return void(ok = false);
    Synset& s = (*out)[f[0]];
    for (size_t i = 0; i < words; ++i) s.lemmas.push_back(Lower(f[4 + 2 * i]));
    size_t pointers = std::strtoul(f[p].c_str(), nullptr, 10);
    for (size_t i = 0, at = p + 1; i < pointers && at + 2 < f.size(); ++i, at += 4)
      if (f[at] == "~" && f[at + 2] == pos) s.hyponyms.push_back(f[at + 1]);
  });
  return ok && !out->empty();
}


// *.exc: inflected base [base ...]. Returns inflected -> bases.
Forms ReadExceptions(const std::string& text) {
  Forms forms;
  ForEachRecord(text, [&](const std::vector<std::string>& f) {
    for (size_t i = 1; i < f.size(); ++i) forms[f[0]].push_back(f[i]);
  });
  return forms;
}

// Hyponym closure of `roots`, skipping the subtrees under `pruned`.
std::set<std::string> Closure(const Synsets& synsets, std::vector<std::string> stack,
                              const std::set<std::string>& pruned) {
  std::set<std::string> seen;
  while (!stack.empty()) {
    std::string at = std::move(stack.back());
    stack.pop_back();
    if (pruned.count(at) || !seen.insert(at).second) continue;
    auto it = synsets.find(at);
    if (it == synsets.end()) continue;
    for (const auto& h : it->second.hyponyms) stack.push_back(h);
  }
  return seen;
}

bool EndsWith(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Plurals of one noun: WordNet's exception list when it has the word,
// otherwise English's regular endings. Nouns already ending in a single
// "s" ("arms", "knucks") are taken as plural or mass nouns and get none.
std::vector<std::string> WordPlurals(const std::string& w, const Forms& plural_of) {
  auto it = plural_of.find(w);
  if (it != plural_of.end()) return it->second;
  if (w.size() < 2) return {};
  char last = w.back(), before = w[w.size() - 2];
  if (last == 's' && before != 's') return {};
  if (last == 'x' || last == 'z' || last == 's' || EndsWith(w, "ch") || EndsWith(w, "sh"))
    return {w + "es"};
  if (last == 'y' && !IsVowel(before)) return {w.substr(0, w.size() - 1) + "ies"};
  if (last == 'o' && !IsVowel(before)) return {w + "s", w + "es"};
  return {w + "s"};
}

// Plurals of a lemma with words joined by '_': the head noun takes the
// ending, the last word or the one before "of" ("weapons of mass destruction").
std::vector<std::string> Plurals(const std::string& lemma, const Forms& plural_of) {
  auto whole = plural_of.find(lemma);
  if (whole != plural_of.end()) return whole->second;
  size_t of = lemma.find("_of_");
  size_t head_end = of == std::string::npos ? lemma.size() : of;
  size_t head_begin = lemma.rfind('_', head_end - 1);
  head_begin = head_begin == std::string::npos || head_begin >= head_end ? 0 : head_begin + 1;
  std::vector<std::string> out;
  for (const auto& p : WordPlurals(lemma.substr(head_begin, head_end - head_begin), plural_of))
    out.push_back(lemma.substr(0, head_begin) + p + lemma.substr(head_end));
  return out;
}


std::vector<std::string> StringArray(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString());
  return out;
}

struct Wordnet {
  Synsets nouns;
  Index noun_index;
  Forms noun_plurals;  // singular -> plurals
  Synsets verbs;
  Index verb_index;
  Forms verb_exceptions;  // inflected -> lemmas
};

// "weapon#1" -> the offset of the lemma's first sense; empty when WordNet
// has no such sense.
std::string Resolve(const Wordnet& wn, const std::string& name) {
  return ResolveSense(wn.noun_index, name);
}

bool ResolveAll(const Wordnet& wn, const std::vector<std::string>& names, std::vector<std::string>* out) {
  for (const auto& n : names) {
    std::string offset = Resolve(wn, n);
    if (offset.empty()) {
      std::fprintf(stderr, "wordnet_classes: no noun sense %s in WordNet\n", n.c_str());
      return false;
    }
    out->push_back(offset);
  }
  return true;
}

// The words of one class: every lemma of the closure with its plurals, where
// a single word must have the class's synset as its first sense (or be kept
// by name), and no dropped lemma brings its forms.
bool ClassWords(const Wordnet& wn, const rapidjson::Value& spec, std::set<std::string>* out) {
  std::vector<std::string> roots, pruned;
  if (!ResolveAll(wn, StringArray(spec, "roots"), &roots)) return false;
  if (!ResolveAll(wn, StringArray(spec, "prune"), &pruned)) return false;
  std::set<std::string> keep, drop;
  for (const auto& w : StringArray(spec, "keep")) keep.insert(w);
  for (const auto& w : StringArray(spec, "drop")) drop.insert(w);
  for (const auto& offset : Closure(wn.nouns, roots, {pruned.begin(), pruned.end()})) {
    for (const auto& lemma : wn.nouns.at(offset).lemmas) {
      if (drop.count(Spaced(lemma))) continue;
      if (lemma.find('_') == std::string::npos && !keep.count(lemma)) {
        auto senses = wn.noun_index.find(lemma);
        if (senses == wn.noun_index.end() || senses->second.front() != offset) continue;
      }
      std::vector<std::string> forms = Plurals(lemma, wn.noun_plurals);
      forms.push_back(lemma);
      for (const auto& f : forms) out->insert(Spaced(f));
    }
  }
  return true;
}

// The lemmas of one verb class: every lemma of the senses under "senses" and
// "roots" (named by sense, so "deliver#3" brings "hand over" but not the
// speech sense), and for "roots" those of their direct troponyms ("resell",
// "dispatch"), where a single word must have the troponym as its first
// sense. Verbs keep their base form; the lexicon inflects them. Deeper
// troponyms are mostly trades and chores ("upholster", "horseshoe"), so a
// class stops at one level.
bool VerbClassWords(const Wordnet& wn, const rapidjson::Value& spec, std::set<std::string>* out) {
  std::set<std::string> drop;
  for (const auto& w : StringArray(spec, "drop")) drop.insert(w);
  auto add = [&](const std::string& lemma) {
    if (!drop.count(Spaced(lemma))) out->insert(Spaced(lemma));
  };
  for (const char* key : {"roots", "senses"}) {
    for (const auto& name : StringArray(spec, key)) {
      std::string offset = ResolveSense(wn.verb_index, name);
      auto root = wn.verbs.find(offset);
      if (offset.empty() || root == wn.verbs.end()) {
        std::fprintf(stderr, "wordnet_classes: no verb sense %s in WordNet\n", name.c_str());
        return false;
      }
      for (const auto& lemma : root->second.lemmas) add(lemma);
      if (std::string_view(key) == "senses") continue;
      for (const auto& t : root->second.hyponyms) {
        for (const auto& lemma : wn.verbs.at(t).lemmas) {
          auto senses = wn.verb_index.find(lemma);
          bool first = senses != wn.verb_index.end() && senses->second.front() == t;
          if (first || lemma.find('_') != std::string::npos) add(lemma);
        }
      }
    }
  }
  return true;
}

bool LoadWordnet(const std::string& dir, Wordnet* wn) {
  std::string text;
  auto read = [&](const char* name) { return ReadDbFile("wordnet_classes", dir, name, &text); };
  if (!read("data.noun")) return false;
  if (!ReadSynsets(text, "n", &wn->nouns)) {
    std::fprintf(stderr, "wordnet_classes: %s/data.noun: malformed\n", dir.c_str());
    return false;
  }
  if (!read("data.verb")) return false;
  if (!ReadSynsets(text, "v", &wn->verbs)) {
    std::fprintf(stderr, "wordnet_classes: %s/data.verb: malformed\n", dir.c_str());
    return false;
  }
  if (!read("index.noun")) return false;
  wn->noun_index = ReadIndex(text);
  if (!read("noun.exc")) return false;
  // Entries such as "gas gas" only stop a final "s" being read as a plural.
  for (const auto& [plural, singulars] : ReadExceptions(text))
    for (const auto& s : singulars)
      if (s != plural) wn->noun_plurals[s].push_back(plural);
  if (!read("index.verb")) return false;
  wn->verb_index = ReadIndex(text);
  if (!read("verb.exc")) return false;
  wn->verb_exceptions = ReadExceptions(text);
  return !wn->noun_index.empty() && !wn->verb_index.empty();
}

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void WriteStrings(Writer& w, const char* key, const std::set<std::string>& words) {
  w.Key(key);
  w.StartArray();
  for (const auto& s : words) w.String(s.c_str(), static_cast<rapidjson::SizeType>(s.size()));
  w.EndArray();
}

std::string Joined(const std::set<std::string>& words, char sep = ' ') {
  std::string out;
  for (const auto& w : words) out.append(w).push_back(sep);
  return out;
}

// Irregular verb forms as "form lemma" lines, sorted by form.
std::string IrregularPairs(const Wordnet& wn) {
  std::string out;
  for (const auto& [form, lemmas] : wn.verb_exceptions) {
    if (form.find('_') != std::string::npos) continue;
    for (const auto& l : lemmas) out.append(form).append(" ").append(l).append("\n");
  }
  return out;
}

// Inflected verb forms (as VerbForms derives them) that are also nouns or
// plurals of nouns: "meeting", "visits", "hosts".
std::set<std::string> NounHomographs(const Wordnet& wn, const std::set<std::string>& verbs) {
  std::set<std::string> nouns;
  for (const auto& [lemma, offsets] : wn.noun_index) {
    if (lemma.find('_') != std::string::npos) continue;
    nouns.insert(lemma);
    for (auto& p : WordPlurals(lemma, wn.noun_plurals)) nouns.insert(std::move(p));
  }
  kg::ingest::VerbForms forms(Joined(verbs), IrregularPairs(wn), "");
  std::set<std::string> out;
  for (const auto& v : verbs) {
    std::vector<std::string> f = forms.Forms(v);
    for (size_t i = 1; i < f.size(); ++i)
      if (nouns.count(f[i])) out.insert(f[i]);
  }
  return out;
}

void WriteString(Writer& w, const char* key, const std::string& text) {
  w.Key(key);
  w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
}

// Verbs, each list one string of words in byte order, so that the lexicon
// searches them in place: single-word lemmas, irregular forms as "form
// lemma" lines, and the forms that are also nouns.
void WriteVerbs(Writer& w, const Wordnet& wn) {
  std::set<std::string> lemmas;
  for (const auto& [lemma, offsets] : wn.verb_index)
    if (lemma.find('_') == std::string::npos) lemmas.insert(lemma);
  WriteString(w, "verb_lemmas", Joined(lemmas));
  WriteString(w, "verb_irregular", IrregularPairs(wn));
  WriteString(w, "noun_homographs", Joined(NounHomographs(wn, lemmas)));
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: wordnet_classes WORDNET_DIR SPEC_JSON OUTPUT_JSON\n");
    return 2;
  }
  Wordnet wn;
  if (!LoadWordnet(argv[1], &wn)) return 1;
  rapidjson::Document spec;
  if (!ReadSpec(argv[2], &spec) || !spec.IsObject() || !spec.HasMember("arms")) {
    std::fprintf(stderr, "wordnet_classes: %s: unreadable or not a class spec\n", argv[2]);
    return 1;
  }
  std::set<std::string> arms;
  if (!ClassWords(wn, spec["arms"], &arms)) return 1;
  std::map<std::string, std::set<std::string>> verb_classes;
  auto vc = spec.FindMember("verb_classes");
  if (vc != spec.MemberEnd() && vc->value.IsObject())
    for (auto it = vc->value.MemberBegin(); it != vc->value.MemberEnd(); ++it)
      if (!VerbClassWords(wn, it->value, &verb_classes[it->name.GetString()])) return 1;
  // every other object of the spec is a class the rules read by name
  std::map<std::string, std::set<std::string>> classes;
  for (auto it = spec.MemberBegin(); it != spec.MemberEnd(); ++it) {
    std::string name = it->name.GetString();
    if (name == "arms" || name == "verb_classes" || !it->value.IsObject()) continue;
    if (!ClassWords(wn, it->value, &classes[name])) return 1;
  }

  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  WriteStrings(w, "arms", arms);
  w.Key("verb_classes");
  w.StartObject();
  for (const auto& [name, words] : verb_classes) WriteStrings(w, name.c_str(), words);
  w.EndObject();
  w.Key("classes");
  w.StartObject();
  // each class one string of its words, every one followed by '|': the
  // lexicon splits it in place instead of parsing tens of thousands of
  // JSON strings at every start
  for (const auto& [name, words] : classes) WriteString(w, name.c_str(), Joined(words, '|'));
  w.EndObject();
  WriteVerbs(w, wn);
  w.EndObject();
  return WriteOutput("wordnet_classes", argv[3], buffer.GetString()) ? 0 : 1;
}
