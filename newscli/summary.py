"""Summary: the overview of an article and its key sentences.

Key sentences are extracted, never rewritten. In news the lead carries the story, so the
method starts from the lead and asks of every early sentence:

- is it content at all? Datelines, bylines, photo captions, "Read more" links, credits,
  one-word lines and all-capital labels are never key sentences;
- where does it stand? An inverted-pyramid prior favours the first sentences (the first
  content sentence is nearly always chosen);
- is it central? Its words are weighed by how often the whole article uses them (one
  word-frequency vector for the document: linear time, no sentence-by-sentence matrix);
- does it stand on its own? Sentences that are mostly a quotation, questions, and
  sentences opening with a pronoun or a connective that needs the sentence before ("But",
  "He", "It") are worth less; so are long ones (highlights are short);
- does it name who and when? People, numbers and dates make a sentence informative;
- does it repeat what is already chosen? Near-duplicates of a chosen sentence are left out.

Only the first :data:`CANDIDATES` sentences compete, so the cost per article is bounded.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

from newscli.model import Article, Person, Quote, Span, Summary, TimeExpression
from newscli.sentences import count_words
from newscli.wordlists import lexicon_lines

#: Average adult silent-reading speed for non-fiction, words per minute.
READING_WPM = 238

#: How many of the article's first sentences compete to be key sentences.
CANDIDATES = 20

# The tuned weights (chosen on one half of the development articles, checked on the other).
#: Weight of the position prior, ``-POSITION * ln(1 + rank)``.
POSITION = 1.0
#: Weight of centrality: the mean log-frequency, in the whole article, of a sentence's
#: content words (smoothed by ``SMOOTHING`` extra words so one frequent word is not enough).
CENTRALITY = 4.0
SMOOTHING = 2
#: Words beyond which a sentence counts as long, and the penalty per ``LONG`` extra words.
LONG = 20
LENGTH = 1.0
#: Penalty for a sentence that needs context (pronoun or connective opener) or asks.
DEPENDENT = 0.25
#: Penalty for a sentence all in quote marks (in proportion to its quoted share).
QUOTED = 1.5
#: Quoted share from which a sentence is all quotation, chosen only when nothing else is.
QUOTE_ONLY = 0.9
#: Bonus for naming people, dates and numbers (saturating at five).
NAMED = 0.5
#: Share of a candidate's content words already chosen above which it is redundant.
REDUNDANT = 0.6

#: Fewer words than this and a sentence is not content (``Eight minutes of terror.`` is 4).
MIN_WORDS = 4

_TOKEN = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")
_WORD = re.compile(r"\w+")
#: The first letter or digit of each word (after an opening quote mark or bracket), in a
#: text that starts with a space (see :func:`_initials`).
_INITIALS = re.compile(r"\s[\"“‘(]?([A-Za-z0-9])")
_CLOSERS = "\"”’' )"

#: Words that open a sentence that leans on the one before it.
DEPENDENT_OPENERS = frozenset(
    """
    he she it they we i you his her its their our my your him them us this that these those
    there here but and or so yet also still then however meanwhile instead nevertheless
    nonetheless moreover besides furthermore thus therefore hence otherwise indeed anyway
    later afterwards such both others another
    """.split()
)

_QUOTE_OPEN = "\"“‘'«„"
_MARKS = re.compile(r"[\"“”]")

#: A dateline or byline glued to the start of the first sentence: ``(CNN)``,
#: ``Tokyo (CNN)``, ``New Delhi, India (CNN) --``, ``By Jane Smith, CNN``.
_LEAD_PREFIX = re.compile(
    r"(?:By[ \t]+[A-Z][\w.'’\- ]{0,60}?,[ \t]*CNN[ \t]*(?:\r?\n[ \t]*)?)?"
    r"(?:[A-Z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*){0,3}"
    r"(?:,[ \t]*[A-Z][\w.'’\-]*(?:[ \t][A-Z][\w.'’\-]*){0,3}){0,2}[ \t]*)?"
    r"\([A-Z][\w&'’.\-]*(?:[ \t][A-Z][\w&'’.\-]*){0,3}\)"
    # glued to the first word, as CNN writes it, or followed by a dash or colon
    r"(?:(?=[A-Z0-9\"“‘'])|[ \t]*(?:--|—|–|-|:)[ \t]*(?=\S))"
)
_BYLINE_PREFIX = re.compile(r"By[ \t]+[A-Z][\w.'’\- ]{0,60}?,[ \t]*CNN\b[ \t]*(?=\S)")

#: Sentences that are page furniture, not content.
_FURNITURE = re.compile(
    r"(?:read more|see (?:also|more)|more on this|related\b|click (?:here|to)|scroll down|sign up"
    r"|subscribe\b|join us\b|follow (?:us|@)|download\b|editor'?s'? note|copyright\b|©"
    r"|(?:watch|video|photos?|pictures?|pictured|images?|gallery|audio|listen|graphic|map|read"
    r"|opinion|interactive|caption)[ \t]*[:|]"
    r"|by[ \t]*\.|(?:published|updated|last updated|posted)\b)",
    re.IGNORECASE,
)
#: A short label and a colon that open a photo caption ("Tragic: ", "Happier times: ").
_LABEL = re.compile(r"[A-Z][\w'’\-]*(?:[ \t][\w'’\-]+){0,2}:[ \t]")
#: Fewer lower-case words than this and a "sentence" is a name list, date stamp or title.
MIN_LOWER = 3
#: Words that mark a credit line, or a sentence about the reporting rather than the story
#: ("CNN could not independently verify...", "did not respond to a request for comment").
CREDITS = (
    "contributed to this report",
    "contributed to this story",
    "©",
    "all rights reserved",
    "not independently verify",
    "not be independently verified",
    "cannot verify",
    "could not verify",
    "cannot confirm",
    "could not confirm",
    "request for comment",
    "requests for comment",
    "reached for comment",
    "declined to comment",
)


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The function words of ``lexicons/summary_stopwords.txt`` (loaded once, on first use)."""
    return frozenset(line.strip() for line in lexicon_lines("summary_stopwords.txt"))


