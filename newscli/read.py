"""Bytes to text, and text to the article model.

    >>> from newscli.read import parse
    >>> a = parse("date 2023-01-01 BEIJING (BBC): Mr Xi will travel. He said so.")
    >>> a.date.isoformat(), a.place.text, a.source.text
    ('2023-01-01', 'BEIJING', 'BBC')
    >>> [s.text for s in a.sentences]
    ['Mr Xi will travel.', 'He said so.']

The reader recognises, in this order at the top of the text:

1. a header: YAML-style front matter between ``---`` lines; or ``Key: value`` lines
   (Title/Headline, Date/Published, By/Author, Source, URL) ended by a blank line; or the
   inline form ``date 2023-01-01`` at the very start, possibly on the body's first line;
2. a headline: a short first line without final punctuation (``?`` and ``!`` allowed),
   followed by a blank line;
3. a byline: a short line ``By Jane Smith`` (the CNN form ``By Jane Smith, CNN`` too);
4. a dateline: ``BEIJING (BBC):``, ``WASHINGTON (AP) —``, ``LONDON, March 3 (Reuters) -``,
   ``(CNN)`` glued to the first word, or a line ``LONDON 1996-08-30``.

The body that follows is split into paragraphs (at blank lines; at every line break in
text that has no blank line) and sentences (:mod:`newscli.sentences`).
"""

from __future__ import annotations

import datetime as dt
import re

from newscli.errors import DateError, NotTextError
from newscli.model import Article, Paragraph, Sentence, Span
from newscli.sentences import split_sentences

#: Header keys, lower-cased, and the metadata field each one fills.
HEADER_KEYS = {
    "title": "headline",
    "headline": "headline",
    "date": "date",
    "published": "date",
    "pubdate": "date",
    "dateline": "date",
    "by": "author",
    "author": "author",
    "byline": "author",
    "source": "source",
    "publisher": "source",
    "url": "url",
    "link": "url",
}

#: Upper-case words that open a line like a dateline but are labels, not places.
NOT_PLACES = frozenset(
    "UPDATE UPDATED BREAKING EXCLUSIVE WATCH ANALYSIS OPINION COMMENT EDITORIAL NOTE EDITOR'S "
    "CORRECTION LIVE VIDEO PHOTOS REVIEW INTERVIEW FACT CHECK FACT-CHECK Q&A".split()
)

_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_INLINE_DATE = re.compile(r"[ \t\r\n\ufeff]*date:?[ \t]+(\S+)[ \t]*(?:\r?\n)?", re.IGNORECASE)
_FRONT_MATTER = re.compile(r"\ufeff?---[ \t]*\r?\n")
_FRONT_END = re.compile(r"^---[ \t]*(?:\r?\n|$)", re.MULTILINE)
_KEY_VALUE = re.compile(r"([A-Za-z][A-Za-z _-]{0,30}):[ \t]*([^\r\n]*)")
_LINE = re.compile(r"[^\n]*")
_BLANK_LINES = re.compile(r"\n[ \t\r\f\v]*\n\s*")
#: A line break with text after it (a trailing one does not make a second line).
_INNER_NEWLINE = re.compile(r"\n\s*\S")
_TEXT_LINE = re.compile(r"[^\r\n]+")
_LEADING_SPACE = re.compile(r"\s*")
_BYLINE = re.compile(r"By[ \t]+[A-Z][^\r\n.!?:;]{0,80}(?=\r?\n)")
#: A word in capitals; a hyphen only between capitals ("WINSTON-SALEM", never "WASHINGTON-").
_WORD_CAPS = r"[A-Z](?:[A-Z.'’]|-(?=[A-Z]))*"
_PLACE = rf"{_WORD_CAPS}(?:[ /]{_WORD_CAPS}){{0,4}}(?:,[ ]?{_WORD_CAPS}(?:[ ]{_WORD_CAPS}){{0,3}})?"
_DATELINE = re.compile(
    rf"(?P<place>{_PLACE})"
    rf"(?:,[ \t]*(?P<when>{_MONTHS}[ \t]+\d{{1,2}}(?:,[ \t]*\d{{4}})?))?"
    r"(?:[ \t]*\((?P<source>[A-Za-z][\w .&'’-]{0,40})\))?"
    r"(?P<sep>[ \t]*(?::|—|–|--)[ \t]*|[ \t]+-[ \t]+|[ \t]+(?=[A-Z“\"]))"
)
_WORD_TITLE = r"[A-Z][\w.'’\-]*"
#: A place in ordinary case before a source in brackets: "Tokyo (CNN)Police said",
#: "New Delhi, India (CNN) -- The". Only with the bracket glued to the next word or a
#: dash after it, so "Apple (AAPL) shares rose" is no dateline.
_TITLE_CASE_DATELINE = re.compile(
    rf"(?P<place>{_WORD_TITLE}(?:[ ]{_WORD_TITLE}){{0,3}}(?:,[ ]{_WORD_TITLE}(?:[ ]{_WORD_TITLE}){{0,2}})?)"
    r"[ \t]*\((?P<source>[A-Z][\w .&'’-]{0,30})\)"
    r"(?P<sep>[ \t]*(?:--|—|–|-|:)[ \t]*|(?=[A-Z“\"‘']))"
)
#: A time stamp line under a byline: "Updated 1832 GMT (0232 HKT) March 4, 2014".
_TIMESTAMP = re.compile(
    r"(?:Updated|Published|Posted|Last updated|UPDATED|PUBLISHED):?[ \t]+[^\r\n]{0,80}?\d{4}[ \t]*(?=\r?\n)"
)
_SHOUTING = re.compile(r"[A-Z0-9][A-Z0-9'’.,-]*[ \t]+[A-Z0-9][A-Z0-9'’.,-]*\b(?![a-z])")
_SOURCE_ONLY = re.compile(r"\((?P<source>[A-Z][\w .&'’-]{0,30})\)(?P<sep>[ \t]*(?:--|—|–|-|:)?[ \t]*)")
_PLACE_DATE_LINE = re.compile(rf"(?P<place>{_PLACE})[ \t]+\d{{4}}-\d{{2}}-\d{{2}}[ \t]*(?=\r?\n)")

