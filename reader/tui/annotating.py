"""Annotating keys for the reader screen: highlight, colour, note, tag, delete, undo.

`AnnotatingMixin` is mixed into `ReaderScreen`, which supplies `library`, `article`,
`article_view` and `refresh_highlights()`. Every change is saved through the library in a
thread worker of the "save" group (the app waits for that group before quitting), and the
screen is told on the main thread by a message, so no worker touches a widget.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Protocol

from textual import work
from textual.binding import Binding
from textual.message import Message

from reader.analysis.document import Document
from reader.annotations.model import COLORS, Highlight
from reader.library.errors import ReaderError
from reader.library.facade import Library
from reader.library.models import Article
from reader.tui.safe import shorten
from reader.tui.undo import UndoStack, UndoStep
from reader.tui.workers import SAVE_GROUP

# The dialogs are imported when first opened, not with the screen: their widgets (the
# note dialog's TextArea alone ~7 ms) would otherwise delay the article's first paint.
if TYPE_CHECKING:
    from textual.screen import Screen

    from reader.tui.dialogs.tags import TagEdit

    _ScreenBase = Screen[None]
else:
    _ScreenBase = object


ANNOTATION_BINDINGS: list[Binding] = [
    Binding("enter", "highlight_selection", "Highlight", id="annotate.highlight",
            tooltip="Highlight the selected text (visual mode or mouse selection)"),
    Binding("c", "cycle_color", "Colour", id="annotate.color",
            tooltip="Next colour for the highlight at the cursor, or for new highlights"),
    Binding("m", "edit_note", "Note", id="annotate.note",
            tooltip="Write a Markdown note on the highlight at the cursor"),
    Binding("M", "edit_article_note", "Article note", id="annotate.article_note", show=False,
            tooltip="Write a Markdown note on the whole article"),
    Binding("t", "edit_tags", "Tag", id="annotate.tags",
            tooltip="Tag the highlight at the cursor"),
    Binding("T", "edit_article_tags", "Article tags", id="annotate.article_tags", show=False,
            tooltip="Tag the article"),
    Binding("x,delete", "delete_highlight", "Delete", id="annotate.delete",
            tooltip="Delete the highlight at the cursor (ctrl+z brings it back)"),
    Binding("ctrl+z", "undo", "Undo", id="annotate.undo", show=False,
            tooltip="Undo the last highlight change or deletion"),
    Binding("C", "name_colors", "Colour meanings", id="annotate.color_names", show=False,
            tooltip="Name what each highlight colour means to you"),
]  # fmt: skip


class AnnotatableView(Protocol):
    """What the mixin needs from the article view."""

    document: Document

    @property
    def highlights(self) -> list[Highlight]: ...

    def selected_span(self) -> tuple[int, int] | None: ...

    def clear_selection(self) -> None: ...

    def highlight_at_cursor(self) -> Highlight | None: ...


class AnnotationSaved(Message, bubble=False):
    """A save finished: remember its undo step, tell the user, reload the highlights."""

    def __init__(self, undo: UndoStep | None, notice: str) -> None:
        super().__init__()
        self.undo = undo
        self.notice = notice


class AnnotationFailed(Message, bubble=False):
    """A save was refused (read-only library, deleted article, disk error)."""

    def __init__(self, error: str) -> None:
        super().__init__()
        self.error = error


SaveJob = Callable[[Library], UndoStep | None]


def next_color(color: str) -> str:
    index = COLORS.index(color) if color in COLORS else -1
    return COLORS[(index + 1) % len(COLORS)]


def trimmed_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without leading and trailing whitespace, so a highlight hugs its words."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class AnnotatingMixin(_ScreenBase):
    """Annotation actions for a screen that shows one article in an `article_view`."""

    library: Library
    article: Article
    next_highlight_color: str = COLORS[0]
    _annotation_undo: UndoStack | None = None
    _session_color_names: dict[str, str] | None = None

    if TYPE_CHECKING:

        @property
        def article_view(self) -> AnnotatableView: ...

        def refresh_highlights(self) -> None: ...

    # -- state --------------------------------------------------------------------------

    @property
    def undo_stack(self) -> UndoStack:
        if self._annotation_undo is None:
            self._annotation_undo = UndoStack()
        return self._annotation_undo

    @property
    def color_names(self) -> dict[str, str]:
        if self._session_color_names is None:
            from reader.tui.dialogs.colors import clean_names

            self._session_color_names = clean_names(self.library.color_names())
        return self._session_color_names

    def color_label(self, color: str) -> str:
        """The colour with the meaning the user gave it, if any."""
        from reader.tui.dialogs.colors import color_label

        return color_label(color, self.color_names)

    # -- saving -------------------------------------------------------------------------

    @work(thread=True, exclusive=False, group=SAVE_GROUP, exit_on_error=False)
    def save_annotation(self, job: SaveJob, notice: str) -> None:
        """Run `job` against the library off the main thread; durable when it returns."""
        try:
            undo = job(self.library)
        except ReaderError as error:
            self.post_message(AnnotationFailed(str(error)))
        else:
            self.post_message(AnnotationSaved(undo, notice))

    def on_annotation_saved(self, message: AnnotationSaved) -> None:
        if message.undo is not None:
            self.undo_stack.push(message.undo)
        if message.notice:
            self.notify(message.notice, markup=False, timeout=3)
        self.refresh_highlights()

    def on_annotation_failed(self, message: AnnotationFailed) -> None:
        self.notify(message.error, title="Not saved", severity="error", markup=False)
        self.refresh_highlights()

    def _save_highlight(self, highlight: Highlight, undo: UndoStep, notice: str) -> None:
        def job(library: Library) -> UndoStep:
            library.save_highlight(highlight)
            return undo

        self.save_annotation(job, notice)

    def _target(self) -> Highlight | None:
        """The highlight at the cursor, telling the user when there is none."""
        highlight = self.article_view.highlight_at_cursor()
        if highlight is None:
            self.notify("No highlight at the cursor: move onto one with j/k", timeout=3)
        return highlight

    # -- actions ------------------------------------------------------------------------

    def action_highlight_selection(self) -> None:
        """Highlight the selected text in the colour for new highlights."""
        if (highlight := self._highlight_from_selection()) is None:
            self.notify("Select text first: v then w or J, or drag with the mouse", timeout=3)
            return
        self._save_highlight(
            highlight,
            UndoStep("remove", highlight, "add highlight"),
            f"Highlighted in {self.color_label(highlight.color)}",
        )

    def _highlight_from_selection(self) -> Highlight | None:
        span = self.article_view.selected_span()
        text = self.article_view.document.text
        if span is None:
            return None
        start, end = trimmed_span(text, *span)
        if start >= end:
            return None
        highlight = Highlight.create(
            self.article.id, text, start, end, color=self.next_highlight_color
        )
        self.article_view.clear_selection()
        return highlight

    def action_cycle_color(self) -> None:
        """Recolour the highlight at the cursor, else choose the colour of the next one."""
        view = self.article_view
        highlight = None if view.selected_span() else view.highlight_at_cursor()
        if highlight is None:
            self.next_highlight_color = next_color(self.next_highlight_color)
            label = self.color_label(self.next_highlight_color)
            self.notify(f"New highlights: {label}", markup=False, timeout=2)
            return
        changed = highlight.with_changes(color=next_color(highlight.color))
        label = self.color_label(changed.color)
        self._save_highlight(
            changed, UndoStep("restore", highlight, "change colour"), f"Colour: {label}"
        )

    def action_edit_note(self) -> None:
        """Edit the note of the highlight at the cursor (a selection is highlighted first)."""
        created = self._highlight_from_selection()
        highlight = created or self._target()
        if highlight is None:
            return
        undo = UndoStep("remove", highlight, "add highlight") if created else None

        def done(note: str | None) -> None:
            if note is None or (note == highlight.note and not created):
                if created:  # the selection was highlighted even if the note was dropped
                    self._save_highlight(highlight, undo or _restore(highlight), "Highlighted")
                return
            changed = highlight.with_changes(note=note)
            self._save_highlight(changed, undo or _restore(highlight, "edit note"), "Note saved")

        from reader.tui.dialogs.note import NoteDialog

        dialog = NoteDialog("Note on the highlight", highlight.note, highlight.exact)
        self.app.push_screen(dialog, done)

    def action_edit_article_note(self) -> None:
        """Edit the note on the whole article."""
        article_id = self.article.id
        current = self.library.article_note(article_id)

        def done(note: str | None) -> None:
            if note is None or note == current:
                return

            def job(library: Library) -> None:
                library.set_article_note(article_id, note)

            self.save_annotation(job, "Article note saved")

        from reader.tui.dialogs.note import NoteDialog

        title = f"Note on {shorten(self.article.title, 60)}"
        self.app.push_screen(NoteDialog(title, current), done)

    def action_edit_tags(self) -> None:
        """Add or remove tags on the highlight at the cursor."""
        if (highlight := self._target()) is None:
            return

        def done(edit: TagEdit | None) -> None:
            if edit is None:
                return
            tags = edit.apply(highlight.tags)
            if tags != highlight.tags:
                changed = highlight.with_changes(tags=tags)
                self._save_highlight(changed, _restore(highlight, "edit tags"), _tag_notice(tags))

        from reader.tui.dialogs.tags import TagDialog

        known = self.library.all_tags()
        self.app.push_screen(TagDialog("Tags on the highlight", highlight.tags, known), done)

    def action_edit_article_tags(self) -> None:
        """Add or remove tags on the article."""
        article_id = self.article.id
        current = self.library.get(article_id).tags

        def done(edit: TagEdit | None) -> None:
            if edit is None or not (edit.add or edit.remove):
                return

            def job(library: Library) -> None:
                library.set_tags(article_id, add=edit.add, remove=edit.remove)

            self.save_annotation(job, _tag_notice(edit.apply(current)))

        from reader.tui.dialogs.tags import TagDialog

        known = self.library.all_tags()
        self.app.push_screen(TagDialog("Tags on the article", current, known), done)

    def action_delete_highlight(self) -> None:
        """Delete the highlight at the cursor; ctrl+z restores it."""
        if (highlight := self._target()) is None:
            return

        def job(library: Library) -> UndoStep:
            return UndoStep("restore", library.delete_highlight(highlight.id), "delete highlight")

        self.save_annotation(job, "Highlight deleted (ctrl+z to undo)")

    def action_undo(self) -> None:
        """Undo the most recent highlight operation on this screen."""
        if (step := self.undo_stack.pop()) is None:
            self.notify("Nothing to undo", timeout=2)
            return

        def job(library: Library) -> None:
            step.apply(library)

        self.save_annotation(job, f"Undone: {step.label}")

    def action_name_colors(self) -> None:
        """Name what each colour means; the library keeps the names."""

        def done(names: dict[str, str] | None) -> None:
            if names is None:
                return
            self._session_color_names = names

            def job(library: Library) -> None:
                library.set_color_names(names)

            self.save_annotation(job, "Colour meanings saved")

        from reader.tui.dialogs.colors import ColorNamesDialog

        self.app.push_screen(ColorNamesDialog(self.color_names), done)


def _restore(highlight: Highlight, label: str = "add highlight") -> UndoStep:
    return UndoStep("restore", highlight, label)


def _tag_notice(tags: Iterable[str]) -> str:
    shown = " ".join(f"#{tag}" for tag in tags)
    return f"Tags: {shown}" if shown else "Tags removed"
