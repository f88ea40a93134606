#include "ingest/learned_model.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "ingest/embedded_data.h"

namespace kg::ingest {
namespace {

double Sigmoid(double z) {
  if (z > 30) return 1.0;
  if (z < -30) return 0.0;
  return 1.0 / (1.0 + std::exp(-z));
}

// A weight written with four decimals: enough for a score, and short.
double Rounded(double w) { return std::round(w * 10000.0) / 10000.0; }

// Feature ids of every example, each feature once, keeping only features
// seen in at least min_count examples.
std::vector<std::vector<int>> Encode(const std::vector<LearnedExample>& examples, int min_count,
                                     std::vector<std::string>* names) {
  std::map<std::string, int> count;
  for (const LearnedExample& e : examples) {
    std::set<std::string> once(e.features.begin(), e.features.end());
    for (const std::string& f : once) ++count[f];
  }
  std::map<std::string, int> id;
  for (const auto& [f, n] : count)
    if (n >= min_count) {
      id.emplace(f, static_cast<int>(names->size()));
      names->push_back(f);
    }
  std::vector<std::vector<int>> out;
  out.reserve(examples.size());
  for (const LearnedExample& e : examples) {
    std::set<int> ids;
    for (const std::string& f : e.features)
      if (auto it = id.find(f); it != id.end()) ids.insert(it->second);
    out.emplace_back(ids.begin(), ids.end());
  }
  return out;
}

}  // namespace

double LearnedModel::Probability(const std::vector<std::string>& features) const {
  double z = bias;
  for (const std::string& f : features)
    if (auto it = weights.find(f); it != weights.end()) z += it->second;
  return Sigmoid(z);
}

std::vector<std::pair<std::string, double>> LearnedModel::TopFeatures(
    const std::vector<std::string>& features, size_t n) const {
  std::vector<std::pair<std::string, double>> out;
  for (const std::string& f : features) {
    auto it = weights.find(f);
    if (it == weights.end()) continue;
    bool seen = false;
    for (const auto& p : out) seen = seen || p.first == f;
    if (!seen) out.emplace_back(f, it->second);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::fabs(a.second) > std::fabs(b.second);
  });
  if (out.size() > n) out.resize(n);
  return out;
}

std::string LearnedModel::ToJson() const {
  std::map<std::string, double> sorted(weights.begin(), weights.end());
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.SetMaxDecimalPlaces(4);
  w.StartObject();
  w.Key("relation");
  w.String(relation.c_str());
  w.Key("threshold");
  w.Double(Rounded(threshold));
  w.Key("bias");
  w.Double(Rounded(bias));
  w.Key("weights");
  w.StartObject();
  for (const auto& [f, x] : sorted) {
    w.Key(f.c_str(), static_cast<rapidjson::SizeType>(f.size()));
    w.Double(Rounded(x));
  }
  w.EndObject();
  w.EndObject();
  // one feature a line, so a retrained model diffs readably
  std::string out;
  std::string_view s(buf.GetString(), buf.GetSize());
  bool in_string = false, escaped = false;
  for (char c : s) {
    out += c;
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') in_string = true;
    if (c == '{' || c == ',') out += '\n';
  }
  out += '\n';
  return out;
}

Result<LearnedModel> LearnedModel::Parse(std::string_view json) {
  rapidjson::Document d;
  d.Parse(json.data(), json.size());
  if (d.HasParseError() || !d.IsObject())
    return Status::Corruption("learned model: not a JSON object");
  LearnedModel m;
  auto rel = d.FindMember("relation");
  auto thr = d.FindMember("threshold");
  auto bias = d.FindMember("bias");
  auto ws = d.FindMember("weights");
  if (rel == d.MemberEnd() || !rel->value.IsString() || thr == d.MemberEnd() ||
      !thr->value.IsNumber() || bias == d.MemberEnd() || !bias->value.IsNumber() ||
      ws == d.MemberEnd() || !ws->value.IsObject())
    return Status::Corruption("learned model: needs relation, threshold, bias and weights");
  m.relation = rel->value.GetString();
  m.threshold = thr->value.GetDouble();
  m.bias = bias->value.GetDouble();
  for (auto it = ws->value.MemberBegin(); it != ws->value.MemberEnd(); ++it) {
    if (!it->value.IsNumber()) return Status::Corruption("learned model: a weight is no number");
    m.weights.emplace(it->name.GetString(), it->value.GetDouble());
  }
  return m;
}

LearnedModel TrainLearnedModel(const std::vector<LearnedExample>& examples,
                               const std::string& relation, const TrainOptions& opt) {
  std::vector<std::string> names;
  std::vector<std::vector<int>> x = Encode(examples, opt.min_count, &names);
  std::vector<double> w(names.size(), 0.0);
  double bias = 0.0;
  for (int epoch = 0; epoch < opt.epochs; ++epoch) {
    double rate = opt.rate / (1.0 + epoch / 4.0);
    for (size_t i = 0; i < x.size(); ++i) {
      double z = bias;
      for (int f : x[i]) z += w[f];
      double g = Sigmoid(z) - (examples[i].positive ? 1.0 : 0.0);
      bias -= rate * g;
      for (int f : x[i]) w[f] -= rate * (g + opt.l2 * w[f]);
    }
  }
  LearnedModel m;
  m.relation = relation;
  m.bias = bias;
  for (size_t f = 0; f < names.size(); ++f)
    if (std::fabs(w[f]) >= opt.prune) m.weights.emplace(names[f], w[f]);
  return m;
}

LearnedModels::LearnedModels() {
  for (std::string_view rel : kLearnedRelations) by_relation.emplace_back().relation = rel;
}

const LearnedModel* LearnedModels::For(std::string_view relation) const {
  for (const LearnedModel& m : by_relation)
    if (m.relation == relation) return &m;
  return nullptr;
}

LearnedModel* LearnedModels::For(std::string_view relation) {
  return const_cast<LearnedModel*>(std::as_const(*this).For(relation));
}

const LearnedModels& LearnedModels::None() {
  static const LearnedModels none;
  return none;
}

const LearnedModels& LearnedModels::Default() {
  static const LearnedModels* models = [] {
    auto* m = new LearnedModels;
    for (LearnedModel& slot : m->by_relation) {
      std::string name = "model_" + slot.relation;
      std::string_view text = EmbeddedData(name);
      if (text.empty()) continue;  // a build without that model: the rules alone
      Result<LearnedModel> r = LearnedModel::Parse(text);
      if (!r.ok()) {
        std::fprintf(stderr, "kg: the built-in model %s is broken: %s\n", name.c_str(),
                     r.status().ToString().c_str());
        std::abort();
      }
      slot = std::move(r).value();
    }
    return m;
  }();
  return *models;
}

}  // namespace kg::ingest
