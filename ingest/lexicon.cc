#include "ingest/lexicon.h"

#include <rapidjson/document.h>

#include <algorithm>
#include <array>
#include <cassert>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "ingest/embedded_data.h"
#include "ingest/tokenizer.h"
#include "ingest/verb_forms.h"

namespace kg::ingest {
namespace {

using graph::NodeType;

// Parses an embedded dictionary as the C string it is (EmbeddedData ends
// each with a NUL): rapidjson's string reader then scans sixteen bytes at a
// time, where a sized memory stream checks its end at every byte.
void ParseEmbedded(std::string_view text, rapidjson::Document* doc) {
  assert(text.data()[text.size()] == '\0');  // see EmbeddedData
  doc->Parse(text.data());
}

Result<rapidjson::Document> Parse(std::string_view name) {
  std::string_view text = EmbeddedData(name);
  if (text.empty()) return Status::Corruption("missing embedded dictionary " + std::string(name));
  rapidjson::Document doc;
  ParseEmbedded(text, &doc);
  if (doc.HasParseError()) {
    return Status::Corruption("dictionary " + std::string(name) + ": JSON error at offset " +
                              std::to_string(doc.GetErrorOffset()));
  }
  return doc;
}

std::vector<std::string> Strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  if (!obj.IsObject()) return out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray())
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  return out;
}

std::string Str(const rapidjson::Value& obj, const char* key) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsString()) return {};
  return std::string(it->value.GetString(), it->value.GetStringLength());
}

// "Korea, Republic of" -> "Korea"; "Cocos (Keeling) Islands" unchanged.
std::string ShortIsoName(const rapidjson::Value& c) {
  std::string common = Str(c, "common_name");
  if (!common.empty()) return common;
  std::string name = Str(c, "name");
  size_t comma = name.find(',');
  return comma == std::string::npos ? name : name.substr(0, comma);
}

// An arms word or phrase, keyed as the tokenizer splits it, with its token
// prefixes so ArmsAt can stop early.
void AddArms(RelationWords* w, std::string_view phrase) {
  std::string key = PhraseKey(phrase);
  if (key.empty()) return;
  for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
    w->arms_prefixes.insert(key.substr(0, sp));
  w->arms_prefixes.insert(key);
  w->arms.insert(std::move(key));
}

// What the lexicon takes from WordNet (the "wordnet" dictionary, generated
// at build time by ingest/gen/wordnet_classes.cc).
struct WordnetClasses {
  std::vector<std::string> arms;  // arms nouns and their plurals
  VerbForms verbs;
  // verb class name ("transfer_verbs") -> base forms
  std::vector<std::pair<std::string, std::vector<std::string>>> verb_classes;
  // word sets by name, each as the dictionary has it: words each followed by '|'
  std::vector<std::pair<std::string, std::string>> classes;
};

Result<WordnetClasses> ReadWordnet() {
  Result<rapidjson::Document> doc = Parse("wordnet");
  if (!doc.ok()) return doc.status();
  auto text = [&](const char* key) -> std::string_view {
    auto it = doc->FindMember(key);
    if (it == doc->MemberEnd() || !it->value.IsString()) return {};
    return std::string_view(it->value.GetString(), it->value.GetStringLength());
  };
  if (!doc->IsObject() || !doc->HasMember("arms") || text("verb_lemmas").empty())
    return Status::Corruption("dictionary wordnet: no arms class or verb forms");
  WordnetClasses out{Strings(*doc, "arms"),
                     VerbForms(text("verb_lemmas"), text("verb_irregular"), text("noun_homographs")),
                     {}, {}};
  auto vc = doc->FindMember("verb_classes");
  if (vc == doc->MemberEnd() || !vc->value.IsObject())
    return Status::Corruption("dictionary wordnet: no verb classes");
  for (auto it = vc->value.MemberBegin(); it != vc->value.MemberEnd(); ++it)
    out.verb_classes.emplace_back(it->name.GetString(), Strings(vc->value, it->name.GetString()));
  auto classes = doc->FindMember("classes");
  if (classes != doc->MemberEnd() && classes->value.IsObject())
    for (auto it = classes->value.MemberBegin(); it != classes->value.MemberEnd(); ++it) {
      if (!it->value.IsString())
        return Status::Corruption(std::string("dictionary wordnet: class ") +
                                  it->name.GetString() + " is no string of words");
      out.classes.emplace_back(it->name.GetString(),
                               std::string(it->value.GetString(), it->value.GetStringLength()));
    }
  return out;
}

