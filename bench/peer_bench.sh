#!/usr/bin/env bash
# Runs kg beside the peer graph stores (Kuzu, igraph, networkx, SQLite) on
# the shared synthetic benchmark graph and checks that every answer agrees.
#
#   bench/peer_bench.sh N M          e.g. 1000000 10000000
#
# Needs ../shared/bench (the harness) and the peers it describes in its
# README. kg implements the harness contract as `kg bench`: bulk import of
# nodes.csv/edges.csv, then 2-hop counts and shortest paths (bidirectional
# BFS over the packed neighbour lists). Environment: KG_BUILD (build dir,
# default build), plus the harness's own knobs (DIR, PEERS, BUDGET_S, ...).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$here")"
harness="$repo/../shared/bench"
[ -x "$harness/run_peers.sh" ] || { echo "peer_bench: no harness at ../shared/bench" >&2; exit 1; }
build="${KG_BUILD:-$repo/build}"
cmake --build "$build" --target kg -j 2 >/dev/null
kg="$(cd "$build" && pwd)/tools/kg"
dir="${DIR:-out}"
# Results go to a scratch folder unless RESULTS_DIR says otherwise; the
# harness's own results folder may be read-only.
export RESULTS_DIR="${RESULTS_DIR:-${TMPDIR:-/tmp}/kg-peer-results}"
export OURS_CMD="$kg bench --data {data} --results {results} --dir $dir --maxd ${MAXD:-8}"
exec "$harness/run_peers.sh" "$@"
