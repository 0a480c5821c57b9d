"""The footer: one line widget listing the keys of the focused screen.

Textual's `Footer` mounts one widget per key and recomposes them all whenever the
bindings change; measured on the library screen that cost about 40 ms of the 190 ms to
the first paint. `KeyBar` renders the same line itself: the shown bindings of the active
screen, each key in the footer colours of the theme, the command palette key at the
right, a click on an item pressing its key, and the item's tooltip on hover.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.screen import Screen
from textual.widget import Widget

GAP = 0  # columns between two items: the padding inside each is enough


@dataclass(frozen=True)
class KeyItem:
    """One key shown in the bar, with the columns it covers."""

    key: str
    key_display: str
    description: str
    tooltip: str
    enabled: bool
    x: int
    width: int

    @property
    def right(self) -> int:
        return self.x + self.width


class KeyBar(Widget, can_focus=False):
    """The active screen's shown bindings on one line, clickable."""

    ALLOW_SELECT = False
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-bar--key",
        "key-bar--description",
        "key-bar--disabled",
    }
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        width: 1fr;
        color: $footer-foreground;
        background: $footer-background;
        & > .key-bar--key {
            color: $footer-key-foreground;
            background: $footer-key-background;
            text-style: bold;
        }
        & > .key-bar--description {
            color: $footer-description-foreground;
            background: $footer-description-background;
        }
        & > .key-bar--disabled { text-style: dim; }
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._items: list[KeyItem] = []

    @property
    def items(self) -> list[KeyItem]:
        """The keys shown at the last render, left to right, the palette key last."""
        return list(self._items)

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        if screen is self.screen:
            self.refresh()

    def render(self) -> Text:
        left, palette = self._shown_bindings()
        styles = (
            self.get_component_rich_style("key-bar--key"),
            self.get_component_rich_style("key-bar--description"),
            self.get_component_rich_style("key-bar--disabled"),
        )
        line = Text(no_wrap=True, overflow="crop", end="")
        items: list[KeyItem] = []
        width = self.size.width
        palette_width = self._item_width(palette) if palette else 0
        for binding, enabled, tooltip in left:
            item_width = self._item_width((binding, enabled, tooltip))
            if line.cell_len + item_width > width - palette_width - GAP:
                break  # the rest is on `?` help and in the palette
            items.append(self._append(line, binding, enabled, tooltip, styles))
            line.append(" " * GAP)
        if palette:
            line.append(" " * max(0, width - line.cell_len - palette_width))
            items.append(self._append(line, *palette, styles))
        self._items = items
        return line

    def _shown_bindings(
        self,
    ) -> tuple[list[tuple[Binding, bool, str]], tuple[Binding, bool, str] | None]:
        """Shown bindings, one per action in binding order, and the command palette key."""
        active = self.screen.active_bindings
        palette_key = self.app.COMMAND_PALETTE_BINDING
        seen: set[str] = set()
        shown: list[tuple[Binding, bool, str]] = []
        for key, (_node, binding, enabled, tooltip) in active.items():
            if not binding.show or key == palette_key or binding.action in seen:
                continue
            seen.add(binding.action)
            shown.append((binding, enabled, tooltip))
        palette = None
        if self.app.ENABLE_COMMAND_PALETTE and palette_key in active:
            _node, binding, enabled, tooltip = active[palette_key]
            palette = (binding, enabled, tooltip)
        return shown, palette

    def _item_width(self, entry: tuple[Binding, bool, str]) -> int:
        binding = entry[0]
        display = self.app.get_key_display(binding)
        return Text(f" {display} {binding.description} ").cell_len

    def _append(
        self,
        line: Text,
        binding: Binding,
        enabled: bool,
        tooltip: str,
        styles: tuple[Style, Style, Style],
    ) -> KeyItem:
        key_style, text_style, dim = styles
        start, first_char = line.cell_len, len(line)
        display = self.app.get_key_display(binding)
        line.append(f" {display} ", key_style)
        line.append(f"{binding.description} ", text_style)
        if not enabled:
            line.stylize(dim, first_char, len(line))
        return KeyItem(
            key=binding.key,
            key_display=display,
            description=binding.description,
            tooltip=tooltip or binding.tooltip or binding.description,
            enabled=enabled,
            x=start,
            width=line.cell_len - start,
        )

    def _item_at(self, x: int) -> KeyItem | None:
        return next((item for item in self._items if item.x <= x < item.right), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        item = self._item_at(event.x)
        self.tooltip = item.tooltip if item else None

    def on_leave(self) -> None:
        self.tooltip = None

    def on_mouse_down(self, event: events.MouseDown) -> None:
        item = self._item_at(event.x)
        if item is None:
            return
        event.stop()
        if item.enabled:
            self.app.simulate_key(item.key)
        else:
            self.app.bell()
