#!/usr/bin/env python3
"""Benchmark the summary: ROUGE of the key sentences and throughput of the whole CLI.

Run by hand from the repository root (not by pytest):

    python benchmarks/bench_summary.py [--shared ../shared] [--limit N] [--cmd "python -m newscli"]

It prints:

1. ROUGE-1/2/Lsum F1 of ``summary --sentences 3`` against the reference highlights, from
   the shared scorer (``eval/newscli_eval.py summary data/summary-cnn-dev.jsonl``), which
   runs the real CLI;
2. the CLI's throughput on ``data/corpus/bbc/*.txt``, 100 files a call, as articles/s;
3. the time :func:`newscli.summary.key_sentences` alone takes per BBC article.
"""

from __future__ import annotations

import argparse
import glob
import importlib
import json
import os
import shlex
import subprocess
import sys
import tempfile
import time

BATCH = 100


def rouge(shared: str, cmd: list[str], limit: int | None) -> dict[str, float]:
    scorer = os.path.join(shared, "eval", "newscli_eval.py")
    gold = os.path.join(shared, "data", "summary-cnn-dev.jsonl")
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "figures.json")
        args = [sys.executable, scorer, "summary", gold, "--cmd", shlex.join(cmd), "--json", out]
        if limit:
            args += ["--limit", str(limit)]
        run = subprocess.run(args, capture_output=True, text=True, check=False)
        if run.returncode != 0 or not os.path.exists(out):
            sys.exit(f"the scorer failed:\n{run.stdout}\n{run.stderr}")
        with open(out, encoding="utf-8") as f:
            figures: dict[str, float] = json.load(f)
    return figures


def throughput(shared: str, cmd: list[str], rounds: int) -> float:
    files = sorted(glob.glob(os.path.join(shared, "data", "corpus", "bbc", "*.txt")))
    if not files:
        sys.exit("no BBC articles found")
    best = float("inf")
    for _ in range(rounds):
        t0 = time.perf_counter()
        for k in range(0, len(files), BATCH):
            subprocess.run(
                [*cmd, "summary", "--jsonl", *files[k : k + BATCH]],
                stdout=subprocess.DEVNULL,
                check=True,
            )
        best = min(best, time.perf_counter() - t0)
    return len(files) / best


def library_time(shared: str) -> float:
    # The repository's own copy, as the CLI run from the repository root uses.
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    import newscli

    module = importlib.import_module("newscli.summary")
    files = sorted(glob.glob(os.path.join(shared, "data", "corpus", "bbc", "*.txt")))
    articles = []
    for path in files:
        with open(path, "rb") as f:
            articles.append(newscli.parse(newscli.decode(f.read())))
    best = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        for article in articles:
            module.key_sentences(article, 3)
        best = min(best, time.process_time() - t0)
    return 1000 * best / len(articles)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=os.path.join("..", "shared"), help="the shared data and scorer")
    ap.add_argument("--cmd", default=f"{sys.executable} -m newscli", help="how to run the CLI")
    ap.add_argument("--limit", type=int, default=None, help="score only the first N CNN articles")
    ap.add_argument("--rounds", type=int, default=3, help="throughput: best of this many runs")
    args = ap.parse_args()
    cmd = shlex.split(args.cmd)

    figures = rouge(args.shared, cmd, args.limit)
    print(
        f"CNN dev ({figures.get('articles')} articles): ROUGE-1 {100 * figures['rouge1']:.1f}  "
        f"ROUGE-2 {100 * figures['rouge2']:.1f}  ROUGE-Lsum {100 * figures['rougeLsum']:.1f}  "
        f"(bad offsets {figures.get('bad_offsets', 0)}, "
        f"text differs {figures.get('text_differs_from_offsets', 0)})"
    )
    rate = throughput(args.shared, cmd, args.rounds)
    print(f"BBC throughput (whole CLI, {BATCH} files a call): {rate:.0f} articles/s")
    print(f"key_sentences alone: {library_time(args.shared):.3f} ms per BBC article (CPU time)")


if __name__ == "__main__":
    main()
