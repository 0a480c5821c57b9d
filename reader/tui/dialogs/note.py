"""The note editor: a modal Markdown text area for a note on a highlight or an article."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, Static, TextArea

from reader.tui.safe import one_line, plain, shorten
from reader.tui.styles import css_paths

PASSAGE_LIMIT = 400  # characters of the highlighted passage shown above the editor


class NoteDialog(ModalScreen[str | None]):
    """Edit a note; dismisses with the new text, or None when cancelled."""

    CSS_PATH = css_paths(("annotating.tcss",))  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save note", id="note.save", priority=True),
        Binding("ctrl+enter", "save", "Save note", id="note.save_enter", show=False),
        Binding("escape", "cancel", "Cancel", id="note.cancel", priority=True),
    ]

    def __init__(self, title: str, note: str = "", passage: str = "") -> None:
        super().__init__()
        self.dialog_title = title
        self.note = note
        self.passage = passage

    def compose(self) -> ComposeResult:
        with Vertical(id="note-dialog"):
            yield Label(Text(one_line(self.dialog_title)), id="note-title")
            if self.passage:
                yield Static(Text(shorten(self.passage, PASSAGE_LIMIT)), id="note-passage")
            yield TextArea(
                plain(self.note),
                language="markdown",
                soft_wrap=True,
                tab_behavior="indent",
                id="note-editor",
            )
            yield Label(Text("ctrl+s save · esc cancel"), id="note-hint")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()

    def action_save(self) -> None:
        self.dismiss(self.query_one(TextArea).text.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)