// The word lists that take every form of the verbs they name: lexicon.json's
// "verb_inflection" opts lists in by path ("stop_verbs",
// "relations.visited.verbs_prep"), since some lists hold only certain forms
// on purpose, and names words that keep only their listed form.
class Inflection {
 public:
  Inflection(const rapidjson::Value& lexicon, const VerbForms& verbs) : verbs_(verbs) {
    auto it = lexicon.FindMember("verb_inflection");
    if (it == lexicon.MemberEnd()) return;
    for (const auto& s : Strings(it->value, "lists")) lists_.insert(s);
    for (const auto& s : Strings(it->value, "keep_as_listed")) keep_.insert(s);
  }

  // `words` followed by the other forms of their verbs when `list` opted in.
  std::vector<std::string> Apply(std::string_view list, std::vector<std::string> words) const {
    if (!lists_.count(list)) return words;
    StringSet seen(words.begin(), words.end());
    for (size_t i = 0, n = words.size(); i < n; ++i) {
      if (keep_.count(words[i])) continue;
      for (auto& form : verbs_.Expand(words[i]))
        if (seen.insert(form).second) words.push_back(std::move(form));
    }
    return words;
  }

 private:
  const VerbForms& verbs_;
  StringSet lists_;
  StringSet keep_;
};

bool AllCapsShort(std::string_view s) {
  size_t letters = 0;
  for (char c : s) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters > 0 && letters <= 4;
}

}  // namespace

namespace {

// A phrase of ASCII letters, digits and spaces only, as most listed names
// are, tokenizes into its space-separated words: its key is those words in
// lower case, one space apart, with no tokenizer run. Returns false, leaving
// *key unspecified, for any other byte.
// For each byte: its lower case if an ASCII letter or digit, ' ' for a
// space, 0 for any other.
constexpr std::array<char, 256> kPlainKeyByte = [] {
  std::array<char, 256> table{};
  for (int c = '0'; c <= '9'; ++c) table[c] = static_cast<char>(c);
  for (int c = 'a'; c <= 'z'; ++c) table[c] = static_cast<char>(c);
  for (int c = 'A'; c <= 'Z'; ++c) table[c] = static_cast<char>(c - 'A' + 'a');
  table[' '] = ' ';
  return table;
}();

bool PlainPhraseKey(std::string_view phrase, std::string* key) {
  key->resize(phrase.size());
  char* const start = key->data();
  char* out = start;
  for (char ch : phrase) {
    char k = kPlainKeyByte[static_cast<unsigned char>(ch)];
    if (k == 0) return false;
    // one space between words, none before the first or after the last
    if (k == ' ' && (out == start || out[-1] == ' ')) continue;
    *out++ = k;
  }
  if (out != start && out[-1] == ' ') --out;
  key->resize(static_cast<size_t>(out - start));
  return true;
}

}  // namespace

std::string PhraseKey(std::string_view phrase) {
  std::string key;
  if (PlainPhraseKey(phrase, &key)) return key;
  // Some ten thousand keys at every load: one token buffer per thread keeps
  // its tokens' storage from one phrase to the next.
  thread_local std::vector<Token> tokens;
  TokenizeInto(phrase, 0, static_cast<uint32_t>(phrase.size()), &tokens);
  key.clear();
  key.reserve(phrase.size() + 2);
  for (const Token& t : tokens) {
    if (!key.empty()) key += ' ';
    key += t.lower;
  }
  return key;
}

const Lexicon& Lexicon::Default() {
  static const Lexicon* lexicon = [] {
    Result<Lexicon> r = Load();
    if (!r.ok()) {
      std::fprintf(stderr, "kg: the built-in dictionaries are broken: %s\n",
                   r.status().ToString().c_str());
      std::abort();
    }
    return new Lexicon(std::move(r).value());
  }();
  return *lexicon;
}