#: Control characters that do not occur in text (tab, line ends, form feed and escape do).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")

#: How much of the top of a text the header may take (keeps odd inputs linear and cheap).
HEADER_LIMIT = 4000


def decode(data: bytes) -> str:
    """Decode an article's bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else
    cp1252, else Latin-1; never fails on text. Raises :class:`NotTextError` for bytes
    that are not text (NUL bytes, or mostly control characters)."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise NotTextError("not a text file (bad UTF-16)") from exc
    if b"\x00" in data:
        raise NotTextError("not a text file")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > 0.1 * len(sample):
        raise NotTextError("not a text file")
    return text


def parse_date(value: str) -> dt.date:
    """Parse a ``YYYY-MM-DD`` publication date; :class:`DateError` when it is not one."""
    m = _ISO_DATE.fullmatch(value.strip())
    if not m:
        raise DateError(f"invalid date {value.strip()!r}: expected YYYY-MM-DD")
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError as exc:
        raise DateError(f"invalid date {value.strip()!r}: {exc}") from exc


def _loose_date(value: str) -> dt.date | None:
    """A date from a header value: ISO first, then any form python-dateutil reads."""
    value = value.strip().strip("\"'")
    m = _ISO_DATE.match(value)
    if m:
        return parse_date(m.group())
    from dateutil import parser as dateparser

    try:
        return dateparser.parse(value, fuzzy=False).date()
    except (ValueError, OverflowError) as exc:
        raise DateError(f"invalid date {value!r}") from exc


class _Reader:
    """One pass over one text: each step moves ``pos`` past what it recognised."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.metadata: list[tuple[str, str]] = []
        self.spans: dict[str, Span] = {}
        self.warnings: list[str] = []
        self.date: dt.date | None = None

    def span(self, start: int, end: int) -> Span:
        return Span(self.text[start:end], start, end)

    def skip_space(self) -> None:
        m = _LEADING_SPACE.match(self.text, self.pos)
        if m:
            self.pos = m.end()

    def _set_date(self, value: str) -> None:
        try:
            self.date = _loose_date(value)
        except DateError as exc:
            self.warnings.append(f"{exc} in the header; treated as no date")

    def _meta(self, key: str, vstart: int, vend: int) -> None:
        field = HEADER_KEYS.get(key.strip().lower())
        raw = self.text[vstart:vend]
        # Trim quotes and spaces from the value but keep true offsets.
        while vstart < vend and self.text[vstart] in " \t\"'":
            vstart += 1
        while vend > vstart and self.text[vend - 1] in " \t\r\"'":
            vend -= 1
        value = self.text[vstart:vend]
        self.metadata.append((key.strip().lower(), raw.strip()))
        if field == "date":
            self._set_date(value)
        elif field in ("headline", "source", "author") and value and field not in self.spans:
            self.spans[field] = self.span(vstart, vend)

    def header(self) -> None:
        text = self.text
        fm = _FRONT_MATTER.match(text)
        if fm:
            close = _FRONT_END.search(text, fm.end(), min(len(text), HEADER_LIMIT))
            if close:
                for line in _LINE.finditer(text, fm.end(), close.start()):
                    kv = _KEY_VALUE.fullmatch(text, line.start(), line.end())
                    if kv is None:
                        kv = _KEY_VALUE.fullmatch(text, line.start(), line.end() - 1)  # \r
                    if kv:
                        self._meta(kv.group(1), kv.start(2), kv.end(2))
                self.pos = close.end()
                return
        m = _INLINE_DATE.match(text)
        if m:
            self._set_date(m.group(1))
            self.metadata.append(("date", m.group(1)))
            self.pos = m.end()
            return
        self._key_value_block()

    def _key_value_block(self) -> None:
        text, pos = self.text, self.pos
        lead = _LEADING_SPACE.match(text, pos)
        pos = lead.end() if lead else pos
        found: list[re.Match[str]] = []
        limit = min(len(text), HEADER_LIMIT)
        while pos < limit:
            line = _LINE.match(text, pos)
            assert line is not None
            content_end = line.end() - 1 if line.end() > pos and text[line.end() - 1] == "\r" else line.end()
            if not text[pos:content_end].strip():
                break
            kv = _KEY_VALUE.fullmatch(text, pos, content_end)
            if kv is None or kv.group(1).strip().lower() not in HEADER_KEYS:
                return
            found.append(kv)
            pos = line.end() + 1
        else:
            return
        if not found or pos >= len(text):
            return
        for kv in found:
            self._meta(kv.group(1), kv.start(2), kv.end(2))
        self.pos = pos

    def headline(self) -> None:
        self.skip_space()
        if "headline" in self.spans:
            return
        text, pos = self.text, self.pos
        line = _LINE.match(text, pos)
        assert line is not None
        end = line.end()
        content = text[pos:end].rstrip()
        after = _BLANK_LINES.match(text, end)
        if not content or after is None or after.end() >= len(text):
            return
        if len(content) > 200 or len(content.split()) > 25 or content[-1] in ".,;:":
            return
        if _BYLINE.match(text, pos) or not any(ch.isalpha() for ch in content):
            return
        self.spans["headline"] = self.span(pos, pos + len(content))
        self.pos = after.end()

    def byline(self) -> None:
        self.skip_space()
        m = _BYLINE.match(self.text, self.pos)
        if m and len(m.group().split()) <= 10:
            self.spans["byline"] = self.span(m.start(), m.end())
            self.pos = m.end()
            self.skip_space()
        stamp = _TIMESTAMP.match(self.text, self.pos)
        if stamp:
            self.metadata.append(("updated", stamp.group()))
            self.pos = stamp.end()
            self.skip_space()

    def dateline(self) -> None:
        self.skip_space()
        text, pos = self.text, self.pos
        m = _SOURCE_ONLY.match(text, pos) or _TITLE_CASE_DATELINE.match(text, pos)
        if m is not None and m.groupdict().get("place"):
            self.spans["place"] = self.span(m.start("place"), m.end("place"))
        elif m is None:
            m = _PLACE_DATE_LINE.match(text, pos) or _DATELINE.match(text, pos)
            if m is None:
                return
            place = m.group("place")
            first = place.split()[0].rstrip(":,")
            if first in NOT_PLACES or len(place.replace(".", "")) < 2:
                return
            groups = m.groupdict()
            if groups.get("sep") is not None and not groups.get("source"):
                sep = m.group("sep").strip()
                # Without a source, only a clear separator makes a dateline.
                if sep not in ("—", "–", "--", "-", ":") or (
                    sep == ":" and " " not in place and len(place) < 3
                ):
                    return
            if _SHOUTING.match(text, m.end()):
                return  # "SOCCER - LATE GOALS GIVE JAPAN WIN": an all-caps headline, not a dateline
            self.spans["place"] = self.span(m.start("place"), m.end("place"))
        if m.groupdict().get("source"):
            self.spans["source"] = self.span(m.start("source"), m.end("source"))
        end = m.end()
        while end > m.start() and text[end - 1].isspace():
            end -= 1
        self.spans["dateline"] = self.span(m.start(), end)
        self.pos = m.end()
        self.skip_space()


