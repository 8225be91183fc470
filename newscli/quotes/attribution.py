"""Attribution of a quote: the cue after it, before it, at the end of its sentence, in
the sentence or paragraph before it, or in the quote next to it."""

from __future__ import annotations

from collections.abc import Sequence

from newscli.model import Span
from newscli.quotes.lexicon import (
    _CLAUSE_VERBS,
    _DASHES,
    _LEAD_PUNCT,
    _OBJECT_CUES,
    _PREPOSITIONS,
    _PROGRESSIVE,
    _REACH,
    INDIRECT_CUES,
    INVERTING_CUES,
    PRONOUNS,
    TIME_WORDS,
    TITLE_WORDS,
    speaker_nouns,
)
from newscli.quotes.marks import _blank_before, _Context, _Raw
from newscli.quotes.phrases import (
    _CUE_SECOND_WORDS,
    _abbrev_or_initial,
    _adverb,
    _after_conjunction,
    _cue_heads,
    _drop_parens,
    _extend_after,
    _is_cap,
    _is_cue,
    _Mention,
    _np_after,
    _np_ending_at,
    _subject_before,
    _subject_first,
    _Tok,
    _tokens,
)

# ---------------------------------------------------------------------------- attribution

#: An attribution found in a context: (mention, cue span) with the token list it indexes.
_Attr = tuple[_Mention | None, Span, list[_Tok]]


def _attr_after(text: str, a: int, b: int) -> _Attr | None:
    """``“Q,” she said`` / ``“Q,” said X`` / ``“Q” — X``: the cue after a quote."""
    toks = _drop_parens(_tokens(text, a, b))
    i = 0
    dash: _Tok | None = None
    while i < len(toks) and (toks[i][0] in _LEAD_PUNCT or toks[i][0] in _DASHES):
        if toks[i][0] in _DASHES:
            dash = toks[i]
        i += 1
    n = len(toks)
    limit = min(n, i + 14)
    if i + 2 < n and _is_cap(toks[i][0]) and any(t[0] == "," for t in toks[i : i + 6]):
        limit = min(n, i + 45)  # "…,” Jane Doe, director of a long-named institute, said"
    heads = _cue_heads()  # (a set look-up passes over the words no cue starts with)
    for c in range(i, limit):
        t = toks[c][0]
        if t in (":", ";", "(", ")") or (
            t == "."
            and c > i
            and not _abbrev_or_initial(toks[c - 1][0])
            and not (c + 1 < n and toks[c + 1][0] == ",")  # "Jo Hall, R-Pa., said"
        ):
            break
        width = _is_cue(toks, c) if toks[c][0].lower() in heads else 0
        if not width:
            continue
        cue = Span(text[toks[c][1] : toks[c + width - 1][2]], toks[c][1], toks[c + width - 1][2])
        according = toks[c][0].lower() == "according"
        if c == i and toks[c][0].lower().endswith("ing") and not according:
            return None  # ", saying …": the speaker is the subject before the quote
        if c == i or according:
            m = _np_after(toks, c + width, n)
            if m is not None and m.last < n and toks[m.last][0].lower() in _CLAUSE_VERBS:
                return None  # "…,” said the candidate could win": a report, not an inversion
            m = _extend_after(toks, m, n)
            if m is None and c > i:
                m = _subject_before(toks, c, i)
            return (m, cue, toks) if m is not None or c == i else None
        m = _subject_before(toks, c, i)
        if m is None and toks[c][0].lower() in INVERTING_CUES:
            m = _extend_after(toks, _np_after(toks, c + 1, n), n)
        if m is not None and c + width < n and toks[c + width][0] == ":":
            return None  # "… .” Mr. Zahed said: “…”: the cue introduces the next quote
        if m is not None:
            return _reported_by(text, toks, c + width, n) or (m, cue, toks)
        return None
    if dash is not None and i < n:
        m = _np_after(toks, i, n)
        if m is not None and m.kind in ("name", "org"):
            return m, Span(dash[0], dash[1], dash[2]), toks
    return None


def _name_start(toks: list[_Tok], m: _Mention) -> int:
    """The first token of a name mention with the role words before it ("spokesman
    Glen Caplin", "Sen. John McCain")."""
    k = m.extent()[0]
    while k - 1 > 0 and (
        toks[k - 1][0].lower() in TITLE_WORDS
        or toks[k - 1][0].lower() in speaker_nouns()
        or (toks[k - 1][0] == "." and k - 2 >= 0 and toks[k - 2][0].lower() in TITLE_WORDS)
    ):
        k -= 1
    return k


