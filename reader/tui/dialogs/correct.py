"""Correct the analyser on one name: change its kind, mark it not a name, or undo.

The pure part (which surface forms, which corrections, what to tell the user) is apart from
the dialog so it can be tested without an app.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Label, OptionList
from textual.widgets.option_list import Option

from reader.analysis.lexicon import Correction
from reader.analysis.model import LABELS, Analysis
from reader.analysis.model import Label as EntityLabel
from reader.library.facade import Library
from reader.tui.safe import shorten
from reader.tui.styles import css_paths

Choice = EntityLabel | Literal["not-a-name", "undo"]
NOT_A_NAME: Choice = "not-a-name"
UNDO: Choice = "undo"
CHOICES: Mapping[str, Choice] = {
    **{kind: kind for kind in LABELS},
    NOT_A_NAME: NOT_A_NAME,
    UNDO: UNDO,
}

KIND_NAMES: Mapping[EntityLabel, str] = {
    "PERSON": "Person",
    "ORG": "Organisation",
    "PLACE": "Place",
    "GROUP": "Group",
}
KIND_PHRASES: Mapping[EntityLabel, str] = {
    "PERSON": "a person",
    "ORG": "an organisation",
    "PLACE": "a place",
    "GROUP": "a group",
}
NAME_LIMIT = 40  # characters of a name shown in the dialog and in notices


def surface_forms(text: str, analysis: Analysis, label: EntityLabel, name: str) -> tuple[str, ...]:
    """How the entity `name` with `label` is written in `text`, each form once, in order."""
    forms = (
        text[entity.start : entity.end]
        for entity in sorted(analysis.entities)
        if entity.label == label and entity.name == name
    )
    return tuple(dict.fromkeys(form for form in forms if form.strip()))


def corrected_forms(
    forms: Iterable[str], name: str, corrections: Iterable[Correction]
) -> tuple[str, ...]:
    """The texts of the user's corrections on this entity: of its forms, or naming it."""
    written = set(forms)
    return tuple(
        correction.text
        for correction in corrections
        if correction.text in written or (correction.label is not None and correction.name == name)
    )


@dataclass(frozen=True)
class CorrectionPlan:
    """What one choice writes to the library's lexicon, and what to tell the user."""

    store: tuple[Correction, ...] = ()
    forget: tuple[str, ...] = ()
    notice: str = ""

    def apply(self, library: Library) -> None:
        """Write the plan; raises `ReaderError` (read-only library) before any change."""
        for correction in self.store:
            library.correct_entity(correction)
        for text in self.forget:
            library.forget_correction(text)


def plan_correction(
    choice: Choice, forms: Iterable[str], name: str, corrected: Iterable[str] = ()
) -> CorrectionPlan:
    """The corrections for `choice` on every surface form of the entity `name`; undo forgets
    the `corrected` texts."""
    # The analyser applies corrections in stored order, an overlapping later one winning:
    # the longer forms go last so "Jake Sullivan" is not cut down to "Sullivan".
    forms = tuple(sorted(forms, key=len))
    quoted = f"“{shorten(name, NAME_LIMIT)}”"
    match choice:
        case "undo":
            return CorrectionPlan(forget=tuple(corrected), notice="Correction undone")
        case "not-a-name":
            return CorrectionPlan(
                store=tuple(Correction(form, None) for form in forms),
                notice=f"{quoted} is not a name — in every article",
            )
        case label:
            return CorrectionPlan(
                store=tuple(Correction(form, label, name) for form in forms),
                notice=f"{quoted} is now {KIND_PHRASES[label]} in every article",
            )


def choice_options(label: EntityLabel, undoable: bool) -> list[Option]:
    """The dialog's options: each kind (the current one marked), not a name, maybe undo."""
    options = [
        Option(Text(KIND_NAMES[kind] + ("  (now)" if kind == label else "")), id=kind)
        for kind in LABELS
    ]
    options.append(Option(Text("Not a name"), id=NOT_A_NAME))
    if undoable:
        options.append(Option(Text("Undo my correction"), id=UNDO))
    return options


class CorrectDialog(ModalScreen[Choice | None]):
    """Choose a new kind for a name; dismisses with the choice, or None when cancelled."""

    CSS_PATH = css_paths(("annotating.tcss",))  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="correct.cancel")
    ]

    def __init__(self, name: str, label: EntityLabel, forms: Iterable[str], undoable: bool) -> None:
        super().__init__()
        self.entity_name = name
        self.label = label
        self.forms = tuple(forms)
        self.undoable = undoable

    def compose(self) -> ComposeResult:
        kind = KIND_NAMES[self.label]
        with Vertical(id="correct-dialog"):
            yield Label(Text("Correct this name in every article"), id="correct-title")
            yield Label(Text(f"“{shorten(self.entity_name, NAME_LIMIT)}”"), id="correct-name")
            yield Label(Text(f"now: {kind.lower()}"), id="correct-kind")
            if len(self.forms) > 1:
                written = ", ".join(f"“{shorten(form, NAME_LIMIT)}”" for form in self.forms)
                yield Label(Text(f"written here as {written}"), id="correct-forms")
            yield OptionList(*choice_options(self.label, self.undoable), id="correct-choices")
            yield Label(Text("↑↓ choose · enter apply · esc cancel"), id="correct-hint")

    def on_mount(self) -> None:
        choices = self.query_one(OptionList)
        # Start on the first kind it is not: Enter at once is then a change, not a no-op.
        choices.highlighted = next(i for i, kind in enumerate(LABELS) if kind != self.label)
        choices.focus()

    @on(OptionList.OptionSelected, "#correct-choices")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if (choice := CHOICES.get(event.option.id or "")) is not None:
            self.dismiss(choice)

    def action_cancel(self) -> None:
        self.dismiss(None)
