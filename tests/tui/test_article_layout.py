"""Wrapping by screen cells: wide characters never overrun the reading column."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from reader.analysis.document import parse_document
from reader.tui.widgets.article_layout import chars_within, layout_document

CJK = "北朝鮮がロシアに武器を供給すれば代償を払うことになると米国は警告した。" * 4


def body_widths(markdown: str, width: int) -> tuple[int, list[int]]:
    layout = layout_document(parse_document(markdown), width)
    text = layout.text
    widths = [
        cell_len(line.prefix + text[line.start : line.end])
        for line in layout.lines
        if line.label is None
    ]
    return layout.column, widths


def test_cjk_paragraph_wraps_within_the_column() -> None:
    column, widths = body_widths(f"# 見出し\n\n{CJK}", 60)
    assert max(widths) <= column
    assert len(widths) > 3  # it did wrap, at character boundaries


def test_mixed_text_breaks_at_spaces_when_it_can() -> None:
    markdown = "Seoul 서울 and Tokyo 東京 " * 20
    layout = layout_document(parse_document(markdown), 40)
    for line in layout.lines:
        chunk = layout.text[line.start : line.end]
        assert cell_len(chunk) <= layout.column
        assert not chunk.startswith(" ")


def test_offset_at_counts_wide_characters_as_two_cells() -> None:
    layout = layout_document(parse_document(CJK), 60)
    line = layout.lines[0]
    assert layout.offset_at(0, 4) == line.start + 2  # two wide characters in four cells
    assert chars_within("ab東c", 0, 4, 3) == 2


@given(
    st.text(
        alphabet=st.sampled_from([*"ab cd東京서울 \n", "é", "😀"]),
        min_size=1,
        max_size=300,
    ),
    st.integers(min_value=12, max_value=100),
)
def test_no_line_is_wider_than_the_column(text: str, width: int) -> None:
    column, widths = body_widths(text, width)
    assert all(w <= column for w in widths)
