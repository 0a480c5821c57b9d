"""The keyboard reading cursor (one sentence) and a visual-mode selection that grows by
word or sentence, all in canonical-text offsets."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable

_WORD_END = re.compile(r"\w[\w'’-]*")


class ReadingCursor:
    """A sentence cursor plus an optional selection from `anchor` to `head`."""

    def __init__(self, sentences: Callable[[], list[tuple[int, int]]]) -> None:
        self._provider = sentences
        self._sentences: list[tuple[int, int]] | None = None
        self.index: int | None = None
        self.anchor: int | None = None
        self.head: int | None = None

    def reset(self) -> None:
        self._sentences = None
        self.index = None
        self.cancel_selection()

    @property
    def sentences(self) -> list[tuple[int, int]]:
        if self._sentences is None:
            self._sentences = self._provider()
        return self._sentences

    @property
    def span(self) -> tuple[int, int] | None:
        """The sentence under the cursor."""
        if self.index is None or not self.sentences:
            return None
        return self.sentences[self.index]

    @property
    def selection(self) -> tuple[int, int] | None:
        if self.anchor is None or self.head is None or self.head == self.anchor:
            return None
        return min(self.anchor, self.head), max(self.anchor, self.head)

    def move_to(self, offset: int) -> None:
        """Put the cursor on the sentence holding `offset` (or the next one after it)."""
        if not self.sentences:
            return
        starts = [start for start, _ in self.sentences]
        index = max(0, bisect_right(starts, offset) - 1)
        if self.sentences[index][1] <= offset and index + 1 < len(self.sentences):
            index += 1
        self.index = index

    def step(self, count: int) -> None:
        if self.index is None:
            self.index = 0
        self.index = max(0, min(len(self.sentences) - 1, self.index + count))
        if self.anchor is not None and (span := self.span) is not None:
            self.head = span[1] if count > 0 else span[0]

    def start_selection(self) -> None:
        if (span := self.span) is not None:
            self.anchor, self.head = span

    def cancel_selection(self) -> None:
        self.anchor = None
        self.head = None

    def extend_word(self, text: str, direction: int) -> None:
        """Move the selection end to the end of the next (or previous) word."""
        if self.anchor is None or self.head is None:
            return
        if direction > 0:
            match = _WORD_END.search(text, self.head)
            if match:
                self.head = match.end()
        else:
            ends = [m.end() for m in _WORD_END.finditer(text, max(0, self.head - 200), self.head)]
            earlier = [end for end in ends if end < self.head and end > self.anchor]
            if earlier:
                self.head = earlier[-1]
        self._follow_head()

    def extend_sentence(self, direction: int) -> None:
        """Move the selection end to the end of the next (or previous) sentence."""
        if self.anchor is None or self.head is None:
            return
        ends = [end for _, end in self.sentences]
        index = bisect_right(ends, self.head)
        if direction > 0 and index < len(ends):
            self.head = ends[index]
        elif direction < 0:
            earlier = [end for end in ends[:index] if self.anchor < end < self.head]
            if earlier:
                self.head = earlier[-1]
        self._follow_head()

    def _follow_head(self) -> None:
        """Keep the cursor on the sentence where the selection ends, for scrolling."""
        if self.head is not None:
            self.move_to(max(0, self.head - 1))
