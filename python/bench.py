"""Throughput of the Python package against the CLI on the same articles.

    python python/bench.py [--corpus ../shared/corpus] [--threads 2] [--spark]

Codes the Guardian sample (CSV) and the Indian police stories (JSON lines) of the shared
corpus three ways: `dragoman code` (the CLI, start-up excluded by subtracting a run on one
short text), `Coder.code_many(threads=N)` (start-up excluded: the coder is loaded first),
and with --spark, `dragoman.spark.code` on `local[N]` (session start excluded, worker
start-up included). Prints documents/s and MB/s for each and the ratio to the CLI.
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import time
import warnings
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def articles(corpus: Path):
    csv.field_size_limit(1 << 30)
    docs = []
    with open(corpus / "guardian" / "Guardian_SDF_sample.csv", newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            docs.append({"text": r["text"], "date": r["date"] or None, "id": r[""] or None})
    with open(corpus / "india-police" / "docs.jsonl", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs.append({"text": d["doc_text"], "date": None, "id": str(d["doc_id"])})
    return docs


def timed(f):
    t = time.perf_counter()
    out = f()
    return out, time.perf_counter() - t


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--spark", action="store_true")
    args = p.parse_args()
    corpus = Path(args.corpus)
    if not corpus.exists():
        print(f"bench: {corpus} is absent", file=sys.stderr)
        return 2
    docs = articles(corpus)
    mb = sum(len(d["text"].encode()) for d in docs) / 1e6
    warnings.simplefilter("ignore")

    binary = REPO / "target" / "release" / "dragoman"
    jsonl = "\n".join(json.dumps({k: v for k, v in d.items() if v is not None}) for d in docs).encode()
    env = dict(os.environ, RAYON_NUM_THREADS=str(args.threads))
    run = lambda data: subprocess.run([str(binary), "code", "-", "--format", "jsonl"], input=data, capture_output=True, env=env, check=True)
    _, startup = timed(lambda: run(b'{"text": "Egypt criticised Israel."}'))
    out, cli_total = timed(lambda: run(jsonl))
    cli_events = out.stdout.count(b"\n")
    cli = cli_total - startup

    import dragoman

    coder, load = timed(dragoman.Coder)
    events, py = timed(lambda: coder.code_many(docs, threads=args.threads))
    rows = [
        ("dragoman code (CLI)", cli, cli_events, f"start-up {startup:.2f} s excluded"),
        (f"Coder.code_many(threads={args.threads})", py, len(events), f"load {load:.2f} s excluded"),
    ]
    if args.spark:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        from pyspark.sql import SparkSession

        import dragoman.spark

        spark = SparkSession.builder.master(f"local[{args.threads}]").getOrCreate()
        frame = spark.createDataFrame([(d["text"], d["date"], d["id"]) for d in docs], "text string, date string, id string")
        n, sp = timed(lambda: dragoman.spark.code(frame).count())
        rows.append((f"dragoman.spark.code, local[{args.threads}]", sp, n, "worker start-up included"))
        spark.stop()
    print(f"{len(docs)} articles, {mb:.1f} MB of text, {args.threads} threads")
    print(f"{'':38} {'seconds':>8} {'docs/s':>8} {'MB/s':>6} {'events':>7} {'vs CLI':>7}")
    for name, secs, n, note in rows:
        print(f"{name:38} {secs:8.2f} {len(docs) / secs:8.0f} {mb / secs:6.2f} {n:7} {cli / secs:6.0%}  {note}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
