// Descriptions of people ("the Brazilian leader", "the visitor", "its new
// president") and how sure a pronoun or description is of its person. Part
// of Coreference: a description resolves to a person in view by title, role
// and country.
#include <string>
#include <vector>

#include "ingest/coreference.h"

namespace kg::ingest {

using graph::NodeType;

int Coreference::ResolveDescription(const Mention& m, const std::vector<Mention>& ms) {
  int want_country = m.affiliation >= 0 ? ms[m.affiliation].entity : -1;
  auto of_country = [&](int e) {
    return CountryOf(e) == want_country ||
           CountryOf(e) == -2 - lex_.ActorByName(entities_[want_country].name);
  };
  if (m.role == "counterpart") {  // "his British host": the last Briton named, whatever his role
    if (want_country < 0) return -1;
    for (size_t k = recent_people_.size(); k > 0; --k)
      if (of_country(recent_people_[k - 1])) return recent_people_[k - 1];
    return want_country;  // nobody named: the country acts through its representative
  }
  // "Zelensky embraced Modi in Kyiv. The visitor ...": of the people in
  // view, the one from elsewhere than the place last named; "his host" the
  // one from there
  if (m.role == "visitor" || m.role == "host") {
    if (last_place_state_ < 0 || sentence_ > last_person_sentence_ + 1) return -1;
    for (size_t k = recent_people_.size(); k > 0 && k + 4 > recent_people_.size(); --k) {
      int c = CountryOf(recent_people_[k - 1]);
      if (c < 0) continue;
      if ((c == last_place_state_) == (m.role == "host")) return recent_people_[k - 1];
    }
    return -1;
  }
  // "the prince" after "Crown Prince Mohammed bin Salman": the last person
  // named with that title, before anyone who merely shares its role; a
  // person known by another title ("the prime minister" is not the king)
  // is not meant
  auto same_title = [&](int e) {
    const std::string& title = title_of_[e];
    return title == m.title || (title.size() > m.title.size() && title.ends_with(" " + m.title));
  };
  for (size_t k = recent_people_.size(); k > 0 && !m.title.empty(); --k) {
    if (same_title(recent_people_[k - 1]) && (want_country < 0 || of_country(recent_people_[k - 1])))
      return recent_people_[k - 1];
  }
  // "Li Qiang arrived ... After talks with Christopher Luxon, the visiting
  // premier flies on": when nobody holds that title, the person the text is
  // about comes before the last one named in passing
  if (last_subject_person_ >= 0 && sentence_ <= last_person_sentence_ + 1 &&
      role_of_[last_subject_person_] == m.role && (want_country < 0 || of_country(last_subject_person_)))
    return last_subject_person_;
  int best = -1;
  for (size_t e = 0; e < entities_.size(); ++e) {
    if (entities_[e].type != NodeType::kPerson || role_of_[e] != m.role) continue;
    // ("the leader" is every leader's title)
    bool specific = !m.title.empty() && m.title != m.role;
    if (specific && !title_of_[e].empty() && !same_title(static_cast<int>(e))) continue;
    if (want_country >= 0 && CountryOf(static_cast<int>(e)) != want_country &&
        CountryOf(static_cast<int>(e)) != -2 - lex_.ActorByName(entities_[want_country].name))
      continue;
    best = static_cast<int>(e);
  }
  if (best >= 0) return best;
  if (want_country >= 0) {
    // "Senegal elected Bassirou Diomaye Faye. Its new president flew ...":
    // the person just named with no office known, of no other country
    bool in_view = last_person_ >= 0 && sentence_ <= last_person_sentence_ + 1 &&
                   role_of_[last_person_].empty();
    // (nobody: "its leader would travel" stays unknown, since the leader
    // may be named later in the text)
    return in_view && (CountryOf(last_person_) < 0 || of_country(last_person_)) ? last_person_ : -1;
  }
  // "Prabowo Subianto flew to Beijing ... The former general will go on to
  // Washington": a description of nobody with that role is, like "he", the
  // person the last sentence was about, when nothing known contradicts it;
  // "the veteran diplomat" or "the 78-year-old" fits any office
  if (last_subject_person_ < 0 || sentence_ > last_person_sentence_ + 1) return -1;
  const std::string& known = role_of_[last_subject_person_];
  bool fits = known.empty() || known == m.role || m.role == "former" || m.role == "person";
  return fits ? last_subject_person_ : -1;
}

// How sure a pronoun or a description is of its person: a person last
// named sentences ago, or among others named just before, is a guess.
void Coreference::NoteAntecedentDistance(Mention* m) const {
  if (m->entity < 0 || entities_[m->entity].type != NodeType::kPerson) return;
  int named = named_at_[m->entity];
  m->antecedent_back = named < 0 ? -1 : static_cast<int>(sentence_) - named;
  int since = static_cast<int>(sentence_) - 1;
  for (size_t e = 0; e < named_at_.size(); ++e)
    if (static_cast<int>(e) != m->entity && named_at_[e] >= since && named_at_[e] >= 0 &&
        entities_[e].type == NodeType::kPerson)
      ++m->rivals_in_view;
}

}  // namespace kg::ingest
