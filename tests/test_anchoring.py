"""Re-anchoring: position, exact quote with context, fuzzy match, orphans."""

from __future__ import annotations

import random
import time

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reader.annotations.anchoring import anchor, anchor_all
from reader.annotations.model import CONTEXT_CHARS, Highlight

VOCABULARY = [
    "the", "river", "council", "said", "on", "Tuesday", "that", "budget", "would", "rise",
    "by", "four", "percent", "after", "a", "long", "debate", "about", "roads", "schools",
    "and", "housing", "in", "north", "of", "city", "mayor", "argued", "plan", "was", "fair",
]  # fmt: skip
# Words an edit inserts: never in VOCABULARY, so an edit cannot forge a copy of a quote.
EDIT_WORDS = ["ZEBRA", "QUARTZ", "MOLLUSC", "VORTEX", "PLINTH"]


def highlight_on(text: str, start: int, end: int) -> Highlight:
    return Highlight.create("a1", text, start, end)


def word_spans(words: list[str]) -> list[tuple[int, int]]:
    spans, position = [], 0
    for word in words:
        spans.append((position, position + len(word)))
        position += len(word) + 1
    return spans


def test_unchanged_text_keeps_the_same_highlight() -> None:
    text = "One two three four five six."
    highlight = highlight_on(text, 4, 13)
    assert anchor(highlight, text) is highlight


def test_text_inserted_before_shifts_the_highlight() -> None:
    text = "The mayor argued the plan was fair to everyone in the city."
    highlight = highlight_on(text, 10, 29)
    moved = anchor(highlight, "A new opening line.\n\n" + text)
    assert moved.exact == "argued the plan was"
    assert moved.start == 10 + len("A new opening line.\n\n")
    assert not moved.orphaned


def test_repeated_quote_goes_to_the_occurrence_with_matching_context() -> None:
    text = "He said yes to the plan. Later she said yes to the budget. They said no."
    start = text.index("said yes", 30)
    highlight = highlight_on(text, start, start + len("said yes"))
    changed = "Intro. " + text.replace("He said yes to the plan.", "He said yes at once.")
    moved = anchor(highlight, changed)
    assert changed[moved.start : moved.end] == "said yes"
    assert changed[moved.start - 10 : moved.start] == "Later she "


def test_short_quote_with_no_matching_context_is_orphaned() -> None:
    text = "The council voted on the river plan today."
    highlight = highlight_on(text, 4, 11)  # "council"
    moved = anchor(highlight, "Nothing here matches, but a council exists elsewhere entirely.")
    assert moved.orphaned


def test_deleted_quote_is_orphaned_with_offsets_kept() -> None:
    text = "Alpha beta gamma. The quoted passage is here. Delta epsilon."
    highlight = highlight_on(text, 18, 45)
    moved = anchor(highlight, "Alpha beta gamma. Delta epsilon.")
    assert moved.orphaned
    assert (moved.start, moved.end) == (highlight.start, highlight.end)


def test_edited_long_quote_is_found_by_fuzzy_match() -> None:
    text = "Before it. The budget would rise by four percent after a long debate. After it."
    start = text.index("The budget")
    highlight = highlight_on(text, start, text.index(" After it."))
    changed = text.replace("four percent", "4 percent")
    moved = anchor(highlight, changed)
    assert not moved.orphaned
    assert (
        changed[moved.start : moved.end]
        == "The budget would rise by 4 percent after a long debate."
    )


def test_replaced_long_quote_is_orphaned_not_moved() -> None:
    text = "Before it. The budget would rise by four percent after a long debate. After it."
    start = text.index("The budget")
    highlight = highlight_on(text, start, text.index(" After it."))
    changed = "Before it. Completely different words now stand in this place. After it."
    assert anchor(highlight, changed).orphaned


def test_orphan_found_again_is_no_longer_orphaned() -> None:
    text = "Some words. The quoted passage is here. More words."
    highlight = highlight_on(text, 12, 39).with_changes(orphaned=True)
    assert not anchor(highlight, text).orphaned


def test_empty_quote_is_orphaned() -> None:
    assert anchor(Highlight("h", "a", 0, 0, ""), "text").orphaned


def test_re_anchoring_keeps_note_tags_and_updated_stamp() -> None:
    text = "The mayor argued the plan was fair."
    highlight = highlight_on(text, 4, 16).with_changes(note="n", tags=("t",))
    moved = anchor(highlight, "Lead. " + text)
    assert (moved.note, moved.tags, moved.updated) == ("n", ("t",), highlight.updated)


def test_anchor_all_keeps_order_and_count() -> None:
    text = "one two three four five six seven"
    highlights = [highlight_on(text, 8, 13), highlight_on(text, 0, 3)]
    placed = anchor_all(highlights, "zero " + text)
    assert [h.id for h in placed] == [h.id for h in highlights]


