"""Bytes to clean text: encoding detection and Unicode normalisation of imported articles."""

from __future__ import annotations

import codecs
import re
import unicodedata

from reader.library.errors import ImportFailed

# Longest BOMs first: the UTF-32 LE BOM begins with the UTF-16 LE BOM.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Above this share of control characters, "text" is really binary data.
_MAX_CONTROL_RATIO = 0.10
# Terminal escapes (ESC, BEL, BS) in captured output are text with colour codes, not binary.
_BINARY_CONTROLS = re.compile("[\x00-\x06\x0e-\x1a\x1c-\x1f\x7f-\x9f\x0b]")
# In Western European prose most letters are plain ASCII.
_MAX_ACCENTED_RATIO = 0.3
_WORD_INTERNAL = "’‘–—·"

_LINE_BREAKS = re.compile("\r\n|\r|\x85|\u2028")
# Dropped: every control character but \n and \t (category Cc), lone surrogates, and
# invisible characters with no meaning in prose. ZWJ/ZWNJ are kept: they shape scripts and emoji.
_DROPPED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\u200b\u2060\ufeff\u180e\u00ad]")
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_TRAILING_SPACE = re.compile("[ \t]+$", re.MULTILINE)
_BLANK_RUN = re.compile("\n{3,}")


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    return len(_BINARY_CONTROLS.findall(text)) / len(text)


def _refuse_if_binary(text: str, source: str) -> str:
    if "\x00" in text or _control_ratio(text) > _MAX_CONTROL_RATIO:
        raise ImportFailed(f"binary data, not text: {source}")
    return text


def _as_western(data: bytes) -> str | None:
    """cp1252 text when the bytes read as mostly-ASCII Western prose, else None.

    Non-UTF-8 text in the wild is mostly cp1252, and charset detection guesses short Western
    texts badly (café read as Baltic cp775). Text in Cyrillic or Greek code pages decodes to
    words made only of accented letters, which the letter ratio rejects.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [char for char in text if char.isalpha()]
    accented = sum(1 for char in letters if not char.isascii())
    if not letters or accented / len(letters) > _MAX_ACCENTED_RATIO:
        return None
    # A symbol inside a word ("Za¿ó³æ") is another code page read as cp1252.
    if any(_is_symbol_inside_word(text, index) for index in range(1, len(text) - 1)):
        return None
    return text


def _is_symbol_inside_word(text: str, index: int) -> bool:
    char = text[index]
    return (
        not char.isascii()
        and not char.isalpha()
        and char not in _WORD_INTERNAL
        and text[index - 1].isalpha()
        and text[index + 1].isalpha()
    )


def decode_bytes(data: bytes, *, source: str = "input") -> str:
    """Decode article bytes: BOM first, then strict UTF-8, then charset detection."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _refuse_if_binary(data[len(bom) :].decode(encoding), source)
            except UnicodeDecodeError as error:
                raise ImportFailed(f"undecodable {encoding} text: {source}") from error
    if b"\x00" in data:
        raise ImportFailed(f"binary data, not text: {source}")
    try:
        return _refuse_if_binary(data.decode("utf-8"), source)
    except UnicodeDecodeError:
        pass
    western = _as_western(data)
    if western is not None:
        return _refuse_if_binary(western, source)
    from charset_normalizer import from_bytes  # only for the rare non-UTF-8, non-Western text

    best = from_bytes(data).best()
    if best is None:
        raise ImportFailed(f"undecodable bytes, not text in a known encoding: {source}")
    return _refuse_if_binary(str(best), source)


def normalize_text(text: str) -> str:
    """Normalise text for the library: NFC, plain spaces, no controls, tidy line ends.

    Idempotent: normalising twice gives the same text as once.
    """
    text = _LINE_BREAKS.sub("\n", text).replace("\u2029", "\n\n")
    # Drop controls before NFC so characters they separated can compose.
    text = _DROPPED.sub("", text)
    text = unicodedata.normalize("NFC", text)
    # After NFC: some odd spaces (U+2000) decompose canonically into others (U+2002).
    text = _ODD_SPACES.sub(" ", text)
    text = _TRAILING_SPACE.sub("", text)
    text = _BLANK_RUN.sub("\n\n", text)
    return text.strip("\n")