Result<Lexicon> Lexicon::Load() {
  Lexicon lex;
  KG_RETURN_IF_ERROR(lex.LoadCountries());
  KG_RETURN_IF_ERROR(lex.LoadOrganizations());
  KG_RETURN_IF_ERROR(lex.LoadPeople());
  KG_RETURN_IF_ERROR(lex.LoadAgreements());
  // after every list, so that a listed name keeps its own entry
  KG_RETURN_IF_ERROR(lex.LoadWordnetPlaces());
  Result<WordnetClasses> wordnet = ReadWordnet();
  if (!wordnet.ok()) return wordnet.status();
  KG_RETURN_IF_ERROR(lex.LoadWordLists(wordnet->verbs));
  // after the word lists, which name the facility heads it reads
  KG_RETURN_IF_ERROR(lex.LoadGweatherPlaces());
  // WordNet's arms nouns join the hand list: the rules match both alike.
  RelationWords& supplies = lex.relations_["supplies_arms_to"];
  for (const auto& s : wordnet->arms) AddArms(&supplies, s);
  lex.AddTransferVerbs(wordnet->verbs, wordnet->verb_classes);
  // the other classes are looked up by text (InClass): one-word lemmas only
  for (const auto& [name, words] : wordnet->classes) {
    std::vector<std::string_view> single;
    std::string_view rest = words;
    for (size_t bar = rest.find('|'); bar != std::string_view::npos; bar = rest.find('|')) {
      std::string_view w = rest.substr(0, bar);
      rest.remove_prefix(bar + 1);
      if (!w.empty() && w.find(' ') == std::string_view::npos) single.push_back(w);
    }
    StringTable& table = lex.classes_[name];
    table.Reserve(single.size());
    for (std::string_view w : single) table.Insert(w);
  }
  lex.NumberWords();
  return lex;
}

int Lexicon::AddActor(ActorInfo info) {
  int id = static_cast<int>(actors_.size());
  actor_by_name_.emplace(info.name, id);
  actors_.push_back(std::move(info));
  return id;
}

void Lexicon::AddPhrase(std::string_view phrase, EntryKind kind, int actor, bool open_name,
                        bool needs_context) {
  std::string_view p = phrase;
  if (p.substr(0, 4) == "the " || p.substr(0, 4) == "The ") p.remove_prefix(4);
  std::string key = PhraseKey(p);
  if (key.empty()) return;
  size_t tokens = 0;
  uint32_t node = WordTrie::kRoot;
  for (size_t b = 0, sp; b <= key.size(); b = sp + 1, ++tokens) {
    sp = std::min(key.find(' ', b), key.size());
    node = phrase_trie_.Insert(node, std::string_view(key).substr(b, sp - b));
  }
  if (tokens > max_phrase_tokens_) max_phrase_tokens_ = tokens;
  uint32_t index = phrase_keys_.Insert(key);
  phrase_of_node_.resize(phrase_trie_.size(), StringTable::kNotFound);
  phrase_of_node_[node] = index;
  if (index == phrase_entries_.size()) phrase_entries_.emplace_back();
  auto& entries = phrase_entries_[index];
  for (const auto& e : entries)
    if (e.actor == actor && e.kind == kind) return;
  entries.push_back({kind, actor, AllCapsShort(p), std::string(p), open_name, needs_context});
}

