"""People: every named person in an article, their mentions, aliases and roles.

    >>> from newscli.read import parse
    >>> article = parse("LONDON (BBC): Russian President Vladimir Putin met Mr Xi. Putin said so.")
    >>> [(p.name, len(p.mentions), p.titles) for p in find_people(article)]
    [('Vladimir Putin', 2, ('Russian President',)), ('Xi', 1, ())]

Output schema
-------------
:func:`find_people` returns a tuple of :class:`~newscli.model.Person`, one per person (not
per mention), ordered by number of mentions (most first), then by first mention::

    name      str           the fullest form of the name the article gives ("Xi Jinping")
    aliases   tuple[str]    the other forms as written, with their honorific or title
                            ("Mr Xi", "President Xi", "Xi"; "Mr Kuleba" when the name is
                            "Kuleba"), in order of first use
    titles    tuple[str]    the roles the article gives: titles before the name ("China’s
                            President", "foreign ministry spokeswoman") and appositions
                            ("Dmytro Kuleba, Ukraine's foreign minister,")
    mentions  tuple[Span]   every mention by name, in text order: {text, start, end}, the
                            name alone, without honorific, title or possessive
                            (in "President Xi’s visit" the mention is "Xi"), so
                            ``article.text[start:end] == text``
    quotes    int           always 0 here; :mod:`newscli.analyses` fills it in

Public helpers (for the quotes analysis and library users)
----------------------------------------------------------
- :func:`person_at(people, offset) <person_at>`: the person one of whose mentions covers a
  character offset, or None.
- :func:`mention_at(people, offset) <mention_at>`: that person and the mention, or None.
- :func:`find_person(people, text) <find_person>`: the person a written form names ("Mr
  Kuleba", "President Xi", "Zelensky", "Xi Jinping’s"), or None.
- :func:`likely_gender(person) <likely_gender>`: "male", "female" or None, from the
  honorifics and gendered titles the article uses, then the given name.
- :func:`honorific_gender(word) <honorific_gender>`, :func:`is_honorific`,
  :func:`is_role_word`: word-level lookups in the lexicons below.

Import them from this module (``from newscli.people import find_person``); the package's
entry point for the analysis is ``newscli.people_in`` (:mod:`newscli.analyses`), which also
counts each person's quotes.

How names are found (all rules are linear in the text's length)
---------------------------------------------------------------
1. The headline and the body (not the header, byline or dateline) are cut into words;
   runs of capitalised words (with initials ``J.``, particles ``van``, ``de``, ``al-``)
   are the candidates. A possessive (``Putin’s``) ends a run and is left out of the name.
2. A run is split at its last honorific or title (``Mr``, ``President``, ``Foreign
   Minister``, ``Sen.``): what follows is a name, what precedes (``China’s``, ``Russian``)
   joins the title. Nationalities before a name (``Australian Tom Moody``), months, weekdays
   and common words opening a sentence are cut off.
3. A candidate is a person when it follows an honorific, a title or a role word
   (``spokeswoman Hua Chunying``), is followed by an age (``, 43,``) or an apposition with a
   role (``, Ukraine's foreign minister,``), starts with a known given name or an initial,
   stands next to a reporting verb (``Smith said``, ``said Smith``), or is two or more
   words none of which is an English word, place or organisation (``Wasim Akram``), or an
   unknown word and a surname (``Jansher Khan``).
4. It is rejected when it is a place, nationality, organisation, month or weekday, holds an
   organisation or place word (``Council``, ``United``, ``Road``, ``Coast``), starts like a
   place (``San``, ``New``, ``North``), comes before a facility (``Charles de Gaulle
   airport``) or after ``the town of``, or is a word the article uses as an organisation's
   name (``Ruch SA``, ``Douglas & Lomason``, ``news agency Tanjug``). A place or an
   organisation glued before a name is cut off (``Refugee Council Enver Solomon``).
5. Document-level propagation: a surname found in a full name (the family name first for
   Chinese, Korean and Vietnamese names), and a single name found with an honorific or
   title, is a person wherever it recurs capitalised; in all-caps lines (headlines) names
   already found match case-insensitively.
6. Grouping: full names that share first and last word are one person; a single name joins
   the full name it ends (``Zelensky``), else the one it starts (``Xi``); when several
   people share it (Hillary and Bill Clinton) it goes to the one named most recently.

Lexicons (``newscli/lexicons/people-*.txt``, each with its source and licence in its
header): given names, surnames, surname-first family names, honorifics, roles and titles,
places, nationalities, organisations, organisation and place words, common English words.
They are read once, on first use; the three large ones (given names, surnames, common
words) hold the words of one prefix a line (two letters for the names, three for the common
words), and a word's line is searched the first time the word is asked for, so a process
pays only for the words its articles use.
The small word lists the rules need (months, reporting verbs, particles, organisation
suffixes...) are the constants below.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from newscli.model import Article, Person, Span
from newscli.wordlists import LEXICON_DIR, lexicon_lines, read_lexicon, word_set

__all__ = [
    "find_people",
    "find_person",
    "honorific_gender",
    "is_honorific",
    "is_role_word",
    "likely_gender",
    "mention_at",
    "person_at",
]

# ------------------------------------------------------------------ small lexicons (constants)


#: Months and weekdays: capitalised, never a name on their own.
CALENDAR_WORDS = word_set(
    """
    January February March April May June July August September October November December Jan Feb
    Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Monday Tuesday Wednesday Thursday Friday Saturday
    Sunday Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun
    """
)

#: Verbs of saying next to which a capitalised word is a speaker ("Smith said", "said Smith").
REPORTING_VERBS = word_set(
    """
    said says say told tells added adds stated states declared declares explained explains noted
    notes insisted insists argued argues claimed claims warned warns wrote writes asked asks replied
    replies answered announced announces admitted admits denied denies confirmed confirms
    acknowledged acknowledges believes believed thinks thought recalled recalls suggested suggests
    stressed stresses urged urges tweeted posted commented continued concluded countered responded
    reported reports described describes
    """
)

#: Lower-case particles inside names ("Ludwig van Beethoven", "Bashar al Assad").
PARTICLES = word_set(
    """
    van von de der den del della di da dos das du la le bin ibn al el ben ter ten zu
    """
)

#: Given names that are also frequent English words: a name only before a surname or a
#: word that is no English word ("Bill Clinton", "Mark Butcher"; not "Will Britain").
AMBIGUOUS_GIVEN_NAMES = word_set(
    """
    Will Bill Mark May June April August Grant Rich Hope Faith Joy Guy Jack Frank Pat Art Don Rob
    Sue Bob Chuck Dawn Eve Grace Ivy Rose Iris Lily Daisy Holly Ruby Pearl Amber Crystal Summer
    Autumn Sky Star Sunny Chance Price Sterling Royal King Prince Duke Earl Baron Major Miles Chase
    Hunter Cash Penny Bud Buck Ray Wade Dean Reed Gay Young Love Blue Golden Honey Angel Lucky Page
    Sandy Rocky Misty Ash Bay Brook River Rain Heath Forest Glen Dale Cliff Clay Stone Rock Sol Cole
    Wolf Fox Drake Hawk Robin Jay Wren Constance Patience Prudence Charity Mercy Trinity Justice
    Liberty Freedom Unity Harmony Destiny Victory Else Ever Deal Long Short Small Little Green Brown
    White Black Gray Grey Says Said Early Gene Job Sherry Brandy Ginger Candy Cherry Olive Hazel
    Jasmine Heather Violet Myrtle Laurel Sage Basil Herb Pepper Chip Doc Sonny Tiny Ace Kid Marshal
    Bishop Mason Cook Baker Carter Porter Tucker Parker Fisher Taylor Walker Turner Miller Smith
    """
)

#: Company endings and joiners: a word in a run with one of them is an organisation's
#: name throughout the article ("Magna International Inc", "Ruch SA", "Douglas & Lomason").
ORGANISATION_SUFFIXES = word_set(
    """
    Inc Corp Co Cos Ltd Plc PLC SA AG NV BV GmbH SpA AB ASA Tbk Bhd PT Ltda Group Holdings
    Industries International Brothers Bros Associates Partners Enterprises Bancorp
    """
)

#: Lower-case nouns that name a kind of organisation: "news agency Tanjug", "club Atalanta".
ORGANISATION_NOUNS = word_set(
    """
    agency newspaper daily weekly paper magazine club side team company firm group chain maker
    carrier airline bank insurer retailer brand label network channel station broadcaster publisher
    party outfit conglomerate giant operator manufacturer producer exporter importer distributor
    utility lender brokerage exchange index fund
    """
)

#: Lower-case nouns of places and buildings after a name that make it theirs: "Charles de
#: Gaulle airport", "Ellis Park stadium".
FACILITY_NOUNS = word_set(
    """
    airport stadium street road avenue bridge hospital university school college institute
    foundation award awards prize trophy cup memorial square centre center park hotel museum
    library station building tower hall theatre theater church cathedral mosque temple prison
    jail camp base airbase port harbour river lake mountain island valley county district
    province region company corporation group index fund line lines administration era
    """
)

#: Lower-case nouns of places before "of": "the town of Uyo", "the city of Arbil".
PLACE_NOUNS = word_set(
    """
    town city village capital province region state district county island port suburb area
    republic kingdom emirate enclave resort township borough municipality neighbourhood
    neighborhood villages towns cities provinces regions states islands
    """
)

#: Sentence-opening words that are never the first word of a name ("Meanwhile Kuleba said").
_OPENERS = word_set(
    """
    the a an and but or nor so yet still also then now today yesterday tomorrow however
    meanwhile moreover furthermore nevertheless instead indeed thus hence later earlier
    after before when while if as although though because since unless until in on at by
    for with from to of into over under about between among during without within across
    this that these those there here what who why how where which some many most several
    few all both each every any no not only even just perhaps maybe last next new other
    another such one two three his her its their our my your we they he she it you i
    """
)

#: Dotted abbreviations of places and bodies: never initials of a name.
DOTTED_NON_NAMES = word_set(
    """
    U.S. U.K. U.N. E.U. U.S.A. U.A.E. N.Y. D.C. L.A. S.A. A.G. N.V.
    """
)

#: Capitalised words that may close a name ("Ken Griffey Jr", "Henry VIII").
NAME_SUFFIXES = word_set(
    """
    Jr Jr. Sr Sr. II III IV
    """
)

#: Words that open a title phrase before a name, never a name themselves.
_ARTICLES = word_set(
    """
    the a an
    """
)

#: Function words: they end a title phrase when walking back from a role word.
_STOP = word_set(
    """
    a an the and or but nor of in on at to by for with from as into onto over under than then that
    this these those which who whom whose what when where while after before since until during
    about against between among through across per via his her its their our my your he she it they
    we you i me him them us is was are were be been being has have had do does did will would shall
    should can could may might must not no yes so also too very just only said says told according
    who's it's there here one two three four five six seven eight nine ten first second third last
    next other another some any all both each every many much more most such own same like say
    saying
    """
)

#: A plain lower-case word, with inner apostrophes and hyphens ("don’t", "well-known"). The
#: curly apostrophe is kept out of the character classes: a class that mixes a character
#: beyond Latin-1 with two or more others compiles to a 64K-character bitmap (~0.2 ms in
#: every process, for each copy), a branch or a lookahead of its own costs nothing.
_LOWER_WORD = r"[a-z]++(?:['\-][a-z]++|’[a-z]++)*+(?![\w'\-])(?!’)"
#: A token: a punctuation mark, a run of plain lower-case words (split later at the words
#: the rules look at), dotted initials or abbreviations, a word, a number. Possessive
#: quantifiers: no alternative ever backtracks into a word it has read. The punctuation
#: mark is tried first, as a quarter of the tokens are one: no other alternative can
#: start where it does (they all start with a word character), so no token changes.
_TOKEN_PATTERN = (
    rf"[^\w\s]|{_LOWER_WORD}(?: {_LOWER_WORD})*+"
    r"|(?:[A-Za-z]\.){2,}|[^\W\d_]\w*+(?:['\-]\w++|’\w++)*+|\d++(?:[.,:]\d++)*+"
)
#: A token with the white space (or underscores) before it: the tokens of a line, with their
#: offsets, from one ``findall`` (every character is in a gap or a token).
_GAP_WORD = re.compile(rf"([\s_]*+)({_TOKEN_PATTERN})")
_POSSESSIVE = re.compile(r"['’][sS]$")
_NUMBER = re.compile(r"\d{1,3}")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


#: Lower-case words that open a title before its head ("former President Bush").
_FORMER = word_set(
    """
    former late then acting interim outgoing incoming ex deputy
    """
)

#: Lower-case words some rule looks at one by one (with the role words and relations);
#: every other run of lower-case words is one token.
_SINGLE_WORDS = (
    REPORTING_VERBS
    | PARTICLES
    | ORGANISATION_NOUNS
    | FACILITY_NOUNS
    | PLACE_NOUNS
    | _FORMER
    | word_set("of to according")
)


# ------------------------------------------------------------------ lexicon files


class _Lexicons:
    """Every lexicon the rules use, filled in once by :func:`_lexicons` (a plain class: a
    dataclass costs a millisecond to build in every process)."""

    __slots__ = (
        "abbreviations",
        "common",
        "demonyms",
        "family_first",
        "given",
        "head_words",
        "heads",
        "honorifics",
        "marks",
        "modifiers",
        "nonnames",
        "org_anywhere",
        "org_first",
        "org_last",
        "places",
        "relations",
        "single_words",
        "surnames",
        "title_words",
    )

    given: _WordList  # name -> "m", "f", "-"; "" for no given name
    surnames: _WordList  # name -> "+"; "" for no surname
    family_first: frozenset[str]
    common: _WordList  # word -> "+"; "" for no common word
    honorifics: dict[str, str]  # honorific -> "m", "f" or "-"
    heads: dict[str, str]  # role noun (lower case) -> "m", "f" or ""
    relations: dict[str, str]
    abbreviations: frozenset[str]
    modifiers: frozenset[str]
    places: frozenset[str]
    demonyms: frozenset[str]
    org_anywhere: frozenset[str]
    org_last: frozenset[str]
    org_first: frozenset[str]
    nonnames: frozenset[str]  # places, organisations, demonyms, months and weekdays
    single_words: frozenset[str]  # lower-case words the rules look at one by one
    head_words: frozenset[str]  # the role nouns of ``heads``
    title_words: frozenset[str]  # role nouns and title modifiers (lower case)
    marks: frozenset[str]  # honorifics and abbreviated titles, as written ("Mr", "Sen")


class _WordList(dict[str, str]):
    """A large word list, stored a line per prefix, as a lookup table: ``table[word]`` is the
    word's value ("m", "f", "-" for ``name:gender`` entries, "+" for a bare word) or "" when
    the list does not hold it.

    Loading costs a few hundred or thousand lines read, not one set entry per word: a word's
    line is searched (in C) the first time the word is asked for, and the answer kept, so a
    process pays only for the words its articles hold (the answers kept are forgotten past
    ``MAX_KEPT`` words, so a long-running process stays small). Look up with ``table[word]``:
    ``in`` works too, but through a Python call.

    The lines stay UTF-8 bytes, as read: decoding the files and cutting them into ``str``
    lines cost more than the rest of the loading together, and a word is encoded only the
    first time it is asked for. A line holds the entries that begin with the same
    ``key_size`` bytes (two for the names, three for the common words, whose lines would
    otherwise be long to search), and is keyed by them.
    """

    MAX_KEPT = 100_000

    __slots__ = ("_key_size", "_lines")
    _key_size: int
    _lines: dict[bytes, bytes]  # the first bytes of its entries -> b"word word ...\n"

    def __init__(self, name: str, key_size: int = 2) -> None:
        super().__init__()
        self._key_size = key_size
        # The key is the first entry's first bytes (fewer for a short entry alone on its
        # line). The lines are kept as read, with their line break: read line by line, the
        # file is copied once, not read whole and then split.
        with (LEXICON_DIR / name).open("rb") as file:
            self._lines = {
                line[:key_size].rstrip(b" :\n"): line for line in file if line[0] != _HASH and line != b"\n"
            }

    def __missing__(self, word: str) -> str:
        value = ""
        entry = word.encode(errors="surrogatepass")  # a lone surrogate matches no entry
        line = self._lines.get(entry[: self._key_size])
        if line is not None and " " not in word and ":" not in word:
            # An entry opens the line or follows a space; only the entries that start with
            # the word are tried, and the word is one of them when it ends there (at a
            # space, at the line's end or break, or at the ":" before its value).
            probe = b" " + entry
            at = 0 if line.startswith(entry) else line.find(probe) + 1 or -1
            while at >= 0:
                end = at + len(entry)
                if end == len(line) or line[end] == _SPACE or line[end] == _NEWLINE:
                    value = "+"
                    break
                if line[end] == _COLON:
                    value = chr(line[end + 1])
                    break
                at = line.find(probe, end) + 1 or -1
        if len(self) >= self.MAX_KEPT:
            self.clear()
        self[word] = value
        return value

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self[word] != ""


_HASH, _SPACE, _COLON, _NEWLINE = b"# :\n"


def _pairs(name: str) -> dict[str, dict[str, str]]:
    """A lexicon file of ``word[TAB value]`` lines, by ``[section]`` ("" before any)."""
    out: dict[str, dict[str, str]] = {"": {}}
    current = out[""]
    for line in lexicon_lines(name):
        if line[0] == "[" and line[-1] == "]":
            current = out.setdefault(line[1:-1], {})
            continue
        word, _, value = line.partition("\t")
        current[word] = value
    return out


@lru_cache(maxsize=1)
def _lexicons() -> _Lexicons:
    """Every lexicon, read once: they are data, and never change between calls."""
    roles = _pairs("people-roles.txt")
    org_words = _pairs("people-org-words.txt")
    singular = lexicon_lines("people-demonyms.txt")
    # and their plurals: Russians, Americans
    demonyms = frozenset(singular).union(
        [d + "s" for d in singular if not d.endswith(("s", "ese", "sh", "ch"))]
    )
    places = frozenset(lexicon_lines("people-places.txt"))
    heads = {k.lower(): v for k, v in roles["head"].items()}
    relations = {k.lower(): v for k, v in roles["relation"].items()}
    lex = _Lexicons()
    lex.given = _WordList("people-given-names.txt")
    lex.surnames = _WordList("people-surnames.txt")
    # one a line; the comment lines, which start with "#", stay in the set but match no word
    lex.family_first = frozenset(read_lexicon("people-family-names-first.txt").split("\n"))
    lex.common = _WordList("people-common-words.txt", 3)
    lex.honorifics = _pairs("people-honorifics.txt")[""]
    lex.heads = heads
    lex.relations = relations
    lex.abbreviations = frozenset(roles["abbreviation"])
    lex.modifiers = frozenset(k.lower() for k in roles["modifier"])
    lex.places = places
    lex.demonyms = demonyms
    lex.org_anywhere = frozenset(org_words["anywhere"])
    lex.org_last = frozenset(org_words["last"])
    lex.org_first = frozenset(org_words["first"])
    # (the organisations are looked up only here, so they need no set of their own)
    lex.nonnames = places.union(lexicon_lines("people-organisations.txt"), demonyms, CALENDAR_WORDS)
    lex.single_words = frozenset(heads) | frozenset(relations) | _SINGLE_WORDS
    lex.head_words = frozenset(heads)
    lex.title_words = lex.head_words | lex.modifiers
    lex.marks = frozenset(lex.honorifics) | lex.abbreviations
    return lex


# ------------------------------------------------------------------ public word-level helpers


def _bare(word: str) -> str:
    return word[:-1] if word.endswith(".") else word


def is_honorific(word: str) -> bool:
    """Whether ``word`` ("Mr", "Mrs.", "Dr", "Dame") is an honorific."""
    return _bare(word) in _lexicons().honorifics


def honorific_gender(word: str) -> str | None:
    """ "male" or "female" for a gendered honorific ("Mr", "Ms.", "Sir"), else None."""
    return _GENDERS.get(_lexicons().honorifics.get(_bare(word), ""))


def is_role_word(word: str) -> bool:
    """Whether ``word`` is a title or role noun ("President", "spokesman", "Sen.", "coach")."""
    lex = _lexicons()
    return word.lower() in lex.heads or _bare(word) in lex.abbreviations


_GENDERS = {"m": "male", "f": "female"}


# ------------------------------------------------------------------ tokens and runs


class _Tok:
    """A word, number or punctuation mark, with the flags the rules use."""

    __slots__ = (
        "cap",
        "caps_line",
        "end",
        "kind",
        "newline_before",
        "possessive",
        "sentence_start",
        "start",
        "text",
        "word",
    )

    def __init__(self, text: str, start: int, end: int, kind: str) -> None:
        self.text = text  # with a merged full stop ("J.", "Mr.")
        self.word = text  # without it
        self.start = start
        self.end = end
        self.kind = kind  # "w" word, "n" number, "p" punctuation
        self.possessive = False  # "Putin’s": ``text`` and ``end`` leave the "’s" out
        self.newline_before = False
        self.sentence_start = False
        self.caps_line = False  # in a line written in capitals
        self.cap = False  # a capitalised word of running text (see _is_cap)


def _tokens(
    text: str, start: int, end: int, sentence_starts: set[int], toks: list[_Tok], caps: list[int]
) -> None:
    """Append to ``toks`` the words, numbers and punctuation of ``text[start:end]`` with the
    flags the rules use, and to ``caps`` the indexes of the capitalised ones (``cap``) and of
    all those of lines written in capitals (``caps_line``)."""
    lex = _lexicons()
    honorifics, abbreviations, single_words = lex.honorifics, lex.abbreviations, lex.single_words
    head_words = lex.head_words
    append = toks.append
    for line in _LINE.finditer(text, start, end):
        ls, le = line.span()
        caps_line = _is_caps_line(text, ls, le)
        first = len(toks)
        merged_stop = -1  # the offset of a full stop merged into the word before ("J.")
        pending = False  # the sentence opened with a quote mark: its first word starts it
        pos = ls
        for gap, word in _GAP_WORD.findall(text, ls, le):
            s = pos + len(gap)
            e = pos = s + len(word)
            ch = word[0]
            if ch.islower():  # most words: no flag to set
                pending = False
                if " " not in word:
                    tok = _Tok(word, s, e, "w")
                    if "-" in word and not caps_line and _is_cap(tok):  # "al-Assad"
                        tok.cap = True
                        caps.append(len(toks))
                    append(tok)
                elif (
                    word[: word.index(" ")] in single_words
                    or word[word.rindex(" ") + 1 :] in single_words
                    or (caps_line and not head_words.isdisjoint(word.split(" ")))
                ):
                    # A rule word at an end (in a line of capitals, a role noun anywhere).
                    split_at = head_words if caps_line else _NO_WORDS
                    _split_plain_run(text, word.split(" "), s, single_words, split_at, append)
                else:
                    append(_Tok(word, s, e, "w"))  # a run of plain words: one token
                continue
            if ch.isalpha():
                tok = _Tok(word, s, e, "w")
                if word[-1] in "sS" and word[-2:] in _POSSESSIVE_ENDINGS and len(word) > 2:
                    tok.text = tok.word = word[:-2]
                    tok.end = e - 2
                    tok.possessive = True
                elif (
                    e < le
                    and text[e] == "."
                    and (len(word) == 1 or word in honorifics or word in abbreviations or word in _DOTTED)
                ):
                    tok.text, tok.end = word + ".", e + 1
                    merged_stop = e
                elif word[-1] == ".":
                    tok.word = word[:-1]
                if caps_line:
                    tok.caps_line = True
                elif (
                    ch.isupper()
                    and "." not in (w := tok.text)
                    and "-" not in w
                    and not (w.isupper() and len(w) > 1)
                ) or _is_cap(tok):  # most capitalised words: what _is_cap says, sooner
                    tok.cap = True
                    caps.append(len(toks))
            elif s == merged_stop:
                continue  # the full stop merged into "J." or "Mr." (only a stop can be)
            else:
                tok = _Tok(word, s, e, "n" if ch.isdigit() else "p")
            if pending or s in sentence_starts:
                tok.sentence_start = True
                pending = tok.kind == "p"
            append(tok)
        if len(toks) > first:
            toks[first].newline_before = toks[first].sentence_start = True
            if toks[first].kind == "p" and len(toks) > first + 1:
                toks[first + 1].sentence_start = True
            if caps_line:
                for t in toks[first:]:
                    t.caps_line = True
                caps.extend(range(first, len(toks)))


def _split_plain_run(
    text: str,
    words: list[str],
    start: int,
    single_words: frozenset[str],
    head_words: frozenset[str],
    append: Callable[[_Tok], None],
) -> None:
    """Tokens of a run of lower-case words (single spaces between them) that holds a word
    the rules look at alone ("said", "spokesman", "of"). Such words at either end of the run
    (next to a name: "the town of", "according to", "said"), and the words of ``head_words``
    anywhere (role nouns, in lines of capitals, where names are matched token by token), are
    tokens; the words between are one. (The rules look no further into a run than its ends;
    the role-word walks and the apposition read it word by word.)"""
    n = len(words)
    a = 0
    while a < n and words[a] in single_words:
        a += 1
    b = n
    while b > a and words[b - 1] in single_words:
        b -= 1
    pos = start
    for w in words[:a]:
        append(_Tok(w, pos, pos + len(w), "w"))
        pos += len(w) + 1
    if head_words.isdisjoint(words[a:b]):  # no role noun between: one token
        end = start + len(" ".join(words[:b]))
        if end > pos:
            append(_Tok(text[pos:end], pos, end, "w"))
        pos = end + 1
        for w in words[b:]:
            append(_Tok(w, pos, pos + len(w), "w"))
            pos += len(w) + 1
        return
    run = pos
    for w in words[a:b]:
        if w in head_words:
            if run < pos:
                append(_Tok(text[run : pos - 1], run, pos - 1, "w"))
            append(_Tok(w, pos, pos + len(w), "w"))
            run = pos + len(w) + 1
        pos += len(w) + 1
    if run < pos:
        append(_Tok(text[run : pos - 1], run, pos - 1, "w"))
    for w in words[b:]:
        append(_Tok(w, pos, pos + len(w), "w"))
        pos += len(w) + 1


#: No words: runs of running text are not split at their role nouns.
_NO_WORDS: frozenset[str] = frozenset()


def _plain_words(tok: _Tok) -> list[tuple[str, int]]:
    """The words of a lower-case token with their offsets (most tokens are one word)."""
    if " " not in tok.text:
        return [(tok.text, tok.start)]
    out = []
    pos = tok.start
    for w in tok.text.split(" "):
        out.append((w, pos))
        pos += len(w) + 1
    return out


_LINE = re.compile(r"[^\n]+")
_POSSESSIVE_ENDINGS = frozenset(("'s", "’s", "'S", "’S"))

#: Words whose full stop belongs to them ("Jr.", "St.").
_DOTTED = word_set(
    """
    Jr Sr St Mt
    """
)

_LOWER_RUN = re.compile(r"[a-z]{2,}")
_UPPER_RUN = re.compile(r"[A-Z]{2,}")


def _is_caps_line(text: str, start: int, end: int) -> bool:
    """A line written in capitals (a headline, a dateline): names there only match names
    found elsewhere, case-insensitively."""
    lower = 0
    for lower, _ in enumerate(_LOWER_RUN.finditer(text, start, end), 1):
        if lower > 2:
            return False
    return any(upper > 3 * lower + 1 for upper, _ in enumerate(_UPPER_RUN.finditer(text, start, end), 1))


def _is_cap(tok: _Tok) -> bool:
    """A capitalised word of running text: no acronym ("BBC", "U.S."), no word of an
    all-caps line, no adjective like "Ontario-based"."""
    if tok.kind != "w" or tok.caps_line:
        return False
    w = tok.text
    if not w[0].isupper():
        # "al-Assad", "bin-Laden": a particle glued to a capitalised name
        head, _, rest = w.partition("-")
        return bool(rest) and head in PARTICLES and rest[0].isupper()
    if "." in w[:-1]:
        return w not in DOTTED_NON_NAMES  # "J.K." are initials, "U.S." is not
    if len(w) > 1 and w.isupper() and not w.endswith("."):
        return w in NAME_SUFFIXES  # "Leopold III"; "BBC", "NATO" are no names
    if "-" in w:
        tail = w.rsplit("-", 1)[1]
        if tail.endswith(("ed", "ing")) or tail in _ADJECTIVE_TAILS:
            return False  # "Ontario-based", "Brazilian-born", "Hong Kong-listed"
    return True


#: Second halves of capitalised compound adjectives ("British-born", "Paris-style").
_ADJECTIVE_TAILS = word_set(
    "born based style type era bound run made wide owned led like free made grown built"
)


def _runs(toks: list[_Tok], caps: list[int]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of capitalised words (names, titles, places...): a
    possessive ends a run, particles ("van der") join two capitalised words. ``caps``: the
    indexes of the capitalised tokens (and maybe others, which are skipped)."""
    runs = []
    n = len(toks)
    j = 0
    for i in caps:
        if i < j or not toks[i].cap:
            continue  # inside the run before, or in a line of capitals
        j = i + 1
        if not toks[i].possessive:
            while j < n and not (t := toks[j]).newline_before:
                if t.cap:
                    j += 1
                    if t.possessive:
                        break
                    continue
                p = j
                while (
                    p < n and toks[p].kind == "w" and toks[p].text in PARTICLES and not toks[p].newline_before
                ):
                    p += 1
                if p > j and p < n and toks[p].cap and not toks[p].newline_before:
                    j = p
                    continue
                break
        runs.append((i, j))
    return runs


