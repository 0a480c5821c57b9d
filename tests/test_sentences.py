"""The sentence splitter: abbreviations, initials, decimals, quotes and paragraph breaks."""

from __future__ import annotations

from reader.analysis.sentences import MAX_SENTENCE, split_sentences


def pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_us_abbreviation_mid_sentence_does_not_split() -> None:
    text = "The U.S. Navy sent two ships. They arrived on Friday."
    assert pieces(text) == ["The U.S. Navy sent two ships.", "They arrived on Friday."]


def test_us_at_sentence_end_splits_before_a_sentence_opener() -> None:
    text = "Prices rose in the U.S. The euro fell."
    assert pieces(text) == ["Prices rose in the U.S.", "The euro fell."]


def test_titles_mr_gen_dr_do_not_split() -> None:
    text = "Mr. Lee met Gen. Park and Dr. Chen at noon. Talks went well."
    assert pieces(text) == ["Mr. Lee met Gen. Park and Dr. Chen at noon.", "Talks went well."]


def test_middle_initials_do_not_split() -> None:
    text = "Mark T. Esper spoke after Donald J. Trump. Reporters listened."
    assert pieces(text)[0] == "Mark T. Esper spoke after Donald J. Trump."


def test_decimals_do_not_split() -> None:
    assert pieces("Growth was 3.5 percent. Inflation was 2.1 percent.") == [
        "Growth was 3.5 percent.",
        "Inflation was 2.1 percent.",
    ]


def test_closing_quote_stays_with_its_sentence() -> None:
    text = "She said: “We will not stop.” Then she left."
    assert pieces(text) == ["She said: “We will not stop.”", "Then she left."]


def test_question_inside_quote_followed_by_lowercase_attribution_does_not_split() -> None:
    text = "“Why now?” he asked. Nobody answered."
    assert pieces(text) == ["“Why now?” he asked.", "Nobody answered."]


def test_sentences_never_cross_a_paragraph_break() -> None:
    text = "First paragraph without a stop\n\nSecond paragraph here."
    spans = split_sentences(text)
    assert pieces(text) == ["First paragraph without a stop", "Second paragraph here."]
    assert all("\n\n" not in text[start:end] for start, end in spans)


def test_empty_and_blank_text_give_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences("  \n\n  ") == []


def test_a_run_on_without_full_stops_is_cut_at_spaces() -> None:
    text = " ".join(["word"] * 2_000)  # 9,999 characters, no sentence end
    spans = split_sentences(text)
    assert all(end - start <= MAX_SENTENCE for start, end in spans)
    assert " ".join(text[start:end] for start, end in spans) == text
    assert all(text[end : end + 1] in ("", " ") for _, end in spans)
