"""Terminal safety: article text never acts on the terminal, JSON stays valid."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newscli.cli import app
from newscli.output import json as jsonout
from newscli.output.safe import visible

runner = CliRunner()

HOSTILE = (
    "Title: [bold red]Markup[/] \x1b[31mred\x1b[0m\n\n"
    "LONDON (BBC) - Mr Smith said: \u201c[link=http://x]click[/link] \x1b]0;pwned\x07 \x1b[2J\u201d "
    "and \x9b31m one-byte CSI. It rained on Monday 3 March 2023.\n"
)


@pytest.mark.parametrize("command", ["summary", "quotes", "timeline", "people"])
def test_tables_show_markup_literally_and_escapes_inertly(command: str, tmp_path: Path) -> None:
    f = tmp_path / "hostile.txt"
    f.write_text(HOSTILE, encoding="utf-8")
    result = runner.invoke(app, [command, str(f)])
    assert result.exit_code == 0
    out = result.stdout
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    if command == "summary":
        assert "[bold red]Markup[/]" in out


@pytest.mark.parametrize("command", ["summary", "quotes", "timeline", "people"])
def test_json_escapes_control_characters(command: str, tmp_path: Path) -> None:
    f = tmp_path / "hostile.txt"
    f.write_text(HOSTILE, encoding="utf-8")
    result = runner.invoke(app, [command, "--json", str(f)])
    assert result.exit_code == 0
    assert not any((ord(c) < 32 and c != "\n") or 0x7F <= ord(c) < 0xA0 for c in result.stdout)
    json.loads(result.stdout)


def test_error_lines_are_inert() -> None:
    result = runner.invoke(app, ["summary", "no\x1b[31msuch.txt"])
    assert result.exit_code == 1
    assert "\x1b" not in result.stderr and "no\u241b[31msuch.txt" in result.stderr


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("a\x1b[31mb", "a\u241b[31mb"),
        ("tab\tand\nnewline", "tab\tand\nnewline"),
        ("\x07\x7f\x9b", "\u2407\\x7f\\x9b"),
    ],
)
def test_visible(raw: str, shown: str) -> None:
    assert visible(raw) == shown


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("plain ’quoted’ text", '"plain ’quoted’ text"'),
        ("del\x7f", '"del\\u007f"'),
        ("csi\x9b31m", '"csi\\u009b31m"'),
        ("nel\x85", '"nel\\u0085"'),
        ("lines\u2028and\u2029paragraphs", '"lines\\u2028and\\u2029paragraphs"'),
        ("esc\x1b", '"esc\\u001b"'),
        ("café ☕", '"café ☕"'),
    ],
)
def test_json_escapes_what_a_terminal_or_javascript_would_act_on(value: str, written: str) -> None:
    assert jsonout.dumps(value) == written
    assert json.loads(jsonout.dumps(value)) == value
