"""Derived data cached on disk: parsed documents and analyses, keyed by content hash.

Everything here can be recomputed from the article files, so it lives outside the TinyDB
file (in `<library>/.cache/`) and deleting it loses nothing. A cache file that is missing,
stale or unreadable is simply recomputed.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

import orjson

from reader.analysis.document import DOCUMENT_MODEL_VERSION, Document, parse_document
from reader.analysis.lexicon import Lexicon
from reader.analysis.model import Analysis
from reader.library.fsutil import atomic_write

_UNREADABLE = (OSError, orjson.JSONDecodeError, KeyError, IndexError, ValueError, TypeError)


class DerivedCache:
    """Looks up, or computes and keeps, what is derived from an article's text."""

    def __init__(self, folder: Path, *, writable: bool = True) -> None:
        self.folder = folder
        self.writable = writable

    def document(self, content_hash: str, markdown: Callable[[], str]) -> Document:
        """The parsed document of an article body (parsing 100,000 words takes ~0.1 s)."""
        path = self.folder / "documents" / f"{content_hash[:24]}-{DOCUMENT_MODEL_VERSION}.json"
        with contextlib.suppress(*_UNREADABLE):
            return Document.from_json(orjson.loads(path.read_bytes()))
        document = parse_document(markdown())
        self._keep(path, document.as_json())
        return document

    def analysis(self, text: str, content_hash: str, lexicon: Lexicon) -> Analysis:
        """Entities and quotes of a canonical text, under the user's corrections."""
        from reader.analysis import ANALYZER_VERSION, analyze  # loads the recogniser

        key = f"{content_hash[:24]}-{ANALYZER_VERSION}-{lexicon.fingerprint}"
        path = self.folder / "analysis" / f"{key}.json"
        with contextlib.suppress(*_UNREADABLE):
            return Analysis.from_json(orjson.loads(path.read_bytes()))
        result = analyze(text, lexicon)
        self._keep(path, result.as_json())
        return result

    def _keep(self, path: Path, data: dict[str, Any]) -> None:
        if not self.writable:
            return
        with contextlib.suppress(OSError):
            path.parent.mkdir(parents=True, exist_ok=True)
            atomic_write(path, orjson.dumps(data))
