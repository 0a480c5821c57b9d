"""The Notes tab: an article's highlights and notes in reading order, each a jump target."""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.annotations.model import COLORS, Highlight
from reader.tui.safe import one_line, shorten

EXACT_LIMIT = 120  # characters of the highlighted text shown per entry
ARTICLE_NOTE_ID = "article-note"


def first_line(note: str) -> str:
    """The first non-blank line of a note, made safe for one terminal line."""
    for line in note.splitlines():
        if line.strip():
            return one_line(line)
    return ""


class NotesList(OptionList):
    """The article note at the top, then one entry per highlight."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        *(f"notes-list--{color}" for color in COLORS),
        "notes-list--note",
        "notes-list--tags",
        "notes-list--orphan",
        "notes-list--article-note",
    }

    class Chosen(Message):
        """The user chose a highlight: the reader screen jumps to it."""

        def __init__(self, highlight: Highlight) -> None:
            super().__init__()
            self.highlight = highlight

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.by_id: dict[str, Highlight] = {}

    def set_notes(self, highlights: Iterable[Highlight], article_note: str = "") -> None:
        """Show `highlights` (already in reading order) under the article note."""
        highlighted = self.highlighted_option.id if self.highlighted_option else None
        self.by_id = {highlight.id: highlight for highlight in highlights}
        options: list[Option] = []
        if article_note.strip():
            options.append(Option(self._article_note_prompt(article_note), ARTICLE_NOTE_ID))
        options.extend(Option(self._prompt(h), h.id) for h in self.by_id.values())
        if not options:
            options.append(Option(Text("No highlights yet: select text and press enter"),
                                  disabled=True))  # fmt: skip
        self.set_options(options)
        if highlighted is not None and highlighted in self.by_id:
            self.highlighted = self.get_option_index(highlighted)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(f"notes-list--{name}", partial=True)

    def _article_note_prompt(self, note: str) -> Text:
        text = Text("Article note  ", style=self._style("article-note"))
        text.append(shorten(note, EXACT_LIMIT), style=self._style("note"))
        return text

    def _prompt(self, highlight: Highlight) -> Text:
        color = highlight.color if highlight.color in COLORS else COLORS[0]
        text = Text()
        text.append("  ", style=self._style(color))
        text.append(" ")
        if highlight.orphaned:
            text.append("orphaned ", style=self._style("orphan"))
        text.append(shorten(highlight.exact, EXACT_LIMIT))
        if note := first_line(highlight.note):
            text.append("\n   ✎ ")
            text.append(shorten(note, EXACT_LIMIT), style=self._style("note"))
        if highlight.tags:
            tags = " ".join(f"#{one_line(tag)}" for tag in highlight.tags)
            text.append("\n   " + tags, style=self._style("tags"))
        return text

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        highlight = self.by_id.get(event.option.id or "")
        if highlight is not None:
            self.post_message(self.Chosen(highlight))
