"""Fast paths of the sentence splitter and the quotes analysis agree with the plain rules
they stand for.

Patterns rewritten to open on one character class or to keep curly marks out of a
class, look-ups that replace a pattern, one bisection for two questions, str.translate
for a substitution on ASCII text: each is checked against the plain form, on sentences
written for these tests and on generated strings of the characters that matter.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.model import Person, Span
from newscli.quotes import _SENT_END
from newscli.quotes.indirect import _SEPARATOR_CHARS, _SEPARATOR_SPACES, _WORD_SEPARATORS
from newscli.quotes.marks import _TITLE_WORD, _Context, _is_word_char
from newscli.quotes.phrases import _TOKEN
from newscli.quotes.speakers import _People
from newscli.sentences import _END, _dotted, split_sentences

# ---------------------------------------------------------------------------- plain forms

PLAIN_END = re.compile(r"(?:[.!?]+|…|\.\.\.)[\"”’'»)\]]*")
PLAIN_DOTTED = re.compile(r"(?:\w\.)+\w$")
PLAIN_TOKEN = re.compile(r"\w+(?:['’\-.]\w+)*['’]?|[^\w\s]")
PLAIN_SENT_END = re.compile(r"[.!?]['\"”’)]*(?:\s|$)")
PLAIN_TITLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
PLAIN_SEPARATORS = re.compile(r'[,.;:!?()\[\]{}"“”‘’«»„—–]')


def spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


# ---------------------------------------------------------------------------- sentences

SPLITS = [
    ("The vote passed. Then the hall emptied.", ["The vote passed.", "Then the hall emptied."]),
    ("Wait… The bus came.", ["Wait…", "The bus came."]),
    ("Really?! Nobody came.", ["Really?!", "Nobody came."]),
    ("It ended... Then it began.", ["It ended...", "Then it began."]),
    ("He left at 5 a.m. The sun rose.", ["He left at 5 a.m.", "The sun rose."]),
    ("He met Dr. Jones in Leeds.", ["He met Dr. Jones in Leeds."]),
    ("Prices rose 3.5 per cent. Rents fell.", ["Prices rose 3.5 per cent.", "Rents fell."]),
    ("She works for the U.S. Treasury.", ["She works for the U.S. Treasury."]),
    ("She left the U.S. The team stayed.", ["She left the U.S.", "The team stayed."]),
    ("Talks ended on Sun. Jan. 5 in Rome.", ["Talks ended on Sun. Jan. 5 in Rome."]),
    ('"Go now." The guards moved.', ['"Go now."', "The guards moved."]),
    ("See No. 10 for details.", ["See No. 10 for details."]),
    ("Plan B. The others failed.", ["Plan B.", "The others failed."]),
    ("Acme Inc. The shares fell.", ["Acme Inc.", "The shares fell."]),
]


@pytest.mark.parametrize(("text", "expected"), SPLITS)
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text, 0, len(text))] == expected


@pytest.mark.parametrize("text", [t for t, _ in SPLITS] + ["…. ?.! ..… x.” y!’ z?»)] …”"])
def test_candidate_ends_match_the_plain_pattern(text: str) -> None:
    assert spans(_END, text) == spans(PLAIN_END, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?…\"”’'»)] aZ\n", max_size=14))
def test_candidate_ends_on_generated_text(text: str) -> None:
    assert spans(_END, text) == spans(PLAIN_END, text)


@pytest.mark.parametrize(
    "word", ["U.S", "a.m", "Ph.D", "bbc.co.uk", "year", "e.g", "x", "a..b", ".a", "__.", "9.5"]
)
def test_dotted_words(word: str) -> None:
    assert _dotted(word) == bool(PLAIN_DOTTED.search(word))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aZ9_.é", max_size=8))
def test_dotted_on_generated_words(word: str) -> None:
    assert _dotted(word) == bool(PLAIN_DOTTED.search(word))


# ---------------------------------------------------------------------------- quotes

QUOTE_TEXTS = [
    "The minister’s aides didn't say it, the U.S. envoy did.",
    "“We’re ready,” she said. 'Rock ’n’ roll' - and well-known ‘90s hits…",
    "He said: «Allez!» Then „Ja“ and (a, b) [c] {d}; e—f–g.",
    "Prices: 3.5%, up 12,000 — a ’record’ for O’Neill’s firm.",
]


@pytest.mark.parametrize("text", QUOTE_TEXTS)
def test_tokens_match_the_plain_pattern(text: str) -> None:
    assert spans(_TOKEN, text) == spans(PLAIN_TOKEN, text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab9_'’-. \n,“", max_size=14))
def test_tokens_on_generated_text(text: str) -> None:
    assert spans(_TOKEN, text) == spans(PLAIN_TOKEN, text)


@pytest.mark.parametrize(
    "text", [*QUOTE_TEXTS, "We won.”", "We won.’ Next", "Done!) then", "3.5 million", "Why?\n"]
)
def test_sentence_end_in_a_quote(text: str) -> None:
    assert bool(_SENT_END.search(text)) == bool(PLAIN_SENT_END.search(text))
    assert _TITLE_WORD.findall(text) == PLAIN_TITLE_WORD.findall(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=".!?'\"”’) \nab9_-“", max_size=12))
def test_quote_patterns_on_generated_text(text: str) -> None:
    found, plain = _SENT_END.search(text), PLAIN_SENT_END.search(text)
    assert (found and found.span()) == (plain and plain.span())
    assert _TITLE_WORD.findall(text) == PLAIN_TITLE_WORD.findall(text)


@pytest.mark.parametrize("text", [*QUOTE_TEXTS, 'said, however; (noted) [and] {so} "yes".'])
def test_separators_become_spaces(text: str) -> None:
    low = text.lower()
    assert _WORD_SEPARATORS.sub(" ", low) == PLAIN_SEPARATORS.sub(" ", low)
    if low.isascii():
        assert low.translate(_SEPARATOR_SPACES) == PLAIN_SEPARATORS.sub(" ", low)


def test_every_separator_is_in_the_table() -> None:
    assert PLAIN_SEPARATORS.sub(" ", _SEPARATOR_CHARS) == " " * len(_SEPARATOR_CHARS)
    assert _SEPARATOR_CHARS.translate(_SEPARATOR_SPACES) == " " * len(_SEPARATOR_CHARS)


@pytest.mark.parametrize("ch", list("aZé9٣_ -’'.,\n\u00a0²"))
def test_word_characters(ch: str) -> None:
    assert _is_word_char(ch) == bool(re.match(r"\w", ch))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=6),
    st.integers(0, 70),
    st.integers(0, 70),
)
def test_meets_quote_is_has_quote_or_in_quote(quotes: list[tuple[int, int]], a: int, b: int) -> None:
    quotes = sorted(quotes)
    ctx = _Context([], [], [s for s, _ in quotes], [s + n for s, n in quotes])
    assert ctx.meets_quote(a, b) == (ctx.has_quote(a, b) or ctx.in_quote(a))


GENDER_CASES = [
    # (name, aliases, titles): the gender each rule gives, in the order the rules apply
    ("Jane Hall", (), (), "f"),
    ("Sam Hall", ("Mr Hall",), (), "m"),
    ("Alex Stone", (), ("spokeswoman",), "f"),
    ("Stone", (), (), ""),
]


def _person(name: str, aliases: tuple[str, ...], titles: tuple[str, ...]) -> Person:
    mention = Span(name, 0, len(name))
    return Person(name=name, aliases=aliases, titles=titles, mentions=(mention,))


@pytest.mark.parametrize(("name", "aliases", "titles", "gender"), GENDER_CASES)
def test_gender_worked_out_on_asking(
    name: str, aliases: tuple[str, ...], titles: tuple[str, ...], gender: str
) -> None:
    people = _People(name, [_person(name, aliases, titles)])
    assert people.gender_of(name) == gender
    assert people.gender_of(name) == gender  # (asked again: the same answer)
    assert people.gender_of("Nobody Known") == ""
