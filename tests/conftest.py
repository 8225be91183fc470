"""Shared test set-up: a plain, predictable terminal for every test."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "samples" / "seed.txt"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """No forced colour, no CI annotations, a fixed width: output must not depend on the host."""
    for name in (
        "FORCE_COLOR",
        "GITHUB_ACTIONS",
        "NO_COLOR",
        "TERM_PROGRAM",
        "TTY_COMPATIBLE",
        "TTY_INTERACTIVE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "80")
    monkeypatch.setenv("LINES", "50")


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")
