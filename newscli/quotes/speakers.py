"""Speakers: canonical names for name mentions, pronouns and relatives resolved to
persons, organisations for ``it`` and ``they``."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import lru_cache

from newscli.model import Person, Quote, Span
from newscli.people import likely_gender
from newscli.quotes.attribution import _Attr
from newscli.quotes.lexicon import (
    _OPENER_WORDS,
    _REACH,
    DETERMINERS,
    FEMALE_WORDS,
    GIVEN_NAMES_FEMALE,
    GIVEN_NAMES_MALE,
    HONORIFICS,
    MALE_WORDS,
    ORG_WORDS,
    PRONOUNS,
    STOP_WORDS,
    TIME_WORDS,
    TITLE_WORDS,
    speaker_nouns,
)
from newscli.quotes.marks import _Context
from newscli.quotes.phrases import _is_cap, _Mention, _strip_contraction, _strip_possessive, _Tok

# ---------------------------------------------------------------------------- speakers


@lru_cache(maxsize=1)
def _name_run() -> re.Pattern[str]:
    """A run of capitalised words, with an honorific before it: a name the text gives.
    (Compiled on first use: only an article in which the people analysis found nobody
    needs it.)"""
    return re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][\w'’\-]*(?: (?:[A-Z]\.|[A-Z][\w'’\-]*))*")


def _gender_of_name(name: str) -> str:
    words = name.split()
    first = words[0].lower() if words else ""
    if first in GIVEN_NAMES_FEMALE and first not in GIVEN_NAMES_MALE:
        return "f"
    if first in GIVEN_NAMES_MALE and first not in GIVEN_NAMES_FEMALE:
        return "m"
    return ""


class _People:
    """Who can be a speaker: the people analysis' persons, plus names the text gives."""

    __slots__ = (
        "built",
        "by_surname",
        "counts",
        "events",
        "gender",
        "genders_known",
        "head_end",
        "named",
        "persons",
        "span_owner",
        "starts",
        "subjects",
        "text",
        "weak",
    )

    def __init__(self, text: str, persons: Sequence[Person], head_end: int = 0) -> None:
        self.text = text
        self.persons = persons
        #: (start, end, canonical name) of every person mention, in text order.
        self.events: list[tuple[int, int, str]] = []
        self.starts: list[int] = []
        #: The gender of each person, where the text shows it (a person's is worked out
        #: when first asked for, by :meth:`gender_of`: only pronouns need it, and only
        #: of the persons near them).
        self.gender: dict[str, str] = {}
        self.genders_known: set[str] = set()
        #: The persons indexed (those whose name is not a headline's words), by name.
        self.named: dict[str, list[Person]] = {}
        self.by_surname: dict[str, str] = {}
        self.span_owner: dict[tuple[int, int], str] = {}
        #: Names that a pronoun may not refer to: a headline's words taken for a name
        #: ("Ted Cruz Apologizes To Ben Carson").
        self.weak: set[str] = set()
        #: How often each person is named: the article's subject is named most.
        self.counts: dict[str, int] = {}
        self.subjects: dict[str, str | None] = {}
        #: Where the headline ends (a title-case line, whose words can look like a name).
        self.head_end = head_end
        self.built = False

    def build(self) -> None:
        """Index the persons and the names in the text (once, on first use)."""
        if self.built:
            return
        self.built = True
        text = self.text
        events: list[tuple[int, int, str]] = []
        for p in self.persons:
            if _headline_words(p, self.head_end):
                # "Ted Cruz Apologizes To Ben Carson": a title-case headline, not a name;
                # its mentions are named by their own words
                self.weak.add(p.name)
                continue
            for m in p.mentions:
                events.append((m.start, m.end, p.name))
                self.span_owner[(m.start, m.end)] = p.name
            self.counts[p.name] = len(p.mentions)
            self._learn_surname(p.name, p.name)
            self.named.setdefault(p.name, []).append(p)
        if self.persons:
            events.sort()
            self.events = events
            self.starts = [e[0] for e in events]
            return
        # Names the text gives itself (when the people analysis found nobody): full
        # names with a known given name or an honorific, then their surnames alone.
        runs: list[tuple[int, int, list[str], str]] = []
        singles: list[tuple[int, int, str]] = []
        for run in _name_run().finditer(text):
            group = run.group()
            if " " not in group:
                singles.append((run.start(), run.end(), group))
                continue  # a lone capitalised word: only a known surname counts (below)
            words = group.replace(".", "").split()
            cut = 0
            for wi, w in enumerate(words):
                lw = w.lower()
                if (
                    lw in TITLE_WORDS
                    or lw in _OPENER_WORDS
                    or lw in DETERMINERS
                    or lw in STOP_WORDS
                    or lw in TIME_WORDS
                    or w.endswith(("’s", "'s"))
                ) and lw not in HONORIFICS:
                    cut = wi + 1
            words = words[cut:]
            hon = words[0].lower() if words and words[0].lower() in HONORIFICS else ""
            if hon:
                words = words[1:]
            if not words or words[-1].lower() in ORG_WORDS or words[-1].lower() in TIME_WORDS:
                continue
            words = [_strip_possessive(w) for w in words]
            runs.append((run.start(), run.end(), words, hon))
            name = " ".join(words)
            if len(words) >= 2 and (_gender_of_name(name) or hon):
                self._learn(name, name)
            if hon and HONORIFICS[hon]:
                self.gender.setdefault(self.canonical(name), HONORIFICS[hon])
        if not self.persons:
            surnames = self.by_surname
            for a, b, word in singles:
                low = word.lower()
                if low in surnames or (low[-2:] in ("’s", "'s") and low[:-2] in surnames):
                    events.append((a, b, self.canonical(_strip_possessive(word))))
            for a, b, words, hon in runs:
                name = " ".join(words)
                if (
                    (len(words) >= 2 and (_gender_of_name(name) or hon))
                    or hon
                    or (len(words) == 1 and words[0].lower() in self.by_surname)
                ):
                    events.append((a, b, self.canonical(name)))
        events.sort()
        self.events = events
        self.starts = [e[0] for e in events]

    def gender_of(self, name: str) -> str:
        """The gender (``m``, ``f``) the text shows for the person ``name``, or "".

        Worked out on first asking, from the persons of that name in order, each rule
        setting only a gender still unknown: the given name, then the honorifics and role
        words of the aliases and titles, then the people analysis' larger list of given
        names. (Names the text gives when there are no persons have theirs from
        :meth:`build`.)"""
        self.build()
        if name not in self.genders_known:
            self.genders_known.add(name)
            for p in self.named.get(name, ()):
                self._learn_gender(p)
        return self.gender.get(name, "")

    def _learn_gender(self, p: Person) -> None:
        """Apply the rules of :meth:`gender_of` to one person."""
        if p.name.split():
            g = _gender_of_name(p.name)
            if g:
                self.gender.setdefault(p.name, g)
        for form in (*p.aliases, *p.titles):
            self._gender_from(form, p.name)
        if p.name not in self.gender:
            lg = likely_gender(p)
            if lg:
                self.gender[p.name] = lg[0]

    def _learn_surname(self, name: str, canon: str) -> bool:
        """File ``canon`` under the surname of ``name`` (the longest canonical name wins);
        False when ``name`` has no words."""
        parts = name.split()
        if not parts:
            return False
        sur = _strip_possessive(parts[-1]).lower()
        old = self.by_surname.get(sur)
        if old is None or len(old.split()) < len(canon.split()):
            self.by_surname[sur] = canon
        return True

    def _learn(self, name: str, canon: str) -> None:
        if not self._learn_surname(name, canon):
            return
        g = _gender_of_name(canon)
        if g:
            self.gender.setdefault(canon, g)

    def _gender_from(self, form: str, canon: str) -> None:
        for w in form.replace(".", " ").lower().split():
            if HONORIFICS.get(w):
                self.gender.setdefault(canon, HONORIFICS[w])
            elif w in FEMALE_WORDS:
                self.gender.setdefault(canon, "f")
            elif w in MALE_WORDS:
                self.gender.setdefault(canon, "m")

    def is_person(self, name: str, start: int, end: int) -> bool:
        """Whether a name mention belongs to one of the persons (by offsets or surname)."""
        self.build()
        i = bisect.bisect_left(self.starts, start)
        if i < len(self.events) and self.events[i][0] < end:
            return True
        words = [_strip_possessive(w) for w in name.replace(".", " ").split()]
        return bool(words) and words[-1].lower() in self.by_surname

    def canonical(self, name: str, start: int = -1, end: int = -1) -> str:
        """The canonical name for a name mention (offsets first, then surname)."""
        self.build()
        owner = self.span_owner.get((start, end))
        if owner is not None:
            return owner
        words = [_strip_possessive(w) for w in name.replace(".", " ").split()]
        while words and words[0].lower() in HONORIFICS:
            words = words[1:]
        if not words:
            return name
        if start >= 0:
            # a person mention inside this span (the span holds an honorific or a title)
            i = bisect.bisect_left(self.starts, start)
            if i < len(self.events) and self.events[i][1] <= end and self.persons:
                # the last one: "McCain challenger Kelli Ward" names Ward
                while i + 1 < len(self.events) and self.events[i + 1][1] <= end:
                    i += 1
                return self.events[i][2]
        full = self.by_surname.get(words[-1].lower())
        if full is not None and len(full.split()) >= len(words):
            return full
        return " ".join(words)

    def resolve(self, pos: int, gender: str, ctx: _Context) -> str | None:
        """The person a pronoun at ``pos`` refers to: in its own sentence the first
        compatible person before it, else in the nearest sentence before that has one."""
        self.build()
        sentences = ctx.sentences
        si = bisect.bisect_right(ctx.sentence_starts, pos) - 1 if sentences else -1
        lo_event = bisect.bisect_left(self.starts, sentences[max(0, si - 6)][0]) if si >= 0 else 0
        far_aside: str | None = None  # a person named only in an opening participle phrase
        for s in range(si, max(-1, si - 7), -1):
            a, b = sentences[s] if s >= 0 else (0, pos)
            b = min(b, pos)
            i = bisect.bisect_left(self.starts, a, lo_event)
            stop = min(len(self.events), i + 40)  # a bounded look per sentence
            unsure: str | None = None  # the first person of unknown gender
            kin: str | None = None  # a relative of the other gender's namesake
            opening = -1  # where an opening participle phrase ends (found at the first name)
            aside: str | None = None  # the first one named in that opening phrase
            while i < stop and self.events[i][0] < b:
                st, en, canon = self.events[i]
                i += 1
                if ctx.in_quote(st) or canon in self.weak:
                    continue
                known_gender = True  # (a pronoun of no gender, "who", takes anyone)
                if gender in ("m", "f"):
                    hon = self._honorific_before(st)
                    g = hon or self.gender_of(canon)
                    if g and g != gender:
                        if not hon and kin is None:
                            kin = self._kin(self.text[st:en], canon, gender)
                        continue
                    known_gender = bool(g)
                if opening < 0:
                    opening = self._opening_phrase_end(a, b)
                if st < opening:
                    aside = aside or canon  # "Asked about his criticisms of Trump, Christie said …"
                    continue
                if not known_gender:
                    unsure = unsure or canon
                    continue
                return canon
            if kin:
                return kin
            if unsure is not None:
                return unsure
            if aside is not None and far_aside is None:
                far_aside = aside
        if far_aside is not None:
            return far_aside
        return self.subject(gender)

    def _opening_phrase_end(self, a: int, b: int) -> int:
        """Where a sentence's opening participle phrase ends ("Asked about …, ", "Speaking
        in Ohio, "), or ``a`` when it opens otherwise."""
        text = self.text
        e = a
        while e < b and e - a < 20 and not text[e].isspace():
            e += 1
        first = text[a:e].lower()
        participle = text[a : a + 1].isupper() and first.endswith(("ed", "ing"))
        if not participle or first in _ING_PREPOSITIONS:
            return a
        comma = text.find(",", a, min(b, a + 120))
        return comma if comma > a else a

    def _kin(self, mention: str, canon: str, gender: str) -> str:
        """For a bare surname filed under a person of the other gender ("Woods" under Ty
        Woods, before "she"): the one other person of that surname and of the wanted
        gender whom the article also calls by the surname alone, or ""."""
        word = _strip_possessive(mention.strip())
        if not word or " " in word:
            return ""
        found = [
            p.name
            for p in self.persons
            if p.name != canon
            and p.name not in self.weak
            and word in p.aliases
            and self.gender_of(p.name) == gender
        ]
        return found[0] if len(found) == 1 else ""

    def _honorific_before(self, start: int) -> str:
        """The gender an honorific right before a mention gives it ("Mrs. Clinton" where
        the people analysis joined husband and wife under one name)."""
        before = self.text[max(0, start - 5) : start].split()
        word = before[-1].rstrip(".").lower() if before and not self.text[start - 1 : start].isalnum() else ""
        return HONORIFICS.get(word, "") or ""

    def subject(self, gender: str) -> str | None:
        """The person the article is about, for a pronoun with no one named before it in
        reach: the one named most often (at least three times), of the pronoun's gender."""
        if gender not in ("m", "f"):
            return None
        if gender not in self.subjects:  # once per article and gender
            best, most = None, 2
            for name, n in self.counts.items():
                if n > most and self.gender_of(name) == gender:
                    best, most = name, n
            self.subjects[gender] = best
        return self.subjects[gender]


