"""The highlight: a W3C Web Annotation in spirit, anchored on the canonical text."""

from __future__ import annotations

import secrets
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

COLORS: tuple[str, ...] = ("yellow", "green", "blue", "pink", "purple", "orange")
CONTEXT_CHARS = 32  # length of the prefix and suffix kept beside the exact quote


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def new_id() -> str:
    return secrets.token_hex(4)


@dataclass(frozen=True)
class Highlight:
    """A highlighted passage with its note and tags.

    `exact`/`prefix`/`suffix` is the text-quote selector, `start`/`end` the text-position
    selector; both point into the canonical text of the article's document model.
    """

    id: str
    article: str
    start: int
    end: int
    exact: str
    prefix: str = ""
    suffix: str = ""
    color: str = COLORS[0]
    note: str = ""
    tags: tuple[str, ...] = ()
    created: str = ""
    updated: str = ""
    orphaned: bool = False

    @classmethod
    def create(cls, article: str, text: str, start: int, end: int, **fields: Any) -> Highlight:
        """A new highlight over `text[start:end]`, with its quote selector taken from `text`."""
        stamp = now_iso()
        return cls(
            id=new_id(),
            article=article,
            start=start,
            end=end,
            exact=text[start:end],
            prefix=text[max(0, start - CONTEXT_CHARS) : start],
            suffix=text[end : end + CONTEXT_CHARS],
            created=stamp,
            updated=stamp,
            **fields,
        )

    def with_changes(self, **changes: Any) -> Highlight:
        """A copy with `changes` applied and `updated` stamped."""
        return replace(self, updated=now_iso(), **changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "article": self.article,
            "start": self.start,
            "end": self.end,
            "exact": self.exact,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "color": self.color,
            "note": self.note,
            "tags": list(self.tags),
            "created": self.created,
            "updated": self.updated,
            "orphaned": self.orphaned,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Highlight:
        return cls(
            id=str(data["id"]),
            article=str(data["article"]),
            start=int(data["start"]),
            end=int(data["end"]),
            exact=str(data.get("exact", "")),
            prefix=str(data.get("prefix", "")),
            suffix=str(data.get("suffix", "")),
            color=str(data.get("color", COLORS[0])),
            note=str(data.get("note", "")),
            tags=tuple(str(tag) for tag in data.get("tags", ())),
            created=str(data.get("created", "")),
            updated=str(data.get("updated", "")),
            orphaned=bool(data.get("orphaned", False)),
        )
