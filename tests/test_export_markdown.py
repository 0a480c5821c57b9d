"""Markdown export: format, escaping of hostile text, the kept user section, golden files."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from reader.analysis.model import Analysis, Entity, Quote
from reader.annotations.model import Highlight
from reader.export.markdown import (
    USER_MARKER,
    ArticleNotes,
    block_id,
    export_markdown,
    obsidian_tag,
    render_article_notes,
    yaml_string,
)
from reader.library.models import Article

GOLDEN = Path(__file__).parent / "golden"
REGENERATE = os.environ.get("READER_REGEN_GOLDEN") == "1"
TEXT = (
    'The mayor said "we will build the bridge" on Tuesday.\n\n'
    "Jake Sullivan met the City Council in Paris. Sullivan said little.\n\n"
    '"It is fair," said Ann Lee.'
)
ARTICLE = Article(
    id="art-1",
    path="a.md",
    title="The Bridge Debate",
    source="https://example.com/news/bridge",
    author="Ann Lee",
    published="2026-01-02",
    added="2026-01-03T10:00:00+00:00",
    tags=("city hall", "infrastructure"),
)
ANALYSIS = Analysis(
    entities=(
        Entity(55, 68, "PERSON", "Jake Sullivan"),
        Entity(77, 89, "ORG", "City Council"),
        Entity(93, 98, "PLACE", "Paris"),
        Entity(100, 108, "PERSON", "Jake Sullivan"),
        Entity(142, 149, "PERSON", "Ann Lee"),
    ),
    quotes=(Quote(15, 41, "The mayor"), Quote(123, 136, "Ann Lee")),
)
HOSTILE_NOTES = {
    "front_matter_rule": "before\n---\ntitle: hijacked\n---\nafter",
    "heading": "# Not a heading\n## Nor this",
    "blockquote": "> quoted\n> > nested",
    "open_fence": "```\nunclosed fence\n## heading inside",
    "closed_fence": "~~~\ncode\n~~~\nafter the fence",
    "html": "<script>alert('x')</script>\n<div>block</div> <b>inline</b>",
    "wikilinks": "see [[Other Note]] and ![[Embed]]",
    "block_ids": "ends with a fake id ^abc123\n^another",
    "trailing_backslash": "line one\\\nline two\\\\\nlast\\",
    "marker": USER_MARKER,
    "comment_and_math": "%% hidden to the end\n$$\nx\n",
    "setext": "Looks like a title\n===",
}


def hl(start: int, end: int, hid: str, **fields: Any) -> Highlight:
    base = Highlight(hid, "art-1", start, end, TEXT[start:end], created="c", updated="u")
    return replace(base, **fields)


def render(highlights: list[Highlight], analysis: Analysis | None = ANALYSIS, **kw: str) -> str:
    return render_article_notes(ARTICLE, highlights, analysis, TEXT, exported="2026-02-03", **kw)


def check_golden(name: str, produced: str) -> None:
    path = GOLDEN / name
    if REGENERATE:
        path.write_text(produced, encoding="utf-8")
    assert produced == path.read_text(encoding="utf-8")


def top_level(markdown: str) -> list[Token]:
    tokens = MarkdownIt("commonmark").parse(markdown.split("\n---\n", 1)[1])
    return [token for token in tokens if token.level == 0]


def html_blocks(markdown: str) -> list[str]:
    """Raw HTML the renderer would pass through: only our marker comment may be there."""
    return [t.content.strip() for t in top_level(markdown) if t.type == "html_block"]


def headings(markdown: str) -> list[str]:
    tokens = MarkdownIt("commonmark").parse(markdown.split("\n---\n", 1)[1])
    inlines = [tokens[i + 1] for i, t in enumerate(tokens) if t.type == "heading_open"]
    return ["".join(child.content for child in inline.children or []) for inline in inlines]


def full_render() -> str:
    highlights = [
        hl(123, 149, "b2", note="A *fair* point.\n\nSecond paragraph.", tags=("quotes", "ann lee")),
        hl(0, 52, "a1", color="green"),
        hl(42, 98, "d4", color="blue"),  # spans two paragraphs
        hl(0, 3, "c3", exact="A passage since deleted", orphaned=True, note="lost"),
    ]
    return render(highlights, article_note="Read for the **council** angle.")


def test_full_export_matches_golden_file() -> None:
    check_golden("article_notes.md", full_render())


def test_escaping_matches_golden_file() -> None:
    highlights = [
        hl(index, index + 3, f"h{index}", note=note, tags=(name,))
        for index, (name, note) in enumerate(sorted(HOSTILE_NOTES.items()))
    ]
    check_golden("escaping.md", render(highlights, None))


def test_same_input_gives_the_same_bytes() -> None:
    assert full_render() == full_render()


def test_highlights_are_in_reading_order() -> None:
    out = full_render()
    assert out.index("^hl-a1") < out.index("^hl-d4") < out.index("^hl-b2") < out.index("^hl-c3")


def test_multi_paragraph_quote_is_one_blockquote() -> None:
    assert (
        "> on Tuesday.\n>\n> Jake Sullivan met the City Council in Paris\n\n^hl-d4" in full_render()
    )


def test_orphans_have_their_own_section() -> None:
    out = full_render()
    assert out.index("## Orphaned highlights") < out.index("A passage since deleted")


def test_sections_are_the_only_headings() -> None:
    assert headings(full_render()) == [
        "The Bridge Debate",
        "Highlights",
        "Orphaned highlights",
        "Who said what",
        "Names",
        "People",
        "Organisations",
        "Places",
    ]


def test_who_said_what_lists_each_quote_with_its_speaker() -> None:
    out = full_render()
    assert '- **The mayor**: "we will build the bridge"' in out
    assert '- **Ann Lee**: "It is fair,"' in out


def test_names_are_grouped_by_label_with_counts() -> None:
    assert "### People\n\n- Jake Sullivan (2)\n- Ann Lee (1)" in full_render()


@pytest.mark.parametrize("name", sorted(HOSTILE_NOTES))
def test_hostile_note_stays_inside_its_callout(name: str) -> None:
    out = render([hl(4, 9, "h1", note=HOSTILE_NOTES[name])], None)
    assert headings(out) == ["The Bridge Debate", "Highlights"]
    blocks = [t.type for t in top_level(out)]
    assert html_blocks(out) == [USER_MARKER]
    assert blocks.count("blockquote_open") == 2  # the quote and the note, nothing else
    assert out.count(USER_MARKER) == 1 and out.rstrip().endswith(USER_MARKER)
    assert out.count("\n---\n") == 1  # only the end of the front matter


@pytest.mark.parametrize("name", sorted(HOSTILE_NOTES))
def test_hostile_quoted_text_stays_inside_its_blockquote(name: str) -> None:
    out = render([hl(4, 9, "h1", exact=HOSTILE_NOTES[name])], None)
    tokens = MarkdownIt("commonmark").parse(out.split("\n---\n", 1)[1])
    assert headings(out) == ["The Bridge Debate", "Highlights"]
    assert not [t for t in tokens if t.type in ("html_inline", "fence")]
    assert html_blocks(out) == [USER_MARKER]
    assert out.count(USER_MARKER) == 1


def test_note_keeps_its_markdown() -> None:
    out = render([hl(4, 9, "h1", note="some **bold** and `code <b>`")], None)
    assert "> some **bold** and `code <b>`" in out


def test_html_in_a_note_is_shown_as_text() -> None:
    out = render([hl(4, 9, "h1", note="<script>alert(1)</script>")], None)
    assert "&lt;script>alert(1)&lt;/script>" in out


def test_hostile_title_stays_one_heading() -> None:
    article = ARTICLE.with_changes(title="Title\n# Injected\n---\n<b>x</b> [[link]]")
    out = render_article_notes(article, [], None, TEXT, exported="e")
    assert headings(out) == ["Title # Injected --- <b>x</b> [[link]]", "Highlights"]


def test_non_web_source_is_not_a_link() -> None:
    article = ARTICLE.with_changes(source="javascript:alert(1)")
    out = render_article_notes(article, [], None, TEXT, exported="e")
    assert "](" not in out and "Source: javascript:alert(1)" in out


@given(value=st.text())
@settings(max_examples=300)
def test_yaml_strings_read_back_exactly(value: str) -> None:
    import json

    # A YAML double-quoted scalar with these escapes is also a JSON string.
    assert json.loads(yaml_string(value)) == value


@pytest.mark.parametrize(
    ("tag", "expected"),
    [("city hall", "city_hall"), ("a#b.c!", "abc"), ("2024", "_2024"), ("café/ñu", "café/ñu")],
)
def test_tags_follow_obsidian_rules(tag: str, expected: str) -> None:
    assert obsidian_tag(tag) == expected


def test_block_id_is_stable_and_safe_for_any_id() -> None:
    assert block_id("ab12cd34") == "hl-ab12cd34"
    assert block_id("weird id/with space") == block_id("weird id/with space")
    assert block_id("weird id/with space").replace("-", "").isalnum()


def notes_item(highlights: list[Highlight], title: str = "The Bridge Debate") -> ArticleNotes:
    return ArticleNotes(ARTICLE.with_changes(title=title), highlights, ANALYSIS, TEXT)


def test_export_writes_one_file_per_article(tmp_path: Path) -> None:
    other = ArticleNotes(ARTICLE.with_changes(id="art-2"), [], None, TEXT)
    paths = export_markdown([notes_item([hl(0, 3, "a1")]), other], tmp_path, exported="e")
    assert len({p.name for p in paths}) == 2 and all(p.parent == tmp_path.resolve() for p in paths)


def test_re_export_keeps_the_user_section(tmp_path: Path) -> None:
    [path] = export_markdown([notes_item([hl(0, 3, "a1")])], tmp_path, exported="e1")
    path.write_text(path.read_text() + "My own thoughts.\n\n# My heading\n", encoding="utf-8")
    export_markdown([notes_item([hl(0, 3, "a1"), hl(4, 9, "b2")])], tmp_path, exported="e2")
    content = path.read_text()
    assert content.endswith(USER_MARKER + "\n\nMy own thoughts.\n\n# My heading\n")
    assert "^hl-b2" in content and 'exported: "e2"' in content


def test_re_export_follows_a_changed_title(tmp_path: Path) -> None:
    [old] = export_markdown([notes_item([])], tmp_path, exported="e")
    old.write_text(old.read_text() + "kept words\n", encoding="utf-8")
    [new] = export_markdown([notes_item([], title="New Title")], tmp_path, exported="e")
    assert not old.exists() and new.read_text().endswith("kept words\n")


def test_file_without_the_marker_is_kept_whole(tmp_path: Path) -> None:
    [path] = export_markdown([notes_item([])], tmp_path, exported="e")
    path.write_text("the user rewrote everything\n", encoding="utf-8")
    export_markdown([notes_item([])], tmp_path, exported="e")
    assert path.read_text().endswith("the user rewrote everything\n")


def test_unchanged_re_export_gives_the_same_bytes(tmp_path: Path) -> None:
    [path] = export_markdown([notes_item([hl(0, 3, "a1")])], tmp_path, exported="e")
    first = path.read_bytes()
    export_markdown([notes_item([hl(0, 3, "a1")])], tmp_path, exported="e")
    assert path.read_bytes() == first


def test_no_temporary_files_are_left_behind(tmp_path: Path) -> None:
    export_markdown([notes_item([hl(0, 3, "a1")])], tmp_path, exported="e")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@given(note=st.text(max_size=200), exact=st.text(min_size=1, max_size=200))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_no_text_adds_a_heading_or_a_second_marker(note: str, exact: str) -> None:
    out = render([hl(4, 9, "h1", note=note, exact=exact)], None, article_note=note)
    assert headings(out) == ["The Bridge Debate", "Highlights"]
    assert [line for line in out.splitlines() if line.strip() == USER_MARKER] == [USER_MARKER]
    assert html_blocks(out) == [USER_MARKER]


# Notes written mostly in Markdown's own characters: where a heading or a rule could hide.
MARKDOWN_SYNTAX = st.text(
    alphabet=st.sampled_from(list("># -=_*`~<![]^%$\\+1.)\n \ta")), max_size=40
)


@given(note=MARKDOWN_SYNTAX)
@example(note="- #")  # a heading inside a list item
@example(note="> 1. ##")
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_a_note_of_markdown_syntax_adds_no_heading(note: str) -> None:
    out = render([hl(4, 9, "h1", note=note)], None, article_note=note)
    assert headings(out) == ["The Bridge Debate", "Highlights"]
    assert html_blocks(out) == [USER_MARKER]


def test_a_heading_or_rule_inside_a_notes_own_quote_is_escaped() -> None:
    # The note sits in a blockquote already: its "> #" would be a heading one level down.
    for note in (">#", "> > # Title", "text\n> ===", "> ---"):
        out = render([hl(4, 9, "h1", note=note)], None, article_note=note)
        assert headings(out) == ["The Bridge Debate", "Highlights"], note
