#!/usr/bin/env bash
# kg shell and kg query end to end: imports a three-node graph, pipes a
# session into the shell (multi-line query, :format, :param, :schema, an
# error) and checks the output; then checks kg query's exit codes.
#   shell_test.sh KG_BINARY
set -euo pipefail
kg=${1:?usage: shell_test.sh KG_BINARY}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT

printf 'id,name,type\n1,Vladimir Putin,person\n2,New START,agreement\n3,Barack Obama,person\n' >"$dir/nodes.csv"
printf 'src,dst,type,date\n1,2,suspended,2023-02-21\n3,2,signed,2010-04-08\n' >"$dir/edges.csv"
"$kg" import --db "$dir/db" --nodes "$dir/nodes.csv" --edges "$dir/edges.csv" >/dev/null 2>&1

out=$(printf '%s\n' \
  'MATCH (p:Person)-[r]->(a)' \
  'RETURN p.name, type(r), a.name' \
  'ORDER BY p.name;' \
  ':format csv' \
  ':param who=Vladimir Putin' \
  'MATCH (p {name: $who}) RETURN p.name;' \
  'MATCH (p:Persn) RETURN p;' \
  ':schema' \
  ':quit' \
  'RETURN "never reached";' | "$kg" shell --db "$dir/db")

expect() {
  if ! grep -qF -- "$1" <<<"$out"; then
    echo "missing from the shell output: $1" >&2
    echo "$out" >&2
    exit 1
  fi
}
expect '"Barack Obama"   | "signed"    | "New START"'
expect '"Vladimir Putin" | "suspended" | "New START"'
expect 'format: csv'
expect $'p.name\nVladimir Putin'
expect "error: query:1:10: unknown label 'Persn'; did you mean 'Person'?"
expect ':Person  2'
expect ':suspended  1'
if grep -qF 'never reached' <<<"$out"; then echo ":quit did not stop the shell" >&2; exit 1; fi

# kg query: 0 on success, 1 for a bad query, 2 for a bad flag.
"$kg" query --db "$dir/db" 'MATCH (n) RETURN count(n)' >/dev/null
set +e
"$kg" query --db "$dir/db" 'MATCH (n RETURN n' 2>/dev/null; bad_query=$?
"$kg" query --db "$dir/db" --format xml 'RETURN 1' 2>/dev/null; bad_flag=$?
set -e
[ "$bad_query" -eq 1 ] || { echo "bad query exited $bad_query, not 1" >&2; exit 1; }
[ "$bad_flag" -eq 2 ] || { echo "bad flag exited $bad_flag, not 2" >&2; exit 1; }
echo "shell_test: ok"
