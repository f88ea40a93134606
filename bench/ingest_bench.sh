#!/usr/bin/env bash
# Ingest throughput benchmark.
#
#   bench/ingest_bench.sh [SCRATCH_DIR]
#
# Builds kg if needed (build directory $KG_BUILD, default "build", relative to
# the repository), generates corpora of distinct articles (default 50 and
# 200 MB) by recombining the sentences of ../shared/corpus/*.jsonl with a
# seeded generator, then on the shared corpus and each generated one runs
# `kg extract` (extraction alone, no database) and `kg ingest` into a fresh
# database with --threads 1 and --threads 2. Prints, for each run, MB/s and
# sentences/s per wall-clock second, MB per CPU second (user + system, the
# figure that load on a shared machine disturbs least), wall time and peak
# RSS. Peak RSS of ingest should not grow with the corpus size.
#
# Everything it writes goes under a new directory in SCRATCH_DIR (default
# $TMPDIR), removed at the end unless KG_BENCH_KEEP=1. Nothing is written
# into the repository except the build directory.
#
# Environment:
#   KG_BUILD        build directory (default: build)
#   KG_BIN          use this kg binary and skip the build
#   KG_CORPUS       directory of input JSONL (default: ../shared/corpus)
#   KG_BENCH_MB     sizes of the generated corpora in MB, space-separated
#                   (default: "50 200")
#   KG_BENCH_SEED   generator seed (default: 7)
#   KG_BENCH_THREADS  thread counts to run, space-separated (default: "1 2")
#   KG_BENCH_KEEP   keep the scratch directory (default: 0)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
build="${KG_BUILD:-build}"
[[ "$build" = /* ]] || build="$repo/$build"
corpus="${KG_CORPUS:-$repo/../shared/corpus}"
mb_list="${KG_BENCH_MB:-50 200}"
seed="${KG_BENCH_SEED:-7}"
threads_list="${KG_BENCH_THREADS:-1 2}"

die() { echo "ingest_bench: $*" >&2; exit 1; }

command -v python3 >/dev/null || die "python3 is required"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (Debian package 'time') is required for peak RSS"
compgen -G "$corpus/*.jsonl" >/dev/null || die "no *.jsonl under $corpus (set KG_CORPUS)"

# --- build kg if needed -------------------------------------------------------
if [[ -n "${KG_BIN:-}" ]]; then
  kg="$KG_BIN"
else
  if [[ ! -f "$build/CMakeCache.txt" ]]; then
    echo "configuring $build" >&2
    cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  fi
  echo "building kg in $build" >&2
  cmake --build "$build" --target kg -j 2 >/dev/null || die "building kg failed"
  kg="$build/tools/kg"
  [[ -x "$kg" ]] || kg="$(find "$build" -type f -name kg -perm -u+x | head -n 1)"
fi
[[ -x "$kg" ]] || die "kg binary not found (build: $build)"
"$kg" ingest --help >/dev/null 2>&1 || die "this kg has no 'ingest' subcommand yet"

# --- scratch directory ----------------------------------------------------------
if [[ $# -ge 1 ]]; then
  mkdir -p "$1"
  scratch="$(mktemp -d "$1/kg-ingest-bench.XXXXXX")"
else
  scratch="$(mktemp -d -t kg-ingest-bench.XXXXXX)"
fi
case "$scratch/" in "$repo"/*) die "scratch directory must be outside the repository" ;; esac
cleanup() { [[ "${KG_BENCH_KEEP:-0}" = 1 ]] || rm -rf "$scratch"; }
trap cleanup EXIT
echo "scratch: $scratch" >&2

# --- corpora --------------------------------------------------------------------
shared_files=("$corpus"/*.jsonl)
shared_counts="$(python3 "$repo/bench/gen_corpus.py" --count "${shared_files[@]}")"
declare -A gen_counts
for mb in $mb_list; do
  echo "generating ${mb} MB of distinct articles (seed $seed)" >&2
  gen_counts[$mb]="$(python3 "$repo/bench/gen_corpus.py" --out "$scratch/gen$mb" --mb "$mb" \
    --seed "$seed" "${shared_files[@]}")"
done

field() { python3 -c 'import json,sys; print(json.loads(sys.argv[1]).get(sys.argv[2], 0))' "$1" "$2"; }

# --- one run ----------------------------------------------------------------------
# Prints: name threads bytes articles sentences sentence_source wall_s rss_kb docs cpu_s
run_one() {
  local name="$1" threads="$2" counts="$3"; shift 3
  local db="$scratch/db-$name-t$threads" log="$scratch/ingest-$name-t$threads.log"
  local tv="$scratch/time-$name-t$threads.txt"
  rm -rf "$db"
  local start end status=0
  start="$(date +%s.%N)"
  if [[ "$threads" = x ]]; then  # extraction alone: facts to /dev/null, no database
    /usr/bin/time -v -o "$tv" "$kg" extract "$@" >/dev/null 2>"$log" || status=$?
  else
    /usr/bin/time -v -o "$tv" "$kg" ingest --db "$db" --threads "$threads" "$@" >"$log" 2>&1 || status=$?
  fi
  end="$(date +%s.%N)"
  if [[ $status -ne 0 ]]; then
    echo "ingest_bench: kg ingest failed on $name (threads $threads), exit $status; last lines:" >&2
    tail -n 5 "$log" >&2
    return 1
  fi
  local rss wall bytes sentences source docs cpu
  rss="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$tv")"
  cpu="$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$tv")"
  wall="$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.2f", e - s}')"
  bytes="$(field "$counts" bytes)"
  # Prefer the sentence count ingest reports ("N sentences" / "sentences: N");
  # otherwise fall back to the generator's splitter count, marked with "~".
  sentences="$(grep -oiE '([0-9]+ sentences|sentences[=: ]+[0-9]+)' "$log" | tail -n 1 | grep -oE '[0-9]+' || true)"
  source="ingest"
  if [[ -z "$sentences" ]]; then sentences="$(field "$counts" sentences)"; source="~split"; fi
  docs="-"
  [[ "$threads" = x ]] ||
    docs="$("$kg" stats --json --db "$db" 2>/dev/null | python3 -c 'import json,sys; print(json.load(sys.stdin)["documents"])' || echo "?")"
  echo "$name $threads $bytes $(field "$counts" articles) $sentences $source $wall ${rss:-0} $docs $cpu"
  rm -rf "$db"
}

load_before="$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)"
results=()
for t in x $threads_list; do
  results+=("$(run_one shared "$t" "$shared_counts" "${shared_files[@]}")")
  for mb in $mb_list; do
    results+=("$(run_one "gen$mb" "$t" "${gen_counts[$mb]}" "$scratch/gen$mb"/generated-*.jsonl)")
  done
done

# --- table --------------------------------------------------------------------------
printf '\nkg ingest throughput (%s, %s cores, load average before: %s)\n' "$(uname -m)" "$(nproc)" "$load_before"
printf '%-10s %-9s %8s %9s %9s %10s %8s %8s %10s %8s %10s %11s\n' \
  corpus run MB articles stored sentences wall_s MB/s sent/s cpu_s MB/cpu_s peak_RSS_MB
for row in "${results[@]}"; do
  read -r name threads bytes articles sentences source wall rss docs cpu <<<"$row"
  awk -v n="$name" -v t="$threads" -v b="$bytes" -v a="$articles" -v s="$sentences" \
      -v src="$source" -v w="$wall" -v r="$rss" -v d="$docs" -v c="$cpu" 'BEGIN {
    mbs = b / 1e6; sent = (src == "ingest" ? "" : "~") s
    run = (t == "x" ? "extract" : "ingest-t" t)
    printf "%-10s %-9s %8.1f %9d %9s %10s %8.2f %8.2f %10.0f %8.2f %10.2f %11.1f\n",
      n, run, mbs, a, d, sent, w, (w > 0 ? mbs / w : 0), (w > 0 ? s / w : 0), c,
      (c > 0 ? mbs / c : 0), r / 1024 }'
done
echo "(run: extract = kg extract alone, no database; ingest-tN = kg ingest --threads N;"
echo " stored = documents in the database after the run, fewer than articles when the"
echo " input repeats a text; sentences marked ~ are the generator's own split count, used"
echo " when ingest does not report one; cpu_s = user + system CPU seconds of the run;"
echo " MB/s and sent/s are per wall-clock second, so other load on the machine lowers them)"
