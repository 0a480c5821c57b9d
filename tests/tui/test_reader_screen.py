"""Pilot tests of the reader screen, on a real library in tmp_path."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rich.style import Style
from textual.geometry import Offset
from textual.selection import Selection

from reader.library.facade import Library
from reader.library.models import Article
from reader.tui.app import make_app
from reader.tui.screens.reader import ReaderScreen
from reader.tui.widgets.article_view import ArticleView
from tests.tui.conftest import SEED, SIZE, reader, settle


@pytest.fixture
def library(tmp_path: Path) -> Library:
    source = tmp_path / "seed.txt"
    shutil.copy(SEED, source)
    lib = Library.open(tmp_path / "lib")
    lib.add([str(source)])
    return lib


@pytest.fixture
def article(library: Library) -> Article:
    return library.articles()[0]


def visible_text(view: ArticleView) -> str:
    return "\n".join(view.render_line(y).text for y in range(view.size.height))


def style_at(view: ArticleView, offset: int) -> Style:
    """The rendered style of the cell showing canonical `offset` (scrolled into view)."""
    view.scroll_to_offset(offset, top=True)
    layout = view.text_layout
    assert layout is not None
    index = layout.line_of(offset)
    line = layout.lines[index]
    strip = view.render_line(index - round(view.scroll_y))
    column = view._margin() + len(line.prefix) + offset - line.start
    position = 0
    for segment in strip:
        if position <= column < position + len(segment.text):
            return segment.style or Style()
        position += len(segment.text)
    raise AssertionError("offset not on screen")


async def test_opening_an_article_shows_its_text(library: Library, article: Article) -> None:
    async with make_app(library, open_article=article.id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        text = visible_text(reader(pilot).article_view)
        assert "US warns North Korea" in text
        assert "The US issued a stern warning to North Korea" in text


@pytest.mark.parametrize(("key", "layer"), [("e", "entities"), ("u", "quotes")])
async def test_layer_key_switches_the_layer_and_its_colours(
    library: Library, article: Article, key: str, layer: str
) -> None:
    async with make_app(library, open_article=article.id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert screen.analysis is not None
        spans = screen.analysis.entities if layer == "entities" else screen.analysis.quotes
        offset = spans[0].start + 1
        view = screen.article_view
        before = style_at(view, offset)
        await pilot.press(key)
        assert layer not in view.shown_layers
        assert style_at(view, offset) != before
        await pilot.press(key)
        assert layer in view.shown_layers
        assert style_at(view, offset) == before


async def test_highlight_layer_draws_and_hides_highlights(
    library: Library, article: Article
) -> None:
    from reader.annotations.model import Highlight

    text = library.document(article.id).text
    start = text.index("stern warning")
    library.save_highlight(Highlight.create(article.id, text, start, start + 13, note="why"))
    async with make_app(library, open_article=article.id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = reader(pilot).article_view
        assert [h.start for h in view.highlights] == [start]
        shown = style_at(view, start)
        assert "✎" in visible_text(view)
        await pilot.press("y")
        assert "highlights" not in view.shown_layers
        assert style_at(view, start).bgcolor != shown.bgcolor
        assert "✎" not in visible_text(view)


async def test_choosing_an_entity_jumps_to_its_first_mention_and_brackets_step(
    library: Library, article: Article
) -> None:
    async with make_app(library, open_article=article.id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        await pilot.press("p")
        await pilot.press("down", "enter")
        await pilot.pause()
        mentions = screen._mentions
        assert mentions
        view = screen.article_view
        cursor = view.cursor.span
        assert cursor is not None and cursor[0] <= mentions[0] < cursor[1]
        await pilot.press("escape")  # closes the panel, back to the article
        assert screen.focused is view
        if len(mentions) > 1:
            await pilot.press("right_square_bracket")
            cursor = view.cursor.span
            assert cursor is not None and cursor[0] <= mentions[1] < cursor[1]


async def test_choosing_a_quote_jumps_to_it(library: Library, article: Article) -> None:
    async with make_app(library, open_article=article.id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        assert screen.analysis is not None and screen.analysis.quotes
        last = sorted(screen.analysis.quotes)[-1]
        await pilot.press("p")
        await pilot.click("#--content-tab-tab-quotes")
        await pilot.press("end", "enter")
        await pilot.pause()
        view = screen.article_view
        cursor = view.cursor.span
        assert cursor is not None and cursor[0] <= last.start < cursor[1]
        layout = view.text_layout
        assert layout is not None
        line = layout.line_of(last.start)
        assert view.scroll_y <= line < view.scroll_y + view.size.height


async def test_find_counts_matches_and_steps_through_them(
    library: Library, article: Article
) -> None:
    async with make_app(library, open_article=article.id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = reader(pilot)
        expected = library.document(article.id).text.lower().count("korea")
        await pilot.press("slash", *"KOREA")
        count = screen.find_bar.query_one("#find-count")
        assert str(count.render()) == f"1/{expected}"
        await pilot.press("enter")
        assert str(count.render()) == f"2/{expected}"
        await pilot.press("shift+enter")
        assert str(count.render()) == f"1/{expected}"
        await pilot.press("escape")
        assert screen.focused is screen.article_view
        await pilot.press("N")
        assert screen.article_view.match_index == expected - 1


async def test_reading_position_is_restored_after_reopening(tmp_path: Path) -> None:
    source = tmp_path / "seed.txt"
    shutil.copy(SEED, source)
    library = Library.open(tmp_path / "lib")
    article_id = library.add([str(source)])[0].article.id  # type: ignore[union-attr]
    async with make_app(library, open_article=article_id).run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        view = reader(pilot).article_view
        await pilot.press("pagedown", "pagedown")
        saved = view.position()
        assert saved.offset > 0
        await pilot.press("escape")
        await settle(pilot)
    library.close()
    reopened = Library.open(tmp_path / "lib")
    assert reopened.progress(article_id).offset == saved.offset
    async with make_app(reopened, open_article=article_id).run_test(size=(100, 20)) as pilot:
        await settle(pilot)
        assert reader(pilot).article_view.position().offset == saved.offset
    reopened.close()


async def test_cursor_moves_by_sentence_and_selection_grows_by_word_and_sentence(
    library: Library, article: Article
) -> None:
    text = library.document(article.id).text
    async with make_app(library, open_article=article.id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = reader(pilot).article_view
        await pilot.press("j", "j")
        first = view.cursor.span
        assert first is not None and text[first[0] : first[1]].startswith("The US issued")
        await pilot.press("v", "w")
        span = view.selected_span()
        assert span is not None and text[span[0] : span[1]].endswith("countries.\n\nDuring")
        await pilot.press("b")
        span = view.selected_span()
        assert span is not None and text[span[0] : span[1]].endswith("two countries")
        await pilot.press("J")
        assert view.selected_span() == first
        await pilot.press("right_parenthesis")
        span = view.selected_span()
        assert span is not None and text[span[0] : span[1]].endswith("community,”")
        await pilot.press("escape")
        assert view.selected_span() is None
        assert isinstance(pilot.app.screen, ReaderScreen)  # escape only cancelled


async def test_mouse_selection_maps_to_canonical_offsets_and_copies_unwrapped(
    library: Library, article: Article
) -> None:
    text = library.document(article.id).text
    async with make_app(library, open_article=article.id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = reader(pilot).article_view
        layout = view.text_layout
        assert layout is not None
        start = text.index("The US issued")
        end = text.index("countries.") + len("countries.")
        y0, y1 = layout.line_of(start), layout.line_of(end)
        margin = view._margin()
        x1 = margin + end - layout.lines[y1].start
        selection = Selection(Offset(margin, y0), Offset(x1, y1))
        pilot.app.screen.selections = {view: selection}
        await pilot.pause()
        assert view.selected_span() == (start, end)
        assert view.get_selection(selection) == (text[start:end], "\n")


async def test_markup_and_escape_in_title_and_body_show_literally(tmp_path: Path) -> None:
    source = tmp_path / "evil.md"
    source.write_text(
        "# [bold red]x[/] title\n\nBody with [@click=app.quit]click[/] and \x1b[31mred.\n",
        encoding="utf-8",
    )
    library = Library.open(tmp_path / "lib")
    article_id = library.add([str(source)])[0].article.id  # type: ignore[union-attr]
    async with make_app(library, open_article=article_id).run_test(size=SIZE) as pilot:
        await settle(pilot)
        view = reader(pilot).article_view
        shown = visible_text(view)
        assert "[bold red]x[/] title" in shown
        assert "[@click=app.quit]click[/]" in shown
        assert "\x1b" not in shown
        assert isinstance(pilot.app.screen, ReaderScreen)
    library.close()