def _is_title_word(tok: _Tok, lex: _Lexicons) -> bool:
    """A word of a title before a name: a head, a modifier, an abbreviation, an honorific."""
    w = tok.word
    low = w.lower()
    if low in lex.title_words or w in lex.marks:
        return True
    return "-" in low and all(p in lex.title_words for p in low.split("-"))


def _is_head(tok: _Tok, lex: _Lexicons) -> bool:
    """A word a name may follow directly: a role noun ("President", "Major-General"), an
    abbreviated title ("Sen."), an honorific ("Mr")."""
    w = tok.word
    low = w.lower()
    if low in lex.heads or w in lex.marks:
        return True
    return "-" in low and low.rsplit("-", 1)[1] in lex.heads and _is_title_word(tok, lex)


# ------------------------------------------------------------------ recognition


class _Mention:
    """One mention of a name (a plain class, as the others here: see _Lexicons)."""

    __slots__ = ("content", "end", "first", "form", "honorific", "last", "start", "text", "titles", "words")

    def __init__(
        self,
        first: int,
        last: int,
        start: int,
        end: int,
        text: str,
        words: tuple[str, ...],
        form: str,
        titles: list[str],
        honorific: str | None = None,
    ) -> None:
        self.first = first  # token range of the name
        self.last = last  # exclusive
        self.start = start
        self.end = end
        self.text = text
        self.words = words  # casefolded words of the name, for matching
        # Those that identify the person (for grouping): a single word is itself.
        self.content = words if len(words) == 1 else _content(words)
        self.form = form  # as written with its honorific or title ("Mr Xi", "President Xi")
        self.titles = titles
        self.honorific = honorific


