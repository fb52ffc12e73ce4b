#!/usr/bin/env python3
"""Checks the news test collections of this folder against the shared article files.

For each collection (zh-news, en-news and their held-out sets): every qrels line is `qid 0 docid grade` with a grade
of 1 to 3; every qid has a query in queries.tsv; every docid is an article of the shared file
(the Chinese `id`, the English `url`, exact strings); no pair is judged twice; every query has
at least one relevant article. Prints the counts. Exits 1 on any problem.

Usage: python3 check_collections.py [--shared DIR]   (DIR defaults to <repo>/../shared/data)
"""
import argparse
import json
import statistics
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[3]
COLLECTIONS = {
    # name: (articles file under the shared data folder, the field that is the docid)
    "zh-news": ("bri-news-zh-dev/articles.jsonl", "id"),
    "en-news": ("bri-news-dev/articles.jsonl", "url"),
    "zh-news-heldout": ("bri-news-zh-dev/articles.jsonl", "id"),
    "en-news-heldout": ("bri-news-dev/articles.jsonl", "url"),
}


def read_docids(path, field):
    ids = []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if line.strip():
                value = json.loads(line).get(field)
                if not value:
                    raise ValueError(f"{path} line {number}: no {field!r}")
                ids.append(value)
    if len(ids) != len(set(ids)):
        raise ValueError(f"{path}: the {field!r} values are not unique")
    return set(ids)


def read_queries(path, problems):
    queries = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip():
                continue
            parts = line.split("\t")
            if len(parts) != 3 or not parts[0].strip() or not parts[2].strip():
                problems.append(f"{path} line {number}: expected 'id<TAB>id<TAB>text': {line!r}")
                continue
            if parts[0] in queries:
                problems.append(f"{path} line {number}: query id {parts[0]!r} twice")
            queries[parts[0]] = parts[2]
    return queries


def read_qrels(path, problems):
    judged = {}
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            parts = line.split()
            if len(parts) != 4 or parts[1] != "0" or parts[3] not in ("1", "2", "3"):
                problems.append(f"{path} line {number}: expected 'qid 0 docid 1..3': {line!r}")
                continue
            qid, _, docid, grade = parts
            if docid in judged.setdefault(qid, {}):
                problems.append(f"{path} line {number}: ({qid}, {docid}) judged twice")
            judged[qid][docid] = int(grade)
    return judged


def check(name, articles, field, problems):
    folder = HERE / name
    docids = read_docids(articles, field)
    queries = read_queries(folder / "queries.tsv", problems)
    judged = read_qrels(folder / "qrels.trec", problems)
    for qid, docs in judged.items():
        if qid not in queries:
            problems.append(f"{name}: qrels qid {qid!r} has no query")
        for docid in docs:
            if docid not in docids:
                problems.append(f"{name}: qrels docid {docid!r} (query {qid}) is not in {articles}")
    for qid, text in queries.items():
        if not any(g > 0 for g in judged.get(qid, {}).values()):
            problems.append(f"{name}: query {qid} ({text!r}) has no relevant article")
    counts = sorted(sum(1 for g in judged.get(q, {}).values() if g > 0) for q in queries)
    grades = [g for docs in judged.values() for g in docs.values()]
    pooled = {d for docs in judged.values() for d in docs}
    print(f"{name}: {len(docids)} articles, {len(queries)} queries, {len(grades)} judged pairs "
          f"(grade 3: {grades.count(3)}, 2: {grades.count(2)}, 1: {grades.count(1)}), "
          f"{len(pooled)} articles relevant to some query")
    if counts:
        print(f"  relevant per query: min {counts[0]}, median {statistics.median(counts):g}, "
              f"max {counts[-1]}; queries over 15: {sum(c > 15 for c in counts)}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=REPO.parent / "shared" / "data")
    args = parser.parse_args()
    problems = []
    for name, (relative, field) in COLLECTIONS.items():
        articles = args.shared / relative
        if not articles.exists():
            print(f"{name}: {articles} is missing; not checked", file=sys.stderr)
            problems.append(f"{name}: no articles file")
            continue
        check(name, articles, field, problems)
    for problem in problems:
        print("PROBLEM:", problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
