// kg bench-query: query latency on a bench graph (../shared/bench). Reads
// the node names from nodes.csv, the sources of q_hop2.csv and the pairs of
// q_sp.csv, and times, in this process and through the whole query engine
// (lex, parse, plan, execute), three queries per source or pair:
//   1-hop  MATCH (a {name: $a})-->(b) RETURN count(DISTINCT b)
//   2-hop  MATCH (a {name: $a})-[*1..2]->(b) WHERE b <> a RETURN count(DISTINCT b)
//   sp     MATCH p = shortestPath((a {name: $a})-[*..8]->(b {name: $b})) RETURN length(p)
// and prints median, p95, mean and max per kind.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <unordered_map>

#include "query/engine.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchQueryOptions {
  std::string db;
  std::string data;  // directory with nodes.csv, q_hop2.csv, q_sp.csv
  size_t limit = 200;  // queries per kind
  std::string dir = "out";
};

// Column `col` of each data row of a CSV file (no quoted commas expected).
Result<std::vector<std::vector<std::string>>> ReadCsv(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read " + path);
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    std::vector<std::string> fields;
    std::stringstream s(line);
    std::string f;
    while (std::getline(s, f, ',')) fields.push_back(f);
    rows.push_back(std::move(fields));
  }
  return rows;
}

struct Timing {
  std::vector<double> ms;
  size_t nonempty = 0;
  void Print(const std::string& kind, std::ostream& out) {
    if (ms.empty()) return;
    std::sort(ms.begin(), ms.end());
    double sum = 0;
    for (double v : ms) sum += v;
    auto at = [&](double q) { return ms[std::min(ms.size() - 1, static_cast<size_t>(q * ms.size()))]; };
    out << std::left << std::setw(8) << kind << std::right << std::fixed << std::setprecision(3)
        << " n=" << ms.size() << "  p50 " << at(0.5) << " ms  p95 " << at(0.95) << " ms  mean "
        << sum / ms.size() << " ms  max " << ms.back() << " ms  (" << nonempty << " with a result)\n";
  }
};

Status TimeQuery(query::Engine& engine, const std::string& text, query::QueryOptions opts, Timing* t) {
  auto start = Clock::now();
  auto r = engine.Run(text, opts);
  double ms = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
  if (!r.ok() && !r.status().IsBusy()) return r.status();
  t->ms.push_back(ms);
  if (r.ok() && !r->rows.empty() && !r->rows[0][0].is_null()) ++t->nonempty;
  return Status::OK();
}

int RunBenchQuery(const BenchQueryOptions& o) {
  auto nodes = ReadCsv(o.data + "/nodes.csv");
  auto hop2 = ReadCsv(o.data + "/q_hop2.csv");
  auto sp = ReadCsv(o.data + "/q_sp.csv");
  for (const auto* r : {&nodes, &hop2, &sp}) {
    if (!r->ok()) return ReportError(r->status());
  }
  std::unordered_map<std::string, std::string> names;
  for (const auto& row : *nodes) {
    if (row.size() >= 2) names[row[0]] = row[1];
  }
  nodes->clear();
  auto store = OpenStore(o.db, /*read_only=*/true);
  if (!store.ok()) return ReportError(store.status());
  query::Engine engine(**store);
  std::string arrow = o.dir == "both" ? "-" : "->";
  const std::string one = "MATCH (a {name: $a})-" + arrow + "(b) RETURN count(DISTINCT b)";
  const std::string two = "MATCH (a {name: $a})-[*1..2]" + arrow + "(b) WHERE b <> a RETURN count(DISTINCT b)";
  const std::string path = "MATCH p = shortestPath((a {name: $a})-[*..8]" + arrow + "(b {name: $b})) RETURN length(p)";
  Timing t1, t2, tsp;
  for (size_t i = 0; i < hop2->size() && i < o.limit; ++i) {
    query::QueryOptions opts;
    opts.params["a"] = query::Value::String(names[(*hop2)[i][1]]);
    Status s = TimeQuery(engine, one, opts, &t1);
    if (s.ok()) s = TimeQuery(engine, two, opts, &t2);
    if (!s.ok()) return ReportError(s);
  }
  for (size_t i = 0; i < sp->size() && i < o.limit; ++i) {
    query::QueryOptions opts;
    opts.params["a"] = query::Value::String(names[(*sp)[i][1]]);
    opts.params["b"] = query::Value::String(names[(*sp)[i][2]]);
    Status s = TimeQuery(engine, path, opts, &tsp);
    if (!s.ok()) return ReportError(s);
  }
  std::cout << "query latency on " << o.db << " (dir=" << o.dir << ", whole engine per query)\n";
  t1.Print("1-hop", std::cout);
  t2.Print("2-hop", std::cout);
  tsp.Print("sp", std::cout);
  return kExitOk;
}

}  // namespace

void AddBenchQueryCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<BenchQueryOptions>();
  CLI::App* sub = app.add_subcommand("bench-query", "time anchored 1-hop, 2-hop and shortestPath queries");
  AddDbOption(sub, &opts->db);
  sub->add_option("--data", opts->data, "bench data directory (nodes.csv, q_hop2.csv, q_sp.csv)")->required();
  sub->add_option("--limit", opts->limit, "queries per kind (default 200)");
  sub->add_option("--dir", opts->dir, "out (follow edge direction) or both")->check(CLI::IsMember({"out", "both"}));
  sub->callback([opts, action] { *action = [opts] { return RunBenchQuery(*opts); }; });
}

}  // namespace kg::tools
