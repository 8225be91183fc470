"""Quotes: what is quoted in an article and who said it.

Three steps, each linear in the length of the article:

1. **Marks.** Every paragraph (and the headline) is scanned once for quote marks:
   straight ``"``, curly ``“ ”``, the New York Times' two apostrophes ``''``, low-high
   ``„ “``, guillemets ``« »`` and single curly marks ``‘ ’``. An apostrophe (``don’t``,
   ``Democrats’``) never closes a quote unless a single quote is open and the mark stands
   before a non-letter. A quote left open at the end of a paragraph goes on when the
   next paragraph opens with a quote mark (the news convention for long quotes);
   otherwise it ends at the paragraph end, so a stray mark never swallows the article.
2. **Attribution.** Around each quote the nearest reporting cue (a verb from
   ``lexicons/quote_cues.txt``, "according to", "put it", a colon, a dash) is looked
   for: after the quote in its sentence (``“Q,” she said`` / ``“Q,” said X``), then
   before it (``X said: “Q”``, ``X said China would uphold “Q”``; a phrase in marks
   looks before itself first), then at the end of its sentence (``…, said X, a …``).
   The speaker is the noun phrase that is the subject of the cue (appositions,
   relative clauses, asides in parentheses cut off), the phrase after an inverted
   cue, or for a participle (``…, saying``) the subject of its clause. A quote with no
   cue of its own takes, in this order: the speaker of a quote in its sentence; the
   report in the sentence before it, or in a paragraph before it that ends with a
   colon; the speaker of a quote in its paragraph; the speaker of the quote that ends
   the paragraph before (news style for quote paragraphs); a signature line after
   it (``— Jane Doe``); the subject of its sentence when that names a person or a
   body (``lexicons/quote_speaker_nouns.txt``). Titles of works and handles in marks
   (``on “Meet the Press”``, ``“realDonaldTrump”``) are not quotations.
3. **Speakers.** A name is mapped to the canonical name of the person the people
   analysis found (by offsets, then by surname; without persons, by names the text
   gives); a pronoun or ``who`` resolves to a compatible person: the first one in its
   own sentence, else in the nearest sentence before (gender from honorifics, role
   words and common given names). Non-person speakers keep their description as
   written.

Reported speech without marks (``X said (that) …``, ``…, X said.``, ``according to X, …``)
is found in sentences that hold no quote marks, as ``indirect`` quotes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from newscli.model import Article, Person, Quote, QuoteKind, Span

_LEXICONS = Path(__file__).parent / "lexicons"


def _words(words: str) -> frozenset[str]:
    """A word list written as one string, split at white space."""
    return frozenset(words.split())


def _read_lexicon(name: str) -> frozenset[str]:
    entries: set[str] = set()
    with open(_LEXICONS / name, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                entries.add(line.lower())
    return frozenset(entries)


@lru_cache(maxsize=1)
def speaker_nouns() -> frozenset[str]:
    """Head nouns of phrases that name who speaks (``lexicons/quote_speaker_nouns.txt``)."""
    return _read_lexicon("quote_speaker_nouns.txt")


@lru_cache(maxsize=1)
def cue_words() -> frozenset[str]:
    """Reporting verbs, every inflected form (``lexicons/quote_cues.txt``)."""
    return _read_lexicon("quote_cues.txt")


#: Cues that introduce reported speech without quote marks (``X said (that) …``): the
#: plain speech and statement verbs, not the evaluative ones ("called", "praised").
INDIRECT_CUES = _words(
    """
    say says said tell tells told add adds added note notes noted argue argues argued claim
    claims claimed insist insists insisted explain explains explained warn warns warned write
    writes wrote state states stated declare declares declared suggest suggests suggested
    acknowledge acknowledges acknowledged admit admits admitted announce announces announced
    predict predicts predicted concede concedes conceded contend contends contended assert
    asserts asserted maintain maintains maintained stress stresses stressed emphasize
    emphasizes emphasized emphasise emphasises emphasised confirm confirms confirmed reveal
    reveals revealed indicate indicates indicated report reports reported allege alleges
    alleged testify testifies testified promise promises promised vow vows vowed ask asks
    asked wonder wonders wondered
    """
)

#: Cues that take the speaker after them in an inversion (``“Q,” said X``).
INVERTING_CUES = _words(
    """
    said says added adds asked asks wrote writes continued continues explained explains
    replied replies responded responds recalled recalls noted notes declared declares tweeted
    tweets argued argues insisted insists warned warns joked jokes concluded concludes
    countered counters quipped quips remarked remarks observed observes cautioned cautions
    answered answers exclaimed exclaims
    """
)

#: Personal pronouns that can be a speaker, with the gender they agree with.
PRONOUNS = {"he": "m", "she": "f", "they": "p", "we": "p", "i": "", "it": "n", "you": ""}

#: Relative pronouns standing for the speaker (``Mr Kuleba, who in turn said``).
RELATIVES = frozenset({"who", "which"})

#: Honorifics kept in a name mention, with the gender they give.
HONORIFICS = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "mx": "", "dr": "", "prof": ""}

#: Role words that stand before a name and are not part of it ("President Xi Jinping").
TITLE_WORDS = _words(
    """
    president vice former sen senator rep representative gov governor secretary state minister
    prime foreign chancellor chairman chairwoman chair speaker leader majority minority
    attorney general gen lt col maj capt sgt adm cmdr judge justice mayor pope king queen
    prince princess lord lady sir dame rev reverend father bishop archbishop ambassador
    commissioner director chief executive ceo spokesman spokeswoman spokesperson candidate
    nominee democratic republican gop democrat independent presidential deputy assistant
    acting first coach professor economist analyst officer agent host anchor author
    editor reporter columnist congressman congresswoman councilman councilwoman
    assemblyman assemblywoman sheriff detective inspector superintendent u.s us uk
    """
)

#: Role nouns that say a speaker is a woman or a man.
FEMALE_WORDS = _words(
    "spokeswoman congresswoman chairwoman councilwoman assemblywoman businesswoman "
    "wife mother daughter sister grandmother queen princess lady dame actress widow "
    "woman girl aunt niece madam"
)
MALE_WORDS = _words(
    "spokesman congressman chairman councilman assemblyman businessman husband father son "
    "brother grandfather king prince lord sir actor widower man boy uncle nephew"
)

#: Common given names with their usual gender: a short list written for the project so
#: that ``she`` does not resolve to a man named just before. Names not here stay unknown.
GIVEN_NAMES_FEMALE = _words(
    """
    mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa
    betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
    deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda
    pamela emma nicole helen samantha katherine christine debra rachel carolyn janet
    catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren
    christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa
    ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber
    doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie
    kayla alexis lori hillary hilary nancy condoleezza sonia elena ruth nikki carly michele
    sarah kellyanne huma hope jill melania ivanka chelsea tulsi kamala elizabeth theresa
    angela marine nicola yulia
    """
)
GIVEN_NAMES_MALE = _words(
    """
    james robert john michael william david richard joseph thomas charles christopher daniel
    matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy
    ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin
    scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry
    tyler aaron jose adam nathan henry douglas zachary peter kyle walter ethan jeremy harold
    keith christian roger noah gerald carl terry sean austin arthur lawrence jesse dylan
    bryan joe jordan billy bruce albert willie gabriel logan alan juan wayne roy ralph randy
    eugene vincent russell elijah louis bobby philip johnny barack bernie bill ted marco
    jeb ben chris rand mike mitt newt rick lindsey marco jim tim tom dan bob jon ron vladimir
    xi volodymyr boris emmanuel justin narendra recep benjamin
    """
)

#: Words that open a noun phrase (a nominal speaker starts at them, inclusive).
DETERMINERS = _words(
    """
    the a an this that these those his her their its our my your one two three four five
    some many several other another each every both few most all any no such
    """
)

#: Words that never belong in a speaker noun phrase: where the backward scan stops.
STOP_WORDS = _words(
    """
    and but or nor so yet because while when whereas if although though whether than as
    of in on at for to from with by about after before during since over under into onto
    upon through against among between without within toward towards via per like
    is was are were be been being has have had having do does did would will can could
    should may might must shall not never also then there here it this that these those
    what which who whom whose where why how
    """
)

#: Adverbs and auxiliaries allowed between a subject and its cue ("he later said").
BETWEEN_SUBJECT_AND_CUE = _words(
    """
    also has have had would will could should may might must then later once again just even
    never recently previously repeatedly reportedly initially simply flatly first finally now
    still often already further frequently is was are were be been being has had did does do
    not only earlier subsequently famously separately privately publicly always long since
    sometimes consistently
    """
)

#: Time words that may stand between a subject and its cue ("Trump on Monday said").
TIME_WORDS = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday today yesterday tonight
    morning afternoon evening night week weekend month year day days weeks months years
    hours minutes time times moment
    january february march april may june july august september october november december
    """
)

