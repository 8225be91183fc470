"""Properties of every analysis on arbitrary text built from the tricky pieces of news:
it never raises, every offset it reports holds, and the same text gives the same answer."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

import newscli
from newscli.model import Span

PIECES = st.sampled_from(
    [
        " ",
        " ",
        " ",
        "\n",
        "\n\n",
        "\r\n",
        ".",
        ",",
        "?",
        ":",
        "\u2014",
        "\u2026",
        '"',
        "''",
        "\u201c",
        "\u201d",
        "\u2018",
        "\u2019",
        "'",
        "\u00ab",
        "\u00bb",
        "\u201e",
        "Mr",
        "Mr.",
        "Ms",
        "Dr.",
        "President",
        "spokeswoman",
        "said",
        "told",
        "according to",
        "he",
        "she",
        "who",
        "Xi",
        "Jinping",
        "Vladimir",
        "Putin",
        "Hillary",
        "Clinton",
        "Bill",
        "Smith",
        "John",
        "BEIJING",
        "(BBC)",
        "Russia",
        "Russian",
        "Kremlin",
        "the",
        "a",
        "is",
        "will",
        "Monday",
        "Thursday",
        "March",
        "20",
        "22",
        "2023",
        "1990s",
        "next",
        "last",
        "week",
        "year",
        "ago",
        "today",
        "now",
        "Q3",
        "3/20/2023",
        "2023-03-20",
        "20.03.2023",
        "every",
        "morning",
        "date 2023-01-01 ",
        "Title: x\n\n",
        "---\n",
        "\x1b[31m",
        "[bold]",
        "\u00e9",
        "\t",
    ]
)
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=60).map("".join)


def spans(value: object) -> Iterator[Span]:
    """Every Span-like thing (text/start/end) inside a result, however deeply nested."""
    if isinstance(value, tuple | list):
        for v in value:
            yield from spans(v)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        if isinstance(value, newscli.Article):
            return
        names = {f.name for f in dataclasses.fields(value)}
        if {"text", "start", "end"} <= names:
            yield Span(value.text, value.start, value.end)  # type: ignore[attr-defined]
        for f in dataclasses.fields(value):
            if f.name not in ("text", "start", "end"):
                yield from spans(getattr(value, f.name))


def check(text: str, result: object) -> None:
    for s in spans(result):
        assert 0 <= s.start <= s.end <= len(text)
        if s.text is not None:
            assert text[s.start : s.end] == s.text


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_people(text: str) -> None:
    result = newscli.people_in(newscli.parse(text))
    check(text, result)
    assert newscli.people_in(newscli.parse(text)) == result


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_quotes(text: str) -> None:
    result = newscli.quotes_in(newscli.parse(text))
    check(text, result)
    for q in result:
        assert q.kind in ("direct", "partial", "indirect")
    assert newscli.quotes_in(newscli.parse(text)) == result


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_timeline(text: str) -> None:
    result = newscli.timeline_of(newscli.parse(text))
    check(text, result)
    for t in result:
        assert t.type in ("DATE", "TIME", "DURATION", "SET")
        assert t.begin is None or t.end_date is None or t.begin <= t.end_date
    assert newscli.timeline_of(newscli.parse(text)) == result


@settings(max_examples=150, deadline=None)
@given(TEXTS, st.integers(min_value=0, max_value=5))
def test_summary(text: str, n: int) -> None:
    result = newscli.summary_of(newscli.parse(text), n)
    check(text, result.key_sentences)
    assert len(result.key_sentences) <= n
    starts = [s.start for s in result.key_sentences]
    assert starts == sorted(starts)
    assert newscli.summary_of(newscli.parse(text), n) == result
