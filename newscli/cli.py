"""The command line: options, files, errors and exit codes; nothing else.

Data goes to stdout, diagnostics to stderr (one line each: ``newscli: error: PATH:
cause``). A file that fails never stops the others. Exit codes are :class:`ExitCode`.
"""

# No ``from __future__ import annotations`` here: typer reads the commands' annotations on
# every run, and as strings it would evaluate each of them twice (a few ms per start-up).

import datetime as dt
import enum
import functools
import gc
import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, Any, NamedTuple, NoReturn, TextIO

import typer

from newscli import __version__, analyses
from newscli.errors import DateError, NewscliError, ReadError
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


class Input(NamedTuple):
    """One article to read: its name as given (``-`` for stdin) and its path, or its bytes."""

    name: str
    path: Path | None = None
    data: bytes | None = None

    def read(self) -> bytes:
        if self.data is not None or self.path is None:
            return self.data or b""
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


class Failure(NamedTuple):
    """An input that could not be processed, and why (one line)."""

    name: str
    message: str


def _expand(files: list[str]) -> Iterator[Input | Failure]:
    """Each input, or a :class:`Failure` for a directory without articles."""
    for name in files:
        if name == STDIN:
            yield Input(STDIN, data=sys.stdin.buffer.read() if sys.stdin is not None else b"")
            continue
        path = Path(name)
        if path.is_dir():
            try:
                found = sorted(
                    p for p in path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file()
                )
            except OSError as exc:
                yield Failure(name, f"cannot read: {(exc.strerror or str(exc)).lower()}")
                continue
            if not found:
                yield Failure(name, "no articles (*.txt, *.md) in this directory")
            for p in found:
                yield Input(str(p), p)
        else:
            yield Input(name, path)


class Job(NamedTuple):
    """What to compute for every file: picklable, so ``--jobs`` can hand it to other processes."""

    command: str
    date: dt.date | None = None
    sentences: int = 3
    views: bool = True  # whether results carry what a table view is built from


class Done(NamedTuple):
    """One file's answer: its JSON object, and the table view to build from it if wanted."""

    name: str
    obj: dict[str, Any]
    view: str
    view_args: tuple[Any, ...]
    warnings: tuple[str, ...] = ()


def _compute(job: Job, name: str, article: Article) -> tuple[dict[str, Any], tuple[Any, ...]]:
    if job.command == "summary":
        overview = analyses.summary_of(article, job.sentences)
        return jsonout.summary_object(name, overview), (name, overview)
    if job.command == "quotes":
        found = analyses.quotes_in(article)
        return jsonout.quotes_object(name, article, found), (name, article, found)
    if job.command == "timeline":
        entries = analyses.timeline_of(article)
        return jsonout.timeline_object(name, article, entries), (name, article, entries)
    persons = analyses.people_in(article)
    return jsonout.people_object(name, article, persons), (name, article, persons)


def process(job: Job, item: Input | Failure) -> Done | Failure:
    """Read, parse and analyse one input. Never raises for anything about the input."""
    if isinstance(item, Failure):
        return item
    try:
        article = parse(decode(item.read()), date=job.date)
        obj, view_args = _compute(job, item.name, article)
    except NewscliError as exc:
        return Failure(item.name, str(exc))
    except RecursionError:
        return Failure(item.name, "internal error: input too deeply nested")
    except MemoryError:
        return Failure(item.name, "out of memory")
    except Exception as exc:  # an analysis bug must not cost the other files
        return Failure(item.name, f"internal error: {type(exc).__name__}: {exc}")
    return Done(item.name, obj, f"{job.command}_view", view_args if job.views else (), article.warnings)


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


#: Below this many files a progress bar would only flicker.
PROGRESS_MIN_FILES = 20


def want_progress(fmt: Format, files: int, *, stderr_tty: bool, stdout_regular_file: bool) -> bool:
    """A progress bar only for a person watching a long run write a table or CSV to a file:
    never on a pipe, never with JSON, never mixed into output on the terminal itself."""
    return (
        stderr_tty
        and stdout_regular_file
        and fmt in (Format.table, Format.csv)
        and files >= PROGRESS_MIN_FILES
    )


def _stdout_is_regular_file() -> bool:
    try:
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (OSError, ValueError, AttributeError):
        return False


