"""The `Library` facade: the one object the CLI and the TUI talk to.

It owns the store, the article files and the analysis cache. Every method is safe to call
from a worker thread: calls are serialised by one lock because TinyDB is not thread-safe.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import IO, Any, Literal

from reader.analysis.document import Document
from reader.analysis.lexicon import Correction, Lexicon
from reader.analysis.model import Analysis
from reader.annotations.model import Highlight, now_iso
from reader.library.derived_cache import DerivedCache
from reader.library.errors import Ambiguous, ImportFailed, NotFound, ReaderError
from reader.library.keyed import KeyedTable
from reader.library.models import Article, Progress
from reader.library.store import Store

ProgressCallback = Callable[[int, int, str], None]
NOTE_PREFIX = "note:"  # key of an article note in the annotations table


@dataclass(frozen=True)
class AddResult:
    """What became of one input given to `Library.add`."""

    source: str
    status: Literal["added", "duplicate", "error"]
    article: Article | None = None
    message: str = ""


def normalize_tag(tag: str) -> str:
    return " ".join(tag.strip().lstrip("#+").split()).lower()


class Library:
    """Articles on disk plus the user's state about them in one TinyDB file."""

    def __init__(self, path: Path, store: Store) -> None:
        self.path = path
        self.store = store
        self._lock = threading.RLock()
        self._articles = KeyedTable(store.table("articles"), "id")
        self._tags = KeyedTable(store.table("tags"), "article")
        self._progress = KeyedTable(store.table("progress"), "article")
        self._annotations = KeyedTable(store.table("annotations"), "id")
        self._lexicon = KeyedTable(store.table("lexicon"), "text")
        self._settings = KeyedTable(store.table("settings"), "name")
        self._cache = DerivedCache(path / ".cache", writable=not store.readonly)
        self._document = lru_cache(maxsize=8)(self._parse)

    @classmethod
    def open(cls, path: Path, *, readonly: bool = False) -> Library:
        """Open (creating when writable) the library folder at `path`."""
        if path.exists() and not path.is_dir():
            raise NotFound(f"library path {path} is not a folder")
        return cls(path, Store.open(path, readonly=readonly))

    @property
    def db_path(self) -> Path:
        return self.store.db_path

    @property
    def readonly(self) -> bool:
        return self.store.readonly

    def close(self) -> None:
        with self._lock:
            self.store.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------

    def articles(self) -> list[Article]:
        """Every article with its tags, highlight counts and progress, newest first."""
        with self._lock:
            result = self._with_user_state(self._articles.peek())
        return sorted(result, key=lambda article: article.added, reverse=True)

    def get(self, ref: str) -> Article:
        """The article whose id is `ref` or starts with it, with its user state."""
        article = self._record(ref)
        with self._lock:
            (decorated,) = self._with_user_state([article.as_json()])
        return decorated

    def _with_user_state(self, records: Iterable[Mapping[str, Any]]) -> list[Article]:
        """Index records as articles, each with its tags, highlight counts and progress.

        One pass over each table builds lookups, so 10,000 articles cost one scan, not
        10,000 searches.
        """
        counts: Counter[str] = Counter()
        notes: Counter[str] = Counter()
        for data in self._annotations.peek():
            if data.get("kind") == "highlight":
                counts[data["article"]] += 1
                notes[data["article"]] += bool(data.get("note"))
        tags = {data["article"]: data.get("tags", ()) for data in self._tags.peek()}
        progress = {data["article"]: data for data in self._progress.peek()}
        articles = []
        for data in records:
            article_id = data["id"]
            state: dict[str, Any] = {}
            if article_id in tags:
                state["tags"] = tuple(tags[article_id])
            if article_id in counts:
                state["highlight_count"] = counts[article_id]
                state["note_count"] = notes[article_id]
            if (read := progress.get(article_id)) is not None:
                state["progress"] = float(read["fraction"])
                state["last_read"] = str(read["updated"])
            articles.append(Article.from_record(data, state))
        return articles

    def _record(self, ref: str) -> Article:
        """The bare index record for an id or unique id prefix."""
        ref = ref.strip().lower()
        with self._lock:
            if not ref:
                raise NotFound("no article id given")
            if ref in self._articles:
                matches = [ref]
            else:
                matches = [key for key in self._articles.ids() if key.startswith(ref)]
            if not matches:
                raise NotFound(f"no article with id {ref!r}")
            if len(matches) > 1:
                raise Ambiguous(f"id {ref!r} matches {len(matches)} articles: be more specific")
            data = self._articles.get(matches[0])
            assert data is not None
            return Article.from_json(data)

    def markdown(self, article_id: str) -> str:
        from reader.library import articles as files  # file handling: not needed to list

        article = self._record(article_id)
        try:
            return files.read_body(self.path / article.path)[1]
        except OSError as error:
            raise NotFound(f"cannot read {article.path}: {error.strerror}") from error

    def _parse(self, article_id: str, content_hash: str) -> Document:
        return self._cache.document(content_hash, lambda: self.markdown(article_id))

    def document(self, article_id: str) -> Document:
        article = self._record(article_id)
        return self._document(article.id, article.content_hash)

    def analysis(self, article_id: str) -> Analysis:
        """Entities and quotes of an article (slow the first time: call from a worker)."""
        article = self._record(article_id)
        document = self.document(article.id)
        return self._cache.analysis(document.text, article.content_hash, self.lexicon())

    def add(
        self,
        sources: Sequence[str],
        *,
        stdin: IO[bytes] | None = None,
        on_progress: ProgressCallback | None = None,
    ) -> list[AddResult]:
        """Import files, folders, URLs or "-" (stdin); a bad input never changes the library."""
        expanded, empty_folders = self._expand(sources)
        results = [
            AddResult(folder, "error", message=f"no articles in folder: {folder}")
            for folder in empty_folders
        ]
        for index, source in enumerate(expanded):
            if on_progress:
                on_progress(index, len(expanded), source)
            results.append(self._add_one(source, stdin))
        if on_progress:
            on_progress(len(expanded), len(expanded), "")
        return results

    def _expand(self, sources: Sequence[str]) -> tuple[list[str], list[str]]:
        """The files to import, folders expanded; and the folders that hold none."""
        from reader.library.importers import iter_source_files

        expanded: list[str] = []
        empty_folders: list[str] = []
        for source in sources:
            path = Path(source).expanduser()
            if source != "-" and "://" not in source and path.is_dir():
                found = [str(p) for p in iter_source_files([path])]
                expanded.extend(found)
                if not found:
                    empty_folders.append(source)
            else:
                expanded.append(source)
        return expanded, empty_folders

    def _add_one(self, source: str, stdin: IO[bytes] | None) -> AddResult:
        from reader.library import articles as files
        from reader.library.articlefile import content_hash
        from reader.library.importers import import_source  # loads trafilatura: only on add

        try:
            imported = import_source(source, stdin=stdin)
        except ImportFailed as error:
            return AddResult(source, "error", message=str(error))
        with self._lock:
            self._require_writable()
            body_hash = content_hash(imported.markdown)
            for data in self._articles.peek():
                same_source = imported.source and data.get("source") == imported.source
                if same_source or data.get("content_hash") == body_hash:
                    existing = Article.from_json(data)
                    return AddResult(source, "duplicate", existing, "already in the library")
            article_id = self._new_id(imported.source or body_hash)
            article = files.write_new_article(self.path, imported, article_id)
            self._articles.put(article.as_json())
        self.document(article.id)  # parsed now, in the importer's worker: opening it is quick
        return AddResult(source, "added", article)

    def _new_id(self, seed: str) -> str:
        from reader.library import articles as files  # file handling: not needed to list

        article_id = files.short_id(seed)
        while article_id in self._articles:
            article_id = files.short_id(article_id + seed)
        return article_id

    def _require_writable(self) -> None:
        if self.store.readonly:
            raise ReaderError("the library is open read-only")

    def remove(self, article_id: str) -> Path:
        """Move an article's file to the trash folder; its annotations are kept."""
        from reader.library import articles as files  # file handling: not needed to list

        article = self.get(article_id)
        with self._lock:
            self._require_writable()
            target = files.move_to_trash(self.path, article)
            self._articles.delete(article.id)
        return target

    def rescan(self) -> list[Article]:
        """Index files dropped in by hand and re-read changed ones; returns what changed."""
        from reader.library import articles as files  # file handling: not needed to list

        changed: list[Article] = []
        with self._lock:
            known = {data["path"]: Article.from_json(data) for data in self._articles.peek()}
        for path in files.iter_article_files(self.path):
            rel = files.relative(self.path, path)
            previous = known.pop(rel, None)
            try:
                if previous and path.stat().st_mtime == previous.mtime:
                    continue
                article = files.article_from_file(self.path, path, previous)
            except (OSError, ReaderError):
                continue
            with self._lock:
                if article.id in self._articles and not previous:
                    article = article.with_changes(id=self._new_id(rel))
                self._articles.put(article.as_json())
                if previous and previous.content_hash != article.content_hash:
                    self._reanchor(article.id)
            changed.append(article)
        with self._lock:
            for gone in known.values():
                self._articles.delete(gone.id)
        return changed

    def _reanchor(self, article_id: str) -> None:
        from reader.annotations.anchoring import anchor_all  # needed only when a text changed

        text = self.document(article_id).text
        before = self.highlights(article_id)
        for old, new in zip(before, anchor_all(before, text), strict=True):
            if new != old:  # only moved or orphaned highlights cost a write
                self._annotations.put({"kind": "highlight", **new.as_json()})

    # -- tags and progress ------------------------------------------------------------

    def set_tags(
        self, article_id: str, add: Iterable[str] = (), remove: Iterable[str] = ()
    ) -> tuple[str, ...]:
        article = self.get(article_id)
        with self._lock:
            self._require_writable()
            dropped = {normalize_tag(tag) for tag in remove}
            tags = [tag for tag in article.tags if tag not in dropped]
            for tag in map(normalize_tag, add):
                if tag and tag not in tags:
                    tags.append(tag)
            self._tags.put({"article": article.id, "tags": tags})
        return tuple(tags)

    def all_tags(self) -> dict[str, int]:
        """Every tag on articles and highlights with how many carry it."""
        counts: Counter[str] = Counter()
        with self._lock:
            for data in self._tags.peek():
                counts.update(data.get("tags", []))
            for data in self._annotations.peek():
                counts.update(data.get("tags", []))
        return dict(sorted(counts.items()))

    def progress(self, article_id: str) -> Progress:
        with self._lock:
            data = self._progress.get(article_id)
        return Progress.from_json(data) if data else Progress(article_id)

    def save_progress(self, article_id: str, offset: int, fraction: float) -> None:
        with self._lock:
            if self.store.readonly:
                return
            fraction = min(1.0, max(0.0, fraction))
            self._progress.put(Progress(article_id, offset, fraction, now_iso()).as_json())

    # -- highlights and notes ----------------------------------------------------------

    def highlights(self, article_id: str | None = None) -> list[Highlight]:
        """Highlights of one article (or all), in reading order."""
        with self._lock:
            found = [
                Highlight.from_json(dict(data))
                for data in self._annotations.peek()
                if data.get("kind") == "highlight"
                and (article_id is None or data.get("article") == article_id)
            ]
        return sorted(found, key=lambda h: (h.article, h.orphaned, h.start, h.end))

    def save_highlight(self, highlight: Highlight) -> None:
        """Insert or update a highlight; durable when this returns."""
        with self._lock:
            self._require_writable()
            self._annotations.put({"kind": "highlight", **highlight.as_json()})

    def delete_highlight(self, highlight_id: str) -> Highlight:
        """Delete a highlight and return it, so the caller can offer undo."""
        with self._lock:
            self._require_writable()
            data = self._annotations.delete(highlight_id)
        if data is None:
            raise NotFound(f"no highlight with id {highlight_id!r}")
        return Highlight.from_json(data)

    def article_note(self, article_id: str) -> str:
        with self._lock:
            data = self._annotations.get(NOTE_PREFIX + article_id)
        return str(data["note"]) if data else ""

    def set_article_note(self, article_id: str, note: str) -> None:
        with self._lock:
            self._require_writable()
            key = NOTE_PREFIX + article_id
            if note.strip():
                record = {"id": key, "kind": "article-note", "article": article_id}
                self._annotations.put({**record, "note": note, "updated": now_iso()})
            else:
                self._annotations.delete(key)

    # -- lexicon ------------------------------------------------------------------------

    def lexicon(self) -> Lexicon:
        with self._lock:
            return Lexicon(tuple(Correction.from_json(dict(d)) for d in self._lexicon.peek()))

    def correct_entity(self, correction: Correction) -> None:
        """Record a user's entity correction; it applies across the whole library."""
        with self._lock:
            self._require_writable()
            self._lexicon.put(correction.as_json())

    def forget_correction(self, text: str) -> bool:
        """Drop the correction for `text`; whether there was one."""
        with self._lock:
            self._require_writable()
            if self._lexicon.get(text) is None:
                return False
            self._lexicon.delete(text)
            return True

    # -- settings -----------------------------------------------------------------------

    def color_names(self) -> dict[str, str]:
        """The user's meaning for each highlight colour ("yellow" -> "key claim")."""
        with self._lock:
            data = self._settings.get("color_names")
        return {str(k): str(v) for k, v in (data or {}).get("value", {}).items()}

    def set_color_names(self, names: dict[str, str]) -> None:
        with self._lock:
            self._require_writable()
            cleaned = {color: name.strip() for color, name in names.items() if name.strip()}
            self._settings.put({"name": "color_names", "value": cleaned})

    def info(self) -> dict[str, Any]:
        with self._lock:
            highlights = sum(1 for d in self._annotations.peek() if d.get("kind") == "highlight")
            return {
                "library": str(self.path),
                "database": str(self.db_path),
                "articles": len(self._articles),
                "highlights": highlights,
                "tags": len(self.all_tags()),
                "corrections": len(self._lexicon),
            }
