"""The command line, run as a user runs it: a subprocess, exit codes, stdout and stderr."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_39691e86ad5aec55.txt"
SEED_FIXTURE = Path(__file__).parent / "fixtures" / "seed.txt"


def seed_path(tmp_path: Path) -> Path:
    source = SEED if SEED.exists() else SEED_FIXTURE
    target = tmp_path / "seed.txt"
    shutil.copy(source, target)
    return target


def run(library: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb"}
    return subprocess.run(
        [sys.executable, "-m", "reader", "--library", str(library), *args],
        input=stdin.decode() if stdin is not None else None,
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


@pytest.fixture
def library(tmp_path: Path) -> Path:
    return tmp_path / "lib"


def added_id(library: Path, source: Path) -> str:
    result = run(library, "add", "--json", str(source))
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)[0]["article"]["id"])


def test_add_then_list_shows_the_article(library: Path, tmp_path: Path) -> None:
    article_id = added_id(library, seed_path(tmp_path))
    listing = json.loads(run(library, "list", "--json").stdout)
    assert [item["id"] for item in listing] == [article_id]
    assert listing[0]["title"].startswith("US warns North Korea")


def test_adding_the_same_file_twice_reports_it_present(library: Path, tmp_path: Path) -> None:
    seed = seed_path(tmp_path)
    added_id(library, seed)
    again = run(library, "add", str(seed))
    assert again.returncode == 0
    assert "already present" in again.stdout
    assert len(json.loads(run(library, "list", "--json").stdout)) == 1


def test_missing_file_is_one_line_error_and_library_untouched(
    library: Path, tmp_path: Path
) -> None:
    added_id(library, seed_path(tmp_path))
    before = sorted(p.name for p in library.iterdir())
    result = run(library, "add", str(tmp_path / "nope.txt"))
    assert result.returncode != 0
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in library.iterdir()) == before


def test_empty_file_is_refused(library: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n\n  ")
    result = run(library, "add", str(empty))
    assert result.returncode != 0
    assert result.stderr.startswith("reader: ")


def test_stdin_import(library: Path) -> None:
    text = b"A Title From Stdin\n\nA first paragraph that says something real.\n"
    result = run(library, "add", "--json", "-", stdin=text)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["article"]["title"] == "A Title From Stdin"


def test_tag_add_and_remove_by_prefix(library: Path, tmp_path: Path) -> None:
    article_id = added_id(library, seed_path(tmp_path))
    assert run(library, "tag", article_id[:4], "+korea", "+Sanctions").returncode == 0
    run(library, "tag", article_id[:4], "-korea")
    listing = json.loads(run(library, "list", "--json").stdout)
    assert listing[0]["tags"] == ["sanctions"]


def test_unknown_id_is_a_clear_error(library: Path, tmp_path: Path) -> None:
    added_id(library, seed_path(tmp_path))
    result = run(library, "show", "zzzz")
    assert result.returncode == 1
    assert "no article with id 'zzzz'" in result.stderr


def test_show_prints_the_article_without_markup_interpretation(
    library: Path, tmp_path: Path
) -> None:
    hostile = tmp_path / "hostile.md"
    hostile.write_text("# [bold red]Boom[/] \x1b[31mred\n\nBody [@click=app.quit]x[/] here.\n")
    article_id = added_id(library, hostile)
    result = run(library, "show", article_id)
    assert result.returncode == 0, result.stderr
    assert "[bold red]Boom[/]" in result.stdout
    assert "[@click=app.quit]x[/]" in result.stdout
    assert "\x1b" not in result.stdout


def test_rm_moves_the_file_to_trash(library: Path, tmp_path: Path) -> None:
    article_id = added_id(library, seed_path(tmp_path))
    result = run(library, "rm", article_id)
    assert result.returncode == 0, result.stderr
    assert list((library / ".trash").glob("*.md"))
    assert json.loads(run(library, "list", "--json").stdout) == []


def test_info_reports_paths_and_counts(library: Path, tmp_path: Path) -> None:
    added_id(library, seed_path(tmp_path))
    info = json.loads(run(library, "info", "--json").stdout)
    assert info["articles"] == 1
    assert info["database"].endswith("reader.json")


def test_entities_and_quotes_commands(library: Path, tmp_path: Path) -> None:
    article_id = added_id(library, seed_path(tmp_path))
    entities = json.loads(run(library, "entities", "--json", article_id).stdout)
    names = {entity["name"] for entity in entities}
    assert "Jake Sullivan" in names
    quotes = json.loads(run(library, "quotes", "--json", article_id).stdout)
    assert any(quote["speaker"] == "Jake Sullivan" for quote in quotes)


def test_second_writer_gets_a_clear_message(library: Path, tmp_path: Path) -> None:
    from reader.library.facade import Library

    article_id = added_id(library, seed_path(tmp_path))
    with Library.open(library):
        result = run(library, "tag", article_id, "+a")
    assert result.returncode == 1
    assert "open in another reader" in result.stderr


def test_read_only_commands_work_while_another_reader_writes(library: Path, tmp_path: Path) -> None:
    from reader.library.facade import Library

    article_id = added_id(library, seed_path(tmp_path))
    with Library.open(library):
        result = run(library, "list", "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)[0]["id"] == article_id


def highlight_in(library: Path, article_id: str, note: str) -> None:
    from reader.annotations.model import Highlight
    from reader.library.facade import Library

    with Library.open(library) as lib:
        text = lib.document(article_id).text
        start = text.index("Jake Sullivan")
        lib.save_highlight(Highlight.create(article_id, text, start, start + 13, note=note))


def test_export_writes_markdown_inside_the_chosen_folder(library: Path, tmp_path: Path) -> None:
    article_id = added_id(library, seed_path(tmp_path))
    highlight_in(library, article_id, "adviser --- # not a heading")
    out = tmp_path / "notes"
    result = run(library, "export", "--out", str(out))
    assert result.returncode == 0, result.stderr
    (written,) = out.glob("*.md")
    content = written.read_text(encoding="utf-8")
    assert "> Jake Sullivan" in content
    assert "## Who said what" in content
    assert "\n# not a heading" not in content


def test_json_export_then_import_restores_every_annotation(library: Path, tmp_path: Path) -> None:
    article_id = added_id(library, seed_path(tmp_path))
    highlight_in(library, article_id, "first note ✓")
    exported = run(library, "export", "--format", "json", "--out", "-")
    assert exported.returncode == 0, exported.stderr
    backup = tmp_path / "annotations.json"
    backup.write_text(exported.stdout, encoding="utf-8")
    from reader.library.facade import Library

    with Library.open(library) as lib:
        (highlight,) = lib.highlights(article_id)
        lib.delete_highlight(highlight.id)
    restored = run(library, "import-annotations", str(backup))
    assert restored.returncode == 0, restored.stderr
    with Library.open(library) as lib:
        assert lib.highlights(article_id) == [highlight]


def test_import_of_a_malformed_annotation_file_is_refused(library: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"type": "nonsense"}')
    result = run(library, "import-annotations", str(bad))
    assert result.returncode == 1
    assert result.stderr.startswith("reader: ")
    assert "Traceback" not in result.stderr


def test_library_option_may_follow_the_command(library: Path, tmp_path: Path) -> None:
    added_id(library, seed_path(tmp_path))
    env = {**os.environ, "COLUMNS": "120"}
    result = subprocess.run(
        [sys.executable, "-m", "reader", "list", "--json", "--library", str(library)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert len(json.loads(result.stdout)) == 1


def test_correct_a_name_lists_it_and_forgets_it(library: Path, tmp_path: Path) -> None:
    assert run(library, "add", str(seed_path(tmp_path))).returncode == 0
    article = json.loads(run(library, "list", "--json").stdout)[0]["id"]

    def texts() -> set[str]:
        return {e["text"] for e in json.loads(run(library, "entities", article, "--json").stdout)}

    assert "Jake Sullivan" in texts()
    done = run(library, "correct", "Jake Sullivan", "--not-entity")
    assert done.returncode == 0 and "not an entity" in done.stdout
    assert "Jake Sullivan" not in texts()
    assert "Jake Sullivan: not an entity" in run(library, "correct").stdout
    assert run(library, "correct", "Jake Sullivan", "--forget").returncode == 0
    assert "Jake Sullivan" in texts()
    assert run(library, "correct").stdout.strip() == "no corrections"


def test_correct_without_a_kind_is_one_line_error(library: Path, tmp_path: Path) -> None:
    assert run(library, "add", str(seed_path(tmp_path))).returncode == 0
    result = run(library, "correct", "Kremlin")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "--label" in result.stderr
    assert run(library, "correct", "Kremlin", "--forget").returncode == 1


def test_a_folder_with_no_articles_says_so(library: Path, tmp_path: Path) -> None:
    folder = tmp_path / "nothing here"
    folder.mkdir()
    (folder / "photo.jpg").write_bytes(b"\xff\xd8")
    added_id(library, seed_path(tmp_path))
    before = sorted(p.name for p in library.iterdir())
    result = run(library, "add", str(folder))
    assert result.returncode != 0
    assert result.stderr.strip() == f"reader: no articles in folder: {folder}"
    assert sorted(p.name for p in library.iterdir()) == before
