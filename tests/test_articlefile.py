"""The on-disk article format: front matter, file names and content hashes."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from reader.library.articlefile import (
    content_hash,
    parse_article_file,
    render_article_file,
    safe_filename,
)

_KEYS = st.sampled_from(["id", "title", "source", "author", "published", "added", "site"])


def test_rendered_file_starts_with_front_matter() -> None:
    text = render_article_file({"id": "abc", "title": "Hello"}, "# Hello\n")
    assert text.startswith('---\nid: "abc"\ntitle: "Hello"\n---\n\n# Hello')


def test_known_keys_come_in_a_fixed_order() -> None:
    text = render_article_file({"title": "T", "zeta": "z", "id": "i"}, "")
    assert text.index("id:") < text.index("title:") < text.index("zeta:")


def test_markup_and_path_titles_round_trip() -> None:
    meta = {"title": "[bold]x[/] ../../x", "source": 'a "quoted" thing: yes'}
    assert parse_article_file(render_article_file(meta, "body"))[0] == meta


def test_file_without_front_matter_is_all_body() -> None:
    assert parse_article_file("# Just a note\n\ntext") == ({}, "# Just a note\n\ntext")


def test_hand_written_front_matter_is_read() -> None:
    text = "---\ntitle: My Notes: Part 2\nauthor: 'O''Brien'\ntags:\n  - a\n---\nBody"
    meta, body = parse_article_file(text)
    assert meta == {"title": "My Notes: Part 2", "author": "O'Brien", "tags": ""}
    assert body == "Body"


def test_unclosed_front_matter_is_treated_as_body() -> None:
    text = "---\ntitle: x\nno closing line"
    assert parse_article_file(text) == ({}, text)


@given(st.dictionaries(_KEYS, st.text()), st.text())
def test_render_parse_round_trips(meta: dict[str, str], body: str) -> None:
    assert parse_article_file(render_article_file(meta, body)) == (meta, body)


def test_slug_is_made_from_the_title() -> None:
    assert safe_filename("Héllo, World!", set()) == "hello-world.md"


def test_path_title_is_not_a_path() -> None:
    assert safe_filename("../../etc/passwd", set()) == "etc-passwd.md"


def test_empty_title_gets_a_name() -> None:
    assert safe_filename("…", set()) == "article.md"


def test_windows_reserved_names_are_avoided() -> None:
    assert safe_filename("CON", set()) == "con-article.md"


def test_long_titles_are_cut() -> None:
    assert len(safe_filename("word " * 100, set())) <= 83


def test_clashes_get_a_number() -> None:
    assert safe_filename("Title", {"title.md", "title-2.md"}) == "title-3.md"


def test_taken_may_be_a_callable() -> None:
    assert safe_filename("Title", lambda name: name == "title.md") == "title-2.md"


@given(st.text(), st.sets(st.text(alphabet="abct-2.md", max_size=12), max_size=20))
def test_safe_filename_is_one_safe_unique_component(title: str, taken: set[str]) -> None:
    taken |= {safe_filename(title, set())}
    name = safe_filename(title, taken)
    assert re.fullmatch(r"[a-z0-9][a-z0-9-]*\.md", name)
    assert name not in taken
    assert len(name) <= 90


def test_content_hash_depends_on_exact_text() -> None:
    assert content_hash("a b") != content_hash("a  b")
    assert content_hash("a b") == content_hash("a b")
