#include "ingest/eval.h"

#include <rapidjson/document.h>

#include <cstdio>
#include <fstream>
#include <iterator>
#include <ostream>
#include <set>

#include "graph/model.h"
#include "ingest/article.h"
#include "ingest/pipeline.h"

namespace kg::ingest {
namespace {

std::string Lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::vector<std::string> Names(const rapidjson::Value& v) {
  std::vector<std::string> out;
  if (v.IsString()) out.emplace_back(v.GetString());
  if (v.IsArray())
    for (const auto& s : v.GetArray())
      if (s.IsString()) out.emplace_back(s.GetString());
  return out;
}

std::string Str(const rapidjson::Value& o, const char* k) {
  auto it = o.FindMember(k);
  return it != o.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

struct Extracted {
  std::set<std::string> source, target;  // lower-case names and aliases
  std::string relation, modality, text;
  std::set<std::string> dates;  // of its mentions
};

bool Matches(const std::set<std::string>& have, const std::vector<std::string>& want, bool loose) {
  for (const auto& w : want) {
    std::string lw = Lower(w);
    for (const auto& h : have) {
      if (h == lw) return true;
      if (loose && h.size() > 2 && (lw.find(h) != std::string::npos)) return true;
    }
  }
  return false;
}

bool FactMatches(const Extracted& e, const GoldFact& g) {
  if (e.relation != g.relation) return false;
  if (!Matches(e.source, g.source, g.loose)) {
    // PLOVER signed lists the two parties as subject and object.
    if (!(g.loose && g.relation == "signed" && Matches(e.source, g.target, true))) return false;
    return true;
  }
  if (g.loose && (g.relation == "signed" || g.relation == "suspended")) return true;
  return Matches(e.target, g.target, g.loose);
}

std::vector<Extracted> Run(const EvalRecord& r, const Lexicon& lex, const PipelineOptions& options) {
  Article a;
  a.text = r.text;
  a.date = r.date;
  a.source = r.id;
  Extraction x = ExtractArticle(a, lex, options);
  std::vector<Extracted> out;
  std::map<std::tuple<size_t, std::string, size_t, int>, size_t> seen;
  for (const auto& f : x.facts.facts) {
    if (!IsScoredRelation(f.relation)) continue;
    auto [it, fresh] =
        seen.emplace(std::make_tuple(f.source, f.relation, f.target, static_cast<int>(f.modality)),
                     out.size());
    if (!fresh) {
      if (!f.mention.date.empty()) out[it->second].dates.insert(f.mention.date);
      continue;
    }
    Extracted e;
    auto names = [](const graph::EntityRecord& rec, std::set<std::string>* s) {
      s->insert(Lower(rec.name));
      for (const auto& al : rec.aliases) s->insert(Lower(al));
    };
    names(x.facts.entities[f.source], &e.source);
    names(x.facts.entities[f.target], &e.target);
    if (!f.mention.counterpart.empty()) e.target.insert(Lower(f.mention.counterpart));
    e.relation = f.relation;
    e.modality = std::string(graph::ModalityName(f.modality));
    if (!f.mention.date.empty()) e.dates.insert(f.mention.date);
    e.text = x.facts.entities[f.source].name + " -" + f.relation + "-> " +
             x.facts.entities[f.target].name + " [" + e.modality + "]";
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace

Result<std::vector<EvalRecord>> LoadEvalRecords(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read " + path);
  std::vector<EvalRecord> out;
  std::string line;
  size_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document d;
    d.Parse(line.data(), line.size());
    if (d.HasParseError() || !d.IsObject() || !d.HasMember("text"))
      return Status::InvalidArgument(path + ":" + std::to_string(line_no) + ": not an evaluation record");
    EvalRecord r;
    r.id = Str(d, "id");
    r.date = Str(d, "date");
    r.text = Str(d, "text");
    if (d.HasMember("facts") && d["facts"].IsArray()) {
      for (const auto& f : d["facts"].GetArray()) {
        GoldFact g;
        g.source = Names(f["source"]);
        g.target = Names(f["target"]);
        g.relation = Str(f, "relation");
        g.modality = Str(f, "modality");
        if (g.modality.empty()) g.modality = "asserted";
        g.date = Str(f, "date");
        r.facts.push_back(std::move(g));
      }
    } else if (d.HasMember("relations") && d["relations"].IsArray()) {
      for (const auto& f : d["relations"].GetArray()) {
        GoldFact g;
        g.source = Names(f["subject"]);
        g.target = Names(f["object"]);
        g.relation = Str(f, "relation");
        g.modality = "asserted";
        g.must_not_assert = Str(f, "polarity") == "negative";
        g.loose = true;
        r.facts.push_back(std::move(g));
      }
    }
    out.push_back(std::move(r));
  }
  return out;
}

Result<std::vector<EvalRecord>> LoadEvalRecords(const std::vector<std::string>& paths) {
  std::vector<EvalRecord> all;
  for (const std::string& path : paths) {
    auto records = LoadEvalRecords(path);
    if (!records.ok()) return records.status();
    all.insert(all.end(), std::make_move_iterator(records->begin()), std::make_move_iterator(records->end()));
  }
  return all;
}

bool NamesMatch(const graph::EntityRecord& entity, const std::vector<std::string>& names) {
  std::set<std::string> have = {Lower(entity.name)};
  for (const std::string& a : entity.aliases) have.insert(Lower(a));
  return Matches(have, names, false);
}

EvalReport Evaluate(const std::vector<EvalRecord>& records, const Lexicon& lexicon,
                    const PipelineOptions& options) {
  EvalReport rep;
  for (const EvalRecord& r : records) {
    ++rep.records;
    std::vector<Extracted> got = Run(r, lexicon, options);
    std::vector<bool> found(r.facts.size(), false);
    std::vector<std::set<std::string>> found_dates(r.facts.size());
    for (const Extracted& e : got) {
      bool ok = false, neutral = false;
      for (size_t g = 0; g < r.facts.size(); ++g) {
        const GoldFact& gf = r.facts[g];
        if (!FactMatches(e, gf)) continue;
        if (gf.must_not_assert) {
          if (e.modality != "asserted") neutral = true;
          continue;
        }
        if (e.modality != gf.modality) continue;
        ok = true;
        found[g] = true;
        found_dates[g].insert(e.dates.begin(), e.dates.end());
      }
      if (neutral && !ok) continue;  // a hedged fact where the text hedges: not scored
      Counts& c = rep.by_relation[e.relation];
      ++c.extracted;
      ++rep.overall.extracted;
      if (ok) {
        ++c.correct;
        ++rep.overall.correct;
      } else {
        rep.extras.push_back(r.id + ": " + e.text + "\n      " + r.text);
      }
    }
    for (size_t g = 0; g < r.facts.size(); ++g) {
      const GoldFact& gf = r.facts[g];
      if (gf.must_not_assert) continue;
      Counts& c = rep.by_relation[gf.relation];
      ++c.gold;
      ++rep.overall.gold;
      if (found[g]) {
        ++c.found;
        ++rep.overall.found;
        if (gf.date.empty()) continue;
        ++rep.dated;
        bool right = false;
        std::string got_dates;
        for (const std::string& d : found_dates[g]) {
          right = right || d.compare(0, gf.date.size(), gf.date) == 0;
          got_dates += (got_dates.empty() ? "" : ", ") + d;
        }
        if (right) {
          ++rep.dates_right;
        } else {
          rep.wrong_dates.push_back(r.id + ": " + gf.source[0] + " -" + gf.relation + "-> " +
                                    gf.target[0] + " dated " +
                                    (got_dates.empty() ? "nothing" : got_dates) + ", want " +
                                    gf.date + "\n      " + r.text);
        }
      } else {
        rep.misses.push_back(r.id + ": " + (gf.source.empty() ? "?" : gf.source[0]) + " -" +
                             gf.relation + "-> " + (gf.target.empty() ? "?" : gf.target[0]) + " [" +
                             gf.modality + "]\n      " + r.text);
      }
    }
  }
  return rep;
}

void PrintReport(const EvalReport& rep, bool verbose, std::ostream& out) {
  char buf[200];
  auto row = [&](const std::string& name, const Counts& c) {
    std::snprintf(buf, sizeof buf, "%-18s P=%.3f (%zu/%zu)  R=%.3f (%zu/%zu)  F1=%.3f\n", name.c_str(),
                  c.Precision(), c.correct, c.extracted, c.Recall(), c.found, c.gold, c.F1());
    out << buf;
  };
  for (const auto& [rel, c] : rep.by_relation) row(rel, c);
  row("overall", rep.overall);
  out << rep.records << " records";
  if (rep.dated) out << "; dates right on " << rep.dates_right << " of " << rep.dated << " found facts that have one";
  out << "\n";
  if (!verbose) return;
  for (const auto& m : rep.misses) out << "MISS  " << m << "\n";
  for (const auto& e : rep.extras) out << "EXTRA " << e << "\n";
  for (const auto& d : rep.wrong_dates) out << "DATE  " << d << "\n";
}

}  // namespace kg::ingest
