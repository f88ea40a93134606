// Groups and states in view: the order in which people and states were
// last named, the lists joined by "and", and what "they", "the two
// leaders", "the two governments" and "the kingdom" stand for. Part of
// Coreference.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/coreference.h"

namespace kg::ingest {

using graph::NodeType;

// Keeps the order of last mention, and the chain of agents joined by "and"
// or a comma ("Pashinyan and Aliyev", "he and Mario Draghi").
void Coreference::NoteRecent(const std::vector<Token>& t, const std::vector<Mention>& ms, size_t idx) {
  const Mention& m = ms[idx];
  if (m.entity < 0 || !m.group.empty()) return;
  bool person = entities_[m.entity].type == NodeType::kPerson;
  // "Tokayev was received by Mirziyoyev ... the two sides": a person's
  // country is a state in view
  if (person && CountryOf(m.entity) >= 0 &&
      entities_[CountryOf(m.entity)].type == NodeType::kCountry)
    NoteNamedState(CountryOf(m.entity));
  if (!person && entities_[m.entity].type == NodeType::kAgreement) return;
  size_t before = m.first;
  while (before > 0 && t[before - 1].lower == "the") --before;
  bool locative = before > 0 && (t[before - 1].lower == "in" || t[before - 1].lower == "to" ||
                                 t[before - 1].lower == "at" || t[before - 1].lower == "from");
  // "the country" is a state: "the World Bank halted disbursements to the
  // country" is Sudan's, not the bank's
  if (entities_[m.entity].type == NodeType::kCountry) {
    last_state_ = m.entity;
    if (locative) last_place_state_ = m.entity;  // "flew to Sudan"
    NoteNamedState(m.entity);
    if (std::find(sentence_states_.begin(), sentence_states_.end(), m.entity) == sentence_states_.end())
      sentence_states_.push_back(m.entity);
  }
  if (!locative || person) {
    auto& recent = person ? recent_people_ : recent_states_;
    recent.erase(std::remove(recent.begin(), recent.end(), m.entity), recent.end());
    recent.push_back(m.entity);
  }
  // The previous item of a list: skip this mention's own affiliation
  // ("and Azerbaijani President Ilham Aliyev").
  size_t self = m.affiliation >= 0 && static_cast<size_t>(m.affiliation) < idx ? m.affiliation : idx;
  uint32_t gap_end = ms[self].first;
  bool joined = false, has_and = false;
  int prev = -1;
  uint32_t prev_first = 0;
  if (self > 0) {
    size_t p = self - 1;
    if (ms[p].affiliation < 0 && p > 0 && ms[p - 1].affiliation == static_cast<int>(p)) --p;
    prev = ms[p].entity;
    prev_first = ms[p].first;
    gap_end = ms[self].first;
    if (prev >= 0 && prev != m.entity && ms[p].kind != MentionKind::kAgreement &&
        ms[p].kind != MentionKind::kPlace) {
      joined = ms[p].last < gap_end;
      for (uint32_t k = ms[p].last; k < gap_end && joined; ++k) {
        const TokenWord& w = t[k].lower;
        has_and = has_and || w == "and";
        joined = w == "and" || w == "," || w == "the";
      }
      joined = joined && (entities_[prev].type == NodeType::kPerson) == person;
    }
  }
  if (!joined || chain_.empty() || chain_.back() != prev) chain_.clear();
  if (joined && chain_.empty()) {
    chain_.push_back(prev);
    // "Egypt and Greece settled ..., weeks after Turkey and Libya drew
    // their own": a list inside a clause opened by "after", "while", ...
    size_t b = prev_first;
    while (b > 0 && t[b - 1].lower == "the") --b;
    chain_subordinate_ = b > 0 && lex_.InSet("subordinators", t[b - 1].lower);
  }
  if (joined) chain_.push_back(m.entity);
  // ... gives way to the list of the main clause before it
  bool outranked = chain_subordinate_ && !last_group_subordinate_ && !last_group_.empty() &&
                   last_group_sentence_ == sentence_ && last_group_people_ == person;
  if (joined && has_and && !outranked) {
    last_group_ = chain_;
    last_group_people_ = person;
    last_group_sentence_ = sentence_;
    last_group_subordinate_ = chain_subordinate_;
  }
}

// Every state named, in order of last mention.
void Coreference::NoteNamedState(int state) {
  named_states_.erase(std::remove(named_states_.begin(), named_states_.end(), state),
                      named_states_.end());
  named_states_.push_back(state);
}

// The list of states a description can mean: "the kingdom" a monarchy,
// "the island nation" an island state; empty when any state will do.
std::string_view Coreference::StateKind(std::string_view surface) {
  auto has = [&](std::string_view w) { return surface.find(w) != std::string_view::npos; };
  if (surface.ends_with("kingdom") || surface.ends_with("Kingdom")) return "kingdoms";
  if (has("sultanate")) return "sultanates";
  if (has("island") || has("archipelago")) return "island_states";
  if (has("Gulf") || has("gulf")) return "gulf_states";
  return {};
}

// "they": the last group joined by "and", in this or the previous sentence;
// "the two leaders" / "the two countries": that group if it is of the kind
// asked for, else the last two people or states mentioned.
std::vector<int> Coreference::ResolveGroup(const Mention& m) const {
  bool recent_group = !last_group_.empty() && sentence_ <= last_group_sentence_ + 1;
  // "the two governments said they would sign": a group just described
  // in the sentence, when no list joined by "and" is in view
  if (m.role == "group" && !recent_group && described_group_sentence_ == sentence_)
    return described_group_;
  if (m.role == "group") return recent_group ? last_group_ : std::vector<int>{};
  if (m.role == "state") {
    // "the kingdom": the last monarchy named, when one was named lately;
    // "the island nation", "the Gulf state", "the sultanate" likewise, and
    // no other state (Nauru is meant in "Australia will pay ... for a say
    // over deals the island nation strikes")
    std::string_view kind = StateKind(m.surface);
    if (!kind.empty()) {
      // the last state named anywhere ("the sale of munitions to Saudi
      // Arabia. The kingdom ..."), then the last few named as actors
      if (last_state_ >= 0 && lex_.InSet(kind, graph::NormalizeName(entities_[last_state_].name)))
        return {last_state_};
      for (size_t k = recent_states_.size(); k > 0 && k + 4 > recent_states_.size(); --k) {
        int e = recent_states_[k - 1];
        if (entities_[e].type == NodeType::kCountry &&
            lex_.InSet(kind, graph::NormalizeName(entities_[e].name)))
          return {e};
      }
      if (kind != "kingdoms") return {};
    }
    // "On his trip to China, Colombia's Petro ... bringing the Andean
    // country into ...": a description of a kind we cannot check, in a
    // sentence naming two states, may mean either
    bool modified = std::count(m.surface.begin(), m.surface.end(), ' ') > 1;
    if (kind.empty() && modified && sentence_states_.size() > 1) return {};
    // "Saudi Arabia agreed ... to and from Israel, but the kingdom did not
    // sign": the state that was last a subject, else the last one named.
    if (last_subject_thing_ >= 0 && sentence_ <= last_thing_sentence_ + 1 &&
        entities_[last_subject_thing_].type == NodeType::kCountry)
      return {last_subject_thing_};
    return last_state_ >= 0 ? std::vector<int>{last_state_} : std::vector<int>{};
  }
  bool people = m.role.rfind("people", 0) == 0;
  if (recent_group && last_group_people_ == people) return last_group_;
  // "the two prime ministers": the last two people who hold that role
  std::string want = m.role.size() > 7 ? m.role.substr(7) : "";
  std::vector<int> out;
  const auto& recent = people ? recent_people_ : recent_states_;
  for (size_t k = recent.size(); k > 0 && out.size() < 2; --k)
    if (want.empty() || role_of_[recent[k - 1]] == want) out.insert(out.begin(), recent[k - 1]);
  if (out.size() < 2 && recent.size() >= 2)  // roles unknown: the last two named
    out = {recent[recent.size() - 2], recent.back()};
  // "On his trip to China, Colombia's Petro looked on as the two governments
  // signed": a state named after a preposition counts too
  if (out.size() < 2 && !people && named_states_.size() >= 2)
    out = {named_states_[named_states_.size() - 2], named_states_.back()};
  // "Britain and India agreed ...; the two prime ministers will sign it":
  // nobody named, so the leaders stand for the states just listed
  if (out.size() < 2 && people && recent_group && !last_group_people_) return last_group_;
  if (out.size() < 2) return {};
  return out;
}

}  // namespace kg::ingest
