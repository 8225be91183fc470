"""The command line, through Typer's CliRunner: options, inputs, formats, errors."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli import __version__, cli
from newscli.cli import ExitCode, Format, app, want_progress

from .conftest import ROOT, SEED

runner = CliRunner()
COMMANDS = ["summary", "quotes", "timeline", "people"]
KEYS = {
    "summary": {
        "file",
        "date",
        "headline",
        "place",
        "source",
        "words",
        "sentences",
        "paragraphs",
        "reading_minutes",
        "lead",
        "key_sentences",
        "people",
        "quote_count",
        "span",
    },
    "quotes": {"file", "date", "quotes"},
    "timeline": {"file", "date", "timeline"},
    "people": {"file", "date", "people"},
}


def run(*args: str, input: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"newscli {__version__}"


def test_python_dash_m() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "newscli", "--version"], capture_output=True, text=True, cwd=ROOT, check=False
    )
    assert proc.returncode == 0 and proc.stdout.strip() == f"newscli {__version__}"


@pytest.mark.parametrize("command", COMMANDS)
def test_json_keys(command: str) -> None:
    code, out, err = run(command, "--json", str(SEED))
    assert code == 0, err
    obj = json.loads(out)
    assert set(obj) == KEYS[command]
    assert obj["file"] == str(SEED) and obj["date"] == "2023-01-01"


def test_summary_json_on_seed() -> None:
    obj = json.loads(run("summary", "--json", str(SEED))[1])
    assert (obj["date"], obj["place"], obj["source"], obj["headline"]) == (
        "2023-01-01",
        "BEIJING",
        "BBC",
        None,
    )
    assert obj["paragraphs"] == 15
    assert 420 <= obj["words"] <= 460
    assert obj["lead"] == (
        "China\u2019s President Xi Jinping will travel to Moscow next week to hold talks with "
        "Russian President Vladimir Putin, officials say."
    )
    text = SEED.read_text(encoding="utf-8")
    for s in obj["key_sentences"]:
        assert text[s["start"] : s["end"]] == s["text"]


@pytest.mark.parametrize("args", [["-"], []])
def test_stdin(args: list[str]) -> None:
    code, out, _ = run("summary", "--json", *args, input=SEED.read_bytes())
    assert code == 0
    obj = json.loads(out)
    assert obj["file"] == "-" and obj["place"] == "BEIJING"
    assert obj == {**json.loads(run("summary", "--json", str(SEED))[1]), "file": "-"}


def test_sentences_option() -> None:
    for n in (0, 1, 5):
        obj = json.loads(run("summary", "--json", "--sentences", str(n), str(SEED))[1])
        assert len(obj["key_sentences"]) == n
    assert run("summary", "--sentences", "-1", str(SEED))[0] == ExitCode.USAGE


def test_date_option_overrides_header() -> None:
    obj = json.loads(run("timeline", "--json", "--date", "2020-06-30", str(SEED))[1])
    assert obj["date"] == "2020-06-30"
    code, _, err = run("timeline", "--date", "2020-13-01", str(SEED))
    assert code == ExitCode.USAGE and "2020-13-01" in err


def test_json_and_jsonl_for_several_files(tmp_path: Path) -> None:
    other = tmp_path / "b.txt"
    other.write_text("LONDON (Reuters) - Shares rose. Traders cheered.", encoding="utf-8")
    code, out, _ = run("summary", "--json", str(SEED), str(other))
    assert code == 0
    arr = json.loads(out)
    assert [o["file"] for o in arr] == [str(SEED), str(other)]
    code, out, _ = run("summary", "--jsonl", str(SEED), str(other))
    lines = out.splitlines()
    assert [json.loads(line)["file"] for line in lines] == [str(SEED), str(other)]
    assert run("summary", "--format", "jsonl", str(SEED), str(other))[1] == out


def test_json_and_jsonl_together_is_a_usage_error() -> None:
    assert run("summary", "--json", "--jsonl", str(SEED))[0] == ExitCode.USAGE


def test_directory_means_every_article_in_it(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.md").write_text("Second article.", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\x00")
    code, out, _ = run("summary", "--json", str(tmp_path))
    assert code == 0
    assert [Path(o["file"]).name for o in json.loads(out)] == ["a.txt", "b.md"]


def test_empty_directory_is_an_error(tmp_path: Path) -> None:
    code, out, err = run("people", "--json", str(tmp_path))
    assert code == ExitCode.FILE_ERROR
    assert json.loads(out) == []
    assert err.strip() == f"newscli: error: {tmp_path}: no articles (*.txt, *.md) in this directory"


@pytest.mark.parametrize("command", COMMANDS)
def test_bad_files_do_not_stop_the_others(command: str, tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    code, out, err = run(command, "--jsonl", "missing.txt", str(SEED), str(binary))
    assert code == ExitCode.FILE_ERROR
    assert [json.loads(line)["file"] for line in out.splitlines()] == [str(SEED)]
    assert err.splitlines() == [
        "newscli: error: missing.txt: cannot read: no such file",
        f"newscli: error: {binary}: not a text file",
    ]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads every file")
def test_permission_denied(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("Secret.", encoding="utf-8")
    locked.chmod(0)
    code, _, err = run("summary", str(locked))
    assert code == ExitCode.FILE_ERROR and "permission denied" in err


def test_invalid_header_date_warns(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("date 2023-13-45 It rained on Monday.", encoding="utf-8")
    code, out, err = run("timeline", "--json", str(f))
    assert code == 0
    assert json.loads(out)["date"] is None
    assert err.startswith(f"newscli: warning: {f}: invalid date '2023-13-45'")


@pytest.mark.parametrize("content", ["", "   \n\n  "])
@pytest.mark.parametrize("command", COMMANDS)
def test_empty_files_give_empty_answers(command: str, content: str, tmp_path: Path) -> None:
    f = tmp_path / "empty.txt"
    f.write_text(content, encoding="utf-8")
    code, out, err = run(command, "--json", str(f))
    assert code == 0 and err == ""
    assert set(json.loads(out)) == KEYS[command]


@pytest.mark.parametrize("command", COMMANDS)
def test_csv(command: str) -> None:
    code, out, _ = run(command, "--format", "csv", str(SEED), str(SEED))
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert (rows and all(r["file"] == str(SEED) for r in rows)) or command != "summary"
    assert out.splitlines()[0].startswith("file,date")
    assert sum(line.startswith("file,date") for line in out.splitlines()) == 1


@pytest.mark.parametrize("command", COMMANDS)
def test_tables_have_no_colour_in_pipes(command: str) -> None:
    code, out, _ = run(command, str(SEED))
    assert code == 0 and "\x1b" not in out and "seed.txt" in out


def test_no_files_and_no_stdin_is_usage_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("newscli.cli._stdin_is_terminal", lambda: True)
    code, _, err = run("summary")
    assert code == ExitCode.USAGE and "pipe an article in" in err


def test_usage_error_exit_code() -> None:
    assert run("summary", "--format", "xml", str(SEED))[0] == ExitCode.USAGE
    assert run("nonsense")[0] == ExitCode.USAGE


def test_console_script_closed_pipe_is_quiet() -> None:
    code = (
        "import sys; sys.argv=['newscli','summary','--jsonl'] + [sys.argv[1]]*2000;"
        "from newscli.cli import main; main()"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", code, str(SEED)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()
    err = proc.stderr.read().decode()
    proc.wait(timeout=60)
    assert "Traceback" not in err and err == ""
    assert proc.returncode == 0


def test_jobs_keep_input_order_and_output(tmp_path: Path) -> None:
    names = []
    for i in range(7):
        f = tmp_path / f"{i}.txt"
        f.write_text(
            f"date 2023-01-0{i + 1} LONDON (BBC) - Article {i} was read. It rained.", encoding="utf-8"
        )
        names.append(str(f))
    names.insert(3, "missing.txt")
    serial = run("summary", "--jsonl", *names)
    parallel = run("summary", "--jsonl", "--jobs", "3", *names)
    assert parallel == serial
    assert serial[0] == ExitCode.FILE_ERROR
    assert [json.loads(line)["file"] for line in serial[1].splitlines()] == [
        n for n in names if "missing" not in n
    ]


@pytest.mark.parametrize("command", ["summary", "quotes", "timeline", "people"])
def test_jobs_give_the_same_tables(command: str, tmp_path: Path) -> None:
    names = [str(SEED)]
    for i in range(4):
        f = tmp_path / f"{i}.txt"
        f.write_text(
            f"date 2023-02-0{i + 1}\n\nMs Jane Doe said on Monday: \u201cWe won {i}.\u201d", encoding="utf-8"
        )
        names.append(str(f))
    assert run(command, "--jobs", "2", *names) == run(command, *names)


@pytest.mark.parametrize("views", [True, False])
def test_results_carry_table_inputs_only_when_asked(views: bool) -> None:
    # what workers send back is pickled: JSON and CSV need only the object (the tables
    # drawn with --jobs, above, need the inputs)
    job = cli.Job("summary", views=views)
    done = cli.process(job, cli.Input(str(SEED), SEED))
    assert isinstance(done, cli.Done)
    assert bool(done.view_args) is views


@pytest.mark.parametrize(
    ("fmt", "files", "stderr_tty", "regular", "shown"),
    [
        (Format.table, 100, True, True, True),
        (Format.csv, 100, True, True, True),
        (Format.json, 100, True, True, False),
        (Format.jsonl, 100, True, True, False),
        (Format.table, 100, False, True, False),
        (Format.table, 100, True, False, False),
        (Format.table, 3, True, True, False),
    ],
)
def test_progress_only_for_long_runs_written_to_a_file(
    fmt: Format, files: int, stderr_tty: bool, regular: bool, shown: bool
) -> None:
    assert want_progress(fmt, files, stderr_tty=stderr_tty, stdout_regular_file=regular) is shown


def test_colour_only_on_a_terminal_and_never_with_no_color(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FORCE_COLOR", "1")  # what rich sees as a colour terminal
    assert "\x1b[" in run("summary", str(SEED))[1]
    assert "\x1b[" not in run("summary", "--no-color", str(SEED))[1]
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in run("summary", str(SEED))[1]
