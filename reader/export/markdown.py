"""Notes as Markdown: one file per article, for Obsidian or any notes folder.

Untrusted text (titles, quotes, notes) is escaped or fenced so it can never change the file's
structure; the user's own section below the marker line survives every re-export.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlsplit

from reader.analysis.model import LABELS, Analysis
from reader.annotations.model import Highlight, now_iso
from reader.export.paths import path_in_resolved, short_id_in_name
from reader.library.models import Article

USER_MARKER = "<!-- reader: your notes below this line are kept on re-export -->"
LABEL_TITLES = {"PERSON": "People", "ORG": "Organisations", "PLACE": "Places", "GROUP": "Groups"}


@dataclass(frozen=True)
class ArticleNotes:
    """Everything one article's notes file is made from."""

    article: Article
    highlights: Sequence[Highlight]
    analysis: Analysis | None
    text: str
    article_note: str = ""


def render_article_notes(
    article: Article,
    highlights: Sequence[Highlight],
    analysis: Analysis | None,
    text: str,
    *,
    article_note: str = "",
    exported: str,
) -> str:
    """The generated part of an article's notes file, ending with the user-section marker."""
    placed = sorted((h for h in highlights if not h.orphaned), key=_reading_order)
    orphans = sorted((h for h in highlights if h.orphaned), key=_reading_order)
    parts = [_front_matter(article, len(highlights), exported), _heading(article)]
    if article_note.strip():
        parts.append(quoted_block(article_note, callout="[!abstract] Article note", markdown=True))
    parts.append("## Highlights")
    parts.extend(_highlight_entry(h) for h in placed)
    if not placed:
        parts.append("*No highlights.*")
    if orphans:
        parts.append("## Orphaned highlights")
        parts.append("*These passages are no longer in the article's text.*")
        parts.extend(_highlight_entry(h) for h in orphans)
    if analysis is not None:
        parts.append(_who_said_what(analysis, text))
        parts.append(_names(analysis))
    parts.append(USER_MARKER)
    return "\n\n".join(parts) + "\n"


def _reading_order(highlight: Highlight) -> tuple[int, int, str]:
    return (highlight.start, highlight.end, highlight.id)


def _front_matter(article: Article, highlight_count: int, exported: str) -> str:
    tags = [tag for tag in (obsidian_tag(t) for t in article.tags) if tag]
    tag_lines = "".join(f"\n  - {yaml_string(tag)}" for tag in tags) if tags else " []"
    fields = [
        ("title", article.title),
        ("author", article.author),
        ("source", article.source),
        ("published", article.published),
        ("added", article.added),
    ]
    lines = ["---", *(f"{key}: {yaml_string(value)}" for key, value in fields)]
    lines.append(f"tags:{tag_lines}")
    lines.append(f"highlights: {highlight_count}")
    lines.append(f"exported: {yaml_string(exported)}")
    lines.append(f"reader_id: {yaml_string(article.id)}")
    lines.append("---")
    return "\n".join(lines)


def _heading(article: Article) -> str:
    title = inline_text(article.title) or "Untitled"
    link = _source_link(article.source)
    return f"# {title}\n\n{link}" if link else f"# {title}"


def _source_link(source: str) -> str:
    """A link for a web source; any other source (a path, `javascript:`) stays plain text."""
    source = source.strip()
    if not source:
        return ""
    try:
        scheme = urlsplit(source).scheme.lower()
    except ValueError:
        scheme = ""
    if scheme not in ("http", "https"):
        return f"Source: {inline_text(source)}"
    # Percent-encode what could end the <...> destination or break the line.
    target = quote(source, safe="!#$%&'()*+,-./:;=?@[]_~")
    return f"Source: [{inline_text(source)}](<{target}>)"


def _highlight_entry(highlight: Highlight) -> str:
    parts = [quoted_block(highlight.exact), f"^{block_id(highlight.id)}"]
    if highlight.note.strip():
        parts.append(quoted_block(highlight.note, callout="[!note]", markdown=True))
    tags = " ".join(f"#{tag}" for tag in (obsidian_tag(t) for t in highlight.tags) if tag)
    meta = f"Colour: {inline_text(highlight.color)}"
    parts.append(f"{meta} · Tags: {tags}" if tags else meta)
    return "\n\n".join(parts)


def _who_said_what(analysis: Analysis, text: str) -> str:
    lines = ["## Who said what", ""]
    for quote_ in sorted(analysis.quotes):
        if not 0 <= quote_.start < quote_.end <= len(text):
            continue
        speaker = inline_text(quote_.speaker) if quote_.speaker else "*Unattributed*"
        lines.append(f"- **{speaker}**: {inline_text(text[quote_.start : quote_.end])}")
    if len(lines) == 2:
        lines.append("*No quotes found.*")
    return "\n".join(lines)


