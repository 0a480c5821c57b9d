"""The Library facade: articles, user state and re-anchoring, through the real store."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reader.analysis.lexicon import Correction
from reader.annotations.model import Highlight
from reader.library.errors import Ambiguous, NotFound, ReaderError
from reader.library.facade import Library

SEED = Path(__file__).parent / "fixtures" / "seed.txt"


@pytest.fixture
def library(tmp_path: Path) -> Library:
    lib = Library.open(tmp_path / "lib")
    yield lib
    lib.close()


def add_seed(library: Library, tmp_path: Path) -> str:
    source = tmp_path / "seed.txt"
    shutil.copy(SEED, source)
    (result,) = library.add([str(source)])
    assert result.status == "added", result.message
    assert result.article is not None
    return result.article.id


def test_added_article_is_a_markdown_file_with_front_matter(
    library: Library, tmp_path: Path
) -> None:
    article_id = add_seed(library, tmp_path)
    article = library.get(article_id)
    text = (library.path / article.path).read_text(encoding="utf-8")
    assert text.startswith("---\nid: ")
    assert f'"{article_id}"' in text.split("---")[1]
    assert "Exit mobile version" not in text


def test_same_content_twice_is_a_duplicate(library: Library, tmp_path: Path) -> None:
    add_seed(library, tmp_path)
    copy = tmp_path / "copy.txt"
    shutil.copy(SEED, copy)
    (result,) = library.add([str(copy)])
    assert result.status == "duplicate"
    assert len(library.articles()) == 1


def test_bad_input_leaves_the_library_untouched(library: Library, tmp_path: Path) -> None:
    add_seed(library, tmp_path)
    before = sorted(p.name for p in library.path.iterdir())
    binary = tmp_path / "binary.txt"
    binary.write_bytes(bytes(range(256)) * 10)
    (result,) = library.add([str(binary)])
    assert result.status == "error"
    assert sorted(p.name for p in library.path.iterdir()) == before
    assert len(library.articles()) == 1


def test_any_unique_prefix_finds_the_article(library: Library, tmp_path: Path) -> None:
    article_id = add_seed(library, tmp_path)
    assert library.get(article_id[:3]).id == article_id
    with pytest.raises(NotFound):
        library.get("zzzz")


def test_ambiguous_prefix_is_refused(library: Library, tmp_path: Path) -> None:
    for number in range(40):
        path = tmp_path / f"a{number}.txt"
        path.write_text(f"Title number {number}\n\nBody text {number} of this article.\n")
    library.add([str(tmp_path / f"a{number}.txt") for number in range(40)])
    first_digits = [article.id[0] for article in library.articles()]
    repeated = next(d for d in first_digits if first_digits.count(d) > 1)
    with pytest.raises(Ambiguous):
        library.get(repeated)


def test_hand_dropped_file_is_indexed_by_rescan(library: Library) -> None:
    (library.path / "notes.md").write_text("# Dropped In\n\nBy hand, with care.\n")
    library.rescan()
    (article,) = library.articles()
    assert article.title == "Dropped In"
    assert library.document(article.id).text == "Dropped In\n\nBy hand, with care."


def test_tags_progress_and_notes_survive_reopening(library: Library, tmp_path: Path) -> None:
    article_id = add_seed(library, tmp_path)
    library.set_tags(article_id, add=["Korea", "#sanctions"])
    library.save_progress(article_id, 120, 0.25)
    library.set_article_note(article_id, "Follow up on **sanctions**.")
    library.close()
    with Library.open(library.path) as again:
        article = again.get(article_id)
        assert article.tags == ("korea", "sanctions")
        assert again.progress(article_id).offset == 120
        assert article.progress == 0.25
        assert again.article_note(article_id) == "Follow up on **sanctions**."


def test_highlight_save_delete_and_restore(library: Library, tmp_path: Path) -> None:
    article_id = add_seed(library, tmp_path)
    text = library.document(article_id).text
    start = text.index("Jake Sullivan")
    highlight = Highlight.create(article_id, text, start, start + 13, note="who")
    library.save_highlight(highlight)
    assert library.get(article_id).highlight_count == 1
    deleted = library.delete_highlight(highlight.id)
    assert library.highlights(article_id) == []
    library.save_highlight(deleted)
    assert library.highlights(article_id) == [highlight]


def test_editing_the_file_re_anchors_highlights(library: Library, tmp_path: Path) -> None:
    article_id = add_seed(library, tmp_path)
    text = library.document(article_id).text
    start = text.index("Adrienne Watson")
    library.save_highlight(Highlight.create(article_id, text, start, start + 15))
    path = library.path / library.get(article_id).path
    content = path.read_text(encoding="utf-8")
    path.write_text(content.replace("The US issued", "Earlier today, the US issued"))
    library.rescan()
    (moved,) = library.highlights(article_id)
    new_text = library.document(article_id).text
    assert new_text[moved.start : moved.end] == "Adrienne Watson"
    assert not moved.orphaned


def test_removed_article_goes_to_trash_and_keeps_its_highlights(
    library: Library, tmp_path: Path
) -> None:
    article_id = add_seed(library, tmp_path)
    text = library.document(article_id).text
    library.save_highlight(Highlight.create(article_id, text, 0, 10))
    target = library.remove(article_id)
    assert target.parent.name == ".trash"
    assert library.articles() == []
    assert len(library.highlights(article_id)) == 1


def test_lexicon_correction_changes_the_analysis(library: Library, tmp_path: Path) -> None:
    article_id = add_seed(library, tmp_path)
    assert any(e.name == "Jake Sullivan" for e in library.analysis(article_id).entities)
    library.correct_entity(Correction("Sullivan", None))
    library.correct_entity(Correction("Jake Sullivan", None))
    names = {entity.name for entity in library.analysis(article_id).entities}
    assert "Jake Sullivan" not in names


def test_colour_names_are_kept(library: Library) -> None:
    library.set_color_names({"yellow": "key claim", "green": " "})
    assert library.color_names() == {"yellow": "key claim"}


def test_read_only_library_refuses_writes(library: Library, tmp_path: Path) -> None:
    article_id = add_seed(library, tmp_path)
    library.close()
    with Library.open(library.path, readonly=True) as readonly, pytest.raises(ReaderError):
        readonly.set_tags(article_id, add=["x"])


def test_parsed_document_is_cached_and_a_damaged_cache_is_recomputed(
    library: Library, tmp_path: Path
) -> None:
    article_id = add_seed(library, tmp_path)
    expected = library.document(article_id)
    (cached,) = (library.path / ".cache" / "documents").glob("*.json")
    cached.write_bytes(b"{not json")
    library.close()
    with Library.open(library.path) as again:
        assert again.document(article_id) == expected
    assert cached.read_bytes().startswith(b'{"text"')


def test_rescan_never_takes_exported_notes_for_articles(library: Library, tmp_path: Path) -> None:
    from reader.export.library_notes import export_notes

    article_id = add_seed(library, tmp_path)
    text = library.document(article_id).text
    library.save_highlight(Highlight.create(article_id, text, 0, 20))
    export_notes(library, library.articles(), library.path / "exports")
    export_notes(library, library.articles(), library.path / "my-notes")
    library.rescan()
    assert [article.id for article in library.articles()] == [article_id]


def test_the_listing_carries_each_articles_user_state(library: Library, tmp_path: Path) -> None:
    article_id = add_seed(library, tmp_path)
    library.set_tags(article_id, add=["korea"])
    library.save_progress(article_id, 40, 0.5)
    text = library.document(article_id).text
    library.save_highlight(Highlight.create(article_id, text, 0, 10, note="why?"))
    (listed,) = library.articles()
    assert (listed.tags, listed.progress, listed.highlight_count, listed.note_count) == (
        ("korea",),
        0.5,
        1,
        1,
    )
    assert listed.last_read
    assert listed == library.get(article_id)
    assert listed.title and listed.words > 0


def test_an_article_without_user_state_lists_with_the_defaults(
    library: Library, tmp_path: Path
) -> None:
    add_seed(library, tmp_path)
    (listed,) = library.articles()
    assert (listed.tags, listed.progress, listed.highlight_count, listed.last_read) == (
        (),
        0.0,
        0,
        "",
    )
    assert listed.is_unread
