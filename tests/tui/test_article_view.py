"""Unit tests of the article layout and span lookup behind the article view."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.document import parse_document
from reader.tui.widgets.article_layout import MAX_COLUMN, layout_document, wrap_spans
from reader.tui.widgets.article_render import Span, SpanIndex, find_spans, visible

MARKDOWN = (
    "# Title here\n\nA paragraph with *emphasis* that is long enough to wrap over more than "
    "one line of forty columns.\n\n> A quoted block\n\n- first item that also wraps around "
    "the column edge nicely\n- second\n\n---\n\n```\ncode one\ncode two\n```\n"
)

words = st.text(alphabet="abcdefghij ", min_size=0, max_size=300)


@given(text=words, width=st.integers(min_value=1, max_value=50))
def test_wrapped_spans_cover_every_letter_in_order_within_width(text: str, width: int) -> None:
    spans = wrap_spans(text, 0, len(text), width)
    assert all(end - start <= width for start, end in spans)
    assert all(a[1] <= b[0] for a, b in pairwise(spans))
    covered = {offset for start, end in spans for offset in range(start, end)}
    assert all(offset in covered for offset, char in enumerate(text) if char != " ")


def test_every_text_offset_maps_to_the_line_that_shows_it() -> None:
    document = parse_document(MARKDOWN)
    layout = layout_document(document, 40)
    for offset, char in enumerate(document.text):
        if char in " \n":
            continue
        line = layout.lines[layout.line_of(offset)]
        assert line.start <= offset < line.end
        column = len(line.prefix) + offset - line.start
        assert layout.offset_at(layout.line_of(offset), column) == offset


def test_lines_fit_the_reading_column_and_lists_hang() -> None:
    document = parse_document(MARKDOWN)
    layout = layout_document(document, 200)
    assert layout.column == MAX_COLUMN
    narrow = layout_document(document, 40)
    assert all(len(line.prefix) + line.end - line.start <= narrow.column for line in narrow.lines)
    items = [line for line in narrow.lines if line.kind == "list_item"]
    assert items[0].prefix == "• " and items[1].prefix == "  "


def test_title_heading_gets_the_meta_line_under_it() -> None:
    layout = layout_document(parse_document(MARKDOWN), 60, "Title here", "site · 2024")
    assert [line.kind for line in layout.lines[:2]] == ["heading", "meta"]
    other = layout_document(parse_document("Just text."), 60, "Given title", "site")
    assert [line.label for line in other.lines[:2]] == ["Given title", "site"]


def test_span_index_finds_long_spans_that_start_before_a_line() -> None:
    index = SpanIndex([Span(0, 500, "quote"), Span(10, 20, "person"), Span(600, 610, "org")])
    assert [span.key for span in index.overlapping(300, 340)] == ["quote"]
    assert [span.key for span in index.overlapping(15, 16)] == ["quote", "person"]
    assert [span.key for span in index.overlapping(605, 700)] == ["org"]


def test_find_is_case_insensitive_and_literal() -> None:
    assert [(s.start, s.end) for s in find_spans("A.b a.B axb", "a.b")] == [(0, 3), (4, 7)]


def test_control_characters_become_one_visible_cell_each() -> None:
    assert visible("a\x1b[31mb\u202e") == "a�[31mb�"
