"""Quote spans: marks of every kind, nesting, headlines, multi-paragraph and stray marks."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import analyze
from reader.analysis.model import Entity
from reader.analysis.quotes import find_quote_spans, find_quotes


def quoted(text: str) -> list[str]:
    return [text[span.start : span.end] for span in find_quote_spans(text)]


def test_straight_double_quotes_are_a_quote() -> None:
    assert quoted('"We will act soon," he said.') == ['"We will act soon,"']


def test_curly_double_quotes_keep_the_trailing_comma_inside() -> None:
    assert quoted("She expects “talks to go on,” including more.") == ["“talks to go on,”"]


def test_curly_single_quotes_in_a_headline_are_a_quote() -> None:
    assert quoted("Minister says rivals will ‘regret it’ if they act") == ["‘regret it’"]


def test_apostrophes_inside_a_single_quote_do_not_close_it() -> None:
    text = "Critics call it ‘the council’s worst idea since the ’90s’ at the meeting."
    assert quoted(text) == ["‘the council’s worst idea since the ’90s’"]


def test_apostrophes_alone_make_no_quote() -> None:
    assert quoted("It’s Russia’s call, and the ’90s are over; the allies’ view differs.") == []


def test_plural_possessive_inside_single_quote_is_skipped() -> None:
    text = "He called them ‘the workers’ own choice’ today."
    assert quoted(text) == ["‘the workers’ own choice’"]


def test_single_quote_nested_in_double_quote_is_not_separate() -> None:
    text = "“They told us ‘never again’ and meant it,” she said."
    assert quoted(text) == ["“They told us ‘never again’ and meant it,”"]


def test_straight_single_quotes_pair_but_elisions_do_not() -> None:
    assert quoted("Fans of rock 'n' roll called it 'a triumph' last night.") == ["'a triumph'"]


def test_scare_quote_of_one_word_counts() -> None:
    assert quoted("The so-called “experts” were wrong.") == ["“experts”"]


def test_multi_paragraph_quote_gives_one_span_per_paragraph() -> None:
    text = "“First part of the statement.\n\n“Second part,” he said.\n\nAfter."
    spans = find_quote_spans(text)
    assert [text[s.start : s.end] for s in spans] == [
        "“First part of the statement.",
        "“Second part,”",
    ]
    assert spans[0].group == spans[1].group


def test_unclosed_quote_in_a_single_paragraph_is_dropped() -> None:
    assert quoted("He said “we will go and never came back.\n\nNext paragraph.") == []


def test_stray_closing_mark_is_ignored() -> None:
    assert quoted("Odd” text here, “real quote” after.") == ["“real quote”"]


def test_quote_never_crosses_a_paragraph_break() -> None:
    text = 'He said "yes\n\nand then" no.'
    for span in find_quote_spans(text):
        assert "\n\n" not in text[span.start : span.end]


def test_left_mark_typed_as_closer_still_closes() -> None:
    assert quoted("He said “stop“ and left.") == ["“stop“"]


def test_find_quotes_returns_quote_records_with_speakers() -> None:
    text = "“We are ready,” said Ann Lee."
    people = [Entity(21, 28, "PERSON", "Ann Lee")]
    quotes = find_quotes(text, people, [(0, len(text))])
    assert [(q.start, q.end, q.speaker) for q in quotes] == [(0, 15, "Ann Lee")]


QUOTE_ALPHABET = st.sampled_from([*"ab .,:;\n\"'“”‘’«»„—-", "\n\n", "he said", "Ann"])


@settings(max_examples=300, deadline=None)
@given(st.lists(QUOTE_ALPHABET, max_size=60).map("".join))
def test_any_text_gives_sorted_disjoint_spans_within_paragraphs(text: str) -> None:
    entities = [
        Entity(i, i + 3, "PERSON", "Ann") for i in range(len(text)) if text.startswith("Ann", i)
    ]
    quotes = find_quotes(text, entities, [(0, len(text))] if text else [])
    previous_end = 0
    for quote in quotes:
        assert previous_end <= quote.start < quote.end <= len(text)
        assert "\n\n" not in text[quote.start : quote.end]
        assert quote.speaker in (None, "Ann")
        previous_end = quote.end


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_arbitrary_unicode_never_raises(text: str) -> None:
    for quote in find_quotes(text, [], []):
        assert 0 <= quote.start < quote.end <= len(text)


def test_terms_named_glossed_or_abbreviated_in_marks_are_not_quotes() -> None:
    from reader.analysis import analyze

    for text in (
        "The ‘super-Earth’ and ‘hot Earth’ planets were spotted in solar systems.",
        "NASA’s Transiting Exoplanet Survey Satellite, or ‘TESS’, found them.",
        "It was named Ngwevu intloko, which means “grey skull” in Xhosa.",
        "A statement issued by Rain proprietary limited (“Rain”) was withdrawn.",
    ):
        assert analyze(text).quotes == (), text


def test_a_title_in_marks_in_the_body_is_not_a_quotation() -> None:
    text = (
        "McKay's films\n\n"
        "McKay, whose films include “Step Brothers” and “The Big Short,” said it was hard."
    )
    assert [text[q.start : q.end] for q in analyze(text).quotes] == []
    # A headline capitalises every word: its quotes stay quotes.
    headline = "Minister Says Report Is ‘A Political Hit Job’\n\nThe minister spoke on Monday."
    assert [headline[q.start : q.end] for q in analyze(headline).quotes] == [
        "‘A Political Hit Job’"
    ]


def test_two_single_marks_typed_for_one_double_mark() -> None:
    text = (
        "Prayut Chan-o-cha spoke. ''The one who can change the cabinet is me,'' he said.\n\n"
        "Mayor Helen Worboys called it the ‘‘status quo’’.\n\n"
        "“I am not minded to bar the press,’’ judge Collin Sequerah said."
    )
    quotes = analyze(text).quotes
    assert [text[q.start : q.end] for q in quotes] == [
        "''The one who can change the cabinet is me,''",
        "‘‘status quo’’",
        "“I am not minded to bar the press,’’",
    ]
    assert [q.speaker for q in quotes] == [
        "Prayut Chan-o-cha",
        "Helen Worboys",
        "Collin Sequerah",
    ]


def test_a_nickname_in_marks_inside_a_name_is_no_quote() -> None:
    text = "Dewayne “Lee” Johnson met Carlos “Rico” Ruiz. “Yes,” Ruiz said."
    assert [text[q.start : q.end] for q in analyze(text).quotes] == ["“Yes,”"]
