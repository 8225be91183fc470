"""Words and noun phrases around a cue: tokens with offsets, reporting cues, names,
nominal phrases, subjects of cues and of clauses."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from newscli.quotes.lexicon import (
    _AFTER_ING,
    _BEFORE_ING,
    _CLAUSE_VERBS,
    _COMMUNICATIONS,
    _CONJUNCTION_OPENERS,
    _HEADLINE_CUES,
    _NOUN_OR_VERB,
    _NP_OPENERS,
    _OPENER_WORDS,
    _OUT_CUES,
    _PARTICLES,
    _PHRASAL_CUES,
    _PREPOSITIONS,
    _SUBORDINATORS,
    _TIME_MODIFIERS,
    _VERB_CONTEXT,
    BETWEEN_SUBJECT_AND_CUE,
    DETERMINERS,
    HONORIFICS,
    IRREGULAR_PAST,
    LY_NOUNS,
    ORG_WORDS,
    PRONOUNS,
    RELATIVES,
    STOP_WORDS,
    TIME_WORDS,
    TITLE_WORDS,
    cue_words,
    speaker_nouns,
)

#: A token: a word (letters and digits, joined by apostrophes, hyphens and full stops,
#: with a closing apostrophe: "don't", "U.S", "Democrats’") or any other character that
#: is not white space (the lookahead turns white space away with one test). ’ joins in
#: a branch of its own: in one class with the others it would make the compiler build a
#: 64K-entry table (~0.07 ms of every process' start).
_TOKEN = re.compile(r"(?=\S)(?:\w+(?:[-'.]\w+|’\w+)*['’]?|.)")


# ---------------------------------------------------------------------------- tokens

#: A token: ``(text, start, end)``.
_Tok = tuple[str, int, int]

#: A party and state after a name ("R-Ky.", "D-N.Y.", "R-Texas").
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]{0,12}")


def _tokens(text: str, a: int, b: int) -> list[_Tok]:
    return [(m[0], m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]


def _adverb(w: str) -> bool:
    """Whether a lower-cased word looks like an adverb in "-ly" ("later", "quickly"),
    not a noun that ends so ("family", "rally")."""
    return len(w) > 3 and w.endswith("ly") and w not in LY_NOUNS


def _is_word(t: str) -> bool:
    return t[:1].isalnum()


def _is_cap(t: str) -> bool:
    return t[:1].isupper()


def _is_cue(tokens: Sequence[_Tok], i: int) -> int:
    """Length in tokens of a reporting cue starting at ``tokens[i]`` (0 when none)."""
    w = tokens[i][0].lower()
    if w not in _cue_heads():
        return 0
    if w == "according" and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "to":
        return 2
    if w in _PHRASAL_CUES and i + 1 < len(tokens) and tokens[i + 1][0].lower() in ("back", "out"):
        return 2  # "shot back", "lashed out"
    if w in _OUT_CUES and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "out":
        return 2  # "pointed out"
    if w in ("put", "puts") and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "it":
        return 2  # "as Tom Ridge put it: …"
    if w in cue_words():
        prev = tokens[i - 1][0] if i > 0 else ","
        # "Post" the newspaper is no cue; "Clinton Says …" in a title-case headline is
        if not tokens[i][0][:1].islower() and i > 0:
            nxt_cap = i + 1 < len(tokens) and not tokens[i + 1][0][:1].islower()
            title_case = w in _HEADLINE_CUES or (nxt_cap and w not in _NOUN_OR_VERB)
            if not (_is_cap(prev) and title_case):
                return 0  # "the United States", "Post Reports"
        pw = prev.lower()
        if w.endswith("ing"):
            # "saying" is a cue after a comma or an auxiliary, or before "that", a colon
            # or the quote itself; a noun after "common"
            nxt = tokens[i + 1][0].lower() if i + 1 < len(tokens) else ":"
            if not (
                pw in _BEFORE_ING
                or not _is_word(prev)
                or _adverb(pw)
                or nxt in _AFTER_ING
                or pw in _COMMUNICATIONS
                or pw in TIME_WORDS
            ):
                return 0
        elif w in _NOUN_OR_VERB:
            # "Trump tweets", not "late-night tweets" or "giving states"
            if w.endswith("s"):
                ok = _is_cap(prev) and not prev.endswith(("’s", "'s")) and pw not in DETERMINERS
                ok = ok or pw in PRONOUNS or pw in RELATIVES
                ok = ok or pw in BETWEEN_SUBJECT_AND_CUE or _adverb(pw)
                ok = ok or pw in _COMMUNICATIONS or pw in speaker_nouns()  # "the ad states"
                # an inversion after a comma: "…, reports USA Today."
                ok = ok or (prev == "," and i + 1 < len(tokens) and _is_cap(tokens[i + 1][0]))
            else:
                ok = pw in _VERB_CONTEXT or _adverb(pw)
            if not ok:
                return 0
        return 1
    return 0


def _has_cue(tokens: Sequence[_Tok]) -> bool:
    """Whether a reporting cue starts at any of ``tokens`` (the words that cannot open
    one are passed over with a set look-up)."""
    heads = _cue_heads()
    return any(t[0].lower() in heads and _is_cue(tokens, k) for k, t in enumerate(tokens))


#: The second words of the two-word cues :func:`_is_cue` knows ("according to", "shot
#: back", "lashed out", "pointed out", "put it"): only before one of them can a cue
#: of two words end.
_CUE_SECOND_WORDS = frozenset({"to", "back", "out", "it"})


@lru_cache(maxsize=1)
def _cue_heads() -> frozenset[str]:
    """Every word a cue can start with: a reporting verb, "according", "put" and the
    phrasal verbs (a fast first test for :func:`_is_cue`)."""
    return cue_words() | _PHRASAL_CUES | _OUT_CUES | {"according", "put", "puts"}


def _strip_contraction(w: str) -> str:
    """``he’d`` -> ``he``, ``she'll`` -> ``she``."""
    for mark in ("’", "'"):
        if mark in w:
            return w.split(mark, 1)[0]
    return w


