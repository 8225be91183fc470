"""Whole-command figures: throughput per command, start-up time, peak memory on a large article.

    python benchmarks/bench_cli.py [--corpus DIR] [--runs N] [--commands summary,quotes] [--no-startup]

- articles/s: each command over every ``*.txt`` in the corpus (default: the BBC News
  articles in ../shared/data/corpus/bbc) in one ``--jsonl`` call, and in calls of 100
  files each (``--batch``), as the quality scorer runs it; median of N runs;
- start-up: median wall time of ``newscli summary --json samples/seed.txt`` and, for
  scale, of a bare ``python -c "import typer"``, and their ratio;
- peak memory: the largest resident set of ``newscli <command> --json`` on a 5 MB article
  made by joining the corpus's articles, and its wall time.

Run by hand (not by pytest); the figures depend on the machine, the ratios less so.
"""

from __future__ import annotations

import argparse
import glob
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "newscli"]
COMMANDS = ("summary", "quotes", "timeline", "people")


def wall(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT, check=False)
    return time.perf_counter() - t0


def python_of(cli: list[str]) -> str:
    """The interpreter that runs ``cli``: the ``python`` beside an installed ``newscli``
    script (a virtual environment's ``bin/``), else the interpreter it names."""
    first = Path(cli[0])
    if first.name == "newscli" and first.with_name("python").exists():
        return str(first.with_name("python"))
    return cli[0] if "python" in first.name else sys.executable


def median_wall(cmd: list[str], runs: int) -> float:
    wall(cmd)  # warm the file cache
    return statistics.median(wall(cmd) for _ in range(runs))


def peak_rss_mib(cmd: list[str]) -> tuple[float, float]:
    """Peak resident memory (MiB) and wall time of one run, measured in a fresh child."""
    probe = (
        "import resource, subprocess, sys, time; t0 = time.perf_counter();"
        "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False);"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, time.perf_counter() - t0)"
    )
    out = subprocess.run([sys.executable, "-c", probe, *cmd], capture_output=True, text=True, cwd=ROOT)
    kib, seconds = out.stdout.split()
    return int(kib) / 1024, float(seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "data" / "corpus" / "bbc"))
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--batch", type=int, default=100, help="files per call for the batched figure")
    ap.add_argument("--cli", default=None, help='how to run newscli (default: "python -m newscli")')
    ap.add_argument(
        "--commands", default=",".join(COMMANDS), help="comma-separated commands to time (default: all four)"
    )
    ap.add_argument("--no-startup", action="store_true", help="skip the start-up and memory figures")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if not files:
        sys.exit(f"no articles in {args.corpus}")
    print(f"corpus: {len(files)} articles in {args.corpus}; {args.runs} runs each, medians")
    global CLI
    if args.cli:
        CLI = args.cli.split()
    for command in args.commands.split(","):
        seconds = median_wall([*CLI, command, "--jsonl", *files], args.runs)
        batched = sum(
            median_wall([*CLI, command, "--jsonl", *files[k : k + args.batch]], args.runs)
            for k in range(0, len(files), args.batch)
        )
        print(
            f"{command:9s} {len(files) / seconds:6.0f} articles/s in one call, "
            f"{len(files) / batched:6.0f} articles/s in calls of {args.batch}"
        )

    if args.no_startup:
        return
    seed = [*CLI, "summary", "--json", "samples/seed.txt"]
    start = median_wall(seed, args.runs * 2)
    bare_cmd = [python_of(CLI), "-c", "import typer"]
    subprocess.run(bare_cmd, check=True, capture_output=True)  # a failed import is quick
    bare = median_wall(bare_cmd, args.runs * 2)
    print(
        f"start-up  {start * 1000:8.0f} ms for summary --json samples/seed.txt; "
        f"import typer {bare * 1000:.0f} ms; ratio {start / bare:.2f}"
    )

    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        parts, size = [], 0
        while size < 5_000_000:
            for f in files:
                body = Path(f).read_text(encoding="utf-8", errors="replace")
                parts.append(body)
                size += len(body.encode())
                if size >= 5_000_000:
                    break
        big.write_text("date 2005-01-01\n\n" + "\n\n".join(parts), encoding="utf-8")
        print(f"large     {big.stat().st_size / 1e6:.1f} MB article:")
        for command in args.commands.split(","):
            mib, seconds = peak_rss_mib([*CLI, command, "--json", str(big)])
            print(f"  {command:9s} peak {mib:6.0f} MiB  {seconds:6.1f} s")


if __name__ == "__main__":
    main()