#: Words that go with a time word in a phrase between subject and cue ("in recent days").
_TIME_MODIFIERS = _words(
    "on in at last this next recent past early late earlier the a few several two three coming "
    "previous that same over during for"
)

#: Last words of a capitalised name that make it an organisation, not a person.
ORG_WORDS = _words(
    """
    house party committee campaign news post times journal department council court agency
    association institute center centre foundation union office ministry government senate
    congress administration commission board bureau service services group inc corp
    company network press magazine university college school club fund bank church
    kremlin pentagon police army navy force forces tribune herald gazette review daily
    telegraph guardian cnn nbc abc cbs msnbc fox bbc reuters ap afp politico breitbart
    republicans democrats twitter facebook google
    """
)

_MARK = re.compile("''|``|[\"“”„«»‘’]")
_TOKEN = re.compile(r"\w+(?:['’\-.]\w+)*['’]?|[^\w\s]")
_WORDCHAR = re.compile(r"\w")
_OPEN_CONTEXT = frozenset(" \t\n\r([{-—–/:;,\u00a0")
_DASHES = frozenset("—―–-")
_SENT_END = re.compile(r"[.!?]['\"”’)]*(?:\s|$)")


@dataclass(slots=True)
class _Raw:
    """A span in quote marks found by the scanner, before attribution."""

    open_at: int  # offset of the opening mark
    start: int  # content start
    end: int  # content end
    close_end: int  # offset just after the closing mark (== end when unclosed)
    paragraph: int
    last_paragraph: int
    speaker: str | None = None
    mention: Span | None = None
    cue: Span | None = None
    kind: QuoteKind = "direct"
    own: bool = False  # attributed from its own context (not inherited)


# ---------------------------------------------------------------------------- marks


def _opens(text: str, i: int, width: int, lo: int, hi: int) -> bool | None:
    """Whether an ambiguous mark (``"``, ``''``) at ``i`` opens (True), closes (False), or
    cannot be told from its neighbours (None)."""
    before = text[i - 1] if i > lo else " "
    after = text[i + width] if i + width < hi else " "
    open_ctx = before in _OPEN_CONTEXT or before in "“‘«„" or before.isspace()
    close_ctx = after.isspace() or after in ".,;:!?)]}—–-’'\"”…"
    if open_ctx and not close_ctx:
        return True
    if close_ctx and not open_ctx:
        return False
    return None


#: The family of each double quote mark: a quote closes only with a mark of the family
#: that opened it; marks of another family inside it are a quote within the quote.
_FAMILY = {'"': "s", "''": "a", "``": "a", "“": "c", "”": "c", "„": "c", "«": "g", "»": "g"}

#: A quote mark found in a paragraph: ``(offset, width, role, family)``.
_Mark = tuple[int, int, str, str]


def _scan_marks(text: str, lo: int, hi: int) -> list[_Mark]:
    """Quote marks in ``text[lo:hi]``; role is ``open``, ``close``, ``ambig`` (straight
    marks whose side cannot be told), ``ldq`` (“, which also closes „) for double marks
    and ``sopen``/``sclose`` for single curly marks."""
    out: list[_Mark] = []
    for m in _MARK.finditer(text, lo, hi):
        ch = m.group()
        i = m.start()
        if ch == "’":
            nxt = text[i + 1] if i + 1 < hi else " "
            prev = text[i - 1] if i > lo else " "
            if _WORDCHAR.match(nxt) or prev.isspace():
                continue  # don’t, rock ’n’ roll
            out.append((i, 1, "sclose", "1"))
        elif ch == "‘":
            nxt = text[i + 1] if i + 1 < hi else " "
            prev = text[i - 1] if i > lo else " "
            if nxt.isdigit() or nxt.isspace() or _WORDCHAR.match(prev):
                continue  # ‘90s
            out.append((i, 1, "sopen", "1"))
        elif ch == "“":
            out.append((i, 1, "ldq", "c"))
        elif ch in "„«`":
            out.append((i, len(ch), "open", _FAMILY[ch]))
        elif ch in "”»":
            out.append((i, 1, "close", _FAMILY[ch]))
        else:  # " or ''
            o = _opens(text, i, len(ch), lo, hi)
            out.append((i, len(ch), "ambig" if o is None else ("open" if o else "close"), _FAMILY[ch]))
    return out


def _opens_like(text: str, i: int, lo: int, hi: int) -> bool:
    """Whether a closing mark at ``i`` stands where a quote opens: after white space (or
    at the paragraph start) and before a letter."""
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return before.isspace() and after.isalpha()


def _blocks(article: Article) -> list[tuple[int, int]]:
    """The headline and the paragraphs, as ``(start, end)`` offsets, in text order."""
    blocks: list[tuple[int, int]] = []
    if article.headline is not None:
        blocks.append((article.headline.start, article.headline.end))
    blocks += [(p.start, p.end) for p in article.paragraphs]
    return blocks