def _initials(sentence: str) -> list[str]:
    """The first letter or digit of each word of ``sentence``, when it has one."""
    # A pattern that begins with a character class lets the engine skip ahead in C: twice
    # as fast as asking "no letter before" at every position.
    return _INITIALS.findall(" " + sentence)


def _lead_trim(text: str, start: int, end: int) -> int:
    """Where the first sentence's own words begin, past a glued dateline or byline."""
    m = _LEAD_PREFIX.match(text, start, min(end, start + 200)) or _BYLINE_PREFIX.match(
        text, start, min(end, start + 120)
    )
    return m.end() if m and m.end() < end else start


def is_content(sentence: str) -> bool:
    """Whether ``sentence`` can be a key sentence: not a label, link, caption or credit."""
    lowers = sum(map(str.islower, _initials(sentence)))
    return len(_WORD.findall(sentence)) >= MIN_WORDS and not _furniture(sentence, sentence.lower(), lowers)


def _furniture(sentence: str, lower: str, lowers: int, credits: bool = True) -> bool:
    """Page furniture: a link or caption, a label, a credit, a line ending in a colon.
    ``lower`` is ``sentence`` in lower case, ``lowers`` how many of its words begin in
    lower case; ``credits`` False when the article has no credit line at all."""
    if _FURNITURE.match(sentence.lstrip(_QUOTE_OPEN), 0, 60):
        return True
    if sentence.rstrip(" \t\r\n.")[-1:] in ":|":
        return True  # a line ending in a colon introduces a list (a converter may add " .")
    if sentence.endswith(" .") and _LABEL.match(sentence):
        return True  # a photo caption run into the text: "Tragic: Jane Doe, 14, at home ."
    if lowers < MIN_LOWER:
        return True  # an all-capital label, a name list, a date stamp, a title
    return credits and any(c in lower for c in CREDITS)


def quoted_share(sentence: str, inside: bool = False) -> float:
    """How much of ``sentence`` (0..1) stands inside quote marks; ``inside`` when a
    quotation opened in an earlier sentence is still open where this one begins."""
    return _quotation(sentence, inside)[0]


def _quotation(sentence: str, inside: bool) -> tuple[float, bool]:
    """The quoted share of ``sentence`` and whether a quotation is open at its end.

    A quotation may begin in an earlier sentence (the first mark closes it: ``today," she
    said.``) or run on into the next (an opening mark never closed).
    """
    if '"' not in sentence and "“" not in sentence and "”" not in sentence:
        return (1.0 if inside and sentence else 0.0), inside
    marks = list(_MARKS.finditer(sentence))
    if not marks:
        return (1.0 if inside and sentence else 0.0), inside
    at, mark = marks[0].start(), marks[0].group()
    if inside and (mark == "“" or (mark == '"' and at == 0)):
        inside = False  # a new quotation opens: the one carried over had ended unmarked
    elif not inside:
        # The first mark closes a quotation whose opening mark was not seen.
        inside = mark == "”" or (
            mark == '"' and at > 0 and sentence[at - 1] in ",.!?" and sentence.count('"') % 2 == 1
        )
    total = start = 0
    for m in marks:
        at, mark = m.start(), m.group()
        if inside and mark != "“":
            total += at - start
            inside = False
        elif not inside and mark != "”":
            start, inside = at, True
    if inside:
        total += len(sentence) - start
    return total / len(sentence), inside


def _needs_context(first_word: str) -> bool:
    """Whether a sentence opening with ``first_word`` (lower case) leans on the one before."""
    return first_word in DEPENDENT_OPENERS or first_word.split("'")[0].split("’")[0] in DEPENDENT_OPENERS


class Candidate(NamedTuple):
    """What the scorer knows of one candidate sentence."""

    span: Span
    position: int  # index in article.sentences
    rank: int  # 0 for the first content sentence, 1 for the next...
    words: int
    bag: frozenset[str]  # its content words (no stopwords)
    central: float  # smoothed mean log-frequency of its content words in the whole article
    dependent: bool  # opens with a pronoun or connective that needs context, or asks
    quoted: float  # share of it inside quote marks
    named: int  # people, dates and numbers it names


