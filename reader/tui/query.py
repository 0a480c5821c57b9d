"""The library filter's small query language, and sorting: pure functions over articles.

`tag:ukraine is:unread has:notes source:cnn author:smith "exact phrase" words -tag:x`
Every term must match (AND). Free words and phrases match the title, site, source, author
and tags, case-insensitively. A leading `-` negates a term. Matching runs against a
`SearchRecord` whose lowercase haystacks are computed once per article, so filtering
10,000 articles on every keystroke stays in the low milliseconds.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from reader.library.models import Article

Field = Literal["text", "tag", "is", "has", "source", "author", "title"]
FIELDS: frozenset[str] = frozenset({"tag", "is", "has", "source", "author", "title"})
IS_VALUES = frozenset({"unread", "read", "started", "finished"})
HAS_VALUES = frozenset({"notes", "highlights", "tags"})

SortKey = Literal["added", "published", "title", "progress"]
SORT_KEYS: tuple[SortKey, ...] = ("added", "published", "title", "progress")

# One token: an optional "-", an optional "field:", then a quoted phrase (closing quote
# optional, so a half-typed phrase still filters) or a run of non-space characters. Empty
# matches (between spaces, or a "tag:" still being typed) carry no value and are skipped.
_TOKEN = re.compile(r'(-?)(?:([a-z]+):)?(?:"([^"]*)"?|(\S*))', re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Term:
    """One condition of a query."""

    field: Field
    value: str  # lowercase
    negated: bool = False


@dataclass(frozen=True, slots=True)
class SearchRecord:
    """An article with its lowercase haystacks, built once so filtering is cheap."""

    article: Article
    everything: str
    title: str
    source: str
    author: str
    tags: frozenset[str]


def index_article(article: Article) -> SearchRecord:
    """The search record of one article."""
    title = article.title.casefold()
    source = f"{article.site} {article.source}".casefold()
    author = article.author.casefold()
    tags = frozenset(tag.casefold() for tag in article.tags)
    everything = "\n".join((title, source, author, *sorted(tags)))
    return SearchRecord(article, everything, title, source, author, tags)


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed filter: every term must hold."""

    terms: tuple[Term, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.terms)

    def matches(self, record: SearchRecord) -> bool:
        return all(_term_holds(term, record) != term.negated for term in self.terms)

    def filter(self, records: Iterable[SearchRecord]) -> list[SearchRecord]:
        if not self.terms:
            return list(records)
        return [record for record in records if self.matches(record)]


def parse(text: str) -> Query:
    """Parse a filter string; unknown `field:` prefixes are searched as plain words."""
    terms: list[Term] = []
    for match in _TOKEN.finditer(text):
        dash, field, phrase, word = match.groups()
        value = phrase if phrase is not None else word or ""
        negated = dash == "-"
        if field and field.lower() in FIELDS:
            kind: Field = field.lower()  # type: ignore[assignment]
        elif field:
            kind, value = "text", f"{field}:{value}"
        else:
            kind = "text"
        value = " ".join(value.split()).casefold()
        # A bare "-" or a "tag:" still being typed says nothing yet.
        if value:
            terms.append(Term(kind, value, negated))
    return Query(tuple(terms))


def _term_holds(term: Term, record: SearchRecord) -> bool:
    article = record.article
    match term.field:
        case "text":
            return term.value in record.everything
        case "tag":
            return term.value.lstrip("#") in record.tags
        case "source":
            return term.value in record.source
        case "author":
            return term.value in record.author
        case "title":
            return term.value in record.title
        case "is":
            return _is(term.value, article)
        case "has":
            return _has(term.value, article)
    return False


def _is(value: str, article: Article) -> bool:
    if value == "unread":
        return article.is_unread
    if value == "read":
        return not article.is_unread
    if value == "started":
        return 0.0 < article.progress < 0.99
    if value == "finished":
        return article.progress >= 0.99
    return False


def _has(value: str, article: Article) -> bool:
    if value in ("notes", "note"):
        return article.note_count > 0
    if value in ("highlights", "highlight"):
        return article.highlight_count > 0
    if value in ("tags", "tag"):
        return bool(article.tags)
    return False


def sort_records(records: Sequence[SearchRecord], key: SortKey) -> list[SearchRecord]:
    """Records in display order: newest first for dates, A-Z for titles, most read first."""
    if key == "title":
        return sorted(records, key=lambda record: (record.title, record.article.id))
    if key == "progress":
        return sorted(records, key=lambda record: -record.article.progress)
    if key == "published":
        # Undated articles go last, then by when they were added.
        dated = sorted(
            (record for record in records if record.article.published),
            key=lambda record: (record.article.published, record.article.added),
            reverse=True,
        )
        undated = [record for record in records if not record.article.published]
        return dated + sort_records(undated, "added")
    return sorted(records, key=lambda record: record.article.added, reverse=True)


def next_sort(key: SortKey) -> SortKey:
    """The sort key after `key`, cycling."""
    return SORT_KEYS[(SORT_KEYS.index(key) + 1) % len(SORT_KEYS)]


def with_tag(text: str, tag: str | None) -> str:
    """`text` with its `tag:` terms replaced by `tag:{tag}` (or removed for None)."""
    kept = [
        match.group(0)
        for match in _TOKEN.finditer(text)
        if match.group(0).strip()
        and ((match.group(2) or "").lower() != "tag" or match.group(1) == "-")
    ]
    if tag:
        kept.append(f'tag:"{tag}"' if " " in tag else f"tag:{tag}")
    return " ".join(kept)
