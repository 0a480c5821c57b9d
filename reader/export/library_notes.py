"""Glue between the library and the Markdown export, shared by the CLI and the app."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from reader.export.markdown import ArticleNotes, export_markdown, render_notes_file
from reader.library.articles import EXPORTS
from reader.library.facade import Library
from reader.library.models import Article


def default_export_folder(library: Library) -> Path:
    return library.path / EXPORTS


def articles_with_notes(library: Library) -> list[Article]:
    """The articles a default export covers: those with a highlight or an article note."""
    return [
        article
        for article in library.articles()
        if article.highlight_count or library.article_note(article.id)
    ]


def notes_for(library: Library, article: Article) -> ArticleNotes:
    """Everything the notes file of `article` is made from (runs the analysis if needed)."""
    return ArticleNotes(
        article=article,
        highlights=library.highlights(article.id),
        analysis=library.analysis(article.id),
        text=library.document(article.id).text,
        article_note=library.article_note(article.id),
    )


def _notes(library: Library, articles: Iterable[Article]) -> Iterator[ArticleNotes]:
    for article in articles:
        yield notes_for(library, article)


def export_notes(library: Library, articles: Iterable[Article], folder: Path) -> list[Path]:
    """Write one Markdown notes file per article into `folder`; returns the files written."""
    return export_markdown(_notes(library, articles), folder)


def render_notes(library: Library, article: Article, *, exported: str) -> str:
    """One article's notes as Markdown text, for `reader export -`."""
    return render_notes_file(notes_for(library, article), exported=exported)