def candidates(
    article: Article,
    people: Sequence[Person] = (),
    timeline: Sequence[TimeExpression] = (),
    limit: int | None = None,
) -> list[Candidate]:
    """The content sentences among the first ``limit`` (default :data:`CANDIDATES`), with
    what the scorer needs."""
    sentences = article.sentences
    if not sentences:
        return []
    stop = stopwords()
    text = article.text
    offset = sentences[0].start
    lower = text[offset : sentences[-1].end].lower()
    # The document's word-frequency vector, from one pass over its sentences (whose words
    # the candidates then reuse).
    words = [_TOKEN.findall(lower, s.start - offset, s.end - offset) for s in sentences]
    counts = Counter(chain.from_iterable(words))
    get = counts.get
    log = math.log
    # Log-frequency of every content word, its plural or singular counted with it.
    logs = {w: log(counts[w] + get(w[:-1] if w[-1] == "s" else w + "s", 0)) for w in counts.keys() - stop}
    marks = sorted([m.start for p in people for m in p.mentions] + [t.start for t in timeline])
    credits = any(c in lower for c in CREDITS)

    out: list[Candidate] = []
    inside, paragraph = False, -1  # whether a quotation is open, and where
    for i, s in enumerate(sentences[: CANDIDATES if limit is None else limit]):
        if s.paragraph != paragraph:
            inside, paragraph = False, s.paragraph
        quoted, inside = _quotation(s.text, inside)
        start = _lead_trim(text, s.start, s.end) if not out else s.start
        tokens = words[i] if start == s.start else _TOKEN.findall(lower, start - offset, s.end - offset)
        if len(tokens) < MIN_WORDS:
            continue
        body = text[start : s.end]
        initials = _initials(body)
        lowers = sum(map(str.islower, initials))
        if _furniture(body, lower[start - offset : s.end - offset], lowers, credits):
            continue
        bag = frozenset(tokens).difference(stop)
        central = sum(map(logs.__getitem__, bag)) / (len(bag) + SMOOTHING)
        # Capitalised words and numbers stand for the names and dates; the other analyses'
        # mentions add what that misses ("yesterday"), so the weight means the same with or
        # without them.
        named = len(initials) - lowers - (not initials[0].islower())
        if marks:
            named = max(named, bisect_left(marks, s.end) - bisect_left(marks, start))
        dependent = _needs_context(tokens[0]) or body.rstrip(_CLOSERS).endswith("?")
        span = Span(body, start, s.end)
        out.append(Candidate(span, i, len(out), len(tokens), bag, central, dependent, quoted, named))
    return out


def score(c: Candidate) -> float:
    """How much a candidate is worth as a key sentence (higher is better)."""
    value = -POSITION * math.log1p(c.rank) + CENTRALITY * c.central
    if c.words > LONG:
        value -= LENGTH * (c.words - LONG) / LONG
    if c.dependent:
        value -= DEPENDENT
    value -= QUOTED * c.quoted
    return value + NAMED * min(c.named, 5) / 5


def key_sentences(
    article: Article,
    n: int = 3,
    people: Sequence[Person] = (),
    timeline: Sequence[TimeExpression] = (),
) -> tuple[Span, ...]:
    """The ``n`` key sentences of ``article``, in article order, each as a span of the text.

    ``people`` and ``timeline`` (the other analyses' results, when known) tell which
    sentences name people and dates; without them capitalised words and numbers do.
    """
    if n <= 0:
        return ()
    found = candidates(article, people, timeline, max(CANDIDATES, 2 * n))
    chosen: list[Candidate] = []
    seen: set[str] = set()
    for c in sorted(found, key=lambda c: (-score(c), c.position)):
        if len(chosen) >= n:
            break
        if c.quoted >= QUOTE_ONLY:
            continue  # a quotation with no words of context
        if c.bag and chosen and len(c.bag & seen) > REDUNDANT * len(c.bag):
            continue
        chosen.append(c)
        seen |= c.bag
    if len(chosen) < n:  # the rest were quotations or redundant: fill in article order
        chosen += [c for c in found if c not in chosen][: n - len(chosen)]
    return tuple(c.span for c in sorted(chosen, key=lambda c: c.position))


def summarize(
    article: Article,
    n: int = 3,
    people: Sequence[Person] = (),
    quotes: Sequence[Quote] = (),
    timeline: Sequence[TimeExpression] = (),
) -> Summary:
    """The overview of ``article``: counts, key sentences, and the analyses' results."""
    words = count_words(article.text, article.body_start)
    return Summary(
        article=article,
        key_sentences=key_sentences(article, n, people, timeline),
        people=tuple(people),
        quotes=tuple(quotes),
        timeline=tuple(timeline),
        words=words,
        reading_minutes=round(words / READING_WPM, 1),
    )