def _strip_possessive(t: str) -> str:
    if not t.endswith(("’s", "'s", "’", "'")):
        return t
    for suffix in ("’s", "'s", "’", "'"):
        if t.endswith(suffix):
            return t[: -len(suffix)]
    return t


class _Mention:
    """A speaker mention: its span, what it is, and for a relative its antecedent.

    ``first``/``last`` hold the words that say who speaks (the name, cut from its title
    and apposition); ``span_first``/``span_last``, when set, the whole source phrase as
    written ("Jim Bopp, a member of the committee"), which is the mention shown."""

    __slots__ = ("antecedent", "first", "kind", "last", "span_first", "span_last")

    def __init__(
        self,
        first: int,
        last: int,
        kind: str,
        antecedent: tuple[int, int] | None = None,
        span_first: int = -1,
        span_last: int = -1,
    ) -> None:
        self.first = first  # token indices (inclusive, exclusive)
        self.last = last
        self.kind = kind  # "name", "org", "nominal", "pronoun", "relative"
        self.antecedent = antecedent
        self.span_first = span_first
        self.span_last = span_last

    def extent(self) -> tuple[int, int]:
        """Token range of the whole source phrase."""
        a = self.first if self.span_first < 0 else min(self.first, self.span_first)
        b = self.last if self.span_last < 0 else max(self.last, self.span_last)
        return a, b


def _name_run_back(tokens: Sequence[_Tok], j: int, lo: int) -> int:
    """First token of the capitalised name run that ends at ``tokens[j]``."""
    k = j
    while k - 1 >= lo:
        t = tokens[k - 1][0]
        if t == "." and k - 2 >= lo and _abbrev_or_initial(tokens[k - 2][0]):
            k -= 1
            continue
        if _is_word(t) and (
            _is_cap(t) or (t.lower() in _PARTICLES and k - 2 >= lo and _is_cap(tokens[k - 2][0]))
        ):
            if t.endswith(("’s", "'s")):
                break  # "Trump's spokeswoman Hope Hicks": the possessor is not the name
            k -= 1
            continue
        break
    return k


def _abbrev_or_initial(t: str) -> bool:
    return (
        "." in t
        or (len(t) == 1 and t.isupper())
        or t.lower() in HONORIFICS
        or t.lower() in TITLE_WORDS
        or t in ("Jr", "Sr", "St")
    )


def _name_run_forward(tokens: Sequence[_Tok], i: int, hi: int) -> int:
    """End (exclusive) of the capitalised name run starting at ``tokens[i]``."""
    k = i
    while k < hi:
        t = tokens[k][0]
        if t == "." and k > i and _abbrev_or_initial(tokens[k - 1][0]):
            k += 1
            continue
        if _is_word(t) and (
            _is_cap(t) or (t.lower() in _PARTICLES and k > i and k + 1 < hi and _is_cap(tokens[k + 1][0]))
        ):
            k += 1
            if t.endswith(("’s", "'s")):
                break
            continue
        break
    return k


def _trim_name(tokens: Sequence[_Tok], a: int, b: int) -> tuple[int, int]:
    """Cut role words, determiners and sentence openers from the front of a name run
    (everything up to its last role word: "Illinois Sen. Barack Obama")."""
    for k in range(b - 2, a - 1, -1):
        w = tokens[k][0].lower()
        if w in TITLE_WORDS and w not in HONORIFICS:
            a = k + 1
            break
    while a < b:
        w = tokens[a][0].lower()
        if w in HONORIFICS:
            break
        if (
            w in TITLE_WORDS
            or w in DETERMINERS
            or w in STOP_WORDS
            or w in _OPENER_WORDS
            or w == "."
            or w in TIME_WORDS
        ):
            a += 1
            continue
        break
    while b > a and tokens[b - 1][0] == ".":
        b -= 1
    while b - a > 2 and tokens[b - 1][0].lower() in cue_words() and tokens[b - 1][0].endswith(("ed", "s")):
        b -= 1  # a verb in a line in title case: "Hillary Clinton Praised “…”", "Reed Says"
    return a, b


def _classify_name(tokens: Sequence[_Tok], a: int, b: int) -> str:
    last = _strip_possessive(tokens[b - 1][0]).lower()
    return "org" if last in ORG_WORDS else "name"


