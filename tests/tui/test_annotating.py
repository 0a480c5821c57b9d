"""The undo stack puts highlights back as they were, most recent operation first."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.pilot import Pilot
from textual.screen import Screen

from reader.annotations.model import COLORS, Highlight
from reader.library.facade import Library
from reader.library.models import Article
from reader.tui.annotating import ANNOTATION_BINDINGS, AnnotatingMixin, next_color, trimmed_span
from reader.tui.undo import UndoStack
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.notes_list import NotesList
from tests.tui.conftest import SEED_ID

TEXT = "The quick brown fox jumps over the lazy dog."


class MemoryStore:
    def __init__(self) -> None:
        self.saved: dict[str, Highlight] = {}

    def save_highlight(self, highlight: Highlight) -> None:
        self.saved[highlight.id] = highlight

    def delete_highlight(self, highlight_id: str) -> Highlight:
        return self.saved.pop(highlight_id)


def make_highlight() -> Highlight:
    return Highlight.create("a1", TEXT, 4, 9)


def test_undo_of_a_delete_saves_the_highlight_again() -> None:
    store, stack, highlight = MemoryStore(), UndoStack(), make_highlight()
    stack.deleted(highlight)
    step = stack.pop()
    assert step is not None
    step.apply(store)
    assert store.saved == {highlight.id: highlight}


def test_undo_of_a_change_saves_the_previous_version() -> None:
    store, stack, before = MemoryStore(), UndoStack(), make_highlight()
    store.save_highlight(before.with_changes(note="later"))
    stack.changed(before)
    step = stack.pop()
    assert step is not None
    step.apply(store)
    assert store.saved[before.id].note == ""


def test_undo_of_a_creation_deletes_the_highlight() -> None:
    store, stack, highlight = MemoryStore(), UndoStack(), make_highlight()
    store.save_highlight(highlight)
    stack.created(highlight)
    step = stack.pop()
    assert step is not None
    step.apply(store)
    assert store.saved == {}


def test_steps_come_back_most_recent_first() -> None:
    stack, first, second = UndoStack(), make_highlight(), make_highlight()
    stack.deleted(first)
    stack.deleted(second)
    popped = [stack.pop(), stack.pop(), stack.pop()]
    assert [step.highlight if step else None for step in popped] == [second, first, None]


def test_oldest_steps_fall_off_past_the_limit() -> None:
    stack = UndoStack(limit=2)
    highlights = [make_highlight() for _ in range(3)]
    for highlight in highlights:
        stack.deleted(highlight)
    assert len(stack) == 2
    last = stack.pop()
    assert last is not None and last.highlight == highlights[2]


# -- annotating in the app (Pilot) ----------------------------------------------------------


class StandInReaderScreen(AnnotatingMixin, Screen[None]):
    """Test-only stand-in for ReaderScreen: the real ArticleView plus the mixin's contract."""

    BINDINGS: ClassVar[list[BindingType]] = [*ANNOTATION_BINDINGS]

    def __init__(self, library: Library, article: Article) -> None:
        super().__init__()
        self.library = library
        self.article = article

    def compose(self) -> ComposeResult:
        yield ArticleView(id="article-view")

    @property
    def article_view(self) -> ArticleView:
        return self.query_one(ArticleView)

    def on_mount(self) -> None:
        self.article_view.set_document(self.library.document(self.article.id))
        self.article_view.focus()
        self.refresh_highlights()

    def refresh_highlights(self) -> None:
        self.article_view.highlights = self.library.highlights(self.article.id)


class StandInApp(App[None]):
    """Test-only app that opens one article in the stand-in reader screen."""

    def __init__(self, library: Library, article_id: str) -> None:
        super().__init__()
        self.library = library
        self.article_id = article_id

    def on_mount(self) -> None:
        self.push_screen(StandInReaderScreen(self.library, self.library.get(self.article_id)))


async def settle(pilot: Pilot[None]) -> None:
    """Let key handlers run, then wait for every save worker and its message."""
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def new_highlights(library: Library, before: list[Highlight]) -> list[Highlight]:
    known = {highlight.id for highlight in before}
    return [h for h in library.highlights(SEED_ID) if h.id not in known]


