"""CSV rows: one row per person, quote or timeline entry; one row per file for summary.

Columns are named by :data:`COLUMNS`; the header is written once for all files.
Rows are built from the JSON objects of :mod:`newscli.output.json`, so both outputs
always say the same thing; control characters in cells are made visible (:mod:`.safe`).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from typing import Any

from newscli.output.safe import visible

COLUMNS: dict[str, tuple[str, ...]] = {
    "summary": (
        "file",
        "date",
        "headline",
        "place",
        "source",
        "words",
        "sentences",
        "paragraphs",
        "reading_minutes",
        "quote_count",
        "people",
        "span_begin",
        "span_end",
        "lead",
    ),
    "quotes": ("file", "date", "start", "end", "kind", "speaker", "speaker_mention", "cue", "text"),
    "timeline": ("file", "date", "start", "end", "type", "value", "begin", "end_date", "text"),
    "people": ("file", "date", "name", "mentions", "quotes", "titles", "aliases"),
}


def _rows(command: str, obj: dict[str, Any]) -> Iterator[dict[str, Any]]:
    head = {"file": obj["file"], "date": obj["date"]}
    if command == "summary":
        span = obj["span"] or {}
        yield {
            **{k: obj[k] for k in COLUMNS["summary"] if k in obj and k != "people"},
            "people": "; ".join(obj["people"]),
            "span_begin": span.get("begin"),
            "span_end": span.get("end"),
        }
    elif command == "quotes":
        for q in obj["quotes"]:
            mention = q["speaker_mention"] or {}
            yield {**head, **q, "speaker_mention": mention.get("text")}
    elif command == "timeline":
        for t in obj["timeline"]:
            yield {**head, **t}
    elif command == "people":
        for p in obj["people"]:
            yield {
                **head,
                "name": p["name"],
                "mentions": len(p["mentions"]),
                "quotes": p["quotes"],
                "titles": "; ".join(p["titles"]),
                "aliases": "; ".join(p["aliases"]),
            }


def header(command: str) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(COLUMNS[command])
    return out.getvalue()


def rows(command: str, obj: dict[str, Any]) -> str:
    """The CSV rows (no header) for one file's JSON object."""
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS[command], extrasaction="ignore", lineterminator="\n")
    for row in _rows(command, obj):
        writer.writerow(
            {k: ("" if v is None else visible(v) if isinstance(v, str) else v) for k, v in row.items()}
        )
    return out.getvalue()
