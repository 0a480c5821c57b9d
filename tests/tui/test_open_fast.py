"""Opening straight on an article builds only what its first screen shows; the rest (style
sheets, find bar, side panel, dialogs) arrives, fully styled, when first used."""

from __future__ import annotations

from textual.containers import Vertical
from textual.css.scalar import Unit

from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.dialogs.note import NoteDialog
from reader.tui.screens.library import LibraryScreen
from reader.tui.styles import styles_dir
from reader.tui.widgets.find_bar import FindBar
from reader.tui.widgets.notes_list import NotesList
from tests.tui.conftest import SEED_ID, SIZE, reader, settle


def _has_sheet(app: object, name: str) -> bool:
    stylesheet = app.stylesheet  # type: ignore[attr-defined]
    return bool(stylesheet.has_source(str(styles_dir() / name), ""))


async def test_an_article_opened_directly_parses_only_the_reader_sheets(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert _has_sheet(pilot.app, "reader.tcss")
        assert not _has_sheet(pilot.app, "library.tcss")
        assert not _has_sheet(pilot.app, "annotating.tcss")


async def test_the_library_reached_from_a_direct_open_is_styled(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("escape")
        await pilot.pause()
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        top = screen.query_one("#library-top")
        assert top.styles.height is not None and top.styles.height.value == 3


async def test_a_dialog_over_a_direct_open_is_styled(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("M")
        await pilot.pause()
        dialog = pilot.app.screen
        assert isinstance(dialog, NoteDialog)
        box = dialog.query_one("#note-dialog", Vertical)
        assert box.styles.width is not None and box.styles.width.value == 80


async def test_the_find_bar_is_built_on_first_use(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert not screen.query(FindBar)
        await pilot.press("slash")
        await pilot.pause()
        assert screen.query_one(FindBar).is_open


async def test_next_match_before_any_find_does_nothing(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        top = screen.article_view.scroll_y
        await pilot.press("n")
        await pilot.pause()
        assert screen.article_view.scroll_y == top
        assert not screen.query(FindBar)


async def test_the_notes_tab_is_styled_when_the_panel_first_opens(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await pilot.pause()
        notes = pilot.app.screen.query_one(NotesList)
        assert notes.styles.height is not None and notes.styles.height.unit == Unit.FRACTION


def test_a_document_read_back_from_its_cache_form_equals_the_parsed_one() -> None:
    from reader.analysis.document import Document, parse_document

    markdown = (
        "# Title\n\nSome *em* and **strong** and [a link](https://x.example) and `code`.\n\n"
        "> A quote\n\n- one\n- two ~~gone~~\n\n1. first\n\n---\n\n```\ncode block\n```\n"
    )
    parsed = parse_document(markdown)
    again = Document.from_json(parsed.as_json())
    assert again == parsed
    assert hash(again) == hash(parsed)
    assert [block.styles for block in again.blocks] == [block.styles for block in parsed.blocks]