def _find_spans(text: str, blocks: Sequence[tuple[int, int]]) -> list[_Raw]:
    """All spans in quote marks, in text order, multi-paragraph quotes joined.

    One pass over the marks of each block with a state of constant size: an open quote
    (its mark, family and content start) and nothing else, so the scan is linear."""
    raws: list[_Raw] = []
    open_at = -1  # offset of the open quote's mark, -1 when none is open
    fam = ""  # family of the open quote's mark; "1" for a single curly quote
    low = False  # the open quote began with „ (closed by “)
    cstart = 0
    first_par = 0
    nested = 0  # marks of another family opened inside the open quote
    for bi, (lo, hi) in enumerate(blocks):
        marks = _scan_marks(text, lo, hi)
        k = 0
        if open_at >= 0:
            # A double quote carried over from the previous block: it goes on only
            # when this block opens with a quote mark of its family (then skipped).
            if marks and marks[0][0] == lo and marks[0][2] in ("open", "ldq", "ambig") and marks[0][3] == fam:
                k = 1
            else:
                prev_hi = blocks[bi - 1][1]
                _emit(raws, text, open_at, cstart, prev_hi, prev_hi, first_par, bi - 1)
                open_at = -1
        while k < len(marks):
            i, w, role, mf = marks[k]
            k += 1
            if open_at < 0:
                if role in ("open", "ldq", "ambig", "sopen") or (
                    role == "close" and _opens_like(text, i, lo, hi)
                ):
                    # (a closing curly mark typed at the start of a quote opens it)
                    open_at, fam, low, cstart, first_par = i, mf, text[i] == "„", i + w, bi
                    nested = 0
                continue
            if fam == "1":
                if role == "sclose":
                    _emit(raws, text, open_at, cstart, i, i + w, first_par, bi)
                    open_at = -1
                elif role != "sopen" and mf != "1" and role in ("open", "ldq"):
                    # a double mark opens while a single one is open: the single
                    # mark was an apostrophe after all
                    open_at, fam, low, cstart, first_par = i, mf, text[i] == "„", i + w, bi
                continue
            if mf != fam:
                # a quote inside the quote, in other marks; but a closing mark of another
                # family with nothing of that family open closes a quote typed in mixed
                # marks ("… that,” said X)
                if role in ("open", "ldq") and mf not in ("s", "a"):
                    nested += 1
                elif role == "close" and nested > 0:
                    nested -= 1
                elif role == "close" and fam in ("s", "a"):
                    _emit(raws, text, open_at, cstart, i, i + w, first_par, bi)
                    open_at = -1
                continue
            if role in ("close", "ambig") or (role == "ldq" and low):
                _emit(raws, text, open_at, cstart, i, i + w, first_par, bi)
                open_at = -1
            elif role in ("open", "ldq"):
                # A second opening mark while one is open: the first was a stray.
                open_at, fam, low, cstart, first_par = i, mf, text[i] == "„", i + w, bi
        if open_at >= 0 and fam == "1":
            open_at = -1  # an unclosed single mark was an apostrophe after all
    if open_at >= 0 and blocks:
        hi = blocks[-1][1]
        _emit(raws, text, open_at, cstart, hi, hi, first_par, len(blocks) - 1)
    return raws


def _has_letters(text: str, a: int, b: int) -> bool:
    return any(c.isalpha() for c in text[a:b])


def _emit(
    raws: list[_Raw], text: str, open_at: int, a: int, b: int, close_end: int, p0: int, p1: int
) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if _has_letters(text, a, b):
        raws.append(_Raw(open_at, a, b, close_end, p0, p1))


# ---------------------------------------------------------------------------- tokens

#: A token: ``(text, start, end)``.
_Tok = tuple[str, int, int]

#: A party and state after a name ("R-Ky.", "D-N.Y.", "R-Texas").
_PARTY_STATE = re.compile(r"[RDI]-[A-Z][\w.]{0,12}")

#: Lower-case particles that may stand inside a name (``Charles de Gaulle``).
_PARTICLES = _words("de del della der den di da van von bin ibn al el la le du dos das st")


def _tokens(text: str, a: int, b: int) -> list[_Tok]:
    return [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, a, b)]


def _is_word(t: str) -> bool:
    return t[:1].isalnum()


def _is_cap(t: str) -> bool:
    return t[:1].isupper()


def _is_cue(tokens: Sequence[_Tok], i: int) -> int:
    """Length in tokens of a reporting cue starting at ``tokens[i]`` (0 when none)."""
    w = tokens[i][0].lower()
    if w == "according" and i + 1 < len(tokens) and tokens[i + 1][0].lower() == "to":
        return 2
    if w in _PHRASAL_CUES and i + 1 < len(tokens) and tokens[i + 1][0].lower() in ("back", "out"):
        return 2  # "shot back", "lashed out"
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
                or pw.endswith("ly")
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
                ok = ok or pw in BETWEEN_SUBJECT_AND_CUE or (pw.endswith("ly") and len(pw) > 3)
            else:
                ok = pw in _VERB_CONTEXT or pw.endswith("ly")
            if not ok:
                return 0
        return 1
    return 0


#: Verbs that are reporting cues with "back" or "out" after them ("fired back").
_PHRASAL_CUES = _words("shot fired hit pushed wrote snapped struck lashed lashes lashing shoots fires hits")

#: Things that carry words, after which an ``-ing`` cue reports them ("issued a
#: statement saying", "sent an email on Friday saying").
_COMMUNICATIONS = _words(
    "statement statements email emails e-mail letter letters tweet tweets post posts release "
    "interview memo note message video ad ads advertisement speech op-ed column editorial "
    "filing complaint lawsuit appearance remarks"
)

#: Words after which an ``-ing`` form is a reporting verb ("saying that", "adding:").
_AFTER_ING = frozenset({"that", ":", ","})

#: Cues that stand capitalised in title-case headlines ("Clinton Says …").
_HEADLINE_CUES = _words("says said tells told warns urges slams blasts")

#: Words after which an ``-ing`` form is a reporting verb ("…, saying", "was telling").
_BEFORE_ING = _words("and but while after before when by is was were are be been am also then just")

#: Cue forms that are as often plural nouns: a verb only after a name or pronoun.
_NOUN_OR_VERB = _words(
    """
    tweets claims remarks notes reports calls states posts charges promises demands counters
    comments quips vows pledges cries jokes laughs sighs snaps hints tells writes answers
    replies responds observes recalls adds
    state note post report claim call charge counter demand promise remark tweet comment quip
    vow pledge cry joke laugh sigh hint answer reply wonder
    """
)

#: Words after which a cue form that is also a noun is a verb ("would state", "to note").
_VERB_CONTEXT = _words("to will would could should can may might must did do does not never i we you they")


def _strip_contraction(w: str) -> str:
    """``he’d`` -> ``he``, ``she'll`` -> ``she``."""
    for mark in ("’", "'"):
        if mark in w:
            return w.split(mark, 1)[0]
    return w


def _strip_possessive(t: str) -> str:
    for suffix in ("’s", "'s", "’", "'"):
        if t.endswith(suffix):
            return t[: -len(suffix)]
    return t


@dataclass(slots=True)
class _Mention:
    """A speaker mention: its span, what it is, and for a relative its antecedent."""

    first: int  # token indices (inclusive, exclusive)
    last: int
    kind: str  # "name", "org", "nominal", "pronoun", "relative"
    antecedent: tuple[int, int] | None = None


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
    return a, b


#: Capitalised words that open a sentence or clause and are not part of a name.
_OPENER_WORDS = _words(
    """
    but and or so yet then still meanwhile however asked speaking earlier later now here there
    instead indeed also even while when after before since if as in on at for with by from
    last this next yesterday today tonight thus once therefore moreover furthermore otherwise
    perhaps maybe certainly clearly obviously finally first second third besides nonetheless
    nevertheless similarly likewise overall again already
    """
)


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
    if _is_cap(t) and w not in TIME_WORDS:
        k = _name_run_back(tokens, j, lo)
        if k - 2 >= lo and tokens[k - 1][0] == "of" and _is_cap(tokens[k - 2][0]) and j + 1 - k <= 3:
            # "G.K. Butterfield of North Carolina said": the person before "of" a place
            k2 = _name_run_back(tokens, k - 2, lo)
            a2, b2 = _trim_name(tokens, k2, k - 1)
            if b2 - a2 >= 2 and _classify_name(tokens, a2, b2) == "name":
                return _Mention(a2, b2, "name")
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
    if head in _OPENER_WORDS or (head.endswith("ly") and k == j):
        return None  # "meanwhile", "separately": an adverb, not a speaker
    return _Mention(k, j + 1, "nominal")


