// Relation: one fact found in one sentence by ExtractRelations, before it
// becomes graph FactRecords: who (one or more entities), the relation, what
// or whom, the modality, the date and the rule that fired.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/model.h"

namespace kg::ingest {

struct Relation {
  std::string relation;      // signed, suspended, visited, supplies_arms_to
  std::vector<int> sources;  // document entities
  int target = -1;           // document entity; -1 when new_target_name is set
  std::string new_target_name;   // an agreement or thing on no list
  std::string new_target_alias;  // its description as written
  std::string new_target_head;   // the description without its "of"/"on" phrase, if any
  graph::NodeType new_target_type = graph::NodeType::kAgreement;
  std::vector<int> counterparts;  // "signed X with B": B (B signed X too)
  graph::Modality modality = graph::Modality::kAsserted;
  std::string cue;           // the modality cue word, if any
  bool modality_override_hypothetical = false;  // "pledged": a promise
  bool modality_override = false;
  bool modality_override_asserted = false;  // presupposed by another fact  // the trigger itself denies the fact ("skipped the summit")
  uint32_t trigger = 0;      // token index of the trigger
  uint32_t first = 0, last = 0;  // token span of the evidence
  std::string date;
  std::string rule;
  float confidence = 0.9f;

  std::string ToString() const;
};

}  // namespace kg::ingest
