"""The Textual app: screens over one `Library`, built by `make_app` for the CLI and tests."""

from __future__ import annotations

import gc
from collections.abc import Iterable
from functools import partial
from typing import TYPE_CHECKING, Any, ClassVar

from textual import work
from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.library.errors import ReaderError
from reader.library.facade import Library
from reader.library.models import Article
from reader.textsafe import plain
from reader.tui.styles import css_paths, load_styles
from reader.tui.wording import noun_for
from reader.tui.workers import EXPORT_GROUP, WRITING_GROUPS

if TYPE_CHECKING:
    from reader.tui.widgets.article_list import ArticleList

# Screens and dialogs are imported where first used, not here: `reader open ID` shows an
# article without ever building the library screen, help or a dialog, and their imports
# (about 20 ms) would all come before its first paint.

# Only the first screen's sheets are parsed at start; the others load with their screens.
_LIBRARY_CSS = css_paths(("app.tcss", "library.tcss"))
_READER_CSS = css_paths(("app.tcss", "reader.tcss"))


class ReaderApp(App[None]):
    """Read and annotate the articles of one library."""

    CSS_PATH = _LIBRARY_CSS
    TITLE = "reader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit reader"),
        Binding("question_mark", "help", "Keys", id="app.help", tooltip="Every key of this screen"),
        Binding(
            "E",
            "export_notes",
            "Export notes",
            id="app.export",
            tooltip="Write notes as Markdown: this article's, or every annotated article's",
        ),
        Binding(
            "H",
            "all_highlights",
            "All highlights",
            id="app.highlights",
            tooltip="Highlights across the library",
        ),
    ]

    def __init__(self, library: Library, *, open_article: str | None = None) -> None:
        super().__init__(css_path=_READER_CSS if open_article else _LIBRARY_CSS)
        self.library = library
        self.open_article = open_article
        self.sub_title = str(library.path)

    def run(self, *args: Any, **kwargs: Any) -> None:
        """Run the app in this process (the CLI's way in; tests use `run_test`)."""
        # What exists now (modules, classes, the library) lives as long as the process.
        # Frozen, the collector stops re-walking it: otherwise its first full collection,
        # ~30 ms, falls in the middle of opening the article.
        gc.freeze()
        return super().run(*args, **kwargs)

    def on_mount(self) -> None:
        if self.open_article:
            try:
                article = self.library.get(self.open_article)
            except ReaderError as error:
                self.notify(str(error), title="Cannot open", severity="error", markup=False)
            else:
                # The library screen is built when the reader goes back to it, not before:
                # opening straight on an article should cost only the article.
                self.open_reader(article)
                return
        self.push_screen(self._library_screen())

    def _library_screen(self) -> Screen[None]:
        from reader.tui.screens.library import LibraryScreen

        load_styles(self, "library.tcss")
        return LibraryScreen(self.library)

    def open_reader(self, article: Article, offset: int | None = None) -> None:
        """Show `article` in the reader view, over the current screen (at `offset` if given)."""
        from reader.tui.screens.reader import ReaderScreen  # loaded on first use: faster start

        load_styles(self, "reader.tcss")
        self.push_screen(ReaderScreen(self.library, article, offset=offset))

    def action_close_reader(self) -> None:
        """Leave the reader for the screen below, or for the library if it opened first."""
        from reader.tui.screens.library import LibraryScreen

        if any(isinstance(screen, LibraryScreen) for screen in self.screen_stack):
            self.pop_screen()
        else:
            self.switch_screen(self._library_screen())

    async def action_quit(self) -> None:
        """Quit once every pending save has reached the disk: nothing acknowledged is lost."""
        pending = [w for w in self.workers if w.group in WRITING_GROUPS and w.is_running]
        if pending:
            await self.workers.wait_for_complete(pending)
        self.exit()

    def action_export_notes(self) -> None:
        from reader.tui.screens.reader import ReaderScreen

        screen = self.screen
        article = screen.article if isinstance(screen, ReaderScreen) else None
        self.notify("Exporting notes…", markup=False)
        self._export(article)

    @work(thread=True, exclusive=True, group=EXPORT_GROUP, exit_on_error=False)
    def _export(self, article: Article | None) -> None:
        """Export in a worker: the analysis of each article may have to run first."""
        from reader.export.library_notes import (
            articles_with_notes,
            default_export_folder,
            export_notes,
        )

        try:
            articles = [article] if article else articles_with_notes(self.library)
            folder = default_export_folder(self.library)
            written = export_notes(self.library, articles, folder) if articles else []
        except (ReaderError, OSError) as error:
            self.call_from_thread(self.notify, plain(str(error)), severity="error", markup=False)
            return
        message = (
            f"Wrote {len(written)} notes {noun_for(len(written), 'file')} to {folder}"
            if written
            else "Nothing to export yet: highlight a passage or write an article note first"
        )
        self.call_from_thread(self.notify, plain(message), title="Export", markup=False)

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.open_reader(message.article)

    def action_all_highlights(self) -> None:
        from reader.tui.screens.highlights import HighlightsScreen

        if not isinstance(self.screen, HighlightsScreen):
            self.push_screen(HighlightsScreen(self.library))

    def action_help(self) -> None:
        from reader.tui.dialogs.help import HelpScreen, key_groups

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(key_groups(self, self.screen)))

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's commands plus every described binding active on `screen`."""
        seen: set[str] = set()
        for command in super().get_system_commands(screen):
            seen.add(command.title)
            yield command
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.description or binding.system or binding.description in seen:
                continue
            seen.add(binding.description)
            yield SystemCommand(
                binding.description,
                binding.tooltip or binding.description,
                partial(self.run_action, binding.action, active.node),
            )


def make_app(library: Library, *, open_article: str | None = None) -> ReaderApp:
    """The one factory the CLI, the Pilot tests and the snapshot tests call."""
    return ReaderApp(library, open_article=open_article)
