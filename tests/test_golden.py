"""Golden files: every command on the sample article, as a table and as JSON.

After an intended change of output, regenerate them with
``NEWSCLI_UPDATE_GOLDEN=1 pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from newscli.cli import app

from .conftest import GOLDEN, ROOT

runner = CliRunner()
UPDATE = os.environ.get("NEWSCLI_UPDATE_GOLDEN") == "1"


@pytest.mark.parametrize("command", ["summary", "quotes", "timeline", "people"])
@pytest.mark.parametrize("fmt", ["table", "json"])
def test_golden(command: str, fmt: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    result = runner.invoke(app, [command, "--format", fmt, "samples/seed.txt"])
    assert result.exit_code == 0, result.stderr
    golden = GOLDEN / f"{command}.{'txt' if fmt == 'table' else 'json'}"
    if UPDATE:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")
