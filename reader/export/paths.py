"""Safe, stable export file names: from the title plus a short id, always inside the folder."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from pathlib import Path

from reader.library.errors import ReaderError
from reader.library.models import Article

MAX_TITLE_BYTES = 120  # leaves room for the id and suffix under the common 255-byte limit
SUFFIX = ".md"
# Characters unsafe in file names on some system, or special in Obsidian links.
_UNSAFE = re.compile(r'[<>:"/\\|?*#^\[\]{}%`$!~;=&]')
_RESERVED = re.compile(r"^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$", re.IGNORECASE)
_ID_IN_NAME = re.compile(r" \(([0-9a-f]{8})\)\.md$")


class UnsafeExportPath(ReaderError):
    """An export file would land outside the chosen folder (a symlink escape, say)."""


def article_short_id(article_id: str) -> str:
    """Eight hex digits derived from the article id: stable, and safe whatever the id holds."""
    return hashlib.blake2b(article_id.encode("utf-8"), digest_size=4).hexdigest()


def short_id_in_name(name: str) -> str | None:
    """The short id an export file name carries, or None for a name we did not make."""
    match = _ID_IN_NAME.search(name)
    return match.group(1) if match else None


def safe_title(title: str) -> str:
    """The title as a file-name stem: no separators, control or special characters."""
    text = unicodedata.normalize("NFC", title)
    text = "".join(" " if unicodedata.category(char)[0] in "CZ" else char for char in text)
    text = _UNSAFE.sub(" ", text)
    text = " ".join(text.split())
    text = _truncate_utf8(text, MAX_TITLE_BYTES).strip(" .-")
    if not text or _RESERVED.match(text):
        text = f"untitled {text}".strip() if not text else f"_{text}"
    return text


def _truncate_utf8(text: str, limit: int) -> str:
    encoded = text.encode("utf-8")
    if len(encoded) <= limit:
        return text
    return encoded[:limit].decode("utf-8", errors="ignore")


def export_file_name(article: Article) -> str:
    return f"{safe_title(article.title)} ({article_short_id(article.id)}){SUFFIX}"


def export_path(out_dir: Path, article: Article) -> Path:
    """Where the article's notes go: a plain file directly inside `out_dir`, never outside it."""
    return path_in_resolved(out_dir.resolve(), article)


def path_in_resolved(folder: Path, article: Article) -> Path:
    """`export_path` for a folder already resolved, so a large export resolves it once."""
    path = folder / export_file_name(article)
    # The name holds no separator, so only a symlink planted at it can lead elsewhere.
    if path.parent != folder or path.is_symlink():
        raise UnsafeExportPath(f"refusing to write {path}: it points outside {folder}")
    return path
