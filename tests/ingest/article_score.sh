#!/bin/sh
# Ingests our own articles (tests/ingest/articles) into a fresh database,
# exports the graph and scores it against their gold with the shared scorer.
# Fails when F1 is under MIN_F1 or when any fact the text denies or leaves
# open comes out asserted ("wrong").
# usage: article_score.sh KG SHARED_DIR ARTICLE_DIR WORK_DIR MIN_F1   (exit 77 = skipped)
kg=$1 shared=$2 articles=$3 work=$4 min_f1=$5
if [ ! -f "$shared/eval/score.py" ]; then
  echo "skipped: $shared is absent"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work" || exit 1
# plain-text articles, and JSONL records where the directory has any
set -- "$articles"/*.txt
for f in "$articles"/*.jsonl; do [ -f "$f" ] && set -- "$@" "$f"; done
"$kg" ingest --db "$work/db" "$@" || exit 1
"$kg" export --db "$work/db" --format json > "$work/graph.json" || exit 1
out=$(python3 "$shared/eval/score.py" "$articles/gold.json" "$work/graph.json" --min-f1 "$min_f1")
status=$?
echo "$out" | tail -n 1
case "$(echo "$out" | tail -n 1)" in
  *", wrong 0,"*) ;;
  *) echo "a denied or hedged fact came out asserted"; exit 1 ;;
esac
[ "$status" -eq 0 ] || { echo "F1 is under $min_f1"; exit 1; }