def _subject_before(tokens: Sequence[_Tok], c: int, lo: int) -> _Mention | None:
    """The subject of the cue at ``tokens[c]``: the noun phrase before it, past adverbs,
    auxiliaries and time words, with an apposition or relative clause cut off."""
    j = c - 1
    while j >= lo:
        w = tokens[j][0].lower()
        if w in BETWEEN_SUBJECT_AND_CUE or (w.endswith("ly") and tokens[j][0].islower() and len(w) > 3):
            j -= 1
        elif w in TIME_WORDS:
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
        if chunk and all(_is_cap(t[0]) or t[0] == "." for t in chunk) and len(chunk) <= 5:
            a, b = _trim_name(tokens, k + 1, j)
            if a < b:
                return _Mention(a, b, _classify_name(tokens, a, b))
        m = _np_ending_at(tokens, k - 1, lo)
        if m is not None and m.kind == "relative":
            return None
        # a long apposition holds commas of its own ("Scott Morris, a former official
        # who is now a fellow at the Center, which works …, said"): a person named
        # before an earlier comma is the speaker
        first = m
        for _ in range(4):
            place = m is not None and m.first > lo and tokens[m.first - 1][0].lower() in _PREPOSITIONS
            if m is not None and m.kind == "name" and not place:
                return m  # (a name after "of" is a place: "Rawlings, 59, of Ashton, Md.")
            k2 = k - 1
            while k2 >= lo and tokens[k2][0] not in (",", ":", ";") and k - k2 < 40:
                k2 -= 1
            if k2 < lo or tokens[k2][0] != ",":
                break
            k = k2
            m = _np_ending_at(tokens, k - 1, lo)
        return first
    return _np_ending_at(tokens, j, lo)


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
    if _is_cap(t) and w not in TIME_WORDS:
        e = _name_run_forward(tokens, i, hi)
        a, b = _trim_name(tokens, i, e)
        if a < b and e < hi and _is_noun_like(tokens[e][0]) and not _verb_follows(tokens, e + 1, hi):
            return _nominal_forward(tokens, i, hi)  # "Trump supporters", "Giant screens"
        if a < b:
            if b < hi and tokens[b - 1][0].endswith(("’s", "'s")):
                return _nominal_forward(tokens, i, hi)
            return _Mention(a, b, _classify_name(tokens, a, b))
        return _nominal_forward(tokens, i, hi)
    if t[:1].islower() and w.endswith(("ing", "ed")) and w not in _NP_OPENERS:
        return None  # "representing the Republicans": a verb, not a noun phrase
    if w in _NP_OPENERS or (
        t[:1].islower()
        and w not in STOP_WORDS
        and w not in DETERMINERS
        and w not in TIME_WORDS
        and w not in cue_words()
    ):
        return _nominal_forward(tokens, i, hi)
    return None


#: Common irregular past-tense verbs: after a noun they end its phrase ("The senator
#: sought …", "The businessman began …"), as "-ed" does for regular verbs.
IRREGULAR_PAST = _words(
    """
    began sought went made took gave came got found thought brought left kept held stood ran
    won lost met sent spent built paid led wrote saw knew felt became put set let hit cut
    heard meant sat spoke broke chose drove rose fell grew drew threw wore fought taught caught
    bought sold struck hung shot stuck swore woke flew forgot hid lay lit stole tore understood
    withdrew overcame undertook upheld told said did had was were
    """
)

#: Determiners that open a speaker phrase after its cue ("said a spokesman").
_NP_OPENERS = _words("the a an his her their its our one two some many several both another")


def _verb_follows(tokens: Sequence[_Tok], k: int, hi: int) -> bool:
    """Whether ``tokens[k]`` starts what follows a verb (a preposition, determiner or
    punctuation): then the word before it was the verb ("Blige sings to Clinton")."""
    if k >= hi:
        return False
    w = tokens[k][0].lower()
    return not _is_word(tokens[k][0]) or (w in STOP_WORDS and w not in ("and", "or")) or w in DETERMINERS


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
    while k < hi and k - i < 10:
        t = tokens[k][0]
        w = t.lower()
        if w in ("for", "of", "at") and links == 0 and k + 1 < hi and _is_word(tokens[k + 1][0]):
            links += 1
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
        if not _is_word(t) or w in STOP_WORDS or w in TIME_WORDS or w in cue_words():
            break
        if (
            k > i
            and t[:1].islower()
            and w.endswith(("ed", "ing"))
            and tokens[k - 1][0].lower() not in DETERMINERS
        ):
            break  # a verb: "a friend commented", "The spokesman refused"
        if k > i + 1 and w in IRREGULAR_PAST:
            break  # "The Florida senator sought …"
        if k > i + 1 and w in DETERMINERS and w != "that":
            k -= 1  # "aides cast her victory": the word before "her" was a verb
            break
        if k > i and t[:1].islower() and _is_cap(tokens[k - 1][0]) and links == 0 and not _is_noun_like(t):
            break  # "candidate Jeb Bush broke down …": the name ends the phrase
        k += 1
        if k - 1 > i and t[:1].islower() and w.endswith("s") and not w.endswith(("ss", "’s", "'s", "us")):
            break  # a plural head noun: "his friends"
    if k <= i or (k == i + 1 and tokens[i][0].lower() in DETERMINERS):
        return None
    # A name at the end of the phrase is the speaker: "campaign spokeswoman Hope Hicks".
    e = k
    s = _name_run_back(tokens, e - 1, i) if _is_cap(tokens[e - 1][0]) else e
    if s < e and links == 0 and not (s == i + 1 and tokens[i][0].lower() in DETERMINERS):
        a, b = _trim_name(tokens, s, e)
        if a < b and _classify_name(tokens, a, b) == "name":
            return _Mention(a, b, "name")
    return _Mention(i, k, "nominal")


# ---------------------------------------------------------------------------- attribution

#: An attribution found in a context: (mention, cue span) with the token list it indexes.
_Attr = tuple[_Mention | None, Span, list[_Tok]]

_LEAD_PUNCT = frozenset(",.!?;…")

#: Words after a noun phrase that make it the subject of a clause, not an inverted speaker.
_CLAUSE_VERBS = _words(
    "is was are were has have had will would could should can may might must does did do wants needs plans"
)

#: How far before a quote (in characters) its sentence is read for a cue and a subject:
#: keeps the work per quote bounded, so a paragraph of many quotes stays linear.
_REACH = 600


