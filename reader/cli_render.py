"""Rich renderings for the command line: tables and articles, with untrusted text kept as data."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from reader.analysis.document import Block, Document
from reader.analysis.model import LABELS, Analysis
from reader.library.models import Article
from reader.textsafe import plain

LABEL_STYLES = {
    "PERSON": "bold cyan",
    "ORG": "bold magenta",
    "PLACE": "bold green",
    "GROUP": "bold yellow",
}
QUOTE_STYLE = "italic bright_blue"
INLINE_STYLES = {
    "em": "italic",
    "strong": "bold",
    "code": "reverse",
    "link": "underline",
    "strike": "strike",
}


def article_table(articles: Sequence[Article]) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False, expand=True)
    table.add_column("id", no_wrap=True)
    table.add_column("title", ratio=3, min_width=20, no_wrap=True, overflow="ellipsis")
    table.add_column("source", ratio=1, max_width=24, no_wrap=True, overflow="ellipsis")
    table.add_column("added", no_wrap=True)
    table.add_column("words", justify="right", no_wrap=True)
    table.add_column("tags", ratio=1, max_width=24, no_wrap=True, overflow="ellipsis")
    table.add_column("hl", justify="right", no_wrap=True)
    for article in articles:
        table.add_row(
            Text(article.id, style="dim"),
            Text(plain(article.title, single_line=True), style="" if article.last_read else "bold"),
            Text(plain(article.site or article.source, single_line=True)),
            Text(article.added[:10]),
            Text(str(article.words)),
            Text(", ".join(plain(tag, single_line=True) for tag in article.tags)),
            Text(str(article.highlight_count or "")),
        )
    return table


def _block_text(document: Document, block: Block, analysis: Analysis | None, colour: bool) -> Text:
    text = Text(plain(document.block_text(block)))
    for style in block.styles:
        text.stylize(INLINE_STYLES[style.kind], style.start - block.start, style.end - block.start)
    if analysis and colour:
        for quote in analysis.quotes:
            if quote.end > block.start and quote.start < block.end:
                text.stylize(QUOTE_STYLE, quote.start - block.start, quote.end - block.start)
        for entity in analysis.entities:
            if block.start <= entity.start < block.end:
                text.stylize(
                    LABEL_STYLES[entity.label], entity.start - block.start, entity.end - block.start
                )
    return text


def article_renderable(
    article: Article, document: Document, analysis: Analysis | None, *, colour: bool = True
) -> RenderableType:
    """The article as Rich renderables: header, then blocks with entities and quotes styled."""
    parts: list[RenderableType] = []
    meta = " · ".join(
        plain(part, single_line=True)
        for part in (
            article.site or article.source,
            article.author,
            article.published or article.added[:10],
        )
        if part
    )
    parts.append(Text(meta, style="dim"))
    for index, block in enumerate(document.blocks):
        text = _block_text(document, block, analysis, colour)
        if block.kind == "heading":
            text.stylize("bold underline" if index == 0 else "bold")
            parts.append(Padding(text, (1, 0, 0, 0)))
        elif block.kind == "quote":
            parts.append(Padding(Text("│ ", style="dim") + text, (1, 0, 0, 2 * block.level)))
        elif block.kind == "list_item":
            parts.append(Padding(Text(f"{block.marker} ") + text, (0, 0, 0, 2 * block.level)))
        elif block.kind == "rule":
            parts.append(Rule(style="dim"))
        else:
            parts.append(Padding(text, (1, 0, 0, 0)))
    if analysis and colour:
        legend = Text("  ").join(Text(label, style=LABEL_STYLES[label]) for label in LABELS)
        parts.append(
            Padding(legend + Text("  ") + Text("“quote”", style=QUOTE_STYLE), (1, 0, 0, 0))
        )
    return Group(*parts)


def entities_table(document: Document, analysis: Analysis) -> Table:
    mentions: Counter[tuple[str, str]] = Counter()
    forms: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity in analysis.entities:
        key = (entity.name, entity.label)
        mentions[key] += 1
        forms[key].add(document.text[entity.start : entity.end])
    table = Table(box=None, header_style="bold", pad_edge=False)
    table.add_column("name")
    table.add_column("label")
    table.add_column("mentions", justify="right")
    table.add_column("as written")
    for (name, label), count in sorted(mentions.items(), key=lambda item: (-item[1], item[0])):
        written = ", ".join(sorted(plain(form, single_line=True) for form in forms[(name, label)]))
        table.add_row(
            Text(plain(name, single_line=True), style=LABEL_STYLES[label]),
            Text(label),
            Text(str(count)),
            Text(written),
        )
    return table


def quotes_table(document: Document, analysis: Analysis) -> Table:
    table = Table(box=None, header_style="bold", pad_edge=False, show_lines=False)
    table.add_column("speaker", no_wrap=True)
    table.add_column("quote")
    for quote in analysis.quotes:
        speaker = Text(plain(quote.speaker or "—", single_line=True), style="bold")
        table.add_row(
            speaker,
            Text(
                plain(document.text[quote.start : quote.end], single_line=True), style=QUOTE_STYLE
            ),
        )
    return table
