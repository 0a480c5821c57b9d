"""Organisations as speakers by description: "the ministry said" names the latest
organisation before it whose name holds "ministry"; "the company said" the latest one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.model import Entity
from reader.analysis.reporting import GENERIC_ORG_NOUNS, ORG_NOUNS

# "the ministry" just before a verb, or just after one; group 1 is the noun.
DEFINITE_NOUN_AT_END = re.compile(r"\b[Tt]he\s+(?:[\w’'-]+\s+)?([a-z]+)\s*$")
DEFINITE_NOUN_AT_START = re.compile(r"\s+the\s+(?:[\w’'-]+\s+)?([a-z]+)\b")
# "The ministry said it would …" at a sentence's start.
THE_NOUN_OPENS = re.compile(
    r"\s*(?:[^,.;“”\"\n]{0,60},\s*)?[Tt]he\s+([a-z]+)\b(?:\s+([a-z]+)\b)?(?!['’])"
)  # "The ministry said", "When the hearing began, the court posed"
# "the statement said": the document speaks for whoever issued it.
DOCUMENT_NOUNS = frozenset(["statement", "release", "letter", "filing", "report", "notice"])


# Words in the names of the kinds of firm a generic noun describes: "the carrier said" is
# Kenya Airways, not the stock exchange named since.
NAME_HINTS = {
    "airline": ("air", "airways", "airlines"),
    "carrier": ("air", "airways", "airlines"),
    "lender": ("bank",),
    "insurer": ("insurance", "assurance"),
    "carmaker": ("motor", "motors", "auto"),
    "automaker": ("motor", "motors", "auto"),
    "miner": ("mining", "mines", "minerals"),
}
# Nouns for an organisation by another word than its name holds ("the bench": the court).
SYNONYMS = {"bench": "court", "judges": "court", "tribunal": "court", "cabinet": "government"}


def stands_for_organisation(noun: str) -> bool:
    """Whether "the <noun>" may stand for an organisation named earlier."""
    return noun in ORG_NOUNS or noun in GENERIC_ORG_NOUNS or noun in SYNONYMS


def latest_organisation(
    noun: str, earlier: Sequence[Entity], by_name_only: bool = False, text: str = ""
) -> str | None:
    """The canonical name of the last organisation in `earlier` (in text order) that
    "the <noun>" stands for: one whose name holds the noun, or that `text` (the document)
    writes the noun right after or before ("Goldman Sachs bank", "the court Sandiganbayan"),
    else for a generic business noun ("company", "firm") the last organisation of any name."""
    if not stands_for_organisation(noun):
        return None
    noun = SYNONYMS.get(noun, noun)
    fallback = None
    for entity in reversed(earlier):
        if entity.label != "ORG":
            continue
        words = entity.name.lower().split()
        if (
            noun in words
            or _noun_after(text, entity.end, noun)
            or _noun_before(text, entity.start, noun)
            or any(word in words for word in NAME_HINTS.get(noun, ()))
        ):
            return entity.name
        if noun in GENERIC_ORG_NOUNS and fallback is None and not by_name_only:
            fallback = entity.name
    return fallback


def _noun_after(text: str, end: int, noun: str) -> bool:
    """Whether `text` writes `noun` right after a name ending at `end`: "Goldman Sachs bank"."""
    after = end + 1 + len(noun)
    return text[end:after] == f" {noun}" and not text[after : after + 1].isalpha()


def _noun_before(text: str, start: int, noun: str) -> bool:
    """Whether `text` writes `noun` right before a name starting at `start`: "the anti-graft
    court Sandiganbayan"."""
    before = start - 1 - len(noun)
    return (
        before > 0 and text[before:start] == f"{noun} " and not text[before - 1 : before].isalpha()
    )
