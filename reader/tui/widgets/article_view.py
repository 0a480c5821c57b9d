"""The article view: a line-API ScrollView over a laid-out Document with switchable layers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.selection import Selection
from textual.strip import Strip

from reader.analysis.document import Document
from reader.analysis.model import Analysis
from reader.annotations.model import COLORS, Highlight
from reader.tui.widgets.article_layout import Layout, Line, column_for, layout_document
from reader.tui.widgets.article_render import (
    Span,
    SpanIndex,
    find_spans,
    line_text,
    sentence_spans,
)
from reader.tui.widgets.reading_cursor import ReadingCursor

LAYERS: tuple[str, ...] = ("entities", "quotes", "highlights")
EARLY_LAYOUT_CHARS = 50_000  # longer articles paint their first lines before the rest is wrapped
EARLY_LINES = 200
NOTE_MARK = "✎"
_BLOCK_KEYS = (
    "title",
    "meta",
    "heading",
    "quote",
    "code",
    "rule",
    "prefix-quote",
    "prefix-list_item",
)
_SPAN_KEYS: tuple[str, ...] = (
    "person",
    "org",
    "place",
    "group",
    "quote-span",
    "match",
    "match-current",
)
_SPAN_KEYS += ("cursor", "selection", *(f"highlight-{color}" for color in COLORS))
_INLINE_KEYS = ("em", "strong", "code-inline", "link", "strike")


@dataclass(frozen=True)
class Position:
    """Where the reader is: canonical offset of the top line and fraction read."""

    offset: int
    fraction: float


class ArticleView(ScrollView, can_focus=True):
    """Renders only the visible lines of an article, each from a cached styled strip."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        f"article-view--{key}" for key in (*_BLOCK_KEYS, *_SPAN_KEYS, *_INLINE_KEYS, "note-mark")
    }

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "j",
            "cursor_next",
            "Next sentence",
            show=False,
            id="reader.cursor_next",
            tooltip="Move the reading cursor to the next sentence",
        ),
        Binding(
            "k",
            "cursor_previous",
            "Previous sentence",
            show=False,
            id="reader.cursor_previous",
            tooltip="Move the reading cursor to the previous sentence",
        ),
        Binding(
            "v",
            "select_start",
            "Select",
            id="reader.select",
            tooltip="Start a selection at the reading cursor (visual mode)",
        ),
        Binding(
            "w",
            "extend_word",
            "Extend word",
            show=False,
            id="reader.extend_word",
            tooltip="Extend the selection by one word",
        ),
        Binding(
            "b",
            "shrink_word",
            "Back word",
            show=False,
            id="reader.shrink_word",
            tooltip="Move the selection end back by one word",
        ),
        Binding(
            "J,right_parenthesis",
            "extend_sentence",
            "Extend sentence",
            show=False,
            id="reader.extend_sentence",
            tooltip="Extend the selection by one sentence",
        ),
        Binding(
            "K,left_parenthesis",
            "shrink_sentence",
            "Back sentence",
            show=False,
            id="reader.shrink_sentence",
            tooltip="Move the selection end back a sentence",
        ),
        Binding(
            "escape",
            "cancel_selection",
            "Cancel selection",
            show=False,  # the footer has no room; while selecting, esc shows nothing
            id="reader.cancel_selection",
            tooltip="Drop the current selection",
        ),
    ]

    class PositionChanged(Message):
        """The top of the view moved; carries the new reading position."""

        def __init__(self, position: Position) -> None:
            super().__init__()
            self.position = position

    class SelectionChanged(Message):
        """The keyboard or mouse selection changed."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.document = Document("", ())
        self.title_text = ""
        self.meta_text = ""
        self.shown_layers: frozenset[str] = frozenset(LAYERS)
        self._layout: Layout | None = None
        self._entities = SpanIndex()
        self._quotes = SpanIndex()
        self._highlights: list[Highlight] = []
        self._highlight_index = SpanIndex()
        self._inline = SpanIndex()
        self.matches = SpanIndex()
        self.match_index = -1
        self.cursor = ReadingCursor(lambda: sentence_spans(self.document.text))
        self._pending_offset: int | None = None
        self._generation = 0
        self._cache: LRUCache[tuple[object, ...], Strip] = LRUCache(1024)
        self._styles_by_key: dict[str, Style] | None = None  # until the CSS changes

    # -- data in ----------------------------------------------------------------------

    def set_document(
        self, document: Document, title: str = "", meta: str = "", top_offset: int = 0
    ) -> None:
        """Show `document` with `top_offset` on the top line; layers are kept, spans reset."""
        self.document = document
        self._pending_offset = top_offset or None
        self.title_text = title
        self.meta_text = meta
        self._inline = SpanIndex(_inline_spans(document))
        self._entities = self._quotes = self._highlight_index = self.matches = SpanIndex()
        self._highlights = []
        self.match_index = -1
        self.cursor.reset()
        self._layout = None
        self._relayout()

    def set_analysis(self, analysis: Analysis) -> None:
        self._entities = SpanIndex(Span(e.start, e.end, e.label.lower()) for e in analysis.entities)
        self._quotes = SpanIndex(Span(q.start, q.end, "quote-span") for q in analysis.quotes)
        self._changed()

    @property
    def highlights(self) -> list[Highlight]:
        return list(self._highlights)

    @highlights.setter
    def highlights(self, highlights: Iterable[Highlight]) -> None:
        self._highlights = [h for h in highlights if not h.orphaned]
        self._highlight_index = SpanIndex(
            Span(h.start, h.end, f"highlight-{h.color}") for h in self._highlights
        )
        self._changed()

    def toggle_layer(self, layer: str) -> bool:
        """Switch a layer on or off; returns whether it is now on."""
        self.shown_layers = self.shown_layers ^ {layer}
        self._changed()
        return layer in self.shown_layers

    # -- offsets and scrolling --------------------------------------------------------

    @property
    def text_layout(self) -> Layout | None:
        return self._layout

    def position(self) -> Position:
        if not self._layout or not self._layout.lines:
            return Position(0, 0.0)
        total = self._layout.estimated_total()
        top = min(round(self.scroll_y), len(self._layout.lines) - 1)
        seen = min(total, top + self.scrollable_content_region.height)
        return Position(self._layout.lines[top].start, seen / total)

    def scroll_to_offset(self, offset: int, *, top: bool = False) -> None:
        """Scroll so `offset` is visible: on the top line, or a third of the way down."""
        if self._layout is None:
            self._pending_offset = offset
            return
        line = self._layout.line_of(offset)
        lead = 0 if top else self.scrollable_content_region.height // 3
        self.scroll_to(y=max(0, line - lead), animate=False, immediate=True)

    def jump_to(self, offset: int) -> None:
        """Put the reading cursor on the sentence holding `offset` and bring it into view."""
        self.cursor.move_to(offset)
        self.scroll_to_offset(offset)
        self._changed()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        if self._layout is not None and round(old_value) != round(new_value):
            self.post_message(self.PositionChanged(self.position()))

    def on_resize(self) -> None:
        self._relayout()

    def _relayout(self) -> None:
        width = self.scrollable_content_region.width or self.size.width
        if width <= 0:
            return
        if self._layout is not None and self._layout.column == column_for(width):
            self._changed()
            return
        keep = self._pending_offset
        if keep is None and self._layout is not None:
            keep = self.position().offset
        layout = self._first_layout(width, keep or 0)
        self._layout = layout
        self.virtual_size = Size(width, layout.estimated_total())
        self._pending_offset = None
        self._changed()
        if keep:
            self.call_after_refresh(self.scroll_to_offset, keep, top=True)
        if not layout.complete:
            self.call_after_refresh(self._complete_layout, layout)

    def _first_layout(self, width: int, offset: int) -> Layout:
        """The whole layout, or for a long article only its lines up to the first screen.

        Wrapping 100,000 words takes ~10 ms; the first screen needs the lines up to `offset`
        and a few hundred after it (all of them for an article opened at its top). The rest
        is laid out right after that screen is painted (`_complete_layout`); until then the
        scrollbar and the percentage use the extrapolated line count.
        """
        args = (self.document, width, self.title_text, self.meta_text)
        if self._layout is not None or len(self.document.text) <= EARLY_LAYOUT_CHARS:
            return layout_document(*args)
        height = self.scrollable_content_region.height or self.app.size.height
        return layout_document(*args, max_lines=max(EARLY_LINES, 4 * height), after=offset)

    def _complete_layout(self, early: Layout) -> None:
        if self._layout is not early:
            return  # a new document or width came first and was laid out in full
        width = self.virtual_size.width
        self._layout = layout_document(self.document, width, self.title_text, self.meta_text)
        self.virtual_size = Size(width, len(self._layout.lines))
        # The early lines are unchanged, so their cached strips stay; the reading
        # position's percentage is now exact.
        self.post_message(self.PositionChanged(self.position()))

    # -- find ---------------------------------------------------------------------------

    def find(self, query: str) -> int:
        """Mark every match of `query`; returns how many there are."""
        self.matches = SpanIndex(find_spans(self.document.text, query))
        self.match_index = -1
        self._changed()
        return len(self.matches)

    def next_match(self, step: int = 1) -> int:
        """Go to the next (or previous) match after the top of the view; returns its index."""
        if not len(self.matches):
            return -1
        if self.match_index < 0:
            self.match_index = self.matches.index_after(self.position().offset) % len(self.matches)
            if step < 0:
                self.match_index = (self.match_index - 1) % len(self.matches)
        else:
            self.match_index = (self.match_index + step) % len(self.matches)
        self.scroll_to_offset(self.matches.spans[self.match_index].start)
        self._changed()
        return self.match_index

    # -- selection ----------------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The selection in canonical offsets: keyboard selection first, else the mouse's."""
        if (span := self.cursor.selection) is not None:
            return span
        return self._mouse_span()

    def clear_selection(self) -> None:
        self.cursor.cancel_selection()
        self.screen.clear_selection()
        self._changed()

    def highlight_at_cursor(self) -> Highlight | None:
        """The highlight under the reading cursor (or the selection start), if any."""
        span = self.selected_span() or self.cursor.span
        if span is None:
            return None
        for highlight in self._highlights:
            if highlight.start < max(span[1], span[0] + 1) and highlight.end > span[0]:
                return highlight
        return None

    def _mouse_span(self) -> tuple[int, int] | None:
        selection = self.text_selection
        if selection is None or self._layout is None:
            return None
        return self._selection_offsets(selection)

    def _selection_offsets(self, selection: Selection) -> tuple[int, int] | None:
        assert self._layout is not None
        margin = self._margin()
        start = (
            0
            if selection.start is None
            else self._layout.offset_at(selection.start.y, selection.start.x - margin)
        )
        end = (
            len(self.document.text)
            if selection.end is None
            else self._layout.offset_at(selection.end.y, selection.end.x - margin)
        )
        return (start, end) if end > start else None

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """Copy the canonical text under a mouse selection, unwrapped."""
        if self._layout is None:
            return None
        span = self._selection_offsets(selection)
        return ("", "\n") if span is None else (self.document.text[span[0] : span[1]], "\n")

    def selection_updated(self, selection: Selection | None) -> None:
        self._changed()
        self._selection_changed()

    def _selection_changed(self) -> None:
        # Which keys apply depends on the selection (escape cancels it, w/J extend it):
        # refresh the footer too, or it keeps offering what escape did before.
        self.refresh_bindings()
        self.post_message(self.SelectionChanged())

    # -- keyboard cursor actions --------------------------------------------------------

    def _cursor_moved(self) -> None:
        if (span := self.cursor.span) is not None:
            line = self._layout.line_of(span[0]) if self._layout else 0
            height = self.scrollable_content_region.height
            if not self.scroll_y <= line < self.scroll_y + height - 1:
                self.scroll_to_offset(span[0])
        self._changed()
        self._selection_changed()

    def action_cursor_next(self) -> None:
        if self.cursor.span is None:
            self.cursor.move_to(self.position().offset)
        else:
            self.cursor.step(1)
        self._cursor_moved()

    def action_cursor_previous(self) -> None:
        if self.cursor.span is None:
            self.cursor.move_to(self.position().offset)
        else:
            self.cursor.step(-1)
        self._cursor_moved()

    def action_select_start(self) -> None:
        if self.cursor.span is None:
            self.cursor.move_to(self.position().offset)
        self.cursor.start_selection()
        self._cursor_moved()

    def action_extend_word(self) -> None:
        self.cursor.extend_word(self.document.text, 1)
        self._cursor_moved()

    def action_shrink_word(self) -> None:
        self.cursor.extend_word(self.document.text, -1)
        self._cursor_moved()

    def action_extend_sentence(self) -> None:
        self.cursor.extend_sentence(1)
        self._cursor_moved()

    def action_shrink_sentence(self) -> None:
        self.cursor.extend_sentence(-1)
        self._cursor_moved()

    def action_cancel_selection(self) -> None:
        self.clear_selection()
        self._selection_changed()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Escape cancels a selection only when there is one; otherwise it bubbles up
        # (to the screen, where it goes back to the library).
        if action == "cancel_selection":
            return self.selected_span() is not None
        if action in ("extend_word", "shrink_word", "extend_sentence", "shrink_sentence"):
            # None (not False) keeps these keys listed in help and the palette, dimmed.
            return True if self.cursor.selection is not None else None
        return True

    # -- rendering ------------------------------------------------------------------------

    def _changed(self) -> None:
        self._generation += 1
        self._cache.clear()
        self.refresh()

    def _margin(self) -> int:
        if self._layout is None:
            return 0
        width = self.scrollable_content_region.width
        return max(0, (width - self._layout.column) // 2)

    def _styles(self) -> dict[str, Style]:
        """The component styles, looked up once per style change rather than once per line."""
        if self._styles_by_key is None:
            self._styles_by_key = {
                key: self.get_component_rich_style(f"article-view--{key}", partial=True)
                for key in (*_BLOCK_KEYS, *_SPAN_KEYS, *_INLINE_KEYS, "note-mark")
            }
        return self._styles_by_key

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._styles_by_key = None

    def _span_layers(self) -> list[SpanIndex]:
        layers = [self._inline]
        if "quotes" in self.shown_layers:
            layers.append(self._quotes)
        if "entities" in self.shown_layers:
            layers.append(self._entities)
        if "highlights" in self.shown_layers:
            layers.append(self._highlight_index)
        layers.append(self.matches)
        if 0 <= self.match_index < len(self.matches):
            current = self.matches.spans[self.match_index]
            layers.append(SpanIndex([Span(current.start, current.end, "match-current")]))
        if (span := self.cursor.span) is not None and self.cursor.selection is None:
            layers.append(SpanIndex([Span(span[0], span[1], "cursor")]))
        if (selected := self.selected_span()) is not None:
            layers.append(SpanIndex([Span(selected[0], selected[1], "selection")]))
        return layers

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        layout = self._layout
        if layout is None or index >= len(layout.lines):
            return Strip.blank(width, self.rich_style)
        key = (index, width, self.shown_layers, self.app.theme, self._generation)
        strip = self._cache.get(key)
        if strip is None:
            strip = self._build_strip(layout, index, width)
            self._cache[key] = strip
        return strip

    def _build_strip(self, layout: Layout, index: int, width: int) -> Strip:
        styles = self._styles()
        base = self.rich_style  # a walk up the DOM each time it is read: read it once
        line = layout.lines[index]
        margin = self._margin()
        text = line_text(self.document.text, line, margin, base, styles, self._span_layers())
        if "highlights" in self.shown_layers and line.label is None and self._has_note_end(line):
            text.pad_right(margin + layout.column + 1 - len(text))
            text.append(NOTE_MARK, styles["note-mark"])
        # Rich drops a Text's base style when it has no spans, so a plain line would fall
        # back to the terminal's own colours (dark stripes in a light theme): apply it here.
        strip = Strip(text.render(self.app.console), text.cell_len).apply_style(base)
        return strip.crop_extend(0, width, base).apply_offsets(0, index)

    def _has_note_end(self, line: Line) -> bool:
        start, end = line.start, line.end
        return any(
            h.note and start < h.end <= max(end, start + 1)
            for h in self._highlights
            if h.end > start
        )


def _inline_spans(document: Document) -> list[Span]:
    keys = {
        "em": "em",
        "strong": "strong",
        "code": "code-inline",
        "link": "link",
        "strike": "strike",
    }
    return [Span(s.start, s.end, keys[s.kind]) for b in document.blocks for s in b.styles]
