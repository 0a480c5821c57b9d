"""A TinyDB table addressed by one string key, with an in-memory index of document ids.

Looking a document up by key would otherwise scan the whole table; with 50,000 highlights
that scan, not the write, would dominate the cost of saving one.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from reader.library.store import TrackedTable


class KeyedTable:
    """Documents of one table, each unique by `doc[key]`."""

    def __init__(self, table: TrackedTable, key: str) -> None:
        self.table = table
        self.key = key
        self._index: dict[str, int] | None = None

    @property
    def _doc_ids(self) -> dict[str, int]:
        """Key to document id, built on first use: listing articles at start-up only
        iterates (`peek`), and 10,000 articles would cost milliseconds to index."""
        if self._index is None:
            self._index = {
                str(document.get(self.key, "")): doc_id
                for doc_id, document in self.table.documents()
            }
        return self._index

    def __contains__(self, key: str) -> bool:
        return key in self._doc_ids

    def __len__(self) -> int:
        return len(self._doc_ids)

    def ids(self) -> list[str]:
        return list(self._doc_ids)

    def get(self, key: str) -> dict[str, Any] | None:
        doc_id = self._doc_ids.get(key)
        if doc_id is None:
            return None
        document = self.table.get(doc_id=doc_id)
        return dict(document) if isinstance(document, dict) else None

    def values(self) -> Iterator[dict[str, Any]]:
        """Copies of every document, safe to keep or change."""
        for document in self.table.all():
            yield dict(document)

    def peek(self) -> Iterator[Mapping[str, Any]]:
        """Every document without copying: read, never change or keep them."""
        for _, document in self.table.documents():
            yield document

    def put(self, data: dict[str, Any]) -> None:
        """Insert or replace the document whose key is `data[self.key]`."""
        key = str(data[self.key])
        doc_id = self._doc_ids.get(key)
        if doc_id is None:
            self._doc_ids[key] = self.table.insert(data)
            return
        self.table.update(_replace_with(data), doc_ids=[doc_id])

    def delete(self, key: str) -> dict[str, Any] | None:
        data = self.get(key)
        doc_id = self._doc_ids.pop(key, None)
        if doc_id is not None:
            self.table.remove(doc_ids=[doc_id])
        return data


def _replace_with(data: dict[str, Any]) -> Any:
    """A TinyDB update callable that makes a document equal to `data` (dropping old fields)."""

    def transform(document: dict[str, Any]) -> None:
        document.clear()
        document.update(data)

    return transform
