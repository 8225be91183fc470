"""People: every named person in an article, their mentions, aliases and roles."""

from __future__ import annotations

from newscli.model import Article, Person


def find_people(article: Article) -> tuple[Person, ...]:
    """The people named in ``article``, ordered by number of mentions, then first mention."""
    return ()
