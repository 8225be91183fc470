"""The four analyses, wired together: what each command computes from an Article.

Each analysis module is a pure function of the article; this module only decides the
order (quotes use people, people count quotes, summary uses all) so the CLI and library
users get the same answers.
"""

from __future__ import annotations

from dataclasses import replace

from newscli.model import Article, Person, Quote, Summary, TimeExpression

# Each analysis module is imported where it is first needed, so a command pays only for
# the rules it runs (``newscli timeline`` never loads the name lists).


def _with_quote_counts(persons: tuple[Person, ...], found: tuple[Quote, ...]) -> tuple[Person, ...]:
    counts: dict[str, int] = {}
    for q in found:
        if q.speaker is not None:
            counts[q.speaker] = counts.get(q.speaker, 0) + 1
    # Only the quoted few are copied: replace() is dear and most people say nothing.
    return tuple(replace(p, quotes=n) if (n := counts.get(p.name, 0)) != p.quotes else p for p in persons)


def people_and_quotes(article: Article) -> tuple[tuple[Person, ...], tuple[Quote, ...]]:
    """People (with their quote counts) and the quotes, computed once together."""
    from newscli.people import find_people
    from newscli.quotes import find_quotes

    persons = find_people(article)
    found = find_quotes(article, persons)
    return _with_quote_counts(persons, found), found


def people_in(article: Article) -> tuple[Person, ...]:
    """Every person named in the article, ordered by mentions then first appearance."""
    return people_and_quotes(article)[0]


def quotes_in(article: Article) -> tuple[Quote, ...]:
    """Every quote in the article, in text order."""
    return people_and_quotes(article)[1]


def timeline_of(article: Article) -> tuple[TimeExpression, ...]:
    """Every temporal expression, chronological by ``begin``, unresolved ones last."""
    from newscli.timeline import find_timeline

    return find_timeline(article)


def summary_of(article: Article, sentences: int = 3) -> Summary:
    """The overview of the article with its ``sentences`` key sentences."""
    persons, found = people_and_quotes(article)
    from newscli.summary import summarize

    return summarize(article, sentences, persons, found, timeline_of(article))
