"""Durable file writes shared by the store, the article files and the caches.

A write either leaves the old file or the complete new one: the bytes go to an fsync'd
temporary file in the same folder, which `os.replace` puts in place, and the folder itself
is fsync'd so the rename survives a power cut.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Collection, Iterator
from pathlib import Path


def fsync_dir(folder: Path) -> None:
    """Make renames and new entries in `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_all(fd: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_durable_temp(folder: Path, payload: bytes) -> Path:
    """Write `payload` to a new fsync'd temporary file in `folder` and return its path."""
    fd, name = tempfile.mkstemp(dir=folder, prefix=".reader-", suffix=".tmp")
    try:
        write_all(fd, payload)
        os.fsync(fd)
    except BaseException:
        os.close(fd)
        Path(name).unlink(missing_ok=True)
        raise
    os.close(fd)
    return Path(name)


def atomic_write(path: Path, payload: bytes) -> None:
    """Replace `path` with `payload` so that a crash leaves either the old or the new file."""
    temp = write_durable_temp(path.parent, payload)
    try:
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write(path, text.encode("utf-8"))


def walk_files(
    folder: Path, suffixes: Collection[str], skipped: Collection[str] = ()
) -> Iterator[Path]:
    """Files under `folder` with one of `suffixes`, in a stable order.

    Hidden files and folders are skipped, and so are folders named in `skipped`.
    """
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in skipped)
        for name in sorted(files):
            if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                yield Path(root) / name
