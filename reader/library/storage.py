"""A TinyDB storage that keeps the data in memory, a snapshot on disk and a journal of changes.

`reader.json` is a plain TinyDB JSON file (the snapshot). Each committed write appends one
line to `reader.json.journal`: a JSON list of changes `[table, doc_id, document]`, where a
`null` document deletes and a `null` doc_id clears the table. One line per write keeps a
write atomic: a line torn by a crash is the last one and is ignored. The snapshot plus the
journal is the database. The journal is folded into a new snapshot (written atomically) only
when it has grown large against the snapshot (checked on open, after each write and on
close), so rewriting the snapshot costs in proportion to the writes made since the last
one; each new snapshot is also kept in `.reader/backups/`.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import marshal
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson
from tinydb.storages import Storage

from reader.library.errors import CorruptDatabase, ReaderError
from reader.library.fsutil import atomic_write, fsync_dir, write_all, write_durable_temp

Document = dict[str, Any]
TableData = dict[str, Document]
Data = dict[str, TableData]
Change = tuple[str, str | None, Document | None]

DB_NAME = "reader.json"
JOURNAL_SUFFIX = ".journal"
BACKUP_DIR = Path(".reader") / "backups"
BACKUP_PREFIX = "reader-"
# A derived copy of the snapshot in marshal form, about 25% faster to load than its JSON;
# used only while it matches the snapshot's size, mtime and first and last 64 KiB.
CACHE_PATH = Path(".reader") / "snapshot.marshal"
CACHE_MAGIC = b"reader-snapshot-cache 1 "
STAMP_BYTES = 64 * 1024
KEEP_BACKUPS = 5
# Compact once the journal reaches a share of the snapshot's size, within fixed bounds: the
# rewrite then costs a constant factor per journal byte, and replaying the journal on open
# stays a small fraction of parsing the snapshot (2 MiB is about 5,000 saved highlights).
COMPACT_RATIO = 8
COMPACT_MIN_BYTES = 64 * 1024
COMPACT_AT_BYTES = 2 * 1024 * 1024


class ReadOnlyLibrary(ReaderError):
    """A write was attempted on a library opened read-only."""


def journal_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + JOURNAL_SUFFIX)


def backup_dir(folder: Path) -> Path:
    return folder / BACKUP_DIR


def timestamp() -> str:
    """A UTC stamp that sorts in time order and is safe in a file name."""
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S.%fZ")


def parse_snapshot(payload: bytes, path: Path) -> Data:
    """The tables in a TinyDB JSON file; `CorruptDatabase` when it does not parse."""
    if not payload.strip():
        return {}  # TinyDB itself treats an empty file as an empty database
    try:
        with gc_paused():
            data = orjson.loads(payload)
    except orjson.JSONDecodeError as error:
        raise corrupt(path, f"not valid JSON: {error}") from None
    if not isinstance(data, dict):
        raise corrupt(path, "not a JSON object of tables")
    for name, table in data.items():
        if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
            raise corrupt(path, f"table {name!r} is not an object of documents")
    return data


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic collector while parsing: 50,000 new dicts otherwise trigger full
    collections that double the parse time, and JSON cannot make reference cycles."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def corrupt(path: Path, reason: str) -> CorruptDatabase:
    return CorruptDatabase(
        f"{path} does not parse ({reason}); it was left as is: run `reader doctor` to recover"
    )


def load_snapshot(path: Path) -> tuple[Data, int, bool]:
    """The snapshot's tables, its size in bytes and whether they came from its cache."""
    cached = load_cache(path)
    if cached is not None:
        return *cached, True
    try:
        payload = path.read_bytes()
    except FileNotFoundError:
        return {}, 0, False
    return parse_snapshot(payload, path), len(payload), False


def snapshot_stamp(path: Path) -> bytes:
    """What identifies one version of the snapshot: size, mtime and a hash of its ends."""
    with path.open("rb") as handle:
        status = os.fstat(handle.fileno())
        size, mtime_ns = status.st_size, status.st_mtime_ns
        digest = hashlib.blake2b(handle.read(STAMP_BYTES), digest_size=16)
        handle.seek(max(0, size - STAMP_BYTES))
        digest.update(handle.read(STAMP_BYTES))
    return b"%d %d %s\n" % (size, mtime_ns, digest.hexdigest().encode())


def load_cache(path: Path) -> tuple[Data, int] | None:
    """The cached tables when the cache matches the snapshot; None (ignored) otherwise."""
    try:
        payload = (path.parent / CACHE_PATH).read_bytes()
        stamp = snapshot_stamp(path)
        header = CACHE_MAGIC + stamp
        if not payload.startswith(header):
            return None
        with gc_paused():
            data = marshal.loads(memoryview(payload)[len(header) :])
    except (OSError, ValueError, EOFError, TypeError):
        return None
    if not isinstance(data, dict):
        return None
    return data, int(stamp.split(b" ", 1)[0])


