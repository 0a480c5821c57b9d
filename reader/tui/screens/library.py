"""The library screen: every article, filtered as you type, sorted, by tag; add from here."""

from __future__ import annotations

import gc
from collections.abc import Sequence
from functools import partial
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Input, Label, ProgressBar, Static

from reader.library.errors import ReaderError
from reader.library.facade import AddResult, Library
from reader.library.models import Article
from reader.tui.dialogs.add import AddDialog
from reader.tui.query import (
    SearchRecord,
    SortKey,
    index_article,
    next_sort,
    parse,
    sort_records,
    with_tag,
)
from reader.tui.safe import one_line
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.key_bar import KeyBar
from reader.tui.widgets.tag_list import TagList
from reader.tui.wording import noun_for
from reader.tui.workers import IMPORT_GROUP

EMPTY_MESSAGE = (
    "Your library is empty.\n\n"
    "Press  a  to add a file, a folder or a URL,\n"
    "or run  reader add FILE  in a shell.\n\n"
    "Press  ?  for every key."
)


INDEX_DELAY = 0.1  # seconds after showing the list before it is indexed for filtering
RESCAN_DELAY = 0.3  # seconds after mounting before files on disk are checked for changes
FILTER_HINT = 'Filter: words, "a phrase", tag:x is:unread has:notes source:cnn -tag:y'
SORT_TIP = "Sort by added, published, title or progress"
RESCAN_TIP = "Pick up files changed on disk"


def index_all(articles: Sequence[Article]) -> list[SearchRecord]:
    """Search records for every article, with the cyclic GC paused.

    Building 10,000 records allocates enough to trigger full collections over every widget
    and style of the app, which made this ten times slower; nothing here forms cycles.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        return [index_article(article) for article in articles]
    finally:
        if was_enabled:
            gc.enable()


class FilterInput(Input):
    """The filter box: Escape clears it, or hands focus back to the list when empty."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "clear_or_leave", "Clear filter", id="filter.clear"),
        Binding("down", "leave", "To list", show=False, id="filter.leave"),
    ]

    def action_clear_or_leave(self) -> None:
        if self.value:
            self.value = ""
        else:
            self.action_leave()

    def action_leave(self) -> None:
        self.screen.query_one(ArticleList).focus()


