"""Annotating in the real app: make_app + ReaderScreen, real keys and mouse, then a restart."""

from __future__ import annotations

from textual.app import App, ComposeResult

from reader.annotations.model import COLORS, Highlight
from reader.library.facade import Library
from reader.tui.annotating import next_color, trimmed_span
from reader.tui.app import make_app
from reader.tui.dialogs.note import NoteDialog
from reader.tui.dialogs.tags import TagDialog
from reader.tui.screens.highlights import HighlightList, HighlightsScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.reader import ReaderScreen
from reader.tui.undo import UndoStack
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.notes_list import NotesList
from reader.tui.widgets.side_panel import SidePanel
from tests.tui.conftest import GRAIN_ID, SEED_ID, SIZE, reader, settle


def new_highlights(library: Library, before: list[Highlight]) -> list[Highlight]:
    known = {highlight.id for highlight in before}
    return [h for h in library.highlights(SEED_ID) if h.id not in known]


def cell_of(view: ArticleView, offset: int) -> tuple[int, int]:
    """The (x, y) cell of canonical `offset` inside the view, scrolling it into view."""
    view.scroll_to_offset(offset, top=True)
    layout = view.text_layout
    assert layout is not None
    index = layout.line_of(offset)
    line = layout.lines[index]
    x = view._margin() + len(line.prefix) + offset - line.start
    return x, index - round(view.scroll_y)


# -- opening from the library and highlighting ---------------------------------------------


async def test_enter_in_the_library_opens_the_article_and_keys_highlight_it(
    library: Library,
) -> None:
    before = library.highlights(SEED_ID)
    app = make_app(library)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        articles = app.screen.query_one(ArticleList)
        for _ in range(len(articles.articles)):
            if (current := articles.highlighted) is not None and current.id == SEED_ID:
                break
            await pilot.press("down")
        await pilot.press("enter")
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("j", "v", "w", "w", "enter")
        await settle(pilot)
        (added,) = new_highlights(library, before)
        assert added in screen.article_view.highlights
    text = library.document(SEED_ID).text
    assert text[added.start : added.end] == added.exact
    assert added.exact.strip() == added.exact and added.exact.count(" ") >= 1


async def test_capital_j_extends_the_selection_by_a_sentence(library: Library) -> None:
    before = library.highlights(SEED_ID)
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j", "v", "J", "enter")
        await settle(pilot)
    (added,) = new_highlights(library, before)
    assert added.exact.endswith((".", "”", ",", "\u201d.")) or len(added.exact) > 40


async def test_mouse_drag_then_enter_highlights_the_dragged_words(library: Library) -> None:
    before = library.highlights(SEED_ID)
    text = library.document(SEED_ID).text
    start = text.index("stern warning")
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = reader(pilot).article_view
        x0, y = cell_of(view, start)
        await pilot.pause()
        x1 = x0 + len("stern warning")
        await pilot.mouse_down(view, offset=(x0, y))
        await pilot.hover(view, offset=(x1, y))
        await pilot.mouse_up(view, offset=(x1, y))
        await pilot.pause()
        assert view.selected_span() is not None
        await pilot.press("enter")
        await settle(pilot)
        assert view.selected_span() is None
    (added,) = new_highlights(library, before)
    assert added.exact == "stern warning"


async def test_enter_without_a_selection_saves_nothing(library: Library) -> None:
    before = library.highlights(SEED_ID)
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReaderScreen)
    assert library.highlights(SEED_ID) == before


# -- colour, note, tags, delete and undo ---------------------------------------------------


async def test_c_before_selecting_sets_the_colour_of_the_new_highlight(library: Library) -> None:
    before = library.highlights(SEED_ID)
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c", "c", "j", "v", "w", "enter")
        await settle(pilot)
    (added,) = new_highlights(library, before)
    assert added.color == COLORS[2]


