#!/bin/sh
# A person on no list spelled with accents in one article and without them
# in another is one node that holds both visits. usage: ingest_names.sh KG WORK_DIR
kg=$1 work=$2
rm -rf "$work" && mkdir -p "$work/in" || exit 1
printf 'Envoy in Tallinn\n\nFinnish envoy Jaana M\303\244\303\244tt\303\244 visited Tallinn on Monday.\n' > "$work/in/a.txt"
printf 'Envoy in Riga\n\nFinnish envoy Jaana Maatta visited Riga on Tuesday.\n' > "$work/in/b.txt"
"$kg" ingest --db "$work/db" "$work/in" 2>/dev/null || { echo "ingest failed"; exit 1; }
"$kg" query --db "$work/db" --format csv \
  "MATCH (p:Person)-[:visited]->(c) WHERE p.name STARTS WITH 'Jaana' RETURN c.name ORDER BY c.name" > "$work/out.csv" || exit 1
cat "$work/out.csv"
[ "$(grep -c -E '^"?(Estonia|Latvia)"?$' "$work/out.csv")" -eq 2 ] || { echo "expected one person with visits to Estonia and Latvia"; exit 1; }
"$kg" query --db "$work/db" --format csv "MATCH (p:Person) WHERE p.name STARTS WITH 'Jaana' RETURN count(p)" > "$work/n.csv" || exit 1
grep -q -x '"\{0,1\}1"\{0,1\}' "$work/n.csv" || { echo "the two spellings became two people:"; cat "$work/n.csv"; exit 1; }
echo ok
