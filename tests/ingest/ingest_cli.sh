#!/bin/sh
# kg ingest on mixed good and bad input: warnings name the bad files, the
# exit status is 1, the good article is stored, and re-ingesting changes
# nothing. usage: ingest_cli.sh KG WORK_DIR
kg=$1 work=$2
rm -rf "$work" && mkdir -p "$work/in" || exit 1
printf 'Putin visits Hanoi\nVladimir Putin arrived in Hanoi on Thursday.\n' > "$work/in/good.txt"
printf 'Title\nCaf\351 au lait.\n' > "$work/in/latin1.txt"
printf 'ab\000cd' > "$work/in/binary.txt"
: > "$work/in/empty.txt"
"$kg" ingest --db "$work/db" "$work/in" "$work/missing.txt" 2> "$work/err.txt"
status=$?
cat "$work/err.txt"
[ "$status" -eq 1 ] || { echo "expected exit 1, got $status"; exit 1; }
for f in latin1.txt binary.txt empty.txt missing.txt; do
  grep -q "warning: .*$f" "$work/err.txt" || { echo "no warning naming $f"; exit 1; }
done
"$kg" extract "$work/in/good.txt" | grep -q '"relation":"visited","target":{"name":"Vietnam"' ||
  { echo "extract did not find the visit"; exit 1; }
"$kg" export --db "$work/db" --format json > "$work/g1.json" || exit 1
grep -q '"Vietnam"' "$work/g1.json" || { echo "the good article was not stored"; exit 1; }
"$kg" ingest --db "$work/db" "$work/in/good.txt" 2>/dev/null || { echo "re-ingest failed"; exit 1; }
"$kg" export --db "$work/db" --format json > "$work/g2.json" || exit 1
cmp -s "$work/g1.json" "$work/g2.json" || { echo "re-ingesting the same article changed the graph"; exit 1; }
echo ok