async def test_c_on_a_highlight_recolours_it_and_ctrl_z_restores(library: Library) -> None:
    before = library.highlights(SEED_ID)
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "v", "w", "enter")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert new_highlights(library, before)[0].color == COLORS[1]
        await pilot.press("ctrl+z")
        await settle(pilot)
    assert new_highlights(library, before)[0].color == COLORS[0]


async def test_tag_dialog_completes_from_existing_tags(library: Library) -> None:
    before = library.highlights(SEED_ID)
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "v", "w", "enter")
        await settle(pilot)
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(pilot.app.screen, TagDialog)
        await pilot.press(*"+ukr", "right", "enter")
        await settle(pilot)
    (added,) = new_highlights(library, before)
    assert added.tags == ("ukraine",)


async def test_x_deletes_the_highlight_and_ctrl_z_brings_it_back(library: Library) -> None:
    before = library.highlights(SEED_ID)
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "v", "w", "enter")
        await settle(pilot)
        (added,) = new_highlights(library, before)
        await pilot.press("x")
        await settle(pilot)
        assert new_highlights(library, before) == []
        assert added not in reader(pilot).article_view.highlights
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert added in reader(pilot).article_view.highlights
    assert new_highlights(library, before) == [added]


async def test_everything_survives_quitting_and_a_new_app_on_the_same_folder(
    library: Library,
) -> None:
    folder = library.path
    before = library.highlights(SEED_ID)
    app = make_app(library, open_article=SEED_ID)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "v", "w", "w", "enter")
        await settle(pilot)
        await pilot.press("m")
        await pilot.pause()
        assert isinstance(app.screen, NoteDialog)
        await pilot.press(*"**why** it matters", "ctrl+s")
        await settle(pilot)
        await pilot.press("t", *"+Evidence claims", "enter")
        await settle(pilot)
        await pilot.press("T", *"+longread", "enter")
        await settle(pilot)
        await pilot.press("M", *"whole piece", "ctrl+s")
        await settle(pilot)
        offset = reader(pilot).article_view.position().offset
        await pilot.press("q")  # quit waits for the save workers, no settle first
        await pilot.pause()
    assert app.return_code == 0
    library.close()

    reopened = Library.open(folder)
    try:
        again = make_app(reopened, open_article=SEED_ID)
        async with again.run_test(size=SIZE) as pilot:
            await settle(pilot)
            view = reader(pilot).article_view
            (shown,) = [h for h in view.highlights if h.id not in {b.id for b in before}]
            assert shown.note == "**why** it matters"
            assert view.position().offset == offset
        (added,) = new_highlights(reopened, before)
        assert added.note == "**why** it matters"
        assert added.tags == ("evidence", "claims")
        assert "longread" in reopened.get(SEED_ID).tags
        assert reopened.article_note(SEED_ID) == "whole piece"
    finally:
        reopened.close()


# -- export, the Notes tab and the all-highlights screen -----------------------------------