def _drop_parens(toks: list[_Tok]) -> list[_Tok]:
    """The tokens without short parenthetical asides ("Chaffetz (R-Utah) said")."""
    if not any(t[0] == "(" for t in toks):
        return toks
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
    for c in range(i, limit):
        t = toks[c][0]
        if t in (":", ";", "(", ")") or (t == "." and c > i and not _abbrev_or_initial(toks[c - 1][0])):
            break
        width = _is_cue(toks, c)
        if not width:
            continue
        cue = Span(text[toks[c][1] : toks[c + width - 1][2]], toks[c][1], toks[c + width - 1][2])
        according = toks[c][0].lower() == "according"
        if c == i and toks[c][0].lower().endswith("ing"):
            return None  # ", saying …": the speaker is the subject before the quote
        if c == i or according:
            m = _np_after(toks, c + width, n)
            if m is not None and m.last < n and toks[m.last][0].lower() in _CLAUSE_VERBS:
                return None  # "…,” said the candidate could win": a report, not an inversion
            if m is None and c > i:
                m = _subject_before(toks, c, i)
            return (m, cue, toks) if m is not None or c == i else None
        m = _subject_before(toks, c, i)
        if m is None and toks[c][0].lower() in INVERTING_CUES:
            m = _np_after(toks, c + 1, n)
        if m is not None and c + width < n and toks[c + width][0] == ":":
            return None  # "… .” Mr. Zahed said: “…”: the cue introduces the next quote
        if m is not None:
            return m, cue, toks
        return None
    if dash is not None and i < n:
        m = _np_after(toks, i, n)
        if m is not None and m.kind in ("name", "org"):
            return m, Span(dash[0], dash[1], dash[2]), toks
    return None


def _attr_before(text: str, toks: list[_Tok], w0: int) -> _Attr | None:
    """``X said: “Q”`` / ``X said China would uphold “Q”`` / ``according to X, “Q”``.

    ``toks`` are the words of the sentence before the quote (quoted words left out);
    the cue is looked for from ``w0`` on (after the quote before this one), nearest
    first; a cue without a subject ("anybody who complains") gives way to the one before."""
    n = len(toks)
    c = n - 1
    tried = 0
    while c >= w0 and tried < 3:
        width = _is_cue(toks, c)
        if width == 0 and c > 0 and _is_cue(toks, c - 1) == 2:
            c -= 1
            width = 2
        if not width or (c + width < n and toks[c + width][0] == "by"):
            c -= 1
            continue
        tried += 1
        found = _attr_at(text, toks, w0, c, width)
        if found is not None and found[0] is not None and found[0].kind == "pronoun":
            outer = _outer_report(text, toks, w0, found[0].first)
            if outer is not None:
                return outer
        if found is not None:
            return found
        c -= 1
    if n > w0 and toks[-1][0] == ":":
        m = _np_ending_at(toks, n - 2, w0) if n >= 2 else None
        if m is None or m.kind != "name":
            m = _subject_first(toks, n - 1)
        if m is not None and m.kind in ("name", "pronoun", "org", "nominal"):
            return m, Span(":", toks[-1][1], toks[-1][2]), toks
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
    width = _is_cue(toks, k)
    if width and toks[k][0].lower() in INDIRECT_CUES:
        outer = _attr_at(text, toks, w0, k, width)
        if outer is not None and outer[0] is not None and outer[0].kind == "name":
            return outer
    return None


def _attr_at(text: str, toks: list[_Tok], w0: int, c: int, width: int) -> _Attr | None:
    """The speaker of the cue at ``toks[c]`` (``width`` tokens long), if it has one."""
    n = len(toks)
    cue = Span(text[toks[c][1] : toks[c + width - 1][2]], toks[c][1], toks[c + width - 1][2])
    if toks[c][0].lower() == "according":
        m = _np_after(toks, c + 2, n)
        return (m, cue, toks) if m is not None else None
    if toks[c][0].lower().endswith("ing") and c > 0 and toks[c - 1][0].lower() not in _PROGRESSIVE:
        # "Sanders compared himself to Clinton, saying …", "Trump sent an email saying …":
        # a participle's speaker is the subject of its clause, not the noun before it
        m = _subject_first(toks, c)
        return (m, cue, toks) if m is not None else None
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
        m = _subject_first(toks, c) or m
    if m is None and toks[c][0].lower() in INVERTING_CUES:
        m = _np_after(toks, c + 1, n)
        if m is not None and m.last < n and toks[m.last][0] not in (",", ":", "that"):
            m = None
    if m is None and (toks[c][0].lower().endswith("ing") or _after_conjunction(toks, c)):
        m = _subject_first(toks, c)  # "Trump issued a statement saying “Q”", "… and called"
    if m is None:
        return None
    return m, cue, toks


def _after_conjunction(toks: Sequence[_Tok], c: int) -> bool:
    """Whether the cue at ``c`` is a second verb of its subject ("… and called")."""
    j = c - 1
    while j >= 0 and (toks[j][0].lower() in BETWEEN_SUBJECT_AND_CUE or toks[j][0].lower().endswith("ly")):
        j -= 1
    return j >= 0 and toks[j][0].lower() in ("and", "but", "then", ",")


def _subject_first(toks: Sequence[_Tok], hi: int) -> _Mention | None:
    """The first noun phrase of a clause: its subject, past an opening phrase."""
    i = 0
    while i < hi and not _is_word(toks[i][0]):
        i += 1
    first = toks[i][0].lower() if i < hi else ""
    if first.endswith(("ing", "ed")) and first not in _NP_OPENERS:
        # "Speaking to reporters, Bush …", "Asked about it, she …": past the participle
        for k in range(i, min(hi, i + 20)):
            if toks[k][0] == ",":
                i = k + 1
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
    if first in _OPENER_WORDS or first in STOP_WORDS or first in TIME_WORDS:
        for k in range(i, min(hi, i + 25)):
            if toks[k][0] == ",":
                i = k + 1  # "On Monday, Trump ..."
                break
        else:
            while i < hi and toks[i][0].lower() in _OPENER_WORDS:
                i += 1  # "Now his friends …"
    if i >= hi:
        return None
    return _np_after(toks, i, hi)


#: Words before an ``-ing`` cue that make it a verb of its own subject ("was saying").
_PROGRESSIVE = _words(
    "is was were are be been am keep keeps kept started starts began begins he she they who"
)

#: Prepositions: a noun right after one is inside a phrase, not a subject.
_PREPOSITIONS = _words(
    "in on at of for to from with by about after before during since over under into onto upon "
    "through against among between without within toward towards via across around near"
)

#: Words that open a sentence without opening a phrase: the subject comes right after.
_CONJUNCTION_OPENERS = _words(
    "but and so yet then still now also however meanwhile instead indeed thus therefore "
    "moreover furthermore besides nonetheless nevertheless likewise similarly"
)

#: Words that open a subordinate clause, whose subject follows them.
_SUBORDINATORS = _words("while when as although though because since if after before once whereas")


# ---------------------------------------------------------------------------- speakers

_NAME_RUN = re.compile(r"(?:(?:Mr|Mrs|Ms|Dr)\.? )?[A-Z][\w'’\-]*(?: (?:[A-Z]\.|[A-Z][\w'’\-]*))*")


def _gender_of_name(name: str) -> str:
    first = name.split()[0].lower() if name.split() else ""
    if first in GIVEN_NAMES_FEMALE and first not in GIVEN_NAMES_MALE:
        return "f"
    if first in GIVEN_NAMES_MALE and first not in GIVEN_NAMES_FEMALE:
        return "m"
    return ""