#: Prepositions in "-ing": they open a phrase, not a participle clause ("During the debate, …").
_ING_PREPOSITIONS = frozenset({"during", "according", "including", "following"})


#: Function words that a headline in title case capitalises and a name never holds.
_HEADLINE_WORDS = frozenset(
    {"A", "An", "The", "To", "For", "Is", "Are", "And", "In", "On", "With", "At", "By"}
)


def _headline_words(p: Person, head_end: int) -> bool:
    """Whether a person's name is the words of a title-case headline."""
    words = p.name.split()
    if len(words) > 4 or not _HEADLINE_WORDS.isdisjoint(words[1:]):
        return True
    if len(words) != 4:
        return False
    full = [m for m in p.mentions if len(m.text.split()) == 4]
    return bool(full) and all(m.start < head_end for m in full)


# ---------------------------------------------------------------------------- the analysis


#: A short aside in parentheses right after a name: party and state, "(R-Utah)".
_PAREN_AFTER = re.compile(r" ?\([^()\n]{1,24}\)")


def _mention_span(text: str, toks: Sequence[_Tok], m: _Mention) -> Span:
    first, last = m.extent()
    a, b = toks[first][1], toks[last - 1][2]
    if m.kind == "name" and last == m.last:
        paren = _PAREN_AFTER.match(text, b)
        if paren is not None:
            b = paren.end()  # "Sen. Ben Sasse (R-Neb.)": the aside is part of the source phrase
    return Span(text[a:b], a, b)


