"""The side list of every tag with how many articles and highlights carry it."""

from __future__ import annotations

from collections.abc import Mapping

from rich.text import Text
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from reader.tui.safe import one_line

ALL_TAGS = "All articles"


class TagList(OptionList):
    """Tags with counts; choosing one posts `TagList.Chosen` (None for "all articles")."""

    class Chosen(Message):
        """The user chose a tag to filter by, or None to drop the tag filter."""

        def __init__(self, tag: str | None) -> None:
            super().__init__()
            self.tag = tag

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._tags: list[str | None] = [None]
        self._counts: dict[str, int] | None = None  # what the options show now

    @property
    def tags(self) -> list[str]:
        return [tag for tag in self._tags if tag is not None]

    def set_tags(self, counts: Mapping[str, int], current: str | None = None) -> None:
        """Show `counts` (tag -> count), keeping `current` highlighted when present."""
        # The library screen calls this on every keystroke in the filter, mostly only to
        # move the highlight: rebuild the options only when the counts changed.
        if counts != self._counts:
            self._counts = dict(counts)
            names = sorted(counts)
            self._tags = [None, *names]
            options = [Option(Text(ALL_TAGS, style="italic"))]
            for tag in names:
                prompt = Text(f"#{one_line(tag)}")
                prompt.append(f" {counts[tag]}", style="dim")
                options.append(Option(prompt))
            self.set_options(options)
        self.highlighted = self._tags.index(current) if current in self._tags else 0

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(self.Chosen(self._tags[event.option_index]))