async def test_capital_e_writes_the_article_notes_and_says_where(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("M", *"my take", "ctrl+s")
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        messages = [str(n.message) for n in pilot.app._notifications]
    folder = library.path / "exports"
    (written,) = list(folder.glob("*.md"))
    content = written.read_text(encoding="utf-8")
    assert "pay a price" in content and "the threat" in content and "my take" in content
    assert any(str(folder) in message for message in messages)


async def test_the_notes_tab_lists_highlights_and_choosing_one_jumps_there(
    library: Library,
) -> None:
    (existing,) = library.highlights(SEED_ID)
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = reader(pilot).article_view
        view.scroll_end(animate=False, immediate=True)
        await pilot.press("l")
        await settle(pilot)
        notes = pilot.app.screen.query_one(NotesList)
        assert notes.has_focus
        assert any("pay a price" in str(notes.get_option_at_index(i).prompt)
                   for i in range(notes.option_count))  # fmt: skip
        notes.highlighted = next(
            i for i in range(notes.option_count)
            if "pay a price" in str(notes.get_option_at_index(i).prompt)
        )  # fmt: skip
        await pilot.press("enter")
        await settle(pilot)
        assert view.highlight_at_cursor() == existing
        layout = view.text_layout
        assert layout is not None
        line = layout.line_of(existing.start)
        assert view.scroll_y <= line < view.scroll_y + view.size.height


async def test_arrow_keys_in_the_side_panel_switch_tabs(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        tabs = pilot.app.screen.query_one(SidePanel).query_one("TabbedContent")
        assert tabs.active == "tab-notes"  # type: ignore[attr-defined]
        await pilot.press("left")
        await pilot.pause()
        assert tabs.active == "tab-outline"  # type: ignore[attr-defined]
        await pilot.press("right", "right")
        await pilot.pause()
        assert tabs.active == "tab-entities"  # type: ignore[attr-defined]


async def test_all_highlights_search_then_enter_opens_the_article_at_the_highlight(
    library: Library,
) -> None:
    text = library.document(GRAIN_ID).text
    start = text.index("Black Sea")
    grain = Highlight.create(GRAIN_ID, text, start, start + 9, color="green")
    library.save_highlight(grain)
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("H")
        await settle(pilot)
        assert isinstance(pilot.app.screen, HighlightsScreen)
        await pilot.press(*"black sea", "enter")
        await pilot.pause()
        assert pilot.app.screen.query_one(HighlightList).has_focus
        await pilot.press("enter")
        await settle(pilot)
        screen = reader(pilot)
        assert screen.article.id == GRAIN_ID
        assert screen.article_view.highlight_at_cursor() == grain


# -- small pieces --------------------------------------------------------------------------


def test_trimmed_span_drops_surrounding_whitespace() -> None:
    assert trimmed_span("  ab c \n", 0, 8) == (2, 6)
    assert trimmed_span("   ", 0, 3) == (3, 3)


def test_next_color_wraps_around() -> None:
    assert next_color(COLORS[-1]) == COLORS[0]
    assert next_color("unknown") == COLORS[0]


def test_undo_steps_come_back_most_recent_first() -> None:
    text = "The quick brown fox jumps over the lazy dog."
    stack, first, second = (
        UndoStack(),
        Highlight.create("a", text, 4, 9),
        Highlight.create("a", text, 10, 15),
    )
    stack.deleted(first)
    stack.deleted(second)
    popped = [stack.pop(), stack.pop(), stack.pop()]
    assert [step.highlight if step else None for step in popped] == [second, first, None]


class NotesHost(App[None]):
    """Test-only app holding a NotesList and the highlights it was told were chosen."""

    def __init__(self) -> None:
        super().__init__()
        self.chosen: list[Highlight] = []

    def compose(self) -> ComposeResult:
        yield NotesList()

    def on_notes_list_chosen(self, message: NotesList.Chosen) -> None:
        self.chosen.append(message.highlight)


async def test_notes_list_puts_the_article_note_first_and_shows_notes_as_plain_text() -> None:
    text = "Alpha beta gamma delta."
    first = Highlight.create("a", text, 0, 5, note="[bold]n[/]\x1b]0;x\x07 more")
    orphan = Highlight.create("a", text, 6, 10, tags=("t",)).with_changes(orphaned=True)
    app = NotesHost()
    async with app.run_test() as pilot:
        notes = app.query_one(NotesList)
        notes.set_notes([first, orphan], article_note="About it")
        prompts = [str(notes.get_option_at_index(i).prompt) for i in range(3)]
        assert prompts[0].startswith("Article note")
        assert "[bold]n[/]]0;x more" in prompts[1] and "\x1b" not in prompts[1]
        assert "orphaned" in prompts[2] and "#t" in prompts[2]
        notes.focus()
        notes.highlighted = 1
        await pilot.press("enter")
        await pilot.pause()
    assert app.chosen == [first]
