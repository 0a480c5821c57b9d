"""Canonical names: one name per person, organisation or place across a document."""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.analysis.entity_rules import Candidate
from reader.analysis.gazetteer import Gazetteer

ACRONYM_AFTER_RE = re.compile(r" \(([A-Z][A-Z0-9&.]{1,9})\)")


def person_index(candidates: Sequence[Candidate], gaz: Gazetteer) -> dict[str, str]:
    """Map a surname (or a family-name-first first word) to the full name first seen."""
    by_last: dict[str, str] = {}
    by_first: dict[str, str] = {}
    for candidate in candidates:
        if candidate.label != "PERSON" or " " not in candidate.text:
            continue
        words = [word for word in candidate.text.split() if not word.endswith(".")]
        if len(words) < 2:
            continue
        by_last.setdefault(words[-1], candidate.text)
        by_first.setdefault(words[0], candidate.text)
        by_last.setdefault(candidate.text, candidate.text)
    return {**by_first, **by_last}


def acronym_expansions(text: str, candidates: Sequence[Candidate]) -> dict[str, Candidate]:
    """ "National Resistance Movement (NRM)" makes NRM stand for the full name."""
    expansions: dict[str, Candidate] = {}
    by_initials: dict[str, list[Candidate]] = {}
    for candidate in candidates:
        if candidate.label in ("ORG", "PLACE") and " " in candidate.text:
            match = ACRONYM_AFTER_RE.match(text, candidate.end)
            if match:
                expansions[match.group(1)] = candidate
            initials = "".join(w[0] for w in candidate.text.split() if w[:1].isupper())
            named = by_initials.setdefault(initials, [])
            if all(c.text != candidate.text for c in named):
                named.append(candidate)
    # "the OAS" after "Organization of American States": the capitals spell the acronym.
    for candidate in candidates:
        word = candidate.text
        if word not in expansions and len(word) >= 3 and word.isupper() and word.isalpha():
            named = by_initials.get(word, [])
            if len(named) == 1:
                expansions[word] = named[0]
    return expansions


def canonical_name(candidate: Candidate, people: dict[str, str], gaz: Gazetteer) -> str:
    """The name every mention of the same thing shares."""
    if candidate.label == "PERSON":
        return people.get(candidate.text, candidate.text)
    if candidate.canonical:
        return candidate.canonical
    if candidate.label == "ORG":
        return gaz.orgs.get(candidate.text, candidate.text)
    if candidate.label == "PLACE":
        return gaz.places.get(candidate.text, candidate.text)
    return candidate.text
