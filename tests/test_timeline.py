"""Timeline: TIMEX3 extents, types and values, table-driven on sentences written for these tests."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newscli
from newscli.model import TimeExpression
from newscli.timeline import extents, find_timeline

ROOT = Path(__file__).resolve().parent.parent


def tag(text: str, dct: str | None) -> tuple[TimeExpression, ...]:
    article = newscli.parse(f"date {dct}\n\n{text}" if dct else text)
    return find_timeline(article)


def found(text: str, dct: str | None) -> dict[str, tuple[str, str]]:
    return {t.text: (t.type, t.value) for t in tag(text, dct)}


# (sentence, publication date, expression as written, type, value)
CASES = [
    # absolute dates
    ("The summit opened on 20 March 2023 in Geneva.", "2023-05-01", "20 March 2023", "DATE", "2023-03-20"),
    ("The summit opened on March 20, 2023 in Geneva.", "2023-05-01", "March 20, 2023", "DATE", "2023-03-20"),
    ("The filing is dated 2023-03-20 and was signed.", "2023-05-01", "2023-03-20", "DATE", "2023-03-20"),
    ("The form was stamped 3/20/2023 by the clerk.", "2023-05-01", "3/20/2023", "DATE", "2023-03-20"),
    ("The form was stamped 20.03.2023 by the clerk.", "2023-05-01", "20.03.2023", "DATE", "2023-03-20"),
    ("The form was stamped 20/3/2023 by the clerk.", "2023-05-01", "20/3/2023", "DATE", "2023-03-20"),
    ("The mill closed in 1998 after a long strike.", "2023-05-01", "1998", "DATE", "1998"),
    ("Prices rose in March 2021, the report said.", "2023-05-01", "March 2021", "DATE", "2021-03"),
    ("Sales fell in the summer of 2012, it said.", "2023-05-01", "the summer of 2012", "DATE", "2012-SU"),
    ("The band was formed in the 1990s in Leeds.", "2023-05-01", "the 1990s", "DATE", "199"),
    ("The band was formed in the nineties in Leeds.", "2023-05-01", "the nineties", "DATE", "199"),
    ("The style peaked in the late 1970s, critics say.", "2023-05-01", "the late 1970s", "DATE", "197"),
    ("It was the bloodiest war of the 20th century.", "2023-05-01", "the 20th century", "DATE", "19"),
    ("He was born in nineteen seventy-three.", "2023-05-01", "nineteen seventy-three", "DATE", "1973"),
    # quarters and halves
    ("The bank reported third-quarter profit of $2m.", "2023-10-20", "third-quarter", "DATE", "2023-Q3"),
    ("Sales fell in the fourth quarter, it said.", "2023-01-15", "the fourth quarter", "DATE", "2022-Q4"),
    ("Sales in the third quarter of 1989 fell", "1989-11-02", "the third quarter of 1989", "DATE", "1989-Q3"),
    ("Output grew in the first half, the firm said.", "2023-10-20", "the first half", "DATE", "2023-H1"),
    ("Revenue rose in Q3 2023, the firm said.", "2023-11-02", "Q3 2023", "DATE", "2023-Q3"),
    ("Revenue fell in H1, the firm said.", "2023-11-02", "H1", "DATE", "2023-H1"),
    ("The plan runs to FY2025.", "2023-11-02", "FY2025", "DATE", "2025"),
    # holidays
    ("The shops shut on Christmas Day.", "2023-12-01", "Christmas Day", "DATE", "2023-12-25"),
    ("The march was held on Good Friday.", "2023-04-20", "Good Friday", "DATE", "2023-04-07"),
    ("Families gathered at Easter 2024.", "2023-04-20", "Easter 2024", "DATE", "2024-03-31"),
    ("Fares rose in Easter week.", "2023-04-20", "Easter week", "DATE", "2023-W14"),
    ("The parade passed on Thanksgiving Day.", "2023-12-01", "Thanksgiving Day", "DATE", "2023-11-23"),
    ("The fireworks are on Independence Day.", "2023-06-01", "Independence Day", "DATE", "2023-07-04"),
    ("Voters go to the polls on Election Day.", "2022-10-20", "Election Day", "DATE", "2022-11-08"),
    # relative to the publication date
    ("Mr Lee will travel to Oslo next week.", "2023-01-01", "next week", "DATE", "2023-W01"),
    ("Mr Lee travelled to Oslo last week.", "2023-01-11", "last week", "DATE", "2023-W01"),
    ("Prices rose sharply this month, traders said.", "2023-03-15", "this month", "DATE", "2023-03"),
    ("Rent is due at the end of the month.", "2023-03-15", "the end of the month", "DATE", "2023-03"),
    ("The plant will reopen next month.", "2023-12-15", "next month", "DATE", "2024-01"),
    ("Exports fell last year.", "2023-03-15", "last year", "DATE", "2022"),
    ("Growth will pick up next year.", "2023-03-15", "next year", "DATE", "2024"),
    ("Sales will rise in the current fiscal year.", "2023-03-15", "the current fiscal year", "DATE", "2023"),
    ("Profit fell last quarter.", "2023-05-10", "last quarter", "DATE", "2023-Q1"),
    ("It rained all last summer.", "2013-01-10", "last summer", "DATE", "2012-SU"),
    ("The results are due this season.", "2013-07-10", "this season", "DATE", "2013-SU"),
    ("The minister resigned today.", "2023-03-15", "today", "DATE", "2023-03-15"),
    ("The minister resigned yesterday.", "2023-03-15", "yesterday", "DATE", "2023-03-14"),
    ("The minister will resign tomorrow.", "2023-03-15", "tomorrow", "DATE", "2023-03-16"),
    ("The minister will speak tonight.", "2023-03-15", "tonight", "TIME", "2023-03-15TNI"),
    ("The vote is due later this afternoon.", "2023-03-15", "later this afternoon", "TIME", "2023-03-15TAF"),
    ("Shots rang out late last night.", "2023-03-15", "late last night", "TIME", "2023-03-14TNI"),
    ("The ship sank two days ago.", "2023-03-15", "two days ago", "DATE", "2023-03-13"),
    ("The talks collapsed three years ago.", "2023-03-15", "three years ago", "DATE", "2020"),
    ("Earlier this month the board met twice.", "2023-03-15", "Earlier this month", "DATE", "2023-03"),
    ("The deal closed early next year, it said.", "2023-03-15", "early next year", "DATE", "2024"),
    ("In February the mayor said he would stand.", "2023-03-15", "February", "DATE", "2023-02"),
    ("In October the mayor said he would stand.", "2023-03-15", "October", "DATE", "2022-10"),
    ("The vote will be held in October.", "2023-03-15", "October", "DATE", "2023-10"),
    ("The vote will be held on March 22.", "2023-03-15", "March 22", "DATE", "2023-03-22"),
    ("The court ruled on March 2.", "2023-03-15", "March 2", "DATE", "2023-03-02"),
    ("He was shot last Oct. 23 at home.", "2023-03-15", "last Oct. 23", "DATE", "2022-10-23"),
    ("The fair opens next April.", "2023-03-15", "next April", "DATE", "2023-04"),
    ("Snow is forecast for early December.", "2023-11-15", "early December", "DATE", "2023-12"),
    ("The plant will be sold by August, the owner said.", "2023-03-15", "August", "DATE", "2023-08"),
    (
        "The fund was launched in March nineteen eighty-two.",
        "2023-03-15",
        "March nineteen eighty-two",
        "DATE",
        "1982-03",
    ),
    ("The bridge should reopen by year-end.", "2023-03-15", "year-end", "DATE", "2023"),
    ("Rates rose in 1998 and fell the following year.", "2023-03-15", "the following year", "DATE", "1999"),
    ("The band plays on a still unnamed date in January.", "2023-10-15", "January", "DATE", "2024-01"),
    ("The firm agreed to buy the mill in February.", "2023-10-15", "February", "DATE", "2024-02"),
    ("She sued to block the sale, but in February she gave up.", "2023-10-15", "February", "DATE", "2023-02"),
    ("The guard was stabbed to death in February.", "2023-10-15", "February", "DATE", "2023-02"),
    ("The bank extended the credit line through January.", "2023-10-15", "January", "DATE", "2024-01"),
    ("Sales rose 4% in the year through August.", "2023-10-15", "August", "DATE", "2023-08"),
    ("The ship has been at sea since March and was due home.", "2023-02-10", "March", "DATE", "2022-03"),
    ("In the year ended Jan. 31, sales rose.", "2023-11-20", "Jan. 31", "DATE", "2023-01-31"),
    ("The court was told on Dec. 15 that it was closed.", "2023-07-20", "Dec. 15", "DATE", "2022-12-15"),
    ("The dividend was declared payable Dec. 15.", "2023-10-20", "Dec. 15", "DATE", "2023-12-15"),
    ("The shop has stayed shut since the Oct. 23 fire.", "2023-05-06", "Oct. 23", "DATE", "2022-10-23"),
    ("The vote will be held on Oct. 23 in the capital.", "2023-05-06", "Oct. 23", "DATE", "2023-10-23"),
    ("The ceasefire broke down last spring.", "2023-10-20", "last spring", "DATE", "2023-SP"),
    ("The vote slipped to the last half of 2023.", "2023-03-15", "the last half of 2023", "DATE", "2023-H2"),
    ("Our bakery grew in the past two quarters.", "2023-10-20", "the past two quarters", "DURATION", "P6M"),
    ("It took a couple of years to rebuild.", "2023-03-15", "a couple of years", "DURATION", "P2Y"),
    ("The market has cooled over the past decade.", "2023-03-15", "the past decade", "DURATION", "P10Y"),
    # weekdays follow the tense of their sentence (2023-03-15 is a Wednesday)
    ("On Thursday he said the plan had failed.", "2023-03-15", "Thursday", "DATE", "2023-03-09"),
    ("He will travel to Rome on Thursday.", "2023-03-15", "Thursday", "DATE", "2023-03-16"),
    ("Rebels were planning a march on Saturday.", "2023-03-15", "Saturday", "DATE", "2023-03-18"),
    ("The minister said on Wednesday that he would go.", "2023-03-15", "Wednesday", "DATE", "2023-03-15"),
    ("The police said last Friday that no one was hurt.", "2023-03-15", "last Friday", "DATE", "2023-03-10"),
    ("The storm hit on Friday afternoon.", "2013-03-23", "Friday afternoon", "TIME", "2013-03-22TAF"),
    ("They will appeal against Monday's ruling.", "2023-03-15", "Monday", "DATE", "2023-03-13"),
    ("The coach spoke ahead of Saturday's match.", "2023-03-15", "Saturday", "DATE", "2023-03-18"),
    ("The polls closed at 3 p.m. Friday.", "2013-03-23", "3 p.m. Friday", "TIME", "2013-03-22T15:00"),
    ("The polls closed at 10:30 a.m. on the day.", "2013-03-23", "10:30 a.m.", "TIME", "2013-03-23T10:30"),
    ("The ferry left at 1800 GMT.", "2013-03-23", "1800 GMT", "TIME", "2013-03-23T18:00"),
    # durations
    ("The war lasted three years.", "2023-03-15", "three years", "DURATION", "P3Y"),
    ("The rebels held the town for 48 hours.", "2023-03-15", "48 hours", "DURATION", "PT48H"),
    ("The strike lasted a week.", "2023-03-15", "a week", "DURATION", "P1W"),
    ("The team needs an additional year.", "2023-03-15", "an additional year", "DURATION", "P1Y"),
    ("She won in 7.98 seconds.", "2023-03-15", "7.98 seconds", "DURATION", "PT7.98S"),
    ("The bridge was shut for 2 1/2 years.", "2023-03-15", "2 1/2 years", "DURATION", "P2Y6M"),
    ("The goal came a minute and a half in.", "2023-03-15", "a minute and a half", "DURATION", "PT1M30S"),
    ("The village fair is held each July.", "2023-03-15", "each July", "SET", "XXXX-07"),
    ("The firm signed a two-year contract.", "2023-03-15", "two-year", "DURATION", "P2Y"),
    ("A month-long strike ended.", "2023-03-15", "month-long", "DURATION", "P1M"),
    ("Sales rose in the first nine months.", "2023-10-15", "the first nine months", "DURATION", "P9M"),
    ("The dispute has run for years.", "2023-03-15", "years", "DURATION", "PXY"),
    ("Aid could arrive within weeks.", "2023-03-15", "weeks", "DURATION", "PXW"),
    ("The talks took several months.", "2023-03-15", "several months", "DURATION", "PXM"),
    ("Rates rose over the past three months.", "2023-03-15", "the past three months", "DURATION", "P3M"),
    # sets
    ("The market opens every Monday.", "2023-03-15", "every Monday", "SET", "XXXX-WXX-1"),
    ("The prize is awarded annually.", "2023-03-15", "annually", "SET", "P1Y"),
    ("The paper is printed daily.", "2023-03-15", "daily", "SET", "P1D"),
    ("The club meets each Thursday.", "2023-03-15", "each Thursday", "SET", "XXXX-WXX-4"),
    ("The board reports every quarter.", "2023-03-15", "every quarter", "SET", "P3M"),
    # references
    ("The company is now worth $2bn.", "2023-03-15", "now", "DATE", "PRESENT_REF"),
    ("The mine currently employs 200 people.", "2023-03-15", "currently", "DATE", "PRESENT_REF"),
    ("Such fights belong to the past.", "2023-03-15", "the past", "DATE", "PAST_REF"),
    ("Prices may fall in the future.", "2023-03-15", "the future", "DATE", "FUTURE_REF"),
    ("Prices may fall in the near term.", "2023-03-15", "the near term", "DATE", "FUTURE_REF"),
    ("Prices may fall in the weeks ahead.", "2023-03-15", "the weeks ahead", "DURATION", "PXW"),
    ("``Today, we begin,'' she said.", "2023-03-15", "Today", "DATE", "2023-03-15"),
    ("The mayor recently sold his house.", "2023-03-15", "recently", "DATE", "PAST_REF"),
    ("At the moment the road is shut.", "2023-03-15", "At the moment", "DATE", "PRESENT_REF"),
]


@pytest.mark.parametrize(("sentence", "dct", "expression", "kind", "value"), CASES)
def test_form(sentence: str, dct: str, expression: str, kind: str, value: str) -> None:
    got = found(sentence, dct)
    assert expression in got, f"{expression!r} not found in {got}"
    assert got[expression] == (kind, value)


# Without a publication date, relative expressions keep the TIMEX3 unknown forms.
UNKNOWN = [
    ("In February the mayor said he would stand.", "February", "XXXX-02"),
    ("On Thursday he said the plan had failed.", "Thursday", "XXXX-WXX-4"),
    ("The vote will be held on March 22.", "March 22", "XXXX-03-22"),
    ("Exports fell last year.", "last year", "XXXX"),
    ("Mr Lee will travel to Oslo next week.", "next week", "XXXX-WXX"),
]


@pytest.mark.parametrize(("sentence", "expression", "value"), UNKNOWN)
def test_without_publication_date(sentence: str, expression: str, value: str) -> None:
    got = {t.text: t for t in tag(sentence, None)}
    assert got[expression].value == value
    assert got[expression].begin is None


# Extents as TimeML marks them: no prepositions, determiners and modifiers kept.
EXTENTS = [
    ("He resigned on Thursday.", ["Thursday"]),
    ("Prices fell during the last week.", ["the last week"]),
    ("Snow is forecast for early December.", ["early December"]),
    ("Mr Xi will be in Russia from 20 to 22 March.", ["20", "22 March"]),
    ("The fair runs from March 20-22 in Paris.", ["March 20", "22"]),
    ("The talks lasted at least 30 days.", ["at least 30 days"]),
    ("The rate rose 5% a year, and 1,990 people came.", ["a year"]),
    ("They won 3-1 and paid $20m, 2.5% more, for half of the club.", []),
    ("He walked 1,000 miles in 2,500 hours of $1990 work.", ["2,500 hours"]),
    ("It was the 10-day truce of the three-year plan.", ["10-day", "three-year"]),
    # month spellings: "Mar" and "Jun" need their full stop, "may" and "march" are verbs
    ("Votes were cast on Mar 5 and on Mar. 6 in the hall.", ["Mar. 6"]),
    ("It may 5 times fail, but on May 5 it opened.", ["May 5"]),
    ("Due Sept 5, Jun 7 or Jun. 8, and AUGUST 2021.", ["Sept 5", "Jun. 8", "AUGUST 2021"]),
    ("The Marché 5 and Xjanuary 2020 stalls.", ["2020"]),
    (
        "Prices may dip in the short term; the vote is put off to a later date.",
        ["the short term", "a later date"],
    ),
    (
        "Built in the eighteenth century, it stood for the better part of a decade.",
        ["the eighteenth century", "the better part of a decade"],
    ),
    (
        "At present the plant runs for at most three weeks in the present system.",
        ["At present", "at most three weeks"],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), EXTENTS)
def test_extents(sentence: str, expected: list[str]) -> None:
    assert sorted(t.text for t in tag(sentence, "2023-03-15")) == sorted(expected)


def test_anchor_to_a_previous_date() -> None:
    text = "Profit in the third quarter of 1989 rose 5%. A year earlier, it had fallen."
    got = found(text, "1989-11-02")
    assert got["A year earlier"] == ("DATE", "1988-Q3")


def test_a_longer_period_after_the_quarter_compares_years() -> None:
    text = (
        "Profit in the third quarter rose 5%. For the nine months, sales were $9m, against $8m a year "
        "earlier. The year-ago results and those of the 2022 period were restated."
    )
    got = found(text, "2023-11-02")
    assert got["a year earlier"] == ("DATE", "2022")
    assert got["year-ago"] == ("DATE", "2022")
    assert got["the 2022 period"] == ("DATE", "2022")


def test_a_quarter_named_in_passing_is_not_the_reports() -> None:
    text = "Third-quarter profit rose 9%. After a weak second quarter, sales beat those of a year ago."
    got = found(text, "2023-11-02")
    assert got["a weak second quarter"] == ("DATE", "2023-Q2")
    assert got["a year ago"] == ("DATE", "2022-Q3")


def test_days_relative_to_the_day_just_named() -> None:
    text = "The fire started on March 3, 2021. The next day the roof fell. That day was calm."
    got = found(text, "2023-03-15")
    assert got["The next day"] == ("DATE", "2021-03-04")
    assert got["That day"] == ("DATE", "2021-03-04")


def test_bounds_cover_the_value() -> None:
    got = {t.text: t for t in tag("Mr Lee will travel next week. In February he said so.", "2023-01-01")}
    assert (got["next week"].begin, got["next week"].end_date) == (dt.date(2023, 1, 2), dt.date(2023, 1, 8))
    assert (got["February"].begin, got["February"].end_date) == (dt.date(2022, 2, 1), dt.date(2022, 2, 28))
    quarter = tag("Sales fell in the fourth quarter, it said.", "2023-01-15")[0]
    assert (quarter.begin, quarter.end_date) == (dt.date(2022, 10, 1), dt.date(2022, 12, 31))


def test_chronological_order_unresolved_last() -> None:
    text = "The war lasted three years. It ended in 1998. Talks began in 1990, and now they resume."
    values = [t.value for t in tag(text, "2023-03-15")]
    assert values == ["1990", "1998", "P3Y", "PRESENT_REF"]


def test_seed_article() -> None:
    article = newscli.parse((ROOT / "samples" / "seed.txt").read_text(encoding="utf-8"))
    assert article.date == dt.date(2023, 1, 1)
    got = {t.text: t.value for t in find_timeline(article)}
    assert got["next week"] == "2023-W01"
    assert got["20"] == "2023-03-20"
    assert got["22 March"] == "2023-03-22"
    assert got["February"] == "2022-02"
    assert got["Thursday"] == "2022-12-29"
    assert got["now"] == "PRESENT_REF"


def test_spans_and_sentences() -> None:
    article = newscli.parse("date 2023-03-15\n\nHe left on Friday. She will return next month, she said.")
    timeline = find_timeline(article)
    assert timeline
    for t in timeline:
        assert article.text[t.start : t.end] == t.text
        assert t.sentence is not None
        assert t.sentence.start <= t.start < t.end <= t.sentence.end
        assert article.text[t.sentence.start : t.sentence.end] == t.sentence.text


def test_headline_is_scanned() -> None:
    article = newscli.parse("Strike ends after three weeks\n\nThe union said the strike was over.")
    assert [t.text for t in find_timeline(article)] == ["three weeks"]


_PIECES = list("0123456789 /.-:,'aAmpMay Friday March week year ago the last")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(_PIECES)))
def test_any_text_keeps_the_span_contract(text: str) -> None:
    article = newscli.parse(text)
    for t in find_timeline(article):
        assert article.text[t.start : t.end] == t.text


@pytest.mark.parametrize("dct", ["0001-01-02", "2023-03-15", "9999-12-30", None])
@pytest.mark.parametrize(
    "text",
    [
        "It happened 9999999999 days ago and 99999 years ago.",
        "It ends in 5000000 years, 3000000 days from now.",
        "On Feb. 30, 2023, March 32, 31/31/2023 and 00.00.2023 nothing happened.",
        "9999-12-31 came and next year and next week, then the following year.",
        "0001-01-01, the previous Friday, a year earlier, the following month.",
    ],
)
def test_dates_outside_the_calendar_never_fail(text: str, dct: str | None) -> None:
    article = newscli.parse(f"date {dct}\n\n{text}" if dct else text)
    for t in find_timeline(article):
        assert article.text[t.start : t.end] == t.text


# ----------------------------------------------------------------------------- extents machinery


def _openings(body: str, k: int = 3) -> set[str]:
    """How a match of ``body`` may open: its first ``k`` characters lower-cased, cut before the
    first one that is not an ASCII letter (so "1", "a", "the"). Derived from the parsed pattern."""
    import re
    from re import _constants as c  # type: ignore[attr-defined]
    from re import _parser as p  # type: ignore[attr-defined]

    wild, cont = "w", "c"

    def chars(op: object, av: object) -> set[str] | None:
        if op is c.LITERAL:
            return {chr(av).lower()}  # type: ignore[arg-type]
        out: set[str] = set()
        for o, a in av:  # type: ignore[attr-defined]
            if o is c.LITERAL:
                out.add(chr(a).lower())
            elif o is c.RANGE and a[1] - a[0] < 200:
                out |= {chr(x).lower() for x in range(a[0], a[1] + 1)}
            elif o is c.CATEGORY and a in (c.CATEGORY_DIGIT, c.CATEGORY_UNI_DIGIT):
                out |= set("0123456789")
            elif o is c.CATEGORY and a in (c.CATEGORY_SPACE, c.CATEGORY_UNI_SPACE):
                out |= set(" \t\n\r\f\v")
            else:
                return None
        return out

    def concat(acc: set[tuple[str, str]], more, k: int) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
        out = set()
        for s, state in acc:
            if len(s) >= k or state == wild:
                out.add((s, state))
            else:
                out |= {(s + t, state2) for t, state2 in more(k - len(s))}
        return out

    def seq(items, k: int) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
        acc = {("", cont)}
        for op, av in items:
            acc = concat(acc, lambda kk, op=op, av=av: elem(op, av, kk), k)
        return acc

    def elem(op, av, k: int) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
        if op in (c.LITERAL, c.IN):
            cs = chars(op, av)
            return {("", wild)} if cs is None else {(ch, cont) for ch in cs}
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            return {("", cont)}
        if op is c.SUBPATTERN:
            return seq(av[-1], k)
        if op is c.BRANCH:
            return set().union(*(seq(b, k) for b in av[1]))
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, sub = av
            out: set[tuple[str, str]] = set()
            acc = {("", cont)}
            for r in range(k + 2):
                out |= acc if r >= lo else {(s, state) for s, state in acc if len(s) >= k or state == wild}
                if r + 1 > hi:
                    break
                acc = concat(acc, lambda kk: seq(sub, kk), k)
            return out
        return {("", wild)}

    out = set()
    for s, _ in seq(p.parse(body, re.IGNORECASE), k):
        j = 0
        while j < len(s) and s[j].isascii() and s[j].isalpha():
            j += 1
        out.add(s[: max(j, 1)] if j < k else s)
    return {o for o in out if not any(q != o and o.startswith(q) for q in out)}


def test_openings_agree_with_the_patterns() -> None:
    from newscli.timeline.extents import OPENINGS, RULES, full_body

    derived = {name: " ".join(sorted(_openings(full_body(name)))) for name, _ in RULES}
    assert derived == {name: " ".join(sorted(text.split())) for name, text in OPENINGS.items()}


EQUIVALENCE = [
    "Early March 2023, late last Friday and the end of 2019 were named, then mid-May and early May.",
    "At least 30 days ago, some years ago and about five years earlier, the first quarter of 1989.",
    "In May he said, by May 2021; Sept. 5, Jan.5, Jan. 2023, MARCH 3 and Feb 14 came, then 3pm Friday.",
    "The 1990s, the late 1980s, the 20th century, the summer of 2012, fiscal 1988 and year-end results.",
    "Every Monday, twice a week, the coming months, the next few days, now, currently, the past.",
    "Sixteen days and twenty-one years, a couple of weeks, a dozen years, 10:30 a.m. EST Tuesday.",
]


@pytest.mark.parametrize("sentence", EQUIVALENCE)
def test_rules_tried_apart_match_as_one_alternation(sentence: str) -> None:
    """At every word start, the rules tried apart give the rule and end the single alternation
    of them all (modifiers spelled out) gives on the month-marked text."""
    import re

    from newscli.timeline.extents import mark_months, match_at, pattern

    marked = mark_months(sentence)
    rx = pattern()
    for m in re.finditer(r"\b\w|['’]", marked):
        whole = rx.match(marked, m.start())
        expected = None if whole is None else (whole.lastgroup, whole.end())
        assert match_at(marked, m.start()) == expected, sentence[m.start() :]


NEEDS_SENTENCES = [
    *EQUIVALENCE,
    *(case[0] for case in CASES),
    "The 10-week course, a day-long strike and the year-ago quarter; the nineteen nineties.",
    "Christmas Eve, Easter Monday and Good Friday fell at noon, midday and 1800 GMT on the 3rd.",
    "He came two ſeconds ago, last wınter and in the İnternational week.",
    "Mondays and twice a week, the quarter a year ago, the year-end and the end of the year.",
]


@pytest.mark.parametrize("sentence", NEEDS_SENTENCES)
def test_rules_skipped_for_what_they_need_would_not_have_matched(sentence: str) -> None:
    """Skipping the rules whose NEEDS a sentence lacks changes no match at any word start."""
    import re

    from newscli.timeline.extents import mark_months, match_at, needs_filled

    marked = mark_months(sentence)
    filled = needs_filled(sentence, marked)
    for m in re.finditer(r"\b\w|['’]", marked):
        assert match_at(marked, m.start(), filled) == match_at(marked, m.start()), sentence[m.start() :]


def test_needs_filled() -> None:
    from newscli.timeline.extents import ALL_NEEDS, NEEDS, mark_months, match_at, needs_filled

    text = "On 3 March the firm's year-end came."
    filled = needs_filled(text, mark_months(text))
    assert 0 < filled < ALL_NEEDS
    assert len(NEEDS) > 30
    # "ago" needs "ago", "earlier", "now" or "hence": not tried, so no match, even forced
    assert match_at("three days", 0, needs_filled("three days", "three days")) == ("dur", 10)
    assert match_at("three days ago", 0, needs_filled("three days", "three days")) == ("dur", 10)
    # the patterns take a dotless i or a long s for "i" and "s": nothing is skipped then
    assert needs_filled("Two ſeconds ago.", "Two ſeconds ago.") == ALL_NEEDS


#: Characters that test how text is cut: capitals, apostrophes, digits, and letters that case
#: folding treats apart (dotted and dotless i, long s, the Kelvin sign).
_ODD_TEXT = "abYZ ’'-09İıſK\u212aé\u0307ς\U0001f600\n\u00a0"


@given(st.text(alphabet=st.sampled_from(_ODD_TEXT), max_size=30) | st.text())
@settings(max_examples=300, deadline=None)
def test_letters_are_the_runs_a_pattern_finds(text: str) -> None:
    import re

    from newscli.timeline.extents import letter_runs

    assert letter_runs(text.lower()) == re.findall("[a-z]+", text.lower())


@given(st.text(alphabet=st.sampled_from(_ODD_TEXT + "O'N’s5"), max_size=30) | st.text())
@settings(max_examples=300, deadline=None)
def test_words_are_where_the_pattern_finds_them(text: str) -> None:
    import re

    from newscli.timeline import _words

    words = _words(text, text.lower())
    found = list(re.finditer(r"[A-Za-z]+(?:['’][a-z]+)?|\d+", text))
    assert words.starts == [m.start() for m in found]
    assert words.lows == [m.group().lower() for m in found]


@given(st.text(alphabet=st.sampled_from(_ODD_TEXT + "٣"), max_size=30) | st.text())
@settings(max_examples=300, deadline=None)
def test_has_digit_as_a_search_finds_one(text: str) -> None:
    import re

    from newscli.timeline.extents import has_digit

    assert has_digit(text) == (re.search(r"\d", text) is not None)


#: The digits a time expression can open with, as three plain branches (what _TIME_DIGITS
#: finds, written without its opening character class).
_PLAIN_TIME_DIGITS = (
    r"[12](?<!\d[12])(?:(?<=1)[6-9]|(?<=2)0)\d\d(?!\d)"
    r"|\d(?:[:/.-]\d|\s*(?:[ap]\.?m\b|o'clock)|(?:st|nd|rd|th)\b)"
    r"|[QHF](?<![A-Za-z][QHF])(?:(?<=[QH])[1-4]\b|(?<=F)Y\s?\d)"
)


@pytest.mark.parametrize(
    "text",
    [
        "in 1999",
        "21999",
        "Q3",
        "xQ3",
        "FY 24",
        "FY24",
        "H1 ",
        "Q5",
        "3pm",
        "3 p.m.",
        "10:30",
        "20th",
        "2nd",
        "1",
        "",
    ],
)
def test_time_digits_open_as_the_plain_branches(text: str) -> None:
    import re

    from newscli.timeline import _TIME_DIGITS

    assert (_TIME_DIGITS.search(text) is None) == (re.search(_PLAIN_TIME_DIGITS, text) is None)


def test_a_time_alone_is_on_the_day_being_told() -> None:
    text = "The fire started on March 3, 2021. It spread at 6 a.m. and the roof fell."
    assert found(text, "2023-03-15")["6 a.m."] == ("TIME", "2021-03-03T06:00")
    assert found("The talks resume at 6 a.m. in Geneva.", "2023-03-15")["6 a.m."] == (
        "TIME",
        "2023-03-15T06:00",
    )


# ------------------------------------------ rule patterns written to compile cheaply


def _as_first_written(name: str) -> str:
    """The rule as first written, with the classes the compiler makes a 64K-entry table of."""
    body = dict(extents.RULES)[name]
    return body.replace("(?:[ECMP]ST|[ECMP]DT|", "(?:[ECMP][SD]T|").replace(
        "(?![-']\\w|’\\w)", "(?![-’']\\w)"
    )


@pytest.mark.parametrize("name", ["clock", "ref"])
@pytest.mark.parametrize(
    "text",
    [
        "at 10am EST on Monday",
        "at 10am est, Monday",
        "at 10 a.m. (PDT) on Friday",
        "at 1500 GMT",
        "at 9:30 CDT",
        "at 9:30 CXT",
        "at 9:30 (ſDT)",
        "at 9:30 Eſt",
        "right now’s peak",
        "right now's peak",
        "now-famous",
        "now’ and then",
        "currently’twas",
        "the present Day",
        "the near future’s edge",
    ],
)
def test_rules_rewritten_to_compile_cheaply_match_as_first_written(name: str, text: str) -> None:
    first = re.compile(_as_first_written(name), re.IGNORECASE)
    assert first.pattern != dict(extents.RULES)[name]
    now = extents.rule_pattern([n for n, _ in extents.RULES].index(name))
    for pos in range(len(text) + 1):
        found, expected = now.match(text, pos), first.match(text, pos)
        assert (found and found.span()) == (expected and expected.span())
