"""The journaled storage: torn journal lines, failed writes, compaction and backups."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from tinydb import Query

from reader.library import storage
from reader.library.errors import CorruptDatabase
from reader.library.storage import journal_path, list_backups, load_state, parse_journal
from reader.library.store import Store


def saved(folder: Path) -> list[dict[str, Any]]:
    with Store.open(folder, readonly=True) as store:
        return [dict(doc) for doc in store.table("annotations").all()]


def open_with_journal(folder: Path, *ids: str) -> Store:
    """A writer that has saved `ids` to its journal and not yet compacted."""
    store = Store.open(folder)
    for doc_id in ids:
        store.table("annotations").insert({"id": doc_id})
    return store


def test_each_write_is_one_journal_line(tmp_path: Path) -> None:
    store = open_with_journal(tmp_path, "a", "b")
    store.table("annotations").update({"note": "n"}, Query().id == "a")

    lines = journal_path(tmp_path / "reader.json").read_bytes().splitlines()
    store.close()
    assert len(lines) == 3  # table creation with the first insert, insert, update
    assert json.loads(lines[-1]) == [["annotations", "1", {"id": "a", "note": "n"}]]


def test_torn_final_journal_line_is_ignored(tmp_path: Path) -> None:
    store = open_with_journal(tmp_path, "a")
    journal = journal_path(tmp_path / "reader.json")
    with journal.open("ab") as handle:
        handle.write(b'[["annotations","9",{"id":"tor')

    assert saved(tmp_path) == [{"id": "a"}]
    store.close()


def test_torn_final_line_with_its_newline_is_ignored(tmp_path: Path) -> None:
    payload = b'[["t","1",{"a":1}]]\n[["t","2",{"a"\n'

    entries, good_bytes = parse_journal(payload, tmp_path / "j")

    assert entries == [[("t", "1", {"a": 1})]]
    assert good_bytes == len(b'[["t","1",{"a":1}]]\n')


def test_torn_tail_from_a_crash_is_dropped_on_the_next_open(tmp_path: Path) -> None:
    open_with_journal(tmp_path, "a").storage._close_journal()  # as if the process died
    (tmp_path / "reader.json.lock").unlink()
    with journal_path(tmp_path / "reader.json").open("ab") as handle:
        handle.write(b'[["annotations","9"')
    # The first write after opening cuts the torn tail, so its line starts clean.
    with Store.open(tmp_path) as store:
        store.table("annotations").insert({"id": "b"})

    assert saved(tmp_path) == [{"id": "a"}, {"id": "b"}]


def test_bad_journal_line_before_the_last_is_corrupt(tmp_path: Path) -> None:
    payload = b'[["t","1",{"a":1}]]\nnot json\n[["t","2",{"a":2}]]\n'

    with pytest.raises(CorruptDatabase, match="journal line 2"):
        parse_journal(payload, tmp_path / "j")


def test_failed_snapshot_replace_leaves_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_with_journal(tmp_path, "a")
    before = (tmp_path / "reader.json").read_bytes()

    def crash(*args: Any) -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        store.storage.compact()
    monkeypatch.undo()

    assert (tmp_path / "reader.json").read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))
    assert saved(tmp_path) == [{"id": "a"}]  # still in the journal
    store.close()


def test_failed_fsync_mid_write_leaves_the_previous_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_with_journal(tmp_path, "a")
    before = (tmp_path / "reader.json").read_bytes()

    def crash(fd: int) -> None:
        raise OSError("fsync failed")

    monkeypatch.setattr(os, "fsync", crash)
    with pytest.raises(OSError):
        store.storage.compact()
    monkeypatch.undo()

    assert (tmp_path / "reader.json").read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))
    assert saved(tmp_path) == [{"id": "a"}]
    store.close()


def test_failed_journal_sync_undoes_the_write(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_with_journal(tmp_path, "a")

    def crash(fd: int) -> None:
        raise OSError("fdatasync failed")

    monkeypatch.setattr(os, "fdatasync", crash)
    with pytest.raises(OSError):
        store.table("annotations").insert({"id": "lost"})
    monkeypatch.undo()

    assert [doc["id"] for doc in store.table("annotations").all()] == ["a"]
    store.table("annotations").insert({"id": "b"})
    assert [doc["id"] for doc in saved(tmp_path)] == ["a", "b"]
    store.close()


def test_failing_update_changes_no_document(tmp_path: Path) -> None:
    store = open_with_journal(tmp_path, "a", "b")

    def half_done(document: Any) -> None:
        document["note"] = "changed"
        if document["id"] == "b":
            raise ValueError("bad update")

    with pytest.raises(ValueError):
        store.table("annotations").update(half_done)

    assert store.table("annotations").all() == [{"id": "a"}, {"id": "b"}]
    store.close()
    assert saved(tmp_path) == [{"id": "a"}, {"id": "b"}]


def test_failing_insert_multiple_inserts_nothing(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        with pytest.raises(ValueError):
            store.table("annotations").insert_multiple([{"id": "a"}, "not a mapping"])  # type: ignore[list-item]
        assert store.table("annotations").all() == []


def test_replaying_a_journal_onto_its_own_snapshot_changes_nothing(tmp_path: Path) -> None:
    store = open_with_journal(tmp_path, "a", "b")
    store.table("annotations").remove(Query().id == "a")
    store.table("annotations").truncate()
    store.table("annotations").insert({"id": "c"})
    journal = journal_path(tmp_path / "reader.json").read_bytes()
    store.compact()  # removes the journal
    store.close()

    # As if the process died after the new snapshot but before removing the journal.
    journal_path(tmp_path / "reader.json").write_bytes(journal)

    assert [doc["id"] for doc in saved(tmp_path)] == ["c"]


def data_files(folder: Path) -> dict[Path, int]:
    """Modification times of everything but the lock file (rewritten with the pid)."""
    return {
        p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file() and p.suffix != ".lock"
    }


def compacted_session(folder: Path, *ids: str) -> None:
    store = open_with_journal(folder, *ids)
    store.compact()
    store.close()


def test_compact_folds_the_journal_into_the_snapshot(tmp_path: Path) -> None:
    compacted_session(tmp_path, "a")

    assert not journal_path(tmp_path / "reader.json").exists()
    snapshot = json.loads((tmp_path / "reader.json").read_text())
    assert snapshot["annotations"] == {"1": {"id": "a"}}


def test_close_with_a_small_journal_rewrites_nothing(tmp_path: Path) -> None:
    compacted_session(tmp_path)
    store = open_with_journal(tmp_path, "a")
    before = data_files(tmp_path)

    store.close()

    after = data_files(tmp_path)
    assert after == before
    assert saved(tmp_path) == [{"id": "a"}]  # kept in the journal, replayed on open


def test_clean_open_and_close_rewrites_nothing(tmp_path: Path) -> None:
    compacted_session(tmp_path, "a")
    before = data_files(tmp_path)

    Store.open(tmp_path).close()

    after = data_files(tmp_path)
    assert after == before


def test_close_compacts_a_journal_that_has_grown_large(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = open_with_journal(tmp_path, "a", "b")
    monkeypatch.setattr(storage, "COMPACT_AT_BYTES", 1)

    store.close()

    assert not journal_path(tmp_path / "reader.json").exists()
    assert len(json.loads((tmp_path / "reader.json").read_text())["annotations"]) == 2


def test_open_compacts_a_journal_left_large(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_with_journal(tmp_path, "a", "b").close()
    monkeypatch.setattr(storage, "COMPACT_AT_BYTES", 1)

    Store.open(tmp_path).close()

    assert not journal_path(tmp_path / "reader.json").exists()
    assert len(json.loads((tmp_path / "reader.json").read_text())["annotations"]) == 2


def test_compaction_threshold_grows_with_the_snapshot() -> None:
    small = storage.COMPACT_MIN_BYTES
    big = storage.COMPACT_MIN_BYTES * storage.COMPACT_RATIO * 2

    assert storage.journal_is_large(small, small)
    assert not storage.journal_is_large(small, big)
    assert storage.journal_is_large(storage.COMPACT_AT_BYTES, 10**12)


def test_large_journal_is_compacted_while_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(storage, "COMPACT_AT_BYTES", 200)
    store = open_with_journal(tmp_path, *[str(n) for n in range(10)])

    assert journal_path(tmp_path / "reader.json").stat().st_size < 200
    assert len(load_state(tmp_path / "reader.json").data["annotations"]) == 10
    store.close()


def test_only_the_last_five_backups_are_kept(tmp_path: Path) -> None:
    for number in range(8):
        compacted_session(tmp_path, str(number))

    backups = list_backups(tmp_path)
    assert len(backups) == 5
    newest = json.loads(backups[0].read_text())
    assert newest == json.loads((tmp_path / "reader.json").read_text())


def test_snapshot_is_never_rewritten_in_place(tmp_path: Path) -> None:
    compacted_session(tmp_path, "a")
    backup = list_backups(tmp_path)[0]
    kept = backup.read_bytes()

    compacted_session(tmp_path, "b")

    assert backup.read_bytes() == kept
    assert os.stat(tmp_path / "reader.json").st_ino != os.stat(backup).st_ino


def cache_file(folder: Path) -> Path:
    return folder / storage.CACHE_PATH


def test_compaction_writes_a_cache_matching_the_snapshot(tmp_path: Path) -> None:
    compacted_session(tmp_path, "a")

    cached = storage.load_cache(tmp_path / "reader.json")

    assert cached is not None
    assert cached[0] == json.loads((tmp_path / "reader.json").read_text())


def test_cache_of_another_snapshot_version_is_ignored(tmp_path: Path) -> None:
    compacted_session(tmp_path, "a")
    stale = cache_file(tmp_path).read_bytes()
    compacted_session(tmp_path, "b")
    cache_file(tmp_path).write_bytes(stale)

    assert storage.load_cache(tmp_path / "reader.json") is None
    assert saved(tmp_path) == [{"id": "a"}, {"id": "b"}]


def test_snapshot_edited_by_hand_makes_the_cache_stale(tmp_path: Path) -> None:
    compacted_session(tmp_path, "a")
    snapshot = json.loads((tmp_path / "reader.json").read_text())
    snapshot["annotations"]["1"]["id"] = "z"
    (tmp_path / "reader.json").write_text(json.dumps(snapshot))

    assert saved(tmp_path) == [{"id": "z"}]


def test_corrupt_cache_is_ignored(tmp_path: Path) -> None:
    compacted_session(tmp_path, "a")
    payload = cache_file(tmp_path).read_bytes()
    cache_file(tmp_path).write_bytes(payload[: len(payload) // 2])

    assert storage.load_cache(tmp_path / "reader.json") is None
    assert saved(tmp_path) == [{"id": "a"}]


def test_writer_open_rebuilds_a_missing_cache(tmp_path: Path) -> None:
    compacted_session(tmp_path, "a")
    cache_file(tmp_path).unlink()

    Store.open(tmp_path).close()

    assert storage.load_cache(tmp_path / "reader.json") is not None