def _np_ending_at(tokens: Sequence[_Tok], j: int, lo: int) -> _Mention | None:
    """The noun phrase that ends at ``tokens[j]`` (a speaker before its cue)."""
    if j < lo:
        return None
    t = tokens[j][0]
    w = t.lower()
    if not _is_word(t):
        return None
    if w in PRONOUNS or _strip_contraction(w) in PRONOUNS:
        return _Mention(j, j + 1, "pronoun")
    if w in RELATIVES:
        ante = None
        if j - 1 >= lo and tokens[j - 1][0] == ",":
            m = _np_ending_at(tokens, j - 2, lo)
            if m is not None and m.kind in ("name", "org", "nominal"):
                ante = (m.first, m.last)
        return _Mention(j, j + 1, "relative", ante)
    if _is_cap(t) and (
        w not in TIME_WORDS
        or (
            w in _NAME_LIKE_TIME_WORDS
            and j > lo
            and (_is_cap(tokens[j - 1][0]) or tokens[j - 1][0] == "the")  # "the Times said"
        )
    ):
        k = _name_run_back(tokens, j, lo)
        of = k - 1
        if of - 1 >= lo and tokens[of][0].lower() == "the" and tokens[of - 1][0] == "of":
            of -= 1  # "… of the National Review"
        if of - 1 >= lo and tokens[of][0] == "of" and _is_cap(tokens[of - 1][0]) and j + 1 - k <= 4:
            # "G.K. Butterfield of North Carolina said": the person before "of" a place
            # (the source phrase is the whole of it)
            k2 = _name_run_back(tokens, of - 1, lo)
            a2, b2 = _trim_name(tokens, k2, of)
            if b2 - a2 >= 2 and _classify_name(tokens, a2, b2) == "name":
                return _Mention(a2, b2, "name", None, -1, j + 1)
        a, b = _trim_name(tokens, k, j + 1)
        if a >= b:
            if k < j + 1 and _is_cap(tokens[j][0]):
                return _np_nominal(tokens, j, lo)
            return None
        if a == k + 1 and tokens[k][0].lower() == "the":
            return _Mention(k, b, "org")  # "The Kremlin", "The White House"
        if k - 1 >= lo and tokens[k - 1][0].lower() == "the":
            return _Mention(k - 1, b, "org")
        return _Mention(a, b, _classify_name(tokens, a, b))
    if w in STOP_WORDS or w in DETERMINERS or w in BETWEEN_SUBJECT_AND_CUE or w in TIME_WORDS:
        return None
    if not t[:1].isalpha():
        return None
    return _np_nominal(tokens, j, lo)


def _np_nominal(tokens: Sequence[_Tok], j: int, lo: int) -> _Mention | None:
    """A common-noun phrase ending at ``tokens[j]``: ``a Coca-Cola spokesman``, ``officials``."""
    k = j
    while k - 1 >= lo and j - k < 7:
        t = tokens[k - 1][0]
        w = t.lower()
        if w in DETERMINERS:
            k -= 1
            break
        if not _is_word(t) or w in STOP_WORDS or w in BETWEEN_SUBJECT_AND_CUE or w in cue_words():
            break
        if (
            t[:1].islower()
            and w.endswith("ed")
            and not (k - 2 >= lo and tokens[k - 2][0].lower() in DETERMINERS)
        ):
            break  # "the senator emailed supporters": the verb ends the phrase
        k -= 1
    # "a spokesman for the campaign": one "for"/"of" link to a head noun before it.
    if k - 2 >= lo and tokens[k - 1][0].lower() in ("for", "of", "at"):
        head = tokens[k - 2][0]
        if head[:1].islower() and head.lower() not in STOP_WORDS and head.lower() not in DETERMINERS:
            inner = _np_nominal(tokens, k - 2, lo)
            if inner is not None:
                k = inner.first
    if tokens[k][0].lower() in _OPENER_WORDS and k < j:
        k += 1
    head = tokens[j][0].lower()
    if head in _OPENER_WORDS or (_adverb(head) and k == j):
        return None  # "meanwhile", "separately": an adverb, not a speaker
    return _Mention(k, j + 1, "nominal")


#: Nouns that end in "s" and are not plurals: a phrase goes on after them.
_SINGULAR_IN_S = frozenset({"news", "series", "species", "politics", "economics", "physics"})


#: Time words that are also the last word of a name ("The New York Times", "Time").
_NAME_LIKE_TIME_WORDS = frozenset({"times", "time", "day", "days", "week", "weeks", "moment"})