@dataclass(slots=True)
class _People:
    """Who can be a speaker: the people analysis' persons, plus names the text gives."""

    text: str
    persons: Sequence[Person]
    #: (start, end, canonical name) of every person mention, in text order.
    events: list[tuple[int, int, str]] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)
    gender: dict[str, str] = field(default_factory=dict)
    by_surname: dict[str, str] = field(default_factory=dict)
    span_owner: dict[tuple[int, int], str] = field(default_factory=dict)
    built: bool = False

    def build(self) -> None:
        """Index the persons and the names in the text (once, on first use)."""
        if self.built:
            return
        self.built = True
        text = self.text
        events: list[tuple[int, int, str]] = []
        for p in self.persons:
            for m in p.mentions:
                events.append((m.start, m.end, p.name))
                self.span_owner[(m.start, m.end)] = p.name
            self._learn(p.name, p.name)
            for form in (*p.aliases, *p.titles):
                self._gender_from(form, p.name)
        if self.persons:
            events.sort()
            self.events = events
            self.starts = [e[0] for e in events]
            return
        # Names the text gives itself (when the people analysis found nobody): full
        # names with a known given name or an honorific, then their surnames alone.
        runs: list[tuple[int, int, list[str], str]] = []
        singles: list[tuple[int, int, str]] = []
        for run in _NAME_RUN.finditer(text):
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

    def _learn(self, name: str, canon: str) -> None:
        parts = name.split()
        if not parts:
            return
        sur = _strip_possessive(parts[-1]).lower()
        old = self.by_surname.get(sur)
        if old is None or len(old.split()) < len(canon.split()):
            self.by_surname[sur] = canon
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
        for s in range(si, max(-1, si - 7), -1):
            a, b = sentences[s] if s >= 0 else (0, pos)
            b = min(b, pos)
            i = bisect.bisect_left(self.starts, a, lo_event)
            stop = min(len(self.events), i + 40)  # a bounded look per sentence
            while i < stop and self.events[i][0] < b:
                st, _, canon = self.events[i]
                i += 1
                if ctx.in_quote(st):
                    continue
                g = self.gender.get(canon, "")
                if gender in ("m", "f") and g and g != gender:
                    continue
                return canon
        return None


@dataclass(slots=True)
class _Context:
    """Sentence bounds and quote spans of one article, for look-ups by offset."""

    sentences: list[tuple[int, int]]
    sentence_starts: list[int]
    quote_starts: list[int]
    quote_ends: list[int]

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quote_ends[i]

    def has_quote(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.quote_starts, a)
        return i < len(self.quote_starts) and self.quote_starts[i] < b

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return (pos, pos)
        return self.sentences[i]


# ---------------------------------------------------------------------------- the analysis


def _mention_span(text: str, toks: Sequence[_Tok], m: _Mention) -> Span:
    a, b = toks[m.first][1], toks[m.last - 1][2]
    return Span(text[a:b], a, b)


def _speaker_of(
    text: str, attr: _Attr, people: _People, ctx: _Context, prev: list[tuple[str, str]]
) -> tuple[str | None, Span | None]:
    """Canonical speaker and mention span of an attribution."""
    m, _, toks = attr
    if m is None:
        return None, None
    span = _mention_span(text, toks, m)
    if m.kind == "name":
        return people.canonical(span.text, span.start, span.end), span
    if m.kind in ("org", "nominal"):
        return span.text, span
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


def _kind(text: str, r: _Raw, left: str) -> QuoteKind:
    """``direct`` for a sentence or more in marks, ``partial`` for a phrase inside one."""
    if r.last_paragraph > r.paragraph:
        return "direct"
    content = text[r.start : r.end]
    first = content[:1]
    if not (first.isupper() or first.isdigit() or first in "….'\"‘“"):
        return "partial"
    lead = left.rstrip()
    if not lead or lead[-1] in ":,—–-―.!?" or _SENT_END.search(content):
        return "direct"
    last_word = lead.rsplit(None, 1)[-1].lower() if lead.split() else ""
    if last_word in cue_words() or last_word == "that":
        return "direct"
    return "partial"


