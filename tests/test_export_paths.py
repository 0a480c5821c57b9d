"""Export file names: safe, stable, unique and always inside the chosen folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reader.export.paths import (
    UnsafeExportPath,
    article_short_id,
    export_path,
    short_id_in_name,
)
from reader.library.models import Article


def article(title: str, article_id: str = "abc123") -> Article:
    return Article(id=article_id, path="a.md", title=title)


def test_name_is_title_and_short_id(tmp_path: Path) -> None:
    path = export_path(tmp_path, article("The Budget Debate"))
    assert path.name == f"The Budget Debate ({article_short_id('abc123')}).md"


def test_same_article_gets_the_same_path_every_time(tmp_path: Path) -> None:
    assert export_path(tmp_path, article("T")) == export_path(tmp_path, article("T"))


def test_same_title_different_articles_get_different_paths(tmp_path: Path) -> None:
    assert export_path(tmp_path, article("T", "one")) != export_path(tmp_path, article("T", "two"))


@pytest.mark.parametrize("title", ["../../etc/passwd", "/abs/path", "..", "a\\b", "C:evil"])
def test_path_tricks_stay_inside_the_folder(tmp_path: Path, title: str) -> None:
    path = export_path(tmp_path, article(title))
    assert path.parent == tmp_path.resolve()


@pytest.mark.parametrize("title", [".hidden", "...", "  . ", ""])
def test_hidden_or_empty_titles_make_visible_names(tmp_path: Path, title: str) -> None:
    name = export_path(tmp_path, article(title)).name
    assert not name.startswith(".") and not name.startswith(" ")


def test_reserved_windows_names_are_avoided(tmp_path: Path) -> None:
    assert not export_path(tmp_path, article("CON")).name.upper().startswith("CON")


def test_long_titles_are_cut_below_file_name_limits(tmp_path: Path) -> None:
    name = export_path(tmp_path, article("é" * 500)).name
    assert len(name.encode("utf-8")) <= 255


def test_symlink_escaping_the_folder_is_refused(tmp_path: Path) -> None:
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    outside = tmp_path / "victim.md"
    outside.write_text("keep me")
    (out_dir / export_path(out_dir, article("T")).name).symlink_to(outside)
    with pytest.raises(UnsafeExportPath):
        export_path(out_dir, article("T"))


def test_short_id_is_read_back_from_the_name(tmp_path: Path) -> None:
    path = export_path(tmp_path, article("Title (with) parens"))
    assert short_id_in_name(path.name) == article_short_id("abc123")


@given(title=st.text(max_size=300), article_id=st.text(min_size=1, max_size=40))
@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_title_yields_a_plain_name_inside_the_folder(
    tmp_path: Path, title: str, article_id: str
) -> None:
    path = export_path(tmp_path, article(title, article_id))
    assert path.parent == tmp_path.resolve()
    assert path.name.endswith(".md") and not path.name.startswith(".")
    assert "/" not in path.name and "\\" not in path.name and "\x00" not in path.name
    assert len(path.name.encode("utf-8")) <= 255