def _speaker_of(
    text: str, attr: _Attr, people: _People, ctx: _Context, prev: list[tuple[str, str]]
) -> tuple[str | None, Span | None]:
    """Canonical speaker and mention span of an attribution."""
    m, _, toks = attr
    if m is None:
        return None, None
    span = _mention_span(text, toks, m)
    a, b = toks[m.first][1], toks[m.last - 1][2]  # the core: the name cut from the phrase
    if m.kind == "name":
        return people.canonical(text[a:b], a, b), span
    if m.kind in ("org", "nominal"):
        # a description is the speaker as written, with what follows its head ("a
        # statement from the two agencies") but not an apposition after a comma
        whole = "," not in text[b : span.end]
        return (span.text if whole else text[a:b]), span
    if m.kind == "relative":
        if m.antecedent is not None:
            a, b = toks[m.antecedent[0]][1], toks[m.antecedent[1] - 1][2]
            ante = text[a:b]
            first = toks[m.antecedent[0]][0]
            if _is_cap(first) and first.lower() not in DETERMINERS:
                return people.canonical(ante, a, b), span
            return ante, span
        return people.resolve(span.start, "", ctx), span
    w = _strip_contraction(span.text.lower())
    g = PRONOUNS.get(w, "")
    if g in ("m", "f"):
        return people.resolve(span.start, g, ctx), span
    if g in ("p", "n"):
        # "they", "it": the organisation or group that spoke last
        for name, kind in reversed(prev[-3:]):
            if kind in ("nominal", "org"):
                return name, span
    return None, span


