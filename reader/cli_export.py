"""`reader export` and `reader import-annotations`: notes out as Markdown or W3C JSON, and back."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from rich.console import Console

from reader.annotations.model import now_iso
from reader.cli_support import open_library, with_tag
from reader.export.library_notes import articles_with_notes, default_export_folder
from reader.library.errors import ReaderError
from reader.library.facade import Library
from reader.library.fsutil import atomic_write_text
from reader.library.models import Article

Handler = Callable[[argparse.Namespace, Console], int]
Register = Callable[[str], Callable[[Handler], Handler]]


def add_export_commands(sub: Any, command: Register) -> None:
    """Add the export subcommands to the CLI's subparsers and register their handlers."""
    exporter = sub.add_parser("export", help="export notes as Markdown (or W3C JSON)")
    exporter.add_argument("ids", nargs="*", metavar="ID")
    exporter.add_argument("--tag", help="articles with this tag")
    exporter.add_argument("--all", action="store_true", help="every article, even without notes")
    exporter.add_argument("--out", metavar="DIR", help="folder to write to, or - for stdout")
    exporter.add_argument("--format", choices=("md", "json"), default="md")
    importer = sub.add_parser("import-annotations", help="restore a --format json export")
    importer.add_argument("file")
    command("export")(cmd_export)
    command("import-annotations")(cmd_import_annotations)


def chosen_articles(library: Library, args: argparse.Namespace) -> list[Article]:
    """The articles an export names: ids, a tag, --all, or by default those with notes."""
    if args.ids:
        return [library.get(ref) for ref in args.ids]
    if args.tag:
        return with_tag(library.articles(), args.tag)
    if args.all:
        return library.articles()
    return articles_with_notes(library)


def cmd_export(args: argparse.Namespace, console: Console) -> int:
    with open_library(args, readonly=True) as library:
        articles = chosen_articles(library, args)
        if args.format == "json":
            return export_json(library, articles, args.out, console)
        return export_md(library, articles, args.out, console)


def export_json(
    library: Library, articles: list[Article], out: str | None, console: Console
) -> int:
    from reader.export.webannotation import to_web_annotations

    chosen = {article.id for article in articles}
    highlights = [h for h in library.highlights() if h.article in chosen]
    payload = (
        json.dumps(
            to_web_annotations(highlights, {a.id: a for a in articles}),
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )
    if out == "-":
        sys.stdout.write(payload)
        return 0
    folder = Path(out) if out else default_export_folder(library)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"annotations-{now_iso()[:10]}.json"
    atomic_write_text(target, payload)
    console.print(f"wrote {len(highlights)} annotations to {target}", markup=False)
    return 0


def export_md(library: Library, articles: list[Article], out: str | None, console: Console) -> int:
    from reader.export.library_notes import export_notes, render_notes

    if not articles:
        console.print(
            "nothing to export: no article has highlights or notes (try --all)", markup=False
        )
        return 0
    if out == "-":
        for article in articles:
            sys.stdout.write(render_notes(library, article, exported=now_iso()) + "\n")
        return 0
    folder = Path(out) if out else default_export_folder(library)
    paths = export_notes(library, articles, folder)
    console.print(f"wrote {len(paths)} file(s) to {folder}", markup=False, highlight=False)
    return 0


def cmd_import_annotations(args: argparse.Namespace, console: Console) -> int:
    from reader.export.webannotation import from_web_annotations

    try:
        data = json.loads(Path(args.file).read_text(encoding="utf-8"))
        highlights = from_web_annotations(data)
    except OSError as error:
        raise ReaderError(f"cannot read {args.file}: {error.strerror}") from error
    except ValueError as error:
        raise ReaderError(f"{args.file}: {error}") from error
    with open_library(args) as library:
        for highlight in highlights:
            library.save_highlight(highlight)
    console.print(f"restored {len(highlights)} annotations", markup=False)
    return 0
