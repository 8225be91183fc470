"""Quotes: quality on the annotated PolNeAR sample and throughput on the BBC corpus.

    python benchmarks/bench_quotes.py [--limit N] [--runs N]

- quality: ``../shared/eval/newscli_eval.py quotes ../shared/data/quotes-polnear-dev.jsonl``
  run through the real CLI; prints attributed F1, quoted F1, speaker accuracy (human
  gold and silver names), indirect precision and the recall over all attributions;
- throughput: ``newscli quotes --jsonl`` over the BBC articles, 100 files a call as the
  scorer calls it, median of N runs, in articles per second;
- analysis cost: the median time of :func:`newscli.quotes.find_quotes` alone per BBC
  article (parsing excluded), in microseconds, and the mean over all articles (best
  of 5 passes, in milliseconds);
- first use: in a fresh process (bytecode cached), the time to import
  ``newscli.quotes`` after the rest of the package and the extra time of the first
  ``find_quotes`` call over the second (lexicon loading, first use of the patterns),
  medians of 9 processes;
- in a call of 100 files: ``newscli summary --jsonl`` run in a fresh process (bytecode
  cached) over the first 100 BBC articles, with ``find_quotes`` timed inside it: its
  first call, the mean of the others and the total, medians of 5 processes (what the
  analysis costs where it counts: cold, beside the other analyses);
- sentence splitting: :func:`newscli.sentences.split_sentences` per BBC article, over
  its paragraphs (it runs for every command), best of 5 passes.

``--speed`` prints only the costs, not quality or throughput.

Run by hand (not by pytest).
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from fresh_process import ROOT, call_times, runs

SHARED = ROOT.parent / "shared"
CLI = [sys.executable, "-m", "newscli"]
BATCH = 100


def quality(limit: int | None) -> dict[str, object]:
    scorer = SHARED / "eval" / "newscli_eval.py"
    gold = SHARED / "data" / "quotes-polnear-dev.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "figures.json"
        cmd = [sys.executable, str(scorer), "quotes", str(gold), "--cmd", " ".join(CLI), "--json", str(out)]
        if limit:
            cmd += ["--limit", str(limit)]
        run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
        print(run.stdout.strip().splitlines()[-1] if run.stdout.strip() else run.stderr)
        figures: dict[str, object] = json.loads(out.read_text()) if out.exists() else {}
        return figures


def throughput(files: list[str], runs: int) -> float:
    def once() -> float:
        t0 = time.perf_counter()
        for k in range(0, len(files), BATCH):
            subprocess.run(
                [*CLI, "quotes", "--jsonl", *files[k : k + BATCH]],
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=False,
            )
        return len(files) / (time.perf_counter() - t0)

    once()  # warm the file cache
    return statistics.median(once() for _ in range(runs))


def analysis_cost(files: list[str]) -> tuple[float, float]:
    """Median microseconds per article of parsing, and of find_quotes given the people
    analysis' persons (as the CLI calls it; the people analysis itself not counted)."""
    sys.path.insert(0, str(ROOT))
    import newscli
    from newscli.people import find_people
    from newscli.quotes import find_quotes

    parse_times, quote_times = [], []
    for path in files:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
        t0 = time.perf_counter()
        article = newscli.parse(text)
        parse_times.append(time.perf_counter() - t0)
        persons = find_people(article)
        t0 = time.perf_counter()
        find_quotes(article, persons)
        quote_times.append(time.perf_counter() - t0)
    return statistics.median(parse_times) * 1e6, statistics.median(quote_times) * 1e6


def mean_cost(files: list[str], passes: int = 5) -> float:
    """Milliseconds per article of find_quotes over all the articles, best of ``passes``."""
    sys.path.insert(0, str(ROOT))
    import newscli
    from newscli.people import find_people
    from newscli.quotes import find_quotes

    articles = [newscli.parse(Path(p).read_text(encoding="utf-8", errors="replace")) for p in files]
    persons = [find_people(a) for a in articles]
    best = float("inf")
    for _ in range(passes):
        t0 = time.perf_counter()
        for article, found in zip(articles, persons, strict=True):
            find_quotes(article, found)
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / len(articles)