def write_cache(path: Path, data: Data) -> None:
    """Write the cache of the snapshot now at `path` (derived data: failures are ignored)."""
    body = marshal.dumps(data)
    with contextlib.suppress(OSError):
        cache = path.parent / CACHE_PATH
        cache.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(cache, CACHE_MAGIC + snapshot_stamp(path) + body)


def parse_journal(payload: bytes, path: Path) -> tuple[list[list[Change]], int]:
    """The complete entries in a journal and the byte length they span.

    A final line without its newline or that does not parse is a write torn by a crash and
    is dropped; a bad line before the last means the file was damaged otherwise.
    """
    entries: list[list[Change]] = []
    good_bytes = 0
    lines = payload.split(b"\n")
    complete, tail = lines[:-1], lines[-1]
    for number, line in enumerate(complete, start=1):
        try:
            entry = validate_entry(orjson.loads(line))
        except (orjson.JSONDecodeError, ValueError) as error:
            if number == len(complete) and not tail:
                break  # the last line, torn in a way that still reached its newline
            raise corrupt(path, f"journal line {number}: {error}") from None
        entries.append(entry)
        good_bytes += len(line) + 1
    return entries, good_bytes


def validate_entry(entry: object) -> list[Change]:
    if not isinstance(entry, list):
        raise ValueError("not a list of changes")
    changes: list[Change] = []
    for change in entry:
        if not (isinstance(change, list) and len(change) == 3 and isinstance(change[0], str)):
            raise ValueError("a change is not [table, id, document]")
        table, doc_id, doc = change
        if not (doc_id is None or isinstance(doc_id, str)) or not (
            doc is None or isinstance(doc, dict)
        ):
            raise ValueError("a change has a bad id or document")
        changes.append((table, doc_id, doc))
    return changes


def apply_changes(data: Data, changes: list[Change]) -> None:
    for table, doc_id, doc in changes:
        rows = data.setdefault(table, {})
        if doc_id is None:
            rows.clear()
        elif doc is None:
            rows.pop(doc_id, None)
        else:
            rows[doc_id] = doc


@dataclass
class State:
    """What is on disk: the data, the snapshot's size and the journal's good length."""

    data: Data
    snapshot_bytes: int = 0
    journal_bytes: int = 0
    journal_entries: int = 0
    from_cache: bool = False


def load_state(db_path: Path) -> State:
    """Snapshot plus journal, replayed."""
    journal = journal_path(db_path)
    # Open the journal before reading the snapshot: a writer compacting meanwhile replaces
    # both, and replaying an older journal onto a newer snapshot is harmless (idempotent).
    try:
        handle = journal.open("rb")
    except FileNotFoundError:
        data, snapshot_bytes, from_cache = load_snapshot(db_path)
        return State(data, snapshot_bytes, from_cache=from_cache)
    with handle:
        data, snapshot_bytes, from_cache = load_snapshot(db_path)
        entries, good_bytes = parse_journal(handle.read(), journal)
    for entry in entries:
        apply_changes(data, entry)
    return State(data, snapshot_bytes, good_bytes, len(entries), from_cache)


