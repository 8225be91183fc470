"""Timeline: temporal expressions, normalised as TimeML TIMEX3 values.

    >>> import newscli
    >>> a = newscli.parse("date 2023-01-01 Mr Xi will travel to Moscow next week.")
    >>> [(t.text, t.value) for t in find_timeline(a)]
    [('next week', '2023-W01')]

Three steps per sentence: :mod:`~newscli.timeline.extents` finds the expressions (one
pattern per rule, tried only near trigger words and compiled on first use),
:mod:`~newscli.timeline.tense` gives the direction of relative ones (only for the rules
that ask), :mod:`~newscli.timeline.values` normalises them against the publication date
and the dates the article named before. The result is sorted by the first day each value
covers; unresolved values (durations, sets, references, unknown years) come last.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from itertools import accumulate
from typing import NamedTuple

from newscli.model import Article, Span, TimeExpression, TimexType
from newscli.timeline.dates import bounds
from newscli.timeline.extents import (
    CAPITALISED,
    LINKS,
    MONTH_LETTERS,
    OPENERS,
    TRIGGERS,
    has_digit,
    letter_runs,
    mark_months,
    match_at,
    needs_filled,
)
from newscli.timeline.tense import Tense, infinitive_before, markers, tense_at
from newscli.timeline.values import Context, normalise

__all__ = ["find_timeline"]

_TYPES: dict[str, TimexType] = {"DATE": "DATE", "TIME": "TIME", "DURATION": "DURATION", "SET": "SET"}
_RANGE_BEFORE = re.compile(r"(?<![\d.,:$])(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|to|through|until|and)\s*$")
_RANGE_AFTER = re.compile(
    r"\s*(?:-|–|to|through|until|and)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?![.,:]\d|\s*(?:%|[ap]\.?m\b|percent))"
)


def _segments(article: Article) -> Iterator[tuple[str, int]]:
    """The pieces of text to scan, with where each starts: the headline, then every sentence
    of the body.

    The dateline ("LONDON, March 3 (Reuters) -") is where the story was filed, metadata rather
    than the story's own time, and is left out as the TimeML corpora leave it out."""
    head = article.headline
    if head is not None and head.start < article.body_start:
        yield head.text, head.start
    for s in article.sentences:
        yield s.text, s.start


#: A word: a run of letters (with the ending after an apostrophe, "Friday's") or of digits. In
#: parentheses, so that splitting a text keeps its words.
_WORD = re.compile(r"([A-Za-z]+(?:['’][a-z]+)?|\d+)")


class _Words(NamedTuple):
    """The words of a sentence: where each starts, and each lower-cased."""

    starts: list[int]
    lows: list[str]


def _words(text: str, low: str) -> _Words:
    """The words of ``text`` (``low``: the text lower-cased)."""
    if text.isascii() and "'" not in text:
        # no apostrophe ending, whose letters must be small, and no letter that lower-casing
        # makes ASCII: the lower-cased text splits at the same places
        pieces = _WORD.split(low)
        lows = pieces[1::2]
    else:
        pieces = _WORD.split(text)
        lows = list(map(str.lower, pieces[1::2]))
    # [text before the first word, first word, text between, second word, ..., text after the
    # last]: each word starts where the pieces before it end
    ends = list(accumulate(map(len, pieces)))
    return _Words(ends[:-1:2], lows)


#: The rules for a bare month, which an infinitive before it can point ahead.
_MONTH_RULES = frozenset(["month", "may"])
#: How many words before a trigger word an expression may start ("at least the past 20 years").
_REACH = 6


