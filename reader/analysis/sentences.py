"""Sentence splitting with regular expressions: abbreviations, initials and decimals survive."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

from reader.analysis.tokens import mark_positions

PARAGRAPH_RE = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]*)*")
# A candidate end: the word before, terminal punctuation, closing marks, then space and
# something that can open a sentence (a capital, a digit, an opening quote or bracket).
BOUNDARY_RE = re.compile(
    r"(?P<punct>[.!?]+)(?P<close>[\"”’')\]]*)(?P<space>\s+)"
    r"(?=[\"“‘'(\[]?[A-Z0-9À-Þ])"
)
WORD_BEFORE_RE = re.compile(r"[\w.’'-]*$")
NEXT_WORD_RE = re.compile(r"[\"“‘'(\[]?(\w+)")
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "sen",
        "sens",
        "rep",
        "reps",
        "gov",
        "col",
        "lt",
        "capt",
        "sgt",
        "maj",
        "adm",
        "rev",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "corp",
        "co",
        "ltd",
        "mt",
        "ft",
        "cpl",
        "pvt",
        "no",
        "vs",
        "etc",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "fig",
        "approx",
        "est",
        "dept",
        "univ",
        "ave",
        "blvd",
    ]
)
# After a dotted acronym ("U.S.") a sentence ends only if one of these opens the next one.
SENTENCE_OPENERS = frozenset(
    [
        "The",
        "A",
        "An",
        "He",
        "She",
        "It",
        "They",
        "We",
        "I",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "His",
        "Her",
        "Its",
        "Their",
        "Our",
        "But",
        "And",
        "In",
        "On",
        "At",
        "For",
        "As",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "However",
        "Meanwhile",
    ]
)

# A "sentence" longer than this is cut at a space. No sentence of the 917 evaluation texts
# passes 620 characters; text that runs on without full stops would otherwise make every
# scan of "the sentence around a quote" cover the whole text, once per quote.
MAX_SENTENCE = 1_000


def _is_abbreviation(word: str, text: str, after: int) -> bool:
    """True when the period after `word` belongs to it rather than ending the sentence."""
    bare = word.rstrip(".")
    if not bare:
        return False
    if bare.lower() in ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isupper():
        return True  # an initial: "Mark T. Esper"
    if "." in bare and all(len(part) <= 2 for part in bare.split(".")):
        following = NEXT_WORD_RE.match(text, after)
        return not (following and following.group(1) in SENTENCE_OPENERS)
    return False


def _word_before(text: str, end: int) -> str:
    """The word that ends at `end` (looked for in a short window: words are short).

    A backwards scan doing what `WORD_BEFORE_RE.search(text, end - 24, end)` does, faster:
    the longest run of word characters ending at `end`, or, when a newline ends the window
    (where "$" also matches), the run ending just before it.
    """
    floor = max(0, end - 24)
    if end > floor and text[end - 1] == "\n":
        end -= 1
    # Most words are letters and digits only, after a space: one rfind finds the start.
    start = max(floor, text.rfind(" ", floor, end) + 1)
    if text[start:end].isalnum():
        return text[start:end]
    start = end
    while start > floor:
        char = text[start - 1]
        if not (char.isalnum() or char in "_.’'-"):
            break
        start -= 1
    return text[start:end]


def _boundaries(text: str, start: int, end: int, punctuation: list[int]) -> Iterator[re.Match[str]]:
    """`BOUNDARY_RE.finditer(text, start, end)`, tried only where punctuation is."""
    scanned = start  # matches do not overlap: the next starts after the last one's end
    # A match needs a space and a character to look ahead at after the mark, so none starts
    # in the last two characters: the mark that ends the paragraph is never tried.
    last = end - 2
    for position in range(bisect_left(punctuation, start), len(punctuation)):
        index = punctuation[position]
        if index >= last:
            return
        if index < scanned:
            continue
        match = BOUNDARY_RE.match(text, index, end)
        if match is not None:
            scanned = match.end()
            yield match


def _split_paragraph(
    text: str, start: int, end: int, spans: list[tuple[int, int]], punctuation: list[int]
) -> None:
    sentence_start = start
    for match in _boundaries(text, start, end, punctuation):
        period_only = match.group("punct") == "." and not match.group("close")
        if period_only and _is_abbreviation(_word_before(text, match.start()), text, match.end()):
            continue
        spans.append((sentence_start, match.start("space")))
        sentence_start = match.end()
    if sentence_start < end:
        spans.append((sentence_start, end))


# The last text's paragraphs: the recogniser's headline finder asks for them again.
_LAST_PARAGRAPHS: list[tuple[str, list[tuple[int, int]]]] = []


def text_paragraphs(text: str) -> list[tuple[int, int]]:
    """PARAGRAPH_RE's spans in `text` (paragraphs, not trimmed), found once per text (unlike
    `reporting.paragraph_spans`, these leave out blank lines and cover no empty paragraph)."""
    if _LAST_PARAGRAPHS and _LAST_PARAGRAPHS[0][0] is text:
        return _LAST_PARAGRAPHS[0][1]
    spans = [paragraph.span() for paragraph in PARAGRAPH_RE.finditer(text)]
    _LAST_PARAGRAPHS[:] = [(text, spans)]
    return spans


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans `(start, end)` into `text`, trimmed, never crossing a blank line."""
    spans: list[tuple[int, int]] = []
    punctuation = mark_positions(text, ".!?")
    for start, end in text_paragraphs(text):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            _split_paragraph(text, start, end, spans, punctuation)
    if any(end - start > MAX_SENTENCE for start, end in spans):
        return [piece for start, end in spans for piece in _cut(text, start, end)]
    return spans


def _cut(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A run-on longer than MAX_SENTENCE in pieces that end at a space."""
    pieces = []
    while end - start > MAX_SENTENCE:
        space = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        stop = space if space > start else start + MAX_SENTENCE
        pieces.append((start, stop))
        start = stop
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces
