#!/usr/bin/env python3
"""Timeline quality and speed, run by hand (not by pytest).

    python benchmarks/bench_timeline.py            # scorer through the CLI + BBC throughput
    python benchmarks/bench_timeline.py --lib      # the same measures in-process (no CLI needed)
    python benchmarks/bench_timeline.py --lib --errors 20

Quality: the shared TempEval-3 scorer (../shared/eval/newscli_eval.py) on
../shared/data/timeline-tbaq.jsonl. Speed: articles per second of `newscli timeline
--jsonl` on ../shared/data/corpus/bbc/*.txt, 100 files per call (wall clock), the
CPU time the timeline analysis itself takes per article (best of 7 runs in-process), and
the fixed cost of a fresh process (import, first call on samples/seed.txt; best of 10) and
how many rule patterns a process compiles.
"""

from __future__ import annotations

import argparse
import glob
import importlib.util
import json
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
sys.path.insert(0, ROOT)


def _scorer():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "newscli_eval", os.path.join(SHARED, "eval", "newscli_eval.py")
    )
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def quality_lib(gold: str, n_err: int, limit: int | None) -> None:
    import newscli
    from newscli.timeline import find_timeline

    ev = _scorer()
    docs = ev.load(gold, limit)
    outs, shifts, texts = [], [], []
    for d in docs:
        header = f"date {d['date']}\n\n" if d.get("date") else ""
        text = header + d["text"]
        art = newscli.parse(text)
        tl = [
            {"text": t.text, "start": t.start, "end": t.end, "type": t.type, "value": t.value}
            for t in find_timeline(art)
        ]
        outs.append({"timeline": tl})
        shifts.append(len(header))
        texts.append(text)
    res, head = ev.score_timeline(docs, outs, shifts, texts, n_err)
    print(json.dumps({k: round(v, 4) if isinstance(v, float) else v for k, v in res.items()}))
    print(head)


def quality_cli(gold: str, n_err: int) -> None:
    cmd = [
        sys.executable,
        os.path.join(SHARED, "eval", "newscli_eval.py"),
        "timeline",
        gold,
        "--cmd",
        f"{sys.executable} -m newscli",
    ]
    if n_err:
        cmd += ["--errors", str(n_err)]
    subprocess.run(cmd, cwd=ROOT, check=False)


def speed_lib(files: list[str]) -> None:
    import newscli
    from newscli.timeline import find_timeline

    arts = []
    for f in files:
        with open(f, "rb") as fh:
            arts.append(newscli.parse(newscli.decode(fh.read())))
    best, n = float("inf"), 0
    for _ in range(7):  # CPU time, the best of several runs: the machine may be shared
        t0 = time.process_time()
        n = sum(len(find_timeline(a)) for a in arts)
        best = min(best, time.process_time() - t0)
    per = best / len(arts)
    print(f"timeline analysis: {per * 1000:.3f} ms per BBC article ({len(arts)} articles, {n} expressions)")


def speed_cli(files: list[str]) -> None:
    t0 = time.perf_counter()
    for k in range(0, len(files), 100):
        subprocess.run(
            [sys.executable, "-m", "newscli", "timeline", "--jsonl", *files[k : k + 100]],
            cwd=ROOT,
            capture_output=True,
            check=False,
        )
    wall = time.perf_counter() - t0
    print(f"CLI throughput: {len(files) / wall:.1f} articles/s ({len(files)} BBC articles, 100 per call)")


_FIRST_CALL = """
import sys, time
sys.path.insert(0, {root!r})
t0 = time.perf_counter()
import newscli
from newscli.timeline import find_timeline
t1 = time.perf_counter()
article = newscli.parse(open({seed!r}, encoding="utf-8").read())
t2 = time.perf_counter()
find_timeline(article)
t3 = time.perf_counter()
find_timeline(article)
t4 = time.perf_counter()
print(t1 - t0, (t3 - t2) - (t4 - t3))
"""


def fixed_cost(runs: int = 10) -> None:
    """What a fresh process pays once: importing newscli, and the first find_timeline call on
    samples/seed.txt beyond what a second call costs (patterns compiled on first use)."""
    code = _FIRST_CALL.format(root=ROOT, seed=os.path.join(ROOT, "samples", "seed.txt"))
    imports, first = [], []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
        a, b = out.stdout.split()
        imports.append(float(a))
        first.append(float(b))
    print(
        f"fixed cost per process: import newscli {min(imports) * 1000:.1f} ms, "
        f"first find_timeline call beyond a second one {min(first) * 1000:.1f} ms (best of {runs})"
    )


_RULES_COMPILED = """
import glob, sys
sys.path.insert(0, {root!r})
import newscli
from newscli.timeline import extents, find_timeline
find_timeline(newscli.parse(open({seed!r}, encoding="utf-8").read()))
seed = sum(rx is not None for rx in extents._COMPILED)
for f in sorted(glob.glob({bbc!r}))[:100]:
    with open(f, "rb") as fh:
        find_timeline(newscli.parse(newscli.decode(fh.read())))
print(seed, sum(rx is not None for rx in extents._COMPILED), len(extents.RULES))
"""


def rules_compiled() -> None:
    """How many rule patterns a fresh process compiles: for samples/seed.txt, then after 100
    BBC articles (a rule is compiled when first tried in a sentence that has what it needs)."""
    code = _RULES_COMPILED.format(
        root=ROOT,
        seed=os.path.join(ROOT, "samples", "seed.txt"),
        bbc=os.path.join(SHARED, "data", "corpus", "bbc", "*.txt"),
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    seed, hundred, total = out.stdout.split()
    print(f"rule patterns compiled: {seed}/{total} for samples/seed.txt, {hundred}/{total} after 100 BBC")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lib", action="store_true", help="score in-process instead of through the CLI")
    ap.add_argument("--errors", type=int, default=0)
    ap.add_argument("--limit", type=int, default=None)
    args = ap.parse_args()
    gold = os.path.join(SHARED, "data", "timeline-tbaq.jsonl")
    files = sorted(glob.glob(os.path.join(SHARED, "data", "corpus", "bbc", "*.txt")))
    if args.lib:
        quality_lib(gold, args.errors, args.limit)
    else:
        quality_cli(gold, args.errors)
        speed_cli(files)
    speed_lib(files)
    fixed_cost()
    rules_compiled()


if __name__ == "__main__":
    main()
