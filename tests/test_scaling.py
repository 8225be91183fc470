"""Every analysis is linear: a pathological input four times as long takes about four
times as long.

Not a wall-clock assertion: the ratio of two timings taken on the same machine, with
generous slack for a busy machine (a quadratic step would show a ratio near 16, a linear
one near 4; the bound is 8).
The full-size versions of these inputs are in benchmarks/bench_stress.py.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest

import newscli

#: Pathological article bodies, by name: each takes a size and returns a text.
INPUTS: dict[str, Callable[[int], str]] = {
    "quote marks in one paragraph": lambda n: "He said \u201c" + "a \u201c b \" c \u201d ''" * n,
    "one long line": lambda n: "Mr Smith said the talks in Moscow on 3 March were useful, " * n,
    "capitalised words": lambda n: " ".join(["Vladimir Putin Xi Jinping Mr Smith"] * n),
    "date-like phrases": lambda n: "On Monday 3 March 2023, next week, 20 to 22 March, the 1990s; " * n,
    "sentence ends": lambda n: "U.S. Mr. No. 5. A. B. C... \u2026 ?! " * n,
}

ANALYSES: dict[str, Callable[[newscli.Article], object]] = {
    "summary": newscli.summary_of,
    "quotes": newscli.quotes_in,
    "timeline": newscli.timeline_of,
    "people": newscli.people_in,
}


def _best_time(fn: Callable[[], object], repeat: int = 5) -> float:
    """The best of ``repeat`` timings, with the cyclic garbage collector held off so that
    one collection landing in one run does not look like super-linear growth."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            fn()
            best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
    return best


@pytest.mark.parametrize("command", sorted(ANALYSES))
@pytest.mark.parametrize("kind", sorted(INPUTS))
def test_time_grows_linearly_with_the_input(kind: str, command: str) -> None:
    make, analyse = INPUTS[kind], ANALYSES[command]
    size = 250

    def run(n: int) -> object:
        return analyse(newscli.parse("date 2023-01-01 " + make(n)))

    # Grow until one run is long enough to time reliably (or the input is large enough).
    while size < 8000 and _best_time(lambda: run(size), 1) < 0.02:  # noqa: B023 (called at once)
        size *= 2
    small = "date 2023-01-01 " + make(size)
    large = "date 2023-01-01 " + make(4 * size)
    # A busy machine can slow one series of runs; a quadratic step is slow every time, so
    # the ratio is measured again (up to three rounds) before it counts as a failure.
    for _ in range(3):
        t_small = _best_time(lambda: analyse(newscli.parse(small)))
        t_large = _best_time(lambda: analyse(newscli.parse(large)))
        if t_large < 8 * t_small + 0.01:
            break
    assert t_large < 8 * t_small + 0.01, f"{kind}/{command}: {t_small:.3f}s -> {t_large:.3f}s"