class _Finder:
    """The recognition passes over one article."""

    def __init__(self, article: Article) -> None:
        self.lex = _lexicons()
        self.text = article.text
        starts = {s.start for s in article.sentences}
        self.toks: list[_Tok] = []
        #: Indexes of the capitalised tokens and of the tokens of all-caps lines.
        self.caps: list[int] = []
        if article.headline is not None and article.headline.end <= article.body_start:
            h = article.headline
            starts.add(h.start)
            _tokens(self.text, h.start, h.end, starts, self.toks, self.caps)
        _tokens(self.text, article.body_start, len(self.text), starts, self.toks, self.caps)
        self.runs = _runs(self.toks, self.caps)
        self.mentions: list[_Mention] = []
        self.taken: set[int] = set()  # token indexes inside accepted names
        self.org_names = self._organisation_names()

    # -------------------------------------------------------------- word tests

    def common(self, tok: _Tok) -> bool:
        return self.lex.common[tok.word.lower()] != ""

    def given(self, tok: _Tok) -> bool:
        return self.lex.given[tok.word] != ""

    def initial(self, tok: _Tok) -> bool:
        t = tok.text
        return t[-1:] == "." and _INITIALS.fullmatch(t) is not None and t not in DOTTED_NON_NAMES

    def name_like(self, tok: _Tok) -> bool:
        """A capitalised word that is no English word, place, organisation or nationality."""
        w = tok.word
        return (
            tok.kind == "w"
            and not self.common(tok)
            and w not in self.lex.nonnames
            and w not in self.org_names
            and not w.endswith(".")
        )

    def org_word(self, tok: _Tok) -> bool:
        return tok.word.replace(".", "") in self.lex.org_anywhere

    def any_org_word(self, toks: list[_Tok]) -> bool:
        return not self.lex.org_anywhere.isdisjoint([t.word.replace(".", "") for t in toks])

    # -------------------------------------------------------------- pass 0: organisations

    def _organisation_names(self) -> frozenset[str]:
        """Words this article uses as an organisation's name: those in a run with a company
        ending ("Ruch SA", "Magna International Inc"), joined by "&" ("Douglas & Lomason"),
        or after a noun of a kind of organisation ("news agency Tanjug")."""
        toks, lex = self.toks, self.lex
        out: set[str] = set()
        n = len(toks)
        for i, j in self.runs:
            nxt = toks[j] if j < n else None
            if (
                (
                    nxt is not None
                    and (
                        nxt.text == "&"
                        or (nxt.kind == "w" and nxt.word.replace(".", "") in ORGANISATION_SUFFIXES)
                    )
                )
                or (i > 0 and toks[i - 1].text == "&")
                or (
                    j - i > 1
                    and not ORGANISATION_SUFFIXES.isdisjoint(
                        [t.word.replace(".", "") for t in toks[i + 1 : j]]
                    )
                )
            ):
                out.update(
                    w for t in toks[i:j] if (w := t.word.replace(".", "")) not in ORGANISATION_SUFFIXES
                )
            elif j - i == 1 and i > 0 and toks[i - 1].kind == "w" and toks[i - 1].text in ORGANISATION_NOUNS:
                out.add(toks[i].word.replace(".", ""))
        return frozenset(w for w in out if not lex.given[w] or lex.surnames[w])

    # -------------------------------------------------------------- pass 1: runs

    def recognise(self) -> None:
        toks, lex = self.toks, self.lex
        n = len(toks)
        for i, j in self.runs:
            # "Hong Kong" in "Hong Kong-based": part of an adjective.
            nxt = toks[j] if j < n else None
            if (
                nxt
                and "-" in nxt.text
                and nxt.text[:1].isupper()
                and not nxt.cap
                and nxt.start == toks[j - 1].end + 1
            ):
                continue
            # Common words opening a sentence ("Meanwhile", "Some"), and "The", are no part of a name.
            while i < j and (
                toks[i].word == "The" or (toks[i].sentence_start and self._sentence_word(toks[i], i, j))
            ):
                i += 1
            if j - i == 1:  # most runs: one word, no title to split off
                if toks[i].word not in CALENDAR_WORDS:
                    self._judge_word(i)
                continue
            # Split at the last honorific or title head that a name follows.
            k = -1
            for x in range(i, j - 1):
                if _is_head(toks[x], lex) and (
                    not _is_title_word(toks[x + 1], lex) or (x + 2 == j and toks[x].word in lex.honorifics)
                ):
                    k = x  # "Mr Xi", "President Xi"; "Ms King", "Mr Major" too
            if k >= 0:
                self._titled(i, k, j)
            elif i < j:
                self._plain(i, j)

    def _sentence_word(self, tok: _Tok, i: int, j: int) -> bool:
        """Whether a sentence-initial ``tok`` is an ordinary word, not part of a name."""
        w = tok.word
        if _is_title_word(tok, self.lex):  # honorifics too
            return False
        if w == "I" or w in CALENDAR_WORDS:
            return True
        if not self.common(tok):
            return False
        # "Mark Butcher", "Hen Vipheak" are judged whole.
        return not (
            j - i >= 2
            and (self.given(tok) or (w.lower() not in _OPENERS and self.name_like(self.toks[i + 1])))
        )

    def _titled(self, i: int, k: int, j: int) -> None:
        """Run ``i..j`` with a title or honorific at ``k``: the name is what follows it."""
        toks, lex = self.toks, self.lex
        head = toks[k]
        # The title words before the head ("Prime", "Foreign", "Russian", "Vice").
        t0 = k
        while t0 > i and (
            _is_title_word(toks[t0 - 1], lex)
            or toks[t0 - 1].word in lex.demonyms
            or toks[t0 - 1].word in lex.places
        ):
            t0 -= 1
        if t0 > i:
            self._plain(i, t0)  # "In February" before "Ukrainian President ..."
        honorific = head.word if head.word in lex.honorifics else None
        # The written form starts at the title proper (not "Russian") or at the honorific.
        a0 = k if honorific else t0
        while a0 < k and (toks[a0].word in lex.demonyms or toks[a0].word in lex.places):
            a0 += 1
        # The title: the title words up to the head, less honorifics ("Dr", "Mr").
        s0, e0 = t0, k
        while s0 <= e0 and toks[s0].word in lex.honorifics:
            s0 += 1
        while e0 >= s0 and toks[e0].word in lex.honorifics:
            e0 -= 1
        title = self._title_text(s0, e0) if s0 <= e0 else None
        j = self._trim_tail(k + 1, j)
        name = toks[k + 1 : j]
        if self.any_org_word(name):
            return  # "General Motors", "Singer World Series"
        if (
            len(name) == 1
            and honorific is None
            and self.common(name[0])
            and not (lex.surnames[name[0].word] or name[0].word in lex.family_first or self.given(name[0]))
        ):
            return  # "the Boxer Rising"
        if j > k + 1:
            self._accept(
                k + 1, j, honorific=honorific, alias_start=toks[a0].start, titles=[title] if title else []
            )

    def _title_text(self, s0: int, e0: int) -> str:
        """The text of title tokens ``s0..e0`` (inclusive), with a possessive owner or a
        nationality before it ("China’s President") and modifiers ("former")."""
        toks, lex = self.toks, self.lex
        s = s0
        if s > 0 and not toks[s].newline_before:
            prev = toks[s - 1]
            if (
                prev.kind == "w"
                and prev.text[:1].isupper()
                and not prev.caps_line
                and (
                    prev.possessive
                    or prev.word in lex.places
                    or prev.word in lex.demonyms
                    or prev.text.isupper()
                )
            ):
                s -= 1
        while (
            s > 0 and toks[s - 1].kind == "w" and toks[s - 1].text in _FORMER and not toks[s].newline_before
        ):
            s -= 1
        return self.text[toks[s].start : toks[e0].end]

    def _trim_tail(self, i: int, j: int) -> int:
        """The end of a name less trailing months and weekdays ("... Insulza Monday")."""
        toks = self.toks
        while j > i and toks[j - 1].word in CALENDAR_WORDS:
            j -= 1
        return j

    def _plain(self, i: int, j: int) -> None:
        """A run without a title head: strip nationalities and calendar words, then judge."""
        toks, lex = self.toks, self.lex
        while (
            i < j - 1
            and (toks[i].word in CALENDAR_WORDS or toks[i].word in lex.demonyms)
            and not toks[i].possessive
        ):
            i += 1
        if toks[i].word in CALENDAR_WORDS:
            return
        # A place or organisation before a name ("United States Hamdullah Mohib"), or an
        # organisation's name before one ("Refugee Council Enver Solomon"), is cut off.
        for k in range(min(j - 1, i + 4), i, -1):
            if " ".join([t.word for t in toks[i:k]]) in lex.nonnames or self.org_word(toks[k - 1]):
                if self._starts_name(k, j):
                    i = k
                break
        j = self._trim_tail(i, j)
        if i < j:
            self._judge(i, j)

    def _starts_name(self, i: int, j: int) -> bool:
        """Whether tokens ``i..j`` look like a full name on their own (a given name or an
        unknown word first, two words or more)."""
        t = self.toks[i]
        return j - i >= 2 and (self.given(t) or self.name_like(t)) and not self.org_word(self.toks[j - 1])

    def _judge(self, i: int, j: int) -> None:
        """Whether capitalised words ``i..j`` are a person's name, by context and lexicons
        (one word: :meth:`_judge_word`)."""
        if j - i == 1:
            self._judge_word(i)
            return
        toks, lex = self.toks, self.lex
        first, last = toks[i], toks[j - 1]
        words = [t.word for t in toks[i:j]]
        if " ".join(words) in lex.nonnames:
            return
        if words[0] in lex.org_first or self.any_org_word(toks[i:j]):
            return
        around = self._context(i, j)
        if around is None:
            return
        role_title, role_gender, age, appos = around
        nxt = toks[j] if j < len(toks) else None
        context = role_title is not None or role_gender is not None or age or appos is not None
        if context:  # a name whatever its words: the word lists need no search
            given = initial = False
        else:
            given = self.given(first) and not self.initial(last)
            if given and first.word in AMBIGUOUS_GIVEN_NAMES:
                given = bool(lex.surnames[last.word]) or self.name_like(last)
            initial = self.initial(first) and not self.initial(last) and last.word not in lex.nonnames
            if last.word in lex.org_last and not given:
                return
            if not (given or initial) and not lex.nonnames.isdisjoint(words):
                return
        ok = context or given or initial
        if not ok:
            # Unknown words ("Wasim Akram"), or an unknown word and a surname ("Jansher Khan").
            inner = all(self.name_like(t) or t.text in PARTICLES or lex.surnames[t.word] for t in toks[i:j])
            ok = (
                inner
                and (self.name_like(first) or first.word in lex.family_first)
                and (self.name_like(last) or lex.surnames[last.word] != "")
                and not (nxt is not None and nxt.text == "of")  # "Budweiser Man of the Match"
            )
        if not ok:
            ok = self._reporting(i, j)
        if ok:
            titles = [x for x in (role_title, appos) if x]
            self._accept(i, j, honorific=None, alias_start=first.start, titles=titles)

    def _judge_word(self, i: int) -> None:
        """:meth:`_judge` for one capitalised word (most runs): without a role before it, an
        age or apposition after it, or a reporting verb next to it, it is no name."""
        toks, lex = self.toks, self.lex
        tok = toks[i]
        w = tok.word
        if w in lex.nonnames or w == "I" or w in lex.org_first or self.org_word(tok) or w in self.org_names:
            return
        j = i + 1
        around = self._context(i, j)
        if around is None:
            return
        role_title, role_gender, age, appos = around
        if role_title is not None or role_gender is not None or age or appos is not None:
            titles = [x for x in (role_title, appos) if x]
            self._accept(i, j, honorific=None, alias_start=tok.start, titles=titles)
        elif w not in lex.org_last and self._reporting(i, j) and self.name_like(tok):
            self._accept(i, j, honorific=None, alias_start=tok.start, titles=[])

    def _context(self, i: int, j: int) -> tuple[str | None, str | None, bool, str | None] | None:
        """What stands around capitalised words ``i..j``: the title and gender of a role word
        right before them (see :meth:`_role_before`), an age and an apposition after them
        (see :meth:`_after`); None when what stands around says they name no person."""
        toks = self.toks
        nxt = toks[j] if j < len(toks) else None
        if nxt is not None and nxt.text in FACILITY_NOUNS:
            return None  # "Charles de Gaulle airport"
        if i > 1 and toks[i - 1].text == "of" and toks[i - 2].text in PLACE_NOUNS:
            return None  # "the town of Uyo"
        prev = toks[i - 1] if i > 0 else None
        role_title = role_gender = None
        if prev is not None and prev.kind == "w" and prev.text[:1].islower():  # "spokesman Hua"
            role_title, role_gender = self._role_before(i)
        age, appos = False, None
        if nxt is not None and (nxt.text == "," or nxt.text == "("):  # ", 43," ", Ukraine's ..."
            age, appos = self._after(j)
        return role_title, role_gender, age, appos

    def _role_before(self, i: int) -> tuple[str | None, str | None]:
        """A lower-case role word right before a run: its title phrase ("China’s foreign
        ministry spokeswoman") and its gender ("f", "m", "-"); a relation word ("his wife")
        gives no title."""
        if i == 0 or self.toks[i].newline_before:
            return None, None
        toks, lex = self.toks, self.lex
        prev = toks[i - 1]
        if prev.kind != "w" or not prev.text[:1].islower():
            return None, None
        low = prev.text.lower()
        if low in lex.relations:
            return None, lex.relations[low] or "-"
        if low not in lex.heads:
            return None, None
        # Walk back over modifiers ("foreign ministry") and an owner ("China’s", "Surrey").
        s = i - 1
        start = prev.start
        mods = 0
        whole = True  # the walk stopped between tokens, not inside a run of plain words
        while whole and s > 0 and mods < 3 and not toks[s].newline_before:
            t = toks[s - 1]
            if t.kind != "w" or not t.text[:1].islower():
                break
            taken = 0
            words = _plain_words(t)
            for w, pos in reversed(words):
                wl = w.lower()
                if mods == 3 or wl in _STOP or wl in REPORTING_VERBS or wl.endswith(("ly", "ed")):
                    break
                start = pos
                mods += 1
                taken += 1
            if taken < len(words):
                whole = False
            else:
                s -= 1
        caps = 0 if whole else 4
        while s > 0 and caps < 4 and not toks[s].newline_before:
            t = toks[s - 1]
            if t.kind != "w" or not t.text[:1].isupper() or t.caps_line or t.word in lex.honorifics:
                break
            if t.sentence_start and self.common(t) and not t.possessive and t.word not in lex.nonnames:
                break
            if t.possessive and caps > 0:
                break
            s -= 1
            start = t.start
            caps += 1
            if t.possessive:
                break
        return self.text[start : prev.end], lex.heads[low] or "-"

    def _after(self, j: int) -> tuple[bool, str | None]:
        """An age (", 43,", " (43)") and an apposition with a role (", Ukraine's foreign
        minister,") after a name that ends before token ``j``."""
        toks, lex = self.toks, self.lex
        n = len(toks)
        age = False
        k = j
        if (
            k + 1 < n
            and toks[k].text == ","
            and toks[k + 1].kind == "n"
            and _NUMBER.fullmatch(toks[k + 1].text)
        ):
            if k + 2 >= n or toks[k + 2].text in ",.;)":
                age, k = True, k + 2
        elif (
            k + 2 < n
            and toks[k].text == "("
            and toks[k + 2].text == ")"
            and toks[k + 1].kind == "n"
            and _NUMBER.fullmatch(toks[k + 1].text)
        ):
            age, k = True, k + 3
        if k >= n or toks[k].text != "," or toks[j - 1].possessive:
            return age, None
        # The apposition: up to the next comma, bracket or sentence end, at most 8 words.
        s = e = k + 1
        head_at = -1
        words = 0
        while e < n and words < 9 and toks[e].text not in _APPOSITION_END and not toks[e].newline_before:
            t = toks[e]
            if t.kind == "w" and (
                t.word in lex.abbreviations or not lex.head_words.isdisjoint(t.text.lower().split(" "))
            ):
                head_at = e  # a role noun, maybe inside a run of plain words
            words += t.text.count(" ") + 1
            e += 1
        if head_at < 0 or words >= 9:
            return age, None
        if e < n and toks[e].text not in _APPOSITION_END and not toks[e].newline_before:
            return age, None
        if toks[s].kind != "w":
            return age, None
        opening = _plain_words(toks[s]) if toks[s].text[:1].islower() else [(toks[s].text, toks[s].start)]
        fl = opening[0][0].lower()
        if fl in REPORTING_VERBS or (fl in _STOP and fl not in _APPOSITION_OPENERS):
            return age, None
        start = toks[s].start
        if fl in _ARTICLES:
            if len(opening) == 1:
                s += 1
                start = toks[s].start
            else:
                start = opening[1][1]
        if s > head_at:
            return age, None
        return age, self.text[start : toks[e - 1].end]

    def _reporting(self, i: int, j: int) -> bool:
        """A reporting verb next to the name: "Smith said", "said Smith.", "according to Smith"."""
        toks = self.toks
        n = len(toks)
        if j < n and toks[j].kind == "w" and toks[j].text in REPORTING_VERBS and not toks[j - 1].possessive:
            return True
        if i > 0 and toks[i - 1].kind == "w" and toks[i - 1].text in REPORTING_VERBS:
            return j >= n or toks[j].kind == "p"
        return i > 1 and toks[i - 1].text == "to" and toks[i - 2].text == "according"

    def _accept(self, i: int, j: int, *, honorific: str | None, alias_start: int, titles: list[str]) -> None:
        toks = self.toks
        start, end = toks[i].start, toks[j - 1].end
        words = tuple([t.word.casefold() for t in toks[i:j]])
        self.mentions.append(
            _Mention(
                i, j, start, end, self.text[start:end], words, self.text[alias_start:end], titles, honorific
            )
        )
        self.taken.update(range(i, j))

    # -------------------------------------------------------------- pass 2: propagation

    def propagate(self) -> None:
        """Names found once recur: the surname of a full name, a single name found with
        evidence; in all-caps lines, case-insensitively."""
        toks, lex = self.toks, self.lex
        singles: set[str] = set()
        fulls: set[tuple[str, ...]] = set()
        for m in self.mentions:
            if len(m.words) == 1:  # most mentions: the word itself, unless an initial ("Mr J.")
                t = toks[m.first]
                if not self.initial(t) and t.text not in PARTICLES:
                    singles.add(m.words[0])
                continue
            name = [
                w
                for w, t in zip(m.words, toks[m.first : m.last], strict=True)
                if not self.initial(t) and t.text not in PARTICLES
            ]
            name = [
                w for w in name if w.title() not in NAME_SUFFIXES and w.upper() not in NAME_SUFFIXES
            ] or name
            if len(m.words) >= 2:
                fulls.add(m.words)
            if not name:
                continue  # initials alone ("Mr J.") do not recur
            if len(m.words) >= 2 and toks[m.first].word in lex.family_first:
                singles.add(name[0])
            singles.add(name[-1])
        singles -= {w.casefold() for w in self.org_names}
        if not singles:
            return
        n = len(toks)
        skip_to = 0
        taken = self.taken
        for i in self.caps:
            t = toks[i]
            if t.caps_line:
                if i >= skip_to and i not in taken and t.text[:1].isupper():
                    skip_to = self._propagate_caps(i, singles, fulls)
                continue
            if t.word.casefold() not in singles or i < skip_to or i in taken or not t.text[:1].isupper():
                continue
            if t.sentence_start and t.word.lower() in _STOP and not self._reporting(i, i + 1):
                continue
            # Not inside an organisation's name ("the Clinton Foundation").
            nxt = toks[i + 1] if i + 1 < n else None
            if (
                nxt is not None
                and not t.possessive
                and nxt.cap
                and not nxt.newline_before
                and (self.org_word(nxt) or nxt.word in lex.org_last)
            ):
                skip_to = i + 2
                continue
            self._propagated(i, i + 1)

    def _propagate_caps(self, i: int, singles: set[str], fulls: set[tuple[str, ...]]) -> int:
        """Match known names in an all-caps line at token ``i``; return the next index."""
        toks, lex = self.toks, self.lex
        j = i
        words: list[str] = []
        while (
            j < len(toks)
            and j - i < 4
            and toks[j].kind == "w"
            and toks[j].caps_line
            and (j == i or not toks[j].newline_before)
        ):
            words.append(toks[j].word.casefold())
            j += 1
            if tuple(words) in fulls:
                self._propagated(i, j)
                return j
        w = toks[i].word
        if w.casefold() in singles and w.lower() not in _STOP and w.title() not in lex.nonnames:
            self._propagated(i, i + 1)
        return i + 1

    def _propagated(self, i: int, j: int) -> None:
        toks = self.toks
        alias_start = toks[i].start
        honorific = None
        if i > 0 and toks[i - 1].word in self.lex.honorifics and not toks[i].newline_before:
            honorific = toks[i - 1].word
            alias_start = toks[i - 1].start
        self._accept(i, j, honorific=honorific, alias_start=alias_start, titles=[])


