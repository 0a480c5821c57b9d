"""The find-in-article bar: a query input, live match count, next/previous."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Label


class FindBar(Widget):
    """Posts `Changed` as the query is typed, `Step` for next/previous, `Closed` on Escape."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close find", id="find.close", tooltip="Close the find bar"),
        Binding(
            "shift+enter",
            "step(-1)",
            "Previous match",
            id="find.previous",
            tooltip="Go to the previous match",
        ),
        Binding("down", "step(1)", "Next match", show=False, id="find.next_down"),
        Binding("up", "step(-1)", "Previous match", show=False, id="find.previous_up"),
    ]

    class Changed(Message):
        def __init__(self, query: str) -> None:
            super().__init__()
            self.query = query

    class Step(Message):
        def __init__(self, step: int) -> None:
            super().__init__()
            self.step = step

    class Closed(Message):
        """The bar was closed; the view keeps focus."""

    def compose(self) -> ComposeResult:
        with Horizontal():
            yield Input(placeholder="Find in article", id="find-input", select_on_focus=False)
            yield Label("", id="find-count", markup=False)

    def open(self) -> None:
        """Show the bar with the last query selected, so typing replaces it.

        Selection and focus happen now, not as `focus()` and `select_on_focus` do after the
        events already queued: keys typed right after "/" (a paste, a fast typist, a
        terminal sending them in one burst) belong in the box, in order."""
        self.add_class("-open")
        box = self.query_one(Input)
        box.select_all()
        self.screen.set_focus(box)

    @property
    def is_open(self) -> bool:
        return self.has_class("-open")

    def set_count(self, current: int, total: int, query: str) -> None:
        if not query:
            label = ""
        elif total == 0:
            label = "no matches"
        else:
            label = f"{current + 1 if current >= 0 else 0}/{total}"
        self.query_one("#find-count", Label).update(label)

    @on(Input.Changed, "#find-input")
    def _changed(self, event: Input.Changed) -> None:
        event.stop()
        self.post_message(self.Changed(event.value))

    @on(Input.Submitted, "#find-input")
    def _submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.post_message(self.Step(1))

    def action_step(self, step: int) -> None:
        self.post_message(self.Step(step))

    def action_close(self) -> None:
        self.remove_class("-open")
        self.post_message(self.Closed())
