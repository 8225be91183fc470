"""Timeline: temporal expressions, normalised as TimeML TIMEX3 values.

    >>> import newscli
    >>> a = newscli.parse("date 2023-01-01 Mr Xi will travel to Moscow next week.")
    >>> [(t.text, t.value) for t in find_timeline(a)]
    [('next week', '2023-W01')]

Three steps per sentence: :mod:`~newscli.timeline.extents` finds the expressions (one
regular expression), :mod:`~newscli.timeline.tense` gives the direction of relative
ones, :mod:`~newscli.timeline.values` normalises them against the publication date and
the dates the article named before. The result is sorted by the first day each value
covers; unresolved values (durations, sets, references, unknown years) come last.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from newscli.model import Article, Span, TimeExpression, TimexType
from newscli.timeline.extents import PREFILTER, pattern
from newscli.timeline.tense import markers, tense_at
from newscli.timeline.values import Context, bounds, normalise

__all__ = ["find_timeline"]

_TYPES: dict[str, TimexType] = {"DATE": "DATE", "TIME": "TIME", "DURATION": "DURATION", "SET": "SET"}
_RANGE_BEFORE = re.compile(r"(?<![\d.,:$])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|through|until|and)\s*$")
_RANGE_AFTER = re.compile(
    r"\s*(?:-|–|to|through|until|and)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]\d|\s*(?:%|[ap]\.?m\b|percent))"
)


def _segments(article: Article) -> Iterator[tuple[str, int, Span]]:
    """The pieces of text to scan: headline, dateline, then every sentence of the body."""
    for span in (article.headline, article.dateline):
        if span is not None and span.start < article.body_start + 1:
            yield span.text, span.start, Span(span.text, span.start, span.end)
    for s in article.sentences:
        yield s.text, s.start, Span(s.text, s.start, s.end)


def _scan(text: str, offset: int, sentence: Span, ctx: Context) -> Iterator[TimeExpression]:
    if not PREFILTER.search(text):
        return
    found = None
    for m in pattern().finditer(text):
        rule = m.lastgroup
        if rule is None:
            continue
        s, e = m.span()
        if found is None:
            found = markers(text)
        tense = tense_at(found, s, e)
        res = normalise(rule, m.group(), ctx, tense, text[max(0, s - 30) : s], text[e : e + 30])
        if res is None:
            continue
        a, b, kind, value = res
        start, end = s + a, s + b
        begin, end_day = bounds(value) if kind in ("DATE", "TIME") else (None, None)
        if begin is not None and kind == "DATE":
            ctx.anchor = value.split("T")[0]
        if rule in ("dmy", "mdy") and begin is not None:
            yield from _range_partner(text, offset, sentence, s, e, value, rule)
        yield TimeExpression(
            text=text[start:end], start=offset + start, end=offset + end, type=_TYPES[kind],
            value=value, begin=begin, end_date=end_day, sentence=sentence,
        )


def _range_partner(
    text: str, offset: int, sentence: Span, s: int, e: int, value: str, rule: str
) -> Iterator[TimeExpression]:
    """The other day of "from 20 to 22 March" / "March 20-22": same month and year."""
    if len(value) != 10:
        return
    if rule == "dmy":
        m = _RANGE_BEFORE.search(text, max(0, s - 16), s)
        if m is None:
            return
        ps, pe = m.span(1)
    else:
        m = _RANGE_AFTER.match(text, e)
        if m is None:
            return
        ps, pe = m.span(1)
    day = int(text[ps:pe])
    try:
        d = dt.date(int(value[:4]), int(value[5:7]), day)
    except ValueError:
        return
    v = d.isoformat()
    yield TimeExpression(
        text=text[ps:pe], start=offset + ps, end=offset + pe, type="DATE", value=v, begin=d, end_date=d,
        sentence=sentence,
    )


def find_timeline(article: Article) -> tuple[TimeExpression, ...]:
    """Every temporal expression in ``article``, chronological by ``begin``, unresolved last."""
    ctx = Context(article.date)
    found: list[TimeExpression] = []
    for text, offset, sentence in _segments(article):
        found.extend(_scan(text, offset, sentence, ctx))
    found.sort(key=lambda t: t.start)
    return tuple(sorted(found, key=lambda t: (t.begin is None, t.begin or dt.date.max)))