def _reported_by(text: str, toks: list[_Tok], k: int, n: int) -> _Attr | None:
    """The source that reports a report: in "“Q,” Jane Doe said, according to The Post",
    the source of the quote as the article gives it is The Post."""
    for j in range(k, min(n - 2, k + 12)):
        t = toks[j][0]
        if t in (".", ":", ";", "!", "?") and not _abbrev_or_initial(toks[j - 1][0]):
            return None
        if t.lower() == "according" and toks[j + 1][0].lower() == "to":
            m = _np_after(toks, j + 2, n)
            if m is None:
                return None
            return m, Span(text[toks[j][1] : toks[j + 1][2]], toks[j][1], toks[j + 1][2]), toks
    return None


def _attr_before(text: str, toks: list[_Tok], w0: int) -> _Attr | None:
    """``X said: “Q”`` / ``X said China would uphold “Q”`` / ``according to X, “Q”``.

    ``toks`` are the words of the sentence before the quote (quoted words left out);
    the cue is looked for from ``w0`` on (after the quote before this one), nearest
    first; a cue without a subject ("anybody who complains") gives way to the one before."""
    n = len(toks)
    c = n - 1
    tried = 0
    passive: Span | None = None  # the nearest cue in the passive voice ("was labeled")
    heads = _cue_heads()  # (a set look-up passes over the words no cue starts with)
    while c >= w0 and tried < 3:
        w = toks[c][0].lower()
        width = _is_cue(toks, c) if w in heads else 0
        if width == 0 and c > 0 and w in _CUE_SECOND_WORDS and _is_cue(toks, c - 1) == 2:
            c -= 1
            width = 2
        if not width or (c + width < n and toks[c + width][0] == "by"):
            c -= 1
            continue
        tried += 1
        found = _attr_at(text, toks, w0, c, width)
        if found is None and passive is None and _passive(toks, c, w0):
            passive = Span(text[toks[c][1] : toks[c + width - 1][2]], toks[c][1], toks[c + width - 1][2])
        if found is not None and found[0] is not None and found[0].kind == "pronoun":
            outer = _outer_report(text, toks, w0, found[0].first)
            if outer is not None:
                return outer
        if found is not None:
            return found
        c -= 1
    if n > w0 and toks[-1][0] == ":":
        m = _np_ending_at(toks, n - 2, w0) if n >= 2 else None
        k = _name_start(toks, m) - 1 if m is not None and m.kind == "name" else -1
        spoken_to = k >= w0 and toks[k][0].lower() in _PREPOSITIONS
        if spoken_to and not (k > w0 and toks[k - 1][0].lower() == "according"):
            m = None  # "… delivered a blunt message to Trump: “…”": the one spoken to
        if m is None or m.kind != "name":
            m = _subject_first(toks, n - 1)
        if m is not None and m.kind in ("name", "pronoun", "org", "nominal"):
            return m, Span(":", toks[-1][1], toks[-1][2]), toks
    if passive is not None:
        return None, passive, toks  # a report with no speaker: "it was labeled “Mostly True.”"
    return None


def _outer_report(text: str, toks: list[_Tok], w0: int, k: int) -> _Attr | None:
    """The report that holds a pronoun's report: in "Lynch said she recalled thinking,
    “…”" the quote is Lynch's, named where the sentence reports her."""
    k -= 1
    if k >= w0 and toks[k][0].lower() == "that":
        k -= 1  # "said that she …"
    while k >= w0 and toks[k][0].lower() in TIME_WORDS:
        k -= 1  # "said Monday she …"
    if k < w0:
        return None
    if toks[k][0].lower() in _FELT and k - 1 >= w0 and toks[k - 1][0].lower() in PRONOUNS:
        # "Moore said he felt they were saying, “…”": past the belief to who reports it
        return _outer_report(text, toks, w0, k - 1)
    width = _is_cue(toks, k)
    if not width:
        # "Graham assures his audience he will …": past the object of a cue that takes one
        for back in range(k - 1, max(w0 - 1, k - 4), -1):
            if toks[back][0].lower() in _OBJECT_CUES:
                k, width = back, _is_cue(toks, back)
                break
            if not toks[back][0][:1].islower():
                break
    if width and (toks[k][0].lower() in INDIRECT_CUES or toks[k][0].lower() in _OBJECT_CUES):
        outer = _attr_at(text, toks, w0, k, width)
        if outer is not None and outer[0] is not None and outer[0].kind == "name":
            return outer
    return None


#: Verbs of belief between a report and a pronoun that reports in turn ("he felt they …").
_FELT = frozenset({"felt", "feels", "thought", "thinks", "believed", "believes", "knew", "knows"})


