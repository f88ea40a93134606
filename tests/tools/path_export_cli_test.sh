#!/bin/sh
# Smoke test of `kg path` and `kg export` as a user runs them: a small graph
# imported from CSV, then names, paths, exit codes, and every export format
# (svg through Graphviz when it is installed, and its absence handled).
# Usage: path_export_cli_test.sh KG_BINARY
set -u
kg=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

cat > "$dir/nodes.csv" <<'CSV'
id,name,type
1,Barack Obama,person
2,New START,agreement
3,Vladimir Putin,person
4,Kim Jong Un,person
5,Kim Yo Jong,person
6,"Quote ""Q"" \ Corp",organization
CSV
cat > "$dir/edges.csv" <<'CSV'
src,dst,type,date,doc,modality
1,2,signed,2010-04-08,doc1,asserted
3,2,suspended,2023-02-21,doc2,asserted
3,4,meets,2023-09-13,doc3,asserted
5,4,meets,2024-01-01,doc4,asserted
6,3,supplies_arms_to,2022-01-01,doc5,asserted
1,3,meets,2015-01-01,doc6,negated
CSV
db="$dir/kg.db"
"$kg" import --db "$db" --nodes "$dir/nodes.csv" --edges "$dir/edges.csv" >/dev/null ||
  fail "import"

out=$("$kg" path --db "$db" "Barack Obama" "Kim Jong Un") || fail "path exit $?"
echo "$out" | grep -q "Barack Obama —signed→ New START ←suspended— Vladimir Putin —meets→ Kim Jong Un" ||
  fail "path text: $out"
"$kg" path --db "$db" Obama Putin -f json | grep -q '"relation":"suspended"' || fail "path json"
"$kg" path --db "$db" Kim Putin 2>"$dir/err"; [ $? -eq 1 ] || fail "ambiguous exit"
grep -q "Kim Yo Jong (Person, #" "$dir/err" || fail "ambiguous candidates: $(cat "$dir/err")"
"$kg" path --db "$db" Obma Putin 2>"$dir/err"; [ $? -eq 1 ] || fail "unknown exit"
grep -q "did you mean Barack Obama" "$dir/err" || fail "suggestion: $(cat "$dir/err")"
"$kg" path --db "$db" Obama Putin --via nonsense 2>/dev/null; [ $? -eq 2 ] || fail "bad --via exit"
"$kg" path --db "$db" Obama Putin --directed | grep -q "no path" || fail "directed: no path"

"$kg" export --db "$db" -f graphml -o "$dir/g.graphml" || fail "graphml"
grep -q '<edge id="e4"' "$dir/g.graphml" || fail "graphml edges"
"$kg" export --db "$db" -f csv -o "$dir/csv" || fail "csv"
[ "$(wc -l < "$dir/csv/edges.csv")" -eq 7 ] || fail "csv edges (negated kept)"
grep -q ",meets,negated," "$dir/csv/edges.csv" || fail "csv negated row"
"$kg" export --db "$db" -f dot | grep -q "NOT meets" && fail "dot draws a negated fact"
"$kg" export --db "$db" -f dot --include-negated | grep -q "NOT meets" || fail "dot --include-negated"
"$kg" path --db "$db" Obama Putin | grep -q "New START" || fail "path must skip the negated edge"
"$kg" path --db "$db" Obama Putin --include-negated | grep -q "—NOT meets→" ||
  fail "path --include-negated"
"$kg" export --db "$db" -f json --around Putin --depth 1 | grep -q '"name":"Kim Jong Un"' ||
  fail "json ego"
"$kg" export --db "$db" -f dot --path Obama "Kim Jong Un" | grep -q "penwidth=3" || fail "dot path"
"$kg" export --db "$db" -f dot --max-nodes 2 2>"$dir/err" >/dev/null || fail "capped dot"
grep -q "warning: the selection has 6 nodes" "$dir/err" || fail "cap warning: $(cat "$dir/err")"

if command -v dot >/dev/null 2>&1; then
  "$kg" export --db "$db" -f dot > "$dir/g.dot" || fail "dot"
  dot -Tsvg "$dir/g.dot" -o "$dir/check.svg" 2>"$dir/err" || fail "dot -Tsvg"
  [ ! -s "$dir/err" ] || fail "dot warnings: $(cat "$dir/err")"
  timeout 60 "$kg" export --db "$db" --around Putin --depth 1 -f svg -o "$dir/putin.svg" ||
    fail "svg export"
  grep -q "<svg" "$dir/putin.svg" || fail "svg output"
  timeout 60 "$kg" export --db "$db" -f png 2>"$dir/err" | head -c 4 | grep -q PNG ||
    fail "png to stdout"
  [ ! -s "$dir/err" ] || fail "a reader closing early is no error: $(cat "$dir/err")"
else
  echo "skipped the svg/png checks: Graphviz is not installed"
fi
PATH=/nonexistent "$kg" export --db "$db" -f svg -o "$dir/x.svg" 2>"$dir/err"
[ $? -eq 1 ] || fail "svg without dot should fail"
grep -q "graphviz" "$dir/err" || fail "missing-dot message: $(cat "$dir/err")"
echo "ok"
