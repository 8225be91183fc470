"""Key sentences and the summary overview, on articles written for these tests."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli import summary
from newscli.model import Person, Span, TimeExpression
from newscli.read import parse
from newscli.sentences import count_words


def keys(text: str, n: int = 3) -> list[str]:
    return [s.text for s in summary.key_sentences(parse(text), n)]


def check_spans(text: str, n: int = 3) -> tuple[Span, ...]:
    article = parse(text)
    found = summary.key_sentences(article, n)
    for s in found:
        assert article.text[s.start : s.end] == s.text
    assert [s.start for s in found] == sorted(s.start for s in found)
    return found


STORY = (
    "The city council of Lakeport voted on Monday to close the old harbour bridge to traffic "
    "after inspectors found cracks in two of its steel supports. "
    "The bridge, built in 1931, carries about 12,000 cars a day between the harbour and the "
    "northern suburbs. "
    "Engineers will decide within a month whether the bridge can be repaired or must be "
    "replaced, the council said. "
    "It was a long meeting. "
    '"We had no choice," said Mayor Ellen Varga. '
    "Drivers will be sent over the new ring road, which adds about ten minutes to the trip. "
    "Shop owners near the bridge fear they will lose customers while the bridge is closed. "
    "The harbour bridge was last repaired in 1998."
)


# ---------------------------------------------------------------- the lead and its prefixes

LEADS = [
    (
        "(CNN)The harbour bridge in Lakeport was closed on Monday after inspectors found cracks.",
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks.",
    ),
    (
        "Lakeport (CNN)The harbour bridge in Lakeport was closed on Monday after inspectors found cracks.",
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks.",
    ),
    (
        "New Harbour, Maine (CNN) -- The bridge in Lakeport was closed on Monday after cracks were found.",
        "The bridge in Lakeport was closed on Monday after cracks were found.",
    ),
    (
        "By Ann Lee, CNN\nLakeport (CNN)The bridge in Lakeport was closed on Monday after cracks were found.",
        "The bridge in Lakeport was closed on Monday after cracks were found.",
    ),
    (
        "By Ann Lee, CNN The bridge in Lakeport was closed on Monday after cracks were found.",
        "The bridge in Lakeport was closed on Monday after cracks were found.",
    ),
    (
        "(Rolling Stone)The band said on Monday that its tour of the harbour towns would go ahead.",
        "The band said on Monday that its tour of the harbour towns would go ahead.",
    ),
]


@pytest.mark.parametrize(("text", "first"), LEADS)
def test_dateline_and_byline_are_not_part_of_the_first_key_sentence(text: str, first: str) -> None:
    article = parse(text + " The council will meet again next week to decide what comes next.")
    found = summary.key_sentences(article, 1)
    assert [s.text for s in found] == [first]
    assert article.text[found[0].start : found[0].end] == first


@pytest.mark.parametrize(
    "first",
    [
        "Apple (AAPL) shares rose by a fifth on Monday after the company reported record sales.",
        "The World Health Organization (WHO) said on Monday that the outbreak was over.",
        "Lakeport Mayor Ellen Varga (pictured) closed the harbour bridge on Monday morning.",
    ],
)
def test_a_bracket_in_the_first_sentence_is_not_a_dateline(first: str) -> None:
    assert keys(first + " The council will meet again next week to decide what comes next.", 1) == [first]


def test_the_first_sentence_is_kept() -> None:
    found = keys(STORY)
    assert found[0].startswith("The city council of Lakeport voted on Monday")


def test_key_sentences_are_in_article_order_with_true_offsets() -> None:
    found = check_spans(STORY, 3)
    assert len(found) == 3


# ---------------------------------------------------------------- what is not content

NOT_CONTENT = [
    "Read more: Bridge closures across the state this year",
    "READ MORE: What the inspectors found in Lakeport.",
    "Photos: The old harbour bridge through the years.",
    "Watch: Drivers queue at the ring road on Monday morning.",
    "Editor's note: This story has been updated with the council's vote.",
    "CNN's Ann Lee contributed to this report.",
    "Click here to sign up for the morning newsletter.",
    "Follow us on the social networks for the latest updates.",
    "THE BRIDGE IN NUMBERS AND DATES.",
    "Closed.",
    "Here is what we know about the bridge so far: .",
    "Updated 1832 GMT (0232 HKT) March 3, 2015.",
    "By . Daily Mail Reporter .",
    "Closed for good: The harbour bridge on a winter morning .",
    "Ellen Varga, Tom Reyes and Ann Lee .",
    "All rights reserved. © 2015 The Lakeport Courier.",
    "The Lakeport Courier could not independently verify the report of the inspectors.",
    "The company did not respond to a request for comment on Monday.",
]


@pytest.mark.parametrize("sentence", NOT_CONTENT)
def test_is_not_content(sentence: str) -> None:
    assert not summary.is_content(sentence)


CONTENT = [
    "The bridge carries about 12,000 cars a day.",
    "Readers wrote in to say the bridge had been closed before.",
    "More than 100 people came to the meeting on Monday.",
    "Follow-up inspections are planned for the spring.",
    '"We had no choice," said Mayor Ellen Varga.',
    "Is the bridge safe to cross on foot?",
    "New cracks were reported from three other bridges in the county.",
    "The mayor reached out to the state governor for emergency funds.",
]


@pytest.mark.parametrize("sentence", CONTENT)
def test_is_content(sentence: str) -> None:
    assert summary.is_content(sentence)


def test_furniture_is_never_a_key_sentence() -> None:
    text = (
        "(CNN)The harbour bridge in Lakeport was closed on Monday after cracks were found. "
        "READ MORE: Bridge closures across the state this year . "
        "Photos: The old harbour bridge through the years. "
        "Engineers will decide within a month whether the bridge can be repaired. "
        "Drivers will use the new ring road, which adds ten minutes to the trip. "
        "CNN's Ann Lee contributed to this report."
    )
    found = keys(text, 5)
    assert not any(s.startswith(("READ MORE", "Photos")) or "contributed" in s for s in found)
    assert len(found) == 3


@pytest.mark.parametrize(
    "header",
    [
        "By . Jane Roe . PUBLISHED: . 10:12 EST, 4 March 2014 . | . UPDATED: . 11:40 EST, 4 March 2014 . ",
        "By . Jane Roe . Last updated at 11:27 AM on 4th March 2014 . ",
        "By Jane Roe, CNN\nUpdated 1832 GMT (0232 HKT) March 4, 2014\nLakeport, Maine (CNN) -- ",
    ],
)
def test_bylines_and_timestamps_before_the_body_are_left_out(header: str) -> None:
    body = (
        "A storm has destroyed the harbour bridge at Lakeport, cutting the town off from its suburbs. "
        "The bridge, built in 1931, collapsed into the river shortly after midnight. "
        "Engineers said a new bridge could take three years to build."
    )
    assert " ".join(keys(header + body)) == body


def test_captions_glued_to_the_body_are_left_out() -> None:
    text = (
        "Closed for good: The harbour bridge on a winter morning . "
        "Happier times: Drivers on the bridge in 1998 . "
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks. "
        "Engineers will decide within a month whether the bridge can be repaired."
    )
    assert keys(text, 2) == [
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks.",
        "Engineers will decide within a month whether the bridge can be repaired.",
    ]


# ---------------------------------------------------------------- sentences that need context

QUOTED = [
    ("The council closed the bridge.", 0.0),
    ('"We had no choice at all," she said.', 0.0),  # some of it
    ('"The bridge is not safe and we will not open it again.', 1.0),
    ('We will not open it again," she said.', 0.0),  # some of it
    ("She called it “a sad day” for the town.", 0.0),  # some of it
]


@pytest.mark.parametrize(("sentence", "at_least"), QUOTED)
def test_quoted_share(sentence: str, at_least: float) -> None:
    share = summary.quoted_share(sentence)
    assert 0.0 <= share <= 1.0
    assert share >= at_least
    if at_least == 1.0:
        assert share == 1.0


@pytest.mark.parametrize(
    ("sentence", "more_than"),
    [
        ('"We had no choice at all, none," she said.', 0.6),
        ('We will not open it again before the summer," she said.', 0.6),
        ("She called it “a sad day” for the whole town of Lakeport.", 0.0),
    ],
)
def test_quotations_that_begin_or_end_elsewhere(sentence: str, more_than: float) -> None:
    assert summary.quoted_share(sentence) > more_than
    assert summary.quoted_share(sentence) < 1.0


@pytest.mark.parametrize(
    ("sentence", "inside", "share"),
    [
        ("The council will meet again on Friday.", True, 1.0),  # the middle of a long quotation
        ("The council will meet again on Friday.", False, 0.0),
        ('"The council will meet again on Friday.', True, 1.0),  # a new quotation opens
        ("“The council will meet again on Friday.", True, 1.0),
    ],
)
def test_quotations_carried_over_from_the_sentence_before(sentence: str, inside: bool, share: float) -> None:
    assert summary.quoted_share(sentence, inside) == share


def test_the_middle_of_a_long_quotation_counts_as_quoted() -> None:
    text = (
        "The mayor of Lakeport spoke to the council on Monday about the harbour bridge. "
        '"The bridge is not safe. Engineers have told us the supports are cracked. '
        'We will close it tonight," she said.'
    )
    found = summary.candidates(parse(text))
    assert [round(c.quoted, 1) for c in found] == [0.0, 1.0, 1.0, 0.7]


def test_context_free_sentences_beat_quotes_and_pronoun_openers() -> None:
    text = (
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks. "
        '"It is a sad day for all of us here," she said. '
        "But it was not the first time. "
        "The harbour bridge carries about 12,000 cars a day between Lakeport and its suburbs. "
        "He said it again. "
        "Engineers will decide within a month whether the bridge in Lakeport can be repaired."
    )
    found = keys(text, 3)
    assert found == [
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks.",
        "The harbour bridge carries about 12,000 cars a day between Lakeport and its suburbs.",
        "Engineers will decide within a month whether the bridge in Lakeport can be repaired.",
    ]


def test_a_quotation_alone_is_chosen_only_when_nothing_else_is() -> None:
    quotation = '"The harbour bridge in Lakeport is closed, and it will stay closed."'
    text = (
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks. "
        + quotation
        + " Engineers will decide within a month whether the bridge can be repaired. "
        "Drivers will use the new ring road, which adds ten minutes to the trip."
    )
    assert quotation not in keys(text, 3)
    interview = '"We closed the bridge on Monday." "The engineers found cracks." "It will stay shut for now."'
    assert len(keys(interview, 3)) == 3


def test_near_duplicates_are_not_both_chosen() -> None:
    text = (
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks. "
        "The harbour bridge in Lakeport was closed on Monday after inspectors found cracks in it. "
        "Engineers will decide within a month whether the bridge can be repaired. "
        "Drivers will use the new ring road, which adds ten minutes to the trip."
    )
    found = keys(text, 2)
    assert len(found) == 2
    assert sum(s.startswith("The harbour bridge in Lakeport was closed") for s in found) == 1


# ---------------------------------------------------------------- sizes and edges


@pytest.mark.parametrize(
    ("text", "n", "count"),
    [
        ("", 3, 0),
        ("   \n\n  ", 3, 0),
        (STORY, 0, 0),
        (STORY, -2, 0),
        (STORY, 1, 1),
        (STORY, 5, 5),
        ("The harbour bridge in Lakeport was closed on Monday.", 3, 1),
        ("Closed. Open. Shut.", 3, 0),
    ],
)
def test_how_many(text: str, n: int, count: int) -> None:
    assert len(check_spans(text, n)) == count


def test_a_long_article_only_weighs_its_first_sentences() -> None:
    body = " ".join(
        f"The council of town number {i} met on Monday to talk about its old bridge." for i in range(3000)
    )
    article = parse(body)
    assert len(summary.candidates(article)) == summary.CANDIDATES
    found = summary.key_sentences(article, 3)
    assert all(s.start < article.sentences[summary.CANDIDATES].start for s in found)


def test_asking_for_more_sentences_than_the_candidates_widens_the_field() -> None:
    body = " ".join(
        f"The council of town number {i} met on Monday to talk about its bridge." for i in range(60)
    )
    assert len(keys(body, summary.CANDIDATES + 5)) == summary.CANDIDATES + 5


def test_people_and_dates_from_the_other_analyses_are_used() -> None:
    text = (
        "The meeting ran late into the evening and many residents left early. "
        "The mayor closed the bridge yesterday and again last week after the report. "
        "The meeting ran late into the evening and the hall was cold."
    )
    article = parse(text)
    assert summary.candidates(article)[1].named == 0
    start = text.index("mayor")
    mayor = Person("mayor", mentions=(Span("mayor", start, start + 5),))
    day = text.index("yesterday")
    when = TimeExpression("yesterday", day, day + 9, "DATE", "2023-01-01")
    week = text.index("last week")
    last = TimeExpression("last week", week, week + 9, "DATE", "2022-W52")
    assert summary.candidates(article, [mayor], [when, last])[1].named == 3


def test_summarize_counts_and_keys() -> None:
    article = parse("date 2023-01-01\n\n" + STORY)
    result = summary.summarize(article, 2)
    assert len(result.key_sentences) == 2
    assert result.words == count_words(article.text, article.body_start) > 100
    assert result.reading_minutes == round(result.words / summary.READING_WPM, 1)
    assert result.lead is not None and result.lead.text.startswith("The city council")


def test_the_library_entry_point() -> None:
    import newscli

    article = newscli.parse(STORY)
    result = newscli.summary_of(article, 2)
    expected = summary.key_sentences(
        article, 2, people=newscli.people_in(article), timeline=newscli.timeline_of(article)
    )
    assert result.key_sentences == expected
    assert len(result.key_sentences) == 2


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.text(alphabet=st.sampled_from(list("abcXYZ  .,:!?\"“”'()-—\n0123456789")), max_size=80),
        max_size=12,
    ),
    st.integers(min_value=0, max_value=6),
)
def test_any_text_gives_true_spans(parts: list[str], n: int) -> None:
    found = check_spans("".join(parts), n)
    assert len(found) <= n
