"""Cleaning plain text and Markdown: titles, subheadings, site furniture, escaping."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.analysis.document import parse_document
from reader.library.clean import clean_markdown, clean_plain_text, escape_markdown
from reader.library.normalize import normalize_text

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEED = SHARED / "seeds" / "000_39691e86ad5aec55.txt"
GOLD = sorted((SHARED / "gold" / "dev").glob("*.json"))
FIXTURES = Path(__file__).parent / "fixtures"

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")


def _seed() -> tuple[str, str, str]:
    raw = normalize_text(SEED.read_text(encoding="utf-8"))
    title, body = clean_plain_text(raw)
    return raw, title, body


@needs_seed
def test_seed_title_is_the_first_line() -> None:
    _, title, body = _seed()
    assert title == "US warns North Korea would ‘pay a price’ if it supplies weapons to Russia"
    assert body.startswith(f"# {title}\n\n")


@needs_seed
def test_seed_subheading_is_found() -> None:
    _, _, body = _seed()
    assert "\n## President Yoon Warns Against Military Cooperation with North Korea\n" in body


@needs_seed
@pytest.mark.parametrize(
    "junk",
    ["Latest", "Keir Starmer", "UK Labour Party Leader", "More Articles Like This", "Exit mobile"],
)
def test_seed_furniture_and_teaser_are_gone(junk: str) -> None:
    _, _, body = _seed()
    assert junk not in body


@needs_seed
def test_seed_ends_with_its_last_real_paragraph() -> None:
    _, _, body = _seed()
    assert body.rstrip().split("\n\n")[-1].startswith("The South Korean leader’s address")


@needs_seed
def test_seed_real_paragraphs_are_intact() -> None:
    raw, _, body = _seed()
    kept = raw.split("\n\nLatest\n\n")[0].split("\n\n")
    rendered = parse_document(body).text.split("\n\n")
    assert rendered == kept


@pytest.mark.parametrize("path", GOLD, ids=[path.stem for path in GOLD])
def test_gold_text_survives_cleaning(path: Path) -> None:
    text = normalize_text(json.loads(path.read_text(encoding="utf-8"))["text"])
    _, body = clean_plain_text(text)
    assert parse_document(body).text == text


def test_made_up_furniture_is_removed() -> None:
    text = normalize_text((FIXTURES / "furniture_article.txt").read_text(encoding="utf-8"))
    _, body = clean_plain_text(text)
    for junk in (
        "Share on",
        "Advertisement",
        "newsletter",
        "Related",
        "Harbour",
        "School",
        "cookies",
    ):
        assert junk not in body


def test_made_up_article_keeps_every_real_paragraph() -> None:
    text = normalize_text((FIXTURES / "furniture_article.txt").read_text(encoding="utf-8"))
    _, body = clean_plain_text(text)
    assert "## Budget Questions Remain" in body
    assert body.rstrip().endswith("The new hours start on the first Monday of June.")
    assert "Dana Ruiz said" in body


def test_marker_followed_by_prose_is_kept() -> None:
    text = (
        "A Title\n\nFirst paragraph of the piece, which is long enough to be prose.\n\n"
        "Related\n\nThis paragraph is the story going on with its own point to make.\n\n"
        "And this is another paragraph of the same story, so nothing here is a teaser."
    )
    _, body = clean_plain_text(text)
    assert "another paragraph of the same story" in body
    assert "story going on" in body


def test_trailing_marker_alone_is_removed() -> None:
    _, body = clean_plain_text("Title\n\nOnly paragraph of the article.\n\nRead more")
    assert "Read more" not in body


def test_paragraph_mentioning_furniture_words_is_kept() -> None:
    text = "Title\n\nReaders can subscribe to the print edition, and share it with friends."
    _, body = clean_plain_text(text)
    assert "subscribe to the print edition" in body


def test_short_line_right_after_title_is_not_a_subheading() -> None:
    _, body = clean_plain_text("Title\n\nBy Jane Smith\n\nA paragraph follows here, long.")
    assert "## By Jane Smith" not in body


def test_sentence_case_line_is_not_a_subheading() -> None:
    text = "T\n\nFirst paragraph here.\n\nthis is just a fragment\n\nLast paragraph here."
    assert "## " not in clean_plain_text(text)[1]


def test_text_without_blank_lines_uses_lines_as_paragraphs() -> None:
    _, body = clean_plain_text("Title\nFirst paragraph.\nSecond paragraph.")
    assert body == "# Title\n\nFirst paragraph.\n\nSecond paragraph.\n"


def test_very_long_first_line_is_shortened_for_the_title() -> None:
    line = "word " * 100
    title, body = clean_plain_text(line)
    assert title.endswith("…")
    assert len(title) <= 201
    assert line.strip() in body


@pytest.mark.parametrize(
    "line",
    [
        "# not a heading",
        "1. not a list",
        "- not a bullet",
        "*stars* and _under_",
        "> no quote",
        "<b>tag</b>",
        "a [link](x) here",
        "&amp; entity",
        "trailing \\",
        "```fence",
        "===",
    ],
)
def test_plain_text_renders_as_the_same_text(line: str) -> None:
    _, body = clean_plain_text(f"Title\n\nFirst paragraph.\n\n{line}")
    assert parse_document(body).text == f"Title\n\nFirst paragraph.\n\n{line}"


def test_title_with_hashes_renders_as_itself() -> None:
    _, body = clean_plain_text("Learn C# ##\n\nBody.")
    assert parse_document(body).title == "Learn C# ##"


@given(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp"))))
def test_escaped_line_renders_as_itself(line: str) -> None:
    line = " ".join(line.split())
    document = parse_document(escape_markdown(line))
    assert document.text == line


def test_markdown_title_from_front_matter() -> None:
    title, body = clean_markdown("---\ntitle: From Meta\n---\n\nSome text.")
    assert title == "From Meta"
    assert body == "# From Meta\n\nSome text.\n"


def test_markdown_title_from_first_heading() -> None:
    title, body = clean_markdown("# The Heading\n\nText with *emphasis*.")
    assert title == "The Heading"
    assert body == "# The Heading\n\nText with *emphasis*.\n"


def test_markdown_title_from_first_line() -> None:
    title, body = clean_markdown("Just a line\n\nText.")
    assert (title, body) == ("Just a line", "# Just a line\n\nText.\n")


def test_markdown_furniture_is_removed() -> None:
    text = "# T\n\nReal text.\n\n**Share this article**\n\n## Related\n\n- [Other story](/x)\n"
    _, body = clean_markdown(text)
    assert body == "# T\n\nReal text.\n"


def test_markdown_code_block_is_kept_whole() -> None:
    text = "# T\n\n```\nShare\n\nAdvertisement\n```\n"
    assert clean_markdown(text)[1] == text
