"""People: recognition, mentions, grouping, titles and the public helpers.

Every sentence here is written for these tests; none comes from the measuring data.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newscli.model import Person, Span
from newscli.people import (
    find_people,
    find_person,
    honorific_gender,
    is_honorific,
    is_role_word,
    likely_gender,
    mention_at,
    person_at,
)
from newscli.read import parse
from newscli.wordlists import read_lexicon

people_module = importlib.import_module("newscli.people")

SEED = Path(__file__).resolve().parent.parent / "samples" / "seed.txt"


def people(text: str) -> tuple[Person, ...]:
    return find_people(parse(text))


def mentions(text: str) -> list[str]:
    """Every mention's text, in text order."""
    found = sorted((m for p in people(text) for m in p.mentions), key=lambda m: m.start)
    return [m.text for m in found]


def names(text: str) -> list[str]:
    return [p.name for p in people(text)]


def assert_offsets_hold(text: str, persons: tuple[Person, ...]) -> None:
    article = parse(text)
    for p in persons:
        for m in p.mentions:
            assert article.text[m.start : m.end] == m.text


# ---------------------------------------------------------------- the seed article


def test_seed_has_exactly_the_five_people() -> None:
    text = SEED.read_text(encoding="utf-8")
    persons = find_people(parse(text))
    by_name = {p.name: p for p in persons}
    assert sorted(by_name) == sorted(
        ["Xi Jinping", "Vladimir Putin", "Hua Chunying", "Volodymyr Zelensky", "Kuleba"]
    )
    counts = {p.name: len(p.mentions) for p in persons}
    assert counts == {
        "Xi Jinping": 7,
        "Vladimir Putin": 2,
        "Hua Chunying": 1,
        "Volodymyr Zelensky": 3,
        "Kuleba": 3,
    }
    xi = by_name["Xi Jinping"]
    assert xi.aliases == ("Mr Xi", "President Xi")  # not "President Xi Jinping": the name itself
    assert any("President" in t for t in xi.titles)
    assert any("spokeswoman" in t for t in by_name["Hua Chunying"].titles)
    assert "Ukrainian President" in by_name["Volodymyr Zelensky"].titles
    assert "Mr Kuleba" in by_name["Kuleba"].aliases
    assert_offsets_hold(text, persons)
    # Ordered by mentions, then first appearance.
    assert [p.name for p in persons] == [
        "Xi Jinping",
        "Volodymyr Zelensky",
        "Kuleba",
        "Vladimir Putin",
        "Hua Chunying",
    ]


def test_seed_lists_no_place_organisation_or_nationality() -> None:
    persons = find_people(parse(SEED.read_text(encoding="utf-8")))
    found = {m.text for p in persons for m in p.mentions}
    for word in (
        "China",
        "Russia",
        "Moscow",
        "Kremlin",
        "BBC",
        "Russian",
        "Ukrainian",
        "Kyiv",
        "US",
        "Beijing",
    ):
        assert word not in found


# ---------------------------------------------------------------- rules, table-driven

HONORIFICS = [
    ("The talks were led by Mr Odunsi on Monday.", ["Odunsi"]),
    ("The talks were led by Mr. Odunsi on Monday.", ["Odunsi"]),
    ("Mrs Abernathy-Clough declined to comment.", ["Abernathy-Clough"]),
    ("A letter from Dr Pelayo arrived.", ["Pelayo"]),
    ("The award went to Dame Ottoline Frayne.", ["Ottoline Frayne"]),
    ("Sir Alwyn Treharne opened the bridge.", ["Alwyn Treharne"]),
    ("The motion was backed by Lord Brackley and Ms Oyelaran.", ["Brackley", "Oyelaran"]),
    ("Prof Nakashima-Reyes gave the lecture.", ["Nakashima-Reyes"]),
    # A name that is also a title word still follows an honorific as a name.
    ("Kristin King testified. Ms King said she was afraid.", ["Kristin King", "King"]),
    ("John Major spoke. Mr Major smiled.", ["John Major", "Major"]),
]

