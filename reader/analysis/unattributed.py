"""A learned guess at who speaks the quotes the rules leave without a speaker.

The rules name a speaker where the text says who speaks. Of the quotes they leave without
one, about half have none (scare quotes, titles, slogans) and half were said by someone the
story names nearby, in a way no rule reads ("…," he added, two paragraphs after the name).
A ranking perceptron, trained by `scripts/train_speakers.py` on gold annotations, weighs
"nobody" against each person or organisation named near the quote, from where the name
stands, whether it has spoken before, and what the quote looks like; the best wins.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache
from pathlib import Path

from reader.analysis.model import Entity, Quote
from reader.analysis.reporting import INDEFINITE_AT_START, paragraph_spans

WEIGHTS = Path(__file__).resolve().parent / "data" / "speakers.tsv"
# Paragraphs before and after a quote's own where a speaker may be named.
BEFORE, AFTER = 2, 1
_SAYING = (
    "said|says|told|tells|added|adds|explained|noted|stated|asked|wrote|insisted|argued|warned"
)
_REPORTING = re.compile(rf"\b(?:{_SAYING}|according to)\b", re.IGNORECASE)
_WORD = re.compile(r"\w+")
# Someone the story does not name: "a source", "one trader", "a Cheong Wa Dae official" (not
# "a spokesperson", who speaks for the organisation the story names).
_UNNAMED = r"(?:a|an|one|another)\s+(?!spokes)[\w-]+(?:\s+[\w-]+){0,3}"
# The rules decided that no one named said the quote; the guess must not name someone. Such a
# speaker right after it ("…,” said a 60-year-old farmer", "…,” a source said."), right
# before it ("Then a BNP lawyer said, “…”"), or opening its sentence ("A senior lawyer said
# he viewed “…”").
_UNNAMED_AFTER = re.compile(
    rf"[,.!?]?\s*(?:(?:{_SAYING}){INDEFINITE_AT_START.pattern}|{_UNNAMED}\s+(?:{_SAYING})\b)",
    re.IGNORECASE,
)
_UNNAMED_BEFORE = re.compile(rf"\b{_UNNAMED}\s+(?:{_SAYING})[,:]?\s*$", re.IGNORECASE)
_UNNAMED_OPENING = re.compile(rf"\s*(?:A|An|One|Another)\s+(?:[a-z-]+\s+){{1,3}}(?:{_SAYING})\b")
_CLOSING = "\"”’'»"
# How far a name must score above "nobody" to be given the quote: chosen on sets held back
# from training, where it kept the guesses that were right and dropped most that were not.
MARGIN = 1.0


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts (after a full stop or a line break)."""
    return max(text.rfind("\n", 0, pos), text.rfind(". ", 0, pos) + 1) + 1


@cache
def weights() -> dict[str, float]:
    """Feature -> weight, read once from the shipped table (empty when there is none)."""
    table: dict[str, float] = {}
    if WEIGHTS.exists():
        for line in WEIGHTS.read_text(encoding="utf-8").splitlines():
            feature, _, value = line.partition("\t")
            table[feature] = float(value)
    return table


