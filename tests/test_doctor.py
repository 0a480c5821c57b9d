"""`reader doctor`: inspection and recovery from backups."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.library import doctor
from reader.library.errors import LibraryLocked, ReaderError
from reader.library.storage import journal_path, list_backups
from reader.library.store import Store


def library_with(folder: Path, *ids: str) -> None:
    """One compacted session per id, so each leaves a backup holding the ids so far."""
    for doc_id in ids:
        with Store.open(folder) as store:
            store.table("annotations").insert({"id": doc_id})
            store.compact()


def saved_ids(folder: Path) -> list[str]:
    with Store.open(folder, readonly=True) as store:
        return [doc["id"] for doc in store.table("annotations").all()]


def test_inspect_reports_a_healthy_library(tmp_path: Path) -> None:
    library_with(tmp_path, "a", "b")

    report = doctor.inspect(tmp_path)

    assert report.healthy
    assert report.counts["annotations"] == 2
    assert report.schema == 1
    assert report.backups and all(backup.ok for backup in report.backups)


def test_inspect_counts_journal_entries(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.table("annotations").insert({"id": "a"})
    store.table("annotations").insert({"id": "b"})

    report = doctor.inspect(tmp_path)
    store.close()

    assert report.journal_entries == 2
    assert report.counts["annotations"] == 2


def test_inspect_reports_a_corrupt_database_without_changing_it(tmp_path: Path) -> None:
    library_with(tmp_path, "a")
    (tmp_path / "reader.json").write_bytes(b"{broken")

    report = doctor.inspect(tmp_path)

    assert not report.db_ok
    assert "does not parse" in report.db_error
    assert any("CORRUPT" in line for line in report.lines())
    assert (tmp_path / "reader.json").read_bytes() == b"{broken"


def test_inspect_marks_a_backup_that_does_not_parse(tmp_path: Path) -> None:
    library_with(tmp_path, "a", "b")
    list_backups(tmp_path)[0].write_bytes(b"nope")

    report = doctor.inspect(tmp_path)

    assert [backup.ok for backup in report.backups] == [False, True]


def test_recover_restores_the_newest_good_backup_and_keeps_the_bad_file(tmp_path: Path) -> None:
    library_with(tmp_path, "a", "b")
    (tmp_path / "reader.json").write_bytes(b"{broken")

    restored = doctor.recover(tmp_path)

    assert restored == list_backups(tmp_path)[0]
    assert saved_ids(tmp_path) == ["a", "b"]
    kept = list(tmp_path.glob("reader.json.corrupt-*"))
    assert [path.read_bytes() for path in kept] == [b"{broken"]


def test_recover_moves_a_corrupt_journal_aside(tmp_path: Path) -> None:
    library_with(tmp_path, "a")
    journal_path(tmp_path / "reader.json").write_bytes(b"garbage\n[]\n")

    doctor.recover(tmp_path)

    assert saved_ids(tmp_path) == ["a"]
    assert list(tmp_path.glob("reader.json.journal.corrupt-*"))


def test_recover_skips_a_backup_that_does_not_parse(tmp_path: Path) -> None:
    library_with(tmp_path, "a", "b")
    list_backups(tmp_path)[0].write_bytes(b"nope")
    (tmp_path / "reader.json").write_bytes(b"{broken")

    doctor.recover(tmp_path)

    assert saved_ids(tmp_path) == ["a"]


def test_recover_restores_the_backup_given(tmp_path: Path) -> None:
    library_with(tmp_path, "a", "b", "c")
    oldest = list_backups(tmp_path)[-1]

    doctor.recover(tmp_path, oldest)

    assert saved_ids(tmp_path) == ["a"]


def test_recover_without_a_good_backup_changes_nothing(tmp_path: Path) -> None:
    (tmp_path / "reader.json").write_bytes(b"{broken")

    with pytest.raises(ReaderError, match="no backup"):
        doctor.recover(tmp_path)
    assert (tmp_path / "reader.json").read_bytes() == b"{broken"


def test_recover_refuses_while_the_library_is_open(tmp_path: Path) -> None:
    library_with(tmp_path, "a")

    with Store.open(tmp_path), pytest.raises(LibraryLocked):
        doctor.recover(tmp_path)


def test_recover_replays_saves_made_since_the_newest_backup(tmp_path: Path) -> None:
    library_with(tmp_path, "a")
    with Store.open(tmp_path) as store:
        store.table("annotations").insert({"id": "after-backup"})
    assert journal_path(tmp_path / "reader.json").exists()
    (tmp_path / "reader.json").write_bytes(b"{broken")

    doctor.recover(tmp_path)

    assert saved_ids(tmp_path) == ["a", "after-backup"]
    assert list(tmp_path.glob("reader.json.journal.corrupt-*"))  # a copy is kept too
