"""The article model: frozen dataclasses, nothing else.

Every span is a pair of character offsets into :attr:`Article.text`, the decoded input
exactly as read (no normalisation), so ``article.text[span.start:span.end] == span.text``
holds for every span the model exposes.

The model knows nothing about output: :mod:`newscli.output.json` is the one place that
turns it into the JSON contract.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

QuoteKind = Literal["direct", "partial", "indirect"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]


@dataclass(frozen=True, slots=True)
class Span:
    """A piece of the article: its text and its character offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A block of body text between blank lines (or a line, in text without blank lines)."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body; ``paragraph`` is the index of its paragraph."""

    text: str
    start: int
    end: int
    paragraph: int


@dataclass(frozen=True, slots=True)
class Article:
    """One parsed article.

    ``text`` is the whole decoded input, header included; ``body_start`` is where the
    article's own text begins (after any header, headline and dateline). ``date`` is the
    publication date (from ``--date``, else the header), or None when unknown.
    """

    text: str
    body_start: int
    date: dt.date | None = None
    headline: Span | None = None
    place: Span | None = None
    source: Span | None = None
    dateline: Span | None = None
    byline: Span | None = None
    paragraphs: tuple[Paragraph, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    metadata: tuple[tuple[str, str], ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def body(self) -> str:
        return self.text[self.body_start :]


@dataclass(frozen=True, slots=True)
class Person:
    """One person named in the article (not one mention).

    ``name`` is the fullest form the article gives; ``aliases`` the other forms as written
    (with honorific or title: "Mr Xi", "President Xi"); ``titles`` the roles the article
    gives them; ``mentions`` every mention by name, the name alone (no honorific, title or
    possessive); ``quotes`` how many quotes of any kind are attributed to them.
    """

    name: str
    aliases: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    mentions: tuple[Span, ...] = ()
    quotes: int = 0


@dataclass(frozen=True, slots=True)
class Quote:
    """Something said in the article and who said it.

    ``text``/``start``/``end`` is the quoted content without the quote marks (for an
    indirect quote, the reported clause). ``speaker`` is the canonical name (a person's
    ``name``, or the description as written for non-persons), ``speaker_mention`` the words
    in the text naming the speaker here ("he", "Mr Kuleba", "who"), ``cue`` the reporting
    expression ("said", "according to").
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None = None
    speaker_mention: Span | None = None
    cue: Span | None = None


@dataclass(frozen=True, slots=True)
class TimeExpression:
    """A temporal expression, normalised as a TimeML TIMEX3.

    ``begin``/``end_date`` are the calendar days the value covers (None for durations,
    sets, references and values that cannot be resolved); ``sentence`` the sentence the
    expression stands in.
    """

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    begin: dt.date | None = None
    end_date: dt.date | None = None
    sentence: Span | None = None


@dataclass(frozen=True, slots=True)
class Summary:
    """The overview of an article: what ``newscli summary`` reports."""

    article: Article
    key_sentences: tuple[Span, ...]
    people: tuple[Person, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timeline: tuple[TimeExpression, ...] = ()
    words: int = 0
    reading_minutes: float = 0.0

    @property
    def lead(self) -> Span | None:
        s = self.article.sentences
        return Span(s[0].text, s[0].start, s[0].end) if s else None

    @property
    def span(self) -> tuple[dt.date, dt.date] | None:
        """Earliest and latest resolved day of the timeline, or None."""
        days = [d for t in self.timeline for d in (t.begin, t.end_date) if d is not None]
        return (min(days), max(days)) if days else None
