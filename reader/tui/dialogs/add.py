"""Ask for what to add to the library: a file, a folder or a URL."""

from __future__ import annotations

import shlex
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label

from reader.tui.styles import css_paths


def split_sources(text: str) -> list[str]:
    """Sources typed or pasted into the dialog: shell-style words, so quoted paths work."""
    try:
        return shlex.split(text)
    except ValueError:  # an unclosed quote: take the text as one path
        return [text.strip().strip("'\"")] if text.strip() else []


class AddDialog(ModalScreen[list[str] | None]):
    """Dismisses with the sources to import, or None when cancelled."""

    CSS_PATH = css_paths(("dialogs.tcss",))  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="add.cancel", tooltip="Close without adding"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="add-box"):
            yield Label("Add to the library", id="add-title")
            yield Label(
                "A file (.md, .txt, .html), a folder or a URL. Several: separate with spaces;"
                " quote paths that hold spaces.",
                id="add-hint",
                markup=False,
            )
            yield Input(placeholder="~/Downloads/article.html  or  https://…", id="add-source")
            with Horizontal(id="add-buttons"):
                yield Button("Add", variant="primary", id="add-ok")
                yield Button("Cancel", id="add-cancel")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "add-ok":
            self._submit()
        else:
            self.dismiss(None)

    def _submit(self) -> None:
        sources = split_sources(self.query_one("#add-source", Input).value)
        if sources:
            self.dismiss(sources)
        else:
            self.notify("Type a path, a folder or a URL first.", severity="warning")

    def action_cancel(self) -> None:
        self.dismiss(None)
