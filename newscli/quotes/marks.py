"""Quote marks: pairing them into spans in one linear pass per paragraph, the article's
sentence and quote bounds for look-ups by offset, and the titles and handles in marks
that are no quotations."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newscli.model import Article, QuoteKind, Span
from newscli.quotes.lexicon import _BEFORE_TITLE, _TITLE_SMALL_WORDS

#: A quote mark: one of ``"“”„«»‘’``, or a pair of apostrophes or of backticks. Written
#: to open on one character class, so that the search skips to the candidates at C
#: speed; a lone apostrophe or backtick is then no match (the lookbehinds ask which
#: character the class matched).
_MARK = re.compile("['`\"“”„«»‘’](?:(?<=')'|(?<=`)`|(?<!['`]))")
_OPEN_CONTEXT = frozenset(" \t\n\r([{-—–/:;,\u00a0")


class _Raw:
    """A span in quote marks found by the scanner, before attribution.

    (A plain class: one is made per quote and never compared or printed, so a
    dataclass' generated methods would only cost time at import.)"""

    __slots__ = (
        "close_end",
        "cue",
        "end",
        "kind",
        "last_paragraph",
        "mention",
        "open_at",
        "own",
        "paragraph",
        "speaker",
        "start",
    )

    def __init__(
        self, open_at: int, start: int, end: int, close_end: int, paragraph: int, last_paragraph: int
    ) -> None:
        self.open_at = open_at  # offset of the opening mark
        self.start = start  # content start
        self.end = end  # content end
        self.close_end = close_end  # offset just after the closing mark (== end when unclosed)
        self.paragraph = paragraph
        self.last_paragraph = last_paragraph
        self.speaker: str | None = None
        self.mention: Span | None = None
        self.cue: Span | None = None
        self.kind: QuoteKind = "direct"
        self.own = False  # attributed from its own context (not inherited)


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


def _is_word_char(ch: str) -> bool:
    """Whether ``ch`` is a word character (what ``\\w`` matches: a letter, a digit or ``_``),
    told without a pattern call for every apostrophe."""
    return ch.isalnum() or ch == "_"


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
            if _is_word_char(nxt) or prev.isspace():
                continue  # don’t, rock ’n’ roll
            out.append((i, 1, "sclose", "1"))
        elif ch == "‘":
            nxt = text[i + 1] if i + 1 < hi else " "
            prev = text[i - 1] if i > lo else " "
            if nxt.isdigit() or nxt.isspace() or _is_word_char(prev):
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


class _Context:
    """Sentence bounds and quote spans of one article, for look-ups by offset."""

    __slots__ = ("quote_ends", "quote_starts", "sentence_starts", "sentences")

    def __init__(
        self,
        sentences: list[tuple[int, int]],
        sentence_starts: list[int],
        quote_starts: list[int],
        quote_ends: list[int],
    ) -> None:
        self.sentences = sentences
        self.sentence_starts = sentence_starts
        self.quote_starts = quote_starts
        self.quote_ends = quote_ends

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.quote_starts, pos) - 1
        return i >= 0 and pos < self.quote_ends[i]

    def has_quote(self, a: int, b: int) -> bool:
        i = bisect.bisect_left(self.quote_starts, a)
        return i < len(self.quote_starts) and self.quote_starts[i] < b

    def meets_quote(self, a: int, b: int) -> bool:
        """Whether a quote opens in ``[a, b)`` or is open at ``a``: :meth:`has_quote` or
        :meth:`in_quote`, with one look-up for both."""
        i = bisect.bisect_left(self.quote_starts, a)
        if i < len(self.quote_starts) and self.quote_starts[i] < b:
            return True
        if a >= b:
            return self.in_quote(a)
        # none opens in [a, b), so none at a: the one open at a is the last before it
        return i > 0 and a < self.quote_ends[i - 1]

    def after_quotes(self, a: int, b: int) -> int:
        """Where the text of ``[a, b)`` that follows every quote opening before ``b`` begins."""
        i = bisect.bisect_left(self.quote_starts, b) - 1
        return max(a, self.quote_ends[i]) if i >= 0 else a

    def sentence_of(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sentence_starts, pos) - 1
        if i < 0:
            return (pos, pos)
        return self.sentences[i]


def _has_mark(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` holds a double quote mark (apostrophes do not count)."""
    return _DOUBLE_MARK.search(text, a, b) is not None


#: A double quote mark (as :data:`_MARK`, on one class first): ``"“”„«»`` or ``''``.
_DOUBLE_MARK = re.compile("['\"“”„«»](?:(?<=')'|(?<!'))")


def _blank_before(text: str, pos: int, lo: int) -> bool:
    """Whether ``text[lo:pos]`` is white space only (read backwards from ``pos``, so the
    cost is the length of the white space, not of the text)."""
    while pos > lo and text[pos - 1].isspace():
        pos -= 1
    return pos <= lo


#: A word of a title: a letter, then letters, digits, apostrophes and hyphens. (’ goes
#: in a group of its own: in one class with the others it would make the compiler
#: build a 64K-entry table.)
_TITLE_WORD = re.compile(r"[^\W\d_][\w'\-]*(?:’[\w'\-]*)*")


def _is_handle(text: str, a: int, b: int) -> bool:
    """A social-media handle in marks: one word with a capital inside ("realDonaldTrump")."""
    return b - a <= 40 and _handle_words(_TITLE_WORD.findall(text, a, b))


def _handle_words(words: list[str]) -> bool:
    """Whether the words of a quote are one word with a capital inside."""
    return len(words) == 1 and words[0][:1].islower() and any(c.isupper() for c in words[0][1:])


def _looks_like_title(text: str, a: int, b: int) -> bool:
    """Whether the words in marks are a name rather than something said: a title in
    title case ("Meet the Press", "The Apprentice") or a handle ("realDonaldTrump")."""
    if b - a > 120:
        return False
    words = _TITLE_WORD.findall(text, a, b)
    if b - a <= 40 and _handle_words(words):
        return True
    if len(words) > 10:
        return False
    big = [w for w in words if w.lower() not in _TITLE_SMALL_WORDS]
    if not big:
        return False
    if len(words) == 1 and any(c.isupper() for c in words[0][1:]):
        return True  # HillaryClinton
    return all(w[:1].isupper() for w in big)


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