_FIRST_USE = """
import time
import newscli, newscli.people
article = newscli.parse(open("samples/seed.txt", encoding="utf-8").read())
persons = newscli.people.find_people(article)
t0 = time.perf_counter()
import newscli.quotes
t1 = time.perf_counter()
newscli.quotes.find_quotes(article, persons)
t2 = time.perf_counter()
newscli.quotes.find_quotes(article, persons)
t3 = time.perf_counter()
print(1000 * (t1 - t0), 1000 * ((t2 - t1) - (t3 - t2)))
"""


def first_use(processes: int = 9) -> tuple[float, float]:
    """Median milliseconds of importing newscli.quotes and of the first call's extra cost."""
    found = runs(_FIRST_USE, processes=processes)
    return statistics.median(r[0] for r in found), statistics.median(r[1] for r in found)


def in_a_call(files: list[str], processes: int = 5) -> tuple[float, float, float]:
    """Medians (ms) of find_quotes' first call, mean of the others and total in one
    ``summary --jsonl`` call of 100 files, each in a fresh process."""
    found = call_times("newscli.quotes", "find_quotes", files[:BATCH], processes)
    return (
        statistics.median(t[0] for t in found),
        statistics.median(statistics.mean(t[1:]) for t in found),
        statistics.median(sum(t) for t in found),
    )


def splitting_cost(files: list[str], passes: int = 5) -> float:
    """Milliseconds per article of split_sentences over each article's paragraphs."""
    sys.path.insert(0, str(ROOT))
    import newscli
    from newscli.sentences import split_sentences

    paragraphs = []
    for path in files:
        article = newscli.parse(Path(path).read_text(encoding="utf-8", errors="replace"))
        paragraphs += [(article.text, p.start, p.end) for p in article.paragraphs]
    best = float("inf")
    for _ in range(passes):
        t0 = time.perf_counter()
        for text, start, end in paragraphs:
            for _sentence in split_sentences(text, start, end):
                pass
        best = min(best, time.perf_counter() - t0)
    return 1000 * best / len(files)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=None, help="score only the first N annotated articles")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--corpus", default=str(SHARED / "data" / "corpus" / "bbc"))
    ap.add_argument("--speed", action="store_true", help="only the analysis and first-use costs")
    args = ap.parse_args()
    files = sorted(glob.glob(os.path.join(args.corpus, "*.txt")))
    if args.speed:
        print(f"{'find_quotes per article (mean)':32} {mean_cost(files):.3f} ms (best of 5 passes)")
        imported, first = first_use()
        print(f"{'import newscli.quotes':32} {imported:.1f} ms")
        print(f"{'first find_quotes, extra':32} {first:.1f} ms")
        first_call, rest, total = in_a_call(files)
        print(
            f"{'find_quotes in a 100-file call':32} first {first_call:.2f} ms, then {rest:.3f} ms "
            f"an article, {total:.1f} ms in all"
        )
        print(f"{'split_sentences per article':32} {splitting_cost(files):.3f} ms (best of 5 passes)")
        return
    figures = quality(args.limit)
    for key in (
        "attributed_F1",
        "quoted_F1",
        "speaker_mention_accuracy",
        "speaker_name_accuracy_silver",
        "indirect_precision",
        "recall_all_attributions",
    ):
        value = figures.get(key)
        print(f"{key:32} {100 * value:.1f}" if isinstance(value, float) else f"{key:32} n/a")
    if files:
        print(f"{'BBC articles/s (quotes, 100/call)':32} {throughput(files, args.runs):.0f}")
        parse_us, quotes_us = analysis_cost(files)
        print(f"{'parse per article (median)':32} {parse_us:.0f} µs")
        print(f"{'find_quotes per article (median)':32} {quotes_us:.0f} µs")


if __name__ == "__main__":
    main()