#: The pronouns that stand for a body that spoke before them.
_IT_THEY = ("it", "they")


def _resolve_it_and_they(found: list[Quote]) -> list[Quote]:
    """``it`` and ``they`` as speakers: the organisation or group named as a speaker
    last before them ("The firm said … . It added …")."""
    if not any(
        q.speaker is None and q.speaker_mention is not None and q.speaker_mention.text.lower() in _IT_THEY
        for q in found
    ):
        return found  # (most articles: nothing to resolve, no need to order the mentions)
    last: tuple[int, str] | None = None  # (offset, description) of the last body that spoke
    mentions = [(q.speaker_mention.start if q.speaker_mention else -1, i) for i, q in enumerate(found)]
    order = [i for _, i in sorted(mentions)]
    for i in order:
        q = found[i]
        m = q.speaker_mention
        if m is None:
            continue
        w = m.text.lower()
        words = w.split()
        body = bool(words) and (
            words[0] in DETERMINERS or words[-1] in speaker_nouns() or words[-1] in ORG_WORDS
        )
        if q.speaker is not None and q.speaker == m.text and body and w not in PRONOUNS:
            last = (m.start, q.speaker)
        elif q.speaker is None and w in _IT_THEY and last is not None and m.start - last[0] < _REACH * 3:
            found[i] = Quote(q.text, q.start, q.end, q.kind, last[1], m, q.cue)
    return found