def _subject_before(tokens: Sequence[_Tok], c: int, lo: int) -> _Mention | None:
    """The subject of the cue at ``tokens[c]``: the noun phrase before it, past adverbs,
    auxiliaries and time words, with an apposition or relative clause cut off."""
    j = c - 1
    while j >= lo:
        w = tokens[j][0].lower()
        if w in BETWEEN_SUBJECT_AND_CUE or (_adverb(w) and tokens[j][0].islower()):
            j -= 1
        elif w in TIME_WORDS and not (w in _NAME_LIKE_TIME_WORDS and _is_cap(tokens[j][0])):
            j -= 1
            steps = 0
            while j >= lo and steps < 4 and tokens[j][0].lower() in _TIME_MODIFIERS:
                j -= 1
                steps += 1
        elif w == "turn" and j - 1 >= lo and tokens[j - 1][0].lower() == "in":
            j -= 2
        elif w == "here" and j > lo:
            j -= 1  # "Her campaign workers here said"
        else:
            break
    if j < lo:
        return None
    if tokens[j][0] == ",":
        # "X, a member of Y, said" / "X, who ..., said" / "A spokesman, Jane Doe, said"
        k = j - 1
        while k >= lo and tokens[k][0] not in (",", ":", ";") and j - k < 40:
            k -= 1
        if k < lo or tokens[k][0] != ",":
            return None
        chunk = tokens[k + 1 : j]
        if chunk and _PARTY_STATE.fullmatch("".join(t[0] for t in chunk)):
            chunk = []  # "Sen. Rand Paul, R-Ky., said": the party and state, not a name
        if (
            len(chunk) == 2
            and chunk[1][0] == "."
            and len(chunk[0][0]) <= 5
            and _is_cap(chunk[0][0])
            and chunk[0][0].lower() not in HONORIFICS
            and chunk[0][0].lower() not in TITLE_WORDS
            and chunk[0][0] not in ("Jr", "Sr")
        ):
            chunk = []  # "Jo Wilson, of Springfield, Va., said": a state after a place
        if chunk and all(_is_cap(t[0]) or t[0] == "." for t in chunk) and len(chunk) <= 5:
            a, b = _trim_name(tokens, k + 1, j)
            if a < b:
                return _Mention(a, b, _classify_name(tokens, a, b))
        m = _np_ending_at(tokens, k - 1, lo)
        if m is not None and m.kind == "relative":
            return None
        # (a clause on "which" describes a thing, and sources leave it out)
        aside = not _is_apposition(tokens, k + 1, j) or tokens[k + 1][0].lower() == "which"
        # a long apposition holds commas of its own ("Scott Morris, a former official
        # who is now a fellow at the Center, which works …, said"): a person named
        # before an earlier comma is the speaker
        first = m
        for _ in range(4):
            place = m is not None and m.first > lo and tokens[m.first - 1][0].lower() in _PREPOSITIONS
            if m is not None and m.kind == "name" and not place:
                if not aside:
                    m.span_last = j  # the source phrase runs to the comma before the cue
                return m  # (a name after "of" is a place: "Rawlings, 59, of Ashton, Md.")
            k2 = k - 1
            while k2 >= lo and tokens[k2][0] not in (",", ":", ";") and k - k2 < 40:
                k2 -= 1
            if k2 < lo or tokens[k2][0] != ",":
                break
            k = k2
            m = _np_ending_at(tokens, k - 1, lo)
        if first is not None and not aside and first.kind in ("name", "org", "nominal"):
            first.span_last = j
        return first
    if tokens[j][0] == "." and j > lo and tokens[j - 1][0] in ("Jr", "Sr"):
        j -= 1  # "Donald Trump Jr. later joked": the period belongs to the name
    m = _np_ending_at(tokens, j, lo)
    if m is not None and m.kind in ("org", "nominal"):
        named = _open_apposition(tokens, m.first, lo)
        if named is not None:
            named.span_last = m.last
            return named
    return m


def _open_apposition(tokens: Sequence[_Tok], k: int, lo: int) -> _Mention | None:
    """The person before an apposition whose closing comma is missing: in "Sam Lau, the
    communications director for the Iowa Democratic Party said", the name before
    ", the director for" the body that ends at ``tokens[k]``."""
    p = k - 1
    if p - 3 < lo or tokens[p][0] not in ("for", "of", "at"):
        return None
    articles = ("the", "a", "an")
    q = p - 1
    while q > lo and p - q < 6 and tokens[q][0][:1].islower() and tokens[q][0].lower() not in articles:
        if tokens[q][0].lower() in STOP_WORDS:
            return None
        q -= 1
    if q - 2 < lo or tokens[q][0].lower() not in articles or tokens[q - 1][0] != ",":
        return None
    roles = [tokens[x][0].lower() for x in range(q, p)]
    if not any(w in TITLE_WORDS or w in speaker_nouns() for w in roles):
        return None
    m = _np_ending_at(tokens, q - 2, lo)
    return m if m is not None and m.kind == "name" else None


def _is_apposition(tokens: Sequence[_Tok], a: int, b: int) -> bool:
    """Whether ``tokens[a:b]``, set off by commas after a noun phrase, describes it (an
    apposition or relative clause) rather than being an aside ("however", "in turn",
    "for his part", "in a statement")."""
    if a >= b:
        return False
    w = tokens[a][0].lower()
    if b - a == 1 and (w in _OPENER_WORDS or _adverb(w) or w in BETWEEN_SUBJECT_AND_CUE):
        return False
    if w in _CONJUNCTION_OPENERS or (w in _OPENER_WORDS and w not in _PREPOSITIONS):
        return False
    if w in _PREPOSITIONS or w in TIME_WORDS:
        # "at the Carnegie Center" describes; "in a statement", "at a dinner in York" do not
        k = a + 1
        if k < b and tokens[k][0].lower() == "the":
            k += 1
        return k < b and _is_cap(tokens[k][0]) and not any(t[0].lower() in TIME_WORDS for t in tokens[a:b])
    if tokens[a][0][:1].islower() and w.endswith("ing") and w not in _NP_OPENERS:
        nxt = tokens[a + 1][0].lower() if a + 1 < b else ","
        if w in cue_words() or not _is_word(nxt) or nxt in STOP_WORDS or nxt in DETERMINERS:
            return False  # "…, speaking to reporters, said" (but "managing director")
    return True


