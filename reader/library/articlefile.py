"""The on-disk article format: one Markdown file with a small front matter block."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from collections.abc import Callable

FRONT_MATTER_KEYS = (
    "id",
    "title",
    "source",
    "author",
    "published",
    "added",
    "site",
    "licence",
    "attribution",
)
MAX_SLUG_LENGTH = 80

_KEY = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_FENCE = "---"
_CLOSERS = ("---", "...")
_WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"]
    + [f"com{digit}" for digit in range(10)]
    + [f"lpt{digit}" for digit in range(10)]
)


def _yaml_string(value: str) -> str:
    """A double-quoted scalar that is both valid JSON and valid YAML, for any string."""
    encoded = json.dumps(value, ensure_ascii=False)
    # JSON leaves DEL, C1 controls and line separators raw; YAML wants them escaped.
    return "".join(
        f"\\u{ord(char):04x}"
        if unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp") or char in "\ufeff\u0085"
        else char
        for char in encoded
    )


def render_article_file(meta: dict[str, str], body: str) -> str:
    """Write front matter (known keys first, values as JSON strings) then the body."""
    ordered = [key for key in FRONT_MATTER_KEYS if key in meta]
    ordered += sorted(key for key in meta if key not in FRONT_MATTER_KEYS)
    lines = [_FENCE]
    for key in ordered:
        if not _KEY.fullmatch(key):
            raise ValueError(f"unsafe front matter key: {key!r}")
        lines.append(f"{key}: {_yaml_string(str(meta[key]))}")
    lines.append(_FENCE)
    return "\n".join(lines) + "\n\n" + body


def _parse_value(raw: str) -> str:
    """Read one hand-written or generated front matter value, tolerantly."""
    value = raw.strip()
    if len(value) >= 2 and value[0] == value[-1] == '"':
        try:
            decoded = json.loads(value)
        except ValueError:
            return value[1:-1]
        return decoded if isinstance(decoded, str) else value
    if len(value) >= 2 and value[0] == value[-1] == "'":
        return value[1:-1].replace("''", "'")
    return value


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split `---` front matter from a Markdown text; text without it comes back whole."""
    lines = text.split("\n")
    if not lines or lines[0].strip() != _FENCE:
        return {}, text
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSERS:
            meta = _parse_lines(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return meta, body[1:] if body.startswith("\n") else body
    return {}, text


def _parse_lines(lines: list[str]) -> dict[str, str]:
    meta: dict[str, str] = {}
    for line in lines:
        key, colon, value = line.partition(":")
        # Nested YAML, list items and comments are not ours: skip them rather than fail.
        if not colon or line[:1] in " \t#-" or not _KEY.fullmatch(key.strip()):
            continue
        meta[key.strip().lower()] = _parse_value(value)
    return meta


def parse_article_file(text: str) -> tuple[dict[str, str], str]:
    """Read an article file: (front matter, body); tolerant of files written by hand."""
    return split_front_matter(text.removeprefix("\ufeff"))


def _slug(title: str) -> str:
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if len(slug) > MAX_SLUG_LENGTH:
        cut = slug[:MAX_SLUG_LENGTH]
        # Cut at a word boundary when one is reasonably close to the limit.
        slug = cut.rsplit("-", 1)[0] if "-" in cut[MAX_SLUG_LENGTH // 2 :] else cut
        slug = slug.strip("-")
    if not slug:
        return "article"
    if slug in _WINDOWS_RESERVED:
        return f"{slug}-article"
    return slug


def safe_filename(title: str, taken: Callable[[str], bool] | set[str]) -> str:
    """A safe, unique `.md` file name made from a title (ASCII slug, `-2`, `-3`… on clashes)."""
    is_taken: Callable[[str], bool]
    if isinstance(taken, set):
        lowered = {name.lower() for name in taken}
        is_taken = lambda name: name.lower() in lowered  # noqa: E731
    else:
        is_taken = taken
    slug = _slug(title)
    candidate = f"{slug}.md"
    number = 2
    while is_taken(candidate):
        candidate = f"{slug}-{number}.md"
        number += 1
    return candidate


def content_hash(body: str) -> str:
    """SHA-256 of the exact body: offsets into the text are only valid for these bytes."""
    return hashlib.sha256(body.encode("utf-8", "surrogatepass")).hexdigest()
