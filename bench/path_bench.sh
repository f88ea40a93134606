#!/usr/bin/env bash
# Path-lookup latency (shortest, all shortest, k = 5 shortest) on a bench
# graph made by ../shared/bench/gen_graph.py, printed next to the peers'
# shortest-path figures from their latest run on the same graph.
#
#   bench/path_bench.sh DATA_DIR [out|both] [BUILD_DIR]
#
# DATA_DIR holds nodes.csv, edges.csv and q_sp.csv (e.g. n100000_e1000000_s42
# under the harness's data root). The graph is imported once with
# `kg import` into DATA_DIR/kg-paths.db and reused.
set -euo pipefail

data=${1:?usage: path_bench.sh DATA_DIR [out|both] [BUILD_DIR]}
dir=${2:-both}
here=$(cd "$(dirname "$0")" && pwd)
build=${3:-$here/../build}
results=$here/../../shared/bench/results
db=$data/kg-paths.db

if [ ! -d "$db" ]; then
  echo "importing $(basename "$data") into $db ..." >&2
  start=$(date +%s.%N)
  "$build/tools/kg" import --db "$db" --nodes "$data/nodes.csv" --edges "$data/edges.csv" >&2
  echo "import: $(echo "$(date +%s.%N) - $start" | bc) s" >&2
fi

echo "## kg path lookups on $(basename "$data"), dir=$dir"
"$build/bench/path_bench" --db "$db" --data "$data" --dir "$dir" --k 5 --limit 100

peers=$(ls -t "$results/$(basename "$data")_${dir}_"*.md 2>/dev/null | head -1 || true)
if [ -n "$peers" ]; then
  echo
  echo "## peers, shortest path, from $(basename "$peers")"
  printf '%-12s %5s %10s %10s %10s %6s\n' peer n mean_ms p50_ms p95_ms found
  grep -E '^\| (kuzu|igraph|networkx|sqlite)' "$peers" |
    awk -F'|' '{gsub(/ /, ""); printf "%-12s %5s %10s %10s %10s %6s\n", $2, $10, $11, $12, $13, $14}'
else
  echo "(no peer results for $(basename "$data") dir=$dir under ../shared/bench/results)"
fi
