"""Pathological inputs at full size, through the real CLI: each must finish in a few seconds.

    python benchmarks/bench_stress.py [--cli "PATH/TO/newscli"]

100,000 quote marks in one paragraph, a 1 MB article on one line, 100,000 capitalised
words in a row, 100,000 date-like phrases. Prints the wall time of every command on each.
tests/test_scaling.py checks the same inputs' growth rate at small sizes on every run.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "newscli"]
COMMANDS = ("summary", "quotes", "timeline", "people")

INPUTS = {
    "100,000 quote marks in one paragraph": 'He said "' + "\u201ca\u201d \"b' ''c \u00ab" * 25_000,
    "1 MB article on one line": (
        "Mr Smith said the talks in Moscow on 3 March were useful, officials say. " * 14_000
    ),
    "100,000 capitalised words": " ".join(["Vladimir Putin Xi Jinping"] * 25_000),
    "100,000 date-like phrases": "On Monday 3 March 2023, next week, from 20 to 22 March; " * 25_000,
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cli", default=None, help='how to run newscli (default: "python -m newscli")')
    args = ap.parse_args()
    cli = args.cli.split() if args.cli else CLI
    with tempfile.TemporaryDirectory() as tmp:
        for name, body in INPUTS.items():
            path = Path(tmp) / "stress.txt"
            path.write_text("date 2023-01-01\n\n" + body, encoding="utf-8")
            times = []
            for command in COMMANDS:
                t0 = time.perf_counter()
                proc = subprocess.run([*cli, command, "--json", str(path)], capture_output=True, cwd=ROOT)
                times.append(
                    f"{command} {time.perf_counter() - t0:5.1f}s"
                    + ("" if proc.returncode == 0 else " FAILED")
                )
            print(f"{name:40s} {len(body) / 1e6:4.1f} MB  " + "  ".join(times))


if __name__ == "__main__":
    main()
