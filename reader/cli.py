"""Command line: parses arguments, calls the library facade, prints.

Every failure a user can cause ends in a one-line message on stderr and a non-zero exit,
never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.progress import Progress

from reader import __version__
from reader.analysis import ANALYZER_VERSION
from reader.analysis import build as analyser_build
from reader.analysis.document import Document
from reader.analysis.model import Analysis, Entity, Quote
from reader.cli_support import open_library, print_json, with_tag
from reader.library.errors import ReaderError
from reader.library.facade import AddResult
from reader.library.locate import default_library_path
from reader.library.models import Article
from reader.textsafe import plain

Handler = Callable[[argparse.Namespace, Console], int]
COMMANDS: dict[str, Handler] = {}
PROGRESS_THRESHOLD = 5  # show a progress bar on stderr from this many inputs on


def command(name: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        COMMANDS[name] = handler
        return handler

    return register


@command("tui")
def cmd_tui(args: argparse.Namespace, console: Console) -> int:
    from reader.tui.app import make_app  # Textual loads only for the TUI

    with open_library(args) as library:
        article = library.get(args.id).id if getattr(args, "id", None) else None
        make_app(library, open_article=article).run()
    return 0


@command("open")
def cmd_open(args: argparse.Namespace, console: Console) -> int:
    return cmd_tui(args, console)


@command("add")
def cmd_add(args: argparse.Namespace, console: Console) -> int:
    errors = Console(stderr=True)
    with open_library(args) as library:
        stdin = sys.stdin.buffer if "-" in args.sources else None
        if len(args.sources) >= PROGRESS_THRESHOLD or any(Path(s).is_dir() for s in args.sources):
            with Progress(console=errors, transient=True) as bar:
                task = bar.add_task("Importing", total=None)

                def advance(done: int, total: int, source: str) -> None:
                    bar.update(
                        task,
                        completed=done,
                        total=total,
                        description=plain(Path(source).name, single_line=True)[:40],
                    )

                results = library.add(args.sources, stdin=stdin, on_progress=advance)
        else:
            results = library.add(args.sources, stdin=stdin)
    if args.json:
        print_json([_result_json(result) for result in results])
    else:
        for result in results:
            _print_result(result, console, errors)
    return 1 if any(result.status == "error" for result in results) else 0


def _result_json(result: AddResult) -> dict[str, Any]:
    article = result.article.as_json() if result.article else None
    return {
        "source": result.source,
        "status": result.status,
        "message": result.message,
        "article": article,
    }


def _print_result(result: AddResult, console: Console, errors: Console) -> None:
    if result.status == "error":
        errors.print(
            f"reader: {plain(result.message, single_line=True)}", markup=False, highlight=False
        )
        return
    assert result.article is not None
    verb = "added" if result.status == "added" else "already present"
    title = plain(result.article.title, single_line=True)
    console.print(f"{verb}: {result.article.id}  {title}", markup=False, highlight=False)


@command("list")
def cmd_list(args: argparse.Namespace, console: Console) -> int:
    from reader.cli_render import article_table

    with open_library(args, readonly=True) as library:
        articles = library.articles()
    if args.tag:
        articles = with_tag(articles, args.tag)
    if args.json:
        print_json([_article_json(article) for article in articles])
    elif not articles:
        console.print(
            "The library is empty: add an article with `reader add FILE|URL`.", markup=False
        )
    else:
        console.print(article_table(articles))
    return 0


def _article_json(article: Article) -> dict[str, Any]:
    return {
        **article.as_json(),
        "tags": list(article.tags),
        "highlights": article.highlight_count,
        "progress": article.progress,
    }


@command("show")
def cmd_show(args: argparse.Namespace, console: Console) -> int:
    from reader.cli_render import article_renderable

    with open_library(args, readonly=True) as library:
        article = library.get(args.id)
        document = library.document(article.id)
        analysis = None if args.no_colour else library.analysis(article.id)
    console.print(article_renderable(article, document, analysis, colour=not args.no_colour))
    return 0


def analysed(args: argparse.Namespace) -> tuple[Document, Analysis]:
    """The canonical text and analysis of the article `args.id` names."""
    with open_library(args, readonly=True) as library:
        article = library.get(args.id)
        return library.document(article.id), library.analysis(article.id)


@command("entities")
def cmd_entities(args: argparse.Namespace, console: Console) -> int:
    from reader.cli_render import entities_table

    document, analysis = analysed(args)
    if args.json:
        fields = ("start", "end", "label", "name")
        print_json([span_json(document, e, fields) for e in analysis.entities])
    else:
        console.print(entities_table(document, analysis))
    return 0


@command("quotes")
def cmd_quotes(args: argparse.Namespace, console: Console) -> int:
    from reader.cli_render import quotes_table

    document, analysis = analysed(args)
    if args.json:
        fields = ("start", "end", "speaker")
        print_json([span_json(document, q, fields) for q in analysis.quotes])
    else:
        console.print(quotes_table(document, analysis))
    return 0


def span_json(document: Document, span: Entity | Quote, fields: tuple[str, ...]) -> dict[str, Any]:
    """An entity or quote as JSON, with the text it covers."""
    data = {field: getattr(span, field) for field in fields}
    data["text"] = document.text[span.start : span.end]
    return data


@command("tag")
def cmd_tag(args: argparse.Namespace, console: Console) -> int:
    add = [change[1:] for change in args.changes if change.startswith("+")]
    remove = [change[1:] for change in args.changes if change.startswith("-")]
    bare = [change for change in args.changes if change[:1] not in "+-"]
    add.extend(bare)
    with open_library(args) as library:
        article = library.get(args.id)
        tags = (
            library.set_tags(article.id, add=add, remove=remove) if args.changes else article.tags
        )
    console.print(f"{article.id}: {', '.join(tags) or '(no tags)'}", markup=False, highlight=False)
    return 0


@command("correct")
def cmd_correct(args: argparse.Namespace, console: Console) -> int:
    """Teach the analyser a name across the library: a label, "not an entity", or forget."""
    from reader.analysis.lexicon import Correction

    with open_library(args, readonly=args.text is None) as library:
        if args.text is None:
            corrections = library.lexicon().corrections
            for correction in corrections:
                label = correction.label or "not an entity"
                name = f" ({correction.name})" if correction.name else ""
                console.print(f"{correction.text}: {label}{name}", markup=False, highlight=False)
            if not corrections:
                console.print("no corrections", markup=False, highlight=False)
            return 0
        if args.forget:
            found = library.forget_correction(args.text)
            message = "forgot" if found else "no correction for"
            console.print(f"{message} {args.text!r}", markup=False, highlight=False)
            return 0 if found else 1
        if args.label is None and not args.not_entity:
            raise ReaderError("say --label PERSON|ORG|PLACE|GROUP, --not-entity or --forget")
        correction = Correction(args.text, None if args.not_entity else args.label, args.name)
        library.correct_entity(correction)
    what = correction.label or "not an entity"
    console.print(f"{args.text!r} is now {what} in every article", markup=False, highlight=False)
    return 0


@command("rm")
def cmd_rm(args: argparse.Namespace, console: Console) -> int:
    with open_library(args) as library:
        article = library.get(args.id)
        target = library.remove(article.id)
    console.print(f"moved to trash: {target}", markup=False, highlight=False)
    return 0


@command("info")
def cmd_info(args: argparse.Namespace, console: Console) -> int:
    with open_library(args, readonly=True) as library:
        info = library.info()
    if args.json:
        print_json(info)
    else:
        for key, value in info.items():
            console.print(f"{key:>12}: {value}", markup=False, highlight=False)
    return 0


@command("doctor")
def cmd_doctor(args: argparse.Namespace, console: Console) -> int:
    from reader.library import doctor

    folder = default_library_path(args.library)
    if args.recover:
        restored = doctor.recover(folder, Path(args.backup) if args.backup else None)
        console.print(f"restored the database from {restored}", markup=False, highlight=False)
        return 0
    report = doctor.inspect(folder)
    for line in report.lines():
        console.print(line, markup=False, highlight=False)
    if not report.healthy:
        console.print(
            "run `reader doctor --recover` to restore the newest good backup",
            markup=False,
            highlight=False,
        )
    return 0 if report.healthy else 1


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reader",
        description="Read and annotate articles in the terminal. With no command: the app.",
    )
    version = f"reader {__version__} (analyser {ANALYZER_VERSION}, {analyser_build()})"
    parser.add_argument("--version", action="version", version=version)
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="library folder (default: $READER_LIBRARY, ./library, user data dir)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    opener = sub.add_parser("open", help="open the app on one article")
    opener.add_argument("id")
    adder = sub.add_parser("add", help="import files, folders, URLs or - (stdin)")
    adder.add_argument("sources", nargs="+", metavar="SOURCE")
    adder.add_argument("--json", action="store_true")
    lister = sub.add_parser("list", help="list the articles")
    lister.add_argument("--tag", help="only articles with this tag")
    lister.add_argument("--json", action="store_true")
    shower = sub.add_parser("show", help="print an article with entities and quotes coloured")
    shower.add_argument("id")
    shower.add_argument("--no-colour", "--no-color", action="store_true")
    for name, text in (("entities", "names in an article"), ("quotes", "who said what")):
        one = sub.add_parser(name, help=text)
        one.add_argument("id")
        one.add_argument("--json", action="store_true")
    tagger = sub.add_parser("tag", help="show or change tags: reader tag ID +tag -tag")
    tagger.add_argument("id")
    tagger.add_argument("changes", nargs=argparse.REMAINDER)
    corrector = sub.add_parser(
        "correct", help="correct a name in every article: reader correct TEXT --label ORG"
    )
    corrector.add_argument("text", nargs="?", help="the name as written (no TEXT: list all)")
    kind = corrector.add_mutually_exclusive_group()
    kind.add_argument("--label", choices=["PERSON", "ORG", "PLACE", "GROUP"])
    kind.add_argument("--not-entity", action="store_true", help="the text is not a name")
    kind.add_argument("--forget", action="store_true", help="drop the correction")
    corrector.add_argument("--name", default="", help="the canonical name it stands for")
    remover = sub.add_parser("rm", help="move an article to the library's trash")
    remover.add_argument("id")
    informer = sub.add_parser("info", help="library path, database path, counts")
    informer.add_argument("--json", action="store_true")
    doctor = sub.add_parser("doctor", help="check the database; --recover restores a backup")
    doctor.add_argument("--recover", action="store_true")
    doctor.add_argument("--backup", metavar="FILE", help="backup to restore (default: newest good)")
    from reader.cli_export import add_export_commands

    add_export_commands(sub, command)
    return parser


def library_option_first(argv: Sequence[str]) -> list[str]:
    """Let `--library PATH` stand anywhere (`reader list --library x`), as users type it."""
    rest: list[str] = []
    moved: list[str] = []
    items = iter(argv)
    for item in items:
        if item == "--library":
            moved += [item, next(items, "")]
        elif item.startswith("--library="):
            moved.append(item)
        else:
            rest.append(item)
    return moved + rest


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = build_parser().parse_args(library_option_first(argv))
    console = Console(highlight=False)
    handler = COMMANDS[args.command or "tui"]
    try:
        return handler(args, console)
    except ReaderError as error:
        sys.stderr.write(f"reader: {plain(str(error), single_line=True)}\n")
        return 1
    except KeyboardInterrupt:
        sys.stderr.write("reader: interrupted\n")
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
