"""Tense: which way a relative expression points from the publication date.

A bare weekday or month ("on Thursday", "in February") names a day or month either side
of the publication date; the verbs near it decide which. We find the tense markers of a
sentence once (finite verbs and auxiliaries), and each expression takes the tense of
the nearest marker: "On Thursday he said" is past, "will travel on Thursday" future.
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "present", "future"]

#: Auxiliaries and phrases that put what follows in the future.
FUTURE_MARKERS = (
    "will", "'ll", "’ll", "shall", "won't", "won’t", "wo n't", "would", "going to", "gonna",
    "plans to", "plan to", "planned to", "expected to", "expects to", "is to", "are to",
    "scheduled", "due to", "set to", "intends to", "upcoming", "next", "tomorrow",
)

#: Irregular past-tense verbs common in news (regular ones are found by their -ed ending).
PAST_IRREGULAR = (
    "said", "told", "was", "were", "had", "did", "went", "came", "made", "took", "gave", "got",
    "began", "left", "met", "saw", "found", "held", "fell", "rose", "won", "lost", "sold",
    "bought", "paid", "brought", "thought", "became", "ran", "spoke", "wrote", "sent", "set",
    "kept", "put", "hit", "cut", "led", "felt", "knew", "grew", "drew", "struck", "stood",
    "fought", "caught", "taught", "spent", "built", "shot", "broke", "chose", "flew", "threw",
    "ago", "yesterday", "last", "earlier",
)

#: Words ending in -ed that are not past tense.
NOT_PAST_ED = frozenset(
    "need needed proceed exceed succeed speed seed feed bed red shed embed indeed hundred "
    "breed creed deed weed bleed freed greed steed tweed united limited based related "
    "so-called alleged supposed".split()
)

PRESENT_MARKERS = ("is", "are", "am", "says", "say", "has", "have", "does", "do", "remains", "seems")

_WORD = re.compile(
    r"(?P<fut>\b(?:" + "|".join(re.escape(w) for w in FUTURE_MARKERS if w[0].isalpha()) + r")\b|['’]ll\b)"
    r"|(?P<past>\b(?:" + "|".join(PAST_IRREGULAR) + r")\b|\b[a-z]{3,}ed\b)"
    r"|(?P<pres>\b(?:" + "|".join(PRESENT_MARKERS) + r")\b)",
    re.IGNORECASE,
)


def markers(text: str) -> list[tuple[int, int, Tense]]:
    """The tense markers of a sentence: (start, end, tense), in order."""
    out: list[tuple[int, int, Tense]] = []
    for m in _WORD.finditer(text):
        kind = m.lastgroup
        if kind == "past":
            if m.group().lower() in NOT_PAST_ED:
                continue
            out.append((m.start(), m.end(), "past"))
        elif kind == "fut":
            out.append((m.start(), m.end(), "future"))
        else:
            out.append((m.start(), m.end(), "present"))
    return out


def tense_at(found: list[tuple[int, int, Tense]], start: int, end: int) -> Tense | None:
    """The tense of the marker nearest to ``start..end`` (sentence offsets), outside it."""
    best: Tense | None = None
    best_d = 1 << 30
    for s, e, t in found:
        if s >= start and e <= end:
            continue
        d = start - e if e <= start else s - end
        if d < best_d:
            best, best_d = t, d
    return best
