"""The line-API list both long lists share: a cursor, sticky header lines, cached strips.

Only the visible lines are rendered, each into a `Strip` cached by (row, width, cursor,
theme), so 10,000 rows cost what 40 do. Subclasses say how many rows there are and how to
draw one; `fit` cuts or pads a cell to its column.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from rich.cells import cell_len, set_cell_size
from textual import events
from textual.cache import LRUCache
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

Align = Literal["left", "right"]


def fit(text: str, width: int, align: Align = "left") -> str:
    """`text` padded or cut (with an ellipsis) to exactly `width` cells."""
    if width <= 0:
        return ""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    if align == "right":
        return " " * (width - cell_len(text)) + text
    return set_cell_size(text, width)


class LineList(ScrollView, can_focus=True):
    """A scrolling list of `row_count` rows under `HEADER_LINES` sticky lines, with a cursor."""

    HEADER_LINES: ClassVar[int] = 0

    cursor: reactive[int] = reactive(0, init=False)

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self._cache: LRUCache[tuple[int, int, bool, str], Strip] = LRUCache(1024)

    @property
    def row_count(self) -> int:
        raise NotImplementedError

    def render_row(self, row: int, width: int, is_cursor: bool) -> Strip:
        """The strip for row `row` (uncached: `render_line` caches it)."""
        raise NotImplementedError

    def render_header(self, y: int, width: int) -> Strip:
        """The strip for sticky header line `y`."""
        return Strip.blank(width, self.rich_style)

    def _rows_changed(self) -> None:
        """Forget drawn rows and size the scroll area for the current rows."""
        self._cache.clear()
        self.virtual_size = Size(0, self.row_count + self.HEADER_LINES)

    def validate_cursor(self, cursor: int) -> int:
        return max(0, min(cursor, self.row_count - 1))

    def _scroll_to_cursor(self) -> None:
        visible = max(1, self.scrollable_content_region.height - self.HEADER_LINES)
        top = round(self.scroll_offset.y)
        if self.cursor < top:
            self.scroll_to(y=self.cursor, animate=False, immediate=True)
        elif self.cursor >= top + visible:
            self.scroll_to(y=self.cursor - visible + 1, animate=False, immediate=True)

    @property
    def _page(self) -> int:
        return max(1, self.scrollable_content_region.height - self.HEADER_LINES - 1)

    def _row_at(self, event: events.Click) -> int | None:
        """The row under a click, or None for the header or empty space."""
        offset = event.get_content_offset(self)
        if offset is None or offset.y < self.HEADER_LINES:
            return None
        row = offset.y - self.HEADER_LINES + round(self.scroll_offset.y)
        return row if 0 <= row < self.row_count else None

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._cache.clear()

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        if y < self.HEADER_LINES:
            return self.render_header(y, width)
        row = y - self.HEADER_LINES + round(self.scroll_offset.y)
        if row >= self.row_count:
            return Strip.blank(width, self.rich_style)
        key = (row, width, row == self.cursor, self.app.theme)
        if (strip := self._cache.get(key)) is None:
            strip = self.render_row(row, width, row == self.cursor)
            self._cache[key] = strip
        return strip
