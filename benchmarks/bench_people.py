#!/usr/bin/env python3
"""Quality and speed of the people analysis, in process (run by hand, not by pytest).

    python benchmarks/bench_people.py [--shared ../shared] [--errors N] [--repeat N]

Prints, for each annotated data file, the figures ``../shared/eval/newscli_eval.py people``
prints (its own scorer is imported, so the numbers are the same), and the analysis' speed on
the raw BBC corpus: lexicon loading once, parsing, then find_people alone (the first pass and
the best of --repeat passes: the machine may be shared, take the best).
The CLI's figures (start-up included) come from the evaluator itself:

    python ../shared/eval/newscli_eval.py people ../shared/data/people-conll-testa.jsonl
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newscli.model import Person  # noqa: E402
from newscli.people import _lexicons, find_people  # noqa: E402
from newscli.read import decode, parse  # noqa: E402

DATA = ("people-conll-testa.jsonl", "people-gum-dev.jsonl")


def load_scorer(shared: Path):  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("newscli_eval", shared / "eval" / "newscli_eval.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def spans(person: Person) -> list[dict[str, object]]:
    return [{"text": m.text, "start": m.start, "end": m.end} for m in person.mentions]


def quality(shared: Path, errors: int) -> None:
    ev = load_scorer(shared)
    for name in DATA:
        docs = ev.load(str(shared / "data" / name))
        outs, shifts, texts = [], [], []
        for d in docs:
            header = f"date {d['date']}\n\n" if d.get("date") else ""
            text = header + d["text"]
            persons = find_people(parse(text))
            outs.append({"people": [{"name": p.name, "mentions": spans(p)} for p in persons]})
            shifts.append(len(header))
            texts.append(text)
        shown = io.StringIO()
        with contextlib.redirect_stdout(shown):
            _, head = ev.score_people(docs, outs, shifts, texts, errors)
        if errors:
            print(shown.getvalue())
        print(f"{name}: {head}")


def speed(shared: Path, repeat: int) -> None:
    t0 = time.perf_counter()
    _lexicons()
    load = time.perf_counter() - t0
    raw = [p.read_bytes() for p in sorted((shared / "data" / "corpus" / "bbc").glob("*.txt"))]
    t0 = time.perf_counter()
    articles = [parse(decode(r)) for r in raw]
    t_parse = time.perf_counter() - t0
    times, cpu = [], []
    for _ in range(repeat):  # the first pass also fills the word lists' lookup caches
        t0, c0 = time.perf_counter(), time.process_time()
        for a in articles:
            find_people(a)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    n = len(articles)
    best = min(times)
    print(
        f"bbc: {n} articles; lexicons load {1000 * load:.1f} ms once; "
        f"parse {1000 * t_parse / n:.2f} ms/article; find_people {1000 * times[0] / n:.2f} ms/article "
        f"first pass, {1000 * best / n:.3f} ms/article best of {repeat} ({n / best:.0f} articles/s), "
        f"CPU time {1000 * min(cpu) / n:.3f} ms/article (steadier on a shared machine)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--errors", type=int, default=0, metavar="N", help="print N errors of each kind")
    ap.add_argument("--repeat", type=int, default=5, metavar="N", help="time find_people N times")
    args = ap.parse_args()
    speed(args.shared, args.repeat)
    quality(args.shared, args.errors)


if __name__ == "__main__":
    main()
