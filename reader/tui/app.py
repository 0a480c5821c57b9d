"""The Textual app: screens over one `Library`, built by `make_app` for the CLI and tests."""

from __future__ import annotations

from collections.abc import Iterable
from functools import partial
from pathlib import PurePath
from typing import ClassVar

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.screen import Screen

from reader.library.errors import ReaderError
from reader.library.facade import Library
from reader.library.models import Article
from reader.tui.dialogs.help import HelpScreen, key_groups
from reader.tui.screens.highlights import HighlightsScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.reader import ReaderScreen
from reader.tui.styles import css_paths
from reader.tui.widgets.article_list import ArticleList

_CSS_PATHS: list[str | PurePath] = [*css_paths()]


class ReaderApp(App[None]):
    """Read and annotate the articles of one library."""

    CSS_PATH = _CSS_PATHS
    TITLE = "reader"

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit reader"),
        Binding("question_mark", "help", "Keys", id="app.help", tooltip="Every key of this screen"),
        Binding(
            "H",
            "all_highlights",
            "All highlights",
            id="app.highlights",
            tooltip="Highlights across the library",
        ),
    ]

    def __init__(self, library: Library, *, open_article: str | None = None) -> None:
        super().__init__()
        self.library = library
        self.open_article = open_article
        self.sub_title = str(library.path)

    def on_mount(self) -> None:
        self.push_screen(LibraryScreen(self.library))
        if self.open_article:
            try:
                article = self.library.get(self.open_article)
            except ReaderError as error:
                self.notify(str(error), title="Cannot open", severity="error", markup=False)
            else:
                self.open_reader(article)

    def open_reader(self, article: Article) -> None:
        """Show `article` in the reader view, over the current screen."""
        self.push_screen(ReaderScreen(self.library, article))

    def on_article_list_opened(self, message: ArticleList.Opened) -> None:
        self.open_reader(message.article)

    def action_all_highlights(self) -> None:
        if not isinstance(self.screen, HighlightsScreen):
            self.push_screen(HighlightsScreen(self.library))

    def action_help(self) -> None:
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