def _names(analysis: Analysis) -> str:
    lines = ["## Names"]
    for label in LABELS:
        counts = Counter(e.name for e in analysis.entities if e.label == label)
        if not counts:
            continue
        lines += ["", f"### {LABEL_TITLES[label]}", ""]
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        lines.extend(f"- {inline_text(name)} ({count})" for name, count in ranked)
    if len(lines) == 1:
        lines += ["", "*No names found.*"]
    return "\n".join(lines)


def user_section(existing: str) -> str:
    """What the user wrote below the marker; a file without the marker is kept whole."""
    lines = existing.splitlines(keepends=True)
    for index, line in enumerate(lines):
        if line.strip() == USER_MARKER:
            return "".join(lines[index + 1 :])
    # No marker (removed by hand, or not our file): keep every word of it below ours.
    return "\n" + existing if existing.strip() else ""


def export_markdown(
    items: Iterable[ArticleNotes], out_dir: Path, *, exported: str | None = None
) -> list[Path]:
    """Write one notes file per article in `out_dir`, updating files in place."""
    out_dir.mkdir(parents=True, exist_ok=True)
    folder = out_dir.resolve()
    stamp = exported or now_iso()
    earlier = _existing_by_short_id(folder)
    written: list[Path] = []
    for item in items:
        path = path_in_resolved(folder, item.article)
        _follow_rename(earlier, path)
        kept = _read_if_present(path)
        body = render_notes_file(item, exported=stamp)
        tail = user_section(kept) if kept is not None else "\n"
        # Only a file holding the user's own words needs the cost of fsync.
        _write_atomic(path, body + tail, durable=bool(tail.strip()))
        written.append(path)
    return written


def render_notes_file(notes: ArticleNotes, *, exported: str) -> str:
    """The generated part of the notes file for one `ArticleNotes`."""
    return render_article_notes(
        notes.article,
        notes.highlights,
        notes.analysis,
        notes.text,
        article_note=notes.article_note,
        exported=exported,
    )


def _existing_by_short_id(out_dir: Path) -> dict[str, Path]:
    found: dict[str, Path] = {}
    for entry in os.scandir(out_dir):
        short_id = short_id_in_name(entry.name)
        if short_id and entry.is_file(follow_symlinks=False):
            found[short_id] = Path(entry.path)
    return found


def _follow_rename(earlier: dict[str, Path], path: Path) -> None:
    """Move last export's file to the new name when the title changed, user notes with it."""
    short_id = short_id_in_name(path.name)
    previous = earlier.get(short_id or "")
    if previous is not None and previous.name != path.name and not path.exists():
        os.replace(previous, path)


def _read_if_present(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None


def _write_atomic(path: Path, content: str, *, durable: bool) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".reader-export-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(content)
            if durable:
                stream.flush()
                os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


# --- Escaping: untrusted text in, Markdown that cannot change the file's structure out ---

# Every character that starts inline syntax in CommonMark or Obsidian (wikilinks, block ids,
# highlights, comments, math, tags) is backslash-escaped in plain text.
_INLINE_ACTIVE = re.compile(r"[\\`*_\[\]<>#|~=$%^&]")
# A leading `-`/`+` could start a list, a rule or a setext underline; digits a numbered list.
_LIST_MARKER = re.compile(r"^([-+])|^(\d{1,9})([.)])(?=\s|$)")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_CODE_SPAN = re.compile(r"(`+)(?!`)(.+?)(?<!`)\1(?!`)")
# A note's own blockquote and list markers ("> >", "- ", "1. ") before a heading or a rule:
# the note sits in a blockquote already, so its ">" lines nest, and a heading inside a nested
# quote or a list item ("- # x") is still a heading.
_QUOTE_PREFIX = r"(?: {0,3}(?:>[ \t]?|(?:[-+*]|\d{1,9}[.)])[ \t]+))*"
_ATX_HEADING = re.compile(rf"^({_QUOTE_PREFIX} {{0,3}})(#{{1,6}})(?=\s|$)")
_RULE_OR_UNDERLINE = re.compile(rf"^({_QUOTE_PREFIX}) {{0,3}}([-=_*])[ \t]*(?:\2[ \t]*)*$")
_ODD_BREAKS = re.compile("\r\n?|[\u2028\u2029\x85]")
_CONTROL = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f]")
_UNCLEAN = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029]")
_YAML_UNSAFE = re.compile('["\\\\\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]')
# A note line without these characters (or a leading space) needs no neutralising.
_NOTE_ACTIVE = re.compile(r"^\s|[-<\[^%$`#=_*~\\+]")
_SIMPLE_ID = re.compile(r"[A-Za-z0-9]{1,16}")
_TAG_KEEP = frozenset("_-/")


