"""Decoding article bytes and normalising their text."""

from __future__ import annotations

import codecs
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.library.errors import ImportFailed
from reader.library.normalize import decode_bytes, normalize_text


def test_utf8_decodes() -> None:
    assert decode_bytes("naïve café".encode()) == "naïve café"


def test_utf8_bom_is_dropped() -> None:
    assert decode_bytes(codecs.BOM_UTF8 + b"hello") == "hello"


def test_utf16_with_bom_decodes() -> None:
    assert decode_bytes(codecs.BOM_UTF16_LE + "Grüße aus Köln".encode("utf-16-le")) == (
        "Grüße aus Köln"
    )


def test_utf16_big_endian_with_bom_decodes() -> None:
    assert decode_bytes(codecs.BOM_UTF16_BE + "hello".encode("utf-16-be")) == "hello"


def test_utf32_with_bom_decodes() -> None:
    assert decode_bytes(codecs.BOM_UTF32_LE + "hello".encode("utf-32-le")) == "hello"


def test_cp1252_is_detected() -> None:
    text = "The café – “quotes” and more words in a sentence about the café’s menu."
    assert decode_bytes(text.encode("cp1252")) == text


def test_nul_bytes_are_refused_as_binary() -> None:
    with pytest.raises(ImportFailed, match="binary"):
        decode_bytes(b"PK\x03\x04\x00\x00binary zip", source="a.txt")


def test_many_control_characters_are_refused_as_binary() -> None:
    with pytest.raises(ImportFailed, match=r"binary.*x\.txt"):
        decode_bytes(bytes(range(1, 32)) * 20, source="x.txt")


def test_random_bytes_are_refused() -> None:
    data = bytes((index * 197 + 13) % 256 for index in range(4096))
    with pytest.raises(ImportFailed):
        decode_bytes(data)


def test_nfc_composes_accents() -> None:
    assert normalize_text("cafe\u0301") == "café"


def test_odd_spaces_become_plain_spaces() -> None:
    assert normalize_text("a\u00a0b\u2009c\u202fd\u3000e") == "a b c d e"


def test_zero_width_characters_are_removed() -> None:
    assert normalize_text("zero\u200bwidth\ufeff") == "zerowidth"


def test_escape_sequences_lose_their_escape() -> None:
    assert "\x1b" not in normalize_text("red \x1b[31mtext\x1b[0m")


def test_tabs_and_newlines_survive() -> None:
    assert normalize_text("a\tb\nc") == "a\tb\nc"


def test_line_endings_are_unified() -> None:
    assert normalize_text("a\r\nb\rc\u2028d") == "a\nb\nc\nd"


def test_trailing_spaces_are_trimmed() -> None:
    assert normalize_text("line one   \nline two\t") == "line one\nline two"


def test_blank_line_runs_collapse_to_one() -> None:
    assert normalize_text("a\n\n\n\n\nb") == "a\n\nb"


@given(st.text())
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(st.text())
def test_normalize_leaves_no_control_characters(text: str) -> None:
    result = normalize_text(text)
    assert all(char in "\n\t" or unicodedata.category(char) not in ("Cc", "Cs") for char in result)
    assert "\r" not in result
