"""Sentence and word segmentation with offsets.

Rules, in the order they are applied at each candidate end (``.``, ``?``, ``!``, ``…``
followed by any closing quote marks or brackets, then white space):

- the next word must start like a sentence: a capital, a digit, or an opening quote or
  bracket; ``"Why?" he asked`` is one sentence;
- a full stop after a known abbreviation (``Mr.``, ``Dr.``, ``Jan.``, ``St.``, ``Gen.``)
  or an initial (``J.``) does not end a sentence; ``No.`` only before a number;
- a full stop after a dotted abbreviation (``U.S.``, ``a.m.``) ends one only when a
  typical sentence opener follows (``The``, ``He``, ``But``...);
- decimals (``3.5``) and dotted names (``bbc.co.uk``) never split: there is no space.

Every pattern here is linear: no nested quantifiers over overlapping classes.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

#: Words that end in a full stop without ending a sentence (compared without the stop).
ABBREVIATIONS = frozenset(
    """
    Mr Mrs Ms Mx Dr Prof Rev Fr Sr Jr St Mt Ft Sen Rep Gov Gen Lt Col Maj Capt Cmdr Sgt Cpl
    Pvt Adm Brig Supt Insp Det Hon Messrs Mme Mlle Esq Pres Amb Atty Sec Dept Univ Assn
    Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec
    vs etc approx est dept fig figs vol vols ed eds cf al ca Ave Blvd Rd Pl Sq Ln Inc Ltd Corp
    Co Bros Cos Plc
    """.split()
)

#: Weekday abbreviations: an abbreviation only before a date ("Sun. Jan. 5", "Fri. 3 May");
#: "The Sun. Top stories" ends a sentence.
DAY_ABBREVIATIONS = frozenset("Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun".split())
_MONTH_WORDS = frozenset(
    "Jan January Feb February Mar March Apr April May Jun June Jul July Aug August Sep Sept September "
    "Oct October Nov November Dec December".split()
)

#: Abbreviations that end a sentence when the next word clearly starts one.
WEAK_ABBREVIATIONS = frozenset("Inc Ltd Corp Co Bros Cos Plc etc al".split())

#: Abbreviations that only abbreviate before a number (``No. 10``, ``Art. 5``).
NUMBER_ABBREVIATIONS = frozenset("No Nos Art Nr Pt Para Ch Sec".split())

#: Capitalised words that typically open a sentence: after ``U.S.`` they mean a new one.
SENTENCE_OPENERS = frozenset(
    """
    The A An He She It They We I You This That These Those There Here But And Or So Yet Still
    In On At As If When While After Before Since Although Though However Meanwhile Then Now
    His Her Its Their Our My Some Many Most Several Such Other Others One Two Both Each
    Mr Mrs Ms Dr What Who Why How Where
    """.split()
)

#: A candidate end: a run of ``.!?`` or one ``…``, then any closing quote marks or
#: brackets. It opens on one character class, so that the search skips to the
#: candidates at C speed (a pattern that opens on alternatives is tried at every
#: character); the lookbehind ends the run after ``…``. The curly closing marks go in a
#: group of their own: in one class with the others they would make the compiler build
#: a 64K-entry table.
_END = re.compile(r"[.!?…](?:(?<=…)|[.!?]*)[\"'»)\]]*(?:[”’][\"'»)\]]*)*")
#: White space, and the invisible marks (zero-width space, direction marks, BOM) that web
#: text leaves between sentences.
_SPACE = re.compile(r"[\s\u200b-\u200f\u2060\ufeff]+")
_LIST_MARKER = re.compile(r"\d{1,2}\.")
#: A word: letters and digits, joined by apostrophes, full stops and hyphens. ’ goes in a
#: branch of its own: in one class with the others it would make the compiler build a
#: 64K-entry table (~0.1 ms).
WORD = re.compile(r"\w+(?:['.\-]\w+|’\w+)*")
_OPENERS = "\"“‘'«([„•"


def _ends_sentence(text: str, end_match: re.Match[str], nxt: int) -> bool:
    """Whether the candidate end ``end_match`` (next word at ``nxt``) ends a sentence."""
    if nxt >= len(text):
        return True
    ch = text[nxt]
    if ch in _OPENERS and nxt + 1 < len(text):
        ch = text[nxt + 1]
    starts_like_sentence = ch.isupper() or ch.isdigit() or ch in _OPENERS
    if not starts_like_sentence:
        return False
    punct = end_match.group()
    if not punct.startswith(".") or punct.startswith(".."):
        return True
    # A single full stop: look at the word before it.
    start = end_match.start()
    first = start
    limit = max(0, start - 40)
    while first > limit and (text[first - 1].isalnum() or text[first - 1] in "._"):
        first -= 1
    if first == start:
        return True
    word = text[first:start]
    # (the next word is read only where it decides: most words before a full stop are
    # no abbreviation)
    if word in DAY_ABBREVIATIONS:
        return not (ch.isdigit() or _next_word(text, nxt) in _MONTH_WORDS)
    if word in NUMBER_ABBREVIATIONS:
        return not ch.isdigit()
    if word in WEAK_ABBREVIATIONS:
        return _next_word(text, nxt) in SENTENCE_OPENERS
    if word in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        # An initial (J. K. Rowling), unless it is a one-letter word closing a sentence
        # before an obvious opener ("... Plan B. The ...").
        nw = _next_word(text, nxt)
        return nw in SENTENCE_OPENERS and nw not in ("A", "I")
    if _dotted(word):
        return _next_word(text, nxt) in SENTENCE_OPENERS
    return True


def _dotted(word: str) -> bool:
    """Whether a word of letters, digits, ``_`` and full stops ends as a dotted
    abbreviation does: a character, a full stop, a character ("U.S", "a.m", "Ph.D").
    (Three look-ups: a pattern search would be tried at every character of the word.)"""
    return len(word) >= 3 and word[-2] == "." and word[-1] != "." and word[-3] != "."


def _next_word(text: str, nxt: int) -> str:
    """The word at ``nxt`` (past an opening quote mark or bracket), or ""."""
    found = WORD.match(text, nxt if text[nxt] not in _OPENERS else nxt + 1)
    return found.group() if found else ""


def split_sentences(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """Yield ``(start, end)`` offsets of the sentences in ``text[start:end]``.

    Leading and trailing white space is left out of every sentence.
    """
    pos = start
    m = _SPACE.match(text, pos, end)
    if m:
        pos = m.end()
    sent_start = pos
    for em in _END.finditer(text, pos, end):
        cut = em.end()
        sp = _SPACE.match(text, cut, end)
        if sp is None:
            if cut < end:
                continue  # "3.5", "bbc.co.uk", "Really?!" inside a word
            nxt = end
        else:
            nxt = sp.end()
        if cut <= sent_start:
            continue
        if cut - sent_start <= 3 and _LIST_MARKER.fullmatch(text, sent_start, cut):
            continue  # "1. The first point": a list marker opens the sentence, it is not one
        if nxt >= end or _ends_sentence(text, em, nxt):
            yield sent_start, cut
            sent_start = nxt
    if sent_start < end:
        stop = end
        while stop > sent_start and text[stop - 1].isspace():
            stop -= 1
        if stop > sent_start:
            yield sent_start, stop


#: A word for counting: as :data:`WORD`, and numbers with thousands separators ("12,000") are one.
_COUNTED_WORD = re.compile(r"\w+(?:['.\-]\w+|’\w+|,\d{3}(?!\d))*")


def count_words(text: str, start: int = 0, end: int | None = None) -> int:
    """How many words ``text[start:end]`` has, as a reader would count them."""
    return len(_COUNTED_WORD.findall(text, start, len(text) if end is None else end))