class Story:
    """What the features of every quote of one text look up: paragraphs, names, speakers."""

    def __init__(self, text: str, entities: Sequence[Entity], quotes: Sequence[Quote]) -> None:
        self.text = text
        self.paragraphs = paragraph_spans(text)
        self.starts = [start for start, _ in self.paragraphs]
        self.names = sorted(
            (e for e in entities if e.label in ("PERSON", "ORG")), key=lambda e: e.start
        )
        self.name_starts = [entity.start for entity in self.names]
        self.quotes = sorted(quotes, key=lambda quote: quote.start)
        self.quote_starts = [quote.start for quote in self.quotes]
        self.counts: dict[str, int] = {}
        for entity in self.names:
            self.counts[entity.name] = self.counts.get(entity.name, 0) + 1
        # Names right before a reporting verb somewhere in the story ("Lee said").
        self.said = {e.name for e in self.names if _REPORTING.match(text, e.end + 1, e.end + 20)}
        self.spoken: dict[str, int] = {}
        for quote in quotes:
            if quote.speaker is not None:
                self.spoken[quote.speaker] = self.spoken.get(quote.speaker, 0) + 1

    def paragraph(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1


def _bucket(count: int, top: int) -> str:
    return str(count) if count < top else f"{top}+"


def _length(words: int) -> str:
    if words < 2:
        return str(words)
    return "2-3" if words < 4 else "4-8" if words < 9 else "9+"


def quote_features(story: Story, quote: Quote) -> list[str]:
    """What the quote looks like: the features of the choice "nobody said it"."""
    text = story.text
    number = story.paragraph(quote.start)
    p_start, p_end = story.paragraphs[number]
    inner = text[quote.start + 1 : quote.end - 1].strip()
    words = len(_WORD.findall(inner))
    outside = text[p_start : quote.start] + text[quote.end : p_end]
    found = [
        "bias",
        f"len:{_length(words)}",
    ]
    lead = text[p_start : quote.start].rstrip()
    if not lead:
        found.append("opens")
    else:
        mark = lead[-1]
        found.append(
            "after:word" if mark.isalnum() else f"after:{mark if mark in ',:' else 'mark'}"
        )
    if not text[quote.end : p_end].strip(" .,;:!?\"'”’"):
        found.append("closes")
    if _REPORTING.search(outside):
        found.append("verb")
    if number == 0:
        found.append("first")
    if inner[-1:] in ".,?!":
        found.append("sentence")
    if inner[:1].isupper():
        found.append("capital")
    return found


def candidates(story: Story, quote: Quote) -> dict[str, list[str]]:
    """Names near the quote, each with the features of "this one said it"."""
    number = story.paragraph(quote.start)
    first, last = number - BEFORE, number + AFTER
    # Each name's mention nearest the quote: nearest paragraph, the one before on a tie, then
    # nearest in characters.
    nearest: dict[str, tuple[tuple[int, int, int], Entity]] = {}
    low = story.paragraphs[max(first, 0)][0]
    high = story.paragraphs[min(last, len(story.paragraphs) - 1)][1]
    lo, hi = bisect_left(story.name_starts, low), bisect_left(story.name_starts, high)
    for entity in story.names[lo:hi]:
        if quote.start <= entity.start < quote.end:
            continue  # a name inside the quote is who it speaks of
        offset = story.paragraph(entity.start) - number
        key = (abs(offset), offset, abs(entity.start - quote.start))
        known = nearest.get(entity.name)
        if known is None or key < known[0]:
            nearest[entity.name] = (key, entity)
    previous = _previous_speaker(story, quote)
    before = sorted(
        (entity for _, entity in nearest.values() if entity.start < quote.start),
        key=lambda entity: -entity.start,
    )
    ranks = {entity.name: rank for rank, entity in enumerate(before, 1)}
    found: dict[str, list[str]] = {}
    for name, ((_, offset, _), entity) in nearest.items():
        side = "before" if entity.start < quote.start else "after"
        feats = [
            f"c:{entity.label}",
            f"c:d{offset}",
            f"c:d{offset}{side}",
            f"c:rank{_bucket(ranks.get(name, 0), 3)}",
            f"c:m{_bucket(story.counts.get(name, 0), 3)}",
            f"c:spoke{_bucket(story.spoken.get(name, 0), 2)}",
        ]
        if name in story.said:
            feats.append("c:said")
        if previous is not None and previous[0] == name:
            feats.append(f"c:previous{_bucket(previous[1], 3)}")
        found[name] = feats
    if previous is not None and previous[0] not in found:
        found[previous[0]] = [f"c:previous{_bucket(previous[1], 3)}", "c:unnamed"]
    return found


def _previous_speaker(story: Story, quote: Quote) -> tuple[str, int] | None:
    """The speaker of the last attributed quote before this one, and paragraphs back to it."""
    number = story.paragraph(quote.start)
    for index in range(bisect_left(story.quote_starts, quote.start) - 1, -1, -1):
        other = story.quotes[index]
        back = number - story.paragraph(other.start)
        if back > BEFORE:
            return None
        if other.speaker is not None:
            return other.speaker, back
    return None


def _continues(story: Story, before: Quote, quote: Quote) -> bool:
    """`quote` opens the paragraph right after `before`, which ran to its paragraph's end
    without a closing mark: the next piece of one quotation, by the same speaker."""
    text = story.text
    number = story.paragraph(quote.start)
    if story.paragraph(before.start) != number - 1 or text[before.end - 1] in _CLOSING:
        return False
    return before.end == story.paragraphs[number - 1][1] and quote.start == story.starts[number]


def _score(table: dict[str, float], feats: list[str]) -> float:
    return sum(table.get(feature, 0.0) for feature in feats)


def fill_speakers(text: str, entities: Sequence[Entity], quotes: list[Quote]) -> list[Quote]:
    """`quotes` with a speaker guessed for those the rules left without one, where a named
    person or organisation scores above "nobody"."""
    table = weights()
    if not table or all(quote.speaker is not None for quote in quotes):
        return quotes
    story = Story(text, entities, quotes)
    filled: list[Quote] = []
    for index, quote in enumerate(story.quotes):
        if quote.speaker is None and index and _continues(story, story.quotes[index - 1], quote):
            quote = story.quotes[index] = Quote(
                quote.start, quote.end, story.quotes[index - 1].speaker
            )
        if (
            quote.speaker is None
            and not _UNNAMED_AFTER.match(text, quote.end)
            and not _UNNAMED_BEFORE.search(text, max(0, quote.start - 80), quote.start)
            and not _UNNAMED_OPENING.match(text, _sentence_start(text, quote.start))
        ):
            best, best_score = None, _score(table, quote_features(story, quote)) + MARGIN
            for name, feats in candidates(story, quote).items():
                score = _score(table, feats)
                if score > best_score:
                    best, best_score = name, score
            if best is not None:
                # The guess is the previous speaker for the quotes after it.
                quote = story.quotes[index] = Quote(quote.start, quote.end, best)
        filled.append(quote)
    return filled
