"""The undo stack puts highlights back as they were, most recent operation first."""

from __future__ import annotations

from reader.annotations.model import Highlight
from reader.tui.undo import UndoStack

TEXT = "The quick brown fox jumps over the lazy dog."


class MemoryStore:
    def __init__(self) -> None:
        self.saved: dict[str, Highlight] = {}

    def save_highlight(self, highlight: Highlight) -> None:
        self.saved[highlight.id] = highlight

    def delete_highlight(self, highlight_id: str) -> Highlight:
        return self.saved.pop(highlight_id)


def make_highlight() -> Highlight:
    return Highlight.create("a1", TEXT, 4, 9)


def test_undo_of_a_delete_saves_the_highlight_again() -> None:
    store, stack, highlight = MemoryStore(), UndoStack(), make_highlight()
    stack.deleted(highlight)
    step = stack.pop()
    assert step is not None
    step.apply(store)
    assert store.saved == {highlight.id: highlight}


def test_undo_of_a_change_saves_the_previous_version() -> None:
    store, stack, before = MemoryStore(), UndoStack(), make_highlight()
    store.save_highlight(before.with_changes(note="later"))
    stack.changed(before)
    step = stack.pop()
    assert step is not None
    step.apply(store)
    assert store.saved[before.id].note == ""


def test_undo_of_a_creation_deletes_the_highlight() -> None:
    store, stack, highlight = MemoryStore(), UndoStack(), make_highlight()
    store.save_highlight(highlight)
    stack.created(highlight)
    step = stack.pop()
    assert step is not None
    step.apply(store)
    assert store.saved == {}


def test_steps_come_back_most_recent_first() -> None:
    stack, first, second = UndoStack(), make_highlight(), make_highlight()
    stack.deleted(first)
    stack.deleted(second)
    popped = [stack.pop(), stack.pop(), stack.pop()]
    assert [step.highlight if step else None for step in popped] == [second, first, None]


def test_oldest_steps_fall_off_past_the_limit() -> None:
    stack = UndoStack(limit=2)
    highlights = [make_highlight() for _ in range(3)]
    for highlight in highlights:
        stack.deleted(highlight)
    assert len(stack) == 2
    last = stack.pop()
    assert last is not None and last.highlight == highlights[2]
