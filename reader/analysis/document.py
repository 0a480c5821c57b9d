"""The document model: Markdown parsed into blocks with inline styles, and the canonical text.

The canonical text is the blocks' plain text joined by one blank line. Every offset in the
system (entities, quotes, highlights, reading position) points into it, so the renderer, the
analyser and the anchoring all agree on one string.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

BlockKind = Literal["heading", "paragraph", "quote", "list_item", "code", "rule"]
InlineKind = Literal["em", "strong", "code", "link", "strike"]

BLOCK_SEPARATOR = "\n\n"
DOCUMENT_MODEL_VERSION = "1"  # bump when parsing changes, so cached documents are redone


@dataclass(frozen=True)
class InlineStyle:
    """A styled run inside the canonical text (absolute offsets)."""

    start: int
    end: int
    kind: InlineKind
    href: str = ""


@dataclass(frozen=True)
class Block:
    """One block of the article; `start`/`end` are offsets into the canonical text."""

    kind: BlockKind
    start: int
    end: int
    level: int = 0  # heading level, list or quote depth
    styles: tuple[InlineStyle, ...] = ()
    marker: str = ""  # list bullet or number, e.g. "•" or "3."


@dataclass(frozen=True)
class Document:
    """An article as blocks over one canonical text."""

    text: str
    blocks: tuple[Block, ...]

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def as_json(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "blocks": [
                [b.kind, b.start, b.end, b.level, b.marker, [list(_style(s)) for s in b.styles]]
                for b in self.blocks
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        """The document `as_json` gave (the parsed-document cache, data we wrote)."""
        return cls(str(data["text"]), tuple(_cached_block(*row) for row in data["blocks"]))

    @property
    def title(self) -> str:
        for block in self.blocks:
            if block.kind == "heading":
                return self.block_text(block)
        return self.block_text(self.blocks[0]) if self.blocks else ""

    @property
    def words(self) -> int:
        return len(self.text.split())


StyleRecord = tuple[int, int, InlineKind, str]


def _style(style: InlineStyle) -> StyleRecord:
    return (style.start, style.end, style.kind, style.href)


def _cached_block(
    kind: BlockKind,
    start: int,
    end: int,
    level: int,
    marker: str,
    styles: list[StyleRecord],
) -> Block:
    """A Block from our own cache, made without the frozen-dataclass `__init__`.

    That `__init__` sets each field through `object.__setattr__`; filling the instance
    dict at once halves the cost, which a 100,000-word article pays ~3,000 times before
    its first screen. Only for trusted data: no field is checked.
    """
    block = object.__new__(Block)
    block.__dict__.update(
        kind=kind,
        start=start,
        end=end,
        level=level,
        styles=tuple(InlineStyle(*style) for style in styles) if styles else (),
        marker=marker,
    )
    return block


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    # Imported here: it costs ~25 ms at start-up, before any article is opened.
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark", {"html": False}).enable("strikethrough")


_STYLE_OPEN = {"em_open": "em", "strong_open": "strong", "s_open": "strike", "link_open": "link"}


class _Builder:
    """Collects blocks and their text while walking markdown-it tokens."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []

    def add(
        self, kind: BlockKind, text: str, level: int, marker: str, styles: list[InlineStyle]
    ) -> None:
        text = text.strip("\n")
        if not text.strip() and kind != "rule":
            return
        if self.parts:
            self.parts.append(BLOCK_SEPARATOR)
            self.length += len(BLOCK_SEPARATOR)
        start = self.length
        shifted = tuple(
            InlineStyle(start + s.start, start + s.end, s.kind, s.href)
            for s in styles
            if s.end > s.start and s.end <= len(text)
        )
        self.parts.append(text)
        self.length += len(text)
        self.blocks.append(Block(kind, start, self.length, level, shifted, marker))


def _inline_text(token: Token) -> tuple[str, list[InlineStyle]]:
    """Plain text of an inline token and its styled runs (offsets relative to that text)."""
    out: list[str] = []
    length = 0
    open_runs: list[tuple[str, int, str]] = []
    styles: list[InlineStyle] = []
    for child in token.children or []:
        if child.type in ("text", "html_inline"):
            out.append(child.content)
            length += len(child.content)
        elif child.type == "code_inline":
            styles.append(InlineStyle(length, length + len(child.content), "code"))
            out.append(child.content)
            length += len(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append(" " if child.type == "softbreak" else "\n")
            length += 1
        elif child.type in _STYLE_OPEN:
            href = str(child.attrs.get("href", "")) if child.attrs else ""
            open_runs.append((_STYLE_OPEN[child.type], length, href))
        elif child.type.endswith("_close") and open_runs:
            kind, start, href = open_runs.pop()
            styles.append(InlineStyle(start, length, kind, href))  # type: ignore[arg-type]
        elif child.type == "image":
            alt = child.content or ""
            out.append(alt)
            length += len(alt)
    return "".join(out), styles


def parse_document(markdown: str) -> Document:
    """Parse Markdown into a `Document`; never raises on odd input."""
    tokens = _parser().parse(markdown)
    builder = _Builder()
    quote_depth = 0
    list_stack: list[list[int]] = []  # [ordered?, next number]
    pending: tuple[BlockKind, int, str] | None = None
    for token in tokens:
        kind = token.type
        if kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            start = int(token.attrs.get("start", 1)) if token.attrs else 1
            list_stack.append([1 if kind == "ordered_list_open" else 0, start])
        elif kind in ("bullet_list_close", "ordered_list_close"):
            if list_stack:
                list_stack.pop()
        elif kind == "heading_open":
            pending = ("heading", int(token.tag[1:]), "")
        elif kind == "paragraph_open":
            if list_stack and pending is None:
                ordered, number = list_stack[-1]
                marker = f"{number}." if ordered else "•"
                list_stack[-1][1] += 1
                pending = ("list_item", len(list_stack), marker)
            elif pending is None:
                block_kind: BlockKind = "quote" if quote_depth else "paragraph"
                pending = (block_kind, quote_depth, "")
        elif kind == "inline":
            text, styles = _inline_text(token)
            block_kind, level, marker = pending or ("paragraph", 0, "")
            builder.add(block_kind, text, level, marker, styles)
            pending = None
        elif kind in ("fence", "code_block"):
            builder.add("code", token.content.rstrip("\n"), 0, "", [])
        elif kind == "hr":
            builder.add("rule", "", 0, "", [])
    return Document("".join(builder.parts), tuple(builder.blocks))
