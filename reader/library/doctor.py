"""`reader doctor`: inspect a library's database and recover it from a backup."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.library.errors import CorruptDatabase, ReaderError
from reader.library.fsutil import atomic_write, fsync_dir
from reader.library.storage import (
    BACKUP_PREFIX,
    DB_NAME,
    Change,
    Data,
    apply_changes,
    journal_path,
    list_backups,
    parse_journal,
    parse_snapshot,
    timestamp,
)
from reader.library.store import acquire_lock, schema_of


@dataclass(frozen=True)
class BackupInfo:
    """One kept snapshot: when it was taken and whether it parses."""

    path: Path
    taken: datetime
    ok: bool
    error: str = ""


@dataclass(frozen=True)
class DoctorReport:
    """What `inspect` found; `counts` and `schema` describe the data when it all parses."""

    folder: Path
    db_path: Path
    db_exists: bool
    db_ok: bool
    db_error: str
    journal_entries: int
    journal_torn: bool  # a crash left a partial last line; it is dropped, nothing is lost
    journal_error: str
    schema: int | None
    counts: dict[str, int]
    backups: tuple[BackupInfo, ...]

    @property
    def healthy(self) -> bool:
        return self.db_ok and not self.journal_error

    def lines(self) -> list[str]:
        """A plain-text summary, one fact a line."""
        state = "ok" if self.db_ok else f"CORRUPT: {self.db_error}"
        if not self.db_exists:
            state = "missing (a new library)"
        lines = [f"database {self.db_path}: {state}"]
        journal = f"journal: {self.journal_entries} entries"
        if self.journal_torn:
            journal += ", a torn last line (dropped on open)"
        if self.journal_error:
            journal += f", CORRUPT: {self.journal_error}"
        lines.append(journal)
        if self.schema is not None:
            lines.append(f"schema: {self.schema}")
        lines.extend(f"table {name}: {count}" for name, count in sorted(self.counts.items()))
        lines.append(f"backups: {len(self.backups)}")
        for backup in self.backups:
            verdict = "ok" if backup.ok else f"does not parse ({backup.error})"
            lines.append(f"  {backup.taken:%Y-%m-%d %H:%M:%S} UTC  {backup.path.name}  {verdict}")
        return lines


def inspect(folder: Path) -> DoctorReport:
    """Check the database, its journal and every backup without changing anything."""
    db_path = folder / DB_NAME
    data: Data | None = None
    db_error = ""
    try:
        data = parse_snapshot(db_path.read_bytes(), db_path) if db_path.exists() else {}
    except (CorruptDatabase, OSError) as error:
        db_error = str(error)
    entries, torn, journal_error = read_journal(db_path)
    if data is not None and not journal_error:
        for entry in entries:
            apply_changes(data, entry)
    usable = data is not None and not journal_error
    return DoctorReport(
        folder=folder,
        db_path=db_path,
        db_exists=db_path.exists(),
        db_ok=data is not None,
        db_error=db_error,
        journal_entries=len(entries),
        journal_torn=torn,
        journal_error=journal_error,
        schema=schema_of(data) if usable and data is not None else None,
        counts={name: len(rows) for name, rows in data.items()} if usable and data else {},
        backups=tuple(check_backup(path) for path in list_backups(folder)),
    )


def read_journal(db_path: Path) -> tuple[list[list[Change]], bool, str]:
    """The journal's entries, whether its last line is torn, and why it is corrupt if so."""
    path = journal_path(db_path)
    try:
        payload = path.read_bytes()
    except FileNotFoundError:
        return [], False, ""
    try:
        entries, good_bytes = parse_journal(payload, path)
    except CorruptDatabase as error:
        return [], False, str(error)
    return entries, good_bytes < len(payload), ""


def check_backup(path: Path) -> BackupInfo:
    taken = backup_time(path)
    try:
        parse_snapshot(path.read_bytes(), path)
    except (CorruptDatabase, OSError) as error:
        return BackupInfo(path, taken, ok=False, error=str(error))
    return BackupInfo(path, taken, ok=True)


def backup_time(path: Path) -> datetime:
    """The time in the backup's name, else its modification time."""
    stamp = path.stem.removeprefix(BACKUP_PREFIX)[:23]
    try:
        return datetime.strptime(stamp, "%Y%m%dT%H%M%S.%fZ").replace(tzinfo=UTC)
    except ValueError:
        return datetime.fromtimestamp(path.stat().st_mtime, UTC)


def recover(folder: Path, backup: Path | None = None) -> Path:
    """Put the damaged database aside and restore a backup; return the backup restored.

    The database is renamed to `*.corrupt-<timestamp>`, never deleted. A journal that still
    parses stays in place (a copy is kept beside it): it holds the saves made since the
    newest backup, and every entry sets a final value, so replaying it onto the restored
    backup loses nothing. A damaged journal is set aside like the database.
    Takes the writer lock, so it refuses while the library is open elsewhere.
    """
    db_path = folder / DB_NAME
    lock = acquire_lock(folder, db_path)
    try:
        chosen = choose_backup(folder, backup)
        payload = chosen.read_bytes()
        suffix = f".corrupt-{timestamp()}"
        journal = journal_path(db_path)
        if db_path.exists():
            os.replace(db_path, db_path.with_name(db_path.name + suffix))
        if journal.exists():
            aside = journal.with_name(journal.name + suffix)
            if journal_parses(journal):
                atomic_write(aside, journal.read_bytes())
            else:
                os.replace(journal, aside)
        fsync_dir(folder)
        atomic_write(db_path, payload)
    finally:
        lock.release()
    return chosen


def journal_parses(journal: Path) -> bool:
    try:
        parse_journal(journal.read_bytes(), journal)
    except (OSError, CorruptDatabase):
        return False
    return True


def choose_backup(folder: Path, backup: Path | None) -> Path:
    if backup is not None:
        info = check_backup(backup)
        if not info.ok:
            raise ReaderError(f"backup {backup} cannot be restored: {info.error}")
        return backup
    for path in list_backups(folder):
        if check_backup(path).ok:
            return path
    raise ReaderError(f"no backup of library {folder} parses; nothing was changed")
