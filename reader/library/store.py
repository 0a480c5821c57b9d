"""The library's TinyDB database: one writer at a time, journaled durable writes, migrations.

`Store.open(folder)` gives a TinyDB instance over `folder / "reader.json"` whose tables report
each changed document to a `JournaledStorage`, so a write costs one fsync'd journal line
instead of rewriting the whole file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Mapping, MutableMapping
from pathlib import Path
from types import TracebackType
from typing import Any, cast

from filelock import FileLock, Timeout
from tinydb import TinyDB
from tinydb.table import Table

from reader.library.errors import LibraryLocked, SchemaTooNew
from reader.library.storage import DB_NAME, Data, Document, JournaledStorage, keep_backup

LOCK_SUFFIX = ".lock"
META_TABLE = "meta"
META_ID = "1"

# Defaults every highlight had at schema 1 (Highlight.as_json); frozen here because a
# migration must keep meaning what it meant when it was written.
HIGHLIGHT_DEFAULTS_V1: dict[str, Any] = {
    "prefix": "",
    "suffix": "",
    "color": "yellow",
    "note": "",
    "tags": [],
    "created": "",
    "updated": "",
    "orphaned": False,
}
PROGRESS_DEFAULTS_V1: dict[str, Any] = {"offset": 0, "fraction": 0.0, "updated": ""}


def schema_of(data: Data) -> int:
    """The schema version stamped in `data`; 0 for a database written before versions."""
    meta = data.get(META_TABLE, {}).get(META_ID, {})
    version = meta.get("schema", 0)
    return version if isinstance(version, int) else 0


def stamp(data: Data, version: int) -> None:
    data.setdefault(META_TABLE, {}).setdefault(META_ID, {})["schema"] = version


def fill_defaults(rows: dict[str, Document], defaults: Mapping[str, Any]) -> None:
    for document in rows.values():
        for field, value in defaults.items():
            if field not in document:
                document[field] = list(value) if isinstance(value, list) else value


def migrate_0_to_1(data: Data) -> None:
    """Unversioned databases: give documents the fields schema 1 reads."""
    fill_defaults(data.get("annotations", {}), HIGHLIGHT_DEFAULTS_V1)
    fill_defaults(data.get("progress", {}), PROGRESS_DEFAULTS_V1)
    for document in data.get("tags", {}).values():
        document.setdefault("tags", [])


# MIGRATIONS[n] turns schema n into schema n + 1.
MIGRATIONS: list[Callable[[Data], None]] = [migrate_0_to_1]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(data: Data, version: int) -> None:
    """Run every step from `version` up to `SCHEMA_VERSION`, stamping each."""
    for step in range(version, SCHEMA_VERSION):
        MIGRATIONS[step](data)
        stamp(data, step + 1)


class TrackedView(MutableMapping[int, Document]):
    """One table's live documents under int ids, noting each write for the journal.

    TinyDB's own `_update_table` copies the whole table twice per write (str ids to int ids
    and back); this view does the conversion per access instead.
    """

    def __init__(self, storage: JournaledStorage, name: str) -> None:
        self.storage = storage
        self.name = name
        self.rows = storage.data.setdefault(name, {})

    def __getitem__(self, doc_id: int) -> Document:
        return self.rows[str(doc_id)]

    def __setitem__(self, doc_id: int, document: Document) -> None:
        self.rows[str(doc_id)] = document
        self.storage.note_set(self.name, str(doc_id))

    def __delitem__(self, doc_id: int) -> None:
        del self.rows[str(doc_id)]
        self.storage.note_set(self.name, str(doc_id))

    def __contains__(self, doc_id: object) -> bool:
        return str(doc_id) in self.rows

    def __iter__(self) -> Iterator[int]:
        return (int(doc_id) for doc_id in self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def clear(self) -> None:
        self.rows.clear()
        self.storage.note_clear(self.name)


class TrackedTable(Table):
    """A TinyDB table whose writes become one journal line each (see `JournaledStorage`)."""

    @property
    def journaled(self) -> JournaledStorage:
        return cast(JournaledStorage, self._storage)

    def _update_table(self, updater: Callable[[dict[int, Mapping[str, Any]]], None]) -> None:
        storage = self.journaled
        try:
            with storage.transaction():
                created = self.name not in storage.data
                view = TrackedView(storage, self.name)
                if created:
                    storage.note_clear(self.name)  # an empty table is still a table on disk
                updater(cast(dict[int, Mapping[str, Any]], view))
        finally:
            self.clear_cache()

    def update(
        self,
        fields: Mapping[str, Any] | Callable[[MutableMapping[str, Any]], None],
        cond: Any = None,
        doc_ids: Iterable[int] | None = None,
    ) -> list[int]:
        # Updates change documents in place, unseen by the view: note the ids TinyDB returns.
        with self.journaled.transaction():
            updated: list[int] = super().update(fields, cond, doc_ids)
            self._note(updated)
        return updated

    def update_multiple(self, updates: Iterable[tuple[Any, Any]]) -> list[int]:
        with self.journaled.transaction():
            updated: list[int] = super().update_multiple(updates)
            self._note(updated)
        return updated

    def upsert(self, document: Mapping[str, Any], cond: Any = None) -> list[int]:
        with self.journaled.transaction():  # update-then-insert commits as one line
            result: list[int] = super().upsert(document, cond)
        return result

    def documents(self) -> Iterator[tuple[int, Mapping[str, Any]]]:
        """Every (doc_id, document) pair without copying: read-only, for indexes and counts.

        TinyDB's `all()` copies each document into a `Document`; at 50,000 highlights that
        copy costs more than parsing them. Mutating what this yields would bypass the journal.
        """
        for doc_id, document in self.journaled.data.get(self.name, {}).items():
            yield int(doc_id), document

    def _note(self, doc_ids: Iterable[int]) -> None:
        for doc_id in doc_ids:
            self.journaled.note_set(self.name, str(doc_id))


class ReaderTinyDB(TinyDB):
    table_class = TrackedTable


class Store:
    """The open database of one library folder."""

    def __init__(
        self, folder: Path, storage: JournaledStorage, lock: FileLock | None, readonly: bool
    ) -> None:
        self.path = folder
        self.db_path = storage.db_path
        self.readonly = readonly
        self.storage = storage
        self._lock = lock
        self.db: TinyDB = ReaderTinyDB(storage=lambda: storage)
        self._closed = False

    @classmethod
    def open(cls, folder: Path, *, readonly: bool = False) -> Store:
        """Open the library in `folder`; a writer takes the lock, a reader never writes."""
        folder = Path(folder)
        db_path = folder / DB_NAME
        if readonly:
            storage = JournaledStorage(db_path, readonly=True)
            prepare_schema(storage)
            return cls(folder, storage, None, readonly=True)
        folder.mkdir(parents=True, exist_ok=True)
        lock = acquire_lock(folder, db_path)
        try:
            storage = JournaledStorage(db_path)
            is_new = not db_path.exists()
            changed = prepare_schema(storage)
            if changed or is_new or storage.needs_compaction():
                storage.compact(backup=not is_new)  # a new library has nothing to back up
            else:
                storage.refresh_cache()
        except BaseException:
            lock.release()
            raise
        return cls(folder, storage, lock, readonly=False)

    @property
    def schema(self) -> int:
        return schema_of(self.storage.data)

    def table(self, name: str) -> TrackedTable:
        table = self.db.table(name)
        assert isinstance(table, TrackedTable)
        return table

    def compact(self) -> None:
        """Fold the journal into a new snapshot now, so `reader.json` alone holds everything."""
        self.storage.compact()

    def close(self) -> None:
        """Release the lock; the journal is folded into the snapshot only when large."""
        if self._closed:
            return
        self._closed = True
        try:
            self.db.close()
        finally:
            if self._lock is not None:
                self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def acquire_lock(folder: Path, db_path: Path) -> FileLock:
    """Take the writer lock without waiting, or say who holds it."""
    lock_path = db_path.with_name(db_path.name + LOCK_SUFFIX)
    lock = FileLock(lock_path, timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise LibraryLocked(
            f"library {folder} is open in another reader{holder(lock_path)}"
        ) from None
    # The pid is only for the message above; the flock itself is what excludes.
    lock_path.write_text(str(os.getpid()))
    return lock


def holder(lock_path: Path) -> str:
    try:
        pid = lock_path.read_text().strip()
    except OSError:
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""


def prepare_schema(storage: JournaledStorage) -> bool:
    """Stamp a new database, refuse a newer one, migrate an older one; True if data changed."""
    data: Data = storage.data
    if not any(data.values()):
        stamp(data, SCHEMA_VERSION)
        return True
    version = schema_of(data)
    if version > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"{storage.db_path} has schema {version}; this reader knows up to "
            f"{SCHEMA_VERSION}: upgrade reader"
        )
    if version == SCHEMA_VERSION:
        return False
    if not storage.readonly and storage.db_path.exists():
        keep_backup(storage.db_path.read_bytes(), storage.folder, f"-schema{version}")
    migrate(data, version)
    return True