def _attr_at(text: str, toks: list[_Tok], w0: int, c: int, width: int) -> _Attr | None:
    """The speaker of the cue at ``toks[c]`` (``width`` tokens long), if it has one."""
    n = len(toks)
    cue = Span(text[toks[c][1] : toks[c + width - 1][2]], toks[c][1], toks[c + width - 1][2])
    if toks[c][0].lower() == "according":
        m = _np_after(toks, c + 2, n)
        return (m, cue, toks) if m is not None else None
    if toks[c][0].lower().endswith("ing") and c > 0 and toks[c - 1][0].lower() not in _PROGRESSIVE:
        # "…, with spokesman Glen Caplin saying …", "footage of Trump saying …": the
        # person the participle belongs to
        j = c - 1
        while j > w0 and _adverb(toks[j][0].lower()) and toks[j][0].islower():
            j -= 1  # "with Trump reportedly yelling"
        if _is_cap(toks[j][0]):
            m = _np_ending_at(toks, j, w0)
            if (
                m is not None
                and m.kind == "name"
                and m.extent()[0] > w0
                and toks[_name_start(toks, m) - 1][0].lower() in ("with", "of")
            ):
                return m, cue, toks
        # "Sanders compared himself to Clinton, saying …", "Trump sent an email saying …":
        # a participle's speaker is the subject of its clause, not the noun before it
        m = _subject_first(toks, c)
        return (m, cue, toks) if m is not None else None
    if _passive(toks, c, w0):
        return None  # "X was said to be “furious”", "the book is described as “…”": nobody speaks
    if c > 0 and toks[c - 1][0].lower() == "to":
        m = _subject_first(toks, c)  # "Trump was quick to add that …"
        return (m, cue, toks) if m is not None else None
    m = _subject_before(toks, c, w0)
    if m is not None and m.kind == "relative" and m.antecedent is None:
        m = None  # "anybody who complains": not the speaker of the quote
    if (
        m is not None
        and m.kind == "nominal"
        and m.first > 0
        and toks[m.first - 1][0].lower() in _PREPOSITIONS
    ):
        # "Protesters marching through the streets chanted": the noun after a
        # preposition is not the subject
        inner = m
        m = _subject_first(toks, c) or m
        if (
            m is not inner
            and m.first < inner.first
            and m.extent()[1] <= inner.first
            and not any(t[0] in (";", ":", "(", ")") for t in toks[m.last : inner.first])
        ):
            m.span_last = inner.last  # the source phrase: "A letter to the committee members"
    if m is None and toks[c][0].lower() in INVERTING_CUES:
        m = _np_after(toks, c + 1, n)
        if m is not None and m.last < n and toks[m.last][0] not in (",", ":", "that"):
            m = None
        m = _extend_after(toks, m, n)
    if m is None and (toks[c][0].lower().endswith("ing") or _after_conjunction(toks, c)):
        m = _subject_first(toks, c)  # "Trump issued a statement saying “Q”", "… and called"
    if m is None:
        return None
    return m, cue, toks


#: Forms of "be" that make a past participle after them passive ("was said").
_BE = frozenset({"is", "was", "are", "were", "be", "been", "being"})


def _passive(toks: list[_Tok], c: int, lo: int) -> bool:
    """Whether the cue at ``toks[c]`` is a past participle in the passive voice ("is
    described", "was widely said"): its subject is what is reported on, not a speaker."""
    w = toks[c][0].lower()
    if not (w.endswith("ed") or w in ("said", "told", "written", "shown", "known", "seen")):
        return False
    if (
        c + 1 < len(toks)
        and toks[c + 1][0].lower() == "to"
        and any(_is_cue(toks, k) for k in range(c + 2, min(len(toks), c + 4)))
    ):
        return False  # "is alleged to have said “…”": the subject said it
    j = c - 1
    while j >= lo and _adverb(toks[j][0].lower()) and toks[j][0].islower():
        j -= 1  # "was widely described"
    return j >= lo and toks[j][0].lower() in _BE


def _has_passive_cue(toks: list[_Tok]) -> bool:
    """Whether a cue in the passive voice stands among ``toks`` (see :func:`_passive`)."""
    heads = _cue_heads()
    return any(
        t[0].lower() in heads and _is_cue(toks, k) and _passive(toks, k, 0) for k, t in enumerate(toks)
    )


