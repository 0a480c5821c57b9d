"""Every highlight in the library, searchable by text, note, tag and colour.

The list is a line-API `ScrollView` (only visible rows are drawn, strips cached), so 50,000
highlights cost what 40 do. Choosing an entry opens its article at the highlight.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import events, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.strip import Strip
from textual.widgets import Input, Label

from reader.annotations.model import COLORS, Highlight
from reader.library.errors import ReaderError
from reader.library.facade import Library, normalize_tag
from reader.tui.safe import one_line
from reader.tui.styles import css_paths
from reader.tui.widgets.key_bar import KeyBar
from reader.tui.widgets.line_list import LineList, fit
from reader.tui.wording import noun_for

TITLE_WIDTH = 28


@dataclass(frozen=True, slots=True)
class Entry:
    """One highlight with its article's title and a lower-case text to search."""

    highlight: Highlight
    title: str
    haystack: str

    @classmethod
    def of(cls, highlight: Highlight, title: str) -> Entry:
        parts = (highlight.exact, highlight.note, title, *highlight.tags)
        return cls(highlight, one_line(title), " ".join(parts).lower())


@dataclass(frozen=True)
class HighlightQuery:
    """Free words (all must appear) plus `tag:x`, `color:yellow` and `has:note` terms."""

    words: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    colors: tuple[str, ...] = ()
    needs_note: bool = False

    @classmethod
    def parse(cls, value: str) -> HighlightQuery:
        words: list[str] = []
        tags: list[str] = []
        colors: list[str] = []
        needs_note = False
        for token in value.lower().split():
            key, _, rest = token.partition(":")
            if key == "tag" and rest:
                tags.append(normalize_tag(rest))
            elif key in ("color", "colour") and rest:
                colors.append(rest)
            elif token in ("has:note", "has:notes"):
                needs_note = True
            else:
                words.append(token)
        return cls(tuple(words), tuple(tags), tuple(colors), needs_note)

    def matches(self, entry: Entry) -> bool:
        highlight = entry.highlight
        return (
            all(word in entry.haystack for word in self.words)
            and all(tag in highlight.tags for tag in self.tags)
            and (not self.colors or highlight.color in self.colors)
            and (not self.needs_note or bool(highlight.note.strip()))
        )


class HighlightList(LineList):
    """A scrolling list of highlight entries with a cursor; posts `Opened`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="highlights.open",
                tooltip="Open the article at this highlight"),
        Binding("up,k", "move(-1)", "Up", show=False, id="highlights.up"),
        Binding("down,j", "move(1)", "Down", show=False, id="highlights.down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="highlights.page_up"),
        Binding("pagedown", "page(1)", "Page down", show=False, id="highlights.page_down"),
    ]  # fmt: skip

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"highlight-list--{color}" for color in COLORS),
        "highlight-list--cursor",
        "highlight-list--title",
        "highlight-list--note",
        "highlight-list--orphan",
    }

    class Opened(Message):
        """The user chose an entry."""

        def __init__(self, entry: Entry) -> None:
            super().__init__()
            self.entry = entry

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []

    @property
    def row_count(self) -> int:
        return len(self.entries)

    def set_entries(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._rows_changed()
        self.cursor = 0
        self.scroll_to(y=0, animate=False)
        self.refresh()

    @property
    def current(self) -> Entry | None:
        return self.entries[self.cursor] if 0 <= self.cursor < len(self.entries) else None

    def watch_cursor(self) -> None:
        self._scroll_to_cursor()
        self.refresh()

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_page(self, direction: int) -> None:
        self.cursor += direction * self._page

    def action_open(self) -> None:
        if (entry := self.current) is not None:
            self.post_message(self.Opened(entry))

    def on_click(self, event: events.Click) -> None:
        if (row := self._row_at(event)) is not None:
            self.cursor = row
            self.action_open()

    def render_row(self, row: int, width: int, is_cursor: bool) -> Strip:
        entry = self.entries[row]
        base = self.rich_style
        if is_cursor:
            base += self.get_component_rich_style("highlight-list--cursor")
        highlight = entry.highlight
        color = highlight.color if highlight.color in COLORS else COLORS[0]
        mark = "✎ " if highlight.note.strip() else "  "
        if highlight.orphaned:
            mark = "? "
        tags = " ".join(f"#{one_line(tag)}" for tag in highlight.tags)
        exact_width = max(10, width - TITLE_WIDTH - 6 - (cell_len(tags) + 1 if tags else 0))
        get = self.get_component_rich_style
        segments = [
            Segment("  ", base + get(f"highlight-list--{color}")),
            Segment(" " + mark, base + get("highlight-list--note")),
            Segment(fit(one_line(highlight.exact), exact_width), base),
            Segment(" " + tags if tags else "", base + get("highlight-list--note")),
            Segment(" " + fit(entry.title, TITLE_WIDTH), base + get("highlight-list--title")),
        ]
        return Strip(segments).adjust_cell_length(width, base)


class HighlightsScreen(Screen[None]):
    """All highlights across the library; type to search, enter to open."""

    CSS_PATH = css_paths(("annotating.tcss",))  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Back", id="highlights.back",
                tooltip="Back to the previous screen"),
        Binding("ctrl+f", "focus_search", "Search", id="highlights.search",
                tooltip="Search text, notes, tags (tag:x), colours (color:yellow), has:note"),
        Binding("down", "focus_list", "List", show=False, id="highlights.to_list"),
    ]  # fmt: skip

    class Loaded(Message):
        def __init__(self, entries: list[Entry]) -> None:
            super().__init__()
            self.entries = entries

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.entries: list[Entry] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder="search: words  tag:x  color:yellow  has:note", id="hl-search")
        yield Label("Loading highlights…", id="hl-count")
        yield HighlightList(id="hl-list")
        yield KeyBar()

    def on_mount(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="highlights-load", exit_on_error=False)
    def load(self) -> None:
        titles = {article.id: article.title for article in self.library.articles()}
        entries = [
            Entry.of(h, titles.get(h.article, "(removed article)"))
            for h in self.library.highlights()
        ]
        self.post_message(self.Loaded(entries))

    def on_highlights_screen_loaded(self, message: HighlightsScreen.Loaded) -> None:
        self.entries = message.entries
        self.apply_filter(self.query_one("#hl-search", Input).value)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.apply_filter(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.query_one(HighlightList).focus()

    def apply_filter(self, value: str) -> None:
        query = HighlightQuery.parse(value)
        shown = [entry for entry in self.entries if query.matches(entry)]
        self.query_one(HighlightList).set_entries(shown)
        total = len(self.entries)
        noun = noun_for(total, "highlight")
        label = f"{len(shown)} of {total} {noun}" if value.strip() else f"{total} {noun}"
        self.query_one("#hl-count", Label).update(label)

    def action_close(self) -> None:
        self.app.pop_screen()

    def action_focus_search(self) -> None:
        self.query_one("#hl-search", Input).focus()

    def action_focus_list(self) -> None:
        self.query_one(HighlightList).focus()

    def on_highlight_list_opened(self, message: HighlightList.Opened) -> None:
        highlight = message.entry.highlight
        try:
            article = self.library.get(highlight.article)
        except ReaderError as error:
            self.notify(str(error), title="Cannot open", severity="error", markup=False)
            return
        from reader.tui.screens.reader import ReaderScreen  # the reader imports this module's peers

        # `offset=` is the agreed ReaderScreen contract (open scrolled to a canonical offset).
        screen = ReaderScreen(self.library, article, offset=highlight.start)
        self.app.push_screen(screen)