TITLES = [
    ("The deal was signed by President Tavrin Olesk yesterday.", ["Tavrin Olesk"]),
    ("Later, Prime Minister Halvard Rusk flew home.", ["Halvard Rusk"]),
    ("Foreign Minister Ilse Vantongeren met reporters.", ["Ilse Vantongeren"]),
    ("The bill was drafted by Sen. Marlowe and Rep. Quintero.", ["Marlowe", "Quintero"]),
    ("Gov. Ashby vetoed it.", ["Ashby"]),
    ("The company's spokeswoman Kerstin Aaltonen confirmed the figures.", ["Kerstin Aaltonen"]),
    ("The club's coach Ruud Verbeek was sacked.", ["Ruud Verbeek"]),
    ("A goal from striker Tomasz Wielgosz settled it.", ["Tomasz Wielgosz"]),
    ("Pope Clement spoke in the square.", ["Clement"]),
    ("Broker Tamsin Wyle said prices would fall.", ["Tamsin Wyle"]),
]

APPOSITIONS_AND_AGES = [
    ("Dariusz Olech, the country's finance minister, resigned.", ["Dariusz Olech"]),
    ("Bello, a spokesman for the ministry, said nothing.", ["Bello"]),
    ("Halloran, 43, was arrested on Friday.", ["Halloran"]),
    ("The winner, Okonkwo (27), was delighted.", ["Okonkwo"]),
]

GIVEN_NAMES_AND_CONTEXT = [
    ("The report was written by Sarah Pennington.", ["Sarah Pennington"]),
    ("Volodymyr Hrytsenko arrived in the morning.", ["Volodymyr Hrytsenko"]),
    ("The new chairman is J. R. Whitcombe.", ["J. R. Whitcombe"]),
    ("Officials said Tembekile Mavuso had left.", ["Tembekile Mavuso"]),
    ("The visitors were led by Ludwig van der Hoeven.", ["Ludwig van der Hoeven"]),
    ("Bill Harrow and Mark Ostrander arrived late.", ["Bill Harrow", "Mark Ostrander"]),
]

REJECTIONS = [
    "The Kremlin said the talks would go ahead.",
    "Reuters reported the figures on Tuesday.",
    "The National Security Council met in Washington.",
    "Russian officials met their Chinese counterparts in Moscow.",
    "Manchester United beat Real Madrid in the final.",
    "Shares of Brakewell Holdings rose sharply.",
    "The Ivory Coast team trained at Grace Road.",
    "In February the talks stalled again.",
    "Western countries have warned against it.",
    "The flight landed at Charles de Gaulle airport.",
    "Fighting continued in the town of Ambrovar.",
    "U.S. Treasury yields fell.",
    "The new Hong Kong-based group said it would expand.",
    "The story ran in the Huffington Post on Sunday.",
    # A word the article uses as a company's name is no person elsewhere either.
    "The telecoms group Vextral AB won an order. Vextral said the order was large.",
    "Shares in Hadley & Marsh rose. Hadley said profits doubled.",
    "The news agency Kortana reported the fire. Kortana said two died.",
    "Norway met Japan at the Kazan Arena in the second round.",
]