def _np_after(tokens: Sequence[_Tok], i: int, hi: int) -> _Mention | None:
    """The noun phrase that starts at ``tokens[i]`` (a speaker after an inverted cue)."""
    if i >= hi:
        return None
    t = tokens[i][0]
    w = t.lower()
    if not _is_word(t):
        return None
    if _strip_contraction(w) in ("he", "she", "they"):
        return _Mention(i, i + 1, "pronoun")
    if t[:1].islower() and _adverb(w) and i + 1 < hi and _verb_follows(tokens, i + 1, hi):
        return None  # "said pleasantly into the phone": an adverb, not a speaker
    if _is_cap(t) and (
        w not in TIME_WORDS or (w in _NAME_LIKE_TIME_WORDS and i + 1 < hi and _is_word(tokens[i + 1][0]))
    ):
        e = _name_run_forward(tokens, i, hi)
        if (
            e + 1 < hi
            and tokens[e][0] == "of"
            and _is_cap(tokens[e + 1][0])
            and all(tokens[x][0].lower() in TITLE_WORDS for x in range(i, e))
        ):
            # "Former Secretary of State Madeleine Albright": a title with "of" in it
            e2 = _name_run_forward(tokens, e + 1, hi)
            a2, b2 = _trim_name(tokens, e + 1, e2)
            if a2 > e + 1 and a2 < b2 and _classify_name(tokens, a2, b2) == "name":
                return _Mention(a2, b2, "name")
        a, b = _trim_name(tokens, i, e)
        if a < b and e < hi and _is_noun_like(tokens[e][0]) and not _verb_follows(tokens, e + 1, hi):
            return _nominal_forward(tokens, i, hi)  # "Trump supporters", "Giant screens"
        if e == i + 1 and e + 1 < hi and tokens[e][0] == "of" and tokens[e + 1][0][:1].islower():
            return _nominal_forward(tokens, i, hi)  # "Hundreds of demonstrators", "Members of the panel"
        if a < b:
            if b < hi and tokens[b - 1][0].endswith(("’s", "'s")):
                return _nominal_forward(tokens, i, hi)
            return _Mention(a, b, _classify_name(tokens, a, b))
        return _nominal_forward(tokens, i, hi)
    if t[:1].islower() and w.endswith(("ing", "ed")) and w not in _NP_OPENERS:
        # "representing the Republicans": a verb, not a noun phrase; but "undecided
        # voter Jane Doe" is a person described
        m = _nominal_forward(tokens, i, hi) if i + 1 < hi and tokens[i + 1][0][:1].isalpha() else None
        return m if m is not None and m.kind == "name" else None
    if w in _NP_OPENERS or (
        t[:1].islower()
        and w not in STOP_WORDS
        and w not in DETERMINERS
        and w not in TIME_WORDS
        and w not in cue_words()
    ):
        return _nominal_forward(tokens, i, hi)
    return None


#: Words that end an inverted speaker's apposition when they follow its comma.
_APPOSITION_STOPS = frozenset(
    {"and", "but", "adding", "saying", "noting", "arguing", "as", "when", "because"}
)


def _extend_after(tokens: Sequence[_Tok], m: _Mention | None, hi: int) -> _Mention | None:
    """After an inverted cue, the whole source phrase: the name with what follows it up
    to the end of the clause ("said Jim Bopp, a member of the committee.", "said Sen.
    Tom Carper of Delaware"); an aside after a later comma ("…, at its convention in
    Washington", "…, who said …") is left out. A nominal followed by a name in commas
    ("said a spokeswoman for the firm, Jane Doe") names that person."""
    if m is None or m.kind not in ("name", "org", "nominal"):
        return m
    k = m.last
    end = m.last
    if k + 1 < hi and tokens[k][0].lower() in ("of", "at", "from", "with"):
        # "of the non-partisan Rothenberg Report": up to the clause end, ending on a name
        e = k + 1
        while e < hi and e - k < 12:
            t = tokens[e][0]
            w = t.lower()
            if t == "." and _abbrev_or_initial(tokens[e - 1][0]):
                e += 1
                continue
            if not _is_word(t) and t not in ("&", "-"):
                break
            if w in cue_words() or (w in STOP_WORDS and w not in ("of", "and", "for", "in", "at", "on")):
                break
            e += 1
        last = e - 1
        while last > k and tokens[last][0] == ".":
            last -= 1
        if (e >= hi or tokens[e][0] in (",", ".", ";", ":", "!", "?")) and _is_cap(tokens[last][0]):
            end = k = e
    if (
        m.kind == "nominal"
        and k < hi
        and (tokens[k][0].lower() in _PREPOSITIONS or tokens[k][0].lower() in ("who", "that"))
    ):
        # "said a joint statement from the two agencies", "said one owner of a shop that …"
        e = k
        verb = False
        while e < hi and e - k < 40 and tokens[e][0] not in (",", ";", ":", "(", ")", "—", "–", "."):
            w = tokens[e][0].lower()
            if w in _CLAUSE_VERBS or w in cue_words():
                verb = True  # a verb: the phrase was the subject of a clause, not a source
                break
            e += 1
        if not verb and (e >= hi or tokens[e][0] in (",", ".")):
            end = k = e
    if k < hi and tokens[k][0] == "," and _is_apposition(tokens, k + 1, min(hi, k + 8)):
        nxt = tokens[k + 1][0].lower() if k + 1 < hi else ""
        if nxt in _APPOSITION_STOPS or nxt in cue_words():
            return m if end == m.last else _with_span(m, end)
        if m.kind == "nominal" and k + 1 < hi and _is_cap(tokens[k + 1][0]):
            e = _name_run_forward(tokens, k + 1, hi)
            if e >= hi or tokens[e][0] in (",", ".", ";", ":"):
                a, b = _trim_name(tokens, k + 1, e)
                if a < b and _classify_name(tokens, a, b) == "name":
                    return _Mention(a, b, "name", None, m.first, b)
        e = k + 1
        while e < hi and e - k < 60:  # bounded: a source phrase is never longer
            t = tokens[e][0]
            if t in (";", ":", "(", ")", "—", "–", "--") or (
                t == "."
                and not _abbrev_or_initial(tokens[e - 1][0])
                and not (e + 1 < hi and tokens[e + 1][0] == ",")  # "Tampa, Fla., who …"
            ):
                break
            if t == "," and e + 1 < hi:
                w = tokens[e + 1][0].lower()
                if (
                    (w in _APPOSITION_STOPS and w not in ("and", "but"))
                    or (w in ("and", "but") and e + 2 < hi and tokens[e + 2][0].lower() in PRONOUNS)
                    or (w in _PREPOSITIONS and not _is_apposition(tokens, e + 1, min(hi, e + 8)))
                ):
                    break
                if w == "who" and e + 2 < hi and tokens[e + 2][0].lower() in cue_words():
                    break
                if w in _CLAUSE_VERBS:
                    return m  # "…, said X, an expert, would read this as …": not an inversion
            e += 1
        if e >= hi and (tokens[e - 1][0].lower() in STOP_WORDS or tokens[e - 1][0].lower() in DETERMINERS):
            # the window ends inside the phrase, on a function word (a quote opens there:
            # "said X, who noted that the price had “…”"): the clause is a report of its
            # own, not the source
            r = e - 1
            while r > k and tokens[r][0].lower() not in ("who", "whom", "whose"):
                r -= 1
            if r > k:
                e = r
        while e > k + 1 and not _is_word(tokens[e - 1][0]):
            e -= 1
        if e > k + 1:
            end = e
    return m if end == m.last else _with_span(m, end)


