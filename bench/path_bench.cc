// Path-lookup latency on a bench graph: for each (s, t) pair of q_sp.csv,
// times ShortestPath, AllShortestPaths and KShortestPaths (k = 5) on a
// database made by `kg import` from the same nodes.csv/edges.csv, and prints
// one JSON line per kind: n, found, mean, p50, p95, max in milliseconds.
// Node ids of the CSV files are mapped through their names (LookupName).
// Usage: path_bench --db DB --data DIR [--dir out|both] [--k 5] [--limit 100]
//                   [--max-hops 8] [--queries N] [--answers FILE]
// --answers writes "sp,qid,hops" per pair (-1 when none), the peers' answer
// format, so ../shared/bench/compare.py-style checks can diff them.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/paths.h"
#include "graph/store.h"

namespace {

using kg::graph::NodeId;
using Clock = std::chrono::steady_clock;

struct Args {
  std::string db, data, dir = "both", answers;
  size_t k = 5, limit = 100, max_hops = 8, queries = SIZE_MAX;
};

bool ParseArgs(int argc, char** argv, Args* a) {
  std::map<std::string, std::string> kv;
  for (int i = 1; i + 1 < argc; i += 2) kv[argv[i]] = argv[i + 1];
  if (!kv.count("--db") || !kv.count("--data")) return false;
  a->db = kv["--db"];
  a->data = kv["--data"];
  if (kv.count("--dir")) a->dir = kv["--dir"];
  if (kv.count("--k")) a->k = std::stoul(kv["--k"]);
  if (kv.count("--limit")) a->limit = std::stoul(kv["--limit"]);
  if (kv.count("--max-hops")) a->max_hops = std::stoul(kv["--max-hops"]);
  if (kv.count("--queries")) a->queries = std::stoul(kv["--queries"]);
  if (kv.count("--answers")) a->answers = kv["--answers"];
  return a->dir == "out" || a->dir == "both";
}

std::vector<std::string> Fields(const std::string& line) {
  std::vector<std::string> f;
  std::stringstream ss(line);
  for (std::string x; std::getline(ss, x, ',');) f.push_back(x);
  return f;
}

// The (s, t) pairs, mapped to store ids through nodes.csv's names.
std::vector<std::pair<NodeId, NodeId>> ReadPairs(const kg::graph::Store& store, const Args& a) {
  std::vector<std::pair<std::string, std::string>> csv_pairs;
  std::unordered_map<std::string, std::string> names;
  std::ifstream q(a.data + "/q_sp.csv");
  std::string line;
  std::getline(q, line);
  while (std::getline(q, line) && csv_pairs.size() < a.queries) {
    auto f = Fields(line);
    if (f.size() < 3) continue;
    csv_pairs.emplace_back(f[1], f[2]);
    names[f[1]];
    names[f[2]];
  }
  std::ifstream n(a.data + "/nodes.csv");
  std::getline(n, line);
  while (std::getline(n, line)) {
    auto f = Fields(line);
    if (f.size() >= 2 && names.count(f[0])) names[f[0]] = f[1];
  }
  auto id = [&](const std::string& csv_id) -> NodeId {
    auto ids = store.LookupName(names[csv_id]);
    return ids.ok() && ids->size() == 1 ? ids->front() : 0;
  };
  std::vector<std::pair<NodeId, NodeId>> pairs;
  for (const auto& [s, t] : csv_pairs) pairs.emplace_back(id(s), id(t));
  return pairs;
}

void Report(const std::string& kind, std::vector<double> ms, size_t found, const Args& a) {
  std::sort(ms.begin(), ms.end());
  double total = 0;
  for (double m : ms) total += m;
  auto q = [&](double p) { return ms.empty() ? 0 : ms[std::min(ms.size() - 1, size_t(p * ms.size()))]; };
  std::printf(
      "{\"kind\": \"%s\", \"dir\": \"%s\", \"n\": %zu, \"found\": %zu, \"mean_ms\": %.3f, "
      "\"p50_ms\": %.3f, \"p95_ms\": %.3f, \"max_ms\": %.3f}\n",
      kind.c_str(), a.dir.c_str(), ms.size(), found, ms.empty() ? 0 : total / ms.size(), q(0.5),
      q(0.95), ms.empty() ? 0 : ms.back());
}

// Times fn on every pair; fn returns how many paths it found.
void Time(const std::string& kind, const std::vector<std::pair<NodeId, NodeId>>& pairs,
          const Args& a, const std::function<kg::Result<size_t>(NodeId, NodeId)>& fn) {
  std::vector<double> ms;
  size_t found = 0;
  for (const auto& [s, t] : pairs) {
    if (s == 0 || t == 0) continue;
    auto t0 = Clock::now();
    auto r = fn(s, t);
    ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - t0).count());
    if (!r.ok()) {
      std::cerr << kind << ": " << r.status().ToString() << "\n";
      continue;
    }
    found += *r > 0;
  }
  Report(kind, std::move(ms), found, a);
}

}  // namespace

int main(int argc, char** argv) {
  Args a;
  if (!ParseArgs(argc, argv, &a)) {
    std::cerr << "usage: path_bench --db DB --data DIR [--dir out|both] [--k 5] [--limit 100] "
                 "[--max-hops 8] [--queries N]\n";
    return 2;
  }
  kg::graph::StoreOptions so;
  so.read_only = true;
  auto store = kg::graph::Store::Open(a.db, so);
  if (!store.ok()) {
    std::cerr << store.status().ToString() << "\n";
    return 1;
  }
  const kg::graph::Store& s = **store;
  auto pairs = ReadPairs(s, a);
  kg::graph::PathOptions opts;
  opts.directed = a.dir == "out";
  opts.max_hops = a.max_hops;
  opts.filter = kg::graph::NeighbourFilter{};  // every relation and modality, as the peers
  Time("shortest", pairs, a, [&](NodeId x, NodeId y) -> kg::Result<size_t> {
    auto p = kg::graph::ShortestPath(s, x, y, opts);
    if (!p.ok()) return p.status();
    return size_t{p->has_value()};
  });
  if (!a.answers.empty()) {
    std::ofstream out(a.answers);
    out << "phase,qid,value\n";
    for (size_t q = 0; q < pairs.size(); ++q) {
      auto p = kg::graph::ShortestPath(s, pairs[q].first, pairs[q].second, opts);
      long hops = p.ok() && p->has_value() ? static_cast<long>((*p)->length()) : -1;
      out << "sp," << q << "," << hops << "\n";
    }
  }
  Time("all_shortest", pairs, a, [&](NodeId x, NodeId y) -> kg::Result<size_t> {
    auto p = kg::graph::AllShortestPaths(s, x, y, opts, a.limit);
    if (!p.ok()) return p.status();
    return p->size();
  });
  Time("k" + std::to_string(a.k) + "_shortest", pairs, a,
       [&](NodeId x, NodeId y) -> kg::Result<size_t> {
         auto p = kg::graph::KShortestPaths(s, x, y, opts, a.k);
         if (!p.ok()) return p.status();
         return p->size();
       });
  return 0;
}
