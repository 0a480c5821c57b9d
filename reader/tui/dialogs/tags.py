"""The tag editor: one input taking `+tag -tag` or a comma/space list, completing known tags."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.suggester import Suggester
from textual.widgets import Input, Label

from reader.library.facade import normalize_tag
from reader.tui.safe import one_line
from reader.tui.styles import css_paths

_LAST_WORD = re.compile(r"[^,\s]*$")


@dataclass(frozen=True)
class TagEdit:
    """Tags to add and to remove, normalised as the library stores them."""

    add: tuple[str, ...] = ()
    remove: tuple[str, ...] = ()

    def apply(self, tags: Iterable[str]) -> tuple[str, ...]:
        """`tags` with this edit applied, order kept, new tags at the end."""
        result = [tag for tag in tags if tag not in self.remove]
        result.extend(tag for tag in self.add if tag not in result)
        return tuple(result)


def parse_tag_input(value: str) -> TagEdit:
    """Read `+a -b c`; with a comma anywhere, commas separate tags (which may hold spaces)."""
    tokens = value.split(",") if "," in value else value.split()
    add: list[str] = []
    remove: list[str] = []
    for token in tokens:
        token = token.strip()
        target = remove if token.startswith("-") else add
        tag = normalize_tag(token.lstrip("-"))
        if tag and tag not in target:
            target.append(tag)
    add = [tag for tag in add if tag not in remove]
    return TagEdit(tuple(add), tuple(remove))


class TagSuggester(Suggester):
    """Completes the word being typed from the library's existing tags, most used first."""

    def __init__(self, tags: dict[str, int]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        self.tags = sorted(tags, key=lambda tag: (-tags[tag], tag))

    async def get_suggestion(self, value: str) -> str | None:
        match = _LAST_WORD.search(value)
        word = match.group() if match else ""
        typed = word.lstrip("+-#").lower()
        if not typed:
            return None
        for tag in self.tags:
            if tag.startswith(typed) and tag != typed:
                return value[: len(value) - len(typed)] + tag
        return None


class TagDialog(ModalScreen[TagEdit | None]):
    """Edit tags; dismisses with a TagEdit, or None when cancelled."""

    CSS_PATH = css_paths(("annotating.tcss",))  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="tags.cancel")
    ]

    def __init__(self, title: str, current: Iterable[str], known: dict[str, int]) -> None:
        super().__init__()
        self.dialog_title = title
        self.current = tuple(current)
        self.known = known

    def compose(self) -> ComposeResult:
        with Vertical(id="tag-dialog"):
            yield Label(Text(one_line(self.dialog_title)), id="tag-title")
            shown = " ".join(f"#{one_line(tag)}" for tag in self.current)
            yield Label(Text(shown or "no tags yet"), id="tag-current")
            yield Input(
                placeholder="+tag -tag, or a list: tag one, tag two",
                suggester=TagSuggester(self.known),
                id="tag-input",
            )
            yield Label(Text("enter apply · → complete · esc cancel"), id="tag-hint")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(parse_tag_input(event.value))

    def action_cancel(self) -> None:
        self.dismiss(None)