def _with_span(m: _Mention, end: int) -> _Mention:
    return _Mention(m.first, m.last, m.kind, m.antecedent, m.span_first, end)


def _verb_follows(tokens: Sequence[_Tok], k: int, hi: int) -> bool:
    """Whether ``tokens[k]`` starts what follows a verb (a preposition, determiner or
    punctuation): then the word before it was the verb ("Blige sings to Clinton")."""
    if k >= hi:
        return False
    w = tokens[k][0].lower()
    if w in _PARTICLES_AFTER_VERB:
        return True  # "Mr Pearson picks up the theme"
    return not _is_word(tokens[k][0]) or (w in STOP_WORDS and w not in ("and", "or")) or w in DETERMINERS


#: Particles of phrasal verbs ("picks up", "backs down", "sets out").
_PARTICLES_AFTER_VERB = frozenset({"up", "down", "out", "off", "back", "away"})


def _is_noun_like(t: str) -> bool:
    """A lower-case word that can continue a noun phrase (not a verb form, function word
    or cue): "supporters" in "Trump supporters said"."""
    w = t.lower()
    return (
        t[:1].islower()
        and t[:1].isalpha()
        and w not in STOP_WORDS
        and w not in DETERMINERS
        and w not in BETWEEN_SUBJECT_AND_CUE
        and w not in TIME_WORDS
        and w not in cue_words()
        and not w.endswith(("ed", "ing", "ly"))
    )


