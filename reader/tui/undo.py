"""A small undo stack of highlight operations, kept apart from the UI so it is easy to test.

Each step remembers how to put the library back: a deleted or changed highlight is saved
again as it was, a created highlight is deleted.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Literal, Protocol

from reader.annotations.model import Highlight

UndoKind = Literal["restore", "remove"]


class HighlightStore(Protocol):
    """The part of the library an undo step needs."""

    def save_highlight(self, highlight: Highlight) -> None: ...

    def delete_highlight(self, highlight_id: str) -> Highlight: ...


@dataclass(frozen=True)
class UndoStep:
    """One reversible operation: `restore` saves `highlight` back, `remove` deletes it."""

    kind: UndoKind
    highlight: Highlight
    label: str

    def apply(self, store: HighlightStore) -> None:
        if self.kind == "restore":
            store.save_highlight(self.highlight)
        else:
            store.delete_highlight(self.highlight.id)


class UndoStack:
    """The most recent operations first; old ones fall off past `limit`."""

    def __init__(self, limit: int = 100) -> None:
        self._steps: deque[UndoStep] = deque(maxlen=limit)

    def __len__(self) -> int:
        return len(self._steps)

    def push(self, step: UndoStep) -> None:
        self._steps.append(step)

    def deleted(self, highlight: Highlight) -> None:
        """Record a deletion: undoing saves the highlight again."""
        self._steps.append(UndoStep("restore", highlight, "delete highlight"))

    def changed(self, previous: Highlight, label: str = "change highlight") -> None:
        """Record a change: undoing saves the version from before it."""
        self._steps.append(UndoStep("restore", previous, label))

    def created(self, highlight: Highlight) -> None:
        """Record a new highlight: undoing deletes it."""
        self._steps.append(UndoStep("remove", highlight, "add highlight"))

    def peek(self) -> UndoStep | None:
        return self._steps[-1] if self._steps else None

    def pop(self) -> UndoStep | None:
        return self._steps.pop() if self._steps else None