Status Lexicon::LoadCountries() {
  Result<rapidjson::Document> iso = Parse("iso_3166_1");
  if (!iso.ok()) return iso.status();
  Result<rapidjson::Document> extra = Parse("countries");
  if (!extra.ok()) return extra.status();
  const rapidjson::Value& list = (*iso)["3166-1"];
  const rapidjson::Value& adds = (*extra)["countries"];
  std::vector<std::pair<int, std::string>> sovereigns;  // resolved once every code is in
  for (const auto& c : list.GetArray()) {
    std::string code = Str(c, "alpha_2");
    const rapidjson::Value* add = nullptr;
    if (adds.HasMember(code.c_str())) add = &adds[code.c_str()];
    std::string name = add && add->HasMember("name") ? Str(*add, "name") : ShortIsoName(c);
    int id = AddActor({name, NodeType::kCountry, -1, "", ""});
    AddPhrase(name, EntryKind::kName, id);
    // a standard name that news gives another country ("Congo") stays out
    std::vector<std::string> not_names;
    if (add) not_names = Strings(*add, "not_names");
    for (const char* k : {"name", "common_name", "official_name"}) {
      std::string n = Str(c, k);
      if (n.empty() || n.find(',') != std::string::npos) continue;
      if (std::find(not_names.begin(), not_names.end(), n) != not_names.end()) continue;
      AddPhrase(n, EntryKind::kName, id);
    }
    actor_by_name_.emplace(code, id);
    if (!add) continue;
    if (add->HasMember("sovereign")) sovereigns.emplace_back(id, Str(*add, "sovereign"));
    for (const auto& a : Strings(*add, "aliases")) AddPhrase(a, EntryKind::kName, id);
    for (const auto& a : Strings(*add, "adj")) AddPhrase(a, EntryKind::kAdjective, id);
    for (const auto& a : Strings(*add, "metonyms")) AddPhrase(a, EntryKind::kMetonym, id);
    for (const auto& a : Strings(*add, "cities")) AddPhrase(a, EntryKind::kCity, id);
  }
  for (const auto& [id, code] : sovereigns) actors_[id].sovereign = ActorByName(code);
  // Kosovo is not in ISO 3166-1 but is in the alias file.
  if (adds.HasMember("XK") && ActorByName("Kosovo") < 0) {
    const auto& k = adds["XK"];
    int id = AddActor({"Kosovo", NodeType::kCountry, -1, "", ""});
    AddPhrase("Kosovo", EntryKind::kName, id);
    actor_by_name_.emplace("XK", id);
    for (const auto& a : Strings(k, "adj")) AddPhrase(a, EntryKind::kAdjective, id);
    for (const auto& a : Strings(k, "metonyms")) AddPhrase(a, EntryKind::kMetonym, id);
  }
  return Status::OK();
}

Status Lexicon::LoadOrganizations() {
  Result<rapidjson::Document> doc = Parse("organizations");
  if (!doc.ok()) return doc.status();
  for (const auto& o : (*doc)["organizations"].GetArray()) {
    // a body's `country` is the country of its seat, when the list gives one
    int id = AddActor({Str(o, "name"), NodeType::kOrganization, ActorByName(Str(o, "seat")), "", ""});
    std::vector<std::string> names = Strings(o, "aliases");
    names.push_back(actors_[id].name);
    for (const auto& a : names) {
      AddPhrase(a, EntryKind::kName, id);
      // "Organisation" and "Organization": both spellings of a body's name
      bool british = a.find("isation") != std::string::npos;
      std::string other = a;
      const char* from = british ? "isation" : "ization";
      for (size_t at = other.find(from); at != std::string::npos; at = other.find(from, at + 1))
        other[at + 1] = british ? 'z' : 's';
      if (other != a) AddPhrase(other, EntryKind::kName, id);
    }
    for (const auto& a : Strings(o, "adj")) AddPhrase(a, EntryKind::kAdjective, id);
    for (const auto& a : Strings(o, "metonyms")) AddPhrase(a, EntryKind::kMetonym, id);
  }
  return Status::OK();
}

Status Lexicon::LoadPeople() {
  Result<rapidjson::Document> doc = Parse("people");
  if (!doc.ok()) return doc.status();
  for (const auto& p : (*doc)["people"].GetArray()) {
    ActorInfo info{Str(p, "name"), NodeType::kPerson, ActorByName(Str(p, "country")),
                   Str(p, "role"), Str(p, "title")};
    int id = AddActor(std::move(info));
    AddPhrase(actors_[id].name, EntryKind::kName, id);
    for (const auto& a : Strings(p, "aliases")) AddPhrase(a, EntryKind::kName, id);
  }
  return Status::OK();
}

Status Lexicon::LoadAgreements() {
  Result<rapidjson::Document> doc = Parse("agreements");
  if (!doc.ok()) return doc.status();
  for (const auto& a : (*doc)["agreements"].GetArray()) {
    int id = AddActor({Str(a, "name"), NodeType::kAgreement, -1, "", ""});
    AddPhrase(actors_[id].name, EntryKind::kName, id);
    for (const auto& s : Strings(a, "aliases")) AddPhrase(s, EntryKind::kName, id);
  }
  return Status::OK();
}

