#!/usr/bin/env bash
# Query latency benchmark: anchored 1-hop and 2-hop queries and shortestPath
# on a synthetic bench graph made by ../shared/bench/gen_graph.py, timed
# through the whole query engine (lex, parse, plan, execute) in one process.
#
#   bench/query_bench.sh DATA_DIR [DB_DIR]
#
# DATA_DIR holds nodes.csv, edges.csv, q_hop2.csv and q_sp.csv (for example
# the n1000000_e10000000_s42 folder of the bench harness's data root).
# DB_DIR defaults to DATA_DIR/kg-query-bench.db; it is imported with
# `kg import` when it does not exist yet. KG (default: kg on PATH, else
# build/tools/kg) picks the binary; LIMIT (default 200) the queries per kind;
# DIR=out|both whether queries follow edge direction. Runs twice: the first
# pass reads from disk, the second from the block cache.
set -euo pipefail

data=${1:?usage: bench/query_bench.sh DATA_DIR [DB_DIR]}
db=${2:-$data/kg-query-bench.db}
here=$(cd "$(dirname "$0")/.." && pwd)
kg=${KG:-$(command -v kg || echo "$here/build/tools/kg")}
limit=${LIMIT:-200}
dir=${DIR:-out}

if [ ! -d "$db" ]; then
  echo "importing $data into $db" >&2
  /usr/bin/time -f "import: %e s, peak RSS %M KB" \
    "$kg" import --db "$db" --nodes "$data/nodes.csv" --edges "$data/edges.csv"
fi
"$kg" stats --db "$db" | head -3
for pass in cold warm; do
  echo "== $pass"
  "$kg" bench-query --db "$db" --data "$data" --limit "$limit" --dir "$dir"
done