async def test_visual_selection_then_enter_saves_a_highlight(library: Library) -> None:
    before = library.highlights(SEED_ID)
    app = StandInApp(library, SEED_ID)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "v", "w", "w", "enter")
        await settle(pilot)
        view = app.screen.query_one(ArticleView)
        (added,) = new_highlights(library, before)
        assert added in view.highlights
    text = library.document(SEED_ID).text
    assert text[added.start : added.end] == added.exact
    assert added.exact.strip() == added.exact and " " in added.exact


async def test_mouse_selection_then_enter_saves_a_highlight(library: Library) -> None:
    before = library.highlights(SEED_ID)
    app = StandInApp(library, SEED_ID)
    async with app.run_test(size=(120, 40)) as pilot:
        view = app.screen.query_one(ArticleView)
        await pilot.mouse_down(view, offset=(30, 6))
        await pilot.hover(view, offset=(60, 6))
        await pilot.mouse_up(view, offset=(60, 6))
        await pilot.pause()
        assert view.selected_span() is not None
        await pilot.press("enter")
        await settle(pilot)
    (added,) = new_highlights(library, before)
    assert len(added.exact) > 5


async def test_c_cycles_the_colour_of_new_highlights(library: Library) -> None:
    before = library.highlights(SEED_ID)
    app = StandInApp(library, SEED_ID)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("c", "c", "j", "v", "w", "enter")
        await settle(pilot)
    (added,) = new_highlights(library, before)
    assert added.color == COLORS[2]


async def test_c_on_a_highlight_recolours_it_and_ctrl_z_restores(library: Library) -> None:
    before = library.highlights(SEED_ID)
    app = StandInApp(library, SEED_ID)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "v", "w", "enter")
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        assert new_highlights(library, before)[0].color == COLORS[1]
        await pilot.press("ctrl+z")
        await settle(pilot)
    assert new_highlights(library, before)[0].color == COLORS[0]


async def test_note_tags_delete_and_undo_survive_a_restart(library: Library) -> None:
    folder = library.path
    before = library.highlights(SEED_ID)
    app = StandInApp(library, SEED_ID)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("j", "v", "w", "w", "enter")
        await settle(pilot)
        await pilot.press("m", *"**why** it matters", "ctrl+s")
        await settle(pilot)
        await pilot.press("t", *"+Evidence claims", "enter")
        await settle(pilot)
        await pilot.press("T", *"+longread", "enter")
        await settle(pilot)
        await pilot.press("M", *"whole piece", "ctrl+s")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        assert new_highlights(library, before) == []
        await pilot.press("ctrl+z")
        await settle(pilot)
    library.close()
    reopened = Library.open(folder)
    try:
        (added,) = new_highlights(reopened, before)
        assert added.note == "**why** it matters"
        assert added.tags == ("evidence", "claims")
        assert "longread" in reopened.get(SEED_ID).tags
        assert reopened.article_note(SEED_ID) == "whole piece"
    finally:
        reopened.close()


async def test_enter_without_a_selection_saves_nothing(library: Library) -> None:
    before = library.highlights(SEED_ID)
    app = StandInApp(library, SEED_ID)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")
        await settle(pilot)
    assert library.highlights(SEED_ID) == before


def test_trimmed_span_drops_surrounding_whitespace() -> None:
    assert trimmed_span("  ab c \n", 0, 8) == (2, 6)
    assert trimmed_span("   ", 0, 3) == (3, 3)


def test_next_color_wraps_around() -> None:
    assert next_color(COLORS[-1]) == COLORS[0]
    assert next_color("unknown") == COLORS[0]


class NotesHost(App[None]):
    """Test-only app holding a NotesList and the highlights it was told were chosen."""

    def __init__(self) -> None:
        super().__init__()
        self.chosen: list[Highlight] = []

    def compose(self) -> ComposeResult:
        yield NotesList()

    def on_notes_list_chosen(self, message: NotesList.Chosen) -> None:
        self.chosen.append(message.highlight)


async def test_notes_list_puts_the_article_note_first_and_posts_the_chosen_highlight() -> None:
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
