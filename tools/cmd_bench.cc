// kg bench: the peer benchmark contract (see the bench harness's README).
// Loads {data}/nodes.csv and edges.csv with the bulk importer, answers
// {data}/q_hop2.csv (distinct nodes 1..2 hops away) and {data}/q_sp.csv
// (shortest-path hop count, -1 beyond --maxd), writes phase,qid,value,ms
// per query and prints one JSON line of timings.
#include <sys/resource.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "graph/csv_import.h"
#include "graph/paths.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

using Clock = std::chrono::steady_clock;

struct BenchOptions {
  std::string data;
  std::string results;
  std::string db;  // default {data}/kg-bench.db
  std::string dir = "out";
  int maxd = 8;
  double budget_s = 240;
};

struct Query {
  int qid;
  std::string src, dst;
};

Result<std::vector<Query>> ReadQueries(const std::string& path, bool pairs) {
  std::ifstream in(path);
  if (!in) return Status::IOError("cannot read " + path);
  std::vector<Query> qs;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    std::stringstream ss(line);
    Query q;
    std::string qid;
    std::getline(ss, qid, ',');
    std::getline(ss, q.src, ',');
    if (pairs) std::getline(ss, q.dst, ',');
    try {
      q.qid = std::stoi(qid);
    } catch (const std::exception&) {
      return Status::InvalidArgument(path + ": bad query id '" + qid + "'");
    }
    qs.push_back(q);
  }
  return qs;
}

// Distinct nodes at distance 1..2 from `s`, excluding `s`. `stamp` marks
// nodes seen by this query (value == query number) without clearing.
class Hop2Counter {
 public:
  Hop2Counter(const graph::Store& store, bool both, size_t nodes)
      : cursor_(store.NewAdjacencyCursor()), both_(both), stamp_(nodes + 1, 0) {}

  Result<uint64_t> Count(graph::NodeId s) {
    ++query_;
    stamp_[s] = query_;
    std::vector<graph::NodeId> first;
    KG_RETURN_IF_ERROR(Expand(s, &first));
    uint64_t count = first.size();
    std::vector<graph::NodeId> second;
    for (graph::NodeId n : first) KG_RETURN_IF_ERROR(Expand(n, &second));
    return count + second.size();
  }

 private:
  Status Expand(graph::NodeId n, std::vector<graph::NodeId>* fresh) {
    entries_.clear();
    KG_RETURN_IF_ERROR(cursor_->Scan(n, graph::Direction::kOut, filter_, &entries_));
    if (both_) KG_RETURN_IF_ERROR(cursor_->Scan(n, graph::Direction::kIn, filter_, &entries_));
    for (const auto& e : entries_) {
      if (stamp_[e.other] != query_) {
        stamp_[e.other] = query_;
        fresh->push_back(e.other);
      }
    }
    return Status::OK();
  }

  std::unique_ptr<graph::AdjacencyCursor> cursor_;
  bool both_;
  graph::NeighbourFilter filter_;
  std::vector<uint32_t> stamp_;
  uint32_t query_ = 0;
  std::vector<graph::AdjacencyEntry> entries_;
};

std::string Stats(std::vector<double> ms) {
  std::ostringstream os;
  os.precision(3);
  os << std::fixed;
  if (ms.empty()) {
    os << "\"n\": 0, \"total_s\": 0, \"mean_ms\": null, \"p50_ms\": null, \"p95_ms\": null, "
          "\"max_ms\": null";
    return os.str();
  }
  double total = 0;
  for (double m : ms) total += m;
  std::sort(ms.begin(), ms.end());
  auto q = [&](double p) { return ms[std::min(ms.size() - 1, static_cast<size_t>(p * ms.size()))]; };
  os << "\"n\": " << ms.size() << ", \"total_s\": " << total / 1000 << ", \"mean_ms\": "
     << total / ms.size() << ", \"p50_ms\": " << q(0.5) << ", \"p95_ms\": " << q(0.95)
     << ", \"max_ms\": " << ms.back();
  return os.str();
}

