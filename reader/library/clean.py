"""Plain text and Markdown to clean article Markdown: title, subheadings, no site furniture."""

from __future__ import annotations

import re

from reader.library.articlefile import split_front_matter

__all__ = ["clean_markdown", "clean_plain_text", "escape_markdown", "split_front_matter"]

MAX_TITLE_LENGTH = 200
MAX_SUBHEADING_WORDS = 14
MAX_TEASER_HEADLINE_WORDS = 25
MAX_TEASER_BLURB_WORDS = 90

# Lines that open a trailing block of links to other stories.
_SECTION_MARKER = re.compile(
    r"(latest|latest (news|stories|articles|posts)|related|related (articles?|stories|posts|"
    r"content|news|reading|coverage)|more articles like this|more (stories|news|articles)"
    r"( from [\w .'’&-]{1,40})?|more from [\w .'’&-]{1,40}|read more|read next|up next|"
    r"recommended( for you| stories| articles)?|you (may|might) also like|also read|"
    r"trending( now)?|most (read|popular|viewed)|popular (now|stories|posts)|"
    r"don[’']t miss|editor[’']?s picks|top stories|what to read next)"
    r"\s*[:»›>.…-]*",
    re.IGNORECASE,
)
# Whole blocks that are page furniture wherever they stand.
_FURNITURE = re.compile(
    r"(exit mobile version|advertisement|advertisements|sponsored( content)?|"
    r"skip to (main )?content|back to top|scroll to top|print( this)?( article| page)?|"
    r"(share|tweet|email|pin|post)( (this|the))?( (story|article|post|page))?"
    r"( (on|via|to) [\w ]{1,30})?|share( on| via)?( (facebook|twitter|x|linkedin|whatsapp|"
    r"email|reddit|telegram)[,| ]*)+|click (here )?to (share|print|email|subscribe)[\w ]*|"
    r"subscribe( now| today| here)?|subscribe to [\w ’'.-]{1,60}|"
    r"sign up (for|to) (our|the) [\w ’'-]*newsletters?[\w ,’'.-]{0,60}|"
    r"(join|get) our newsletters?[\w ,’'.-]{0,60}|follow us on [\w ,&]{1,60}|"
    r"(leave|add|post) a (comment|reply)|\d* ?comments?|related topics?|tags?:.{0,120}|"
    r"(accept|allow|manage)( all)? cookies|cookie (settings|preferences|policy)|"
    r"(copyright\s*)?©[^\n]{0,120}|copyright\s+\d{4}[^\n]{0,120}|"
    r"[^\n]{0,120}all rights reserved\.?)"
    r"\s*[:.!»›]*",
    re.IGNORECASE,
)
_COOKIE_NOTICE = re.compile(
    r"(we|this (site|website)|our (site|website)) uses? cookies\b", re.IGNORECASE
)
# Longer blocks (Markdown included) are prose: no furniture pattern or headline is this long.
_MAX_SHORT_BLOCK = 800
_END_PUNCTUATION = tuple(".!?,;:…")
_CLOSING_QUOTES = "\"'”’»)]"
_SMALL_WORDS = frozenset(
    re.findall(
        r"\w+",
        "a an and as at but by for from in into nor of on or over per the to up via vs with "
        "without is are was be its it than that",
    )
)
_MARKDOWN_INLINE = str.maketrans({char: f"\\{char}" for char in "\\`*_[]<>~|"})
_ENTITY = re.compile(r"&(?=#?\w+;)")
_LINE_START_BLOCK = re.compile(r"^(\s*)([#>+=-]|\d{1,9}[.)](?=\s|$))")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_PREFIX = re.compile(r"\A\s*(#{1,6}\s+|[-*+]\s+|>\s*)")
_MD_EMPHASIS = str.maketrans("", "", "*_`")


def _blocks(text: str) -> list[str]:
    """Split text into blocks at blank lines, or at every line when it has no blank lines."""
    stripped = text.strip("\n")
    if not stripped:
        return []
    if "\n\n" not in stripped:
        return [line for line in stripped.split("\n") if line.strip()]
    return [block.strip("\n") for block in re.split(r"\n\s*\n", stripped) if block.strip()]


def _words(text: str) -> list[str]:
    return text.split()


def _plain(block: str) -> str:
    """The visible words of a Markdown block, for matching furniture patterns."""
    if "](" in block:
        block = _MD_LINK.sub(r"\1", block)
    block = _MD_PREFIX.sub("", block).translate(_MD_EMPHASIS)
    return " ".join(block.split())


def is_furniture(block: str) -> bool:
    """True when a whole block is page furniture (share bar, advert label, cookie notice…)."""
    if len(block) > _MAX_SHORT_BLOCK:
        return False
    plain = _plain(block)
    if not plain or ("\n" in block.strip() and len(_words(plain)) > 12):
        return False
    if _FURNITURE.fullmatch(plain) or _SECTION_MARKER.fullmatch(plain):
        return True
    return bool(_COOKIE_NOTICE.match(plain)) and len(plain) <= 400


def _is_marker(block: str) -> bool:
    return bool(_SECTION_MARKER.fullmatch(_plain(block)))


def _ends_like_sentence(text: str) -> bool:
    return text.rstrip(_CLOSING_QUOTES).endswith(_END_PUNCTUATION)


def _is_headline(block: str, max_words: int) -> bool:
    """A single short line without sentence punctuation at its end."""
    if len(block) > _MAX_SHORT_BLOCK:
        return False
    plain = _plain(block)
    words = _words(plain)
    return (
        "\n" not in block.strip()
        and 0 < len(words) <= max_words
        and len(plain) <= 160
        and not _ends_like_sentence(plain)
    )


