#!/usr/bin/env python3
"""Checks the development and held-out sets against the agreed record format.

Usage: check_sets.py FILE.jsonl...   (e.g. tests/ingest/devset/*.jsonl)

Reports every problem as FILE:LINE: message and exits 1 if there is any;
otherwise prints counts of records and facts by relation and modality, and
the share of records that are hard negatives or hold hypothetical/negated
facts. Needs only the Python standard library.
"""
import collections
import datetime
import json
import re
import sys

RELATIONS = {"signed", "suspended", "visited", "supplies_arms_to"}
MODALITIES = {"asserted", "hypothetical", "negated"}
RECORD_KEYS = {"id", "date", "text", "facts", "notes"}
FACT_KEYS = {"source", "relation", "target", "modality", "date"}
PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
ID = re.compile(r"^[a-z]+-\d{4}$")


def check_partial_date(value):
    if not isinstance(value, str) or not PARTIAL_DATE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1,
                      parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def check_names(fact, key, where, problems):
    names = fact.get(key)
    if not isinstance(names, list) or not names or not all(
            isinstance(n, str) and n.strip() for n in names):
        problems.append(f"{where}: fact '{key}' must be a non-empty list of names")


def check_fact(fact, where, problems):
    if not isinstance(fact, dict):
        problems.append(f"{where}: fact must be an object")
        return
    for key in set(fact) - FACT_KEYS:
        problems.append(f"{where}: unknown fact field '{key}'")
    check_names(fact, "source", where, problems)
    check_names(fact, "target", where, problems)
    if fact.get("relation") not in RELATIONS:
        problems.append(f"{where}: relation '{fact.get('relation')}' is not one of {sorted(RELATIONS)}")
    if fact.get("modality") not in MODALITIES:
        problems.append(f"{where}: modality '{fact.get('modality')}' is not one of {sorted(MODALITIES)}")
    if "date" in fact and not check_partial_date(fact["date"]):
        problems.append(f"{where}: fact date '{fact['date']}' is not an ISO (partial) date")


def check_record(rec, where, problems):
    if not isinstance(rec, dict):
        problems.append(f"{where}: record must be an object")
        return
    for key in set(rec) - RECORD_KEYS:
        problems.append(f"{where}: unknown record field '{key}'")
    if not isinstance(rec.get("id"), str) or not ID.match(rec["id"]):
        problems.append(f"{where}: id '{rec.get('id')}' must look like dev-0001")
    date = rec.get("date")
    if not (isinstance(date, str) and len(date) == 10 and check_partial_date(date)):
        problems.append(f"{where}: date '{date}' must be a full ISO date")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        problems.append(f"{where}: text must be a non-empty string")
    if not isinstance(rec.get("facts"), list):
        problems.append(f"{where}: facts must be a list (empty for a hard negative)")
        return
    for i, fact in enumerate(rec["facts"]):
        check_fact(fact, f"{where}: facts[{i}]", problems)


def main(paths):
    problems, seen = [], {}
    records = 0
    facts = collections.Counter()
    negatives = open_cases = 0
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                where = f"{path}:{line_no}"
                if not line.strip():
                    problems.append(f"{where}: empty line")
                    continue
                try:
                    rec = json.loads(line)
                except json.JSONDecodeError as e:
                    problems.append(f"{where}:{e.colno}: invalid JSON: {e.msg}")
                    continue
                check_record(rec, where, problems)
                if not isinstance(rec, dict):
                    continue
                rid = rec.get("id")
                if rid in seen:
                    problems.append(f"{where}: duplicate id '{rid}' (first at {seen[rid]})")
                seen[rid] = where
                records += 1
                recs_facts = rec.get("facts") if isinstance(rec.get("facts"), list) else []
                for f in recs_facts:
                    if isinstance(f, dict):
                        facts[(f.get("relation"), f.get("modality"))] += 1
                if not recs_facts:
                    negatives += 1
                elif any(isinstance(f, dict) and f.get("modality") != "asserted" for f in recs_facts):
                    open_cases += 1
    for p in problems:
        print(p, file=sys.stderr)
    if problems:
        return 1
    print(f"records {records}")
    print(f"hard negatives {negatives}, records with hypothetical/negated facts {open_cases}, "
          f"share {(negatives + open_cases) / max(records, 1):.2f}")
    for rel in sorted(RELATIONS):
        row = ", ".join(f"{m} {facts[(rel, m)]}" for m in sorted(MODALITIES))
        print(f"{rel:17} {sum(facts[(rel, m)] for m in MODALITIES):4}  ({row})")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__.strip(), file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
