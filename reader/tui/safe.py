"""Make untrusted text (titles, sources, bodies, notes) safe to put on a terminal.

Rich passes ESC and other control characters straight through to the terminal, and most
Textual widgets parse markup in plain strings. Every piece of untrusted text therefore goes
through `plain()` and reaches a widget as a `Text` object (never a markup string).
"""

from __future__ import annotations

import re

from rich.style import Style
from rich.text import Text

# C0 controls except tab and newline, DEL, C1 controls (ESC is \x1b, CSI is \x9b), and the
# bidi overrides that can make text read differently from what it is (Trojan Source).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_WHITESPACE = re.compile(r"\s+")


def plain(text: str) -> str:
    """`text` without control characters (newlines and tabs are kept)."""
    return _UNSAFE.sub("", text)


def one_line(text: str) -> str:
    """`text` without control characters, its whitespace runs folded to single spaces."""
    return _WHITESPACE.sub(" ", plain(text)).strip()


def safe_text(text: str, style: str | Style = "", *, single_line: bool = False) -> Text:
    """A Rich `Text` holding `text` literally: no markup parsed, no control characters."""
    return Text(one_line(text) if single_line else plain(text), style=style)
