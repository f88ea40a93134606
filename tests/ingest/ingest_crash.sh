#!/bin/sh
# kg ingest writes without the write-ahead log and flushes all column
# families at once. This kills an ingest with SIGKILL after its first flush
# and checks the promise of docs/storage.md (Writes): the database opens,
# an earlier run is intact, every document it holds is whole, and running
# the same ingest again gives the graph of an ingest that was never killed.
# usage: ingest_crash.sh KG SHARED_DIR WORK_DIR   (exit 77 = skipped)
kg=$1 shared=$2 work=$3
first="$shared/corpus/wikinews_en_2019_2020.jsonl"
second="$shared/corpus/bbc_news_2004_2005.jsonl"
if [ ! -f "$first" ] || [ ! -f "$second" ]; then
  echo "skipped: $shared is absent"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work" || exit 1
fail() { echo "$*"; exit 1; }

# Facts per document, one "count doc" line each, from a JSON export.
per_doc() {
  "$kg" export --db "$1" --format json > "$work/export.json" || fail "export of $1 failed"
  grep -o '"doc":"[^"]*"' "$work/export.json" | sort | uniq -c | sort
}

# The reference: both files in one uninterrupted run.
"$kg" ingest --db "$work/clean" "$first" "$second" 2>/dev/null || fail "clean ingest failed"
"$kg" export --db "$work/clean" --format json > "$work/clean.json" || exit 1
per_doc "$work/clean" > "$work/clean.docs"

# An earlier run that completed, then a run killed after its first flush:
# a small memtable budget makes flushes come early and often.
"$kg" ingest --db "$work/db" "$first" 2>/dev/null || fail "first ingest failed"
per_doc "$work/db" > "$work/first.docs"
"$kg" ingest --db "$work/db" --threads 1 --memtable-mb 1 "$second" 2>/dev/null &
pid=$!
before=$(ls "$work/db" | grep -c '\.sst$')
i=0
while [ "$i" -lt 3000 ] && [ "$(ls "$work/db" | grep -c '\.sst$')" -le "$before" ]; do
  sleep 0.01
  i=$((i + 1))
done
kill -9 "$pid" 2>/dev/null
wait "$pid"
status=$?
[ "$status" -eq 137 ] || fail "ingest ended (status $status) before it could be killed"

# It opens, and holds the earlier run and whole documents only.
"$kg" stats --db "$work/db" > "$work/stats.txt" || fail "the killed database does not open"
per_doc "$work/db" > "$work/killed.docs"
lost=$(comm -23 "$work/first.docs" "$work/killed.docs")
[ -z "$lost" ] || fail "documents of the earlier run changed: $lost"
partial=$(comm -23 "$work/killed.docs" "$work/clean.docs")
[ -z "$partial" ] || fail "documents with other fact counts than a clean ingest: $partial"
echo "killed run kept $(($(wc -l < "$work/killed.docs") - $(wc -l < "$work/first.docs"))) of" \
  "$(($(wc -l < "$work/clean.docs") - $(wc -l < "$work/first.docs"))) documents with facts"

# Running the same ingest again completes it.
"$kg" ingest --db "$work/db" "$first" "$second" 2>/dev/null || fail "the second ingest failed"
"$kg" export --db "$work/db" --format json > "$work/resumed.json" || exit 1
cmp -s "$work/clean.json" "$work/resumed.json" ||
  fail "the resumed graph differs from a clean ingest"
echo ok
