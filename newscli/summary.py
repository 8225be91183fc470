"""Summary: the overview of an article and its key sentences."""

from __future__ import annotations

from collections.abc import Sequence

from newscli.model import Article, Person, Quote, Span, Summary, TimeExpression
from newscli.sentences import count_words

#: Average adult silent-reading speed for non-fiction, words per minute.
READING_WPM = 238


def key_sentences(article: Article, n: int = 3) -> tuple[Span, ...]:
    """The ``n`` key sentences of ``article``, in article order."""
    return tuple(Span(s.text, s.start, s.end) for s in article.sentences[: max(0, n)])


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
        key_sentences=key_sentences(article, n),
        people=tuple(people),
        quotes=tuple(quotes),
        timeline=tuple(timeline),
        words=words,
        reading_minutes=round(words / READING_WPM, 1),
    )
