"""Quotes: the fast paths of the scanners agree with the plain rules they stand for.

The quote-mark patterns open on one character class (for speed) and must find the
same marks as the plain alternation; the early exits before ``_is_cue`` rely on every
cue starting with a cue head and every two-word cue ending on one of a few words.
Every sentence here was written for these tests.
"""

from __future__ import annotations

import re

import pytest

from newscli.quotes.lexicon import cue_words
from newscli.quotes.marks import _DOUBLE_MARK, _MARK
from newscli.quotes.phrases import _CUE_SECOND_WORDS, _cue_heads, _is_cue, _strip_possessive, _tokens

#: The quote marks as plainly written: two apostrophes, two backticks, or one mark.
PLAIN_MARK = re.compile("''|``|[\"“”„«»‘’]")
PLAIN_DOUBLE_MARK = re.compile("''|[\"“”„«»]")

MARK_CASES = [
    'The mayor said "we are ready" on Friday.',
    "The mayor said “we are ready” and ‘soon’ on Friday.",
    "She wrote ``the plan works'' in her notes.",
    "It's the club's third win, isn't it?",
    "Three apostrophes ''' and a lone backtick ` stay apart.",
    "The fans sang „Auf geht's“ and «allez» all night.",
    "rock ’n’ roll and the ’90s",
    "''",
    "'",
    "``",
    "`'`'",
    "a''b``c'`d",
]


@pytest.mark.parametrize("text", MARK_CASES)
def test_mark_patterns_match_the_plain_alternation(text: str) -> None:
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            assert [m.span() for m in _MARK.finditer(text, lo, hi)] == [
                m.span() for m in PLAIN_MARK.finditer(text, lo, hi)
            ]
            found = _DOUBLE_MARK.search(text, lo, hi) is not None
            assert found == (PLAIN_DOUBLE_MARK.search(text, lo, hi) is not None)


CUE_SENTENCES = [
    "According to the council, the bridge will reopen in May.",
    "The minister shot back at her critics and lashed out at the press.",
    "As the coach put it, nobody wants to play on a frozen pitch.",
    "The engineer pointed out that the pump had failed twice.",
    "Residents said the noise went on until dawn, the landlord says.",
    "Critics say the fares are too high, the Post reports.",
]


@pytest.mark.parametrize("text", CUE_SENTENCES)
def test_cues_start_with_a_head_and_two_word_cues_end_on_a_second_word(text: str) -> None:
    toks = _tokens(text, 0, len(text))
    for i, (word, _, _) in enumerate(toks):
        width = _is_cue(toks, i)
        if word.lower() not in _cue_heads():
            assert width == 0
        if width == 2:
            assert toks[i + 1][0].lower() in _CUE_SECOND_WORDS
    assert any(_is_cue(toks, i) for i in range(len(toks)))


def test_cue_heads_hold_every_cue_word() -> None:
    assert cue_words() <= _cue_heads()


@pytest.mark.parametrize(
    ("word", "stripped"),
    [
        ("council's", "council"),
        ("council’s", "council"),
        ("voters'", "voters"),
        ("voters’", "voters"),
        ("Jones", "Jones"),
        ("'", ""),
        ("", ""),
    ],
)
def test_strip_possessive(word: str, stripped: str) -> None:
    assert _strip_possessive(word) == stripped
