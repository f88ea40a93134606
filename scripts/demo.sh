#!/usr/bin/env bash
# Sets up, builds, and runs kg's main job on the bundled example articles:
# ingest -> a query -> a path -> a GraphViz file. Output goes to ./out/.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
BUILD_DIR="${KG_BUILD:-build}"
cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j "$(nproc)" --target kg
kg="$BUILD_DIR/tools/kg"
mkdir -p out
db=out/demo.db
rm -rf "$db"

echo "== kg ingest examples/articles examples/articles.jsonl"
"$kg" ingest --db "$db" examples/articles examples/articles.jsonl
echo
echo "== kg stats"
"$kg" stats --db "$db"
echo
echo "== kg query: who signed what"
"$kg" query --db "$db" \
  'MATCH (p)-[r:signed]->(a:Agreement) RETURN p.name, a.name, r.date ORDER BY a.name, p.name'
echo
echo "== kg path \"Barack Obama\" \"Kim Jong Un\""
"$kg" path --db "$db" "Barack Obama" "Kim Jong Un"
echo
echo "== kg export --format dot -o out/graph.dot"
"$kg" export --db "$db" --format dot -o out/graph.dot
echo "wrote out/graph.dot ($(wc -l < out/graph.dot) lines)"
if command -v dot >/dev/null; then
  dot -Tsvg out/graph.dot -o out/graph.svg && echo "wrote out/graph.svg"
fi
