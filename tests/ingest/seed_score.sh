#!/bin/sh
# Ingests the seed articles into a fresh database, exports it and scores the
# export with the shared gold; fails unless every figure is perfect.
# usage: seed_score.sh KG SHARED_DIR WORK_DIR   (exit 77 = skipped)
kg=$1 shared=$2 work=$3
if [ ! -f "$shared/eval/seeds_gold.json" ]; then
  echo "skipped: $shared is absent"
  exit 77
fi
rm -rf "$work" && mkdir -p "$work" || exit 1
"$kg" ingest --db "$work/db" "$shared"/seeds/*.txt || exit 1
"$kg" export --db "$work/db" --format json > "$work/graph.json" || exit 1
out=$(python3 "$shared/eval/score.py" "$shared/eval/seeds_gold.json" "$work/graph.json" --verbose) || exit 1
echo "$out"
last=$(echo "$out" | tail -n 1)
case "$last" in
  *"found 8/8, extra 0, wrong 0, leaks 0); dates 3/3; entities merged 13/13"*) exit 0 ;;
esac
echo "seed score is not perfect: $last"
exit 1
