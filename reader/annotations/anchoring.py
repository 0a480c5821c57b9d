"""Re-anchoring highlights on a changed canonical text: position, exact quote, then fuzzy.

A highlight that cannot be placed with confidence comes back `orphaned=True` with its old
offsets kept: it is never dropped and never moved to a place that merely looks similar.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher

from reader.annotations.model import Highlight

# A quote at least this long is distinctive on its own; a shorter one also needs its context.
DISTINCTIVE_CHARS = 32
# Share of the stored prefix+suffix that must agree before a short quote is placed.
MIN_CONTEXT_SHARE = 0.5
# Quotes shorter than this are never placed by fuzzy matching: too many look-alikes.
MIN_FUZZY_CHARS = 16
# Similarity (difflib ratio) a fuzzy candidate needs, so an edited passage is found again
# while a different passage of similar words is not.
MIN_FUZZY_RATIO = 0.8
# Share of the stored context a fuzzy candidate needs (about one side of it).
MIN_FUZZY_CONTEXT_SHARE = 0.25
# Length of the pieces of quote and context used to find fuzzy candidates.
SEED_CHARS = 12
# At most this many occurrences of one seed are tried, the nearest to the old place first.
MAX_SEEDS = 24
# Matching blocks shorter than this at the ends of an alignment are ignored as chance.
MIN_END_BLOCK = 3


def anchor(highlight: Highlight, text: str) -> Highlight:
    """The highlight placed on `text`, or the same highlight marked orphaned."""
    exact = highlight.exact
    if not exact:
        return _orphan(highlight)
    if _position_holds(highlight, text):
        return _placed(highlight, highlight.start, highlight.end)
    start = _best_exact_occurrence(highlight, text)
    if start is not None:
        return _placed(highlight, start, start + len(exact))
    span = _fuzzy_span(highlight, text)
    if span is not None:
        return _placed(highlight, *span)
    return _orphan(highlight)


def anchor_all(highlights: Iterable[Highlight], text: str) -> list[Highlight]:
    """Every highlight placed on `text`, in the order given; orphans kept."""
    return [anchor(highlight, text) for highlight in highlights]


def _placed(highlight: Highlight, start: int, end: int) -> Highlight:
    if (start, end, highlight.orphaned) == (highlight.start, highlight.end, False):
        return highlight
    # The quote selector keeps what the user highlighted; only the position follows the text.
    return replace(highlight, start=start, end=end, orphaned=False)


def _orphan(highlight: Highlight) -> Highlight:
    return highlight if highlight.orphaned else replace(highlight, orphaned=True)


def _position_holds(highlight: Highlight, text: str) -> bool:
    start, end = highlight.start, highlight.end
    if not 0 <= start <= end <= len(text) or text[start:end] != highlight.exact:
        return False
    if len(highlight.exact) >= DISTINCTIVE_CHARS:
        return True
    return _context_share(highlight, text, start, end) >= MIN_CONTEXT_SHARE


def _context_match(highlight: Highlight, text: str, start: int, end: int) -> int:
    """How many characters of the stored prefix and suffix agree, counted outward."""
    prefix, suffix = highlight.prefix, highlight.suffix
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    prefix_agrees = _agreeing_chars(prefix[::-1], before[::-1]) if prefix else 0
    suffix_agrees = _agreeing_chars(suffix, after) if suffix else 0
    return prefix_agrees + suffix_agrees


def _agreeing_chars(first: str, second: str) -> int:
    """Length of the common start of two short strings."""
    count = 0
    for one, other in zip(first, second, strict=False):
        if one != other:
            break
        count += 1
    return count


def _context_share(highlight: Highlight, text: str, start: int, end: int) -> float:
    stored = len(highlight.prefix) + len(highlight.suffix)
    if stored == 0:
        # The quote was the whole text: only the whole text is the same place.
        return 1.0 if (start, end) == (0, len(text)) else 0.0
    return _context_match(highlight, text, start, end) / stored


def _occurrences(needle: str, text: str) -> list[int]:
    found: list[int] = []
    position = text.find(needle)
    while position != -1:
        found.append(position)
        position = text.find(needle, position + 1)
    return found


def _best_exact_occurrence(highlight: Highlight, text: str) -> int | None:
    """The occurrence of the exact quote whose context agrees best; nearest breaks ties."""
    exact = highlight.exact
    whole = highlight.prefix + exact + highlight.suffix
    if len(whole) > len(exact):
        # Fast path: the quote with its full context is still there, usually exactly once.
        full = _occurrences(whole, text)
        if full:
            nearest = min(full, key=lambda at: abs(at + len(highlight.prefix) - highlight.start))
            return nearest + len(highlight.prefix)
    candidates = _occurrences(exact, text)
    if not candidates:
        return None
    distinctive = len(exact) >= DISTINCTIVE_CHARS
    best: tuple[int, int] | None = None
    best_start: int | None = None
    for start in candidates:
        end = start + len(exact)
        if not distinctive and _context_share(highlight, text, start, end) < MIN_CONTEXT_SHARE:
            continue
        rank = (-_context_match(highlight, text, start, end), abs(start - highlight.start))
        if best is None or rank < best:
            best, best_start = rank, start
    return best_start


def _fuzzy_span(highlight: Highlight, text: str) -> tuple[int, int] | None:
    """The best passage similar enough to the quote, found from seeds of quote and context."""
    exact = highlight.exact
    if len(exact) < MIN_FUZZY_CHARS:
        return None
    best_rank: tuple[float, int] | None = None
    best_span: tuple[int, int] | None = None
    for guess in _guessed_starts(highlight, text):
        span = _aligned_span(exact, text, guess)
        if span is None:
            continue
        ratio = _similarity(exact, text[span[0] : span[1]])
        if ratio < MIN_FUZZY_RATIO:
            continue
        # An edited passage keeps at least one side of its surroundings; a look-alike
        # elsewhere (the real one deleted) does not.
        if _context_share(highlight, text, *span) < MIN_FUZZY_CONTEXT_SHARE:
            continue
        rank = (ratio, -abs(span[0] - highlight.start))
        if best_rank is None or rank > best_rank:
            best_rank, best_span = rank, span
    return best_span


def _similarity(first: str, second: str) -> float:
    return SequenceMatcher(None, first, second, autojunk=False).ratio()


def _guessed_starts(highlight: Highlight, text: str) -> list[int]:
    """Likely starts of the edited quote: where its ends or its context are found now."""
    exact, length = highlight.exact, len(highlight.exact)
    seeds: list[tuple[str, int]] = [
        (exact[:SEED_CHARS], 0),  # the quote's head: quote starts here
        (exact[-SEED_CHARS:], length - SEED_CHARS),  # its tail: started `length - n` before
        (exact[length // 2 - SEED_CHARS // 2 :][:SEED_CHARS], length // 2 - SEED_CHARS // 2),
    ]
    if len(highlight.prefix) >= SEED_CHARS:
        seeds.append((highlight.prefix[-SEED_CHARS:], -SEED_CHARS))
    if len(highlight.suffix) >= SEED_CHARS:
        seeds.append((highlight.suffix[:SEED_CHARS], length))
    guesses: set[int] = set()
    for seed, offset_in_quote in seeds:
        found = _occurrences(seed, text)
        found.sort(key=lambda at: abs(at - offset_in_quote - highlight.start))
        guesses.update(at - offset_in_quote for at in found[:MAX_SEEDS])
    return sorted(guesses, key=lambda at: (abs(at - highlight.start), at))


def _aligned_span(exact: str, text: str, guess: int) -> tuple[int, int] | None:
    """The span of `text` near `guess` that lines up with `exact`, from matching blocks."""
    slack = len(exact) // 4 + 1
    low = max(0, guess - slack)
    high = min(len(text), guess + len(exact) + slack)
    if low >= high:
        return None
    matcher = SequenceMatcher(None, exact, text[low:high], autojunk=False)
    blocks = [block for block in matcher.get_matching_blocks() if block.size]
    # A stray one- or two-letter agreement at either end is chance, not the quote.
    while len(blocks) > 1 and blocks[0].size < MIN_END_BLOCK:
        blocks.pop(0)
    while len(blocks) > 1 and blocks[-1].size < MIN_END_BLOCK:
        blocks.pop()
    if not blocks:
        return None
    first, last = blocks[0], blocks[-1]
    # Matching blocks place the first and last agreeing characters; the quote's unmatched
    # ends are dropped rather than guessed, so the span never covers words that are not there.
    start = low + first.b
    end = low + last.b + last.size
    return (start, end) if start < end else None
