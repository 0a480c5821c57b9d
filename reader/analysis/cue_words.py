"""Cues that end just before a name ("adviser", "shares of", "Mr."), found by word lookups.

Each cue could be a regex of the form `\\b(?:word|first second|Mr\\.)\\s+$`, searched in the
window before a name; a regex search tries every offset of the window and every alternative
at each, which costs more than the rest of classifying a name. A cue can only be the words
that end where the window's trailing whitespace begins, so looking those up in sets gives
the same answer for a fraction of the cost (tests check it against the regex).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

# The run of word characters (as regex `\w` sees them) that ends a string.
_WORD_AT_END = re.compile(r"\w*\Z")


def word_ending_at(text: str, end: int) -> tuple[int, str]:
    """(start, word) of the longest run of word characters ending at `end`."""
    start = text.rfind(" ", 0, end) + 1
    word = text[start:end]
    if word.isalnum():
        return start, word
    match = _WORD_AT_END.search(text, start, end)
    assert match is not None  # `\w*\Z` matches at the end at least
    return match.start(), match.group()


@dataclass(frozen=True)
class WordCue:
    """Words, two-word phrases (one space between) and abbreviations with a full stop, any
    of which, followed by whitespace only, ends a window: `\\b(?:...)\\s+$` as lookups."""

    words: frozenset[str]
    pairs: dict[str, frozenset[str]]  # last word -> the first words it pairs with
    dotted: frozenset[str] = frozenset()

    @classmethod
    def of(
        cls, words: Iterable[str], pairs: Iterable[str] = (), dotted: Iterable[str] = ()
    ) -> WordCue:
        """Build from plain words, "first second" phrases and abbreviations without the stop."""
        by_last: dict[str, set[str]] = {}
        for phrase in pairs:
            first, last = phrase.split(" ")
            by_last.setdefault(last, set()).add(first)
        return cls(
            frozenset(words),
            {last: frozenset(firsts) for last, firsts in by_last.items()},
            frozenset(dotted),
        )

    def ends(self, window: str, words_end: int, last: tuple[int, str] | None = None) -> bool:
        """Whether a cue ends `window` at `words_end`, where its trailing whitespace begins
        (the caller checks that there is some); `last` is `word_ending_at(window, words_end)`
        when the caller has it already."""
        start, word = word_ending_at(window, words_end) if last is None else last
        if word in self.words:
            return True
        firsts = self.pairs.get(word)
        if firsts is not None and start >= 2 and window[start - 1] == " ":
            return word_ending_at(window, start - 1)[1] in firsts
        if self.dotted and words_end >= 2 and window[words_end - 1] == ".":
            return word_ending_at(window, words_end - 1)[1] in self.dotted
        return False

    def search(self, window: str) -> bool:
        """The regex's `search(window)`: a cue, then whitespace (newlines too) to the end."""
        words_end = len(window.rstrip())
        return words_end < len(window) and self.ends(window, words_end)


@dataclass(frozen=True)
class CueTable:
    """Several `WordCue`s looked up at once: `ending` answers which of them end a window as
    bits (bit i for the i-th cue), with one or two dict probes in place of a method call and
    three probes per cue."""

    words: dict[str, int]
    pairs: dict[str, dict[str, int]]  # last word -> first word -> bits
    dotted: dict[str, int]

    @classmethod
    def of(cls, cues: Sequence[WordCue]) -> CueTable:
        words: dict[str, int] = {}
        pairs: dict[str, dict[str, int]] = {}
        dotted: dict[str, int] = {}
        for index, cue in enumerate(cues):
            bit = 1 << index
            for word in cue.words:
                words[word] = words.get(word, 0) | bit
            for last, firsts in cue.pairs.items():
                by_first = pairs.setdefault(last, {})
                for first in firsts:
                    by_first[first] = by_first.get(first, 0) | bit
            for word in cue.dotted:
                dotted[word] = dotted.get(word, 0) | bit
        return cls(words, pairs, dotted)

    def ending(self, window: str, words_end: int, last: tuple[int, str]) -> int:
        """Bits of the cues that end `window` at `words_end` (see `WordCue.ends`)."""
        start, word = last
        bits = self.words.get(word, 0)
        firsts = self.pairs.get(word)
        if firsts is not None and start >= 2 and window[start - 1] == " ":
            bits |= firsts.get(word_ending_at(window, start - 1)[1], 0)
        if self.dotted and words_end >= 2 and window[words_end - 1] == ".":
            bits |= self.dotted.get(word_ending_at(window, words_end - 1)[1], 0)
        return bits
