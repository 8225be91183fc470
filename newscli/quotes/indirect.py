"""Reported speech without marks: ``X said (that) …``, ``…, X said.``, ``according to
X, …``, findings and beliefs; the span is the reported clause."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newscli.model import Span
from newscli.quotes.attribution import _Attr, _tail_attr
from newscli.quotes.lexicon import (
    _ASK_CUES,
    _BEFORE_THAT,
    _BELIEF_CUES,
    _FINDING_CUES,
    _FINDING_SOURCES,
    _NO_CLAUSE,
    _OBJECT_CUES,
    _REACH,
    _SUBJECT_PRONOUNS,
    _WH_WORDS,
    BETWEEN_SUBJECT_AND_CUE,
    INDIRECT_CUES,
    TIME_WORDS,
)
from newscli.quotes.marks import _Context, _has_mark
from newscli.quotes.phrases import (
    _after_conjunction,
    _is_cap,
    _is_cue,
    _is_word,
    _name_run_forward,
    _negated,
    _np_after,
    _strip_possessive,
    _subject_before,
    _subject_first,
    _Tok,
    _tokens,
)


def _reports_again(toks: Sequence[_Tok], k: int, end: int) -> bool:
    """Whether ``toks[k:]`` opens a new report: (but|and|while)? subject cue."""
    if k < end and toks[k][0].lower() in ("but", "and", "while", "though", "although"):
        k += 1
    if k >= end:
        return False
    w = toks[k][0]
    if w.lower() in _SUBJECT_PRONOUNS:
        k += 1
    elif _is_cap(w):
        k = _name_run_forward(toks, k, end)
    else:
        return False
    while k < end and toks[k][0].lower() in BETWEEN_SUBJECT_AND_CUE:
        k += 1
    return k < end and toks[k][0].lower() in INDIRECT_CUES and _is_cue(toks, k) == 1


def _indirect(text: str, a: int, b: int, depth: int = 0) -> list[tuple[tuple[int, int], _Attr]]:
    """Reported speech in the sentence ``text[a:b]``: ``X said (that) …``, ``…, X said.``,
    ``according to X, …`` and ``…, according to X.``; the span is the reported clause."""
    toks = _tokens(text, a, b)
    n = len(toks)
    end = n
    while end > 0 and not _is_word(toks[end - 1][0]):
        end -= 1  # final punctuation
    if end < 4:
        return []
    # "According to X, …"
    if n > 3 and toks[0][0].lower() == "according" and _is_cue(toks, 0) == 2:
        m = _np_after(toks, 2, n)
        if m is not None:
            k = m.last
            while k < end and toks[k][0] != ",":
                k += 1
            if end - k > 3:
                cue = Span(text[toks[0][1] : toks[1][2]], toks[0][1], toks[1][2])
                return [((toks[k + 1][1], toks[end - 1][2]), (m, cue, toks))]
    low = [t[0].lower() for t in toks]
    # "…, according to the polling average in New Hampshire – despite …"
    for k in range(4, end - 2) if "according" in low else ():
        if toks[k][0] == "," and low[k + 1] == "according" and low[k + 2] == "to":
            m = _np_after(toks, k + 3, n)
            if m is not None:
                cue = Span(text[toks[k + 1][1] : toks[k + 2][2]], toks[k + 1][1], toks[k + 2][2])
                return [((toks[0][1], toks[k - 1][2]), (m, cue, toks))]
    # "…, X said." / "…, said X." / "…, according to X."
    tail = _tail_attr(text, toks, end)
    if tail is not None and tail[0] > 3:
        return [((toks[0][1], toks[tail[0] - 1][2]), tail[1])]
    # "X said (that) …"
    for c in range(1, end - 3):
        w = low[c]
        if w not in _INDIRECT_WORDS:
            continue
        if w in _FINDING_CUES or w in _BELIEF_CUES:
            found = _finding(text, toks, c, end)
            if found:
                return found
            continue
        if w not in INDIRECT_CUES or _is_cue(toks, c) != 1:
            continue
        m = _subject_before(toks, c, 0)
        if m is None and _after_conjunction(toks, c) and toks[c - 1][0] != ",":
            m = _subject_first(toks, c)  # "X called on Congress to act and said …"
        if m is None or (m.kind == "relative" and m.antecedent is None):
            continue
        if m.first > 0 and low[m.first - 1] in ("which", "that", "who", "whom", "what"):
            continue  # "…, which he said were …": a parenthesis, not a report
        if _negated(toks, c):
            continue  # "did not say that …" reports nothing
        j = c + 1
        nxt = low[j]
        cue = Span(toks[c][0], toks[c][1], toks[c][2])
        if nxt == "," and m.first > 1 and toks[m.first - 1][0] == ",":
            # "In any case, Mr. DiPietro said, the industry was …": the whole sentence
            return [((toks[0][1], toks[end - 1][2]), (m, cue, toks))]
        if w in _ASK_CUES:
            k = j
            while k < min(end, j + 7) and low[k] not in _WH_WORDS:
                k += 1
            if k >= min(end, j + 7) or end - k < 3:
                return []
            return [((toks[k][1], toks[end - 1][2]), (m, cue, toks))]
        if w in _OBJECT_CUES or nxt in _BEFORE_THAT or nxt in TIME_WORDS or nxt == ",":
            k = j
            while k < min(end, j + 10) and low[k] != "that":
                k += 1
            if k >= min(end, j + 10):
                # no "that": the clause opens at its subject pronoun
                # ("Trump said after the convention he would not …")
                k = j
                while k < min(end, j + 10) and low[k] not in _SUBJECT_PRONOUNS:
                    k += 1
                if k >= min(end, j + 10):
                    return []
                k -= 1
            j = k + 1
        elif nxt == "that":
            j += 1
        elif nxt in _NO_CLAUSE or not _is_word(toks[j][0]):
            return []
        # "… and said she was not concerned": a second report of the same subject
        stop = end
        rest: list[tuple[tuple[int, int], _Attr]] = []
        for k in range(j + 2, end - 3):
            tk = toks[k][0]
            if low[k] == "and" and low[k + 1] in INDIRECT_CUES and _is_cue(toks, k + 1):
                stop = k - 1 if toks[k - 1][0] == "," else k
                break
            if tk in ("—", "–", "--") and k - j >= 4:
                stop = k  # "… he doesn’t want to — a proposal he has raised": an aside
                break
            if tk == "," and depth < 3 and _reports_again(toks, k + 1, end):
                # "…, they also say he …" / "…, but he said …": a report of its own
                stop = k
                rest = _indirect(text, toks[k + 1][1], b, depth + 1)
                break
        if stop - j < 3:
            return []
        found = [((toks[j][1], toks[stop - 1][2]), (m, cue, toks))]
        if rest:
            return found + rest
        if stop < end:
            k = stop + (2 if toks[stop][0] == "," else 1)
            nj = k + 1
            if nj < end and low[nj] == "that":
                nj += 1
            if end - nj >= 3 and low[nj] not in _NO_CLAUSE and _is_word(toks[nj][0]):
                cue2 = Span(toks[k][0], toks[k][1], toks[k][2])
                found.append(((toks[nj][1], toks[end - 1][2]), (m, cue2, toks)))
        return found
    return []


def _finding(text: str, toks: list[_Tok], c: int, end: int) -> list[tuple[tuple[int, int], _Attr]]:
    """``A poll found (that) …`` / ``He believes (that) …``."""
    if toks[c][0][:1].isupper():
        return []
    m = _subject_before(toks, c, 0)
    if m is None or m.kind == "relative" or _negated(toks, c):
        return []
    head = _strip_possessive(toks[m.last - 1][0]).lower()
    w = toks[c][0].lower()
    j = c + 1
    if j < end and toks[j][0].lower() == "that":
        j += 1
    elif (w in _FINDING_CUES and head not in _FINDING_SOURCES) or (
        w in _BELIEF_CUES and m.kind not in ("name", "pronoun")
    ):
        return []
    if (
        j >= end
        or end - j < 4
        or not _is_word(toks[j][0])
        or toks[j][0].lower() in _NO_CLAUSE
        or toks[j][0].lower() in _BEFORE_THAT
    ):
        return []
    cue = Span(toks[c][0], toks[c][1], toks[c][2])
    return [((toks[j][1], toks[end - 1][2]), (m, cue, toks))]


#: Every word that can introduce reported speech, to skip sentences without one.
_INDIRECT_WORDS = INDIRECT_CUES | _FINDING_CUES | _BELIEF_CUES | {"according"}

#: Punctuation that separates words when the sentences' words are compared with the
#: cues (an apostrophe does not: "don't"); each becomes a space.
_SEPARATOR_CHARS = ',.;:!?()[]{}"“”‘’«»„—–'
_WORD_SEPARATORS = re.compile("[" + re.escape(_SEPARATOR_CHARS) + "]")
#: The same replacement as a table for str.translate, which on ASCII text (most English
#: news) runs ~5x faster than the pattern and on any other text ~8x slower.
_SEPARATOR_SPACES = str.maketrans(dict.fromkeys(_SEPARATOR_CHARS, " "))


def _indirect_sentences(text: str, lo: int, ctx: _Context) -> list[tuple[int, int]]:
    """The sentences that may hold reported speech without marks: not too long, with no
    quote marks in or around them, and with a word that may introduce it (that test on
    the lower-cased words, after the cheaper ones)."""
    found: list[tuple[int, int]] = []
    if not ctx.sentences:
        return found
    start = min(lo, ctx.sentences[0][0])
    # The separators become spaces in one pass over the whole text, not one per
    # sentence (a character for a character, so a sentence's slice is the same).
    low = text[start:].lower()
    words_text = low.translate(_SEPARATOR_SPACES) if low.isascii() else _WORD_SEPARATORS.sub(" ", low)
    for a, b in ctx.sentences:
        if b - a > _REACH * 4 or ctx.meets_quote(a, b):
            continue
        words = words_text[a - start : b - start].split()
        # (the words before the stray marks: most sentences fail on the words, few
        # hold a mark that no quote explains)
        if not _INDIRECT_WORDS.isdisjoint(words) and not _has_mark(text, a, b):
            found.append((a, b))
    return found
