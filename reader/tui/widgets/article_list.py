"""The library's article list: a line-API `LineList`, so 10,000 rows cost what 40 do.

Line 0 is a sticky column header; row `i` is drawn at virtual line `i + 1`. Colours come
from `COMPONENT_CLASSES`, so `.tcss` and every Textual theme control them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from typing import ClassVar
from urllib.parse import urlsplit

from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.strip import Strip

from reader.library.models import Article
from reader.tui.safe import one_line
from reader.tui.widgets.line_list import Align, LineList, fit


@dataclass(frozen=True, slots=True)
class Column:
    """One column of the list: its header, width, alignment and component class."""

    name: str
    header: str
    width: int
    align: Align = "left"
    component: str = "article-list--muted"


# Fixed-width columns, dropped right to left of this priority list as the terminal narrows.
_FIXED = (
    Column("site", "Source", 18),
    Column("date", "Date", 10),
    Column("words", "Words", 5, "right"),
    Column("time", "Time", 6, "right"),
    Column("tags", "Tags", 18, component="article-list--tags"),
    Column("highlights", "Hl", 3, "right", "article-list--count"),
    Column("progress", "Progress", 10, component="article-list--progress"),
)
_DROP_ORDER = ("tags", "words", "highlights", "site", "time", "date", "progress")
MARKER_WIDTH = 2
MIN_TITLE = 24
BAR_CELLS = 5


def layout(width: int) -> tuple[int, list[Column]]:
    """The title width and the fixed columns that fit in `width` cells."""
    columns = list(_FIXED)

    def title_width() -> int:
        return width - MARKER_WIDTH - sum(column.width + 1 for column in columns)

    for name in _DROP_ORDER:
        if title_width() >= MIN_TITLE:
            break
        columns = [column for column in columns if column.name != name]
    return max(1, title_width()), columns


def compact_count(count: int) -> str:
    """850 -> "850", 2345 -> "2.3k", 123456 -> "123k"."""
    if count < 1000:
        return str(count)
    if count < 10_000:
        return f"{count / 1000:.1f}k"
    return f"{count // 1000}k"


def display_source(article: Article) -> str:
    """The publisher or host name, else the file name of a local source."""
    if article.site:
        return article.site
    if "://" in article.source:
        return urlsplit(article.source).hostname or article.source
    return PurePath(article.source).name if article.source else ""


def cell_text(article: Article, name: str) -> str:
    """The plain text of one cell of `article` (untrusted parts already made safe)."""
    match name:
        case "site":
            return one_line(display_source(article))
        case "date":
            return (article.published or article.added)[:10]
        case "words":
            return compact_count(article.words)
        case "time":
            return f"{article.reading_minutes} min"
        case "tags":
            return " ".join(f"#{one_line(tag)}" for tag in article.tags)
        case "highlights":
            return str(article.highlight_count) if article.highlight_count else ""
    return ""


class ArticleList(LineList):
    """A scrolling list of articles with a cursor; posts `Selected` and `Opened`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "open", "Open", id="list.open", tooltip="Open the article"),
        Binding("up,k", "cursor_up", "Up", show=False, id="list.up"),
        Binding("down,j", "cursor_down", "Down", show=False, id="list.down"),
        Binding("pageup", "page_up", "Page up", show=False, id="list.page_up"),
        Binding("pagedown", "page_down", "Page down", show=False, id="list.page_down"),
        Binding("home", "first", "First", show=False, id="list.first"),
        Binding("end", "last", "Last", show=False, id="list.last"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--header",
        "article-list--cursor",
        "article-list--unread",
        "article-list--marker",
        "article-list--muted",
        "article-list--tags",
        "article-list--count",
        "article-list--progress",
        "article-list--progress-empty",
    }

    HEADER_LINES: ClassVar[int] = 1

    class Selected(Message):
        """The cursor moved onto an article."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    class Opened(Message):
        """The user asked to open an article (Enter or a double click)."""

        def __init__(self, article: Article) -> None:
            super().__init__()
            self.article = article

    def __init__(self, *, name: str | None = None, id: str | None = None) -> None:
        super().__init__(name=name, id=id)
        self._articles: list[Article] = []

    @property
    def articles(self) -> Sequence[Article]:
        return self._articles

    @property
    def row_count(self) -> int:
        return len(self._articles)

    @property
    def highlighted(self) -> Article | None:
        """The article under the cursor, if any."""
        if 0 <= self.cursor < len(self._articles):
            return self._articles[self.cursor]
        return None

    def set_articles(self, articles: Sequence[Article], keep: str | None = None) -> None:
        """Show `articles`; the cursor stays on the article with id `keep` when it is shown."""
        self._articles = list(articles)
        self._rows_changed()
        index = 0
        if keep is not None:
            index = next((i for i, a in enumerate(self._articles) if a.id == keep), 0)
        self.refresh_bindings()
        self.set_reactive(ArticleList.cursor, -1)  # so the watcher runs for the same index
        self.cursor = index
        self.refresh()

    # -- cursor ---------------------------------------------------------------------------

    def validate_cursor(self, cursor: int) -> int:
        if not self._articles:
            return -1 if cursor == -1 else 0
        return super().validate_cursor(cursor)

    def watch_cursor(self, old: int, new: int) -> None:
        self.refresh()
        self._scroll_to_cursor()
        if article := self.highlighted:
            self.post_message(self.Selected(article))

    def action_cursor_up(self) -> None:
        self.cursor -= 1

    def action_cursor_down(self) -> None:
        self.cursor += 1

    def action_page_up(self) -> None:
        self.cursor -= self._page

    def action_page_down(self) -> None:
        self.cursor += self._page

    def action_first(self) -> None:
        self.cursor = 0

    def action_last(self) -> None:
        self.cursor = len(self._articles) - 1

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "Open" means nothing in an empty list: keep it out of the footer and the palette.
        return bool(self._articles) or action != "open"

    def action_open(self) -> None:
        if article := self.highlighted:
            self.post_message(self.Opened(article))

    def on_click(self, event: events.Click) -> None:
        if (row := self._row_at(event)) is not None:
            self.cursor = row
            if event.chain >= 2:
                self.action_open()

    def on_resize(self) -> None:
        self._scroll_to_cursor()

    # -- rendering --------------------------------------------------------------------------

    def render_header(self, y: int, width: int) -> Strip:
        style = self.rich_style + self.get_component_rich_style("article-list--header")
        title_width, columns = layout(width)
        cells = [" " * MARKER_WIDTH, fit("Title", title_width)]
        cells += [" " + fit(column.header, column.width, column.align) for column in columns]
        return Strip([Segment("".join(cells), style)]).adjust_cell_length(width, style)

    def render_row(self, row: int, width: int, is_cursor: bool) -> Strip:
        article = self._articles[row]
        base = self.rich_style
        if is_cursor:
            base += self.get_component_rich_style("article-list--cursor")
        title_style = base
        if article.is_unread:
            title_style += self.get_component_rich_style("article-list--unread")
        title_width, columns = layout(width)
        marker = "● " if article.is_unread else "  "
        segments = [
            Segment(marker, base + self.get_component_rich_style("article-list--marker")),
            Segment(fit(one_line(article.title) or article.path, title_width), title_style),
        ]
        for column in columns:
            segments.append(Segment(" ", base))
            if column.name == "progress":
                segments.extend(self._progress_segments(article, column.width, base))
                continue
            style = base + self.get_component_rich_style(column.component)
            text = fit(cell_text(article, column.name), column.width, column.align)
            segments.append(Segment(text, style))
        return Strip(segments).adjust_cell_length(width, base)

    def _progress_segments(self, article: Article, width: int, base: Style) -> list[Segment]:
        if article.is_unread:
            marker = base + self.get_component_rich_style("article-list--marker")
            return [Segment(fit("new", width), marker)]
        filled = round(article.progress * BAR_CELLS)
        done = base + self.get_component_rich_style("article-list--progress")
        empty = base + self.get_component_rich_style("article-list--progress-empty")
        percent = fit(f"{round(article.progress * 100)}%", width - BAR_CELLS, "right")
        return [
            Segment("━" * filled, done),
            Segment("━" * (BAR_CELLS - filled), empty),
            Segment(percent, base),
        ]
