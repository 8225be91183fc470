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
   The speaker is the noun phrase that is the subject of the cue, the phrase after an
   inverted cue, or for a participle (``…, saying``) the subject of its clause (or the
   person it follows: ``with spokesman X saying``). The mention is the whole source
   phrase as written, with its apposition, relative clause, party in parentheses or
   affiliation (``Jim Bopp, a member of the committee``, ``Sen. X (R-Ky.)``, ``X of the
   Post``); the speaker is the name cut from it. An outlet that reports the report
   (``…, according to the Post``, ``…, CNN reported.``) is the source. A cue in the
   passive voice (``X was said to be “furious”``) and a question put to the subject
   (``Asked whether X is “fit to serve,” most said yes``) have no speaker. A quote with
   no cue of its own takes, in this order: the speaker of a quote in its sentence; the
   report in the sentence before it, or in a paragraph before it that ends with a
   colon; the speaker of a quote in its paragraph; the speaker of the quote that ends
   the paragraph before, or of the quote right before it (news style for quote
   paragraphs); for a quote paragraph, the person who spoke (``… since Trump spoke
   only in bromides.``) or the report that opens the sentence before; a signature
   line after it (``— Jane Doe``); the subject of its sentence when that names a
   person or a body (``lexicons/quote_speaker_nouns.txt``). Titles of works and
   handles in marks (``on “Meet the Press”``, ``“realDonaldTrump”``) are not quotations.
3. **Speakers.** A name is mapped to the canonical name of the person the people
   analysis found (by offsets, then by surname; without persons, by names the text
   gives; of two persons inside one source phrase, the last); a "person" whose name is
   the words of a title-case headline ("Ted Cruz Apologizes To Ben Carson") is not
   used, its mentions keep their own words. A pronoun or ``who`` resolves to a
   compatible person: the first one in its own sentence, else in the nearest sentence
   before, a person known to be of the pronoun's gender before one of unknown gender
   in the same sentence (gender from an honorific at the mention, honorifics, role
   words and given names), a person named in an opening participle phrase (``Asked
   about Trump, Christie said …``) last; a bare surname that the people analysis filed
   under a person of the other gender is the namesake of the pronoun's gender (``Ty
   Woods`` and ``Dorothy Woods``); with nobody in reach, the person of that gender the
   article names most (three times or more). Non-person speakers keep their
   description as written.

Reported speech without marks (``X said (that) …``, ``…, X said.``, ``according to X, …``)
is found in sentences that hold no quote marks, as ``indirect`` quotes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newscli.model import Article, Person, Quote, QuoteKind, Span
from newscli.quotes.attribution import (
    _Attr,
    _attr_after,
    _attr_at,
    _attr_before,
    _attr_lead_in,
    _donor,
    _donor_before,
    _has_passive_cue,
    _tail_attr,
)
from newscli.quotes.indirect import _indirect, _indirect_sentences
from newscli.quotes.lexicon import _DASHES, _REACH, cue_words, speaker_nouns
from newscli.quotes.marks import (
    _blank_after,
    _blank_before,
    _blocks,
    _Context,
    _find_spans,
    _is_handle,
    _looks_like_title,
    _Raw,
    _title_position,
)
from newscli.quotes.phrases import (
    _drop_parens,
    _has_cue,
    _is_cue,
    _is_word,
    _strip_possessive,
    _subject_before,
    _subject_first,
    _Tok,
    _tokens,
)
from newscli.quotes.speakers import _People, _resolve_it_and_they, _speaker_of

#: Cues of a source that reports a report ("…, CNN reported.").
_REPORTS = frozenset({"reported", "reports", "according to"})

#: A sentence that opens on a question put to its subject, up to a quote with no comma
#: before it ("Asked whether the plan is “…”, most said no").
_ASKED = re.compile(r"(?:When )?(?:Asked|asked|Pressed|pressed) (?:whether|if|about|why|how|what)\b[^,;:]*$")

