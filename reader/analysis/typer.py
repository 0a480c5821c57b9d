"""A learned second opinion on the labels the rules could only guess.

The rules label a name for sure when a gazetteer knows it, from a cue when its context says
what it is, and by a default guess otherwise. Regional news is full of names no gazetteer
holds (clubs, councils, villages, shops), and there the guess is often wrong. An averaged
perceptron, trained by `scripts/train_typer.py` on gold annotations, scores each label from
the words of the name and around it; where it disagrees with a guess by a clear margin, it
wins. Every mention of a name votes together, so a name keeps one label through a story.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from reader.analysis.entity_rules import WEAK, Candidate
from reader.analysis.gazetteer import load
from reader.analysis.model import LABELS, Label

WEIGHTS = Path(__file__).resolve().parent / "data" / "typer.tsv"
# The perceptron's classes; "NONE" is a run that names nothing ("Curfew", "Vaccination").
CLASSES: tuple[str, ...] = ("PERSON", "ORG", "PLACE", "GROUP", "NONE")
# How far the model's best score must lead the rules' guess, per mention, before it wins.
# Chosen on sets held back from training (scripts/train_typer.py). Names the rules label
# from a context cue are left alone: scoring them too (six names in seven below "sure") took
# 16-20% of the analyser's time for 0.0015 typed F1 on held-back sets.
MARGIN = 0.5
# A name a story repeats this many times or fewer may be dropped as no name; one it repeats
# more is kept, whatever its words ("PayNest" in a story about PayNest).
MOST_DROPPED = 2
_LABELS: dict[str, Label] = {label: label for label in LABELS}
_INITIAL = re.compile(r"[A-Z]\.")


@cache
def weights() -> dict[str, tuple[float, ...]]:
    """Feature -> one weight per class, read once from the shipped table."""
    table: dict[str, tuple[float, ...]] = {}
    if not WEIGHTS.exists():
        return table
    for line in WEIGHTS.read_text(encoding="utf-8").splitlines():
        feature, _, values = line.partition("\t")
        table[feature] = tuple(float(value) for value in values.split(","))
    return table


def _word_before(text: str, start: int) -> tuple[str, int]:
    """The word or mark before `start` (lowercased, "<p>" at a paragraph start) and its start."""
    end = start
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    if end <= 0 or text[end - 1] == "\n":
        return "<p>", -1
    begin = end - 1
    if text[begin].isalnum():
        while begin > 0 and (text[begin - 1].isalnum() or text[begin - 1] in "'’-"):
            begin -= 1
    return text[begin:end].lower(), begin


def _word_after(text: str, end: int) -> tuple[str, int]:
    """The word or mark after `end` (lowercased, "<p>" at a paragraph end) and its end."""
    start = end
    while start < len(text) and text[start] in " \t":
        start += 1
    if start >= len(text) or text[start] == "\n":
        return "<p>", -1
    stop = start + 1
    if text[start].isalnum():
        while stop < len(text) and (text[stop].isalnum() or text[stop] in "'’-"):
            stop += 1
    return text[start:stop].lower(), stop


def features(text: str, candidate: Candidate) -> list[str]:
    """The words of a candidate and its neighbours, and what the rules made of it."""
    words = candidate.text.split()
    last = words[-1].lower()
    before, begin = _word_before(text, candidate.start)
    after, stop = _word_after(text, candidate.end)
    far_before = _word_before(text, begin)[0] if begin >= 0 else ""
    far_after = _word_after(text, stop)[0] if stop >= 0 else ""
    found = [
        "bias",
        f"r:{candidate.label}{candidate.confidence}",
        f"n:{min(len(words), 4)}",
        f"f:{words[0].lower()}",
        f"l:{last}",
        f"s:{last[-3:]}",
        f"b:{before}",
        f"a:{after}",
        f"bb:{far_before} {before}",
        f"aa:{after} {far_after}",
        f"ba:{before}|{after}",
    ]
    if len(words) > 2:
        found.extend(f"w:{word.lower()}" for word in words[1:-1])
    gaz = load()
    if words[0] in gaz.given_names:
        found.append("given")
    if words[-1] in gaz.org_heads:
        found.append("head")
    if any(word in gaz.places for word in words):
        found.append("place-word")
    found.append(f"p:{words[0][:3].lower()}")
    found.append(f"s2:{last[-2:]}")
    if candidate.text.isupper() and len(candidate.text) > 1:
        found.append("caps")
    if candidate.initial:
        found.append("initial")
    return found


def scores(text: str, mentions: list[Candidate]) -> list[float]:
    """The perceptron's score for each class in CLASSES, summed over the mentions of a name."""
    table = weights()
    feats = [feature for mention in mentions for feature in features(text, mention)]
    rows = [row for row in map(table.get, feats) if row is not None]
    if not rows:
        return [0.0] * len(CLASSES)
    return [sum(column) for column in zip(*rows, strict=True)]


def retype(text: str, kept: list[Candidate]) -> list[Candidate]:
    """Relabel names the rules only guessed where the model reads them otherwise; drop those
    it reads as no name."""
    if not weights():
        return kept
    groups: dict[str, list[Candidate]] = {}
    for candidate in kept:
        groups.setdefault(candidate.text, []).append(candidate)
    dropped: set[str] = set()
    for surface, members in groups.items():
        if any(member.confidence > WEAK for member in members):
            continue
        total = scores(text, members)
        current = members[0].label
        best = max(range(len(CLASSES)), key=total.__getitem__)
        label = CLASSES[best]
        if label == current or current is None:
            continue
        lead = (total[best] - total[CLASSES.index(current)]) / len(members)
        if lead < MARGIN or _person_shaped(surface, current):
            continue
        if label == "NONE":
            if len(members) <= MOST_DROPPED and not _named_again(surface, current, groups):
                dropped.add(surface)
            continue
        for member in members:
            member.label = _LABELS[label]
    if not dropped:
        return kept
    return [candidate for candidate in kept if candidate.text not in dropped]


def _person_shaped(surface: str, label: Label) -> bool:
    """A person's name with a known given name first or a middle initial ("Maria Starke",
    "Manny V. Pangilinan"): the rules' guess stands."""
    if label != "PERSON":
        return False
    words = surface.split()
    if len(words) < 2:
        return False
    return words[0] in load().given_names or any(_INITIAL.fullmatch(word) for word in words[1:-1])


def _named_again(surface: str, label: Label, groups: dict[str, list[Candidate]]) -> bool:
    """A person whose first or last part is named on its own too ("Misbah-ul-Haq" …
    "Misbah"): never no name."""
    if label != "PERSON":
        return False
    parts = surface.replace("-", " ").split()
    return len(parts) > 1 and (parts[0] in groups or parts[-1] in groups)
