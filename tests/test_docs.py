"""The README is tested: its commands are CI's, and its pasted outputs are real.

``NEWSCLI_UPDATE_GOLDEN=1 pytest tests/test_docs.py`` rewrites the pasted outputs.
"""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex

import pytest
from typer.testing import CliRunner

from newscli.cli import app

from .conftest import ROOT

README = ROOT / "README.md"
UPDATE = os.environ.get("NEWSCLI_UPDATE_GOLDEN") == "1"
EXAMPLE = re.compile(r"### `newscli ([^`]+)`\n\n```(?:text|json)\n(.*?)\n```", re.DOTALL)


def _strip(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()).strip("\n")


def test_readme_opens_with_the_two_commands_and_ci_runs_the_second() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README.read_text(encoding="utf-8"), re.DOTALL)
    install, test = blocks[0], blocks[1]
    assert "pip install ." in install and install.endswith("newscli summary samples/seed.txt")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert ci == test


def test_readme_examples_are_real_output(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    readme = README.read_text(encoding="utf-8")
    examples = list(EXAMPLE.finditer(readme))
    assert len(examples) >= 5
    for m in reversed(examples):
        result = runner_invoke(shlex.split(m.group(1)))
        if UPDATE:
            readme = readme[: m.start(2)] + _strip(result) + readme[m.end(2) :]
        else:
            assert _strip(m.group(2)) == _strip(result), m.group(1)
    if UPDATE:
        README.write_text(readme, encoding="utf-8")


def runner_invoke(args: list[str]) -> str:
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_readme_library_example_prints_what_it_says(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    readme = README.read_text(encoding="utf-8")
    m = re.search(r"```python\n(.*?)\n```\n\nprints\n\n```text\n(.*?)\n```", readme, re.DOTALL)
    assert m is not None
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(m.group(1), "README.md", "exec"), {})
    if UPDATE:
        README.write_text(
            readme[: m.start(2)] + out.getvalue().rstrip("\n") + readme[m.end(2) :], encoding="utf-8"
        )
    else:
        assert out.getvalue().rstrip("\n") == m.group(2)