def _nominal_forward(tokens: Sequence[_Tok], i: int, hi: int) -> _Mention | None:
    """``the campaign``, ``a spokesman for the campaign``, ``campaign spokeswoman Hope Hicks``."""
    k = i + 1 if tokens[i][0].lower() in DETERMINERS else i
    links = 0
    link_at = -1
    while k < hi and k - i < 10:
        t = tokens[k][0]
        w = t.lower()
        if w in ("for", "of", "at") and links == 0 and k + 1 < hi and _is_word(tokens[k + 1][0]):
            links += 1
            link_at = k
            k += 1
            continue
        if (
            t == "."
            and k > i
            and _abbrev_or_initial(tokens[k - 1][0])
            and k + 1 < hi
            and _is_cap(tokens[k + 1][0])
        ):
            k += 1  # "former Rep. George Miller"
            continue
        # "the Washington Post", "The Times": a capitalised cue or time word in a name
        in_name = (k == i and _is_cap(t) and w in _NAME_LIKE_TIME_WORDS) or (
            k > i
            and _is_cap(t)
            and (
                _is_cap(tokens[k - 1][0])
                or (
                    tokens[k - 1][0].lower() in DETERMINERS
                    and (w in cue_words() or w in _NAME_LIKE_TIME_WORDS)
                )
            )
        )
        after_link = k > i and tokens[k - 1][0].lower() == "of"  # "secretary of state"
        if (
            not _is_word(t)
            or w in STOP_WORDS
            or ((w in TIME_WORDS or w in cue_words()) and not in_name and not after_link)
        ):
            break
        if (
            k > i
            and t[:1].islower()
            and w.endswith(("ed", "ing"))
            and tokens[k - 1][0].lower() not in DETERMINERS
        ):
            break  # a verb: "a friend commented", "The spokesman refused"
        if w in IRREGULAR_PAST and (k > i + 1 or (k == i + 1 and tokens[i][0].lower() not in DETERMINERS)):
            break  # "The Florida senator sought …", "Trump went on the attack"
        if k > i + 1 and t[:1].islower() and w in BETWEEN_SUBJECT_AND_CUE:
            break  # "A campaign official later walked back …"
        if (
            k > i + 1
            and t[:1].islower()
            and w.endswith("s")
            and not tokens[k - 1][0].lower().endswith("s")
            and k + 1 < hi
            and (tokens[k + 1][0].lower() in DETERMINERS or tokens[k + 1][0].lower() in _CLAUSE_VERBS)
        ):
            break  # "Hoff's letter makes a case", "the foundation predicts will …": a verb
        links_before = tokens[k - 1][0].lower() in ("for", "of", "at")
        if k > i + 1 and w in DETERMINERS and w != "that" and not links_before:
            k -= 1  # "aides cast her victory": the word before "her" was a verb
            break
        if k > i and t[:1].islower() and _is_cap(tokens[k - 1][0]) and links == 0 and not _is_noun_like(t):
            break  # "candidate Jeb Bush broke down …": the name ends the phrase
        k += 1
        if (
            k - 1 > i
            and t[:1].islower()
            and w.endswith("s")
            and not w.endswith(("ss", "’s", "'s", "us", "is"))
            and w not in _SINGULAR_IN_S  # "the news outlet", "a series of ads"
            and not t.rsplit("-", 1)[-1][:1].isupper()  # "pro-Sanders", "anti-Reeds": a modifier
            and not (k < hi and (tokens[k][0] in TITLE_WORDS or tokens[k][0] in speaker_nouns()))
            and not (links and k < hi and _is_cap(tokens[k][0]))  # "master of ceremonies Al Tabb"
        ):
            # a plural head noun: "his friends" (not "her communications director"), or
            # two joined before the clause ends: "according to his friends and advisers,"
            if (
                k + 1 < hi
                and tokens[k][0] == "and"
                and tokens[k + 1][0][:1].islower()
                and tokens[k + 1][0].endswith("s")
                and _is_noun_like(tokens[k + 1][0])
                and (k + 2 >= hi or tokens[k + 2][0] in (",", ".", ";"))
            ):
                k += 2
            break
    if k <= i or (k == i + 1 and tokens[i][0].lower() in DETERMINERS):
        return None
    # A name at the end of the phrase is the speaker: "campaign spokeswoman Hope Hicks".
    e = k
    s = _name_run_back(tokens, e - 1, i) if _is_cap(tokens[e - 1][0]) else e
    if s < e and links == 0 and not (s == i + 1 and tokens[i][0].lower() in DETERMINERS):
        a, b = _trim_name(tokens, s, e)
        if a < b and _classify_name(tokens, a, b) == "name":
            return _Mention(a, b, "name")
    if links and link_at + 1 < s < e and tokens[link_at + 1][0][:1].islower():
        # "former secretary of state Hillary Clinton": the name after the role speaks
        a, b = _trim_name(tokens, s, e)
        if a < b and _classify_name(tokens, a, b) == "name":
            return _Mention(a, b, "name", None, i, k)
    if links and link_at - 1 > i and _is_cap(tokens[link_at - 1][0]):
        # "conservative commentator Jonah Goldberg of the National Review": the name speaks
        s = _name_run_back(tokens, link_at - 1, i + 1)
        a, b = _trim_name(tokens, s, link_at)
        if a < b and _classify_name(tokens, a, b) == "name":
            return _Mention(a, b, "name", None, i, k)
    return _Mention(i, k, "nominal")


def _drop_parens(toks: list[_Tok]) -> list[_Tok]:
    """The tokens without short parenthetical asides ("Chaffetz (R-Utah) said")."""
    for t in toks:
        if t[0] == "(":
            break
    else:
        return toks  # (a plain loop: most windows hold no parenthesis)
    out: list[_Tok] = []
    k = 0
    while k < len(toks):
        if toks[k][0] == "(":
            e = k + 1
            while e < len(toks) and e - k < 10 and toks[e][0] not in ("(", ")"):
                e += 1
            if e < len(toks) and toks[e][0] == ")":
                k = e + 1
                continue
        out.append(toks[k])
        k += 1
    return out


def _after_conjunction(toks: Sequence[_Tok], c: int) -> bool:
    """Whether the cue at ``c`` is a second verb of its subject ("… and called")."""
    j = c - 1
    while j >= 0 and (toks[j][0].lower() in BETWEEN_SUBJECT_AND_CUE or _adverb(toks[j][0].lower())):
        j -= 1
    return j >= 0 and toks[j][0].lower() in ("and", "but", "then", ",")


def _time_phrase(toks: Sequence[_Tok], i: int, hi: int) -> bool:
    """Whether ``toks[i:]`` opens with a short time phrase and a comma ("A few days
    later, …", "Two weeks ago, …")."""
    for k in range(i, min(hi, i + 6)):
        t = toks[k][0]
        if t == ",":
            return k > i and toks[k - 1][0].lower() in ("later", "earlier", "ago", "before", "after")
        if not _is_word(t) or (t[:1].isupper() and k > i):
            return False
    return False


