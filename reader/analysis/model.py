"""Results of text analysis: entities and quotes as offsets into the canonical text."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Label = Literal["PERSON", "ORG", "PLACE", "GROUP"]
LABELS: tuple[Label, ...] = ("PERSON", "ORG", "PLACE", "GROUP")


@dataclass(frozen=True, order=True)
class Entity:
    """A named mention: `text[start:end]`, its label and the canonical name it refers to."""

    start: int
    end: int
    label: Label
    name: str

    def __init__(self, start: int, end: int, label: Label, name: str) -> None:
        # The generated __init__ of a frozen dataclass sets each field through
        # object.__setattr__; filling the instance dict directly is twice as fast, and the
        # analyser makes one Entity per name it finds.
        fields = self.__dict__
        fields["start"] = start
        fields["end"] = end
        fields["label"] = label
        fields["name"] = name

    def as_json(self) -> list[Any]:
        return [self.start, self.end, self.label, self.name]

    @classmethod
    def from_json(cls, data: list[Any]) -> Entity:
        start, end, label, name = data
        return cls(int(start), int(end), label, str(name))


@dataclass(frozen=True, order=True)
class Quote:
    """A direct quotation, marks included, and the canonical name of its speaker."""

    start: int
    end: int
    speaker: str | None = None

    def __init__(self, start: int, end: int, speaker: str | None = None) -> None:
        fields = self.__dict__  # as in Entity: faster than the frozen dataclass's __init__
        fields["start"] = start
        fields["end"] = end
        fields["speaker"] = speaker

    def as_json(self) -> list[Any]:
        return [self.start, self.end, self.speaker]

    @classmethod
    def from_json(cls, data: list[Any]) -> Quote:
        start, end, speaker = data
        return cls(int(start), int(end), None if speaker is None else str(speaker))


@dataclass(frozen=True)
class Analysis:
    """Everything the analyser found in one text."""

    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    version: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "version": self.version,
            "entities": [entity.as_json() for entity in self.entities],
            "quotes": [quote.as_json() for quote in self.quotes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Analysis:
        return cls(
            entities=tuple(Entity.from_json(item) for item in data.get("entities", [])),
            quotes=tuple(Quote.from_json(item) for item in data.get("quotes", [])),
            version=str(data.get("version", "")),
        )
