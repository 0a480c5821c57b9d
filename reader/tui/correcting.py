"""Correct the entity analyser from the reader screen's side panel (`r` on a name), and
undo a correction from the list of them (`R`).

`CorrectingMixin` is mixed into `ReaderScreen`, which supplies `library`, `document`,
`analysis` and `load_analysis()`. The correction is saved in a thread worker of the "save"
group (the app waits for it before quitting); the worker only posts a message, and the
handler on the main thread tells the user and re-runs the analysis, whose cache key holds the
lexicon, so colours, legend and panel change at once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.message import Message

from reader.analysis.document import Document
from reader.analysis.model import Analysis
from reader.library.errors import ReaderError
from reader.library.facade import Library
from reader.tui.safe import one_line
from reader.tui.workers import SAVE_GROUP

if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.tui.dialogs.correct import Choice, CorrectionPlan
    from reader.tui.widgets.side_panel import SidePanel

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object


class CorrectionSaved(Message, bubble=False):
    """The lexicon changed: tell the user and analyse the article again."""

    def __init__(self, notice: str) -> None:
        super().__init__()
        self.notice = notice


class CorrectionFailed(Message, bubble=False):
    """The correction was refused (read-only library, disk error)."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


class CorrectingMixin(_ScreenBase):
    """Opens the correction dialog for an entity and saves the user's choice."""

    library: Library
    document: Document | None
    analysis: Analysis | None

    if TYPE_CHECKING:

        def load_analysis(self) -> object: ...

    def on_side_panel_correct_entity(self, event: SidePanel.CorrectEntity) -> None:
        """Offer the kinds for the entity; the choice applies to all its surface forms."""
        from reader.tui.dialogs.correct import (
            CorrectDialog,
            corrected_forms,
            plan_correction,
            surface_forms,
        )

        event.stop()
        if self.document is None or self.analysis is None:
            return
        forms = surface_forms(self.document.text, self.analysis, event.label, event.name)
        if not forms:
            return
        # A small table read on the main thread, as the tag dialog reads the known tags.
        corrected = corrected_forms(forms, event.name, self.library.lexicon().corrections)

        def done(choice: Choice | None) -> None:
            if choice is not None:
                self.save_correction(plan_correction(choice, forms, event.name, corrected))

        dialog = CorrectDialog(event.name, event.label, forms, undoable=bool(corrected))
        self.app.push_screen(dialog, done)

    def action_corrections(self) -> None:
        """List the user's corrections; the one chosen is undone in every article."""
        from reader.tui.dialogs.corrections import CorrectionsDialog, plan_undo

        def done(text: str | None) -> None:
            if text is not None:
                self.save_correction(plan_undo(text))

        # A small table read on the main thread, as the correction dialog reads it.
        self.app.push_screen(CorrectionsDialog(self.library.lexicon().corrections), done)

    @work(thread=True, exclusive=False, group=SAVE_GROUP, exit_on_error=False)
    def save_correction(self, plan: CorrectionPlan) -> None:
        """Write the corrections off the main thread; durable when it returns."""
        try:
            plan.apply(self.library)
        except ReaderError as error:
            self.post_message(CorrectionFailed(str(error)))
        else:
            self.post_message(CorrectionSaved(plan.notice))

    def on_correction_saved(self, message: CorrectionSaved) -> None:
        self.notify(message.notice, markup=False, timeout=4)
        self.load_analysis()

    def on_correction_failed(self, message: CorrectionFailed) -> None:
        self.notify(one_line(message.error), title="Not saved", severity="error", markup=False)
        self.load_analysis()  # a write that failed half-way shows what was stored
