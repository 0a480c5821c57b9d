"""Helpers shared by the command-line modules."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from reader.library.errors import LibraryLocked
from reader.library.facade import Library, normalize_tag
from reader.library.locate import default_library_path
from reader.library.models import Article


def open_library(args: argparse.Namespace, *, readonly: bool = False) -> Library:
    """Open the library, indexing files dropped in by hand first.

    A read-only command still works while the app holds the writer lock: it then reads
    the index as it stands instead of rescanning.
    """
    path = default_library_path(args.library)
    try:
        library = Library.open(path)
    except LibraryLocked:
        if not readonly:
            raise
        return Library.open(path, readonly=True)
    library.rescan()
    return library


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def with_tag(articles: list[Article], tag: str) -> list[Article]:
    """The articles carrying `tag`, written as the user likes (`Korea`, `#korea`)."""
    wanted = normalize_tag(tag)
    return [article for article in articles if wanted in article.tags]