def _clean(text: str) -> str:
    """Unix line breaks, tabs as spaces, and no control characters."""
    if not _UNCLEAN.search(text):
        return text  # the common case, checked without building a new string
    text = _ODD_BREAKS.sub("\n", text).replace("\t", "    ")
    return _CONTROL.sub("", text)


def _escape_inline(text: str) -> str:
    if not _INLINE_ACTIVE.search(text):
        return text
    return _INLINE_ACTIVE.sub(r"\\\g<0>", text)


def inline_text(text: str) -> str:
    """Plain text on one line, every Markdown-active character escaped."""
    return _escape_inline(" ".join(_clean(text).split()))


def _plain_line(line: str) -> str:
    line = _escape_inline(line.strip())
    if not line or not (line[0] in "-+" or line[0].isdigit()):
        return line
    # A line that would start a list item keeps its text, not the list.
    return _LIST_MARKER.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", line, count=1)


def _markdown_line(line: str) -> str:
    """One line of a user's Markdown note, kept as Markdown but unable to leave its block."""
    pieces: list[str] = []
    position = 0
    for span in _CODE_SPAN.finditer(line):
        pieces.append(_neutralise(line[position : span.start()]))
        pieces.append(span.group(0))
        position = span.end()
    pieces.append(_neutralise(line[position:]))
    line = "".join(pieces).rstrip()
    line = _ATX_HEADING.sub(lambda m: f"{m[1]}\\{m[2]}", line, count=1)
    rule = _RULE_OR_UNDERLINE.match(line)
    if rule:
        line = rule[1] + "\\" + line[len(rule[1]) :].lstrip()
    trailing = len(line) - len(line.rstrip("\\"))
    return line + "\\" if trailing % 2 else line


def _neutralise(text: str) -> str:
    # HTML, wikilinks/embeds, block ids, Obsidian comments and display math are the syntax
    # that reaches outside a block; `&lt;` stays safe even after a user's own backslash.
    return (
        text.replace("<", "&lt;")
        .replace("[[", "\\[\\[")
        .replace("^", "\\^")
        .replace("%%", "\\%\\%")
        .replace("$$", "\\$\\$")
    )


def _markdown_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    fence: str | None = None
    for line in lines:
        match = _FENCE.match(line)
        if fence is not None:
            out.append(line.rstrip())
            closes = match and match[1][0] == fence[0] and len(match[1]) >= len(fence)
            if closes and match is not None and not match[2].strip():
                fence = None
        elif match and not (match[1][0] == "`" and "`" in match[2]):
            fence = match[1]
            out.append(line.rstrip())
        elif _NOTE_ACTIVE.search(line):
            out.append(_markdown_line(line))
        else:
            out.append(line.rstrip())  # nothing in it can reach outside the block
    if fence is not None:
        out.append(fence)  # a fence left open in a note is closed inside the note
    return out


def quoted_block(text: str, *, callout: str = "", markdown: bool = False) -> str:
    """`text` as a blockquote (or callout): every line prefixed, blank runs collapsed."""
    raw_lines = _clean(text).strip("\n").split("\n")
    lines = _markdown_lines(raw_lines) if markdown else [_plain_line(x) for x in raw_lines]
    out = [f"> {callout}"] if callout else []
    previous_blank = True
    for line in lines:
        blank = not line.strip()
        if not (blank and previous_blank):
            out.append(f"> {line}" if not blank else ">")
        previous_blank = blank
    while out and out[-1] == ">":
        out.pop()
    return "\n".join(out) if out else ">"


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar that any YAML parser reads back as exactly `value`."""
    if not _YAML_UNSAFE.search(value):
        return f'"{value}"'
    out = ['"']
    for char in value:
        if char in '"\\':
            out.append("\\" + char)
        elif char == "\n":
            out.append("\\n")
        elif char == "\t":
            out.append("\\t")
        elif unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp") or char in "\ufeff\ufffe\uffff":
            out.append(f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}")
        else:
            out.append(char)
    out.append('"')
    return "".join(out)


@functools.lru_cache(maxsize=4096)
def obsidian_tag(tag: str) -> str:
    """The tag as Obsidian accepts it: spaces to `_`, disallowed characters removed."""
    tag = "_".join(unicodedata.normalize("NFC", tag).split())
    kept = "".join(c for c in tag if c in _TAG_KEEP or unicodedata.category(c)[0] in "LNM")
    kept = re.sub(r"/{2,}", "/", kept).strip("/")
    if kept and all(c.isdigit() or c == "/" for c in kept):
        kept = "_" + kept  # Obsidian needs one non-digit in a tag
    return kept


def block_id(highlight_id: str) -> str:
    """A stable Obsidian block id for the highlight: its own id when safe, else a hash of it."""
    if _SIMPLE_ID.fullmatch(highlight_id):
        return f"hl-{highlight_id}"
    return "hx-" + hashlib.blake2b(highlight_id.encode("utf-8"), digest_size=5).hexdigest()