@pytest.mark.parametrize(("text", "expected"), HONORIFICS)
def test_honorific_makes_a_person_and_is_left_out(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_title_makes_a_person_and_is_left_out(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), APPOSITIONS_AND_AGES)
def test_apposition_and_age_make_a_person(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize(("text", "expected"), GIVEN_NAMES_AND_CONTEXT)
def test_given_names_initials_and_reporting_verbs(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


@pytest.mark.parametrize("text", REJECTIONS)
def test_places_organisations_and_nationalities_are_no_people(text: str) -> None:
    assert mentions(text) == []


PROPAGATION = [
    # A surname found in a full name is a person wherever it recurs.
    (
        "Edwina Harcastle won the vote. Harcastle thanked her staff. Harcastle’s rival conceded.",
        ["Edwina Harcastle", "Harcastle", "Harcastle"],
    ),
    # Even at the start of a sentence, and when the surname is also an English word.
    ("Nate Baker won in five rounds. Baker was never in trouble.", ["Nate Baker", "Baker"]),
    # A single name found with an honorific recurs bare.
    ("Mr Obuya arrived first. Later Obuya left.", ["Obuya", "Obuya"]),
    # Names in an all-caps headline line match what the text found, case-insensitively.
    ("HARCASTLE WINS IN LEEDS\nEdwina Harcastle won the seat on Friday.", ["HARCASTLE", "Edwina Harcastle"]),
    # Surname-first names: the family name recurs.
    ("Li Weimin arrived. Mr Li said the deal was done.", ["Li Weimin", "Li"]),
]


# Rule words inside long runs of plain lower-case words: at the ends of the run (next to a
# name) and role nouns anywhere in an apposition.
RULE_WORDS_IN_RUNS = [
    (
        "Okafor, a senior policy spokesman for the union, declined to comment.",
        "Okafor",
        ("senior policy spokesman for the union",),
    ),
    (
        "The decision was welcomed by the former acting deputy director Tamsin Quell.",
        "Tamsin Quell",
        ("former acting deputy director",),
    ),
    ("The plan will fail within a year, according to Olanrewaju.", "Olanrewaju", ()),
    ("Prices rose sharply in the last week of trading, said Brennagh.", "Brennagh", ()),
]


@pytest.mark.parametrize(("text", "name", "titles"), RULE_WORDS_IN_RUNS)
def test_rule_words_inside_runs_of_plain_words(text: str, name: str, titles: tuple[str, ...]) -> None:
    (p,) = people(text)
    assert (p.name, p.titles) == (name, titles)


@pytest.mark.parametrize(
    "text",
    [
        "Rebels entered the small mountain town of Varkesh on Monday.",
        "It was built near the old Ellis Vantor stadium last year.",
    ],
)
def test_place_words_inside_runs_of_plain_words(text: str) -> None:
    assert mentions(text) == []


@pytest.mark.parametrize(("text", "expected"), PROPAGATION)
def test_propagation(text: str, expected: list[str]) -> None:
    assert mentions(text) == expected


def test_possessive_is_left_out_of_the_mention() -> None:
    text = "Anatoly Grushin’s plan was rejected. Grushin's aides were silent."
    ms = [m for p in people(text) for m in p.mentions]
    assert [m.text for m in ms] == ["Anatoly Grushin", "Grushin"]
    assert_offsets_hold(text, people(text))


# ---------------------------------------------------------------- grouping


def test_short_forms_join_the_full_name_and_aliases_keep_the_honorific() -> None:
    text = "President Wen Hualin arrived. Mr Wen spoke first. Later Wen left. President Wen waved."
    (p,) = people(text)
    assert p.name == "Wen Hualin"
    assert len(p.mentions) == 4
    assert "Mr Wen" in p.aliases and "President Wen" in p.aliases


def test_two_people_sharing_a_surname_stay_apart_and_the_bare_surname_goes_to_the_focus() -> None:
    text = (
        "Hillary Clinton spoke in Iowa. Later Bill Clinton spoke in Ohio. "
        "Clinton said the economy came first. Hillary Clinton answered questions. Clinton smiled."
    )
    persons = {p.name: p for p in people(text)}
    assert set(persons) == {"Hillary Clinton", "Bill Clinton"}
    bill = [m.start for m in persons["Bill Clinton"].mentions]
    hillary = [m.start for m in persons["Hillary Clinton"].mentions]
    assert text.index("Clinton said") in bill  # most recently named: Bill
    assert text.rindex("Clinton smiled") in hillary  # now Hillary is in focus
    assert len(bill) == 2 and len(hillary) == 3


def test_order_is_by_mentions_then_first_appearance() -> None:
    text = (
        "Ms Ferreira met Mr Lindqvist. Mr Lindqvist left. Ms Ferreira stayed. Dr Moya waved. "
        "Mr Lindqvist wept."
    )
    assert names(text) == ["Lindqvist", "Ferreira", "Moya"]


# ---------------------------------------------------------------- titles

TITLE_CASES = [
    ("China’s President Xi Jinping arrived.", "Xi Jinping", "China’s President"),
    ("Russian President Vladimir Putin arrived.", "Vladimir Putin", "Russian President"),
    ("The foreign ministry spokeswoman Hua Chunying spoke.", "Hua Chunying", "foreign ministry spokeswoman"),
    ("Dmytro Kuleba, Ukraine's foreign minister, spoke.", "Dmytro Kuleba", "Ukraine's foreign minister"),
    ("Surrey captain Chris Lewis made 80.", "Chris Lewis", "Surrey captain"),
]


@pytest.mark.parametrize(("text", "name", "title"), TITLE_CASES)
def test_titles_from_pre_name_titles_and_appositions(text: str, name: str, title: str) -> None:
    persons = {p.name: p for p in people(text)}
    assert title in persons[name].titles


def test_titles_once_each_and_a_title_that_ends_another_says_nothing_more() -> None:
    text = (
        "Amara Osei, the finance minister, spoke first. Later Osei, the Finance Minister, left. "
        "Amara Osei, Ghana's finance minister, returned. Minister Osei waved."
    )
    (p,) = people(text)
    assert p.titles == ("Ghana's finance minister",)


def test_honorifics_are_not_titles() -> None:
    (p,) = people("Mr Darrow and nobody else came.")
    assert p.titles == ()


# ---------------------------------------------------------------- helpers


def test_person_at_and_mention_at() -> None:
    text = "Mr Kovalenko met Ms Adeyemi. Kovalenko said little."
    persons = people(text)
    at = text.index("Kovalenko said") + 3
    p = person_at(persons, at)
    assert p is not None and p.name == "Kovalenko"
    hit = mention_at(persons, at)
    assert hit is not None and hit[1] == Span("Kovalenko", at - 3, at - 3 + len("Kovalenko"))
    assert person_at(persons, text.index("met")) is None
    assert person_at((), 0) is None


def test_find_person_resolves_written_forms() -> None:
    text = "President Xi Jinping arrived. Mr Xi met Volodymyr Zelensky. Mr Zelensky spoke."
    persons = people(text)
    for form, name in [
        ("Mr Xi", "Xi Jinping"),
        ("President Xi’s", "Xi Jinping"),
        ("Xi Jinping", "Xi Jinping"),
        ("Zelensky", "Volodymyr Zelensky"),
        ("Mr. Zelensky", "Volodymyr Zelensky"),
    ]:
        found = find_person(persons, form)
        assert found is not None and found.name == name, form
    assert find_person(persons, "Mr Kuleba") is None
    assert find_person(persons, "") is None


def test_gender_helpers() -> None:
    assert honorific_gender("Mr") == "male"
    assert honorific_gender("Mrs.") == "female"
    assert honorific_gender("Dr") is None
    assert is_honorific("Dame") and is_honorific("Mr.") and not is_honorific("President")
    assert is_role_word("spokeswoman") and is_role_word("President") and is_role_word("Sen.")
    assert not is_role_word("Kremlin")
    persons = {
        p.name: p for p in people("Mr Oduya met Ms Falk. The spokeswoman Greta Lund and John Okafor left.")
    }
    assert likely_gender(persons["Oduya"]) == "male"
    assert likely_gender(persons["Falk"]) == "female"
    assert likely_gender(persons["Greta Lund"]) == "female"  # "spokeswoman"
    assert likely_gender(persons["John Okafor"]) == "male"  # given name


# ---------------------------------------------------------------- robustness


def test_empty_and_odd_inputs() -> None:
    for text in ("", "   ", "\n\n", "Mr", "Mr.", "President", "’s", "A. B. C.", "MR XI\n\nMR XI"):
        persons = people(text)
        assert_offsets_hold(text, persons)


def test_crlf_text_keeps_offsets() -> None:
    text = "date 2023-01-01 LONDON (BBC): Mr Xi will travel.\r\n\r\nMr Xi said so, Ana Lopes said.\r\n"
    persons = people(text)
    assert_offsets_hold(text, persons)
    assert {p.name for p in persons} == {"Xi", "Ana Lopes"}


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Mr",
                "Mr.",
                "President",
                "Xi",
                "Jinping",
                "said",
                "the",
                "Kremlin",
                ",",
                ".",
                "’s",
                "'s",
                "\n",
                "\n\n",
                "(",
                ")",
                "43",
                "J.",
                "van",
                "der",
                "Ukraine",
                "of",
                "town",
                "SMITH",
                "Smith",
                "John",
                "&",
                "Co",
                "-based",
                "“",
                "”",
                "al-Assad",
                "III",
                "U.S.",
                "spokeswoman",
            ]
        ),
        max_size=40,
    )
)
def test_any_text_gives_valid_offsets(parts: list[str]) -> None:
    text = " ".join(parts)
    persons = people(text)
    assert_offsets_hold(text, persons)
    for p in persons:
        assert p.mentions and p.name
        assert p.quotes == 0


