"""Your corrections to the analyser, listed so one can be undone (`R` on the reader screen).

A name marked "not a name" leaves the article's Entities list, so `r` there can no longer
reach it; this list can. The pure part (how a correction reads, what undoing it plans) is
apart from the dialog so it can be tested without an app.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.analysis.lexicon import Correction
from reader.tui.dialogs.correct import KIND_NAMES, NAME_LIMIT, CorrectionPlan
from reader.tui.safe import shorten
from reader.tui.styles import css_paths


def describe(correction: Correction) -> str:
    """ "“Evil” — not a name", "“Sullivan” — person (Jake Sullivan)": one line of the list."""
    text = f"“{shorten(correction.text, NAME_LIMIT)}”"
    if correction.label is None:
        return f"{text} — not a name"
    kind = KIND_NAMES[correction.label].lower()
    if correction.name and correction.name != correction.text:
        return f"{text} — {kind} ({shorten(correction.name, NAME_LIMIT)})"
    return f"{text} — {kind}"


def plan_undo(text: str) -> CorrectionPlan:
    """Forget the correction of `text`: the analyser decides on it again."""
    return CorrectionPlan(
        forget=(text,), notice=f"Correction of “{shorten(text, NAME_LIMIT)}” undone"
    )


class CorrectionsDialog(ModalScreen[str | None]):
    """Lists the corrections; dismisses with the text of the one to undo, or None."""

    CSS_PATH = css_paths(("annotating.tcss",))  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="corrections.cancel")
    ]

    def __init__(self, corrections: Iterable[Correction]) -> None:
        super().__init__()
        # In the order they are stored, which is the order they apply in.
        self.corrections = tuple(corrections)

    def compose(self) -> ComposeResult:
        with Vertical(id="corrections-dialog"):
            yield Label(Text("Your corrections, in every article"), id="corrections-title")
            if self.corrections:
                lines = [Option(Text(describe(correction))) for correction in self.corrections]
                yield OptionList(*lines, id="corrections-list")
                hint = "↑↓ choose · enter undo it · esc close"
            else:
                yield Label(
                    Text("None yet: press r on a name in the side panel's Entities list."),
                    id="corrections-empty",
                )
                hint = "esc close"
            yield Label(Text(hint), id="corrections-hint")

    def on_mount(self) -> None:
        if self.corrections:
            self.query_one(OptionList).focus()

    @on(OptionList.OptionSelected, "#corrections-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(self.corrections[event.option_index].text)

    def action_cancel(self) -> None:
        self.dismiss(None)