#: Punctuation that ends an apposition.
_APPOSITION_END = frozenset(',.;:)(—–"“”')

#: Function words an apposition may open with ("his coach", "a spokesman for ...").
_APPOSITION_OPENERS = word_set(
    """
    the a an his her its their
    """
)


# ------------------------------------------------------------------ grouping


class _Cluster:
    """The mentions of one person."""

    __slots__ = ("last_seen", "mentions", "words")

    def __init__(self, words: tuple[str, ...]) -> None:
        self.mentions: list[_Mention] = []
        self.words = words  # the fullest form's words
        self.last_seen = -1


@lru_cache(maxsize=4096)
def _content(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words that identify a person: no initials, particles or suffixes (kept: grouping
    asks it of the same few names again and again)."""
    return (
        tuple(
            [
                w
                for w in words
                if not (len(w) == 2 and w.endswith("."))
                and w not in PARTICLES
                and w.capitalize() not in NAME_SUFFIXES
                and w.upper() not in NAME_SUFFIXES
            ]
        )
        or words
    )


def _group(mentions: list[_Mention]) -> list[_Cluster]:
    """Mentions into persons (indexed by word, so linear in the number of mentions)."""
    mentions.sort(key=lambda m: m.start)
    clusters: list[_Cluster] = []
    by_last: dict[str, list[_Cluster]] = {}
    by_first: dict[str, list[_Cluster]] = {}
    by_word: dict[str, list[_Cluster]] = {}

    def new_cluster(words: tuple[str, ...]) -> _Cluster:
        c = _Cluster(words)
        clusters.append(c)
        if len(words) >= 2:
            by_last.setdefault(words[-1], []).append(c)
            by_first.setdefault(words[0], []).append(c)
            for w in dict.fromkeys(words):
                by_word.setdefault(w, []).append(c)
        return c

    # 1. Full names, longest first (then in order of appearance): the same first and last
    #    word, or the end of a longer name, means the same person.
    contents = [m.content for m in mentions]
    multi = sorted(dict.fromkeys([w for w in contents if len(w) >= 2]), key=len, reverse=True)
    by_form: dict[tuple[str, ...], _Cluster] = {}
    for words in multi:
        for c in by_last.get(words[-1], ()):
            if c.words[0] == words[0] or c.words[-len(words) :] == words:
                by_form[words] = c
                break
        else:
            by_form[words] = new_cluster(words)
    first_seen: dict[int, int] = {}
    for m, words in zip(mentions, contents, strict=True):
        if len(words) >= 2:
            first_seen.setdefault(id(by_form[words]), m.start)
    # 2. Every mention in text order; a single name goes to the person in focus.
    singles: dict[str, _Cluster] = {}
    for m, words in zip(mentions, contents, strict=True):
        if len(words) >= 2:
            c = by_form[words]
        else:
            w = words[0]
            cands = by_last.get(w) or by_first.get(w) or by_word.get(w)
            if cands:
                before = [c for c in cands if c.last_seen >= 0]
                if before:
                    c = max(before, key=lambda c: c.last_seen)
                else:
                    c = min(cands, key=lambda c: first_seen.get(id(c), 1 << 62))
            else:
                c = singles.get(w) or new_cluster((w,))
                singles[w] = c
        c.mentions.append(m)
        c.last_seen = m.start
    return [c for c in clusters if c.mentions]


def _person(c: _Cluster) -> Person:
    ms = c.mentions  # in text order: grouping takes them so
    best = ms[0] if len(ms) == 1 else max(ms, key=lambda m: (len(m.content), len(m.words), -m.start))
    full = best.content
    name = best.text
    if best.text.isupper() and len(best.text) > 1:
        lower = [m for m in ms if m.content == full and not m.text.isupper()]
        name = lower[0].text if lower else best.text
    aliases: list[str] = []
    seen = {name.casefold()}
    for m in ms:
        if m.honorific is None and m.content == full:
            continue  # the name itself after a title ("President Xi Jinping"): the name says it
        form = " ".join(m.form.split())
        if form.casefold() not in seen and not form.isupper():
            seen.add(form.casefold())
            aliases.append(form)
    titles: dict[str, str] = {}  # case-folded -> first as written
    for m in ms:
        for t in m.titles:
            t = " ".join(t.split())
            if t:
                titles.setdefault(t.casefold(), t)
    if len(titles) > 1:  # most people have no title or one
        # A title that ends another ("President" in "China’s President") says nothing more.
        endings = {f.split(" ", k)[k] for f in titles for k in range(1, f.count(" ") + 1)}
        kept = tuple([t for f, t in titles.items() if f not in endings])
    else:
        kept = tuple(titles.values())
    return Person(
        name=name,
        aliases=tuple(aliases),
        titles=kept,
        mentions=tuple([Span(m.text, m.start, m.end) for m in ms]),
    )


# ------------------------------------------------------------------ the analysis


def find_people(article: Article) -> tuple[Person, ...]:
    """The people named in ``article``, ordered by number of mentions, then first mention."""
    finder = _Finder(article)
    finder.recognise()
    finder.propagate()
    clusters = _group(finder.mentions)
    persons = [_person(c) for c in clusters]
    persons.sort(key=lambda p: (-len(p.mentions), p.mentions[0].start))
    return tuple(persons)


# ------------------------------------------------------------------ helpers on results


def _mention_index(people: Sequence[Person]) -> tuple[list[int], list[tuple[Span, Person]]]:
    items = sorted(((m, p) for p in people for m in p.mentions), key=lambda x: x[0].start)
    return [m.start for m, _ in items], items


def mention_at(people: Sequence[Person], offset: int) -> tuple[Person, Span] | None:
    """The person and mention whose span covers character ``offset``
    (``start <= offset < end``), or None."""
    starts, items = _mention_index(people)
    k = bisect.bisect_right(starts, offset) - 1
    if k >= 0:
        m, p = items[k]
        if m.start <= offset < m.end:
            return p, m
    return None


def person_at(people: Sequence[Person], offset: int) -> Person | None:
    """The person one of whose mentions covers character ``offset``, or None."""
    hit = mention_at(people, offset)
    return hit[0] if hit else None


def _name_words(text: str) -> list[str]:
    words = [w for _, w in _GAP_WORD.findall(text) if w[0].isalpha()]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    lex = _lexicons()
    i = 0
    while i < len(words) - 1 and (
        words[i] in lex.honorifics
        or words[i].lower() in lex.heads
        or words[i].lower() in lex.modifiers
        or words[i] in lex.abbreviations
        or words[i] in lex.demonyms
    ):
        i += 1
    return [w.casefold() for w in words[i:]]


def find_person(people: Sequence[Person], text: str) -> Person | None:
    """The person that the written form ``text`` names: an alias, a mention or the name,
    with or without honorific, title or possessive ("Mr Kuleba", "President Xi’s",
    "Zelensky", "Xi Jinping"); None when it names none of ``people`` or several equally."""
    key = " ".join(text.split()).casefold()
    for p in people:
        if key == p.name.casefold() or any(key == a.casefold() for a in p.aliases):
            return p
    words = _name_words(text)
    if not words:
        return None
    target = tuple(words)
    exact = [p for p in people if any(tuple(_name_words(m.text)) == target for m in p.mentions)]
    if len(exact) == 1:
        return exact[0]
    if len(target) == 1:
        w = target[0]
        ends = [p for p in people if _name_words(p.name)[-1:] == [w]]
        if len(ends) == 1:
            return ends[0]
        starts = [p for p in people if _name_words(p.name)[:1] == [w]]
        if len(starts) == 1:
            return starts[0]
    return None


_TITLE_GENDER_WORD = re.compile(r"[\w\-]+")


def likely_gender(person: Person) -> str | None:
    """ "male", "female" or None for ``person``: from the honorifics of its aliases ("Mr",
    "Mrs"), then gendered role words in its titles and aliases ("spokeswoman", "King"),
    then its given name (first word of its name) in the given-name lexicon."""
    lex = _lexicons()
    votes = {"m": 0, "f": 0}
    for alias in person.aliases:
        first = alias.split()[0] if alias.split() else ""
        g = lex.honorifics.get(_bare(first), "")
        if g in votes:
            votes[g] += 1
    if votes["m"] != votes["f"]:
        return "male" if votes["m"] > votes["f"] else "female"
    for phrase in (*person.titles, *person.aliases):
        for w in _TITLE_GENDER_WORD.findall(phrase):
            g = lex.heads.get(w.lower(), "") or lex.relations.get(w.lower(), "")
            if g in votes:
                votes[g] += 1
    if votes["m"] != votes["f"]:
        return "male" if votes["m"] > votes["f"] else "female"
    words = person.name.split()
    if len(words) >= 2:
        g = lex.given[words[0].rstrip(".")]
        if g == "m":
            return "male"
        if g == "f":
            return "female"
    return None
