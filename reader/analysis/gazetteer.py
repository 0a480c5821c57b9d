"""Gazetteers loaded once from the compact data files shipped in reader/analysis/data."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

# Files whose lines hold several whitespace-separated words rather than one name each.
WORD_LISTS = {"given_names.txt", "titles.txt", "common_words.txt", "non_names.txt"}


@dataclass(frozen=True)
class Gazetteer:
    """Name lists by kind; place and organisation entries map a surface to its canonical name."""

    places: dict[str, str]
    strong_places: frozenset[str]
    national_places: frozenset[str]  # strong places no team is named after (not US states)
    orgs: dict[str, str]
    groups: frozenset[str]
    given_names: frozenset[str]
    titles: frozenset[str]
    org_heads: frozenset[str]
    of_heads: frozenset[str]
    document_heads: frozenset[str]
    common: frozenset[str]
    non_names: frozenset[str]  # never an entity standing alone ("Oct", "AI", "GDP")
    genders: dict[str, str]  # given name -> "f" or "m", for "he" and "she"
    longest: int  # most words in any multi-word entry, bounds the longest-match scan


def _lines(name: str) -> list[str]:
    text = (DATA / name).read_text(encoding="utf-8")
    return [line for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    if name in WORD_LISTS:
        return frozenset(word for line in _lines(name) for word in line.split())
    return frozenset(line.strip() for line in _lines(name))


def _mapping(name: str) -> dict[str, str]:
    mapping: dict[str, str] = {}
    for line in _lines(name):
        surface, _, canonical = line.partition("\t")
        mapping[surface.strip()] = canonical.split("\t")[0].strip() or surface.strip()
    return mapping


def _genders() -> dict[str, str]:
    """Given name -> "f" or "m" from gendered_names.txt (lines "f<TAB>names…")."""
    genders: dict[str, str] = {}
    for line in _lines("gendered_names.txt"):
        gender, _, names = line.partition("\t")
        genders.update(dict.fromkeys(names.split(), gender))
    return genders


def _plurals(groups: frozenset[str]) -> frozenset[str]:
    """Add "Russians", "Israelis", "North Koreans", "Democrats", "Uzbeks" for words ending in
    -n, -i, -t, -r, -k or -d (other endings take no plain -s: "Chinese", "Swiss")."""
    plurals = {group + "s" for group in groups if group[-1] in "nitrkd"}
    return groups | plurals


@cache
def load() -> Gazetteer:
    """Read every data file; cached, so the cost is paid once per process."""
    places = _mapping("places.txt")
    strong = {line.split("\t")[0] for line in _lines("places.txt") if line.endswith("\tstrong")}
    for name in ("places_extra.txt", "regions.txt"):
        extra = _mapping(name)
        places.update(extra)
        weak = {line.split("\t")[0] for line in _lines(name) if line.endswith("\tweak")}
        strong.update(place for place in extra if place not in weak)
    for surface in [place for place in places if place.startswith("The ")]:
        # Spans hold no leading "the": "The Netherlands" is found as "Netherlands".
        bare = surface[4:]
        places.setdefault(bare, places[surface])
        if surface in strong:
            strong.add(bare)
    orgs = _mapping("companies.txt")
    orgs.update(_mapping("orgs_more.txt"))
    orgs.update(_mapping("orgs.txt"))
    groups = _plurals(_words("demonyms.txt"))
    entries = [*places, *orgs, *groups]
    return Gazetteer(
        places=places,
        strong_places=frozenset(strong),
        national_places=frozenset(strong) - _words("us_states.txt"),
        orgs=orgs,
        groups=groups,
        given_names=_words("given_names.txt") | frozenset(_genders()),
        titles=_words("titles.txt"),
        org_heads=_words("org_heads.txt"),
        of_heads=_words("of_heads.txt"),
        document_heads=_words("document_heads.txt"),
        common=_words("common_words.txt"),
        non_names=_words("non_names.txt"),
        genders=_genders(),
        longest=max(len(entry.split()) for entry in entries),
    )
