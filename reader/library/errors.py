"""Errors the library layer raises: each carries a one-line message fit for a user."""

from __future__ import annotations


class ReaderError(Exception):
    """Base of every error a user may see; `str(error)` is a one-line message."""


class NotFound(ReaderError):
    """No article (or highlight) matches the given id."""


class Ambiguous(ReaderError):
    """An id prefix matches more than one article."""


class ImportFailed(ReaderError):
    """An input could not be imported; nothing was written."""


class LibraryLocked(ReaderError):
    """Another process holds the library's write lock."""


class CorruptDatabase(ReaderError):
    """The TinyDB file does not parse; it is kept untouched and `reader doctor` can recover."""


class SchemaTooNew(ReaderError):
    """The database was written by a newer reader than this one."""