class LibraryScreen(Screen[None]):
    """The article list with its filter, sort and tag side list."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # Priority, and focus set at once: "/ukraine" typed in one burst all lands in the box.
        Binding(
            "slash",
            "focus_filter",
            "Filter",
            id="library.filter",
            tooltip="Type to filter",
            priority=True,
        ),
        Binding("s", "cycle_sort", "Sort", id="library.sort", tooltip=SORT_TIP),
        Binding("t", "toggle_tags", "Tags", id="library.tags", tooltip="Show or hide the tag list"),
        Binding("a", "add", "Add", id="library.add", tooltip="Add a file, a folder or a URL"),
        Binding("R", "reload", "Rescan", id="library.rescan", tooltip=RESCAN_TIP),
    ]

    sort_key: reactive[SortKey] = reactive[SortKey]("added", init=False)
    show_tags: reactive[bool] = reactive(False, init=False)

    class Loaded(Message):
        """Fresh articles and tags read by a worker."""

        def __init__(self, articles: list[Article], tags: dict[str, int]) -> None:
            super().__init__()
            self.articles = articles
            self.tags = tags

    class ImportProgress(Message):
        """An import worker moved on to input number `done` of `total`."""

        def __init__(self, done: int, total: int, source: str) -> None:
            super().__init__()
            self.done, self.total, self.source = done, total, source

    class ImportDone(Message):
        """An import worker finished; one result per input."""

        def __init__(self, results: list[AddResult]) -> None:
            super().__init__()
            self.results = results

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self._articles: list[Article] = []  # newest added first, as the facade returns them
        self._records: list[SearchRecord] | None = None  # built after the first paint
        self._tags: dict[str, int] = {}
        self._select_after_load: str | None = None
        self._stale = False  # another screen was on top: its changes are not shown yet

    def compose(self) -> ComposeResult:
        with Horizontal(id="library-top"):
            yield FilterInput(placeholder=FILTER_HINT, id="library-filter")
            yield Label(id="library-status", markup=False)
        with Horizontal(id="library-body"):
            yield TagList(id="library-tags")
            with Vertical(id="library-main"):
                yield ArticleList(id="library-list")
                yield Static(EMPTY_MESSAGE, id="library-empty", markup=False)
        yield ProgressBar(id="library-progress", show_eta=False)
        yield KeyBar()

    def on_mount(self) -> None:
        self.set_class(True, "-tags-hidden")
        articles = self.library.articles()
        self._show(articles, self.library.all_tags())
        self.query_one(ArticleList).focus()
        if not articles:
            # An empty index may only mean files were dropped in by hand (the sample
            # library, a synced folder): look before saying the library is empty.
            self.set_class(False, "-empty")
            self._load(rescan=True, always=True)
            return
        # The rescan stats every file and holds the GIL while it does: start it a moment
        # after the list is on screen, so it never delays the first paint.
        self.set_timer(RESCAN_DELAY, partial(self._load, True))

    def on_screen_suspend(self) -> None:
        self._stale = True

    def on_screen_resume(self) -> None:
        # Progress, tags and highlights change in the reader: show them on return.
        if self._stale:
            self._stale = False
            self._load(rescan=False)

    # -- loading ------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="library-load", exit_on_error=False)
    def _load(self, rescan: bool, always: bool = False) -> None:
        if rescan and not self.library.rescan() and not always:
            return  # nothing changed on disk: the list on screen is current
        self.post_message(self.Loaded(self.library.articles(), self.library.all_tags()))

    def on_library_screen_loaded(self, message: Loaded) -> None:
        self._show(message.articles, message.tags)

    def _show(self, articles: Sequence[Article], tags: dict[str, int]) -> None:
        self._articles = list(articles)
        self._records = None
        self._tags = tags
        self.query_one(TagList).set_tags(tags, self._current_tag())
        self.set_class(not self._articles, "-empty")
        self._refilter()
        # Index for filtering just after the list is on screen, so the first keystroke is
        # instant (a keystroke before then indexes on the spot).
        self.set_timer(INDEX_DELAY, self._search_records)

    def _search_records(self) -> list[SearchRecord]:
        if self._records is None:
            self._records = index_all(self._articles)
        return self._records

    def _current_tag(self) -> str | None:
        tags = [term.value for term in parse(self._filter_text).terms if term.field == "tag"]
        return tags[0] if len(tags) == 1 else None

    @property
    def _filter_text(self) -> str:
        return self.query_one(FilterInput).value

    def _refilter(self) -> None:
        article_list = self.query_one(ArticleList)
        current = article_list.highlighted
        keep = self._select_after_load or (current.id if current else None)
        self._select_after_load = None
        query = parse(self._filter_text)
        if not query and self.sort_key == "added":
            shown = self._articles  # already in this order: no need to index before painting
        else:
            records = sort_records(query.filter(self._search_records()), self.sort_key)
            shown = [record.article for record in records]
        article_list.set_articles(shown, keep=keep)
        self._update_status(len(shown))

    def _update_status(self, shown: int) -> None:
        total = len(self._articles)
        noun = noun_for(total, "article")
        counts = f"{total} {noun}" if shown == total else f"{shown} of {total} {noun}"
        self.query_one("#library-status", Label).update(f"{counts} · by {self.sort_key}")

    # -- filter, sort, tags -------------------------------------------------------------------

    @on(Input.Changed, "#library-filter")
    def _filter_changed(self) -> None:
        self._refilter()
        self.query_one(TagList).set_tags(self._tags, self._current_tag())

    @on(Input.Submitted, "#library-filter")
    def _filter_submitted(self) -> None:
        self.query_one(ArticleList).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "/" typed into a box is a character, not the binding.
        return not (action == "focus_filter" and isinstance(self.focused, Input))

    def action_focus_filter(self) -> None:
        self.set_focus(self.query_one(FilterInput))

    def action_cycle_sort(self) -> None:
        self.sort_key = next_sort(self.sort_key)

    def watch_sort_key(self) -> None:
        self._refilter()

    def action_toggle_tags(self) -> None:
        self.show_tags = not self.show_tags

    def watch_show_tags(self, show: bool) -> None:
        self.set_class(not show, "-tags-hidden")
        if show:
            self.query_one(TagList).focus()
        else:
            self.query_one(ArticleList).focus()

    def on_tag_list_chosen(self, message: TagList.Chosen) -> None:
        self.query_one(FilterInput).value = with_tag(self._filter_text, message.tag)
        self.query_one(ArticleList).focus()

    # -- adding -----------------------------------------------------------------------------------

    def action_add(self) -> None:
        self.app.push_screen(AddDialog(), self._start_import)

    def _start_import(self, sources: list[str] | None) -> None:
        if not sources:
            return
        bar = self.query_one(ProgressBar)
        bar.update(total=None, progress=0)
        self.set_class(True, "-importing")
        self._import(sources)

    @work(thread=True, group=IMPORT_GROUP, exit_on_error=False)
    def _import(self, sources: list[str]) -> None:
        def progress(done: int, total: int, source: str) -> None:
            self.post_message(self.ImportProgress(done, total, source))

        try:
            results = self.library.add(sources, on_progress=progress)
        except ReaderError as error:
            results = [AddResult(" ".join(sources), "error", message=str(error))]
        self.post_message(self.ImportDone(results))

    def on_library_screen_import_progress(self, message: ImportProgress) -> None:
        self.query_one(ProgressBar).update(total=max(1, message.total), progress=message.done)

    def on_library_screen_import_done(self, message: ImportDone) -> None:
        self.set_class(False, "-importing")
        added = [result.article for result in message.results if result.status == "added"]
        duplicates = sum(result.status == "duplicate" for result in message.results)
        for result in message.results:
            if result.status == "error":
                # "no such file: X" already names the source: say it once.
                named = result.source in result.message
                text = one_line(result.message if named else f"{result.source}: {result.message}")
                self.notify(text, title="Not added", severity="error", markup=False)
        if added or duplicates:
            summary = f"Added {len(added)} {noun_for(len(added), 'article')}"
            if duplicates:
                summary += f", {duplicates} already in the library"
            self.notify(summary, markup=False)
        if added and added[0] is not None:
            self._select_after_load = added[0].id
        self._load(rescan=False)

    def action_reload(self) -> None:
        self._load(rescan=True)
        self.notify("Rescanning the library folder…")
