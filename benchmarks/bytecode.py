"""Bytecode for the TUI benchmarks' children, shared by bench_tui_start and bench_open_article.

An installed copy of reader is byte-compiled by pip, as Textual's own modules are. This
machine sets PYTHONDONTWRITEBYTECODE=1, so a child run from the checkout would compile reader
from source every time; the benchmarks compile it first, or remove its bytecode to measure
that case on purpose (`--from-source`).
"""

from __future__ import annotations

import compileall
import shutil
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "reader"


def prepare_bytecode(from_source: bool) -> None:
    """Byte-compile reader, or delete its bytecode when measuring start-up from source."""
    if not from_source:
        compileall.compile_dir(PACKAGE, quiet=1)
        return
    for cache in PACKAGE.rglob("__pycache__"):
        shutil.rmtree(cache)