def _subject_first(toks: Sequence[_Tok], hi: int) -> _Mention | None:
    """The first noun phrase of a clause: its subject, past an opening phrase."""
    i = 0
    while i < hi and not _is_word(toks[i][0]):
        i += 1
    first = toks[i][0].lower() if i < hi else ""
    opened = False
    if (
        first.endswith(("ing", "ed"))
        and first not in _NP_OPENERS
        and i + 1 < hi
        and toks[i + 1][0][:1].islower()  # not a name: "Reed, the mayor, …", "Ted Cruz"
    ):
        # "Speaking to reporters, Bush …", "Asked about it, she …": past the participle
        for k in range(i, min(hi, i + 20)):
            if toks[k][0] == ",":
                i = k + 1
                opened = True
                break
        else:
            return None
        first = toks[i][0].lower() if i < hi else ""
    if first in _SUBORDINATORS and i + 1 < hi:
        m = _np_after(toks, i + 1, hi)  # "While Mr. Ryan, …, laid out …"
        if m is not None and m.kind in ("name", "pronoun"):
            return m
    while first in _CONJUNCTION_OPENERS and i + 1 < hi:
        i += 1  # "But Mr. Sanders …", "And then Trump …"
        while i < hi and toks[i][0] == ",":
            i += 1
        first = toks[i][0].lower() if i < hi else ""
    if first in _OPENER_WORDS or first in STOP_WORDS or first in TIME_WORDS or _time_phrase(toks, i, hi):
        for k in range(i, min(hi, i + 25)):
            if toks[k][0] == ",":
                i = k + 1  # "On Monday, Trump ...", "A few days later, Trump ..."
                break
        else:
            while i < hi and toks[i][0].lower() in _OPENER_WORDS:
                i += 1  # "Now his friends …"
    if opened:
        # "Speaking in Salem, New Hampshire, Trump …": the rest of a place name
        e = _name_run_forward(toks, i, hi) if i < hi and _is_cap(toks[i][0]) else i
        if i < e < hi - 1 and e - i <= 3 and toks[e][0] == "," and _is_cap(toks[e + 1][0]):
            i = e + 1
    if i >= hi:
        return None
    m = _np_after(toks, i, hi)
    if m is not None and m.kind in ("name", "org", "nominal") and m.last < hi and toks[m.last][0] == ",":
        # "Yang Shu, director of the institute, calls …": the apposition belongs to the subject
        k = m.last + 1
        e = k
        while e < hi and e - k < 40 and toks[e][0] not in (",", ":", ";", "(", ")", "—", "–"):
            e += 1
        first = toks[k][0] if k < hi else ""
        describes = (
            first.lower() != "which"
            and (
                not _is_cap(first)
                or first.endswith(("’s", "'s"))  # "Christie, New Jersey’s governor, repeated …"
                or (m.kind == "nominal" and all(_is_cap(t[0]) or t[0] == "." for t in toks[k:e]))
            )
        )
        if (
            e + 1 < hi
            and toks[e][0] == ","
            and e > k
            and describes
            and (_is_apposition(toks, k, e) or (first.lower() in _PREPOSITIONS and first.islower()))
            and toks[e + 1][0][:1].islower()
            and (
                toks[e + 1][0].lower() not in STOP_WORDS or toks[e + 1][0].lower() in BETWEEN_SUBJECT_AND_CUE
            )
        ):
            if m.kind == "nominal" and _is_cap(first) and not first.endswith(("’s", "'s")):
                a, b = _trim_name(toks, k, e)  # "A top strategist, John Weaver, tells …"
                if a < b and _classify_name(toks, a, b) == "name":
                    return _Mention(a, b, "name", None, m.first, e)
            m.span_last = e
    if m is not None and m.kind == "nominal" and m.span_last < 0:
        e = _modifier_end(toks, m.last, hi)
        if e > m.last:
            m.span_last = e  # "A letter to the committee members calls …": the whole phrase
    return m


#: Prepositions that open a phrase describing a noun ("a letter to the members").
_POSTMODIFIERS = frozenset(
    {"to", "in", "of", "from", "for", "at", "on", "with", "by", "over", "inside", "near"}
)


def _modifier_end(toks: Sequence[_Tok], k: int, hi: int) -> int:
    """End of a phrase on a preposition after a subject noun ("… in the report",
    "… hanging over the arena") when a verb follows it, or ``k`` when none does."""
    e = k
    if e + 1 >= hi:
        return k
    participle = toks[e][0][:1].islower() and toks[e][0].endswith("ing")
    if participle and toks[e + 1][0] in _POSTMODIFIERS:
        e += 1  # a participle: "screens hanging over the arena"
    if e >= hi or toks[e][0] not in _POSTMODIFIERS:
        return k
    e += 1
    start = e
    while e < hi and e - start < 10:
        t = toks[e][0]
        if t == "." and _abbrev_or_initial(toks[e - 1][0]):
            e += 1
            continue
        if not _is_word(t) or _verb_like(toks, e, hi):
            break
        e += 1
    if e == start or (e < hi and not _verb_like(toks, e, hi)):
        return k
    last = toks[e - 1][0].lower()
    if last in STOP_WORDS or last in DETERMINERS:
        return k
    return e


def _verb_like(toks: Sequence[_Tok], e: int, hi: int) -> bool:
    """Whether ``toks[e]`` looks like the verb after a subject phrase."""
    t = toks[e][0]
    w = t.lower()
    if not t[:1].islower() or toks[e - 1][0].lower() in DETERMINERS:
        return False  # (a noun after a determiner: "in the report")
    if w in cue_words() or w in _CLAUSE_VERBS or w in IRREGULAR_PAST or w in BETWEEN_SUBJECT_AND_CUE:
        return True
    if w.endswith("ed") or _adverb(w):
        return True
    nxt = toks[e + 1][0].lower() if e + 1 < hi else ""
    return (
        w.endswith("s")
        and not w.endswith(("ss", "us", "is"))
        and not toks[e - 1][0].lower().endswith("s")
        and (nxt in DETERMINERS or nxt in _CLAUSE_VERBS)
    )


def _negated(toks: Sequence[_Tok], c: int) -> bool:
    """Whether the verb at ``toks[c]`` is negated ("did not say", "never said")."""
    for k in range(max(0, c - 3), c):
        w = toks[k][0].lower()
        if w in ("not", "never") or w.endswith(("n't", "n’t")):
            return True
    return False
