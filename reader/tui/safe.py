"""Make untrusted text (titles, sources, bodies, notes) safe to put on a terminal.

Rich passes ESC and other control characters straight through to the terminal, and most
Textual widgets parse markup in plain strings. Every piece of untrusted text therefore goes
through `plain()` (from `reader.textsafe`, the one list of unsafe characters) and reaches a
widget as a `Text` object (never a markup string).
"""

from __future__ import annotations

from reader.textsafe import plain

__all__ = ["one_line", "plain", "shorten"]


def one_line(text: str) -> str:
    """`text` without control characters, its whitespace runs folded to single spaces."""
    return plain(text, single_line=True)


def shorten(text: str, limit: int) -> str:
    """`text` made safe and cut to about `limit` characters with an ellipsis."""
    cleaned = one_line(text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"