def find_quotes(article: Article, people: Sequence[Person] = ()) -> tuple[Quote, ...]:
    """The quotes in ``article`` in text order; ``people`` gives canonical speaker names."""
    text = article.text
    blocks = _blocks(article)
    raws = _find_spans(text, blocks)
    sents: list[tuple[int, int]] = []
    if article.headline is not None:
        sents.append((article.headline.start, article.headline.end))
    sents += [(s.start, s.end) for s in article.sentences]
    ctx = _Context(sents, [s[0] for s in sents], [r.open_at for r in raws], [r.close_end for r in raws])
    known = _People(text, people)

    # 1. each quote's own attribution, from its sentence
    prev_speakers: list[tuple[str, str]] = []
    for n, r in enumerate(raws):
        s_open = ctx.sentence_of(r.open_at)
        s_close = ctx.sentence_of(max(r.open_at, r.close_end - 1))
        left_lo = max(s_open[0], blocks[r.paragraph][0])
        if n > 0 and raws[n - 1].close_end > left_lo:
            left_lo = raws[n - 1].close_end
        right_hi = min(max(s_close[1], r.close_end), blocks[r.last_paragraph][1])
        last_char = text[r.end - 1 : r.end]
        if right_hi <= r.close_end + 1 and last_char in ("?", "!"):
            # “Why not?” Trump said: the splitter ends a sentence after “?” but the cue follows
            right_hi = min(r.close_end + _REACH // 3, blocks[r.last_paragraph][1])
        if n + 1 < len(raws) and raws[n + 1].open_at < right_hi:
            right_hi = raws[n + 1].open_at
        left_first = not _blank_before(text, r.open_at, left_lo) and text[r.start : r.start + 1].islower()
        attr = (
            None
            if left_first
            else _attr_after(text, r.close_end, right_hi)
            if right_hi > r.close_end
            else None
        )
        if attr is None and left_lo < r.open_at:
            window = _tokens(text, left_lo, r.open_at)
            if window and (window[-1][0] == ":" or any(_is_cue(window, k) for k in range(len(window)))):
                # the words of the sentence before this window may hold the subject
                s_lo = max(s_open[0], blocks[r.paragraph][0], r.open_at - _REACH)
                toks = [t for t in _tokens(text, s_lo, left_lo) if not ctx.in_quote(t[1])] + window
                toks = _drop_parens(toks)
                w0 = bisect.bisect_left([t[1] for t in toks], left_lo)
                attr = _attr_before(text, toks, w0)
        if attr is None and left_first and right_hi > r.close_end:
            attr = _attr_after(text, r.close_end, right_hi)
        if (
            attr is None
            and r.last_paragraph + 1 < len(blocks)
            and _blank_after(text, r.close_end, blocks[r.last_paragraph][1])
        ):
            # a quote paragraph signed on the next line: "-Michelle Marks, Philadelphia."
            n_lo, n_hi = blocks[r.last_paragraph + 1]
            if text[n_lo : n_lo + 1] in _DASHES:
                attr = _attr_after(text, n_lo, min(n_hi, n_lo + _REACH // 3))
        if attr is None and s_close[1] > r.close_end and not ctx.has_quote(r.close_end, s_close[1]):
            # "… a “summer of agony” for Clinton, …, said Brad Bannon, a pollster."
            toks = _tokens(text, max(r.close_end, s_close[1] - _REACH // 2), s_close[1])
            end = len(toks)
            while end > 0 and not _is_word(toks[end - 1][0]):
                end -= 1
            tail = _tail_attr(text, toks, end)
            if tail is not None:
                attr = tail[1]
        r.kind = _kind(text, r, text[left_lo : r.open_at])
        if attr is not None:
            r.speaker, r.mention = _speaker_of(text, attr, known, ctx, prev_speakers)
            r.cue = attr[1]
            r.own = True
            if r.speaker is not None and attr[0] is not None:
                prev_speakers.append((r.speaker, attr[0].kind))

    # 2. quotes without a cue of their own take the speaker next to them
    subjects: dict[int, tuple[str | None, Span | None] | None] = {}
    for n, r in enumerate(raws):
        if r.own:
            continue
        donor = _donor(raws, n, ctx, same_sentence=True)
        if donor is None:
            attr = _attr_lead_in(text, r, ctx, blocks)
            if attr is not None:
                r.speaker, r.mention = _speaker_of(text, attr, known, ctx, prev_speakers)
                r.cue = attr[1]
                continue
            donor = _donor(raws, n, ctx, same_sentence=False)
        if donor is None:
            donor = _donor_before(raws, n, text, blocks)
        if donor is None and r.paragraph > 0 and _blank_before(text, r.open_at, blocks[r.paragraph][0]):
            # a quote paragraph after a paragraph that reports the speaker
            # ("Trump was quick to add that … . / “Building it? Not negotiable.”")
            b_lo, b_hi = blocks[r.paragraph - 1]
            prev = ctx.sentence_of(b_hi - 1)
            if prev[0] >= b_lo and not ctx.has_quote(prev[0], prev[1]) and not ctx.in_quote(prev[0]):
                attr = _attr_before(text, _tokens(text, max(prev[0], prev[1] - _REACH), prev[1]), 0)
                if attr is not None and attr[0] is not None and attr[0].kind in ("name", "pronoun"):
                    r.speaker, r.mention = _speaker_of(text, attr, known, ctx, prev_speakers)
                    r.cue = attr[1]
                    continue
        if donor is not None:
            r.speaker, r.mention, r.cue = donor.speaker, donor.mention, donor.cue
        elif r.kind == "partial" or not _blank_before(text, r.open_at, ctx.sentence_of(r.open_at)[0]):
            # A phrase in marks with no cue: the words of the subject of its sentence
            # ("The candidate has mocked …, called him “Q”").
            key = max(ctx.sentence_of(r.open_at)[0], blocks[r.paragraph][0])
            if key not in subjects:  # once per sentence, however many quotes it holds
                lo = max(key, r.open_at - _REACH)
                toks = _tokens(text, lo, min(r.open_at, lo + _REACH // 3))
                m = _subject_first(toks, len(toks)) if toks else None
                subjects[key] = None
                if m is not None and m.kind == "nominal":
                    head = _strip_possessive(toks[m.last - 1][0]).lower()
                    if head not in speaker_nouns():
                        m = None  # "The photo", "a series of tweets": not who speaks
                if m is not None and m.kind == "name" and people:
                    a, b = toks[m.first][1], toks[m.last - 1][2]
                    if not known.is_person(text[a:b], a, b):
                        m = None  # "Twenty CBS-owned TV": a name the people analysis does not know
                if m is not None and m.kind != "relative":
                    subjects[key] = _speaker_of(text, (m, Span("", 0, 0), toks), known, ctx, prev_speakers)
            found = subjects[key]
            if found is not None:
                r.speaker, r.mention = found
    out = [
        Quote(text[r.start : r.end], r.start, r.end, r.kind, r.speaker, r.mention, r.cue)
        for r in raws
        if not (
            _looks_like_title(text, r.start, r.end)
            and (r.cue is None or _title_position(text, r.open_at))
            and (r.speaker is None or _title_position(text, r.open_at) or _is_handle(text, r.start, r.end))
        )
    ]

    # 3. reported speech without marks, in sentences that hold no quote marks
    hits = _indirect_hits(text, article.body_start, ctx)
    for a, b in ctx.sentences:
        if (a, b) not in hits:
            continue
        if b - a > _REACH * 4 or ctx.has_quote(a, b) or ctx.in_quote(a) or _has_mark(text, a, b):
            continue
        for (qs, qe), attr in _indirect(text, a, b):
            speaker, mention = _speaker_of(text, attr, known, ctx, prev_speakers)
            out.append(Quote(text[qs:qe], qs, qe, "indirect", speaker, mention, attr[1]))
    out.sort(key=lambda q: q.start)
    return tuple(_resolve_it_and_they(out))


def _resolve_it_and_they(found: list[Quote]) -> list[Quote]:
    """``it`` and ``they`` as speakers: the organisation or group named as a speaker
    last before them ("The firm said … . It added …")."""
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
        elif (
            q.speaker is None and w in ("it", "they") and last is not None and m.start - last[0] < _REACH * 3
        ):
            found[i] = Quote(q.text, q.start, q.end, q.kind, last[1], m, q.cue)
    return found


def _has_mark(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a double quote mark (apostrophes do not count)."""
    return _DOUBLE_MARK.search(text, a, b) is not None


_DOUBLE_MARK = re.compile("''|[\"“”„«»]")


#: Words after a cue that lead to its clause only through a "that" further on
#: ("said in a statement that …", "told reporters on Monday that …").
_BEFORE_THAT = _words("in on at during after before to of from with by for about over via through")

#: Words after a cue that show it does not introduce a reported clause.
_NO_CLAUSE = _words("to so nothing something anything yes no goodbye hello thanks sorry")

#: Cues of questions, whose reported clause opens with a question word.
_ASK_CUES = _words("ask asks asked wonder wonders wondered")
_WH_WORDS = _words("whether if why how what who when where which")

#: Cues whose object comes before the clause ("told reporters that …").
_OBJECT_CUES = _words(
    "tell tells told telling warn warns warned remind reminds reminded assure assures assured"
)


def _tail_attr(text: str, toks: list[_Tok], end: int) -> tuple[int, _Attr] | None:
    """A cue that ends its sentence after a comma: ``…, X said.``, ``…, said X, a …`` or
    ``…, according to X.``; the index of that comma and the attribution."""
    commas = [k for k in range(end - 1, max(-1, end - 25), -1) if toks[k][0] == ","][:2]
    for last_comma in commas:
        if last_comma < 1 or (last_comma == commas[0] and end - last_comma > 12):
            continue
        found = _tail_cue(text, toks, last_comma, end)
        if found is not None:
            return last_comma, found
    return None


def _tail_cue(text: str, toks: list[_Tok], last_comma: int, end: int) -> _Attr | None:
    n = len(toks)
    for c in range(last_comma + 1, end):
        width = _is_cue(toks, c)
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
        else:
            m = _subject_before(toks, c, last_comma + 1)
            rest = end - c - width
        # the cue ends the sentence ("…, he said on Monday."): nothing reported after it
        if m is not None and rest <= 4 and not any(t[0].lower() == "that" for t in toks[c:end]):
            cue = Span(text[toks[c][1] : toks[c + width - 1][2]], toks[c][1], toks[c + width - 1][2])
            return m, cue, toks
        return None
    return None


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


#: Pronouns that open a reported clause ("said after the vote he would …").
_SUBJECT_PRONOUNS = _words("he she they we i it")


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
    if n > 3 and _is_cue(toks, 0) == 2 and toks[0][0].lower() == "according":
        m = _np_after(toks, 2, n)
        if m is not None:
            k = m.last
            while k < end and toks[k][0] != ",":
                k += 1
            if end - k > 3:
                cue = Span(text[toks[0][1] : toks[1][2]], toks[0][1], toks[1][2])
                return [((toks[k + 1][1], toks[end - 1][2]), (m, cue, toks))]
    # "…, according to the polling average in New Hampshire – despite …"
    for k in range(4, end - 2):
        if toks[k][0] == "," and toks[k + 1][0].lower() == "according" and toks[k + 2][0].lower() == "to":
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
        w = toks[c][0].lower()
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
        if m.first > 0 and toks[m.first - 1][0].lower() in ("which", "that", "who", "whom", "what"):
            continue  # "…, which he said were …": a parenthesis, not a report
        if _negated(toks, c):
            continue  # "did not say that …" reports nothing
        j = c + 1
        nxt = toks[j][0].lower()
        cue = Span(toks[c][0], toks[c][1], toks[c][2])
        if nxt == "," and m.first > 1 and toks[m.first - 1][0] == ",":
            # "In any case, Mr. DiPietro said, the industry was …": the whole sentence
            return [((toks[0][1], toks[end - 1][2]), (m, cue, toks))]
        if w in _ASK_CUES:
            k = j
            while k < min(end, j + 7) and toks[k][0].lower() not in _WH_WORDS:
                k += 1
            if k >= min(end, j + 7) or end - k < 3:
                return []
            return [((toks[k][1], toks[end - 1][2]), (m, cue, toks))]
        if w in _OBJECT_CUES or nxt in _BEFORE_THAT or nxt in TIME_WORDS or nxt == ",":
            k = j
            while k < min(end, j + 10) and toks[k][0].lower() != "that":
                k += 1
            if k >= min(end, j + 10):
                # no "that": the clause opens at its subject pronoun
                # ("Trump said after the convention he would not …")
                k = j
                while k < min(end, j + 10) and toks[k][0].lower() not in _SUBJECT_PRONOUNS:
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
            if tk.lower() == "and" and _is_cue(toks, k + 1) and toks[k + 1][0].lower() in INDIRECT_CUES:
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
            if nj < end and toks[nj][0].lower() == "that":
                nj += 1
            if end - nj >= 3 and toks[nj][0].lower() not in _NO_CLAUSE and _is_word(toks[nj][0]):
                cue2 = Span(toks[k][0], toks[k][1], toks[k][2])
                found.append(((toks[nj][1], toks[end - 1][2]), (m, cue2, toks)))
        return found
    return []


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
    """For a quote that opens its paragraph: the quote that ends the paragraph before."""
    r = raws[n]
    lo = blocks[r.paragraph][0]
    if n > 0 and _blank_before(text, r.open_at, lo):
        prev = raws[n - 1]
        if prev.last_paragraph >= r.paragraph - 1 and prev.speaker is not None:
            return prev
    return None


#: Verbs that report what a poll, study or record shows ("a poll found that …").
_FINDING_CUES = _words(
    "show shows showed shown find finds found suggest suggests suggested indicate indicates"
)

#: Verbs that report a belief ("he believes that …").
_BELIEF_CUES = _words("believe believes believed think thinks")

#: Head nouns of sources whose findings are reported.
_FINDING_SOURCES = _words(
    """
    poll polls survey surveys study studies data report reports analysis research numbers
    figures results records documents evidence review audit investigation probe estimates
    """
)


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


def _negated(toks: Sequence[_Tok], c: int) -> bool:
    """Whether the verb at ``toks[c]`` is negated ("did not say", "never said")."""
    for k in range(max(0, c - 3), c):
        w = toks[k][0].lower()
        if w in ("not", "never") or w.endswith(("n't", "n’t")):
            return True
    return False


def _blank_before(text: str, pos: int, lo: int) -> bool:
    """Whether ``text[lo:pos]`` is white space only (read backwards from ``pos``, so the
    cost is the length of the white space, not of the text)."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos <= lo


#: Every word that can introduce reported speech, to skip sentences without one.
_INDIRECT_WORDS = INDIRECT_CUES | _FINDING_CUES | _BELIEF_CUES | {"according"}

#: Punctuation turned into spaces before the sentences' words are compared with the cues.
_PUNCT_TO_SPACE = str.maketrans({c: " " for c in ',.;:!?()[]{}"“”‘’«»„—–'})


def _indirect_hits(text: str, lo: int, ctx: _Context) -> set[tuple[int, int]]:
    """The sentences holding a word that may introduce reported speech (C-speed checks)."""
    hits: set[tuple[int, int]] = set()
    if not ctx.sentences:
        return hits
    start = min(lo, ctx.sentences[0][0])
    low = text[start:].lower().translate(_PUNCT_TO_SPACE)
    for a, b in ctx.sentences:
        if not _INDIRECT_WORDS.isdisjoint(low[a - start : b - start].split()):
            hits.add((a, b))
    return hits


#: Short words that stay lower-case in a title ("Meet the Press", "Game of Thrones").
_TITLE_SMALL_WORDS = _words("a an the of and or to in on for with at by from is as nor but")

_TITLE_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def _is_handle(text: str, a: int, b: int) -> bool:
    """A social-media handle in marks: one word with a capital inside ("realDonaldTrump")."""
    if b - a > 40:
        return False
    words = _TITLE_WORD.findall(text, a, b)
    return len(words) == 1 and words[0][:1].islower() and any(c.isupper() for c in words[0][1:])


def _looks_like_title(text: str, a: int, b: int) -> bool:
    """Whether the words in marks are a name rather than something said: a title in
    title case ("Meet the Press", "The Apprentice") or a handle ("realDonaldTrump")."""
    if b - a > 120:
        return False
    if _is_handle(text, a, b):
        return True
    words = _TITLE_WORD.findall(text, a, b)
    big = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    if not big or len(words) > 10:
        return False
    if len(words) == 1 and any(c.isupper() for c in words[0][1:]):
        return True  # HillaryClinton
    return all(w[:1].isupper() for w in big)


#: Words before a title in marks ("on “Meet the Press”", "the book “Destiny and Power”").
_BEFORE_TITLE = _words(
    "on titled entitled book show film movie song album program "
    "programme series ad column essay article novel memoir play magazine newspaper"
)


def _title_position(text: str, open_at: int) -> bool:
    """Whether the word before the opening mark is one that introduces a title."""
    k = open_at
    while k > 0 and text[k - 1].isspace():
        k -= 1
    possessive = False
    if k >= 3 and text[k - 1] == "s" and text[k - 2] in "’'":
        possessive, k = True, k - 2  # "CNN’s “State of the Union”"
    elif k >= 2 and text[k - 1] in "’'" and text[k - 2] == "s":
        possessive, k = True, k - 1  # "Fox News’ “Fox and Friends”"
    j = k
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] in ".&"):
        j -= 1
    word = text[j:k]
    if possessive:
        return word[:1].isupper() and k - j <= 25  # a network or a publisher
    return word.lower() in _BEFORE_TITLE


def _blank_after(text: str, pos: int, hi: int) -> bool:
    """Whether ``text[pos:hi]`` is white space only (read forwards, cost of the space)."""
    while pos < hi and text[pos].isspace():
        pos += 1
    return pos >= hi
