"""Pilot tests of the key bar, the one-line footer every screen shows."""

from __future__ import annotations

from textual.pilot import Pilot
from textual.widgets import Input

from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.key_bar import KeyBar, KeyItem

from .conftest import SEED_ID, SIZE, settle


def item(pilot: Pilot[None], description: str) -> KeyItem:
    bar = pilot.app.screen.query_one(KeyBar)
    return next(entry for entry in bar.items if entry.description == description)


def bar_text(pilot: Pilot[None]) -> str:
    return pilot.app.screen.query_one(KeyBar).render_line(0).text


async def test_the_library_bar_shows_each_key_with_its_description(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = bar_text(pilot)
        filter_key = item(pilot, "Filter")
        assert text[filter_key.x : filter_key.right].split() == ["/", "Filter"]
        assert text.rstrip().endswith("^p palette")


async def test_clicking_an_item_presses_its_key(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await settle(pilot)
        filter_key = item(pilot, "Filter")
        await pilot.click(KeyBar, offset=(filter_key.x + 1, 0))
        await pilot.pause()
        assert isinstance(pilot.app.focused, Input)


async def test_hovering_an_item_shows_its_tooltip(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await settle(pilot)
        sort_key = item(pilot, "Sort")
        await pilot.hover(KeyBar, offset=(sort_key.x + 1, 0))
        await pilot.pause()
        assert pilot.app.screen.query_one(KeyBar).tooltip == sort_key.tooltip
        assert sort_key.tooltip != "Sort"  # the binding's own tooltip, not the description


async def test_the_bar_follows_the_screen_and_its_bindings(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Sort" in bar_text(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(pilot.app.screen, ReaderScreen)
        assert "Sort" not in bar_text(pilot)
        assert "Highlight" in bar_text(pilot)


async def test_keys_that_do_not_fit_are_left_out_not_cut(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=(60, 30)) as pilot:
        await settle(pilot)
        *keys, palette = pilot.app.screen.query_one(KeyBar).items
        assert keys and all(key.right <= palette.x for key in keys)
        assert palette.right <= 60
        for key in keys:
            assert bar_text(pilot)[key.x : key.right].strip().endswith(key.description)
