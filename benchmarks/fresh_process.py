"""Code timed in fresh interpreters, as a user's process meets it: the bytecode cached (as
in an installed package), the source tree's own newscli imported. Used by the benchmark
scripts beside it; not a benchmark itself.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

#: Runs ``newscli summary --jsonl FILE...`` with MODULE.FUNCTION timed at every call (the
#: analyses import it from its module at each call); prints each call's milliseconds.
_CALLS_TIMED = """
import importlib, io, sys, time
module = importlib.import_module({module!r})
import newscli.cli
times = []
function = module.{function}
def timed(*args, **kwargs):
    t0 = time.perf_counter()
    found = function(*args, **kwargs)
    times.append(time.perf_counter() - t0)
    return found
module.{function} = timed
sys.argv = ["newscli", "summary", "--jsonl", *sys.argv[1:]]
out, sys.stdout = sys.stdout, io.StringIO()
try:
    newscli.cli.main()
except SystemExit:
    pass
sys.stdout = out
print(*(1000 * t for t in times))
"""


def runs(code: str, args: Sequence[str] = (), processes: int = 5) -> list[list[float]]:
    """The numbers ``code`` prints in each of ``processes`` fresh interpreters (run from
    the project root, with ``args``); one run before them writes the bytecode cache."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(ROOT)
    out = []
    for _ in range(processes + 1):
        run = subprocess.run(
            [sys.executable, "-c", code, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=True
        )
        out.append([float(x) for x in run.stdout.split()])
    return out[1:]


def call_times(module: str, function: str, files: Sequence[str], processes: int = 5) -> list[list[float]]:
    """Milliseconds of every call of ``module.function`` in one ``newscli summary --jsonl``
    call over ``files``, for each of ``processes`` fresh interpreters."""
    return runs(_CALLS_TIMED.format(module=module, function=function), files, processes)
