"""Name what each highlight colour means to the user ("yellow: claims to check")."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from reader.annotations.model import COLORS
from reader.tui.safe import one_line
from reader.tui.styles import css_paths

NAME_LIMIT = 40  # a meaning is a label, not a note


def clean_names(names: dict[str, str]) -> dict[str, str]:
    """Known colours only, each meaning on one safe line; empty meanings dropped."""
    cleaned = {color: one_line(names.get(color, ""))[:NAME_LIMIT] for color in COLORS}
    return {color: name for color, name in cleaned.items() if name}


def color_label(color: str, names: dict[str, str]) -> str:
    """The colour with its meaning when the user named one: "yellow (to check)"."""
    meaning = names.get(color, "")
    return f"{color} ({meaning})" if meaning else color


class ColorNamesDialog(ModalScreen[dict[str, str] | None]):
    """One input per colour; dismisses with the cleaned meanings, or None when cancelled."""

    CSS_PATH = css_paths(("annotating.tcss",))  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="colors.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="colors.cancel"),
    ]

    def __init__(self, names: dict[str, str]) -> None:
        super().__init__()
        self.names = clean_names(names)

    def compose(self) -> ComposeResult:
        with Vertical(id="colors-dialog"):
            yield Label(Text("What each highlight colour means"), id="colors-title")
            for color in COLORS:
                with Horizontal(classes="color-row"):
                    yield Label(Text(f" {color} "), classes=f"swatch -{color}")
                    yield Input(
                        self.names.get(color, ""),
                        placeholder="meaning (optional)",
                        max_length=NAME_LIMIT,
                        id=f"color-{color}",
                    )
            yield Label(Text("enter / ctrl+s save · esc cancel"), id="colors-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_save()

    def action_save(self) -> None:
        values = {color: self.query_one(f"#color-{color}", Input).value for color in COLORS}
        self.dismiss(clean_names(values))

    def action_cancel(self) -> None:
        self.dismiss(None)