def _paragraph_bounds(text: str, start: int) -> list[tuple[int, int]]:
    """Paragraphs of ``text[start:]``: blocks between blank lines, or lines where the
    text has no blank line at all."""
    end = len(text)
    if _BLANK_LINES.search(text, start) is None and _INNER_NEWLINE.search(text, start):
        out = [m.span() for m in _TEXT_LINE.finditer(text, start)]
    else:
        out = []
        pos = start
        for m in _BLANK_LINES.finditer(text, start):
            out.append((pos, m.start()))
            pos = m.end()
        out.append((pos, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed


def parse(text: str, date: dt.date | None = None) -> Article:
    """Parse an article's text into the model. ``date`` overrides any date in the header."""
    reader = _Reader(text)
    reader.header()
    reader.headline()
    reader.byline()
    reader.dateline()
    body_start = reader.pos
    paragraphs: list[Paragraph] = []
    sentences: list[Sentence] = []
    for a, b in _paragraph_bounds(text, body_start):
        index = len(paragraphs)
        paragraphs.append(Paragraph(text[a:b], a, b))
        for s, e in split_sentences(text, a, b):
            sentences.append(Sentence(text[s:e], s, e, index))
    spans = reader.spans
    return Article(
        text=text,
        body_start=body_start,
        date=date if date is not None else reader.date,
        headline=spans.get("headline"),
        place=spans.get("place"),
        source=spans.get("source"),
        dateline=spans.get("dateline"),
        byline=spans.get("byline") or spans.get("author"),
        paragraphs=tuple(paragraphs),
        sentences=tuple(sentences),
        metadata=tuple(reader.metadata),
        warnings=tuple(reader.warnings),
    )
