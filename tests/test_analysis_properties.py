"""Property tests: any text analyses, and spans stay in range, ordered and within paragraphs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import analyze
from reader.analysis.sentences import split_sentences

# Text built from pieces that stress the rules: names, titles, quote marks, breaks, odd unicode.
PIECES = st.sampled_from(
    [
        "President ",
        "Kim",
        "-",
        "Putin",
        " said",
        ", ",
        ". ",
        "\n\n",
        "\n",
        "“",
        "”",
        "‘",
        "’",
        '"',
        "'",
        "U.S.",
        "Dr. ",
        "T. ",
        "the ",
        "North Korea",
        "Russian",
        "NATO",
        "’s",
        " of ",
        "The ",
        "Sullivan",
        "\u200b",
        "é",
        "İ",
        "ß",
        "\u0301",
        "🙂",
        "  ",
        "(NRM)",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(PIECES, max_size=40).map("".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_analyses_with_entities_in_range_disjoint_and_within_paragraphs(
    text: str,
) -> None:
    analysis = analyze(text)
    previous_end = 0
    for entity in analysis.entities:
        assert 0 <= entity.start < entity.end <= len(text)
        assert entity.start >= previous_end
        assert "\n\n" not in text[entity.start : entity.end]
        previous_end = entity.end


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_quotes_stay_in_range(text: str) -> None:
    for quote in analyze(text).quotes:
        assert 0 <= quote.start < quote.end <= len(text)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_sentences_are_ordered_in_range_and_never_cross_a_blank_line(text: str) -> None:
    previous_end = 0
    for start, end in split_sentences(text):
        assert previous_end <= start < end <= len(text)
        assert "\n\n" not in text[start:end]
        previous_end = end


def test_empty_text_gives_an_empty_analysis() -> None:
    analysis = analyze("")
    assert analysis.entities == () and analysis.quotes == ()
