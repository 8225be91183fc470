"""newscli: the structure of a news article, from the command line or as a library.

    >>> import newscli
    >>> article = newscli.parse("date 2023-01-01 LONDON (BBC): Mr Smith said it was over.")
    >>> article.place.text
    'LONDON'

The library never imports the CLI or the rendering stack: :func:`parse` and the analyses
(:func:`people_in`, :func:`quotes_in`, :func:`timeline_of`, :func:`summary_of`) are pure
functions of the article. The analysis modules themselves are ``newscli.people``,
``newscli.quotes``, ``newscli.timeline`` and ``newscli.summary``.
"""

from __future__ import annotations

from newscli.analyses import people_in, quotes_in, summary_of, timeline_of
from newscli.errors import DateError, NewscliError, NotTextError, ReadError
from newscli.model import (
    Article,
    Paragraph,
    Person,
    Quote,
    Sentence,
    Span,
    Summary,
    TimeExpression,
)
from newscli.read import decode, parse

__version__ = "0.1.0"

__all__ = [
    "Article",
    "DateError",
    "NewscliError",
    "NotTextError",
    "Paragraph",
    "Person",
    "Quote",
    "ReadError",
    "Sentence",
    "Span",
    "Summary",
    "TimeExpression",
    "__version__",
    "decode",
    "parse",
    "people_in",
    "quotes_in",
    "summary_of",
    "timeline_of",
]