def _tail_attr(text: str, toks: list[_Tok], end: int) -> tuple[int, _Attr] | None:
    """A cue that ends its sentence after a comma: ``…, X said.``, ``…, said X, a …`` or
    ``…, according to X.``; the index of that comma and the attribution."""
    commas: list[int] = []  # the last two commas, within 25 words of the end
    for k in range(end - 1, max(-1, end - 25), -1):
        if toks[k][0] == ",":
            commas.append(k)
            if len(commas) == 2:
                break
    for last_comma in commas:
        if last_comma < 1 or (last_comma == commas[0] and end - last_comma > 12):
            continue
        found = _tail_cue(text, toks, last_comma, end)
        if found is not None:
            return last_comma, found
    return None


def _tail_cue(text: str, toks: list[_Tok], last_comma: int, end: int) -> _Attr | None:
    n = len(toks)
    heads = _cue_heads()
    for c in range(last_comma + 1, end):
        width = _is_cue(toks, c) if toks[c][0].lower() in heads else 0
        if not width:
            continue
        w = toks[c][0].lower()
        if w != "according" and w not in INDIRECT_CUES:
            return None
        if w == "according" or c == last_comma + 1:
            if w != "according" and w not in INVERTING_CUES:
                return None  # "…, told Fox News": the object, not the speaker
            m = _np_after(toks, c + width, n)
            rest = end - m.last if m is not None else 0
            if w == "according" or (m is not None and m.last < end and toks[m.last][0] == ","):
                rest = 0
            m = _extend_after(toks, m, end)
        else:
            m = _subject_before(toks, c, last_comma + 1)
            rest = end - c - width
        # the cue ends the sentence ("…, he said on Monday."): nothing reported after it
        if m is not None and rest <= 4 and not any(t[0].lower() == "that" for t in toks[c:end]):
            cue = Span(text[toks[c][1] : toks[c + width - 1][2]], toks[c][1], toks[c + width - 1][2])
            return m, cue, toks
        return None
    return None


def _attr_lead_in(text: str, r: _Raw, ctx: _Context, blocks: Sequence[tuple[int, int]]) -> _Attr | None:
    """For a quote that opens its sentence: the attribution in the sentence just before
    it, when that sentence holds no quote ("She says … . “Q.”"), or in the paragraph
    before when that paragraph ends with a colon ("Dr. Ward stated:")."""
    s_lo = ctx.sentence_of(r.open_at)[0]
    p_lo = blocks[r.paragraph][0]
    if not _blank_before(text, r.open_at, max(s_lo, p_lo)):
        return None
    if s_lo > p_lo:
        prev = ctx.sentence_of(s_lo - 1)
        if prev[0] >= p_lo and not ctx.has_quote(prev[0], prev[1]):
            lo = max(prev[0], prev[1] - _REACH)
            return _attr_before(text, _tokens(text, lo, prev[1]), 0)
        return None
    if r.paragraph > 0:
        b_lo, b_hi = blocks[r.paragraph - 1]
        if text[b_lo:b_hi].rstrip().endswith(":"):
            prev = ctx.sentence_of(b_hi - 1)
            lo = max(prev[0], b_lo, b_hi - _REACH)
            toks = [t for t in _tokens(text, lo, b_hi) if not ctx.in_quote(t[1])]
            return _attr_before(text, toks, 0)
    return None


def _donor(raws: Sequence[_Raw], n: int, ctx: _Context, same_sentence: bool) -> _Raw | None:
    """An attributed quote next to quote ``n`` in its sentence (or its paragraph)."""
    r = raws[n]
    sent = ctx.sentence_of(r.open_at)
    par = r.paragraph
    for k in (n - 1, n + 1, n - 2, n + 2):
        if not (0 <= k < len(raws) and raws[k].own):
            continue
        q = raws[k]
        if q.paragraph != par and q.last_paragraph != par:
            continue
        q_sent = ctx.sentence_of(q.open_at)
        in_sentence = sent[0] <= q.open_at < sent[1] or q_sent[0] <= r.open_at < q_sent[1]
        if in_sentence or not same_sentence:
            return q
    return None


def _donor_before(raws: Sequence[_Raw], n: int, text: str, blocks: Sequence[tuple[int, int]]) -> _Raw | None:
    """For a quote that opens its paragraph: the quote that ends the paragraph before;
    for a quote right after another: that one."""
    r = raws[n]
    lo = blocks[r.paragraph][0]
    if n > 0 and (
        _blank_before(text, r.open_at, lo) or _blank_before(text, r.open_at, raws[n - 1].close_end)
    ):
        prev = raws[n - 1]
        if prev.last_paragraph >= r.paragraph - 1 and prev.speaker is not None:
            return prev
    return None
