"""One line saying what the article view's colours mean and which layers are on."""

from __future__ import annotations

from collections.abc import Callable

from rich.style import Style
from rich.text import Text
from textual.widgets import Static

# (layer, component key, label, toggle key)
ENTRY_ROWS: tuple[tuple[str, str, str], ...] = (
    ("entities", "person", "Person"),
    ("entities", "org", "Org"),
    ("entities", "place", "Place"),
    ("entities", "group", "Group"),
    ("quotes", "quote-span", "“Quote”"),
    ("highlights", "highlight-yellow", "Highlight"),
)


class Legend(Static):
    """Shows each colour with its meaning, dimmed when its layer is off."""

    def show_layers(
        self, layers: frozenset[str], style_of: Callable[[str], Style], keys: dict[str, str]
    ) -> None:
        text = Text(no_wrap=True, overflow="ellipsis")
        for layer, key, label in ENTRY_ROWS:
            on = layer in layers
            text.append(label, style_of(key) if on else Style(dim=True, strike=True))
            text.append("  ")
        text.append("  ")
        for layer, key in keys.items():
            state = "on" if layer in layers else "off"
            text.append(f"{key}", Style(bold=True))
            text.append(f" {layer} {state}  ")
        self.update(text)