# ---------------------------------------------------------------- the large word lists

#: The lines of each list hold the entries that begin with the same bytes (UTF-8): two for
#: the names, three for the common words.
KEY_SIZES = {"people-common-words.txt": 3, "people-given-names.txt": 2, "people-surnames.txt": 2}
LARGE_LISTS = list(KEY_SIZES)


@pytest.mark.parametrize("name", LARGE_LISTS)
def test_large_lists_hold_one_prefix_a_line(name: str) -> None:
    """The lookup searches a word's line by its first bytes: every entry must be on the line
    of its prefix, once, and given names must say a gender."""
    text = read_lexicon(name)
    assert text.startswith("#") and "licence" in text.split("\n# Format:")[0].lower()
    size = KEY_SIZES[name]
    prefixes: set[bytes] = set()
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        entries = line.split(" ")
        words = [e.split(":")[0] for e in entries]
        prefix = words[0].encode()[:size]
        assert prefix not in prefixes, line[:40]
        prefixes.add(prefix)
        assert all(w.encode()[:size] == prefix for w in words), line[:40]
        assert len(set(words)) == len(words), line[:40]
        if name == "people-given-names.txt":
            assert all(e.count(":") == 1 and e[-1] in "mf-" for e in entries), line[:40]
        else:
            assert ":" not in line


WORD_LOOKUPS = [
    ("common", "officials", "+"),
    ("common", "a", "+"),
    ("common", "meanwhile", "+"),
    ("common", "officialsq", ""),
    ("common", "", ""),
    ("common", "two words", ""),
    ("given", "John", "m"),
    ("given", "Mary", "f"),
    ("given", "Johnq", ""),
    ("given", "John:m", ""),
    ("surnames", "Smith", "+"),
    ("surnames", "Smithqx", ""),
    # where bytes and characters differ, and the ends of lines
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
    ("surnames", "Smi", ""),
]


@pytest.mark.parametrize(("table", "word", "value"), WORD_LOOKUPS)
def test_large_list_lookups(table: str, word: str, value: str) -> None:
    lexicons = people_module._lexicons()
    words = getattr(lexicons, table)
    assert words[word] == value
    assert (word in words) == bool(value)


def test_large_list_answers_kept_are_bounded() -> None:
    class Small(people_module._WordList):
        MAX_KEPT = 3

    words = Small("people-surnames.txt")
    answers = [words[w] for w in ("Smith", "Jones", "Smithqx", "Brown", "Smith")]
    assert answers == ["+", "+", "", "+", "+"]
    assert len(words) <= 3
