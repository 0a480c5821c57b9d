"""The reader screen: one article, its layers, side panel, find bar and reading position."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual import getters, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input, Static

from reader.analysis.document import Document
from reader.analysis.model import Analysis
from reader.annotations.model import Highlight
from reader.library.errors import ReaderError
from reader.library.facade import Library
from reader.library.models import Article, Progress
from reader.tui.annotating import ANNOTATION_BINDINGS, AnnotatingMixin
from reader.tui.correcting import CorrectingMixin
from reader.tui.safe import one_line
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.key_bar import KeyBar
from reader.tui.widgets.legend import Legend
from reader.tui.workers import POSITION_GROUP

if TYPE_CHECKING:
    from reader.tui.widgets.find_bar import FindBar
    from reader.tui.widgets.notes_list import NotesList
    from reader.tui.widgets.side_panel import SidePanel

# The side panel (tabs, option lists) and the find bar are built the first time they are
# shown, and their modules imported then: the article's first paint should pay only for
# the article. Their messages are handled by name (on_side_panel_jump...) for that reason.

SAVE_DELAY = 1.0  # seconds of stillness before the reading position is saved
WORDS_PER_MINUTE = 230
LAYER_KEYS = {"entities": "e", "quotes": "u", "highlights": "y"}


class ReaderScreen(AnnotatingMixin, CorrectingMixin, Screen[None]):
    """Shows one article; everything slow (reading, analysis, saving) runs in workers."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "Library", id="reader.back", tooltip="Back to the library"),
        Binding("q", "quit", "Quit", id="reader.quit", tooltip="Save the position and quit"),
        Binding(
            "e",
            "toggle_layer('entities')",
            "Entities",
            show=False,
            id="reader.layer_entities",
            tooltip="Show or hide entity colours",
        ),
        Binding(
            "u",
            "toggle_layer('quotes')",
            "Quotes",
            show=False,
            id="reader.layer_quotes",
            tooltip="Show or hide the quote style",
        ),
        Binding(
            "y",
            "toggle_layer('highlights')",
            "Highlights",
            show=False,
            id="reader.layer_highlights",
            tooltip="Show or hide highlights",
        ),
        Binding(
            "p",
            "toggle_panel",
            "Panel",
            id="reader.panel",
            tooltip="Show or hide the side panel (entities, quotes, outline)",
        ),
        Binding(
            "l",
            "show_notes",
            "Notes",
            show=False,
            id="reader.notes",
            tooltip="Open the side panel on this article's highlights and notes",
        ),
        # A priority binding runs as the key arrives, so keys typed in the same burst
        # ("/Kim") reach the find box, not the view that had focus when they were queued.
        Binding(
            "slash", "find", "Find", id="reader.find", tooltip="Find in the article", priority=True
        ),
        Binding(
            "n",
            "next_match(1)",
            "Next match",
            show=False,
            id="reader.next_match",
            tooltip="Go to the next find match",
        ),
        Binding(
            "N",
            "next_match(-1)",
            "Prev match",
            show=False,
            id="reader.previous_match",
            tooltip="Go to the previous find match",
        ),
        Binding(
            "right_square_bracket",
            "mention(1)",
            "Next mention",
            show=False,
            id="reader.next_mention",
            tooltip="Go to the next mention of the chosen entity",
        ),
        Binding(
            "left_square_bracket",
            "mention(-1)",
            "Prev mention",
            show=False,
            id="reader.previous_mention",
            tooltip="Go to the previous mention of the chosen entity",
        ),
        Binding(
            "R",
            "corrections",
            "Corrections",
            show=False,
            id="reader.corrections",
            tooltip="List your corrections to the names; enter undoes one",
        ),
        *ANNOTATION_BINDINGS,
        # The app's keys again, hidden: the footer has room for the reading and annotating
        # keys only (help and the palette still list these, with the app's descriptions).
        Binding("E", "app.export_notes", "Export notes", show=False, id="reader.export",
                tooltip="Write this article's notes as Markdown into the library's exports"),
        Binding("H", "app.all_highlights", "All highlights", show=False,
                id="reader.highlights", tooltip="Highlights across the library"),
    ]  # fmt: skip

    article_view = getters.query_one("#article-view", ArticleView)
    legend = getters.query_one(Legend)
    status = getters.query_one("#reader-status", Static)

    def __init__(self, library: Library, article: Article, *, offset: int | None = None) -> None:
        super().__init__()
        self.library = library
        self.article = article
        self.start_offset = offset  # where to open instead of the saved position
        self.document: Document | None = None
        self.analysis: Analysis | None = None
        self._mentions: list[int] = []
        self._mention_index = -1
        self._save_timer: Timer | None = None
        self._saved_offset: int | None = None
        self._side_panel: SidePanel | None = None  # built on first use, like the find bar
        self._find_bar: FindBar | None = None
        self.highlight_list: list[Highlight] = []
        self.article_note = ""

    def compose(self) -> ComposeResult:
        with Horizontal(id="reader-body"):
            yield ArticleView(id="article-view")
        yield Legend(id="legend")
        yield Static("", id="reader-status", markup=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.article_view.focus()
        self._show_legend()
        self.load_article()

    # -- loading (workers) --------------------------------------------------------------

    @work(thread=True, exclusive=True, group="reader-load", exit_on_error=False)
    def load_article(self) -> None:
        try:
            document = self.library.document(self.article.id)
            progress = self.library.progress(self.article.id)
        except ReaderError as error:
            self.app.call_from_thread(self.notify, one_line(str(error)), severity="error")
            return
        self.app.call_from_thread(self._show_document, document, progress)

    def _show_document(self, document: Document, progress: Progress) -> None:
        self.document = document
        meta = " · ".join(
            one_line(part)
            for part in (self.article.site, self.article.author, self.article.published[:10])
            if part.strip()
        )
        title = one_line(self.article.title)
        top = progress.offset if self.start_offset is None else self.start_offset
        self.article_view.set_document(document, title, meta, top_offset=top)
        self._saved_offset = progress.offset
        self._show_status()
        if self.start_offset is not None:
            # Opened at a highlight: put the reading cursor on it, so m, t, x act on it.
            self.article_view.cursor.move_to(self.start_offset)
        # The analyser is pure Python and holds the GIL: start it once the text is painted.
        self.call_after_refresh(self.load_analysis)
        self.call_after_refresh(self.refresh_highlights)

    @work(thread=True, exclusive=True, group="reader-analysis", exit_on_error=False)
    def load_analysis(self) -> None:
        try:
            analysis = self.library.analysis(self.article.id)
        except ReaderError as error:
            self.app.call_from_thread(self.notify, one_line(str(error)), severity="warning")
            return
        self.app.call_from_thread(self._show_analysis, analysis)

    def _show_analysis(self, analysis: Analysis) -> None:
        self.analysis = analysis
        self.article_view.set_analysis(analysis)
        if (panel := self._panel()) is not None:
            panel.show_analysis(analysis)

    def refresh_highlights(self) -> None:
        """Reload this article's highlights from the library and draw them."""
        self._load_highlights()

    @work(thread=True, exclusive=True, group="reader-highlights", exit_on_error=False)
    def _load_highlights(self) -> None:
        highlights = self.library.highlights(self.article.id)
        article_note = self.library.article_note(self.article.id)
        self.app.call_from_thread(self._show_highlights, highlights, article_note)

    def _show_highlights(self, highlights: list[Highlight], article_note: str) -> None:
        self.highlight_list = highlights
        self.article_note = article_note
        self.article_view.highlights = highlights
        if (panel := self._panel()) is not None:
            panel.show_notes(highlights, article_note)

    # -- reading position ---------------------------------------------------------------

    @on(ArticleView.PositionChanged)
    def _position_changed(self, event: ArticleView.PositionChanged) -> None:
        self._show_status()
        if self._save_timer is not None:
            self._save_timer.stop()
        self._save_timer = self.set_timer(SAVE_DELAY, self._save_position_later)

    def _save_position_later(self) -> None:
        position = self.article_view.position()
        if position.offset != self._saved_offset:
            self._saved_offset = position.offset
            self._save_position(position.offset, position.fraction)

    @work(thread=True, group=POSITION_GROUP, exit_on_error=False)
    def _save_position(self, offset: int, fraction: float) -> None:
        try:
            self.library.save_progress(self.article.id, offset, fraction)
        except ReaderError as error:
            self.app.call_from_thread(self.notify, one_line(str(error)), severity="error")

    def save_position_now(self) -> None:
        """Save on leaving: synchronous, so popping the screen cannot cancel it."""
        if self.document is None or self.library.readonly:
            return
        if self._save_timer is not None:
            self._save_timer.stop()
        position = self.article_view.position()
        if position.offset != self._saved_offset:
            self._saved_offset = position.offset
            try:
                self.library.save_progress(self.article.id, position.offset, position.fraction)
            except ReaderError as error:
                self.notify(one_line(str(error)), severity="error")

    def _show_status(self) -> None:
        position = self.article_view.position()
        minutes = round(self.article.words * (1 - position.fraction) / WORDS_PER_MINUTE)
        left = "done" if position.fraction >= 1 else f"{max(minutes, 1)} min left"
        self.status.update(f"{position.fraction:4.0%} · {left} · {self.article.words} words")

    # -- actions --------------------------------------------------------------------------

    def _panel(self) -> SidePanel | None:
        """The side panel, once it has been opened (it is built on first use)."""
        return self._side_panel

    async def action_back(self) -> None:
        panel = self._panel()
        if panel is not None and panel.has_class("-open") and panel.has_focus_within:
            await self.action_toggle_panel()  # Escape in the panel closes it first
            return
        self.save_position_now()
        await self.app.run_action("app.close_reader")

    async def action_quit(self) -> None:
        self.save_position_now()
        await self.app.run_action("app.quit")

    def action_toggle_layer(self, layer: str) -> None:
        self.article_view.toggle_layer(layer)
        self._show_legend()

    def _show_legend(self) -> None:
        view = self.article_view
        self.legend.show_layers(
            view.shown_layers,
            lambda key: view.get_component_rich_style(f"article-view--{key}", partial=True),
            LAYER_KEYS,
        )

    async def _mounted_panel(self, tab: str = "") -> SidePanel:
        panel = self._panel()
        if panel is None:
            from reader.tui.widgets.side_panel import SidePanel

            panel = self._side_panel = SidePanel(id="side-panel", initial_tab=tab)
            await self.query_one("#reader-body").mount(panel)
            if self.document is not None:
                panel.show_document(self.document)
            if self.analysis is not None:
                panel.show_analysis(self.analysis)
            panel.show_notes(self.highlight_list, self.article_note)
        return panel

    async def action_show_notes(self) -> None:
        """Open the side panel on the Notes tab, its list focused."""
        panel = await self._mounted_panel("tab-notes")
        panel.add_class("-open")
        panel.show_tab("tab-notes")

    async def action_toggle_panel(self) -> None:
        panel = await self._mounted_panel()
        panel.set_class(not panel.has_class("-open"), "-open")
        if panel.has_class("-open"):
            panel.focus_list()
        else:
            self.article_view.focus()

    @property
    def find_bar(self) -> FindBar | None:
        """The find bar, once it has been opened (it is built on first use)."""
        return self._find_bar

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "/" typed into a box is a character, not the binding.
        return not (action == "find" and isinstance(self.focused, Input))

    async def action_find(self) -> None:
        bar = self.find_bar
        if bar is None:
            from reader.tui.widgets.find_bar import FindBar

            bar = self._find_bar = FindBar()
            await self.mount(bar, before=self.legend)
        bar.open()

    def action_next_match(self, step: int) -> None:
        view = self.article_view
        index = view.next_match(step)
        if (bar := self.find_bar) is not None:
            bar.set_count(index, len(view.matches), "x" if len(view.matches) else "")

    def action_mention(self, step: int) -> None:
        if not self._mentions:
            self.notify("Choose an entity in the side panel (p) first", severity="information")
            return
        self._mention_index = (self._mention_index + step) % len(self._mentions)
        self.article_view.jump_to(self._mentions[self._mention_index])

    # -- messages from the panel and the find bar ------------------------------------------

    def on_side_panel_jump(self, event: SidePanel.Jump) -> None:
        self.article_view.jump_to(event.offset)

    def on_notes_list_chosen(self, event: NotesList.Chosen) -> None:
        self.article_view.jump_to(event.highlight.start)

    def on_side_panel_entity_chosen(self, event: SidePanel.EntityChosen) -> None:
        self._mentions = event.mentions
        self._mention_index = 0
        if self._mentions:
            self.article_view.jump_to(self._mentions[0])

    def on_find_bar_changed(self, event: FindBar.Changed) -> None:
        total = self.article_view.find(event.query)
        index = self.article_view.next_match(1) if total else -1
        if (bar := self.find_bar) is not None:
            bar.set_count(index, total, event.query)

    def on_find_bar_step(self, event: FindBar.Step) -> None:
        self.action_next_match(event.step)

    def on_find_bar_closed(self) -> None:
        self.article_view.focus()
