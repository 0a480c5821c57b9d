"""Analysis results cached on disk by content hash, analyser version and lexicon.

The cache is derived data kept outside the TinyDB file: deleting it loses nothing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import orjson

from reader.analysis.lexicon import Lexicon
from reader.analysis.model import Analysis
from reader.library.fsutil import atomic_write_bytes


class AnalysisCache:
    """Looks up or computes the analysis of a canonical text."""

    def __init__(self, folder: Path, *, writable: bool = True) -> None:
        self.folder = folder
        self.writable = writable

    def _path(self, content_hash: str, lexicon: Lexicon) -> Path:
        from reader.analysis import ANALYZER_VERSION

        key = f"{content_hash[:24]}-{ANALYZER_VERSION}-{lexicon.fingerprint}"
        return self.folder / f"{key}.json"

    def get(self, text: str, content_hash: str, lexicon: Lexicon) -> Analysis:
        path = self._path(content_hash, lexicon)
        with contextlib.suppress(OSError, orjson.JSONDecodeError, KeyError, ValueError, TypeError):
            return Analysis.from_json(orjson.loads(path.read_bytes()))
        from reader.analysis import analyze  # the analyser loads only when it is needed

        result = analyze(text, lexicon)
        if self.writable:
            with contextlib.suppress(OSError):
                path.parent.mkdir(parents=True, exist_ok=True)
                atomic_write_bytes(path, orjson.dumps(result.as_json()))
        return result
