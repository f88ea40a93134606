// kg ingest: read news articles (files, directories, JSONL, stdin), extract
// actors and facts, and write each article to the graph in one batch.
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <atomic>
#include <chrono>
#include <memory>
#include <cstdio>
#include <iostream>
#include <thread>

#include "ingest/article_reader.h"
#include "ingest/lexicon.h"
#include "ingest/pipeline.h"
#include "tools/commands.h"

namespace kg::tools {
namespace {

struct IngestOptions {
  std::string db;
  std::vector<std::string> inputs;
  std::string date;
  int threads = 1;
  size_t batch = 256;
};

struct IngestTotals {
  size_t articles = 0, new_articles = 0, facts = 0, sentences = 0;
};

class Progress {
 public:
  Progress() : enabled_(isatty(STDERR_FILENO) != 0), start_(Clock::now()), last_(start_) {}
  void Update(const ingest::ReadStats& r, const IngestTotals& t, bool final_line = false) {
    if (!enabled_) return;
    auto now = Clock::now();
    if (!final_line && now - last_ < std::chrono::milliseconds(500)) return;
    last_ = now;
    double secs = std::chrono::duration<double>(now - start_).count();
    double mb = static_cast<double>(r.bytes) / 1e6;
    std::fprintf(stderr, "\r%zu files, %zu articles, %.1f MB, %zu facts, %.1f MB/s   ", r.files,
                 t.articles, mb, t.facts, secs > 0 ? mb / secs : 0.0);
    if (final_line) std::fprintf(stderr, "\n");
  }

 private:
  using Clock = std::chrono::steady_clock;
  bool enabled_;
  Clock::time_point start_, last_;
};

// Extracts a batch and writes it in input order. With threads > 1 the
// extraction runs on worker threads while this thread writes each finished
// article as soon as it and all before it are done, so writing overlaps
// extraction.
Status FlushBatch(std::vector<ingest::Article>* batch, int threads, graph::Store* store,
                  IngestTotals* totals) {
  const ingest::Lexicon& lex = ingest::Lexicon::Default();
  const size_t n = batch->size();
  std::vector<ingest::Extraction> results(n);
  std::unique_ptr<std::atomic<bool>[]> ready(new std::atomic<bool>[n]);
  for (size_t i = 0; i < n; ++i) ready[i] = false;
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < n; i = next++) {
      results[i] = ingest::ExtractArticle((*batch)[i], lex);
      ready[i].store(true, std::memory_order_release);
    }
  };
  // The writing thread counts as one of the N: N-1 extract while it writes.
  std::vector<std::thread> pool;
  if (threads > 1)
    for (int t = 0; t < threads - 1; ++t) pool.emplace_back(work);
  Status status;
  for (size_t i = 0; i < n; ++i) {
    if (threads <= 1) {
      results[i] = ingest::ExtractArticle((*batch)[i], lex);
    } else {
      while (!ready[i].load(std::memory_order_acquire)) std::this_thread::yield();
    }
    if (!status.ok()) continue;  // keep draining so the workers finish
    Result<graph::ApplyResult> applied = store->ApplyDocument(results[i].facts);
    if (!applied.ok()) {
      status = applied.status();
      continue;
    }
    ++totals->articles;
    totals->sentences += results[i].sentences;
    if (!applied->already_present) {
      ++totals->new_articles;
      totals->facts += results[i].facts.facts.size();
    }
    results[i] = ingest::Extraction();  // free as we go
  }
  for (auto& th : pool) th.join();
  batch->clear();
  return status;
}

// glibc raises its mmap threshold each time a large block is freed, so after
// the first memtables are flushed their successors come from the heap, whose
// holes are not given back: peak RSS then creeps up with the input. A fixed
// threshold keeps large blocks in mmap, returned to the system when freed.
void KeepLargeBlocksMapped() {
#ifdef __GLIBC__
  mallopt(M_MMAP_THRESHOLD, 128 * 1024);
#endif
}

int RunIngest(const IngestOptions& opts) {
  KeepLargeBlocksMapped();
  // Ingest reads little (node, alias and edge lookups by key): a small block
  // cache and a memtable budget keep its memory flat however long it runs.
  graph::StoreOptions store_opts;
  store_opts.block_cache_bytes = size_t{8} << 20;
  store_opts.write_buffer_bytes = size_t{8} << 20;
  auto store = graph::Store::Open(opts.db, store_opts);
  if (!store.ok()) return ReportError(store.status());
  ingest::ReadOptions read_opts;
  read_opts.default_date = opts.date;
  ingest::ReadStats stats;
  IngestTotals totals;
  Progress progress;
  std::vector<ingest::Article> batch;
  Status failure;
  auto sink = [&](ingest::Article&& a) {
    batch.push_back(std::move(a));
    if (batch.size() >= opts.batch) {
      failure = FlushBatch(&batch, opts.threads, store->get(), &totals);
      progress.Update(stats, totals);
    }
    return failure.ok();
  };
  auto warn = [](const std::string& w) { std::cerr << w << "\n"; };
  Status read = ingest::ReadArticles(opts.inputs, read_opts, std::cin, sink, warn, &stats);
  if (failure.ok() && !batch.empty()) failure = FlushBatch(&batch, opts.threads, store->get(), &totals);
  if (!failure.ok()) return ReportError(failure);
  read.PermitUncheckedError();  // only reports that the sink stopped, handled above
  progress.Update(stats, totals, /*final_line=*/true);
  std::cerr << "kg: ingested " << totals.articles << " articles (" << totals.new_articles
            << " new, " << totals.sentences << " sentences, " << totals.facts << " facts)";
  if (stats.skipped) std::cerr << "; skipped " << stats.skipped << " inputs";
  std::cerr << "\n";
  return stats.skipped ? kExitError : kExitOk;
}

}  // namespace

void AddIngestCommand(CLI::App& app, Action* action) {
  auto opts = std::make_shared<IngestOptions>();
  CLI::App* sub = app.add_subcommand("ingest", "extract actors and facts from news articles into the graph");
  AddDbOption(sub, &opts->db);
  sub->add_option("inputs", opts->inputs, "text files, directories, JSONL files, or - for stdin")
      ->required();
  sub->add_option("--date", opts->date, "publication date (ISO) for articles that carry none");
  sub->add_option("--threads,-j", opts->threads, "extraction threads")->check(CLI::Range(1, 256));
  sub->callback([opts, action] { *action = [opts] { return RunIngest(*opts); }; });
}

}  // namespace kg::tools
