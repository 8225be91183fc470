"""Tense: which way a relative expression points from the publication date.

A bare weekday or month ("on Thursday", "in February") names a day or month either side
of the publication date; the verbs near it decide which. We find the tense markers of a
sentence once (auxiliaries and finite verbs, from its words), and each expression takes
the tense of the nearest marker: "On Thursday he said" is past, "will travel on
Thursday" future. A month in a phrase governed by an infinitive ("agreed to buy the firm
in January") is to come: what one agrees, plans or sets out to do lies ahead.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Literal

from newscli.wordlists import word_set

Tense = Literal["past", "present", "future"]

#: Auxiliaries and words that put what follows in the future.
FUTURE_WORDS = word_set(
    "will shall won't won’t wo gonna scheduled would expects expected plans planned planning intends due "
    "postponed delayed deadline"
)
#: Two-word future markers ("going to").
FUTURE_PAIRS = frozenset(
    {("going", "to"), ("set", "to"), ("is", "to"), ("are", "to"), ("as", "soon"), ("plan", "to")}
)

#: Irregular past-tense verbs common in news (regular ones are found by their -ed ending),
#: and words that place an event in the past.
PAST_WORDS = word_set(
    "said told was were had did went came made took gave got began left met saw found held fell rose "
    "won lost sold bought paid brought thought became ran spoke wrote sent kept hit cut led felt knew "
    "grew drew struck stood fought caught taught spent built shot broke chose flew threw ago "
    "yesterday earlier last wasn't weren't hadn't didn't wasn’t weren’t hadn’t didn’t"
)

#: Words ending in -ed that are not past-tense verbs.
NOT_PAST_ED = word_set(
    "need proceed exceed succeed speed seed feed bed red shed embed indeed hundred breed creed deed "
    "weed bleed freed greed steed tweed united limited based related so-called alleged supposed "
    "expected scheduled planned ed ned fred ted"
)

#: Words after which an -ed word is an adjective ("a newly elected mayor"), not a verb.
BEFORE_ADJECTIVES = word_set("a an the this that its his her their our still newly so very most less more")

#: Auxiliaries that take the tense of a future word after them ("was expected to").
AUXILIARIES = word_set("was were is are had has have")

#: Present-tense auxiliaries and reporting verbs.
PRESENT_WORDS = word_set("is are am says say has have does do remains seems")


#: Every word that can be a marker or make the next one ("to" in "going to"), and the endings
#: that can ("'ll", "-ed"): any other word is passed over at once.
_MAY_MARK = FUTURE_WORDS | PAST_WORDS | PRESENT_WORDS | {second for _, second in FUTURE_PAIRS}
_MARKING_ENDINGS = ("'ll", "’ll", "ed")


def markers(starts: list[int], words: list[str]) -> list[tuple[int, int, Tense]]:
    """The tense markers among a sentence's words (lower-cased, and where each starts):
    (start, end, tense), in order.

    A past participle right after a future auxiliary ("will be held") belongs to the
    future, not the past.
    """
    out: list[tuple[int, int, Tense]] = []
    since_future = 99  # words since the last future marker
    prev = ""
    for s, w in zip(starts, words, strict=True):
        since_future += 1
        if w not in _MAY_MARK and not w.endswith(_MARKING_ENDINGS):
            prev = w
            continue
        e = s + len(w)
        if w in FUTURE_WORDS or w.endswith(("'ll", "’ll")) or (prev, w) in FUTURE_PAIRS:
            if out and prev in AUXILIARIES and out[-1][2] != "future":
                out[-1] = (out[-1][0], out[-1][1], "future")  # "were planning", "was due"
            out.append((s, e, "future"))
            since_future = 0
        elif w in PAST_WORDS or (
            len(w) > 4 and w.endswith("ed") and w not in NOT_PAST_ED and prev not in BEFORE_ADJECTIVES
        ):
            out.append((s, e, "future" if since_future <= 3 else "past"))
        elif w in PRESENT_WORDS:
            out.append((s, e, "present"))
        prev = w
    return out


def tense_at(found: list[tuple[int, int, Tense]], start: int, end: int) -> Tense | None:
    """The tense of the marker nearest to ``start..end`` (sentence offsets), outside it."""
    i = bisect_left(found, (start, -1, "future"))
    best: Tense | None = None
    best_d = 1 << 30
    j = i - 1
    while j >= 0 and found[j][1] > start:  # markers overlapping the expression itself
        j -= 1
    if j >= 0:
        best, best_d = found[j][2], start - found[j][1]
    k = i
    while k < len(found) and found[k][0] < end:
        k += 1
    if k < len(found) and found[k][0] - end < best_d:
        best = found[k][2]
    return best


#: "to" and the word after it, with the word before "to".
_INFINITIVE = re.compile(r"\b([A-Za-z]+)\s+to\s+([a-z]+)\b")
#: What ends the reach of an infinitive: a new clause.
_CLAUSE_BREAK = re.compile(
    r"[;:]|,\s*(?:but|and|under|which|who|while|although|though|as|when|after|before|because|where)\b|\bbut\b",
    re.IGNORECASE,
)
#: A month governed by an infinitive sits in a prepositional phrase ("in January"), not
#: before a noun ("a June agreement", which names the agreement's own date).
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|for|during|until|till|through)\s+$")
#: Words after "to" that are not the verb of an infinitive ("rose to the", "to date").
NOT_INFINITIVE = word_set(
    "the a an this that these those his her its their our my your him them us me it one who whom which "
    "what where date day week month year percent per and or but about more less some any all each every "
    "no other another such most several many much both death power court prison jail trial office "
    "school work hospital bed church market"
)
#: Words before "to" that make it a preposition ("close to", "from ... to").
BEFORE_PREPOSITION = word_set(
    "used according due up close compared prior next addition similar relative from down back related "
    "equal contrary thanks owing as"
)


def infinitive_before(text: str, found: list[tuple[int, int, Tense]], start: int) -> bool:
    """Whether an infinitive after the last tense marker governs the month at ``start``.

    "agreed to buy the firm in January": the infinitive comes after every finite verb
    before the month, in the same clause, and the month is in a prepositional phrase.
    """
    if _PREPOSITION_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    i = bisect_left(found, (start, -1, "future"))
    lo = found[i - 1][0] if i > 0 else 0
    last = None
    for m in _INFINITIVE.finditer(text, lo, start):
        last = m
    if last is None:
        return False
    verb = last.group(2)
    return (
        verb not in NOT_INFINITIVE
        and verb not in PAST_WORDS
        and not verb.endswith(("ing", "ed"))
        and last.group(1).lower() not in BEFORE_PREPOSITION
        and _CLAUSE_BREAK.search(text, last.end(), start) is None
    )
