"""Make article text safe to show on a terminal.

Article text can hold escape sequences (``\\x1b[31m``, OSC ``\\x1b]0;...\\x07``), other
control characters, and rich markup (``[bold]``). Text shown to a person goes through
:func:`visible`: every control character except tab and newline is replaced by a
visible stand-in (C0 by its Unicode control picture, ``␛`` for escape; DEL and C1 by
``\\x..``), so no sequence can act. Rich markup is never parsed from article text: the
table renderer wraps it in ``rich.text.Text``, which shows brackets literally.
"""

from __future__ import annotations

_VISIBLE: dict[int, str] = {c: chr(0x2400 + c) for c in range(0x20) if c not in (0x09, 0x0A)}
_VISIBLE[0x7F] = "\\x7f"
_VISIBLE.update({c: f"\\x{c:02x}" for c in range(0x80, 0xA0)})


def visible(text: str) -> str:
    """``text`` with every control character (but tab and newline) made visible."""
    return text.translate(_VISIBLE)


def one_line(text: str) -> str:
    """``text`` made visible and folded onto one line (runs of white space become one space)."""
    return " ".join(visible(text).split())
