"""Styled spans over the canonical text, found per line in O(log n), and line text building."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate

from rich.style import Style
from rich.text import Text

from reader.tui.widgets.article_layout import Line

# Control characters become one visible cell each, so offsets and columns stay aligned and
# nothing an article holds can reach the terminal as an escape sequence (bidi overrides too).
_UNSAFE_CODES = [
    *range(0, 32),
    127,
    *range(128, 160),
    *range(0x202A, 0x202F),
    *range(0x2066, 0x206A),
]
_CONTROLS = {code: "�" for code in _UNSAFE_CODES}
_CONTROLS[ord("\t")] = " "
_CONTROLS[ord("\n")] = " "


def visible(text: str) -> str:
    """`text` with every control character replaced by one printable character."""
    return text.translate(_CONTROLS)


@dataclass(frozen=True, slots=True)
class Span:
    """A styled run of the canonical text; `key` names the component class that styles it."""

    start: int
    end: int
    key: str


class SpanIndex:
    """Spans sorted by start, searchable for those overlapping a range even when they nest."""

    def __init__(self, spans: Iterable[Span] = ()) -> None:
        self.spans = sorted(spans, key=lambda span: (span.start, span.end))
        self._starts = [span.start for span in self.spans]
        # Running maximum of ends: non-decreasing, so bisect finds the first span that can
        # still reach `start`, even if an earlier long span (a quote) covers it.
        self._reach = list(accumulate((span.end for span in self.spans), max))

    def __len__(self) -> int:
        return len(self.spans)

    def overlapping(self, start: int, end: int) -> Iterator[Span]:
        """Spans that share at least one character with `[start, end)`."""
        first = bisect_right(self._reach, start)
        last = bisect_left(self._starts, end)
        for span in self.spans[first:last]:
            if span.end > start:
                yield span

    def at(self, offset: int) -> Span | None:
        """The innermost-last span containing `offset`, if any."""
        found = None
        for span in self.overlapping(offset, offset + 1):
            found = span
        return found

    def index_after(self, offset: int) -> int:
        """Index of the first span starting at or after `offset`."""
        return bisect_left(self._starts, offset)


def find_spans(text: str, query: str) -> list[Span]:
    """Case-insensitive literal matches of `query` in `text` (offsets into `text`)."""
    if not query:
        return []
    pattern = re.compile(re.escape(query), re.IGNORECASE)
    return [Span(match.start(), match.end(), "match") for match in pattern.finditer(text)]


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans from the analyser's splitter (pure and fast, so no worker needed)."""
    from reader.analysis.sentences import split_sentences  # on the first cursor move

    return split_sentences(text)


def line_text(
    text: str,
    line: Line,
    margin: int,
    base: Style,
    styles: dict[str, Style],
    layers: Iterable[SpanIndex],
) -> Text:
    """The styled text of one laid-out line: margin, prefix, body with every layer applied."""
    if line.label is not None:
        body = visible(line.label)
        result = Text(" " * margin + body, style=base, no_wrap=True, end="")
        result.stylize(styles.get(line.kind, Style()), margin)
        return result
    body = visible(text[line.start : line.end])
    shift = margin + len(line.prefix) - line.start
    result = Text(" " * margin + line.prefix + body, style=base, no_wrap=True, end="")
    result.stylize(styles.get(f"prefix-{line.kind}", Style()), margin, shift + line.start)
    result.stylize(styles.get(line.kind, Style()), shift + line.start)
    for index in layers:
        for span in index.overlapping(line.start, line.end):
            start = max(span.start, line.start) + shift
            end = min(span.end, line.end) + shift
            style = styles.get(span.key)
            if style is not None and end > start:
                result.stylize(style, start, end)
    return result
