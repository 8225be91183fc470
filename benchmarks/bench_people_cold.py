#!/usr/bin/env python3
"""People's share of one CLI call over 100 articles, each run in a fresh process (run by
hand, not by pytest).

    python benchmarks/bench_people_cold.py [--shared ../shared] [--runs N] [--files N]

A call of ``newscli summary --jsonl`` over 100 BBC articles pays for people once per
process: loading the name lists, the first article's first look-ups, then every article.
Warm loops in one process hide the first two, so each run here is a new interpreter that
runs the real CLI (output discarded) with ``find_people`` timed, and prints, over the
runs (minimum and median: the machine may be shared): the lexicon loading alone (in a
process of its own), the first article, the mean of the others, and people's total. The
files are every third one of the sorted BBC corpus, so every section is in the sample.
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path

from fresh_process import ROOT, call_times, runs

#: Times the lexicon loading alone, in a process of its own.
LOAD = r"""
import time
import newscli.people as people
t = time.perf_counter()
people._lexicons()
print(time.perf_counter() - t)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--files", type=int, default=100)
    args = parser.parse_args()
    corpus = sorted((args.shared / "data" / "corpus" / "bbc").glob("*.txt"))
    files = [str(p) for p in corpus[::3][: args.files]]
    times = call_times("newscli.people", "find_people", files, args.runs)
    firsts = [t[0] for t in times]
    rests = [statistics.mean(t[1:]) for t in times]
    totals = [sum(t) for t in times]
    loads = [1000 * r[0] for r in runs(LOAD, processes=args.runs)]
    print(f"people in `newscli summary --jsonl` over {len(files)} BBC files, {args.runs} fresh processes")
    for label, values in (
        ("lexicon loading", loads),
        ("first article", firsts),
        ("other articles, mean", rests),
        ("people's total", totals),
    ):
        print(f"  {label:22s} min {min(values):7.3f} ms   median {statistics.median(values):7.3f} ms")


if __name__ == "__main__":
    main()