_NUMBER_TAIL = frozenset(["a", "am", "p", "pm", "o", "st", "nd", "rd", "th", "s", "gmt", "utc"])
#: Letters that may follow digits in a time expression: 20th, 1990s, 3pm.
_ORDINAL_OR_CLOCK = re.compile(r"(?:st|nd|rd|th|s|am|pm|a\.m|p\.m)\b", re.IGNORECASE)
_HALVES = frozenset(["first", "second", "last", "1st", "2nd"])
_DOTTED_DATE = re.compile(r"\.[01]?\d\.\d{4}\b")
#: Openers that open an expression only before particular words ("at least", "up to").
_OPENS_BEFORE = {
    "at": ("least", "most", "the", "present"),
    "up": ("to",),
    "more": ("than",),
    "less": ("than",),
    "fewer": ("than",),
}


def _number_may_be_time(text: str, words: _Words, i: int) -> bool:
    """Whether a number can be part of a time expression: a year, a date or clock form, or
    a number before a unit or month name (not money, counts or percentages)."""
    s, w = words.starts[i], words.lows[i]
    end = s + len(w)
    if end < len(text) and text[end].isalpha() and not _ORDINAL_OR_CLOCK.match(text, end):
        return False  # "5m", "3bn", "4x4"
    if s > 0 and text[s - 1] in "$£€#":
        return False
    if len(w) == 4 and w[:2] in ("19", "20", "18", "17", "16"):
        return True
    if end + 1 < len(text) and text[end] in "/:" and text[end + 1].isdigit():
        return True  # 3/20/2023, 10:30
    if _DOTTED_DATE.match(text, end):
        return True  # 20.03.2023
    return any(low in TRIGGERS or low in _NUMBER_TAIL for low in words.lows[i + 1 : i + 4])


#: Digits that can be a time expression without a trigger word: a year, 3/20, 10:30, 3 p.m., 20th,
#: Q3, FY24. Every branch holds a digit.
_TIME_DIGITS = re.compile(
    # one character class first, so that a search skips ahead to [0-9QHF] in the engine; the
    # lookbehinds then tell which branch that character opens
    r"[\dQHF](?:"
    r"(?<=[12])(?<!\d[12])(?:(?<=1)[6-9]|(?<=2)0)\d\d(?!\d)"
    r"|(?<=\d)(?:[:/.-]\d|\s*(?:[ap]\.?m\b|o'clock)|(?:st|nd|rd|th)\b)"
    r"|(?<=[QHF])(?<![A-Za-z][QHF])(?:(?<=[QH])[1-4]\b|(?<=F)Y\s?\d)"
    r")"
)


def _may_hold_time(text: str, letters: list[str]) -> bool:
    """A cheap test that a sentence may hold a time expression at all (``letters``: its runs of
    letters, lower-cased)."""
    if not TRIGGERS.isdisjoint(letters):
        return True
    # most sentences have no digit, which is quicker to see than no time digits
    return has_digit(text) and _TIME_DIGITS.search(text) is not None


#: Words that may stand in the run of modifiers before a trigger word (with numbers).
_MODIFIER_WORDS = OPENERS | LINKS


def _may_open(lows: list[str], k: int, i: int) -> bool:
    """Whether the word ``k`` before the trigger ``i`` can be the first of an expression."""
    low = lows[k]
    if low in LINKS:
        return False
    if low in ("for", "within"):
        return k == i - 1  # "for years", "within weeks"
    need = _OPENS_BEFORE.get(low)
    return need is None or lows[k + 1] in need


