"""The command line: options, files, errors and exit codes; nothing else.

Data goes to stdout, diagnostics to stderr (one line each: ``newscli: error: PATH:
cause``). A file that fails never stops the others. Exit codes are :class:`ExitCode`.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, NoReturn, TextIO

import typer

from newscli import __version__, analyses
from newscli.errors import DateError, NewscliError, NotTextError, ReadError
from newscli.model import Article
from newscli.output import json as jsonout
from newscli.read import decode, parse, parse_date

#: File name endings a directory is searched for.
ARTICLE_SUFFIXES = (".txt", ".md")
STDIN = "-"


class ExitCode(enum.IntEnum):
    OK = 0
    FILE_ERROR = 1  # at least one input could not be read
    USAGE = 2  # Typer's usage errors
    INTERRUPTED = 130  # Ctrl-C


class Format(str, enum.Enum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


app = typer.Typer(
    name="newscli",
    help="Inspect news articles: who is in them, who said what, when things happened, what they are about.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain usage errors: one readable line on stderr, no box
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        print(f"newscli {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit."),
    ] = False,
) -> None:
    """Inspect news articles: who is in them, who said what, when things happened, what they are about."""


def _parse_date_option(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value)
    except DateError as exc:
        raise typer.BadParameter(str(exc)) from exc


# ---------------------------------------------------------------------------- inputs


def _stdin_is_terminal() -> bool:
    """True when nobody pipes anything in (no stdin at all counts as a terminal)."""
    return sys.stdin is None or sys.stdin.isatty()


class Input:
    """One article to read: a path as given (or ``-``), and how to get its bytes."""

    def __init__(self, name: str, path: Path | None) -> None:
        self.name = name
        self.path = path

    def read(self) -> bytes:
        if self.path is None:
            return sys.stdin.buffer.read()
        try:
            return self.path.read_bytes()
        except FileNotFoundError:
            raise ReadError("cannot read: no such file") from None
        except PermissionError:
            raise ReadError("cannot read: permission denied") from None
        except IsADirectoryError:
            raise ReadError("cannot read: is a directory") from None
        except OSError as exc:
            raise ReadError(f"cannot read: {(exc.strerror or str(exc)).lower()}") from None


def _expand(files: list[str]) -> Iterator[Input | tuple[str, str]]:
    """Each input, or ``(name, error)`` for a directory without articles."""
    for name in files:
        if name == STDIN:
            yield Input(STDIN, None)
            continue
        path = Path(name)
        if path.is_dir():
            try:
                found = sorted(
                    p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
                )
            except OSError as exc:
                yield name, f"cannot read: {(exc.strerror or str(exc)).lower()}"
                continue
            if not found:
                yield name, "no articles (*.txt, *.md) in this directory"
            for p in found:
                yield Input(str(p), p)
        else:
            yield Input(name, path)


# ---------------------------------------------------------------------------- output


class Emitter:
    """Writes each file's result in the chosen format as soon as it is ready."""

    def __init__(self, command: str, fmt: Format, *, single: bool, no_color: bool) -> None:
        self.command = command
        self.fmt = fmt
        self.single = single
        self.no_color = no_color
        self.out: TextIO = sys.stdout
        self.count = 0
        self._console: Any = None

    def console(self) -> Any:
        if self._console is None:
            from newscli.output.table import make_console

            self._console = make_console(no_color=self.no_color)
        return self._console

    def emit(self, obj: dict[str, Any], view: Callable[[], Any]) -> None:
        first = self.count == 0
        self.count += 1
        if self.fmt is Format.jsonl:
            self.out.write(jsonout.dumps(obj) + "\n")
        elif self.fmt is Format.json:
            if self.single:
                self.out.write(jsonout.dumps(obj, indent=2) + "\n")
            else:
                body = jsonout.dumps(obj, indent=2).replace("\n", "\n  ")
                self.out.write(("[\n  " if first else ",\n  ") + body)
        elif self.fmt is Format.csv:
            from newscli.output import csv as csvout

            if first:
                self.out.write(csvout.header(self.command))
            self.out.write(csvout.rows(self.command, obj))
        else:
            console = self.console()
            if not first:
                console.print()
            console.print(view())
        self.out.flush()

    def close(self) -> None:
        if self.fmt is Format.json and not self.single:
            self.out.write("[]\n" if self.count == 0 else "\n]\n")
        self.out.flush()


def _error(name: str, message: str, *, level: str = "error") -> None:
    from newscli.output.safe import one_line

    sys.stderr.write(f"newscli: {level}: {one_line(name)}: {one_line(message)}\n")
    sys.stderr.flush()


Analyse = Callable[[str, Article], tuple[dict[str, Any], Callable[[], Any]]]