def journal_is_large(journal_bytes: int, snapshot_bytes: int) -> bool:
    """Whether folding the journal into a new snapshot is now worth rewriting the snapshot."""
    threshold = max(COMPACT_MIN_BYTES, snapshot_bytes // COMPACT_RATIO)
    return journal_bytes >= min(COMPACT_AT_BYTES, threshold)


def list_backups(folder: Path) -> list[Path]:
    """Backups in `folder`, newest first."""
    directory = backup_dir(folder)
    if not directory.is_dir():
        return []
    found = [p for p in directory.iterdir() if p.name.startswith(BACKUP_PREFIX)]
    return sorted(found, key=lambda p: p.name, reverse=True)


def keep_backup(payload: bytes, folder: Path, label: str = "") -> Path:
    """Keep `payload` as the newest backup, written atomically; drop all but the newest few.

    A copy, not a hard link: something editing `reader.json` in place (TinyDB's own
    JSONStorage does) would otherwise damage the backup with it.
    """
    directory = backup_dir(folder)
    directory.mkdir(parents=True, exist_ok=True)
    target = directory / f"{BACKUP_PREFIX}{timestamp()}{label}.json"
    atomic_write(target, payload)
    for old in list_backups(folder)[KEEP_BACKUPS:]:
        old.unlink(missing_ok=True)
    return target


class JournaledStorage(Storage):
    """TinyDB storage: data in memory, a durable journal per write, snapshots when compacting.

    `read()` returns the live data (no copy), so the `Table` subclass in `store.py` can
    change documents in place and report which ones it touched inside a `transaction()`.
    """

    def __init__(self, db_path: Path, *, readonly: bool = False) -> None:
        super().__init__()
        self.db_path = db_path
        self.folder = db_path.parent
        self.readonly = readonly
        self._load()
        self._journal_fd: int | None = None
        self._depth = 0
        # Ordered set of (table, doc id or None for a clear, clear sequence number).
        self._pending: dict[tuple[str, str | None, int], None] = {}
        self._clears = 0

    def _load(self) -> None:
        state = load_state(self.db_path)
        self.data = state.data
        self.snapshot_bytes = state.snapshot_bytes
        self.journal_bytes = state.journal_bytes
        self.journal_entries = state.journal_entries
        self.from_cache = state.from_cache

    def refresh_cache(self) -> None:
        """Rebuild a missing or stale cache; only from a snapshot with no journal on top."""
        if not self.from_cache and not self.journal_bytes and self.db_path.exists():
            write_cache(self.db_path, self.data)
            self.from_cache = True

    def needs_compaction(self) -> bool:
        return journal_is_large(self.journal_bytes, self.snapshot_bytes)

    # TinyDB's Storage interface.
    def read(self) -> Data:
        return self.data

    def write(self, data: Data) -> None:
        """A whole-database write (TinyDB's drop_table/drop_tables): a new snapshot."""
        self.check_writable()
        self.data = data
        self.compact()

    def close(self) -> None:
        """Close the journal; compact first only when it has grown large (see module doc)."""
        if not self.readonly and self.needs_compaction():
            self.compact()
        self._close_journal()

    # Change tracking.
    def check_writable(self) -> None:
        if self.readonly:
            raise ReadOnlyLibrary(f"library {self.folder} is open read-only")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """Group changes into one journal line; on any error restore the last committed state."""
        self.check_writable()
        self._depth += 1
        try:
            yield
        except BaseException:
            self._depth -= 1
            if self._depth == 0:
                self._rollback()
            raise
        self._depth -= 1
        if self._depth == 0:
            self._commit()

    def note_set(self, table: str, doc_id: str) -> None:
        """Record that a document was inserted, changed or removed in this transaction."""
        key = (table, doc_id, 0)
        # Re-inserting moves the key last, so the journal applies it after any earlier clear.
        self._pending.pop(key, None)
        self._pending[key] = None

    def note_clear(self, table: str) -> None:
        """Record that a table was emptied (or created empty)."""
        self._clears += 1
        self._pending[(table, None, self._clears)] = None

    def _changes(self) -> list[Change]:
        tables = self.data
        return [
            (table, doc_id, None if doc_id is None else tables.get(table, {}).get(doc_id))
            for table, doc_id, _ in self._pending
        ]

    def _commit(self) -> None:
        changes = self._changes()
        self._pending.clear()
        if not changes:
            return
        line = orjson.dumps(changes) + b"\n"
        fd = self._journal()
        try:
            write_all(fd, line)
            os.fdatasync(fd)
        except BaseException:
            self._rollback()
            raise
        self.journal_bytes += len(line)
        self.journal_entries += 1
        if self.needs_compaction():
            # The write is already durable; a failed compaction only leaves a longer journal.
            with contextlib.suppress(OSError):
                self.compact()

    def _rollback(self) -> None:
        """Cut a half-written journal line and reload what is on disk."""
        self._pending.clear()
        if self._journal_fd is not None:
            os.ftruncate(self._journal_fd, self.journal_bytes)
        self._load()

    def _journal(self) -> int:
        if self._journal_fd is None:
            path = journal_path(self.db_path)
            existed = path.exists()
            self._journal_fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            if existed:
                # Drop a torn tail left by a crash so new lines start on a line boundary.
                os.ftruncate(self._journal_fd, self.journal_bytes)
            else:
                fsync_dir(self.folder)
        return self._journal_fd

    def _close_journal(self) -> None:
        if self._journal_fd is not None:
            os.close(self._journal_fd)
            self._journal_fd = None

    def compact(self, *, backup: bool = True) -> None:
        """Write the data as a new snapshot, keep it as a backup and start an empty journal."""
        self.check_writable()
        payload = orjson.dumps(self.data)
        temp = write_durable_temp(self.folder, payload)
        try:
            os.replace(temp, self.db_path)
        except BaseException:
            temp.unlink(missing_ok=True)
            raise
        fsync_dir(self.folder)
        write_cache(self.db_path, self.data)
        if backup:
            keep_backup(payload, self.folder)
        # Only now may the journal go: a crash before this line replays it onto the new
        # snapshot, which changes nothing because every change sets a final value.
        self._close_journal()
        journal_path(self.db_path).unlink(missing_ok=True)
        fsync_dir(self.folder)
        self.snapshot_bytes = len(payload)
        self.journal_bytes = 0
        self.journal_entries = 0
