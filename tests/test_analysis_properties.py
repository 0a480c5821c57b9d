"""Property tests: any text analyses, and spans stay in range, ordered and within paragraphs."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from reader.analysis import (
    analyze,
    clubs,
    context,
    cue_words,
    entities,
    entity_rules,
    quotes,
    reporting,
    sentences,
    tokens,
)
from reader.analysis.sentences import split_sentences
from reader.analysis.tokens import mark_positions

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


# --- the fast paths give what the plain formulations they replace give ---

# The pieces where a fast path and its plain formulation could part: capitals after word
# characters, hyphens and apostrophes, abbreviations, joiners, trailing spaces and newlines.
FAST_PATH_PIECES = st.sampled_from(
    [
        "A",
        "Ab",
        "a",
        "Mr",
        "Mrs",
        "Corp",
        "Co",
        "St",
        ".",
        "U.S.",
        "D.C.",
        ", ",
        " ",
        "  ",
        "\n",
        "\t",
        "\u00a0",
        "-",
        "'",
        "’",
        "_",
        "9",
        "É",
        "é",
        " of ",
        " of the ",
        " de ",
        " & ",
        "said ",
        "adviser ",
        "vice-president ",
        "shares of ",
        "researchers at ",
        "according to ",
        "in ",
        "towards ",
    ]
)
FAST_PATH_TEXTS = st.lists(FAST_PATH_PIECES, max_size=30).map("".join)
PLAIN_RUN_RE = re.compile(
    rf"(?<![\w'’])(?<!\w-)(?:{tokens.TOKEN})"
    rf"(?:(?: |(?: {tokens.JOINERS})+ |, (?=D\.C\.))(?:{tokens.TOKEN})"
    rf"| {tokens.HYPHENED_PARTICLE})*"
)


@settings(max_examples=500, deadline=None)
@given(FAST_PATH_TEXTS)
def test_run_regex_finds_the_runs_of_its_plain_formulation(text: str) -> None:
    found = [match.span() for match in tokens.RUN_RE.finditer(text)]
    assert found == [match.span() for match in PLAIN_RUN_RE.finditer(text)]


_RUN_WORDS = "Ab A U.S. D.C. Dr. T. O'Brien Port-au-Prince Ji-won al-Balah Nairobi-based COVID-19"
RUN_PIECES = st.sampled_from(
    [
        *_RUN_WORDS.split(),
        *("x", "é", "É", "-", "’", ".", ",", "_", " ", ", ", " of ", " of the ", " for "),
        *(" and ", " & ", " de ", " van ", "\n"),
    ]
)


@settings(max_examples=1000, deadline=None)
@given(st.one_of(FAST_PATH_TEXTS, st.lists(RUN_PIECES, max_size=20).map("".join)))
def test_run_tokens_are_the_token_regex_tokens(text: str) -> None:
    for run in tokens.RUN_RE.finditer(text):
        surface = run.group()
        expected = [match.span() for match in tokens.TOKEN_RE.finditer(surface)]
        assert entities.run_tokens(surface) == expected


def _plain_context_cue(text: str, start: int, end: int) -> str | None:
    before = text[max(0, start - context.LOOK_BACK) : start]
    if "\n" in before[len(before.rstrip()) :]:
        before = ""  # a cue never reaches across a line break
    if context.ORG_BEFORE_RE.search(before) or context.ORG_AFTER_RE.match(text, end):
        return "ORG"
    if context.PERSON_BEFORE_RE.search(before) or (
        context.PERSON_AFTER_RE.match(text, end)
        and not context.PERSON_AFTER_BLOCKED_RE.search(before)
    ):
        return "PERSON"
    if context.PLACE_AFTER_RE.match(text, end) or context.PLACE_BEFORE_RE.search(before):
        return "PLACE"
    return None


@settings(max_examples=500, deadline=None)
@given(FAST_PATH_TEXTS, st.sampled_from(["Smith", "Acme"]), FAST_PATH_TEXTS)
def test_context_cue_matches_a_search_of_the_whole_window(
    before: str, name: str, after: str
) -> None:
    text = before + name + after
    start, end = len(before), len(before) + len(name)
    assert context.context_cue(text, start, end) == _plain_context_cue(text, start, end)


@settings(max_examples=500, deadline=None)
@given(FAST_PATH_TEXTS, st.data())
def test_word_before_matches_its_regex(text: str, data: st.DataObject) -> None:
    end = data.draw(st.integers(0, len(text)))
    match = sentences.WORD_BEFORE_RE.search(text, max(0, end - 24), end)
    assert sentences._word_before(text, end) == (match.group() if match else "")


@settings(max_examples=500, deadline=None)
@given(FAST_PATH_TEXTS, st.sampled_from(["of", "a", "said", "in", "ab", "é", "de"]))
def test_lower_word_search_matches_an_index_of_every_word(text: str, word: str) -> None:
    indexed = word in set(re.findall(r"\b[a-z]+\b", text))
    assert tokens.has_lower_word(text, word) == indexed


def _cue_pieces() -> list[str]:
    """Every word and phrase of every word cue, and what may sit around them."""
    pieces: set[str] = set()
    for cue in (
        context.ORG_BEFORE,
        context.PERSON_BEFORE,
        context.PLACE_BEFORE,
        context.PERSON_AFTER_BLOCKED,
        clubs.CLUB_BEFORE,
    ):
        pieces |= cue.words | set(cue.pairs) | {f"{word}." for word in cue.dotted}
        pieces |= {f"{first} {last}" for last, firsts in cue.pairs.items() for first in firsts}
        pieces |= {first for firsts in cue.pairs.values() for first in firsts}
    return [*sorted(pieces), " ", "  ", "\n", "\t", "\xa0", ".", "-", "_", "x", "é", "9", "’"]


CUE_PIECES = st.sampled_from(_cue_pieces())
# A window mostly ends with a cue-like piece and some whitespace, as the windows before names do.
CUE_WINDOWS = st.builds(
    lambda pieces, last, space: "".join(pieces) + last + space,
    st.lists(CUE_PIECES, max_size=6),
    CUE_PIECES,
    st.sampled_from(["", " ", "  ", "\n", " \n", "\t", "\u00a0"]),
)
WORD_CUES = [
    (context.ORG_BEFORE, context.ORG_BEFORE_RE),
    (context.PERSON_BEFORE, context.PERSON_BEFORE_RE),
    (context.PLACE_BEFORE, context.PLACE_BEFORE_RE),
    (context.PERSON_AFTER_BLOCKED, context.PERSON_AFTER_BLOCKED_RE),
    (clubs.CLUB_BEFORE, clubs.CLUB_BEFORE_RE),
]


@settings(max_examples=1000, deadline=None)
@given(CUE_WINDOWS, st.sampled_from(range(len(WORD_CUES))))
def test_word_cue_lookup_answers_as_its_regex_search(window: str, which: int) -> None:
    cue, regex = WORD_CUES[which]
    assert cue.search(window) == (regex.search(window) is not None)


@settings(max_examples=1000, deadline=None)
@given(CUE_WINDOWS)
def test_cue_table_answers_as_each_word_cue(window: str) -> None:
    cues = [cue for cue, _ in WORD_CUES]
    words_end = len(window.rstrip())
    if words_end == len(window):
        return  # no trailing whitespace: no cue ends the window
    bits = cue_words.CueTable.of(cues).ending(
        window, words_end, cue_words.word_ending_at(window, words_end)
    )
    assert [bool(bits >> index & 1) for index in range(len(cues))] == [
        cue.ends(window, words_end) for cue in cues
    ]


# Verbs in any case (and the characters re.IGNORECASE equates with "s" and "i"), pronouns,
# articles, adverbs and the characters around them.
VERB_PIECES = st.sampled_from(
    [
        *("said", "SAID", "Said", "ſaid", "says", "İnsisted", "ınsisted", "added", "adding"),
        *("according to", "ACCORDING\tTO", "fired back", "went on", "told", "tells"),
        *("he ", "She ", "IT ", "the ", "The ", "his ", "also ", "Later ", "quickly "),
        *("minister ", " ", ", ", "\n", "-", "_", "“", "”", "x", "9", "é"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(VERB_PIECES, max_size=20).map("".join), st.data())
def test_caseless_verb_regexes_match_as_with_ignorecase(text: str, data: st.DataObject) -> None:
    verb = re.compile(rf"(?<![\w-]){reporting._VERB_ALT}(?![\w-])", re.I)
    assert [m.span() for m in reporting.VERB.finditer(text)] == [
        m.span() for m in verb.finditer(text)
    ]
    lead, adverb, alt = reporting._LEAD, reporting._ADVERB_ALT, reporting._VERB_ALT
    references = {
        reporting.TAIL_VERB: rf"{lead}({alt})(?![\w-])",
        reporting.TAIL_PRONOUN: rf"{lead}(he|she|it|they|I|we)\s+(?:{adverb}\s+){{0,3}}({alt})"
        r"(?![\w-])",
        reporting.TAIL_DEFINITE: rf"{lead}(the|a|an|his|her|their|its)\s+"
        rf"((?:(?!(?:that|which|who)\s)[\w’'-]+\s+){{0,4}}?)"
        rf"(?:{adverb}\s+){{0,2}}({alt})(?![\w-])",
    }
    pos = data.draw(st.integers(0, len(text)))
    for fast, plain in references.items():
        got, want = fast.match(text, pos), re.compile(plain, re.I).match(text, pos)
        assert (got and got.regs) == (want and want.regs)


BOUNDARY_PIECES = st.sampled_from(
    [".", "!", "?", "...", "”", "'", ")", " ", "  ", "\n", "A", "a", "9", "“", "(", "É", "U.S."]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(BOUNDARY_PIECES, max_size=25).map("".join), st.data())
def test_boundaries_are_the_boundary_regex_matches(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    fast = sentences._boundaries(text, start, end, mark_positions(text, ".!?"))
    plain = sentences.BOUNDARY_RE.finditer(text, start, end)
    assert [m.regs for m in fast] == [m.regs for m in plain]


@settings(max_examples=500, deadline=None)
@given(
    st.lists(
        st.sampled_from(["Kim", "Putin", "-", " ", "_", "x", "é", "9", "\n", "."]), max_size=15
    ).map("".join),
    st.sampled_from(["Kim", "Putin", "K.im"]),
)
def test_stands_alone_is_the_look_behind_search(text: str, word: str) -> None:
    plain = re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None
    assert entity_rules._stands_alone(text, word) == plain


DOUBLED_MARK_PIECES = st.sampled_from(["''", "‘‘", "’’", "'", "’", "a", " ", "\n\n", "“"])


@given(st.lists(DOUBLED_MARK_PIECES, max_size=30).map("".join))
def test_doubled_single_marks_keep_every_offset(text: str) -> None:
    view = quotes._doubled_singles(text)
    assert len(view) == len(text)
    assert all(a == b for a, b in zip(text, view, strict=True) if a not in "'‘’")
    for span in quotes.find_quote_spans(text):
        assert 0 <= span.start < span.end <= len(text)