#: The end of a sentence inside a quote: ``.!?``, closing marks, then white space or the
#: end. (The curly marks go in a group of their own: in one class with the straight
#: ones they would make the compiler build a 64K-entry table.)
_SENT_END = re.compile(r"[.!?]['\")]*(?:[”’]['\")]*)*(?:\s|$)")


def _dateline(name: str) -> bool:
    """A place in capitals that opens a story ("BOCA RATON"), not an acronym ("CNN")."""
    return name.isupper() and sum(c.isalpha() for c in name) > 4


def _kind(text: str, r: _Raw, left: str) -> QuoteKind:
    """``direct`` for a sentence or more in marks, ``partial`` for a phrase inside one."""
    if r.last_paragraph > r.paragraph:
        return "direct"
    first = text[r.start : r.start + 1]
    if not (first.isupper() or first.isdigit() or first in "….'\"‘“"):
        return "partial"
    lead = left.rstrip()
    if not lead or lead[-1] in ":,—–-―.!?" or _SENT_END.search(text, r.start, r.end):
        return "direct"
    last_word = lead.rsplit(None, 1)[-1].lower()  # (lead is stripped, not empty)
    if last_word in cue_words() or last_word == "that":
        return "direct"
    return "partial"


def _names_a_work(text: str, r: _Raw) -> bool:
    """Whether the words in marks name a work or a handle rather than quote what was
    said: they look like a title ("Meet the Press") and, when they have a cue or a
    speaker, stand where a title does ("on “…”") or are a handle.

    (The tests on the position come first: they look at a word or two, and most quotes,
    having a cue and a speaker, are settled by them.)"""
    titled = _title_position(text, r.open_at)
    if r.cue is not None and not titled:
        return False
    if r.speaker is not None and not titled:
        return _is_handle(text, r.start, r.end)
    return _looks_like_title(text, r.start, r.end)


def _main_report(text: str, toks: list[_Tok]) -> _Attr | None:
    """The first reporting cue of a sentence, with its subject (at most three tried)."""
    tried = 0
    for c in range(len(toks)):
        width = _is_cue(toks, c)
        if not width:
            continue
        tried += 1
        found = _attr_at(text, toks, 0, c, width)
        if found is not None or tried >= 3:
            return found
    return None


#: Verbs of a speech event: a quote paragraph right after a sentence that ends on one
#: of them is what was said ("Trump spoke only in bromides. / “…”").
_SPEECH_EVENTS = frozenset({"spoke", "speaks", "talked", "talks"})


