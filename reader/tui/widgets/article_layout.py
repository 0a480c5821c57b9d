"""Lay out a Document into wrapped lines that remember their canonical-text offsets.

Every text line covers `document.text[start:end]` after a decoration `prefix` (list marker,
quote bar, indent), so a canonical offset maps to (line, column) and back. Layout is one pass
over the text with `str.rfind` per line, so even a 100,000-word article takes milliseconds.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter
from typing import NamedTuple

from rich.cells import cell_len, get_character_cell_size

from reader.analysis.document import Block, Document

MAX_COLUMN = 80
QUOTE_BAR = "▌ "


class Line(NamedTuple):
    """One screen line: a decoration prefix, then `text[start:end]` (or `label` if set).

    A named tuple, not a dataclass: a long article has tens of thousands of lines, all made
    before the first paint, and a tuple is made three to five times faster.
    """

    start: int
    end: int
    kind: str  # block kind, or "title", "meta", "blank"
    prefix: str = ""
    block: int = -1
    label: str | None = None  # text not in the canonical text (header, rules)


@dataclass(frozen=True)
class Layout:
    """The lines of a document at one column width, with an index from offset to line."""

    lines: tuple[Line, ...]
    starts: tuple[int, ...]
    column: int
    text: str = ""
    complete: bool = True  # False: only the document's first lines (see `max_lines`)

    def estimated_total(self) -> int:
        """The line count of the whole document: exact when complete, else extrapolated."""
        if self.complete or not self.lines:
            return len(self.lines)
        covered = max(1, self.lines[-1].end)
        return max(len(self.lines), round(len(self.lines) * len(self.text) / covered))

    def line_of(self, offset: int) -> int:
        """Index of the line that shows canonical `offset` (the nearest line before it)."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def offset_at(self, y: int, x: int) -> int:
        """Canonical offset of column `x` (after the left margin) on line `y`, clamped."""
        if not self.lines:
            return 0
        line = self.lines[max(0, min(y, len(self.lines) - 1))]
        if line.label is not None:
            return line.start
        return line.start + chars_within(self.text, line.start, line.end, x - len(line.prefix))


def chars_within(text: str, start: int, end: int, cells: int) -> int:
    """How many characters of `text[start:end]` fit in `cells` screen cells (wide CJK = 2)."""
    cells = max(0, cells)
    segment = text[start:end]
    if segment.isascii():
        return min(end - start, cells)
    count = 0
    for char in segment:
        cells -= get_character_cell_size(char)
        if cells < 0:
            break
        count += 1
    return count


def wrap_spans(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """Break `text[start:end]` at spaces (and at newlines) into spans no wider than `width`.

    Widths are screen cells: a block holding wide characters (CJK, some emoji) is wrapped
    by their cell width, so it never overruns the reading column.
    """
    if cell_len(text[start:end]) != end - start:
        return _wrap_wide(text, start, end, max(2, width))
    spans: list[tuple[int, int]] = []
    width = max(1, width)
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        while stop - position > width:
            cut = text.rfind(" ", position, position + width + 1)
            if cut <= position:
                spans.append((position, position + width))
                position += width
            else:
                spans.append((position, cut))
                position = cut + 1
        spans.append((position, stop))
        position = stop + 1
        if newline != -1 and position == end:
            spans.append((end, end))
    if not spans:
        spans.append((start, start))
    return spans


def _wrap_wide(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """`wrap_spans` for text with double-width characters: break at a space when there is one."""
    spans: list[tuple[int, int]] = []
    position = start
    while position < end:
        newline = text.find("\n", position, end)
        stop = end if newline == -1 else newline
        while position < stop:
            fit = chars_within(text, position, stop, width)
            if position + fit >= stop:
                break
            cut = text.rfind(" ", position, position + fit + 1)
            if cut > position:
                spans.append((position, cut))
                position = cut + 1
            else:
                spans.append((position, position + max(1, fit)))
                position += max(1, fit)
        spans.append((position, stop))
        position = stop + 1
        if newline != -1 and position == end:
            spans.append((end, end))
    return spans or [(start, start)]


def _block_prefixes(block: Block) -> tuple[str, str]:
    """The first-line and continuation prefixes for a block (hanging indent for lists)."""
    if block.kind == "quote":
        bar = QUOTE_BAR * max(1, block.level)
        return bar, bar
    if block.kind == "list_item":
        indent = "  " * max(0, block.level - 1)
        first = f"{indent}{block.marker} "
        return first, " " * len(first)
    if block.kind == "code":
        return "  ", "  "
    return "", ""


def header_lines(title: str, meta: str, document: Document) -> list[Line]:
    """Title (unless the document opens with it as a heading) and the site/author/date line."""
    lines: list[Line] = []
    first = document.blocks[0] if document.blocks else None
    opens_with_title = (
        first is not None
        and first.kind == "heading"
        and document.block_text(first).strip() == title.strip()
    )
    if title and not opens_with_title:
        lines.append(Line(0, 0, "title", label=title))
        if meta:
            lines.append(Line(0, 0, "meta", label=meta))
        lines.append(Line(0, 0, "blank"))
    return lines


def column_for(width: int) -> int:
    """The reading column for a view `width` cells wide."""
    return max(10, min(MAX_COLUMN, width - 2))


def layout_document(
    document: Document,
    width: int,
    title: str = "",
    meta: str = "",
    *,
    max_lines: int | None = None,
    after: int = 0,
) -> Layout:
    """Wrap `document` into lines for a reading column at most `MAX_COLUMN` wide.

    With `max_lines`, stop once that many lines follow canonical offset `after` (at a block
    end): those lines are the same as the whole layout's first lines, enough to paint the
    screen at `after` before the rest of a long article is wrapped.
    """
    column = column_for(width)
    lines = header_lines(title, meta, document)
    meta_pending = bool(meta) and not lines
    text = document.text
    append = lines.append
    make = tuple.__new__  # Line(...) without the keyword handling: half the cost per line
    counted_from: int | None = None  # the line where counting towards `max_lines` starts
    for index, block in enumerate(document.blocks):
        kind = block.kind
        if counted_from is None and block.end >= after:
            counted_from = len(lines)
        if index:
            append(make(Line, (block.start, block.start, "blank", "", -1, None)))
        if kind == "rule":
            lines.append(Line(block.start, block.end, "rule", block=index, label="─" * column))
            continue
        first, rest = _block_prefixes(block)
        spans = wrap_spans(text, block.start, block.end, column - len(first))
        start, end = spans[0]
        append(make(Line, (start, end, kind, first, index, None)))
        for start, end in spans[1:]:
            append(make(Line, (start, end, kind, rest, index, None)))
        if meta_pending and kind == "heading":
            lines.append(Line(block.end, block.end, "meta", label=meta))
            meta_pending = False
        if (
            max_lines is not None
            and counted_from is not None
            and len(lines) - counted_from >= max_lines
            and index + 1 < len(document.blocks)
        ):
            starts = tuple(map(itemgetter(0), lines))
            return Layout(tuple(lines), starts, column, text, complete=False)
    starts = tuple(map(itemgetter(0), lines))
    return Layout(tuple(lines), starts, column, text)
