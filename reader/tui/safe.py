"""Make untrusted text (titles, sources, bodies, notes) safe to put on a terminal.

Rich passes ESC and other control characters straight through to the terminal, and most
Textual widgets parse markup in plain strings. Every piece of untrusted text therefore goes
through `plain()` and reaches a widget as a `Text` object (never a markup string).
"""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text

from reader.textsafe import plain

__all__ = ["one_line", "plain", "safe_text"]

_WHITESPACE = re.compile(r"\s+")


def one_line(text: str) -> str:
    """`text` without control characters, its whitespace runs folded to single spaces."""
    return _WHITESPACE.sub(" ", plain(text)).strip()


def safe_text(text: str, style: str | Style = "", *, single_line: bool = False) -> Text:
    """A Rich `Text` holding `text` literally: no markup parsed, no control characters."""
    return Text(one_line(text) if single_line else plain(text), style=style)
