"""The domain's exceptions. Every error newscli reports about an input is one of these."""

from __future__ import annotations


class NewscliError(Exception):
    """Base class: something about an input that newscli reports to the user."""


class ReadError(NewscliError):
    """An input could not be read: missing, unreadable, a directory without articles."""


class NotTextError(ReadError):
    """An input's bytes are not text (NUL bytes, mostly control characters)."""


class DateError(NewscliError, ValueError):
    """A publication date that is not a valid ``YYYY-MM-DD`` day."""