def _run(
    command: str,
    analyse: Analyse,
    files: list[str] | None,
    fmt: Format,
    json_: bool,
    jsonl: bool,
    date: str | None,
    no_color: bool,
) -> None:
    if json_ and jsonl:
        raise typer.BadParameter("--json and --jsonl cannot be used together")
    if json_:
        fmt = Format.json
    elif jsonl:
        fmt = Format.jsonl
    day = _parse_date_option(date)
    if not files:
        if _stdin_is_terminal():
            raise typer.BadParameter("give one or more FILEs, '-' for standard input, or pipe an article in")
        files = [STDIN]
    single = len(files) == 1 and (files[0] == STDIN or not Path(files[0]).is_dir())
    emitter = Emitter(command, fmt, single=single, no_color=no_color or bool(os.environ.get("NO_COLOR")))
    failed = False
    try:
        for item in _expand(files):
            if isinstance(item, tuple):
                _error(*item)
                failed = True
                continue
            try:
                article = parse(decode(item.read()), date=day)
                for warning in article.warnings:
                    _error(item.name, warning, level="warning")
                obj, view = analyse(item.name, article)
            except NotTextError as exc:
                _error(item.name, str(exc))
                failed = True
                continue
            except NewscliError as exc:
                _error(item.name, str(exc))
                failed = True
                continue
            except RecursionError:
                _error(item.name, "internal error: input too deeply nested")
                failed = True
                continue
            except Exception as exc:  # an analysis bug must not cost the other files
                _error(item.name, f"internal error: {type(exc).__name__}: {exc}")
                failed = True
                continue
            emitter.emit(obj, view)
        emitter.close()
    except KeyboardInterrupt:
        sys.stderr.write("newscli: interrupted\n")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    if failed:
        raise typer.Exit(ExitCode.FILE_ERROR)


# ---------------------------------------------------------------------------- commands

Files = Annotated[
    list[str] | None,
    typer.Argument(
        help="Article files, directories (every *.txt and *.md inside), or - for stdin.", show_default=False
    ),
]
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.", case_sensitive=False)]
JsonOpt = Annotated[bool, typer.Option("--json", help="Shorthand for --format json.")]
JsonlOpt = Annotated[
    bool, typer.Option("--jsonl", help="Shorthand for --format jsonl: one object per file per line.")
]
DateOpt = Annotated[
    str | None,
    typer.Option("--date", metavar="YYYY-MM-DD", help="Publication date, overriding the article's header."),
]
NoColorOpt = Annotated[bool, typer.Option("--no-color", help="No colour, even on a terminal.")]


def _view(name: str, *args: Any) -> Callable[[], Any]:
    """A deferred table view: rich is imported only when a table is really shown."""

    def render() -> Any:
        from newscli.output import table

        return getattr(table, name)(*args)

    return render


@app.command()
def summary(
    files: Files = None,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=0, help="How many key sentences.")] = 3,
    fmt: FormatOpt = Format.table,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    date: DateOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """What the article is about: dateline, length, people, quotes, period, key sentences."""

    def analyse(name: str, article: Article) -> tuple[dict[str, Any], Callable[[], Any]]:
        result = analyses.summary(article, sentences)
        return jsonout.summary_object(name, result), _view("summary_view", name, result)

    _run("summary", analyse, files, fmt, json_, jsonl, date, no_color)


def _listing_command(
    name: str,
    doc: str,
    compute: Callable[[Article], tuple[Any, ...]],
    to_json: Callable[[str, Article, Any], dict[str, Any]],
) -> None:
    """Register a command that lists one analysis's results (quotes, timeline, people)."""

    def command(
        files: Files = None,
        fmt: FormatOpt = Format.table,
        json_: JsonOpt = False,
        jsonl: JsonlOpt = False,
        date: DateOpt = None,
        no_color: NoColorOpt = False,
    ) -> None:
        def analyse(file: str, article: Article) -> tuple[dict[str, Any], Callable[[], Any]]:
            result = compute(article)
            return to_json(file, article, result), _view(f"{name}_view", file, article, result)

        _run(name, analyse, files, fmt, json_, jsonl, date, no_color)

    command.__doc__ = doc
    app.command(name=name)(command)


_listing_command(
    "quotes",
    "Who said what: every quotation, its kind, its speaker and its cue.",
    analyses.quotes,
    jsonout.quotes_object,
)
_listing_command(
    "timeline",
    "When things happened: every date and time expression, resolved, in order.",
    analyses.timeline,
    jsonout.timeline_object,
)
_listing_command(
    "people",
    "Who is in it: every person named, their roles, mentions and quotes.",
    analyses.people,
    jsonout.people_object,
)


def _quiet_broken_pipe() -> NoReturn:
    # Python flushes stdout at exit; point it at devnull so that flush cannot fail again.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(ExitCode.OK)


def main() -> None:
    """The console script: runs the app, ending quietly on a closed pipe or Ctrl-C."""
    try:
        app(prog_name="newscli")
    except BrokenPipeError:
        _quiet_broken_pipe()
    except KeyboardInterrupt:
        sys.stderr.write("newscli: interrupted\n")
        sys.exit(ExitCode.INTERRUPTED)
