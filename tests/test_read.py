"""The reader: decoding, headers, headline, dateline, paragraphs, sentences, offsets."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli import NotTextError, parse, sentences
from newscli.model import Article
from newscli.read import decode, parse_date
from newscli.sentences import count_words


def offsets_hold(article: Article) -> None:
    text = article.text
    spans = [article.headline, article.place, article.source, article.dateline, article.byline]
    for span in [*spans, *article.paragraphs, *article.sentences]:
        if span is not None:
            assert text[span.start : span.end] == span.text


# ---------------------------------------------------------------------------- decoding


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"plain ascii", "plain ascii"),
        ("caf\u00e9 \u201cquoted\u201d".encode(), "caf\u00e9 \u201cquoted\u201d"),
        (b"\xef\xbb\xbfwith BOM", "with BOM"),
        ("\u201ccp1252\u201d caf\u00e9".encode("cp1252"), "\u201ccp1252\u201d caf\u00e9"),
        (b"latin-1 \x81 byte cp1252 lacks", "latin-1 \x81 byte cp1252 lacks"),
        ("utf-16 text".encode("utf-16"), "utf-16 text"),
        (b"", ""),
    ],
)
def test_decode(data: bytes, expected: str) -> None:
    assert decode(data) == expected


@pytest.mark.parametrize("data", [b"\x00\x01\x02binary", b"%PDF-1.4\x00\x00", bytes(range(1, 32)) * 10])
def test_decode_rejects_binary(data: bytes) -> None:
    with pytest.raises(NotTextError, match="not a text file"):
        decode(data)


# ---------------------------------------------------------------------------- headers


@pytest.mark.parametrize(
    ("text", "date", "headline", "lead"),
    [
        ("date 2023-01-01 Body starts here.", "2023-01-01", None, "Body starts here."),
        ("date 2023-01-01\n\nBody on its own line.", "2023-01-01", None, "Body on its own line."),
        (" date: 2021-5-7 Leading space and colon.", "2021-05-07", None, "Leading space and colon."),
        (
            "Title: Storm hits coast\nDate: 2022-03-04\nBy: Ann Lee\n\nThe storm came.",
            "2022-03-04",
            "Storm hits coast",
            "The storm came.",
        ),
        (
            "Headline: Prices rise\nPublished: March 4, 2022\n\nPrices rose.",
            "2022-03-04",
            "Prices rise",
            "Prices rose.",
        ),
        (
            '---\ntitle: "Front matter"\ndate: 2020-02-29\n---\nThe body.',
            "2020-02-29",
            "Front matter",
            "The body.",
        ),
        (
            "Note: this is body text, not a header.\n\nMore.",
            None,
            None,
            "Note: this is body text, not a header.",
        ),
        (
            "A short headline\n\nThe first sentence. The second.",
            None,
            "A short headline",
            "The first sentence.",
        ),
        ("Is this a headline?\n\nYes it is.", None, "Is this a headline?", "Yes it is."),
        (
            "This first line ends with a full stop.\n\nSo it is no headline.",
            None,
            None,
            "This first line ends with a full stop.",
        ),
        ("Only one line, no headline", None, None, "Only one line, no headline"),
    ],
)
def test_header_and_headline(text: str, date: str | None, headline: str | None, lead: str) -> None:
    article = parse(text)
    assert (article.date.isoformat() if article.date else None) == date
    assert (article.headline.text if article.headline else None) == headline
    assert article.sentences[0].text == lead
    offsets_hold(article)


def test_invalid_header_date_warns_and_is_no_date() -> None:
    article = parse("date 2023-13-45 The body.")
    assert article.date is None
    assert article.warnings and "2023-13-45" in article.warnings[0]
    assert article.sentences[0].text == "The body."


def test_date_argument_overrides_header() -> None:
    assert parse("date 2023-01-01 Body.", date=dt.date(2020, 1, 2)).date == dt.date(2020, 1, 2)


@pytest.mark.parametrize("value", ["2023-02-30", "yesterday", "2023/01/01", ""])
def test_parse_date_rejects(value: str) -> None:
    with pytest.raises(ValueError):
        parse_date(value)


# ---------------------------------------------------------------------------- datelines


@pytest.mark.parametrize(
    ("text", "place", "source", "lead"),
    [
        ("BEIJING (BBC): China said so.", "BEIJING", "BBC", "China said so."),
        ("WASHINGTON (AP) \u2014 The vote passed.", "WASHINGTON", "AP", "The vote passed."),
        ("LONDON, March 3 (Reuters) - Shares fell.", "LONDON", "Reuters", "Shares fell."),
        ("(CNN)Share, and your gift grows.", None, "CNN", "Share, and your gift grows."),
        ("(CNN) -- A storm hit.", None, "CNN", "A storm hit."),
        ("NEW YORK -- Stocks rose.", "NEW YORK", None, "Stocks rose."),
        ("WINSTON-SALEM, N.C. (AP) \u2014 A fire.", "WINSTON-SALEM, N.C.", "AP", "A fire."),
        ("WASHINGTON-: The vote passed.", None, None, "WASHINGTON-: The vote passed."),
        ("NEW YORK- -- Stocks rose.", None, None, "NEW YORK- -- Stocks rose."),
        (
            "LONDON 1996-08-30\nPhil Simmons took four wickets.",
            "LONDON",
            None,
            "Phil Simmons took four wickets.",
        ),
        ("US-German carmaker Daimler sold more.", None, None, "US-German carmaker Daimler sold more."),
        ("US officials said it.", None, None, "US officials said it."),
        ("BREAKING: A storm hit.", None, None, "BREAKING: A storm hit."),
        ("Tokyo (CNN)Police said it.", "Tokyo", "CNN", "Police said it."),
        ("New Delhi, India (CNN) -- The vote ended.", "New Delhi, India", "CNN", "The vote ended."),
        ("Apple (AAPL) shares rose.", None, None, "Apple (AAPL) shares rose."),
        ("President Obama (D) said so.", None, None, "President Obama (D) said so."),
        ("SOCCER - JAPAN GET LATE WIN.\nTokyo 1996", None, None, "SOCCER - JAPAN GET LATE WIN."),
    ],
)
def test_dateline(text: str, place: str | None, source: str | None, lead: str) -> None:
    article = parse(text)
    assert (article.place.text if article.place else None) == place
    assert (article.source.text if article.source else None) == source
    assert article.sentences[0].text == lead
    offsets_hold(article)


def test_timestamp_line_under_a_byline_is_not_the_lead() -> None:
    article = parse(
        "By Jane Roe, CNN\nUpdated 1832 GMT (0232 HKT) March 4, 2014\nWashington (CNN) -- It rained."
    )
    assert article.place is not None and article.place.text == "Washington"
    assert [s.text for s in article.sentences] == ["It rained."]


def test_word_count_reads_thousands_as_one_number() -> None:
    assert count_words("It cost 12,000 dollars, not 3,5 or co-operation's") == 9


def test_byline_is_not_the_lead() -> None:
    article = parse("By Jane Smith, CNN\n(CNN) -- The storm hit. It rained.")
    assert article.byline is not None and article.byline.text == "By Jane Smith, CNN"
    assert article.sentences[0].text == "The storm hit."


# ---------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("Mr. Smith went home. He slept.", ["Mr. Smith went home.", "He slept."]),
        (
            "Dr. Jones met Prof. Lee in St. Louis. They talked.",
            ["Dr. Jones met Prof. Lee in St. Louis.", "They talked."],
        ),
        ("He lives in the U.S. He likes it.", ["He lives in the U.S.", "He likes it."]),
        ("The U.S. Senate voted.", ["The U.S. Senate voted."]),
        ("It rose 3.5 percent. Then it fell.", ["It rose 3.5 percent.", "Then it fell."]),
        ("J. K. Rowling wrote it. Fans cheered.", ["J. K. Rowling wrote it.", "Fans cheered."]),
        (
            "He lives at No. 10 Downing Street. It is old.",
            ["He lives at No. 10 Downing Street.", "It is old."],
        ),
        ("Is it over? No. It is not.", ["Is it over?", "No.", "It is not."]),
        ("\u201cIs it over?\u201d he asked.", ["\u201cIs it over?\u201d he asked."]),
        (
            "She said: \u201cIt is over.\u201d Then she left.",
            ["She said: \u201cIt is over.\u201d", "Then she left."],
        ),
        ('He said "no." They left.', ['He said "no."', "They left."]),
        ("It ended in Jan. 2020 for good.", ["It ended in Jan. 2020 for good."]),
        ("Wait\u2026 Then it came.", ["Wait\u2026", "Then it came."]),
        ("Wait... Then it came.", ["Wait...", "Then it came."]),
        ("Visit bbc.co.uk for more. Bye.", ["Visit bbc.co.uk for more.", "Bye."]),
        ("It was sold by Acme Inc. The buyer paid.", ["It was sold by Acme Inc.", "The buyer paid."]),
        ("Sales at Acme Inc. rose.", ["Sales at Acme Inc. rose."]),
        ("No final stop", ["No final stop"]),
        ("1. The first point. 2. The second.", ["1. The first point.", "2. The second."]),
        ("It was on track. \u2022A plane landed.", ["It was on track.", "\u2022A plane landed."]),
        ("It ended.\u200eThen it began.", ["It ended.", "Then it began."]),
        ("Read The Sun. Top stories follow.", ["Read The Sun.", "Top stories follow."]),
        ("It opens Sun. Jan. 5 at noon.", ["It opens Sun. Jan. 5 at noon."]),
    ],
)
def test_sentences(text: str, sentences: list[str]) -> None:
    article = parse(text)
    assert [s.text for s in article.sentences] == sentences
    offsets_hold(article)


def test_paragraphs_split_at_blank_lines_or_lines() -> None:
    assert [p.text for p in parse("One.\n\nTwo.\n \nThree.").paragraphs] == ["One.", "Two.", "Three."]
    assert [p.text for p in parse("One.\nTwo.\nThree.").paragraphs] == ["One.", "Two.", "Three."]
    article = parse("First one. Still first.\n\nSecond.")
    assert [s.paragraph for s in article.sentences] == [0, 0, 1]


def test_crlf_keeps_offsets() -> None:
    text = (
        "Title: A headline\r\nDate: 2023-01-01\r\n\r\nLONDON (BBC) - First.\r\n\r\nMr. Lee said it. Yes.\r\n"
    )
    article = parse(text)
    assert article.headline is not None and article.headline.text == "A headline"
    assert article.date == dt.date(2023, 1, 1)
    assert [s.text for s in article.sentences] == ["First.", "Mr. Lee said it.", "Yes."]
    assert len(article.paragraphs) == 2
    offsets_hold(article)


def test_seed(seed_text: str) -> None:
    article = parse(seed_text)
    assert article.date == dt.date(2023, 1, 1)
    assert article.place is not None and article.place.text == "BEIJING"
    assert article.source is not None and article.source.text == "BBC"
    assert article.headline is None
    assert len(article.paragraphs) == 15
    assert article.sentences[0].text.startswith("China\u2019s President Xi Jinping will travel")
    assert article.sentences[0].text.endswith("officials say.")
    offsets_hold(article)


# ---------------------------------------------------------------------------- properties

PIECES = st.sampled_from(
    [
        " ",
        "\n",
        "\n\n",
        "\r\n",
        "\t",
        ".",
        "?",
        "!",
        "\u2026",
        ",",
        ":",
        "\u2014",
        "-",
        "(",
        ")",
        '"',
        "\u201c",
        "\u201d",
        "'",
        "\u2018",
        "\u2019",
        "''",
        "\u00ab",
        "\u00bb",
        "\u201e",
        "Mr",
        "Mr.",
        "U.S.",
        "Dr.",
        "No.",
        "Jan.",
        "BEIJING",
        "(BBC)",
        "(CNN)",
        "date",
        "2023-01-01",
        "Title:",
        "---",
        "By",
        "Xi",
        "Jinping",
        "said",
        "he",
        "March",
        "20",
        "3.5",
        "\x1b[31m",
        "[bold]",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=40).map("".join))
def test_parse_never_raises_and_offsets_hold(text: str) -> None:
    article = parse(text)
    offsets_hold(article)
    for a, b in zip(article.sentences, article.sentences[1:], strict=False):
        assert a.end <= b.start
    assert parse(text) == article


# ------------------------------------------- word patterns with ’ in a branch of its own

_FIRST_WRITTEN_WORDS = {
    "WORD": re.compile(r"\w+(?:['’.\-]\w+)*"),
    "_COUNTED_WORD": re.compile(r"\w+(?:['’.\-]\w+|,\d{3}(?!\d))*"),
}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"ab1é ’'‘.-,_", "000", "12,000"]), max_size=25).map("".join))
def test_word_patterns_find_what_they_found_as_first_written(text: str) -> None:
    for name, first in _FIRST_WRITTEN_WORDS.items():
        now = getattr(sentences, name)
        assert [m.span() for m in now.finditer(text)] == [m.span() for m in first.finditer(text)]
        for pos in range(len(text)):
            found, expected = now.match(text, pos), first.match(text, pos)
            assert (found and found.span()) == (expected and expected.span())