def _is_title_case(line: str) -> bool:
    words = [word.strip("\"'“”‘’()[]") for word in _words(line)]
    words = [word for word in words if word]
    if not words or not words[0][:1].isupper():
        return False
    significant = [word for word in words[1:] if word.lower() not in _SMALL_WORDS]
    if not significant:
        return True
    capitalised = sum(1 for word in significant if word[:1].isupper() or word[:1].isdigit())
    return capitalised / len(significant) >= 0.75


def _teaser_tail_ok(tail: list[str]) -> bool:
    """True when blocks after a section marker look like links to other stories.

    Each block must be furniture, another marker, a headline, or one blurb right after a
    headline: two prose paragraphs in a row mean the article itself goes on.
    """
    previous_was_headline = False
    for block in tail:
        if is_furniture(block):
            previous_was_headline = False
        elif _is_headline(block, MAX_TEASER_HEADLINE_WORDS):
            previous_was_headline = True
        elif previous_was_headline and len(_words(block)) <= MAX_TEASER_BLURB_WORDS:
            previous_was_headline = False
        else:
            return False
    return True


def remove_furniture(blocks: list[str]) -> list[str]:
    """Drop furniture blocks anywhere and a trailing teaser section after a marker line.

    The first block (the title) is never removed.
    """
    if not blocks:
        return []
    head, body = blocks[0], blocks[1:]
    for index, block in enumerate(body):
        if _is_marker(block) and _teaser_tail_ok(body[index + 1 :]):
            body = body[:index]
            break
    return [head, *(block for block in body if not is_furniture(block))]


def escape_markdown(line: str) -> str:
    """Escape a line of plain text so Markdown renders it as the same text."""
    escaped = line.translate(_MARKDOWN_INLINE)
    escaped = _ENTITY.sub("&amp;", escaped)
    return _LINE_START_BLOCK.sub(_escape_line_start, escaped)


def _escape_line_start(match: re.Match[str]) -> str:
    marker = match.group(2)
    if marker[0].isdigit():
        return f"{match.group(1)}{marker[:-1]}\\{marker[-1]}"
    return f"{match.group(1)}\\{marker}"


def _escape_paragraph(block: str) -> str:
    # Leading spaces would make an indented code block; they carry no meaning in prose.
    return "\n".join(escape_markdown(line.strip()) for line in block.split("\n"))


def _heading(title: str, level: int = 1) -> str:
    return f"{'#' * level} {escape_markdown(title).replace('#', chr(92) + '#')}"


def _split_title(first_block: str) -> tuple[str, list[str]]:
    """Title from the first line; a paragraph-long first line is shortened, kept as body."""
    first_line, _, rest = first_block.partition("\n")
    first_line = first_line.strip()
    remainder = [rest] if rest.strip() else []
    if len(first_line) <= MAX_TITLE_LENGTH:
        return first_line, remainder
    cut = first_line[:MAX_TITLE_LENGTH].rsplit(" ", 1)[0] or first_line[:MAX_TITLE_LENGTH]
    return f"{cut}…", [first_line, *remainder]


def _is_subheading(blocks: list[str], index: int) -> bool:
    """A short Title Case line standing between two body paragraphs."""
    if index < 2 or index + 1 >= len(blocks):
        return False
    block = blocks[index]
    neighbours_are_prose = not _is_headline(blocks[index - 1], MAX_SUBHEADING_WORDS) and not (
        _is_headline(blocks[index + 1], MAX_SUBHEADING_WORDS)
    )
    return (
        neighbours_are_prose
        and _is_headline(block, MAX_SUBHEADING_WORDS)
        and _is_title_case(block)
        and not block.strip().startswith(tuple("\"'“‘-–—•*"))
    )


def clean_plain_text(text: str) -> tuple[str, str]:
    """Plain text to (title, Markdown body starting with `# title`)."""
    blocks = _blocks(text)
    if not blocks:
        return "", ""
    title, first_rest = _split_title(blocks[0])
    blocks = remove_furniture([title, *first_rest, *blocks[1:]])
    parts = [_heading(title)]
    for index in range(1, len(blocks)):
        block = blocks[index].strip()
        if _is_subheading(blocks, index):
            parts.append(_heading(" ".join(block.split()), level=2))
        else:
            parts.append(_escape_paragraph(block))
    return title, "\n\n".join(parts) + "\n"


def _markdown_blocks(text: str) -> list[str]:
    """Blocks split at blank lines, keeping fenced code blocks whole."""
    blocks: list[str] = []
    current: list[str] = []
    in_fence = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_fence = not in_fence
        if not line.strip() and not in_fence:
            if current:
                blocks.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        blocks.append("\n".join(current))
    return blocks


def _atx_title(block: str) -> str | None:
    match = re.fullmatch(r"\s{0,3}#\s+(.*?)(\s+#+)?\s*", block)
    return match.group(1).strip() if match else None


def clean_markdown(text: str) -> tuple[str, str]:
    """Markdown to (title, body starting with `# title`); front matter is dropped.

    The title comes from the front matter, else the first `#` heading, else the first line.
    """
    meta, body = split_front_matter(text)
    blocks = _markdown_blocks(body)
    if not blocks:
        title = meta.get("title", "").strip()
        return title, f"{_heading(title)}\n" if title else ""
    heading = _atx_title(blocks[0])
    if heading is not None:
        title = meta.get("title", "").strip() or _plain(heading)
        kept = remove_furniture(blocks)
    elif meta.get("title", "").strip():
        title = meta["title"].strip()
        kept = remove_furniture([_heading(title), *blocks])
    else:
        title, first_rest = _split_title(blocks[0])
        kept = remove_furniture([_heading(title), *first_rest, *blocks[1:]])
    return title, "\n\n".join(kept) + "\n"
