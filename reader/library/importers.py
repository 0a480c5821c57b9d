"""Turn one input (file, folder entry, URL or stdin) into a clean ImportedArticle."""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO
from urllib.parse import urlsplit

from reader.library.articlefile import split_front_matter
from reader.library.clean import clean_markdown, clean_plain_text, escape_markdown
from reader.library.errors import ImportFailed
from reader.library.fetch import FetchResult, fetch_url
from reader.library.fsutil import walk_files
from reader.library.models import ImportedArticle
from reader.library.normalize import decode_bytes, normalize_text

MAX_FILE_BYTES = 20 * 1024 * 1024
MARKDOWN_EXTENSIONS = frozenset({".md", ".markdown"})
TEXT_EXTENSIONS = frozenset({".txt"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
ARTICLE_EXTENSIONS = MARKDOWN_EXTENSIONS | TEXT_EXTENSIONS | HTML_EXTENSIONS
# The library's own bookkeeping folders never hold articles to import.
SKIPPED_FOLDERS = frozenset({"trash", "node_modules", "__pycache__"})
STDIN_SOURCE = "-"

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_SNIFF = re.compile(rb"<(!doctype\s+html|html|head|body|article|p|div)[\s>]", re.IGNORECASE)


def is_url(source: str) -> bool:
    return bool(_URL.match(source))


def import_source(source: str, *, stdin: IO[bytes] | None = None) -> ImportedArticle:
    """Import a path, an http(s) URL or `-` (stdin); any failure raises ImportFailed."""
    if source == STDIN_SOURCE:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return _import_bytes(_read_capped(stream, "stdin"), kind=None, name="stdin", source="")
    if is_url(source):
        return import_url(source)
    return import_file(Path(source))


def import_url(url: str) -> ImportedArticle:
    result = fetch_url(url)
    if result.media_type in ("text/html", "application/xhtml+xml"):
        html = _decode_fetched(result)
        return _import_html(html, name=url, source=url, url=result.final_url)
    kind = "markdown" if "markdown" in result.media_type else "text"
    text = _decode_fetched(result)
    return _import_text(text, kind=kind, name=url, source=url)


def _decode_fetched(result: FetchResult) -> str:
    charset = result.charset
    if charset:
        try:
            return result.data.decode(charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong charset header is common; detect instead
    return decode_bytes(result.data, source=result.url)


def import_file(path: Path) -> ImportedArticle:
    name = str(path)
    data = _read_file(path)
    kind = _kind_for_extension(path.suffix.lower())
    return _import_bytes(data, kind=kind, name=name, source=str(path.resolve()))


def _kind_for_extension(suffix: str) -> str | None:
    if suffix in MARKDOWN_EXTENSIONS:
        return "markdown"
    if suffix in TEXT_EXTENSIONS:
        return "text"
    if suffix in HTML_EXTENSIONS:
        return "html"
    return None


def _read_file(path: Path) -> bytes:
    """Read a regular file under the size cap; refuse anything else without blocking."""
    name = str(path)
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ImportFailed(f"no such file: {name}") from None
    except OSError as error:
        raise ImportFailed(f"cannot read {name}: {error.strerror or error}") from None
    if stat.S_ISDIR(info.st_mode):
        raise ImportFailed(f"a folder, not a file: {name}")
    if not stat.S_ISREG(info.st_mode):
        raise ImportFailed(f"not a regular file (a FIFO, socket or device): {name}")
    _check_size(info.st_size, name)
    try:
        # O_NONBLOCK: should the path be swapped for a FIFO after stat, open must not hang.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ImportFailed(f"cannot read {name}: {error.strerror or error}") from None
    with os.fdopen(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
            raise ImportFailed(f"not a regular file (a FIFO, socket or device): {name}")
        return _read_capped(handle, name)


def _check_size(size: int, name: str) -> None:
    if size > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // (1024 * 1024)
        raise ImportFailed(f"too large ({size / 1024 / 1024:.1f} MB, limit {limit} MB): {name}")


def _read_capped(stream: IO[bytes], name: str) -> bytes:
    data = stream.read(MAX_FILE_BYTES + 1)
    if data is None:
        data = b""
    _check_size(len(data), name)
    return data


def _import_bytes(data: bytes, *, kind: str | None, name: str, source: str) -> ImportedArticle:
    if not data.strip():
        raise ImportFailed(f"empty: {name}")
    text = decode_bytes(data, source=name)
    if kind is None:
        kind = _sniff_kind(data, text)
    if kind == "html":
        return _import_html(text, name=name, source=source, url=None)
    return _import_text(text, kind=kind, name=name, source=source)


def _sniff_kind(data: bytes, text: str) -> str:
    if _HTML_SNIFF.search(data[:4096]):
        return "html"
    head = text.lstrip()
    if head.startswith("---\n") or head.startswith("# "):
        return "markdown"
    return "text"


def _import_text(text: str, *, kind: str, name: str, source: str) -> ImportedArticle:
    normalized = normalize_text(text)
    if not normalized.strip():
        raise ImportFailed(f"empty (only whitespace): {name}")
    if kind == "markdown":
        meta, _ = split_front_matter(normalized)
        title, body = clean_markdown(normalized)
    else:
        meta = {}
        title, body = clean_plain_text(normalized)
    if not title.strip():
        raise ImportFailed(f"no text to import: {name}")
    return ImportedArticle(
        title=title,
        markdown=body,
        source=meta.get("source", "") or source,
        author=meta.get("author", ""),
        published=meta.get("published", "") or meta.get("date", ""),
        site=meta.get("site", ""),
        extra={key: meta[key] for key in ("licence", "attribution") if meta.get(key)},
    )


def _import_html(html: str, *, name: str, source: str, url: str | None) -> ImportedArticle:
    """Main text and metadata of a web page, through trafilatura."""
    import trafilatura  # heavy (about 0.3 s): loaded only when a page is imported

    try:
        extracted = trafilatura.extract(
            html,
            url=url,
            output_format="markdown",
            include_links=True,
            include_formatting=True,
            include_comments=False,
            include_tables=True,
        )
        metadata = trafilatura.extract_metadata(html, default_url=url)
    except Exception as error:  # trafilatura raises assorted lxml errors on broken pages
        raise ImportFailed(f"cannot parse HTML ({type(error).__name__}): {name}") from error
    if not extracted or not normalize_text(extracted).strip():
        raise ImportFailed(f"no article text found: {name}")
    page_title = _meta_field(metadata, "title")
    body = normalize_text(extracted)
    if page_title and not body.lstrip().startswith("# "):
        body = f"# {escape_markdown(page_title)}\n\n{body}"
    title, markdown = clean_markdown(body)
    # A page that yields a heading alone (a menu, a login wall) has no article in it.
    if not markdown.partition("\n")[2].strip():
        raise ImportFailed(f"no article text found: {name}")
    site = _meta_field(metadata, "sitename") or (urlsplit(url).hostname or "" if url else "")
    licence = _meta_field(metadata, "license")
    return ImportedArticle(
        title=page_title or title,
        markdown=markdown,
        source=source,
        author=_meta_field(metadata, "author"),
        published=_meta_field(metadata, "date"),
        site=site,
        extra={"licence": licence} if licence else {},
    )


def _meta_field(metadata: object, field: str) -> str:
    value = getattr(metadata, field, None)
    return normalize_text(" ".join(value.split())) if isinstance(value, str) else ""


def iter_source_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Expand folders recursively into article files; files and missing paths pass through.

    Hidden folders and files, the library's trash and caches, and other extensions are skipped
    inside folders; a path named directly is always yielded so its import can report on it.
    """
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            yield path
            continue
        yield from walk_files(path, ARTICLE_EXTENSIONS, SKIPPED_FOLDERS)
