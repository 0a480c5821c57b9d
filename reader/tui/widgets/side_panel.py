"""The reader's side panel: Entities, Quotes, Outline and Notes tabs, each jumping to its place."""

from __future__ import annotations

from collections import defaultdict
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Label, OptionList, TabbedContent, TabPane
from textual.widgets.option_list import Option

from reader.analysis.document import Document
from reader.analysis.model import LABELS, Analysis, Quote
from reader.analysis.model import Label as EntityLabel
from reader.annotations.model import Highlight
from reader.tui.safe import one_line, shorten
from reader.tui.widgets.article_render import visible
from reader.tui.widgets.notes_list import NotesList
from reader.tui.wording import noun_for

TAB_IDS = ("tab-entities", "tab-quotes", "tab-outline", "tab-notes")
LABEL_NAMES = {"PERSON": "People", "ORG": "Organisations", "PLACE": "Places", "GROUP": "Groups"}
QUOTE_PREVIEW = 60


def _preview(text: str, limit: int = QUOTE_PREVIEW) -> str:
    return shorten(visible(text), limit)


class SidePanel(Widget):
    """Lists what the analysis found and the outline; posts `Jump`, `EntityChosen` and
    `CorrectEntity` (`r` on a name in the entity list)."""

    # The lists keep focus, so the tabs need keys of their own (the lists ignore left/right).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("left", "next_tab(-1)", "Previous tab", show=False, id="panel.previous_tab",
                tooltip="Side panel: previous tab"),
        Binding("right", "next_tab(1)", "Next tab", show=False, id="panel.next_tab",
                tooltip="Side panel: next tab"),
        Binding("r", "correct_entity", "Correct", id="panel.correct_entity",
                tooltip="Correct this name: change its kind, or mark it not a name, in every"
                " article"),
    ]  # fmt: skip

    class Jump(Message):
        """Go to this canonical offset."""

        def __init__(self, offset: int) -> None:
            super().__init__()
            self.offset = offset

    class EntityChosen(Message):
        """An entity was chosen: its name and the starts of all its mentions, in order."""

        def __init__(self, name: str, mentions: list[int]) -> None:
            super().__init__()
            self.name = name
            self.mentions = mentions

    class CorrectEntity(Message):
        """The user asked to correct the analyser on this entity."""

        def __init__(self, label: EntityLabel, name: str) -> None:
            super().__init__()
            self.label = label
            self.name = name

    def __init__(self, *, id: str | None = None, initial_tab: str = "") -> None:
        super().__init__(id=id)
        self.initial_tab = initial_tab
        self._document = Document("", ())
        self._mentions: dict[str, list[int]] = {}
        self._entities: dict[str, tuple[EntityLabel, str]] = {}  # option id: label, name
        self._quotes: tuple[Quote, ...] = ()
        self.speaker: str | None = None

    def compose(self) -> ComposeResult:
        with TabbedContent(id="side-tabs", initial=self.initial_tab):
            with TabPane("Entities", id="tab-entities"):
                yield OptionList(id="entity-list")
            with TabPane("Quotes", id="tab-quotes"):
                yield Label("", id="quote-filter", markup=False)
                yield OptionList(id="quote-list")
            with TabPane("Outline", id="tab-outline"):
                yield OptionList(id="outline-list")
            with TabPane("Notes", id="tab-notes"):
                yield NotesList(id="notes-list")

    def show_document(self, document: Document) -> None:
        self._document = document
        outline = self.query_one("#outline-list", OptionList)
        outline.clear_options()
        for block in document.blocks:
            if block.kind == "heading":
                indent = "  " * max(0, block.level - 1)
                prompt = Text(indent + _preview(document.block_text(block), 38))
                outline.add_option(Option(prompt, id=f"at:{block.start}"))

    def show_notes(self, highlights: list[Highlight], article_note: str) -> None:
        self.query_one(NotesList).set_notes(highlights, article_note)

    def show_analysis(self, analysis: Analysis) -> None:
        """List the entities and quotes; the entity cursor stays with its entity if it can."""
        entities = self.query_one("#entity-list", OptionList)
        before = entities.highlighted_option
        row = entities.highlighted
        self._list_entities(entities, analysis)
        if before is not None and before.id:
            self._restore_cursor(entities, before.id, row)
        self._quotes = tuple(sorted(analysis.quotes))
        self.filter_speaker(None)

    def _list_entities(self, entities: OptionList, analysis: Analysis) -> None:
        by_label: dict[EntityLabel, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))
        for entity in analysis.entities:
            by_label[entity.label][entity.name].append(entity.start)
        self._mentions = {}
        self._entities = {}
        entities.clear_options()
        for label in LABELS:
            names = by_label.get(label, {})
            if not names:
                continue
            header = Text(f"{LABEL_NAMES[label]} ({len(names)})", style="bold")
            entities.add_option(Option(header, disabled=True))
            ranked = sorted(names.items(), key=lambda item: (-len(item[1]), item[0].lower()))
            for name, starts in ranked:
                key = f"{label}:{name}"
                self._mentions[key] = sorted(starts)
                self._entities[f"entity:{key}"] = (label, name)
                prompt = Text(f"  {_preview(name, 30)} ({len(starts)})")
                entities.add_option(Option(prompt, id=f"entity:{key}"))

    def _restore_cursor(self, entities: OptionList, option_id: str, row: int | None) -> None:
        """After a re-analysis, follow the entity that had the cursor: the same option, else
        the same name under another label (a correction moved it), else the row it was on."""
        name = option_id.split(":", 2)[-1]
        same_name = [key for key, (_, other) in self._entities.items() if other == name]
        for key in (option_id, *same_name):
            if key in self._entities:
                entities.highlighted = entities.get_option_index(key)
                return
        rows = [entities.get_option_index(key) for key in self._entities]
        if rows and row is not None:
            below = [index for index in rows if index >= row]
            entities.highlighted = min(below) if below else max(rows)

    def filter_speaker(self, speaker: str | None) -> None:
        """Show every quote, or only those of `speaker` (speakers first, to choose from)."""
        self.speaker = speaker
        quotes = self.query_one("#quote-list", OptionList)
        quotes.clear_options()
        shown = [q for q in self._quotes if speaker is None or q.speaker == speaker]
        noun = noun_for(len(shown), "quote")
        label = f"Quotes by {one_line(speaker)}" if speaker else f"{len(shown)} {noun}"
        self.query_one("#quote-filter", Label).update(label)
        if speaker is not None:
            quotes.add_option(Option(Text("◂ all speakers", style="italic"), id="speaker:"))
        else:
            counts: dict[str, int] = defaultdict(int)
            for quote in self._quotes:
                if quote.speaker:
                    counts[quote.speaker] += 1
            for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
                prompt = Text(f"▸ {_preview(name, 30)} ({count})", style="bold")
                quotes.add_option(Option(prompt, id=f"speaker:{name}"))
        text = self._document.text
        for quote in shown:
            who = one_line(quote.speaker) if quote.speaker else "unknown"
            prompt = Text()
            prompt.append(f"{_preview(who, 24)}: ", style="bold")
            prompt.append(_preview(text[quote.start : quote.end]))
            quotes.add_option(Option(prompt, id=f"at:{quote.start}"))

    def show_tab(self, tab_id: str) -> None:
        """Make `tab_id` the active tab and focus its list."""
        tabs = self.query_one(TabbedContent)
        if tabs.active != tab_id:
            tabs.active = tab_id
        self.focus_list()

    def action_next_tab(self, step: int) -> None:
        active = self.query_one(TabbedContent).active
        index = TAB_IDS.index(active) if active in TAB_IDS else 0
        self.show_tab(TAB_IDS[(index + step) % len(TAB_IDS)])

    def focus_list(self) -> None:
        """Focus the list of the active tab, so arrows and Enter work at once."""
        tabs = self.query_one(TabbedContent)
        pane = tabs.get_pane(tabs.active) if tabs.active else None
        if pane is not None:
            pane.query_one(OptionList).focus()

    @on(TabbedContent.TabActivated)
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        event.pane.query_one(OptionList).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # "Correct" belongs to the entity list: shown (footer, help) only while it has focus.
        if action == "correct_entity":
            return self.query_one("#entity-list", OptionList).has_focus
        return True

    def action_correct_entity(self) -> None:
        """Ask the screen to correct the analyser on the highlighted entity."""
        option = self.query_one("#entity-list", OptionList).highlighted_option
        entity = self._entities.get(option.id or "") if option else None
        if entity is None:
            self.notify("Move onto a name first (↑ ↓)", timeout=3)
            return
        self.post_message(self.CorrectEntity(*entity))

    def mentions_of(self, key: str) -> list[int]:
        return self._mentions.get(key, [])

    @on(OptionList.OptionSelected, "#entity-list, #quote-list, #outline-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        kind, _, value = option_id.partition(":")
        if kind == "at":
            self.post_message(self.Jump(int(value)))
        elif kind == "entity":
            mentions = self.mentions_of(value)
            self.post_message(self.EntityChosen(value.partition(":")[2], mentions))
        elif kind == "speaker":
            self.filter_speaker(value or None)
