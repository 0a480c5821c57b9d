"""Export 50,000 highlights across 5,000 articles to Markdown, against a naive dump.

The baseline writes the same highlights with bare f-strings (no escaping, no front matter
quoting, no atomic replace), so the ratio is the cost of safe output. One figure per line.
Run from the repository root: `python benchmarks/bench_export.py`.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from reader.analysis.model import Analysis, Entity, Quote
from reader.annotations.model import Highlight
from reader.export.markdown import ArticleNotes, export_markdown, render_article_notes
from reader.library.models import Article

ARTICLES = 5_000
HIGHLIGHTS_PER_ARTICLE = 10
WORDS = [
    "the",
    "council",
    "said",
    "budget",
    "would",
    "rise",
    "by",
    "four",
    "percent",
    "after",
    "long",
    "debate",
    "roads",
]
HOSTILE = ["# heading", "---", "> quote", "```", "<b>x</b>", "[[link]]", "^id", "end\\"]


def make_items(rng: random.Random) -> list[ArticleNotes]:
    items = []
    for number in range(ARTICLES):
        text = "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(60)) + "." for _ in range(20))
        article = Article(
            id=f"article-{number}",
            path=f"a{number}.md",
            title=f"Article {number}: {rng.choice(WORDS)} #{number}",
            source=f"https://example.com/{number}",
            author="Ann Lee",
            published="2026-01-01",
            added="2026-01-02T00:00:00+00:00",
            tags=("news", "city hall"),
        )
        highlights = []
        for index in range(HIGHLIGHTS_PER_ARTICLE):
            start = rng.randrange(len(text) - 200)
            note = f"Note {index} on this passage. {rng.choice(HOSTILE)}\nSecond line."
            highlights.append(
                Highlight.create(
                    article.id, text, start, start + rng.randrange(40, 200)
                ).with_changes(note=note, tags=("todo", "key point"))
            )
        analysis = Analysis(
            entities=tuple(
                Entity(i * 50, i * 50 + 8, "PERSON", f"Person {i % 7}") for i in range(30)
            ),
            quotes=tuple(Quote(i * 400, i * 400 + 60, f"Person {i % 7}") for i in range(5)),
        )
        items.append(
            ArticleNotes(article, highlights, analysis, text, article_note="Why I saved it.")
        )
    return items


def naive_text(item: ArticleNotes) -> str:
    lines = [f"---\ntitle: {item.article.title}\n---\n# {item.article.title}\n"]
    for highlight in item.highlights:
        tags = " ".join(f"#{tag}" for tag in highlight.tags)
        lines.append(f"> {highlight.exact}\n\n{highlight.note}\n\n{tags} ^{highlight.id}\n")
    return "\n".join(lines)


def naive_dump(items: list[ArticleNotes], out_dir: Path) -> None:
    for item in items:
        (out_dir / f"{item.article.id}.md").write_text(naive_text(item), encoding="utf-8")


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return time.perf_counter() - began


def render_all(items: list[ArticleNotes]) -> None:
    for item in items:
        render_article_notes(
            item.article,
            item.highlights,
            item.analysis,
            item.text,
            article_note=item.article_note,
            exported="now",
        )


def naive_render_all(items: list[ArticleNotes]) -> None:
    for item in items:
        naive_text(item)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dir", help="folder to write in (default: the system temp folder)")
    args = parser.parse_args()
    items = make_items(random.Random(5))
    highlight_count = sum(len(item.highlights) for item in items)
    with tempfile.TemporaryDirectory(dir=args.dir) as folder:
        root = Path(folder)
        (root / "naive").mkdir()
        naive_cpu = timed(lambda: naive_render_all(items))
        safe_cpu = timed(lambda: render_all(items))
        baseline = timed(lambda: naive_dump(items, root / "naive"))
        first = timed(lambda: export_markdown(items, root / "safe", exported="now"))
        again = timed(lambda: export_markdown(items, root / "safe", exported="later"))
    print(f"highlights: {highlight_count} across {len(items)} articles, written in {folder}")
    print(f"render only, naive f-strings: {naive_cpu:.2f} s")
    print(f"render only, safe Markdown: {safe_cpu:.2f} s")
    print(f"ratio render safe / naive: {safe_cpu / naive_cpu:.1f}x")
    print(f"baseline naive dump to files: {baseline:.2f} s")
    print(f"export to files, first run: {first:.2f} s (target <= 2 s)")
    print(f"export to files, again (updated in place): {again:.2f} s")
    print(f"ratio export first run / baseline: {first / baseline:.1f}x")
    print(f"ratio re-export / baseline: {again / baseline:.1f}x")


if __name__ == "__main__":
    main()
