"""Where the analyses' word lists come from: constants written as prose in the code, and
the files of ``newscli/lexicons/`` (each opens with ``#`` lines saying what it holds, its
source and its licence). One place for both, so every analysis reads them the same way."""

from __future__ import annotations

from pathlib import Path

#: The lexicon files, installed with the package (see pyproject's package-data).
LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


def word_set(text: str) -> frozenset[str]:
    """A word list written as one string: the set of its white-space-separated words."""
    return frozenset(text.split())


def read_lexicon(name: str) -> str:
    """The whole text of the lexicon file ``name``."""
    return (LEXICON_DIR / name).read_text(encoding="utf-8")


def lexicon_lines(name: str) -> list[str]:
    """The entries of the lexicon file ``name``, as written: its lines less blank lines and
    ``#`` comments."""
    return [line for line in read_lexicon(name).split("\n") if line and line[0] != "#"]