def _matches(text: str, marked: str, words: _Words, filled: int) -> Iterator[tuple[str, int, int]]:
    """The expressions of a sentence, left to right, without overlaps.

    Cheap first: the words are split with a simple pattern and looked up in a set of
    trigger words (month and weekday names, units, digits...); the full pattern is only
    tried at the few word starts just before each trigger, never at every character.
    The rules run on ``marked``, the text with its month names marked (see
    :func:`~newscli.timeline.extents.mark_months`), and only those that find what they need
    in the sentence (``filled``, see :func:`~newscli.timeline.extents.needs_filled`).
    """
    starts, lows = words.starts, words.lows
    # besides the trigger words: numbers and words with an apostrophe ("Friday's"), the only
    # words that are not all letters
    maybe = [i for i, low in enumerate(lows) if low in TRIGGERS or not low.isalpha()]
    done = 0
    for i in maybe:
        s = starts[i]
        if s < done:
            continue
        low = lows[i]
        if low.isdigit():
            if not _number_may_be_time(text, words, i):
                continue
        else:
            if low not in TRIGGERS:
                low = low.split("'")[0].split("’")[0]  # "Friday's"
                if low not in TRIGGERS:
                    continue
            if low in CAPITALISED and not text[s].isupper():
                continue
            if low == "half" and (i == 0 or lows[i - 1] not in _HALVES):
                continue  # only "the first half", "the second half", "the last half"
        # The expression may open a few words earlier, within the run of modifier words
        # ("at least the past", "the end of") just before the trigger.
        j = i
        while j > 0 and i - j < _REACH and starts[j - 1] >= done:
            before = lows[j - 1]
            if not (before in _MODIFIER_WORDS or before.isdigit()):
                break
            j -= 1
        for k in range(j, i + 1):
            if k < i and not _may_open(lows, k, i):
                continue
            pos = starts[k]
            if k == i and pos > 0 and text[pos - 1] in "'’":
                pos -= 1
            hit = match_at(marked, pos, filled)
            if hit is not None and hit[1] > s:
                done = hit[1]
                yield hit[0], pos, done
                break


def _scan(text: str, low: str, offset: int, letters: list[str], ctx: Context) -> Iterator[TimeExpression]:
    """The expressions of one sentence (``low``: lower-cased; ``letters``: its runs of letters)."""
    marked = text if MONTH_LETTERS.isdisjoint(letters) else mark_months(text)
    words = _words(text, low)
    found: list[list[tuple[int, int, Tense]]] = []  # the sentence's tense markers, once asked for
    sentence: Span | None = None  # made for the first expression found

    def tense_of(s: int, e: int, rule: str) -> Callable[[], Tense | None]:
        def tense() -> Tense | None:
            if not found:
                found.append(markers(words.starts, words.lows))
            if rule in _MONTH_RULES and infinitive_before(text, found[0], s):
                return "future"
            return tense_at(found[0], s, e)

        return tense

    for rule, s, e in _matches(text, marked, words, needs_filled(text, marked, letters)):
        try:
            res = normalise(
                rule, text[s:e], ctx, tense_of(s, e, rule), text[max(0, s - 30) : s], text[e : e + 30]
            )
        except (ValueError, OverflowError):  # a day or a shift outside the calendar (year 0, 10000)
            res = None
        if res is None:
            continue
        a, b, kind, value = res
        start, end = s + a, s + b
        begin, end_day = bounds(value) if kind in ("DATE", "TIME") else (None, None)
        if begin is not None and kind == "DATE":
            ctx.anchor = value.split("T")[0]
        if sentence is None:
            sentence = Span(text, offset, offset + len(text))
        if rule in ("dmy", "mdy") and begin is not None:
            yield from _range_partner(text, offset, sentence, s, e, value, rule)
        yield TimeExpression(
            text=text[start:end],
            start=offset + start,
            end=offset + end,
            type=_TYPES[kind],
            value=value,
            begin=begin,
            end_date=end_day,
            sentence=sentence,
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
        text=text[ps:pe],
        start=offset + ps,
        end=offset + pe,
        type="DATE",
        value=v,
        begin=d,
        end_date=d,
        sentence=sentence,
    )


def find_timeline(article: Article) -> tuple[TimeExpression, ...]:
    """Every temporal expression in ``article``, chronological by ``begin``, unresolved last."""
    ctx = Context(article.date)
    found: list[TimeExpression] = []
    for text, offset in _segments(article):
        low = text.lower()
        letters = letter_runs(low)
        if _may_hold_time(text, letters):
            found.extend(_scan(text, low, offset, letters, ctx))
    found.sort(key=lambda t: t.start)
    return tuple(sorted(found, key=lambda t: (t.begin is None, t.begin or dt.date.max)))
