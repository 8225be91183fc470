"""Timeline: temporal expressions, normalised as TimeML TIMEX3 values."""

from __future__ import annotations

from newscli.model import Article, TimeExpression


def find_timeline(article: Article) -> tuple[TimeExpression, ...]:
    """Every temporal expression in ``article``, chronological by ``begin``, unresolved last."""
    return ()
