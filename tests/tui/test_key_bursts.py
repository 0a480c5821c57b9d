"""Keys typed in one burst after "/" (a paste, a fast typist, a terminal sending them
together) all land in the box "/" opens, in order, and run no other binding."""

from __future__ import annotations

from textual import events
from textual.pilot import Pilot
from textual.widgets import Input

from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.screens.library import FilterInput
from reader.tui.widgets.article_view import ArticleView

from .conftest import SEED_ID, SIZE, settle


def burst(pilot: Pilot[None], text: str) -> None:
    """Queue every key at once, as a terminal delivers a paste, before any is handled."""
    names = {"/": "slash", " ": "space"}
    for char in text:
        pilot.app.post_message(events.Key(names.get(char, char), char))


async def test_find_takes_the_keys_typed_with_the_slash(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(pilot, "/Kim")
        await settle(pilot)
        box = pilot.app.screen.query_one("#find-input", Input)
        assert pilot.app.focused is box
        assert box.value == "Kim"
        assert pilot.app.screen.query_one(ArticleView).matches


async def test_a_slash_typed_in_the_find_box_is_a_character(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", "a", "slash", "b")
        await pilot.pause()
        assert pilot.app.screen.query_one("#find-input", Input).value == "a/b"


async def test_library_filter_takes_the_keys_typed_with_the_slash(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(pilot, "/grain")
        await settle(pilot)
        box = pilot.app.screen.query_one(FilterInput)
        assert pilot.app.focused is box
        assert box.value == "grain"