double Millis(Clock::time_point since) {
  return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

uint64_t DirectoryMegabytes(const std::string& dir) {
  uint64_t bytes = 0;
  std::error_code ec;
  for (const auto& f : std::filesystem::recursive_directory_iterator(dir, ec)) {
    if (f.is_regular_file(ec)) bytes += f.file_size(ec);
  }
  return bytes >> 20;
}

int RunBench(const BenchOptions& o) {
  std::string db = o.db.empty() ? o.data + "/kg-bench.db" : o.db;
  std::error_code ec;
  std::filesystem::remove_all(db, ec);
  auto hop_work = ReadQueries(o.data + "/q_hop2.csv", false);
  if (!hop_work.ok()) return ReportError(hop_work.status());
  auto sp_work = ReadQueries(o.data + "/q_sp.csv", true);
  if (!sp_work.ok()) return ReportError(sp_work.status());

  auto t0 = Clock::now();
  auto store = OpenStore(db, /*read_only=*/false);
  if (!store.ok()) return ReportError(store.status());
  graph::ImportOptions import;
  import.nodes_path = o.data + "/nodes.csv";
  import.edges_path = o.data + "/edges.csv";
  auto loaded = graph::ImportCsv(store->get(), import);
  if (!loaded.ok()) return ReportError(loaded.status());
  double load_s = Millis(t0) / 1000;
  const graph::ImportIdMap& ids = loaded->ids;
  auto id_of = [&](const std::string& csv_id) { return ids.Find(csv_id).value_or(0); };

  std::ostringstream answers;
  answers << "phase,qid,value,ms\n";
  Hop2Counter hop2(**store, o.dir == "both", loaded->nodes);
  std::vector<double> hop_ms;
  uint64_t checksum = 0;
  auto phase = Clock::now();
  for (const auto& q : *hop_work) {
    auto t = Clock::now();
    auto c = hop2.Count(id_of(q.src));
    double ms = Millis(t);
    if (!c.ok()) return ReportError(c.status());
    hop_ms.push_back(ms);
    checksum += *c;
    answers << "hop2," << q.qid << "," << *c << "," << ms << "\n";
    if (Millis(phase) > o.budget_s * 1000) break;
  }

  graph::PathOptions popts;
  popts.directed = o.dir == "out";
  popts.max_hops = static_cast<size_t>(o.maxd);
  popts.filter = graph::NeighbourFilter{};  // every relation and modality
  std::vector<double> sp_ms;
  uint64_t found = 0, len_sum = 0;
  phase = Clock::now();
  for (const auto& q : *sp_work) {
    auto t = Clock::now();
    auto p = graph::ShortestPath(**store, id_of(q.src), id_of(q.dst), popts);
    double ms = Millis(t);
    if (!p.ok()) return ReportError(p.status());
    long d = p->has_value() ? static_cast<long>((*p)->length()) : -1;
    if (d >= 0) {
      ++found;
      len_sum += d;
    }
    sp_ms.push_back(ms);
    answers << "sp," << q.qid << "," << d << "," << ms << "\n";
    if (Millis(phase) > o.budget_s * 1000) break;
  }
  if (!o.results.empty()) {
    std::ofstream out(o.results);
    out << answers.str();
    if (!out) return ReportError(Status::IOError("cannot write " + o.results));
  }
  struct rusage ru {};
  getrusage(RUSAGE_SELF, &ru);
  std::cout.precision(3);
  std::cout << std::fixed << "{\"peer\": \"kg\", \"version\": \"0.1.0\", \"threads\": 1, \"nodes\": "
            << loaded->nodes << ", \"edges\": " << loaded->edge_rows << ", \"dir\": \"" << o.dir
            << "\", \"maxd\": " << o.maxd << ", \"load_s\": " << load_s << ", \"hop2\": {"
            << Stats(hop_ms) << ", \"checksum\": " << checksum << "}, \"sp\": {" << Stats(sp_ms)
            << ", \"found\": " << found << ", \"len_sum\": " << len_sum
            << "}, \"db_mb\": " << DirectoryMegabytes(db)
            << ", \"peak_rss_mb\": " << ru.ru_maxrss / 1024 << "}" << std::endl;
  return kExitOk;
}

}  // namespace

void AddBenchCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<BenchOptions>();
  CLI::App* sub = app.add_subcommand(
      "bench", "peer benchmark: import a CSV graph, time 2-hop and shortest-path queries");
  sub->add_option("--data", opts->data, "folder with nodes.csv, edges.csv, q_hop2.csv, q_sp.csv")
      ->required()
      ->check(CLI::ExistingDirectory);
  sub->add_option("--results", opts->results, "write per-query answers here (CSV)");
  sub->add_option("--db", opts->db, "scratch database (default: {data}/kg-bench.db; replaced)");
  sub->add_option("--dir", opts->dir, "out: follow edge direction; both: ignore it")
      ->check(CLI::IsMember({"out", "both"}));
  sub->add_option("--maxd", opts->maxd, "shortest-path hop cap")->check(CLI::Range(1, 64));
  sub->add_option("--budget-s", opts->budget_s, "stop a phase after this many seconds");
  sub->callback([opts, action] { *action = [opts] { return RunBench(*opts); }; });
}

}  // namespace kg::tools
