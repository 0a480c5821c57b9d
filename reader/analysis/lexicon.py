"""The user's entity corrections, applied across the whole library."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reader.analysis.model import Label


@dataclass(frozen=True)
class Correction:
    """One correction for a surface form (matched case-sensitively, whole words).

    `label=None` means "not an entity"; otherwise the form is an entity with that label,
    and `name` (when given) is its canonical name.
    """

    text: str
    label: Label | None
    name: str = ""

    def as_json(self) -> dict[str, Any]:
        return {"text": self.text, "label": self.label, "name": self.name}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Correction:
        return cls(str(data["text"]), data.get("label"), str(data.get("name", "")))


@dataclass(frozen=True)
class Lexicon:
    """All corrections; later ones for the same text win."""

    corrections: tuple[Correction, ...] = ()

    def lookup(self) -> dict[str, Correction]:
        return {correction.text: correction for correction in self.corrections}

    @property
    def fingerprint(self) -> str:
        """A short stable key so cached analyses change when the lexicon does."""
        import hashlib

        joined = "\x1f".join(f"{c.text}\x1e{c.label}\x1e{c.name}" for c in self.corrections)
        return hashlib.sha1(joined.encode()).hexdigest()[:12]