@st.composite
def text_with_highlight(draw: st.DrawFn) -> tuple[list[str], int, int]:
    """Prose-like words that do not repeat. (Free repeats let Hypothesis shrink to "the the
    the …", where the highlight's words and context stand equally well at other places, so
    no anchor can tell which one was meant.)"""
    tokens = st.builds("{}{}".format, st.sampled_from(VOCABULARY), st.integers(0, 9))
    words = draw(st.lists(tokens, min_size=20, max_size=120, unique=True))
    first = draw(st.integers(0, len(words) - 1))
    last = draw(st.integers(first, min(len(words) - 1, first + 6)))
    return words, first, last


@given(
    case=text_with_highlight(),
    edits=st.lists(st.tuples(st.floats(0, 1), st.sampled_from(["insert", "delete"])), max_size=6),
    edit_words=st.lists(st.sampled_from(EDIT_WORDS), min_size=1, max_size=3),
)
@settings(max_examples=300, deadline=None)
def test_edits_outside_the_context_keep_the_highlight_on_its_words(
    case: tuple[list[str], int, int],
    edits: list[tuple[float, str]],
    edit_words: list[str],
) -> None:
    words, first, last = case
    text = " ".join(words)
    spans = word_spans(words)
    start, end = spans[first][0], spans[last][1]
    highlight = highlight_on(text, start, end)
    # Word indexes far enough from the highlight that its stored context stays whole.
    safe = [
        index
        for index, (word_start, word_end) in enumerate(spans)
        if word_end < start - CONTEXT_CHARS - 1 or word_start > end + CONTEXT_CHARS + 1
    ]
    assume(safe)
    # Each word with the index it had in the original text (None for words an edit put in).
    edited: list[tuple[str, int | None]] = [(word, index) for index, word in enumerate(words)]
    for where, kind in sorted(edits, reverse=True):
        index = safe[int(where * (len(safe) - 1))]
        if kind == "insert":
            edited[index:index] = [(word, None) for word in edit_words]
        else:
            edited[index] = (edit_words[0], None)  # the word deleted, a marker in its place
    new_text = " ".join(word for word, _ in edited)
    moved = anchor(highlight, new_text)
    expected_start = sum(len(word) + 1 for word, _ in edited[: _position_of(edited, first)])
    assert not moved.orphaned
    assert (moved.start, moved.end) == (expected_start, expected_start + len(highlight.exact))


def _position_of(edited: list[tuple[str, int | None]], original_index: int) -> int:
    return next(at for at, (_, origin) in enumerate(edited) if origin == original_index)


@given(case=text_with_highlight())
@settings(max_examples=300, deadline=None)
def test_deleting_the_highlighted_words_orphans_it_never_moves_it(
    case: tuple[list[str], int, int],
) -> None:
    words, first, last = case
    text = " ".join(words)
    spans = word_spans(words)
    highlight = highlight_on(text, spans[first][0], spans[last][1])
    new_text = " ".join(words[:first] + words[last + 1 :])
    assume(highlight.exact not in new_text)
    assert anchor(highlight, new_text).orphaned


@given(
    copies=st.integers(2, 40),
    chosen=st.integers(0, 39),
    fillers=st.lists(st.sampled_from(VOCABULARY), min_size=2, max_size=6),
)
@settings(max_examples=200, deadline=None)
def test_quote_repeated_many_times_goes_to_the_one_with_matching_context(
    copies: int, chosen: int, fillers: list[str]
) -> None:
    chosen %= copies
    pieces = [f"section {number} says: the plan was fair." for number in range(copies)]
    text = " ".join(pieces)
    start = text.index("the plan was fair", text.index(f"section {chosen} says"))
    highlight = highlight_on(text, start, start + len("the plan was fair"))
    new_text = " ".join(fillers) + " " + text
    moved = anchor(highlight, new_text)
    assert new_text[moved.start : moved.end] == "the plan was fair"
    assert new_text[: moved.start].endswith(f"section {chosen} says: ")


def test_many_highlights_on_a_long_text_re_anchor_fast() -> None:
    rng = random.Random(5)
    words = [rng.choice(VOCABULARY) + str(rng.randrange(1000)) for _ in range(100_000)]
    text = " ".join(words)
    spans = word_spans(words)
    highlights = []
    for index in rng.sample(range(len(words) - 12), 500):
        highlights.append(highlight_on(text, spans[index][0], spans[index + rng.randrange(12)][1]))
    new_text = "A new first paragraph.\n\n" + text.replace(words[50_000], "EDITED", 1)
    began = time.perf_counter()
    placed = anchor_all(highlights, new_text)
    elapsed = time.perf_counter() - began
    assert all(new_text[h.start : h.end] == h.exact for h in placed if not h.orphaned)
    assert sum(h.orphaned for h in placed) <= 1
    assert elapsed < 1.0
