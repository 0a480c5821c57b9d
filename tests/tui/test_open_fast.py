"""Opening straight on an article builds only what its first screen shows; the rest (style
sheets, find bar, side panel, dialogs) arrives, fully styled, when first used."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.containers import Vertical
from textual.css.scalar import Unit

from reader.analysis.document import parse_document
from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.dialogs.note import NoteDialog
from reader.tui.screens.library import LibraryScreen
from reader.tui.styles import styles_dir
from reader.tui.widgets.article_layout import layout_document
from reader.tui.widgets.article_view import EARLY_LAYOUT_CHARS, ArticleView
from reader.tui.widgets.find_bar import FindBar
from reader.tui.widgets.notes_list import NotesList
from tests.tui.conftest import SEED, SEED_ID, SIZE, reader, settle


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
    from reader.analysis.document import Document

    markdown = (
        "# Title\n\nSome *em* and **strong** and [a link](https://x.example) and `code`.\n\n"
        "> A quote\n\n- one\n- two ~~gone~~\n\n1. first\n\n---\n\n```\ncode block\n```\n"
    )
    parsed = parse_document(markdown)
    again = Document.from_json(parsed.as_json())
    assert again == parsed
    assert hash(again) == hash(parsed)
    assert [block.styles for block in again.blocks] == [block.styles for block in parsed.blocks]


def _long_markdown(paragraphs: int = 400) -> str:
    body = SEED.read_text(encoding="utf-8").split("\n\n")[1:]
    parts = [p for p in body if p.strip()]
    chunks = ["# A long article"]
    for index in range(paragraphs):
        if index % 10 == 0:
            chunks.append(f"## Section {index // 10}")
        chunks.append(parts[index % len(parts)])
    return "\n\n".join(chunks) + "\n"


class _ViewApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ArticleView(id="article-view")


def test_the_early_lines_are_the_whole_layouts_first_lines() -> None:
    document = parse_document(_long_markdown())
    whole = layout_document(document, 100)
    early = layout_document(document, 100, max_lines=120)
    assert not early.complete and whole.complete
    assert 120 <= len(early.lines) < len(whole.lines)
    assert early.lines == whole.lines[: len(early.lines)]
    assert abs(early.estimated_total() - len(whole.lines)) < 0.1 * len(whole.lines)


async def test_a_long_article_paints_its_top_then_lays_out_the_rest() -> None:
    document = parse_document(_long_markdown())
    assert len(document.text) > EARLY_LAYOUT_CHARS
    async with _ViewApp().run_test(size=SIZE) as pilot:
        view = pilot.app.query_one(ArticleView)
        await pilot.pause()
        view.set_document(document, "A long article")
        early = view.text_layout
        assert early is not None and not early.complete
        assert "A long article" in view.render_line(0).text
        await pilot.pause()
        whole = view.text_layout
        width = view.scrollable_content_region.width
        assert whole is not None and whole.complete
        assert whole.lines == layout_document(document, width, "A long article").lines
        assert view.virtual_size.height == len(whole.lines)


def test_early_lines_reach_a_screen_past_the_offset_asked_for() -> None:
    document = parse_document(_long_markdown())
    whole = layout_document(document, 100)
    deep = len(document.text) * 3 // 4
    early = layout_document(document, 100, max_lines=120, after=deep)
    assert not early.complete
    assert early.lines == whole.lines[: len(early.lines)]
    assert early.line_of(deep) + 120 <= len(early.lines)


async def test_a_long_article_opened_deep_in_shows_that_place_then_the_rest() -> None:
    document = parse_document(_long_markdown())
    deep = len(document.text) * 3 // 4
    async with _ViewApp().run_test(size=SIZE) as pilot:
        view = pilot.app.query_one(ArticleView)
        await pilot.pause()
        view.set_document(document, "A long article", top_offset=deep)
        early = view.text_layout
        assert early is not None and not early.complete
        await pilot.pause()
        layout = view.text_layout
        assert layout is not None and layout.complete
        line = layout.lines[round(view.scroll_y)]
        assert line.start <= deep <= line.end + 1
