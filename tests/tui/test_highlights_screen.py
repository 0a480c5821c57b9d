"""The all-highlights screen: search by text, note, tag and colour; open at the highlight."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from textual.pilot import Pilot
from textual.widgets import Input, Label

from reader.annotations.model import Highlight
from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.screens.highlights import (
    Entry,
    HighlightList,
    HighlightQuery,
    HighlightsScreen,
)
from tests.tui.conftest import GRAIN_ID, SEED_ID

STYLES = Path(__file__).resolve().parents[2] / "styles" / "annotating.tcss"


def add_grain_highlight(library: Library) -> Highlight:
    text = library.document(GRAIN_ID).text
    start = text.index("Black Sea")
    highlight = Highlight.create(
        GRAIN_ID, text, start, start + 9, color="green", tags=("shipping",)
    )
    library.save_highlight(highlight)
    return highlight


async def open_highlights(pilot: Pilot[None]) -> HighlightsScreen:
    await pilot.press("H")
    await pilot.pause()
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, HighlightsScreen)
    return screen


def shown(screen: HighlightsScreen) -> list[str]:
    return [entry.highlight.exact for entry in screen.query_one(HighlightList).entries]


async def test_lists_every_highlight_in_the_library(library: Library) -> None:
    add_grain_highlight(library)
    async with make_app(library).run_test(size=(120, 40)) as pilot:
        screen = await open_highlights(pilot)
        assert sorted(shown(screen)) == ["Black Sea", "pay a price"]


async def test_the_count_says_highlight_for_one(library: Library) -> None:
    async with make_app(library).run_test(size=(120, 40)) as pilot:
        screen = await open_highlights(pilot)
        assert str(screen.query_one("#hl-count", Label).render()) == "1 highlight"
        add_grain_highlight(library)
    async with make_app(library).run_test(size=(120, 40)) as pilot:
        screen = await open_highlights(pilot)
        assert str(screen.query_one("#hl-count", Label).render()) == "2 highlights"


async def test_search_by_tag_and_colour_and_note(library: Library) -> None:
    add_grain_highlight(library)
    async with make_app(library).run_test(size=(120, 40)) as pilot:
        screen = await open_highlights(pilot)
        search = screen.query_one("#hl-search", Input)
        search.focus()
        await pilot.press(*"tag:shipping")
        assert shown(screen) == ["Black Sea"]
        search.value = ""
        await pilot.press(*"color:yellow has:note")
        assert shown(screen) == ["pay a price"]
        search.value = ""
        await pilot.press(*"threat")
        assert shown(screen) == ["pay a price"]


async def test_enter_opens_the_article_of_the_chosen_highlight(library: Library) -> None:
    async with make_app(library).run_test(size=(120, 40)) as pilot:
        screen = await open_highlights(pilot)
        screen.query_one(HighlightList).focus()
        await pilot.press("enter")
        await pilot.pause()
        opened = pilot.app.screen
        assert getattr(opened, "article", None) is not None
        assert opened.article.id == SEED_ID  # type: ignore[attr-defined]


def make_entry(**fields: object) -> Entry:
    text = "One two three four."
    return Entry.of(Highlight.create("a", text, 4, 13, **fields), "Title")


def test_query_words_must_all_appear() -> None:
    entry = make_entry(note="Remember")
    assert HighlightQuery.parse("two remember").matches(entry)
    assert not HighlightQuery.parse("two absent").matches(entry)


def test_query_tag_colour_and_has_note_terms() -> None:
    entry = make_entry(color="blue", tags=("war",))
    assert HighlightQuery.parse("tag:war color:blue").matches(entry)
    assert not HighlightQuery.parse("color:yellow").matches(entry)
    assert not HighlightQuery.parse("has:note").matches(entry)


@given(st.text(max_size=40))
def test_any_query_text_parses_and_an_empty_one_matches_all(value: str) -> None:
    query = HighlightQuery.parse(value)
    assert isinstance(query.matches(make_entry()), bool)
    assert HighlightQuery.parse("   ").matches(make_entry())
