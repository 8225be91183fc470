"""The JSON contract: the one place that turns the model into output objects.

Every object has ``file`` (the path as given, ``-`` for stdin) and ``date`` (the
publication date used, ``YYYY-MM-DD`` or null), plus the command's own key. Keys are
stable: unknown values are ``null``, never missing. Offsets are character offsets into
the file's decoded text.

``summary``::

    {"file": str, "date": str|null, "headline": str|null, "place": str|null,
     "source": str|null, "words": int, "sentences": int, "paragraphs": int,
     "reading_minutes": float, "lead": str|null,
     "key_sentences": [{"text": str, "start": int, "end": int}],
     "people": [str], "quote_count": int,
     "span": {"begin": "YYYY-MM-DD", "end": "YYYY-MM-DD"}|null}

``quotes``::

    {"file", "date", "quotes": [{"text": str, "start": int, "end": int,
      "kind": "direct"|"partial"|"indirect", "speaker": str|null,
      "speaker_mention": {"text", "start", "end"}|null, "cue": str|null}]}

``timeline``::

    {"file", "date", "timeline": [{"text": str, "start": int, "end": int,
      "type": "DATE"|"TIME"|"DURATION"|"SET", "value": str,
      "begin": "YYYY-MM-DD"|null, "end_date": "YYYY-MM-DD"|null,
      "sentence": {"start": int, "end": int}|null}]}

``people``::

    {"file", "date", "people": [{"name": str, "aliases": [str], "titles": [str],
      "mentions": [{"text", "start", "end"}], "quotes": int}]}
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from newscli.model import Article, Person, Quote, Span, Summary, TimeExpression

#: How many people the summary object names.
SUMMARY_PEOPLE = 5

JSONObject = dict[str, Any]


def _date(d: dt.date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _text(span: Span | None) -> str | None:
    return span.text if span is not None else None


def span(s: Span | None) -> JSONObject | None:
    if s is None:
        return None
    return {"text": s.text, "start": s.start, "end": s.end}


def _head(file: str, article: Article) -> JSONObject:
    return {"file": file, "date": _date(article.date)}


def person(p: Person) -> JSONObject:
    return {
        "name": p.name,
        "aliases": list(p.aliases),
        "titles": list(p.titles),
        "mentions": [span(m) for m in p.mentions],
        "quotes": p.quotes,
    }


def quote(q: Quote) -> JSONObject:
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind,
        "speaker": q.speaker,
        "speaker_mention": span(q.speaker_mention),
        "cue": _text(q.cue),
    }


def time_expression(t: TimeExpression) -> JSONObject:
    return {
        "text": t.text,
        "start": t.start,
        "end": t.end,
        "type": t.type,
        "value": t.value,
        "begin": _date(t.begin),
        "end_date": _date(t.end_date),
        "sentence": None if t.sentence is None else {"start": t.sentence.start, "end": t.sentence.end},
    }


def people_object(file: str, article: Article, people: tuple[Person, ...]) -> JSONObject:
    return {**_head(file, article), "people": [person(p) for p in people]}


def quotes_object(file: str, article: Article, quotes: tuple[Quote, ...]) -> JSONObject:
    return {**_head(file, article), "quotes": [quote(q) for q in quotes]}


def timeline_object(file: str, article: Article, timeline: tuple[TimeExpression, ...]) -> JSONObject:
    return {**_head(file, article), "timeline": [time_expression(t) for t in timeline]}


def summary_object(file: str, summary: Summary) -> JSONObject:
    a = summary.article
    period = summary.span
    return {
        **_head(file, a),
        "headline": _text(a.headline),
        "place": _text(a.place),
        "source": _text(a.source),
        "words": summary.words,
        "sentences": len(a.sentences),
        "paragraphs": len(a.paragraphs),
        "reading_minutes": summary.reading_minutes,
        "lead": _text(summary.lead),
        "key_sentences": [span(s) for s in summary.key_sentences],
        "people": [p.name for p in summary.people[:SUMMARY_PEOPLE]],
        "quote_count": len(summary.quotes),
        "span": None if period is None else {"begin": period[0].isoformat(), "end": period[1].isoformat()},
    }


#: Characters that json leaves raw but a terminal may act on (DEL, C1 controls such as
#: the one-byte CSI), and the line separators JavaScript rejects: always escaped.
_ESCAPED = (0x7F, *range(0x80, 0xA0), 0x2028, 0x2029)
_ESCAPE_MORE = {c: f"\\u{c:04x}" for c in _ESCAPED}
#: Any of them: most texts have none, and a search costs less than a translation.
_NEEDS_ESCAPE = re.compile("[" + "".join(map(chr, _ESCAPED)) + "]")


def dumps(obj: Any, *, indent: int | None = None) -> str:
    """Serialise to JSON text. Non-ASCII stays readable; every control character is escaped."""
    out = json.dumps(obj, ensure_ascii=False, indent=indent)
    return out.translate(_ESCAPE_MORE) if _NEEDS_ESCAPE.search(out) else out
