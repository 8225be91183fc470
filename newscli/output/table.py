"""Rich terminal views of the results, for a person to read.

Everything that comes from the article is wrapped in :class:`rich.text.Text` (so rich
markup in an article shows literally) after :func:`newscli.output.safe.visible` (so no
control character or escape sequence can act). The JSON output is the contract; these
views show the same facts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TypeVar

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table
from rich.text import Text

from newscli.model import Article, Person, Quote, Summary, TimeExpression
from newscli.output.safe import one_line, visible

T = TypeVar("T")

#: How many people and speakers the summary view names.
TOP_PEOPLE = 5
TOP_SPEAKERS = 3
#: Longest piece of a sentence the timeline shows, in characters.
CONTEXT_CHARS = 90


def _t(text: str | None, style: str = "") -> Text:
    return Text(one_line(text or ""), style=style)


def _trim(text: str, limit: int) -> str:
    text = one_line(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _reading(minutes: float) -> str:
    return "under a minute's read" if minutes < 1 else f"{minutes:g} min read"


def _role(p: Person) -> str:
    return p.titles[0] if p.titles else ""


def title(file: str, article: Article) -> Text:
    """The heading of one file's view: the headline when there is one, and the file."""
    out = Text()
    if article.headline is not None:
        out.append(one_line(article.headline.text), style="bold")
        out.append("  ")
    out.append(visible(file), style="dim")
    return out


def summary_view(file: str, summary: Summary) -> RenderableType:
    a = summary.article
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold cyan", no_wrap=True)
    grid.add_column(overflow="fold")
    grid.add_row("Date", _t(a.date.isoformat() if a.date else "unknown"))
    dateline = " · ".join(one_line(s.text) for s in (a.place, a.source) if s is not None)
    if dateline:
        grid.add_row("Dateline", _t(dateline))
    if a.byline is not None:
        grid.add_row("By", _t(a.byline.text))
    grid.add_row(
        "Length",
        _t(
            f"{_count(summary.words, 'word')} · {_reading(summary.reading_minutes)} · "
            f"{_count(len(a.paragraphs), 'paragraph')} · {_count(len(a.sentences), 'sentence')}"
        ),
    )
    marked = sum(q.kind != "indirect" for q in summary.quotes)
    indirect = len(summary.quotes) - marked
    speakers = Counter(q.speaker for q in summary.quotes if q.speaker)
    quotes = f"{marked} in quote marks, {indirect} indirect"
    if speakers:
        top = ", ".join(f"{name} ({n})" for name, n in speakers.most_common(TOP_SPEAKERS))
        quotes += f"; most quoted: {top}"
    grid.add_row("Quotes", _t(quotes))
    period = summary.span
    grid.add_row("Period", _t(f"{period[0]} → {period[1]}" if period else "no resolved dates"))

    parts: list[RenderableType] = [grid]
    if summary.people:
        people = Table(box=box.SIMPLE_HEAD, expand=True, pad_edge=False)
        people.add_column("Person", style="bold", ratio=2)
        people.add_column("Role", ratio=3)
        people.add_column("Mentions", justify="right", no_wrap=True)
        people.add_column("Quotes", justify="right", no_wrap=True)
        for p in summary.people[:TOP_PEOPLE]:
            people.add_row(_t(p.name), _t(_role(p)), str(len(p.mentions)), str(p.quotes))
        more = len(summary.people) - TOP_PEOPLE
        if more > 0:
            people.caption = f"and {more} more: newscli people {one_line(file)}"
        parts.append(people)
    if summary.key_sentences:
        parts.append(Text("Key sentences", style="bold cyan"))
        key = Table.grid(padding=(0, 1))
        key.add_column(justify="right", style="dim", no_wrap=True)
        key.add_column(overflow="fold")
        for i, s in enumerate(summary.key_sentences, 1):
            key.add_row(f"{i}.", _t(s.text))
        parts.append(key)
    heading = _t(a.headline.text, "bold") if a.headline is not None else Text(visible(file), style="dim")
    return Panel(
        Group(*parts),
        title=heading,
        title_align="left",
        subtitle=Text(visible(file), style="dim") if a.headline is not None else None,
        subtitle_align="right",
        box=box.ROUNDED,
    )