def _results(job: Job, items: list[Input | Failure], jobs: int) -> Iterator[Done | Failure]:
    """Each input's result, in input order; with ``jobs > 1`` computed in worker processes,
    still yielded in order, each as soon as it and those before it are done."""
    if jobs <= 1 or len(items) < 3:
        for item in items:
            yield process(job, item)
        return
    # The first file is done here: that loads the analyses, their word lists and patterns,
    # which forked workers then share instead of each loading them again.
    yield process(job, items[0])
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    fork = "fork" if sys.platform == "linux" else None  # elsewhere fork is unsafe or absent
    rest = items[1:]
    chunk = max(1, min(16, len(rest) // (4 * jobs)))  # few round trips, yet an even share
    with ProcessPoolExecutor(max_workers=jobs, mp_context=multiprocessing.get_context(fork)) as pool:
        try:
            yield from pool.map(functools.partial(process, job), rest, chunksize=chunk)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def _run(
    job: Job,
    files: list[str] | None,
    fmt: Format,
    json_: bool,
    jsonl: bool,
    no_color: bool,
    jobs: int,
) -> None:
    if json_ and jsonl:
        raise typer.BadParameter("--json and --jsonl cannot be used together")
    if json_:
        fmt = Format.json
    elif jsonl:
        fmt = Format.jsonl
    if not files:
        if _stdin_is_terminal():
            raise typer.BadParameter("give one or more FILEs, '-' for standard input, or pipe an article in")
        files = [STDIN]
    single = len(files) == 1 and (files[0] == STDIN or not Path(files[0]).is_dir())
    emitter = Emitter(job.command, fmt, single=single, no_color=no_color or bool(os.environ.get("NO_COLOR")))
    job = job._replace(views=fmt is Format.table)
    failed = False
    # What is loaded by now (typer, the reader, the model) lives as long as the process:
    # the cyclic garbage collector need not walk it again while articles are analysed.
    gc.freeze()
    try:
        items = list(_expand(files))
        results = _results(job, items, jobs)
        if want_progress(
            fmt, len(items), stderr_tty=sys.stderr.isatty(), stdout_regular_file=_stdout_is_regular_file()
        ):
            from newscli.output.table import track

            results = track(results, len(items))
        for result in results:
            if isinstance(result, Failure):
                _error(result.name, result.message)
                failed = True
                continue
            for warning in result.warnings:
                _error(result.name, warning, level="warning")
            emitter.emit(result.obj, _view(result.view, *result.view_args))
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
        metavar="FILE...",
        help="Article files, directories (every *.txt and *.md inside), or - for stdin.",
        show_default=False,
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


JobsOpt = Annotated[
    int,
    typer.Option("--jobs", "-j", min=1, help="Worker processes for many files; output keeps input order."),
]


@app.command()
def summary(
    files: Files = None,
    sentences: Annotated[int, typer.Option("--sentences", "-n", min=0, help="How many key sentences.")] = 3,
    fmt: FormatOpt = Format.table,
    json_: JsonOpt = False,
    jsonl: JsonlOpt = False,
    date: DateOpt = None,
    no_color: NoColorOpt = False,
    jobs: JobsOpt = 1,
) -> None:
    """What the article is about: dateline, length, people, quotes, period, key sentences."""
    job = Job("summary", _parse_date_option(date), sentences)
    _run(job, files, fmt, json_, jsonl, no_color, jobs)


def _listing_command(name: str, doc: str) -> None:
    """Register a command that lists one analysis's results (quotes, timeline, people)."""

    def command(
        files: Files = None,
        fmt: FormatOpt = Format.table,
        json_: JsonOpt = False,
        jsonl: JsonlOpt = False,
        date: DateOpt = None,
        no_color: NoColorOpt = False,
        jobs: JobsOpt = 1,
    ) -> None:
        _run(Job(name, _parse_date_option(date)), files, fmt, json_, jsonl, no_color, jobs)

    command.__doc__ = doc
    app.command(name=name)(command)


_listing_command("quotes", "Who said what: every quotation, its kind, its speaker and its cue.")
_listing_command("timeline", "When things happened: every date and time expression, resolved, in order.")
_listing_command("people", "Who is in it: every person named, their roles, mentions and quotes.")


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
