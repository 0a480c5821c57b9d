"""What a user sees on the reader screen: theme colours, the footer, help and the palette."""

from __future__ import annotations

import pytest
from textual.containers import VerticalScroll
from textual.pilot import Pilot
from textual.widgets import Label

from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.dialogs.help import HelpScreen, key_groups
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.article_view import ArticleView
from reader.tui.widgets.find_bar import FindBar
from reader.tui.widgets.key_bar import KeyBar
from tests.tui.conftest import SEED_ID, SIZE, reader, settle

THEMES = ["textual-dark", "textual-light", "solarized-light", "nord"]


@pytest.mark.parametrize("theme", THEMES)
async def test_plain_lines_are_drawn_in_the_theme_colours(library: Library, theme: str) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        pilot.app.theme = theme
        await settle(pilot)
        view = reader(pilot).article_view
        view.toggle_layer("entities")
        view.toggle_layer("quotes")
        view.toggle_layer("highlights")
        base = view.rich_style
        for y in range(3, view.size.height):
            for segment in view.render_line(y):
                assert segment.style is not None
                assert segment.style.bgcolor == base.bgcolor, (theme, y, segment.text)


def component_color(view: ArticleView, key: str) -> object:
    style = view.get_component_rich_style(f"article-view--{key}", partial=True)
    return style.bgcolor if key.startswith("highlight-") else style.color


@pytest.mark.parametrize("theme", ["textual-dark", "textual-light", "gruvbox", "dracula"])
async def test_entity_labels_and_highlight_colours_are_told_apart(
    library: Library, theme: str
) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        pilot.app.theme = theme
        await settle(pilot)
        view = reader(pilot).article_view
        labels = [component_color(view, key) for key in ("person", "org", "place", "group")]
        assert len(set(labels)) == 4
        colors = ("yellow", "green", "blue", "pink", "purple", "orange")
        backgrounds = [component_color(view, f"highlight-{color}") for color in colors]
        assert len(set(backgrounds)) == len(colors)


async def test_footer_keys_all_fit_and_the_main_actions_are_shown(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        *keys, palette = key_bar(pilot).items
        shown = {key.description for key in keys}
        for description in ("Select", "Highlight", "Note", "Tag", "Find", "Panel", "Keys"):
            assert description in shown
        assert palette.key == "ctrl+p"
        assert all(key.right <= palette.x for key in keys)
        assert palette.right <= SIZE[0]


async def test_help_lists_the_selection_and_annotation_keys(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        groups = key_groups(pilot.app, pilot.app.screen)
        described = {entry.description for entries in groups.values() for entry in entries}
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HelpScreen)
    wanted = {
        "Next sentence", "Select", "Extend word", "Extend sentence", "Highlight", "Colour",
        "Note", "Article note", "Tag", "Article tags", "Delete", "Undo", "Notes",
        "Export notes", "All highlights", "Find", "Entities", "Quotes", "Highlights",
    }  # fmt: skip
    assert wanted <= described


async def test_the_palette_offers_every_annotation_action(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        titles = {command.title for command in pilot.app.get_system_commands(pilot.app.screen)}
    for title in ("Highlight", "Note", "Tag", "Delete", "Undo", "Extend word", "Export notes"):
        assert title in titles


async def test_the_find_bar_shows_above_the_footer_with_its_count(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Kim")
        await pilot.pause()
        screen = pilot.app.screen
        bar = screen.query_one(FindBar)
        footer = screen.query_one(KeyBar)
        assert bar.region.height >= 1
        assert not bar.region.overlaps(footer.region)
        assert not bar.region.overlaps(reader(pilot).article_view.region)
        assert str(screen.query_one("#find-count", Label).render()) == "1/3"


def key_bar(pilot: Pilot[None]) -> KeyBar:
    return pilot.app.screen.query_one(KeyBar)


def footer_descriptions(pilot: Pilot[None]) -> set[str]:
    return {key.description for key in key_bar(pilot).items}


async def test_the_footer_stops_offering_escape_as_library_while_selecting(
    library: Library,
) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "v", "w")
        await pilot.pause()
        assert "Library" not in footer_descriptions(pilot)
        assert "Keys" in footer_descriptions(pilot)
        keys = key_bar(pilot).items
        assert max(key.right for key in keys) <= SIZE[0]
        assert all(key.width > 0 for key in keys)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
        assert "Library" in footer_descriptions(pilot)


async def test_help_names_widget_groups_in_words(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await settle(pilot)
        groups = key_groups(pilot.app, pilot.app.screen)
    assert "Article list" in groups
    assert "Library screen" in groups
    assert not any(name[1:] != name[1:].lower() and " " not in name for name in groups)


async def test_the_help_list_scrolls_with_the_keyboard(library: Library) -> None:
    async with make_app(library, open_article=SEED_ID).run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        groups = pilot.app.screen.query_one("#help-groups", VerticalScroll)
        assert groups.has_focus and groups.max_scroll_y > 0
        await pilot.press("end")
        await pilot.pause()
        assert groups.scroll_y == groups.max_scroll_y
        await pilot.press("pageup")
        await pilot.pause()
        assert groups.scroll_y < groups.max_scroll_y
