"""Make untrusted text safe to show on a terminal.

Article bodies, titles and notes are data. Rich passes ESC and other control characters
straight to the terminal, so every piece of untrusted text goes through `plain()` before it
is displayed; markup is avoided separately by building `Text` objects, never markup strings.
"""

from __future__ import annotations

import re

# C0 controls except tab and newline, DEL, C1 controls, and bidi overrides that can
# disguise text (Trojan Source style).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def plain(text: str, *, single_line: bool = False) -> str:
    """`text` without control characters; newlines and tabs become spaces if `single_line`."""
    cleaned = _UNSAFE.sub("", text)
    if single_line:
        cleaned = " ".join(cleaned.split())
    return cleaned
