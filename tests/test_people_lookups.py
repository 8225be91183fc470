"""People: the large word lists answer exactly what their files hold.

The lookup searches a word's line in the file's bytes; this test checks it against a plain
reading of the same files: every entry found with its value, nothing else found (the words
that begin or extend an entry, its capitals). Lookups where bytes and characters differ are
in tests/test_people.py (``WORD_LOOKUPS``).
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
    # a fresh table, keyed as the analysis keys it, so answers kept from other tests do not count
    used = getattr(people_module._lexicons(), table)
    words = type(used)(LISTS[table], used._key_size)
    for word, value in expected.items():
        assert words[word] == value, word
        for other in (word + "q", word[:-1], word + "-", word.upper()):
            if other not in expected:
                assert words[other] == "", other
