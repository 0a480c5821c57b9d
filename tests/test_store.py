"""The store: reopen keeps every write, one writer at a time, corrupt files kept, migrations."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tinydb import Query, TinyDB

from reader.library.errors import CorruptDatabase, LibraryLocked, SchemaTooNew
from reader.library.storage import ReadOnlyLibrary, list_backups
from reader.library.store import SCHEMA_VERSION, Store

REPO = Path(__file__).resolve().parents[1]


def contents(folder: Path) -> dict[str, list[dict[str, Any]]]:
    with Store.open(folder, readonly=True) as store:
        return {
            name: [dict(doc) for doc in store.table(name).all()]
            for name in ("annotations", "tags", "progress")
        }


def python(code: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", code],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )


@contextmanager
def writer_in_other_process(folder: Path) -> Iterator[subprocess.Popen[str]]:
    """A process holding the library open for writing until its stdin closes."""
    child = python(
        "import sys; from pathlib import Path; from reader.library.store import Store\n"
        f"store = Store.open(Path({str(folder)!r}))\n"
        "print('open', flush=True); sys.stdin.read(); store.close()\n"
    )
    assert child.stdout is not None and child.stdin is not None
    assert child.stdout.readline().strip() == "open"
    try:
        yield child
    finally:
        child.stdin.close()
        child.wait(timeout=30)


def test_reopen_preserves_insert_update_remove_and_truncate(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        notes = store.table("annotations")
        notes.insert({"id": "a", "note": "first"})
        notes.insert_multiple([{"id": "b", "note": ""}, {"id": "c", "note": ""}])
        notes.update({"note": "changed"}, Query().id == "b")
        notes.remove(Query().id == "c")
        store.table("tags").insert({"article": "x", "tags": ["t"]})
        store.table("tags").truncate()
        store.table("progress").upsert({"article": "x", "offset": 9}, Query().article == "x")

    assert contents(tmp_path) == {
        "annotations": [{"id": "a", "note": "first"}, {"id": "b", "note": "changed"}],
        "tags": [],
        "progress": [{"article": "x", "offset": 9}],
    }


def test_writes_are_durable_before_close(tmp_path: Path) -> None:
    store = Store.open(tmp_path)
    store.table("annotations").insert({"id": "a"})

    # A reader sees the write while the writer is still open: it is on disk, in the journal.
    assert contents(tmp_path)["annotations"] == [{"id": "a"}]
    store.close()


def test_database_file_is_plain_tinydb_json(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.table("annotations").insert({"id": "a", "tags": ["x"]})
        store.compact()

    with TinyDB(tmp_path / "reader.json") as plain:
        assert plain.table("annotations").all() == [{"id": "a", "tags": ["x"]}]
        assert plain.table("meta").all() == [{"schema": SCHEMA_VERSION}]


def test_second_writer_in_another_process_gets_library_locked(tmp_path: Path) -> None:
    with writer_in_other_process(tmp_path) as child, pytest.raises(LibraryLocked) as caught:
        Store.open(tmp_path)

    assert str(tmp_path) in str(caught.value)
    assert f"pid {child.pid}" in str(caught.value)
    assert "\n" not in str(caught.value)


def test_second_writer_in_the_same_process_gets_library_locked(tmp_path: Path) -> None:
    with Store.open(tmp_path), pytest.raises(LibraryLocked):
        Store.open(tmp_path)


def test_close_releases_the_lock(tmp_path: Path) -> None:
    Store.open(tmp_path).close()

    with Store.open(tmp_path) as store:
        assert not store.readonly


def test_readonly_open_while_a_writer_holds_the_lock(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.table("annotations").insert({"id": "a"})
    with writer_in_other_process(tmp_path), Store.open(tmp_path, readonly=True) as reader:
        assert reader.table("annotations").all() == [{"id": "a"}]


def test_readonly_open_never_writes(tmp_path: Path) -> None:
    with Store.open(tmp_path) as store:
        store.table("annotations").insert({"id": "a"})
    store = Store.open(tmp_path)  # leaves a journal: a writer would compact it
    store.table("annotations").insert({"id": "b"})
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if p.is_file()}

    with Store.open(tmp_path, readonly=True) as reader:
        assert len(reader.table("annotations")) == 2
        with pytest.raises(ReadOnlyLibrary):
            reader.table("annotations").insert({"id": "c"})
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in tmp_path.rglob("*") if p.is_file()}
    store.close()

    assert after == before


def test_readonly_open_of_a_missing_library_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "absent"

    with Store.open(folder, readonly=True) as reader:
        assert reader.table("annotations").all() == []
    assert not folder.exists()


def test_corrupt_file_raises_and_keeps_its_bytes(tmp_path: Path) -> None:
    damaged = b'{"annotations": {"1": {"id": "a"'
    (tmp_path / "reader.json").write_bytes(damaged)

    with pytest.raises(CorruptDatabase) as caught:
        Store.open(tmp_path)

    assert str(tmp_path / "reader.json") in str(caught.value)
    assert "reader doctor" in str(caught.value)
    assert (tmp_path / "reader.json").read_bytes() == damaged


def test_corrupt_file_releases_the_lock(tmp_path: Path) -> None:
    (tmp_path / "reader.json").write_text("[1, 2]")
    with pytest.raises(CorruptDatabase):
        Store.open(tmp_path)
    (tmp_path / "reader.json").write_text("{}")

    Store.open(tmp_path).close()


def test_unversioned_database_is_stamped_and_filled_with_defaults(tmp_path: Path) -> None:
    old = {
        "annotations": {"1": {"id": "h1", "article": "a", "start": 0, "end": 4, "exact": "text"}},
        "progress": {"1": {"article": "a"}},
    }
    (tmp_path / "reader.json").write_text(json.dumps(old))

    with Store.open(tmp_path) as store:
        assert store.schema == SCHEMA_VERSION
        highlight = store.table("annotations").all()[0]

    assert highlight["color"] == "yellow"
    assert highlight["tags"] == []
    assert highlight["orphaned"] is False
    assert highlight["exact"] == "text"
    on_disk = json.loads((tmp_path / "reader.json").read_text())
    assert on_disk["meta"]["1"]["schema"] == SCHEMA_VERSION
    assert on_disk["progress"]["1"] == {"article": "a", "offset": 0, "fraction": 0.0, "updated": ""}


def test_migration_keeps_the_unversioned_file_as_a_backup(tmp_path: Path) -> None:
    old = json.dumps({"annotations": {"1": {"id": "h1"}}})
    (tmp_path / "reader.json").write_text(old)

    Store.open(tmp_path).close()

    assert old in [backup.read_text() for backup in list_backups(tmp_path)]


def test_readonly_open_migrates_in_memory_only(tmp_path: Path) -> None:
    old = json.dumps({"annotations": {"1": {"id": "h1"}}})
    (tmp_path / "reader.json").write_text(old)

    with Store.open(tmp_path, readonly=True) as reader:
        assert reader.table("annotations").all()[0]["note"] == ""
    assert (tmp_path / "reader.json").read_text() == old


def test_newer_schema_raises_schema_too_new(tmp_path: Path) -> None:
    newer = json.dumps({"meta": {"1": {"schema": SCHEMA_VERSION + 1}}})
    (tmp_path / "reader.json").write_text(newer)

    with pytest.raises(SchemaTooNew):
        Store.open(tmp_path)
    assert (tmp_path / "reader.json").read_text() == newer


def test_killed_writer_loses_no_acknowledged_write(tmp_path: Path) -> None:
    child = python(
        "from pathlib import Path; from reader.library.store import Store\n"
        f"store = Store.open(Path({str(tmp_path)!r}))\n"
        "table = store.table('annotations')\n"
        "for number in range(100000):\n"
        "    table.insert({'id': number, 'note': 'x' * 300})\n"
        "    if number % 7 == 0: table.update({'note': 'edited'}, doc_ids=[number + 1])\n"
        "    print(number, flush=True)\n"
    )
    assert child.stdout is not None
    acknowledged = [int(child.stdout.readline()) for _ in range(300)]
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)

    with Store.open(tmp_path) as store:
        saved = {doc["id"]: doc["note"] for doc in store.table("annotations").all()}
    assert set(acknowledged) <= set(saved)
    assert all(saved[n] == "edited" for n in acknowledged if n % 7 == 0)
    json.loads((tmp_path / "reader.json").read_bytes())


OPERATIONS = st.lists(
    st.one_of(
        st.tuples(st.just("insert"), st.integers(0, 20), st.text(max_size=8)),
        st.tuples(st.just("update"), st.integers(0, 20), st.text(max_size=8)),
        st.tuples(st.just("remove"), st.integers(0, 20), st.just("")),
        st.tuples(st.just("truncate"), st.just(0), st.just("")),
    ),
    max_size=25,
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=OPERATIONS)
def test_reopen_equals_the_state_before_close(tmp_path: Path, operations: list[Any]) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    with Store.open(folder) as store:
        table = store.table("annotations")
        for name, key, text in operations:
            if name == "insert":
                table.insert({"key": key, "text": text})
            elif name == "update":
                table.update({"text": text}, Query().key == key)
            elif name == "remove":
                table.remove(Query().key == key)
            else:
                table.truncate()
        expected = {doc.doc_id: dict(doc) for doc in table.all()}

    with Store.open(folder) as store:
        assert {doc.doc_id: dict(doc) for doc in store.table("annotations").all()} == expected
