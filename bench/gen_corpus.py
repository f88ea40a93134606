#!/usr/bin/env python3
"""Generates a large corpus of distinct articles for the ingest benchmark.

Recombines the sentences of real news articles (JSONL in the ingest input
form: id, title, date, source, text) with a seeded generator: every
generated article is a new sequence of paragraphs built from sentences drawn
across the whole input, so no two articles share their content and ingest's
deduplication does not skip any. The output is meant for a scratch
directory: the source texts' licences forbid committing anything derived from
them.

  gen_corpus.py --out DIR --mb 200 [--seed 7] [--files 4] INPUT.jsonl...
      writes DIR/generated-N.jsonl and DIR/manifest.json (articles,
      sentences, bytes); prints the manifest.
  gen_corpus.py --count INPUT.jsonl...
      prints the same counts for existing files (same sentence splitter).
"""
import argparse
import datetime
import hashlib
import json
import os
import random
import re
import sys

# A sentence ends at . ! or ? (optionally closed by a quote or bracket)
# followed by whitespace and an upper-case letter, digit or opening quote.
SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]?\s+(?=[A-Z0-9\"\u201c(])")


def split_sentences(paragraph):
    return [s.strip() for s in SENTENCE_END.split(paragraph) if s.strip()]


def read_articles(paths):
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    sys.exit(f"{path}:{line_no}: invalid JSON: {e.msg}")
                yield rec


def paragraphs(text):
    return [p for p in re.split(r"\n\s*\n", text or "") if p.strip()]


def count(paths):
    articles = sentences = 0
    size = sum(os.path.getsize(p) for p in paths)
    for rec in read_articles(paths):
        articles += 1
        for p in paragraphs(rec.get("text")):
            sentences += len(split_sentences(p))
    return {"articles": articles, "sentences": sentences, "bytes": size}


def load_pool(paths):
    sentences, titles = [], []
    for rec in read_articles(paths):
        if rec.get("title"):
            titles.append(rec["title"])
        for p in paragraphs(rec.get("text")):
            sentences.extend(split_sentences(p))
    if not sentences:
        sys.exit("no sentences in the input")
    return sentences, titles or ["Untitled"]


def make_article(rng, sentences, titles, n):
    paras = []
    for _ in range(rng.randint(3, 9)):
        k = rng.randint(2, 6)
        paras.append(" ".join(rng.choice(sentences) for _ in range(k)))
    day = datetime.date(2000, 1, 1) + datetime.timedelta(days=rng.randrange(9496))
    return {
        "id": f"gen:{n:08d}",
        "title": rng.choice(titles),
        "date": day.isoformat(),
        "source": "generated",
        "text": "\n\n".join(paras),
    }, sum(len(split_sentences(p)) for p in paras)


def generate(args):
    sentences, titles = load_pool(args.inputs)
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)
    target = args.mb * 1_000_000
    per_file = target / args.files
    seen = set()
    total = {"articles": 0, "sentences": 0, "bytes": 0, "files": []}
    for f in range(args.files):
        path = os.path.join(args.out, f"generated-{f}.jsonl")
        written = 0
        with open(path, "w", encoding="utf-8") as fh:
            while written < per_file:
                rec, n_sent = make_article(rng, sentences, titles, total["articles"])
                digest = hashlib.blake2b(rec["text"].encode(), digest_size=8).digest()
                if digest in seen:  # vanishingly rare; keep every text distinct
                    continue
                seen.add(digest)
                line = json.dumps(rec, ensure_ascii=False) + "\n"
                fh.write(line)
                written += len(line.encode("utf-8"))
                total["articles"] += 1
                total["sentences"] += n_sent
        total["bytes"] += written
        total["files"].append(os.path.basename(path))
    with open(os.path.join(args.out, "manifest.json"), "w") as fh:
        json.dump(total, fh)
    return total


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("inputs", nargs="+", help="JSONL articles to recombine or count")
    ap.add_argument("--out", help="output directory for generated files")
    ap.add_argument("--mb", type=float, default=200, help="size to generate, in MB (10^6 bytes)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--files", type=int, default=4, help="number of output files")
    ap.add_argument("--count", action="store_true", help="only count the inputs")
    args = ap.parse_args()
    if args.count:
        result = count(args.inputs)
    elif args.out:
        result = generate(args)
    else:
        ap.error("give --out DIR or --count")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