def _speech_event(text: str, ctx: _Context, a: int, b: int) -> _Attr | None:
    """In the sentence ``a``-``b`` (before a quote paragraph): a person who spoke, after
    the last quote of the sentence, as the speaker of what follows."""
    lo = ctx.after_quotes(a, b)
    if b - lo > _REACH:
        return None
    toks = _tokens(text, lo, b)
    for c, t in enumerate(toks):
        if t[0] in _SPEECH_EVENTS:
            m = _subject_before(toks, c, 0)
            if m is not None and m.kind in ("name", "pronoun"):
                return m, Span(t[0], t[1], t[2]), toks
            return None
    return None


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
    if article.headline is not None:
        head_end = article.headline.end
    else:  # a headline the parser did not mark: the first line of the text
        line_end = text.find("\n", article.body_start)
        head_end = line_end if line_end >= 0 else article.body_start
    known = _People(text, people, head_end=head_end)

    # 1. each quote's own attribution, from its sentence
    prev_speakers: list[tuple[str, str]] = []
    for n, r in enumerate(raws):
        s_open = ctx.sentence_of(r.open_at)
        s_close = ctx.sentence_of(max(r.open_at, r.close_end - 1))
        s_lo = max(s_open[0], blocks[r.paragraph][0])  # the sentence, within the paragraph
        left_lo = s_lo
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
        if r.open_at - s_lo < _REACH // 3 and _ASKED.match(text, s_lo, r.open_at):
            # "Asked whether Clinton “has the integrity …,” 75 percent said yes": the
            # words of a question put to the subject, which nobody in the sentence says
            r.kind = _kind(text, r, text[left_lo : r.open_at])
            r.own = True
            continue
        attr = (
            None
            if left_first
            else _attr_after(text, r.close_end, right_hi)
            if right_hi > r.close_end
            else None
        )
        if attr is None and left_lo < r.open_at:
            window = _tokens(text, left_lo, r.open_at)
            if window and (window[-1][0] == ":" or _has_cue(window)):
                # the words of the sentence before this window may hold the subject
                before_lo = max(s_lo, r.open_at - _REACH)
                toks = [t for t in _tokens(text, before_lo, left_lo) if not ctx.in_quote(t[1])] + window
                toks = _drop_parens(toks)
                w0 = bisect.bisect_left([t[1] for t in toks], left_lo)
                attr = _attr_before(text, toks, w0)
        if (attr is None or attr[0] is None) and left_first and right_hi > r.close_end:
            attr = _attr_after(text, r.close_end, right_hi) or attr  # (before a passive cue's)
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
        if attr is not None and s_close[1] > r.close_end:
            # "… “central” to the platform, reported the Washington Examiner.": the source
            # that reports the report, at the end of the sentence after the last quote
            lo = ctx.after_quotes(r.close_end, s_close[1])
            tail_text = text[lo : s_close[1]]
            if s_close[1] - lo < _REACH // 2 and ("report" in tail_text or "according" in tail_text):
                toks = _tokens(text, lo, s_close[1])
                end = len(toks)
                while end > 0 and not _is_word(toks[end - 1][0]):
                    end -= 1
                tail = _tail_attr(text, toks, end)
                if tail is not None and tail[1][1].text.lower() in _REPORTS:
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
            event = _speech_event(text, ctx, max(prev[0], b_lo), prev[1]) if prev[0] >= b_lo else None
            if event is not None:
                # "… since Trump spoke only in bromides during the interview. / “…”"
                r.speaker, r.mention = _speaker_of(text, event, known, ctx, prev_speakers)
                r.cue = event[1]
                continue
            if prev[0] >= b_lo and not ctx.meets_quote(prev[0], prev[1]):
                p_toks = _tokens(text, max(prev[0], prev[1] - _REACH), prev[1])
                attr = _attr_before(text, p_toks, 0)
                if attr is None or attr[0] is None or attr[0].kind not in ("name", "pronoun"):
                    # "Schoen elaborated … that delegates pledged to Clinton …": the
                    # report that opens the sentence, not a verb inside what it reports
                    attr = _main_report(text, p_toks)
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
                if m is not None and _has_passive_cue(toks):
                    m = None  # "X was said to be “furious”": what is reported on does not speak
                subjects[key] = None
                if m is not None and m.kind == "nominal":
                    head = _strip_possessive(toks[m.last - 1][0]).lower()
                    if head not in speaker_nouns():
                        m = None  # "The photo", "a series of tweets": not who speaks
                if (
                    m is not None
                    and m.kind == "name"
                    and _dateline(text[toks[m.first][1] : toks[m.last - 1][2]])
                ):
                    m = None  # "BOCA RATON, Fla. --": a dateline, not who speaks
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
        if not _names_a_work(text, r)
    ]

    # 3. reported speech without marks, in sentences that hold no quote marks
    for a, b in _indirect_sentences(text, article.body_start, ctx):
        for (qs, qe), attr in _indirect(text, a, b):
            speaker, mention = _speaker_of(text, attr, known, ctx, prev_speakers)
            out.append(Quote(text[qs:qe], qs, qe, "indirect", speaker, mention, attr[1]))
    out.sort(key=lambda q: q.start)
    return tuple(_resolve_it_and_they(out))