Status Lexicon::LoadWordLists(const VerbForms& verbs) {
  Result<rapidjson::Document> doc = Parse("lexicon");
  if (!doc.ok()) return doc.status();
  Inflection inflection(*doc, verbs);
  const auto& titles = (*doc)["titles"];
  for (auto it = titles.MemberBegin(); it != titles.MemberEnd(); ++it) {
    std::string role = it->name.GetString();
    for (const auto& t : it->value.GetArray()) {
      std::string key = PhraseKey(t.GetString());
      size_t n = 1;
      for (char c : key) n += c == ' ';
      if (n > max_title_tokens_) max_title_tokens_ = n;
      for (size_t sp = key.find(' '); sp != std::string::npos; sp = key.find(' ', sp + 1))
        title_prefixes_.Insert(std::string_view(key).substr(0, sp));
      title_prefixes_.Insert(key);
      // The first role listed for a title wins.
      if (title_keys_.Insert(key) == title_roles_.size()) title_roles_.push_back(role);
    }
  }
  for (auto it = doc->MemberBegin(); it != doc->MemberEnd(); ++it) {
    if (!it->value.IsArray()) continue;
    std::string name = it->name.GetString();
    auto& set = sets_[name];
    auto& list = lists_[name];
    list = inflection.Apply(name, Strings(*doc, name.c_str()));
    for (auto& w : list) {
      w = FoldDiacritics(w);  // tokens are compared without diacritics
      set.entries.Insert(w);
    }
  }
  const auto& mod = (*doc)["modality"];
  for (auto it = mod.MemberBegin(); it != mod.MemberEnd(); ++it) {
    auto& set = sets_[it->name.GetString()];
    for (const auto& v : it->value.GetArray()) set.entries.Insert(v.GetString());
  }
  const auto& rels = (*doc)["relations"];
  for (auto it = rels.MemberBegin(); it != rels.MemberEnd(); ++it) {
    RelationWords& w = relations_[it->name.GetString()];
    std::string path = std::string("relations.") + it->name.GetString() + ".";
    auto words = [&](const char* list) { return inflection.Apply(path + list, Strings(it->value, list)); };
    for (const auto& s : words("verbs")) w.verbs.insert(s);
    for (const auto& s : Strings(it->value, "nouns")) w.nouns.insert(s);
    for (const auto& s : Strings(it->value, "noun_preps")) w.noun_preps.insert(s);
    for (const auto& s : Strings(it->value, "objects")) w.objects.insert(s);
    for (const auto& s : Strings(it->value, "arms")) AddArms(&w, s);
    for (const auto& s : Strings(it->value, "adverbs")) w.objects.insert(s);
    for (const char* list : {"attend_verbs", "absent_verbs", "reception_verbs", "event_nouns", "place_nouns"})
      for (const auto& s : words(list)) sets_[list].entries.Insert(s);
    auto vp = it->value.FindMember("verbs_prep");
    if (vp != it->value.MemberEnd()) {
      for (auto v = vp->value.MemberBegin(); v != vp->value.MemberEnd(); ++v)
        w.verbs_prep.emplace(v->name.GetString(), v->value.GetString());
      // Listed forms keep their own preposition; other forms take their verb's.
      for (auto v = vp->value.MemberBegin(); v != vp->value.MemberEnd(); ++v)
        for (const auto& form : inflection.Apply(path + "verbs_prep", {v->name.GetString()}))
          w.verbs_prep.emplace(form, v->value.GetString());
    }
    for (const auto* set : {&w.verbs, &w.nouns})
      for (const auto& word : *set) trigger_words_.Insert(std::string_view(word).substr(0, word.find(' ')));
    for (const auto& [word, prep] : w.verbs_prep) trigger_words_.Insert(word);
    for (const char* list : {"attend_verbs", "reception_verbs"})
      for (const auto& s : words(list)) trigger_words_.Insert(s);
  }
  for (const char* w : {"support", "supports", "supported", "supporting", "buy", "buys", "bought",
                        "buying", "purchase", "purchased", "purchases", "purchasing", "received",
                        "receives", "receiving", "acquired"})
    trigger_words_.Insert(w);
  return Status::OK();
}

}  // namespace kg::ingest
