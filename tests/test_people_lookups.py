"""People: the large word lists answer exactly what their files hold.

The lookup searches a word's line in the file's bytes; these tests check it against a plain
reading of the same files (every entry found with its value, nothing else found), and the
cases where bytes and characters differ: names whose first letters are not ASCII, lines
grouped by their first bytes, words that begin or extend other entries.
"""

from __future__ import annotations

import importlib

import pytest

from newscli.wordlists import read_lexicon

people_module = importlib.import_module("newscli.people")

LISTS = {
    "common": "people-common-words.txt",
    "given": "people-given-names.txt",
    "surnames": "people-surnames.txt",
}
#: How many bytes of UTF-8 a line of each list shares (its key).
KEY_SIZES = {"common": 3, "given": 2, "surnames": 2}


def entries(name: str) -> dict[str, str]:
    """Every entry of a large list with its value ("+" for a bare word), read plainly."""
    out: dict[str, str] = {}
    for line in read_lexicon(name).splitlines():
        if line and not line.startswith("#"):
            for entry in line.split(" "):
                word, _, value = entry.partition(":")
                out[word] = value or "+"
    return out


@pytest.mark.parametrize("table", sorted(LISTS))
def test_every_entry_is_found_with_its_value_and_nothing_else(table: str) -> None:
    expected = entries(LISTS[table])
    words = people_module._WordList(LISTS[table], KEY_SIZES[table])
    for word, value in expected.items():
        assert words[word] == value, word
        for other in (word + "q", word[:-1], word + "-", word.upper()):
            if other not in expected:
                assert words[other] == "", other


LOOKUPS = [
    # (table, word, value)
    ("given", "Åsa", "f"),  # a line whose first letter is not ASCII ...
    ("given", "Åse", "f"),  # ... and its second entry
    ("given", "Åke", "m"),  # the names of a letter outside ASCII share one line
    ("given", "Åbjørn", "m"),
    ("given", "Å", ""),
    ("given", "Éric", "m"),
    ("given", "Érica", "f"),
    ("given", "Éri", ""),
    ("given", "Ann-Britt", "f"),  # an entry that extends another
    ("given", "Ann-", ""),
    ("given", "Özbay", "m"),
    ("given", "Ö", ""),
    ("given", "m", ""),  # a gender is no entry
    ("given", "Ann:f", ""),
    ("given", "Ann f", ""),
    ("given", "\ud800nn", ""),  # a lone surrogate: no entry, no error
    ("common", "sub", "+"),  # the first entries of a line and the words they begin
    ("common", "subs", "+"),
    ("common", "subatomic", "+"),
    ("common", "su", ""),
    ("common", "ox", "+"),  # a two-letter word, alone on its line
    ("common", "oxq", ""),
    ("common", "suturing", "+"),  # the last entry of a line
    ("common", "suturingq", ""),
    ("common", "éclair", "+"),  # a letter outside ASCII counts as two bytes of the key
    ("common", "écl", ""),
    ("common", "é", ""),
    ("common", "", ""),
    ("surnames", "Smith", "+"),
    ("surnames", "Smi", ""),
]


@pytest.mark.parametrize(("table", "word", "value"), LOOKUPS)
def test_lookups_at_line_ends_prefixes_and_non_ascii_letters(table: str, word: str, value: str) -> None:
    words = getattr(people_module._lexicons(), table)
    assert words[word] == value
    assert (word in words) == bool(value)