def quotes_view(file: str, article: Article, quotes: Sequence[Quote]) -> RenderableType:
    table = Table(title=title(file, article), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Speaker", style="bold", ratio=2)
    table.add_column("Quote", ratio=6, overflow="fold")
    table.add_column("Cue", min_width=8, overflow="fold")
    for q in quotes:
        body = Text()
        body.append("“" if q.kind != "indirect" else "", style="dim")
        body.append(one_line(q.text))
        body.append("”" if q.kind != "indirect" else "", style="dim")
        body.append(f"  {q.kind}", style="dim italic")
        speaker = _t(q.speaker) if q.speaker else Text("unknown", style="dim")
        if q.speaker_mention is not None and q.speaker_mention.text != q.speaker:
            speaker.append(f"\n({one_line(q.speaker_mention.text)})", style="dim")
        table.add_row(speaker, body, _t(q.cue.text if q.cue else ""))
    if not quotes:
        table.caption = "no quotes found"
    return table


def people_view(file: str, article: Article, people: Sequence[Person]) -> RenderableType:
    table = Table(title=title(file, article), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Name", style="bold", ratio=3)
    table.add_column("Role", ratio=4, overflow="fold")
    table.add_column("Mentions", justify="right", no_wrap=True)
    table.add_column("Quotes", justify="right", no_wrap=True)
    table.add_column("Aliases", ratio=3, overflow="fold")
    for p in people:
        table.add_row(
            _t(p.name),
            _t("; ".join(p.titles)),
            str(len(p.mentions)),
            str(p.quotes),
            _t(", ".join(p.aliases)),
        )
    if not people:
        table.caption = "no people found"
    return table


def _days(t: TimeExpression) -> str:
    """The days an entry covers, compactly: 2023-03-20, 2023-01-02 → 08, 2022-12-26 → 2023-01-01."""
    begin, end = t.begin, t.end_date
    if begin is None:
        return ""
    if end is None or end == begin:
        return begin.isoformat()
    if begin.year != end.year:
        return f"{begin} → {end}"
    if begin.month != end.month:
        return f"{begin} → {end:%m-%d}"
    return f"{begin} → {end:%d}"


def _context(article: Article, t: TimeExpression, limit: int = CONTEXT_CHARS) -> Text:
    """The sentence around an expression, the expression in bold; a window of it when long."""
    if t.sentence is None:
        return Text()
    sentence = t.sentence
    rel_start, rel_end = t.start - sentence.start, t.end - sentence.start
    text = sentence.text
    lo, hi = 0, len(text)
    if hi > limit:
        lo = max(0, rel_start - limit // 3)
        hi = min(len(text), lo + limit)
        lo = max(0, min(lo, hi - limit))
        if lo > 0:  # start and stop at word boundaries
            space = text.find(" ", lo, rel_start)
            lo = space + 1 if space >= 0 else lo
        if hi < len(text):
            space = text.rfind(" ", rel_end, hi)
            hi = space if space >= 0 else hi
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    out = Text(prefix)
    before, expression, after = text[lo:rel_start], text[rel_start:rel_end], text[rel_end:hi]
    if not (0 <= rel_start <= rel_end <= len(text)):
        before, expression, after = text[lo:hi], "", ""
    out.append(one_line(before) + (" " if before[-1:].isspace() else ""))
    out.append(one_line(expression), style="bold")
    out.append((" " if after[:1].isspace() else "") + one_line(after) + suffix)
    return out


def timeline_view(file: str, article: Article, timeline: Sequence[TimeExpression]) -> RenderableType:
    table = Table(title=title(file, article), title_justify="left", box=box.SIMPLE_HEAD, expand=True)
    table.add_column("Date", no_wrap=True, style="bold")
    table.add_column("Expression", ratio=2, min_width=10, overflow="fold")
    table.add_column("Value", no_wrap=True, style="cyan")
    table.add_column("What happened", ratio=5, overflow="fold")
    dct = article.date

    def publication_row() -> None:
        table.add_row(Text(str(dct), style="bold magenta"), "", "", Text("publication date", style="magenta"))

    marked = dct is None
    for t in timeline:
        if t.begin is None:
            continue
        if not marked and dct is not None and t.begin >= dct:
            publication_row()
            marked = True
        table.add_row(_days(t), _t(t.text), _t(t.value), _context(article, t))
    if not marked:
        publication_row()
    other = [t for t in timeline if t.begin is None]
    if other:
        table.add_section()
        for t in other:
            kind = t.type.lower() if t.type in ("DURATION", "SET") else "undated"
            table.add_row(Text(kind, style="dim"), _t(t.text), _t(t.value), _context(article, t))
    if not timeline:
        table.caption = "no temporal expressions found"
    return table


def make_console(*, no_color: bool, stderr: bool = False) -> Console:
    """A console for the views: styled only on a terminal (rich decides); with ``no_color``
    (``--no-color`` or ``NO_COLOR``) plain text, no escape sequences at all."""
    if no_color:
        return Console(stderr=stderr, color_system=None, highlight=False, soft_wrap=False)
    return Console(stderr=stderr, highlight=False, soft_wrap=False)


def track(results: Iterator[T], total: int) -> Iterator[T]:
    """Show a progress bar on stderr while ``results`` is consumed; stop it when done."""
    progress = Progress(
        TextColumn("[progress.description]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = progress.add_task("articles", total=total)
    progress.start()

    def advance() -> Iterator[T]:
        try:
            for result in results:
                progress.advance(task)
                yield result
        finally:
            progress.stop()

    return advance()
