"""Headlines in Title Case: their capitals prove nothing, so only names the body or a
gazetteer vouches for count there ("President Yoon Warns Against…" gives one PERSON)."""

from __future__ import annotations

import re
from itertools import pairwise

from reader.analysis.entity_rules import CUE, SURE, Candidate, known
from reader.analysis.gazetteer import Gazetteer, load
from reader.analysis.model import Label
from reader.analysis.sentences import text_paragraphs

# A byline paragraph: "By Mayank Bhardwaj and Nupur Anand".
BYLINE_RE = re.compile(r"(?m)^By ([A-Z][^\n.!?]{3,120})$")
BYLINE_NAME_RE = re.compile(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+){1,3}")
BYLINE_GAPS = frozenset([", ", " and ", ", and "])
HEADLINE_WORD_RE = re.compile(r"[A-Za-z][\w'’-]{3,}")


def bylines(text: str) -> list[Candidate]:
    """The reporters named in a byline paragraph ("By Felix Onuah and Ahmed Kingimi"):
    each name of two to four capitalised words, separated by commas or "and"."""
    if "By " not in text:
        return []
    common = load().common
    found: list[Candidate] = []
    for line in BYLINE_RE.finditer(text):
        names = list(BYLINE_NAME_RE.finditer(text, line.start(1), line.end(1)))
        gaps = [text[a.end() : b.start()] for a, b in pairwise(names)]
        covered = names and names[0].start() == line.start(1) and names[-1].end() == line.end(1)
        plain = not any(word in common for m in names for word in m.group().split())
        if covered and plain and all(gap in BYLINE_GAPS for gap in gaps):
            found.extend(Candidate(m.start(), m.end(), m.group(), "PERSON", SURE) for m in names)
    return found


def headline_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraphs in Title Case with no closing full stop: a capital there proves nothing."""
    found = []
    for start, end in text_paragraphs(text):
        if text[end - 1] in '.!?"”:':
            continue  # the commonest case, tested before the paragraph is copied and stripped
        body = text[start:end].rstrip()
        if not body or body[-1] in '.!?"”:' or body[0] == "(" or len(body) > 200:
            continue
        words = HEADLINE_WORD_RE.findall(body)
        capitals = sum(1 for word in words if word[0].isupper())
        if len(words) >= 3 and capitals >= 0.75 * len(words):
            found.append((start, end))
    return found


def headline_entities(
    text: str, runs: list[list[tuple[int, int]]], body: list[Candidate], gaz: Gazetteer
) -> list[Candidate]:
    """In a headline, only names the body or a gazetteer vouches for count."""
    if not runs:
        return []
    # Only what the body says about the headline's own word sequences matters.
    wanted = {
        text[tokens[index][0] : tokens[stop - 1][1]]
        for tokens in runs
        for index in range(len(tokens))
        for stop in range(index + 1, min(len(tokens), index + 4) + 1)
    }
    confident = [c for c in body if c.confidence >= CUE and c.text in wanted]
    seen: dict[str, tuple[Label, str]] = {}
    for candidate in confident:
        if candidate.label == "PERSON":
            seen.setdefault(candidate.text, ("PERSON", ""))
    for candidate in confident:
        if candidate.label is not None:
            seen.setdefault(candidate.text, (candidate.label, candidate.canonical))
    for surname in _person_keys(body):
        if surname in wanted:
            seen.setdefault(surname, ("PERSON", ""))
    found: list[Candidate] = []
    for tokens in runs:
        index = 0
        while index < len(tokens):
            for stop in range(min(len(tokens), index + 4), index, -1):
                start, end = tokens[index][0], tokens[stop - 1][1]
                surface = text[start:end]
                hit = seen.get(surface)
                if hit is None:
                    gaz_hit = known(gaz, surface)
                    hit = (gaz_hit[0], gaz_hit[1]) if gaz_hit else None
                if hit:
                    found.append(Candidate(start, end, surface, hit[0], SURE, hit[1]))
                    index = stop
                    break
            else:
                index += 1
    return found


def _person_keys(candidates: list[Candidate]) -> list[str]:
    """The keys `person_index` would give these candidates (surnames, first words, names)."""
    keys: list[str] = []
    for candidate in candidates:
        if candidate.label != "PERSON" or " " not in candidate.text:
            continue
        words = [word for word in candidate.text.split() if not word.endswith(".")]
        if len(words) >= 2:
            keys.extend((words[-1], words[0], candidate.text))
    return keys
