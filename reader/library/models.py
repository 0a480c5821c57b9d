"""Domain records of the library layer: plain frozen dataclasses, never TinyDB documents."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import MISSING, dataclass, field, replace
from typing import Any


@dataclass(frozen=True)
class Article:
    """One article in the library index, with the user state the list shows."""

    id: str
    path: str  # relative to the library folder, POSIX separators
    title: str
    source: str = ""  # URL or original path
    author: str = ""
    published: str = ""  # ISO date, or "" when unknown
    added: str = ""  # ISO datetime (UTC)
    words: int = 0
    content_hash: str = ""
    mtime: float = 0.0
    site: str = ""  # host name or publisher, for display
    tags: tuple[str, ...] = ()
    highlight_count: int = 0
    note_count: int = 0
    progress: float = 0.0  # 0.0 .. 1.0 of the article read
    last_read: str = ""  # ISO datetime, "" when never opened

    @property
    def is_unread(self) -> bool:
        return not self.last_read

    @property
    def reading_minutes(self) -> int:
        """Reading time at 230 words a minute, at least one minute."""
        return max(1, round(self.words / 230))

    def with_changes(self, **changes: Any) -> Article:
        return replace(self, **changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "source": self.source,
            "author": self.author,
            "published": self.published,
            "added": self.added,
            "words": self.words,
            "content_hash": self.content_hash,
            "mtime": self.mtime,
            "site": self.site,
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any], state: Mapping[str, Any]) -> Article:
        """An article from an index record this library wrote itself (`as_json`).

        Listing 10,000 articles builds 10,000 of these before the first paint; filling
        the instance dict directly costs a third of the frozen dataclass `__init__`.
        Records from elsewhere go through `from_json`, which checks every type.
        """
        article = object.__new__(cls)
        fields = article.__dict__
        fields.update(_RECORD_DEFAULTS)
        fields.update(record)  # exactly the keys `as_json` writes
        fields.update(state)
        return article

    @classmethod
    def from_json(cls, data: Mapping[str, Any], **state: Any) -> Article:
        """The record stored in the index, plus user `state` (tags, counts, progress)."""
        return cls(
            id=str(data["id"]),
            path=str(data["path"]),
            title=str(data.get("title", "")),
            source=str(data.get("source", "")),
            author=str(data.get("author", "")),
            published=str(data.get("published", "")),
            added=str(data.get("added", "")),
            words=int(data.get("words", 0)),
            content_hash=str(data.get("content_hash", "")),
            mtime=float(data.get("mtime", 0.0)),
            site=str(data.get("site", "")),
            **state,
        )


# Every field of an Article, at its default: `from_record` starts from these.
_RECORD_DEFAULTS: dict[str, Any] = {
    name: "" if spec.default is MISSING else spec.default
    for name, spec in Article.__dataclass_fields__.items()
}


@dataclass(frozen=True)
class Progress:
    """Where the reader stopped in one article."""

    article: str
    offset: int = 0  # character offset into the canonical text of the top visible line
    fraction: float = 0.0  # 0.0 .. 1.0
    updated: str = ""

    def as_json(self) -> dict[str, Any]:
        return {
            "article": self.article,
            "offset": self.offset,
            "fraction": self.fraction,
            "updated": self.updated,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Progress:
        return cls(
            article=str(data["article"]),
            offset=int(data.get("offset", 0)),
            fraction=float(data.get("fraction", 0.0)),
            updated=str(data.get("updated", "")),
        )


@dataclass(frozen=True)
class ImportedArticle:
    """What an importer makes of one input: clean Markdown and its metadata."""

    title: str
    markdown: str  # body, starting with "# {title}"
    source: str = ""
    author: str = ""
    published: str = ""
    site: str = ""
    extra: dict[str, str] = field(default_factory=dict)
