"""Article files on disk: reading them, writing new ones, and scanning the folder."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from reader.analysis.document import parse_document
from reader.annotations.model import now_iso
from reader.library.articlefile import (
    content_hash,
    parse_article_file,
    render_article_file,
    safe_filename,
)
from reader.library.clean import clean_plain_text
from reader.library.errors import ImportFailed, ReaderError
from reader.library.fsutil import atomic_write_text, walk_files
from reader.library.models import Article, ImportedArticle
from reader.library.normalize import decode_bytes, normalize_text

ARTICLE_SUFFIXES = frozenset({".md", ".markdown", ".txt"})
TRASH = ".trash"
EXPORTS = "exports"  # the default notes export folder: its files are notes, not articles


class NotAnArticle(ReaderError):
    """A file in the library folder that is not an article (an exported notes file)."""


def short_id(seed: str) -> str:
    """An 8-hex-digit id derived from `seed` (a URL, a path or a content hash)."""
    return hashlib.sha1(seed.encode("utf-8")).hexdigest()[:8]


def site_of(source: str) -> str:
    """The host of a URL without `www.`, or "" for a path."""
    if "://" not in source:
        return ""
    host = urlsplit(source).hostname or ""
    return host.removeprefix("www.")


def read_body(path: Path) -> tuple[dict[str, str], str]:
    """Front matter and Markdown body of an article file (plain text is cleaned on the fly)."""
    text = normalize_text(decode_bytes(path.read_bytes()))
    if path.suffix.lower() == ".txt":
        title, body = clean_plain_text(text)
        return {"title": title}, body
    return parse_article_file(text)


def iter_article_files(folder: Path) -> Iterator[Path]:
    """Every article file in the library folder (hidden folders hold the library's own data)."""
    for path in walk_files(folder, ARTICLE_SUFFIXES):
        if path.relative_to(folder).parts[0] != EXPORTS:
            yield path


def relative(folder: Path, path: Path) -> str:
    return path.relative_to(folder).as_posix()


def article_from_file(folder: Path, path: Path, previous: Article | None = None) -> Article:
    """Index record for a file on disk (hand-dropped files are keyed by their path)."""
    meta, body = read_body(path)
    if "reader_id" in meta and "exported" in meta:
        raise NotAnArticle(f"{path} is a notes file exported by reader, not an article")
    rel = relative(folder, path)
    title = meta.get("title") or parse_document(body).title or path.stem.replace("-", " ")
    source = meta.get("source", "")
    return Article(
        id=meta.get("id") or (previous.id if previous else short_id(rel)),
        path=rel,
        title=title,
        source=source,
        author=meta.get("author", ""),
        published=meta.get("published", ""),
        added=meta.get("added") or (previous.added if previous else now_iso()),
        words=len(body.split()),
        content_hash=content_hash(body),
        mtime=path.stat().st_mtime,
        site=meta.get("site") or site_of(source),
    )


def write_new_article(folder: Path, imported: ImportedArticle, article_id: str) -> Article:
    """Write an imported article as a new Markdown file with front matter; return its record."""
    taken = {p.name for p in folder.iterdir()} if folder.exists() else set()
    name = safe_filename(imported.title, taken)
    added = now_iso()
    meta = {
        "id": article_id,
        "title": imported.title,
        "source": imported.source,
        "author": imported.author,
        "published": imported.published,
        "added": added,
    }
    if imported.site:
        meta["site"] = imported.site
    meta.update(imported.extra)
    path = folder / name
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write_text(path, render_article_file(meta, imported.markdown))
    return Article(
        id=article_id,
        path=name,
        title=imported.title,
        source=imported.source,
        author=imported.author,
        published=imported.published,
        added=added,
        words=len(imported.markdown.split()),
        content_hash=content_hash(imported.markdown),
        mtime=path.stat().st_mtime,
        site=imported.site or site_of(imported.source),
    )


def move_to_trash(folder: Path, article: Article) -> Path:
    """Move an article's file into the library's trash folder, never overwriting."""
    source = folder / article.path
    trash = folder / TRASH
    trash.mkdir(exist_ok=True)
    target = trash / source.name
    counter = 2
    while target.exists():
        target = trash / f"{source.stem}-{counter}{source.suffix}"
        counter += 1
    if not source.exists():
        raise ImportFailed(f"file of article {article.id} is missing: {source}")
    os.replace(source, target)
    return target
