// kg ingest: read news articles (files, directories, JSONL, stdin), extract
// actors and facts, and write each article to the graph in one batch.
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <iostream>
#include <memory>
#include <mutex>
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
  size_t memtable_mb = 8;
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

// Extracts articles on a pool of threads and writes them in input order.
// The calling thread reads (Submit), writes each article once it and all
// before it are extracted, and extracts too whenever it would otherwise
// wait, so `threads` is the number of threads doing work. At most `window`
// articles are in flight: memory does not grow with the input.
// Thread safety: Submit and Finish are called from one thread.
class IngestPipeline {
 public:
  IngestPipeline(int threads, graph::Store* store, IngestTotals* totals)
      : store_(store), totals_(totals), window_(static_cast<size_t>(threads) * 8) {
    for (int t = 1; t < threads; ++t) workers_.emplace_back([this] { Work(); });
  }
  ~IngestPipeline() { Stop(); }

  // Queues an article; returns false once a write failed (see status()).
  bool Submit(ingest::Article&& article) {
    std::unique_lock lock(mu_);
    while (slots_.size() >= window_) Step(lock);
    auto slot = std::make_unique<Slot>();
    slot->article = std::move(article);
    slots_.push_back(std::move(slot));
    work_ready_.notify_one();
    WriteReady(lock);
    return status_.ok();
  }

  // Writes everything queued; returns the first write error.
  Status Finish() {
    {
      std::unique_lock lock(mu_);
      while (!slots_.empty()) Step(lock);
    }
    Stop();
    return status_;
  }

 private:
  struct Slot {
    ingest::Article article;
    ingest::Extraction result;
    bool claimed = false;
    bool done = false;
  };

  // One unit of progress for the reading thread: write the oldest article
  // if it is ready, else extract one nobody has taken, else wait.
  void Step(std::unique_lock<std::mutex>& lock) {
    if (slots_.front()->done) return WriteReady(lock);
    if (Slot* s = Claim()) return Extract(s, lock);
    done_.wait(lock, [this] { return slots_.front()->done; });
  }

  Slot* Claim() {
    for (; next_ < slots_.size(); ++next_) {
      Slot* s = slots_[next_].get();
      if (!s->claimed) {
        s->claimed = true;
        ++next_;
        return s;
      }
    }
    return nullptr;
  }

  // Runs the pipeline on `s` without the lock; slots are owned by pointer,
  // so the deque may change meanwhile.
  void Extract(Slot* s, std::unique_lock<std::mutex>& lock) {
    lock.unlock();
    s->result = ingest::ExtractArticle(s->article, lex_);
    lock.lock();
    s->done = true;
    done_.notify_all();
  }

  void WriteReady(std::unique_lock<std::mutex>& lock) {
    while (!slots_.empty() && slots_.front()->done) {
      std::unique_ptr<Slot> s = std::move(slots_.front());
      slots_.pop_front();
      if (next_ > 0) --next_;
      lock.unlock();
      Write(s->result);
      lock.lock();
    }
  }

  // Called only from the reading thread, so writes keep input order.
  void Write(const ingest::Extraction& x) {
    if (!status_.ok()) return;  // keep draining so the workers finish
    Result<graph::ApplyResult> applied = store_->ApplyDocument(x.facts);
    if (!applied.ok()) {
      status_ = applied.status();
      return;
    }
    ++totals_->articles;
    totals_->sentences += x.sentences;
    if (!applied->already_present) {
      ++totals_->new_articles;
      totals_->facts += x.facts.facts.size();
    }
  }

  void Work() {
    std::unique_lock lock(mu_);
    for (;;) {
      work_ready_.wait(lock, [this] { return stop_ || next_ < slots_.size(); });
      if (stop_) return;
      if (Slot* s = Claim()) Extract(s, lock);
    }
  }

  void Stop() {
    {
      std::lock_guard lock(mu_);
      stop_ = true;
    }
    work_ready_.notify_all();
    for (auto& t : workers_) t.join();
    workers_.clear();
  }

  const ingest::Lexicon& lex_ = ingest::Lexicon::Default();
  graph::Store* store_;
  IngestTotals* totals_;
  const size_t window_;
  std::mutex mu_;
  std::condition_variable work_ready_;  // a slot was queued, or stop_
  std::condition_variable done_;        // a slot was extracted
  std::deque<std::unique_ptr<Slot>> slots_;  // in input order; guarded by mu_
  size_t next_ = 0;     // slots_[0, next_) are all claimed; guarded by mu_
  bool stop_ = false;   // guarded by mu_
  Status status_;       // first write error; written by the reading thread only
  std::vector<std::thread> workers_;
};

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
  // Without the write-ahead log every batch is written once instead of twice;
  // the final Flush makes the run durable (docs/storage.md, Writes).
  graph::StoreOptions store_opts;
  store_opts.block_cache_bytes = size_t{8} << 20;
  store_opts.write_buffer_bytes = opts.memtable_mb << 20;
  store_opts.bulk_writes = true;
  auto store = graph::Store::Open(opts.db, store_opts);
  if (!store.ok()) return ReportError(store.status());
  ingest::ReadOptions read_opts;
  read_opts.default_date = opts.date;
  ingest::ReadStats stats;
  IngestTotals totals;
  Progress progress;
  IngestPipeline pipeline(opts.threads, store->get(), &totals);
  auto sink = [&](ingest::Article&& a) {
    bool ok = pipeline.Submit(std::move(a));
    progress.Update(stats, totals);
    return ok;
  };
  auto warn = [](const std::string& w) { std::cerr << w << "\n"; };
  Status read = ingest::ReadArticles(opts.inputs, read_opts, std::cin, sink, warn, &stats);
  Status failure = pipeline.Finish();
  // What was applied before a failure is kept and made durable too.
  Status flushed = (*store)->Flush();
  if (!failure.ok()) return ReportError(failure);
  if (!flushed.ok()) return ReportError(flushed);
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
  sub->add_option("--memtable-mb", opts->memtable_mb,
                  "memory for writes not yet flushed to disk, in MB (default 8)")
      ->check(CLI::Range(1, 4096));
  sub->callback([opts, action] { *action = [opts] { return RunIngest(*opts); }; });
}

}  // namespace kg::tools
