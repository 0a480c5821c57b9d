"""Every key of the current screen and the app, grouped by where it applies."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import ActiveBinding, Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Label, Static

from reader.tui.styles import css_paths


@dataclass(frozen=True)
class KeyHelp:
    """One action and the keys that run it."""

    keys: str
    description: str
    tooltip: str


def group_name(node: DOMNode) -> str:
    """A readable name for where a binding lives."""
    if isinstance(node, App):
        return "Everywhere"
    if isinstance(node, Screen):
        title = type(node).__name__.removesuffix("Screen")
        return f"{title} screen"
    return _spaced(type(node).__name__)


def _spaced(class_name: str) -> str:
    """ "ArticleList" as "Article list": a widget's class name, read as words."""
    words = re.findall(r"[A-Z][a-z0-9]*", class_name) or [class_name]
    return " ".join([words[0], *(word.lower() for word in words[1:])])


def key_groups(app: App[Any], screen: Screen[Any]) -> dict[str, list[KeyHelp]]:
    """The screen's active bindings grouped by node, each action once with all its keys."""
    by_node: dict[DOMNode, dict[str, tuple[list[str], Binding]]] = {}
    for active in _describable(screen.active_bindings.values()):
        actions = by_node.setdefault(active.node, {})
        keys, _ = actions.setdefault(active.binding.action, ([], active.binding))
        display = app.get_key_display(active.binding)
        if display not in keys:
            keys.append(display)
    # The app's own keys last: they are the least specific.
    ordered = sorted(by_node.items(), key=lambda item: isinstance(item[0], App))
    return {
        group_name(node): [
            KeyHelp(" / ".join(keys), binding.description, binding.tooltip)
            for keys, binding in actions.values()
        ]
        for node, actions in ordered
    }


def _describable(bindings: Iterable[ActiveBinding]) -> Iterable[ActiveBinding]:
    return (active for active in bindings if active.binding.description)


class HelpScreen(ModalScreen[None]):
    """A modal listing the keys of the screen it was opened over."""

    CSS_PATH = css_paths(("dialogs.tcss",))  # loaded when first shown

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close"),
    ]

    def __init__(self, groups: dict[str, list[KeyHelp]]) -> None:
        super().__init__()
        self.groups = groups

    def compose(self) -> ComposeResult:
        with Vertical(id="help-box"):
            yield Label("Keys", id="help-title")
            with VerticalScroll(id="help-groups"):
                for name, entries in self.groups.items():
                    yield Static(Text(name, style="bold"), classes="help-group")
                    yield Static(_table(entries), classes="help-keys")

    def on_mount(self) -> None:
        # The list is longer than most terminals: focused, it scrolls with ↑↓, PgUp/PgDn.
        self.query_one("#help-groups", VerticalScroll).focus()

    def action_close(self) -> None:
        self.dismiss(None)


def _table(entries: list[KeyHelp]) -> Text:
    width = max((len(entry.keys) for entry in entries), default=0)
    text = Text()
    for entry in entries:
        text.append(f"  {entry.keys:>{width}}  ", style="bold")
        text.append(entry.description)
        if entry.tooltip and entry.tooltip != entry.description:
            text.append(f" — {entry.tooltip}", style="dim")
        text.append("\n")
    text.rstrip()
    return text
