"""The note, tag and colour-name dialogs: what they return for real key presses."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from textual.app import App
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static, TextArea

from reader.tui.dialogs.colors import ColorNamesDialog, clean_names
from reader.tui.dialogs.note import NoteDialog
from reader.tui.dialogs.tags import TagDialog, TagEdit, TagSuggester, parse_tag_input

NO_RESULT = object()


class DialogHost(App[None]):
    """A bare app that shows one dialog and keeps what it dismissed with."""

    def __init__(self, dialog: ModalScreen[Any]) -> None:
        super().__init__()
        self.dialog = dialog
        self.result: object = NO_RESULT

    def on_mount(self) -> None:
        self.push_screen(self.dialog, self.keep)

    def keep(self, value: object) -> None:
        self.result = value


async def test_note_dialog_saves_typed_markdown_with_ctrl_s() -> None:
    app = DialogHost(NoteDialog("Note", passage="the passage"))
    async with app.run_test() as pilot:
        await pilot.press(*"**bold**", "enter", "-", "space", "x")
        await pilot.press("ctrl+s")
        await pilot.pause()
    assert app.result == "**bold**\n- x"


async def test_note_dialog_starts_with_the_existing_note() -> None:
    app = DialogHost(NoteDialog("Note", note="old"))
    async with app.run_test() as pilot:
        assert app.screen.query_one(TextArea).text == "old"
        await pilot.press("end", "!", "ctrl+s")
        await pilot.pause()
    assert app.result == "old!"


async def test_note_dialog_escape_returns_none() -> None:
    app = DialogHost(NoteDialog("Note", note="old"))
    async with app.run_test() as pilot:
        await pilot.press("x", "escape")
        await pilot.pause()
    assert app.result is None


async def test_note_dialog_shows_the_passage_literally_without_controls() -> None:
    app = DialogHost(NoteDialog("Note", passage="[bold red]x[/] \x1b[31mred"))
    async with app.run_test():
        shown = app.screen.query_one("#note-passage", Static).render()
        assert str(shown) == "[bold red]x[/] [31mred"


def test_plain_words_are_added_and_dashed_words_removed() -> None:
    assert parse_tag_input("+Ukraine -old  war") == TagEdit(add=("ukraine", "war"), remove=("old",))


def test_commas_separate_tags_that_hold_spaces() -> None:
    assert parse_tag_input("new york, #Climate Change") == TagEdit(
        add=("new york", "climate change")
    )


def test_tag_edit_keeps_order_and_does_not_duplicate() -> None:
    assert TagEdit(add=("b", "c"), remove=("a",)).apply(["a", "b"]) == ("b", "c")


@given(st.text())
def test_parsed_tags_are_never_empty_nor_both_added_and_removed(value: str) -> None:
    edit = parse_tag_input(value)
    assert all(edit.add) and all(edit.remove)
    assert not set(edit.add) & set(edit.remove)


async def test_tag_suggester_completes_the_last_word_with_the_most_used_tag() -> None:
    suggester = TagSuggester({"ukraine": 3, "uk": 9, "war": 1})
    assert await suggester.get_suggestion("+war u") == "+war uk"
    assert await suggester.get_suggestion("war -ukr") == "war -ukraine"
    assert await suggester.get_suggestion("war ") is None


async def test_tag_dialog_returns_the_edit_on_enter() -> None:
    app = DialogHost(TagDialog("Tags", ["old"], {"ukraine": 2}))
    async with app.run_test() as pilot:
        assert "#old" in str(app.screen.query_one("#tag-current", Label).render())
        await pilot.press(*"-old ukr", "right", "enter")
        await pilot.pause()
    assert app.result == TagEdit(add=("ukraine",), remove=("old",))


async def test_tag_dialog_escape_returns_none() -> None:
    app = DialogHost(TagDialog("Tags", [], {}))
    async with app.run_test() as pilot:
        await pilot.press("a", "escape")
        await pilot.pause()
    assert app.result is None


async def test_color_names_dialog_returns_the_meanings_typed() -> None:
    saved: dict[str, dict[str, str]] = {}
    app = DialogHost(ColorNamesDialog({"green": "agree"}))
    async with app.run_test() as pilot:
        assert app.screen.query_one("#color-green", Input).value == "agree"
        await pilot.press(*"to check", "ctrl+s")
        await pilot.pause()
    assert isinstance(app.result, dict)
    saved["names"] = app.result  # what a caller would hand to the library's setter
    assert saved["names"] == {"yellow": "to check", "green": "agree"}


async def test_color_names_dialog_escape_returns_none() -> None:
    app = DialogHost(ColorNamesDialog({}))
    async with app.run_test() as pilot:
        await pilot.press("a", "escape")
        await pilot.pause()
    assert app.result is None


def test_color_names_keep_known_colours_on_one_safe_line() -> None:
    assert clean_names({"yellow": "a\x1b\nb", "teal": "x", "blue": "  "}) == {"yellow": "a b"}
