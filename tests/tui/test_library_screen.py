"""Pilot tests of the library screen: filter, sort, tags, open, add, help, safety."""

from __future__ import annotations

from pathlib import Path

from textual.app import App
from textual.message import Message
from textual.notifications import Notify
from textual.pilot import Pilot
from textual.widgets import Input

from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.dialogs.add import AddDialog
from reader.tui.dialogs.help import HelpScreen
from reader.tui.screens.highlights import HighlightsScreen
from reader.tui.screens.library import LibraryScreen
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.article_list import ArticleList
from reader.tui.widgets.tag_list import TagList

from .conftest import EVIL_ID, GRAIN_ID, SEED_ID, SIZE


def shown_ids(app: App[None]) -> list[str]:
    return [article.id for article in app.screen.query_one(ArticleList).articles]


def screen_lines(app: App[None]) -> list[str]:
    article_list = app.screen.query_one(ArticleList)
    return [article_list.render_line(y).text for y in range(article_list.size.height)]


async def type_filter(pilot: Pilot[None], text: str) -> None:
    await pilot.press("slash", *text)
    await pilot.pause()


async def test_starts_on_the_library_with_every_article(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        assert isinstance(pilot.app.screen, LibraryScreen)
        assert sorted(shown_ids(pilot.app)) == sorted([SEED_ID, GRAIN_ID, EVIL_ID])


async def test_free_words_filter_the_list(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await type_filter(pilot, "north korea")
        assert shown_ids(pilot.app) == [SEED_ID]


async def test_tag_and_negation_filter_the_list(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await type_filter(pilot, "tag:ukraine -tag:trade")
        assert shown_ids(pilot.app) == [SEED_ID]


async def test_is_unread_filters_the_list(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await type_filter(pilot, "is:unread")
        assert shown_ids(pilot.app) == [GRAIN_ID]


async def test_has_notes_and_source_filter_the_list(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await type_filter(pilot, "has:notes source:cnn")
        assert shown_ids(pilot.app) == [SEED_ID]


async def test_header_counts_the_shown_articles(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await type_filter(pilot, "tag:ukraine")
        status = str(pilot.app.screen.query_one("#library-status").render())
        assert "2 of 3 articles" in status


async def test_escape_clears_the_filter_then_returns_to_the_list(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await type_filter(pilot, "grain")
        await pilot.press("escape")
        assert pilot.app.screen.query_one(Input).value == ""
        assert len(shown_ids(pilot.app)) == 3
        await pilot.press("escape")
        assert isinstance(pilot.app.focused, ArticleList)


async def test_typing_q_in_the_filter_does_not_quit(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await type_filter(pilot, "q")
        assert pilot.app.is_running
        assert pilot.app.screen.query_one(Input).value == "q"


async def test_sort_key_cycles_to_title(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        assert shown_ids(pilot.app) == [GRAIN_ID, EVIL_ID, SEED_ID]  # newest added first
        await pilot.press("s")  # published: undated last
        assert shown_ids(pilot.app) == [SEED_ID, GRAIN_ID, EVIL_ID]
        await pilot.press("s")  # title
        assert shown_ids(pilot.app) == [EVIL_ID, GRAIN_ID, SEED_ID]
        await pilot.press("s")  # progress
        assert shown_ids(pilot.app) == [EVIL_ID, SEED_ID, GRAIN_ID]
        status = str(pilot.app.screen.query_one("#library-status").render())
        assert "by progress" in status


async def test_choosing_a_tag_sets_the_filter(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.press("t")
        tag_list = pilot.app.screen.query_one(TagList)
        assert pilot.app.focused is tag_list
        await pilot.press("down", "down", "enter")  # All, north korea, trade
        await pilot.pause()
        assert pilot.app.screen.query_one(Input).value == "tag:trade"
        assert shown_ids(pilot.app) == [GRAIN_ID]


async def test_tag_list_shows_counts(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.press("t")
        prompts = [str(option.prompt) for option in pilot.app.screen.query_one(TagList).options]
        assert "#ukraine 2" in prompts


async def test_cursor_moves_and_enter_opens_the_reader(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "up", "end", "enter")
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
        assert pilot.app.screen.article.id == SEED_ID


async def test_enter_posts_opened_with_the_article(library: Library) -> None:
    seen: list[Message] = []
    async with make_app(library).run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("down", "enter")
        await pilot.pause()
    # The hook sees a bubbling message once per node it reaches: count distinct messages.
    opened = {id(m): m.article.id for m in seen if isinstance(m, ArticleList.Opened)}
    assert list(opened.values()) == [EVIL_ID]


async def test_click_selects_a_row(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        article_list = pilot.app.screen.query_one(ArticleList)
        await pilot.click(ArticleList, offset=(10, 3))  # header, then rows 0, 1, 2
        assert article_list.cursor == 2


async def test_add_a_file_from_the_app(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "incoming.md"
    source.write_text("# Port of Odesa reopens\n\nShips left the port on Monday.\n")
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.press("a")
        assert isinstance(pilot.app.screen, AddDialog)
        await pilot.press(*str(source), "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        titles = [a.title for a in pilot.app.screen.query_one(ArticleList).articles]
        assert "Port of Odesa reopens" in titles
        highlighted = pilot.app.screen.query_one(ArticleList).highlighted
        assert highlighted is not None and highlighted.title == "Port of Odesa reopens"
    reopened = Library.open(library.path, readonly=True)
    assert "Port of Odesa reopens" in [a.title for a in reopened.articles()]


async def test_a_failed_add_is_one_plain_notification(library: Library, tmp_path: Path) -> None:
    seen: list[Message] = []
    missing = tmp_path / "[bold]missing.md"
    async with make_app(library).run_test(size=SIZE, message_hook=seen.append) as pilot:
        await pilot.press("a", *str(missing), "enter")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        assert len(shown_ids(pilot.app)) == 3
    errors = [m.notification for m in seen if isinstance(m, Notify)]
    errors = [n for n in errors if n.severity == "error"]
    assert len(errors) == 1
    assert "[bold]missing.md" in errors[0].message
    assert errors[0].message.count(str(missing)) == 1  # "no such file: …" names it once
    assert errors[0].markup is False


async def test_escape_cancels_the_add_dialog(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.press("a", "escape")
        assert isinstance(pilot.app.screen, LibraryScreen)


async def test_empty_library_says_what_to_do(empty_library: Library) -> None:
    async with make_app(empty_library).run_test(size=SIZE) as pilot:
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        message = pilot.app.screen.query_one("#library-empty")
        assert message.display
        assert "reader add FILE" in str(message.render())
        assert not pilot.app.screen.query_one(ArticleList).display


async def test_files_dropped_in_by_hand_show_on_the_first_start(tmp_path: Path) -> None:
    folder = tmp_path / "dropped"
    folder.mkdir()
    (folder / "note.md").write_text("# Dropped By Hand\n\nA paragraph of text.\n")
    with Library.open(folder) as fresh:
        async with make_app(fresh).run_test(size=SIZE) as pilot:
            assert not pilot.app.screen.has_class("-empty")  # no "empty" flash while looking
            await pilot.app.workers.wait_for_complete()
            await pilot.pause()
            titles = [a.title for a in pilot.app.screen.query_one(ArticleList).articles]
            assert titles == ["Dropped By Hand"]
            assert not pilot.app.screen.query_one("#library-empty").display


async def test_markup_in_a_title_shows_literally(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        lines = screen_lines(pilot.app)
        assert any("[bold red]x[/] [@click=app.quit]" in line for line in lines)


async def test_escape_in_a_title_never_reaches_the_screen(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        lines = screen_lines(pilot.app)
        assert not any("\x1b" in line or "\x07" in line for line in lines)
        assert any("[31mred" in line for line in lines)


async def test_help_lists_screen_and_app_keys(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(pilot.app.screen, HelpScreen)
        groups = pilot.app.screen.groups
        assert "Library screen" in groups and "Everywhere" in groups
        assert "Sort" in [entry.description for entry in groups["Library screen"]]
        await pilot.press("escape")
        assert isinstance(pilot.app.screen, LibraryScreen)


async def test_palette_offers_every_described_binding(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        titles = [command.title for command in pilot.app.get_system_commands(pilot.app.screen)]
        for description in ("Sort", "Tags", "Add", "Filter", "Keys", "All highlights", "Theme"):
            assert description in titles


async def test_palette_command_runs_its_action(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        screen = pilot.app.screen
        assert isinstance(screen, LibraryScreen)
        commands = {c.title: c for c in pilot.app.get_system_commands(screen)}
        await commands["Sort"].callback()
        assert screen.sort_key == "published"


async def test_q_quits(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.press("q")
        await pilot.pause()
        assert not pilot.app.is_running


async def test_open_article_starts_on_the_reader(library: Library) -> None:
    async with make_app(library, open_article=GRAIN_ID[:4]).run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(pilot.app.screen, LibraryScreen)
        assert len(pilot.app.screen.query_one(ArticleList).articles) == len(library.articles())
        await pilot.press("enter")  # and back into an article from the list built on the way
        await pilot.pause()
        assert isinstance(pilot.app.screen, ReaderScreen)


async def test_all_highlights_key_opens_the_highlights_screen(library: Library) -> None:
    async with make_app(library).run_test(size=SIZE) as pilot:
        await pilot.press("H")
        await pilot.pause()
        assert isinstance(pilot.app.screen, HighlightsScreen)
