"""Start to first screen with a 10,000-article library, against a minimal Textual app.

Each figure is measured from process start (the parent's clock just before it spawns a
fresh `python` child) until the first paint of the content, then the child exits:

- floor: a Textual app with one `Static` line; painted when its first refresh has run;
- reader: `make_app(Library.open(...))`; painted when the library screen is active and its
  article list has rendered its rows (`render_line` has filled the strip cache).

The apps run headless (`App.run(headless=True, size=(120, 40))`): Textual composes and
renders every line exactly as in a terminal, but writes nothing to a tty. The hook is a
`call_after_refresh` chain in the child that records `time.time()` to a file on the first
refresh where the content is there. Peak memory is the child's `ru_maxrss` (os.wait4).

Both apps load byte-compiled modules, as installed packages do: Textual's were compiled when
pip installed it, and `reader` is compiled here before the runs (this machine sets
PYTHONDONTWRITEBYTECODE=1, so otherwise every child would compile reader from source, time an
installed copy never pays). `--from-source` deletes reader's
__pycache__ folders instead, for comparison.

Usage: python benchmarks/bench_tui_start.py [--articles 10000] [--runs 5] [--from-source]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import prepare_bytecode  # benchmarks/bytecode.py, beside this script

ROOT = Path(__file__).resolve().parent.parent

FLOOR_CHILD = """
import sys, time
from textual.app import App, ComposeResult
from textual.widgets import Static

class Floor(App[None]):
    def compose(self) -> ComposeResult:
        yield Static("one line")

    def on_mount(self) -> None:
        self.call_after_refresh(self.painted)

    def painted(self) -> None:
        open(sys.argv[1], "w").write(repr(time.time()))
        self.exit()

Floor().run(headless=True, size=(120, 40))
"""

READER_CHILD = """
import sys, time
from pathlib import Path
from reader.library.facade import Library
from reader.tui.app import ReaderApp, make_app
from reader.tui.screens.library import LibraryScreen
from reader.tui.widgets.article_list import ArticleList

class Timed(ReaderApp):
    def on_mount(self) -> None:
        # No super().on_mount(): Textual already calls every on_mount along the MRO.
        self.call_after_refresh(self.check)

    def check(self) -> None:
        screen = self.screen
        if isinstance(screen, LibraryScreen):
            rows = screen.query_one(ArticleList)
            if rows.articles and len(rows._cache):
                open(sys.argv[1], "w").write(repr(time.time()))
                self.exit()
                return
        self.call_after_refresh(self.check)

library = Library.open(Path(sys.argv[2]))
Timed(library).run(headless=True, size=(120, 40))
library.close()
"""

TOPICS = ("ukraine", "economy", "climate", "elections", "science", "health", "tech")


def build_library(folder: Path, count: int) -> float:
    """Write `count` small article files and index them with one rescan; return seconds."""
    from reader.library.articlefile import render_article_file
    from reader.library.facade import Library

    folder.mkdir(parents=True)
    for index in range(count):
        meta = {
            "id": f"{index:08x}",
            "title": f"Article number {index} about {TOPICS[index % len(TOPICS)]}",
            "source": f"https://news{index % 40}.example.com/story/{index}",
            "author": f"Author {index % 300}",
            "published": f"20{10 + index % 14:02d}-{1 + index % 12:02d}-{1 + index % 28:02d}",
            "added": f"2024-{1 + index % 12:02d}-{1 + index % 28:02d}T10:00:00+00:00",
        }
        body = f"# {meta['title']}\n\n" + "Some words of the story. " * (20 + index % 200)
        (folder / f"article-{index:05d}.md").write_text(render_article_file(meta, body))
    started = time.perf_counter()
    library = Library.open(folder)
    library.rescan()
    for index in range(0, count, 7):  # some tags and progress, as a real library has
        library.set_tags(f"{index:08x}", add=[TOPICS[index % len(TOPICS)]])
    for index in range(0, count, 5):
        library.save_progress(f"{index:08x}", 0, (index % 100) / 100)
    library.close()
    return time.perf_counter() - started


def run_child(code: str, *args: str) -> tuple[float, int]:
    """Seconds from spawn to the child's first paint, and the child's peak RSS in KiB."""
    with tempfile.TemporaryDirectory() as scratch:
        marker = Path(scratch) / "painted"
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        started = time.time()
        child = subprocess.Popen(
            [sys.executable, "-c", code, str(marker), *args],
            env=env,
            stdout=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
        if child.returncode != 0 or not marker.exists():
            raise SystemExit(f"child failed with status {child.returncode}")
        return float(marker.read_text()) - started, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--from-source", action="store_true", help="do not byte-compile reader")
    options = parser.parse_args()
    prepare_bytecode(options.from_source)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "library"
        index_seconds = build_library(folder, options.articles)
        print(f"library: {options.articles} articles indexed in {index_seconds:.1f} s")
        floor, reader, floor_rss, reader_rss = [], [], 0, 0
        run_child(FLOOR_CHILD)  # warm the file cache so the first run is not an outlier
        for _ in range(options.runs):  # interleaved so machine noise hits both alike
            seconds, rss = run_child(FLOOR_CHILD)
            floor.append(seconds)
            floor_rss = max(floor_rss, rss)
            seconds, rss = run_child(READER_CHILD, str(folder))
            reader.append(seconds)
            reader_rss = max(reader_rss, rss)
    floor_median, reader_median = statistics.median(floor), statistics.median(reader)
    print(f"floor (one-line Textual app) start to first paint: {floor_median:.3f} s")
    print(f"reader library screen start to first paint: {reader_median:.3f} s")
    print(f"ratio reader/floor: {reader_median / floor_median:.2f} (target <= 2.00)")
    print(f"reader modules: {'from source' if options.from_source else 'byte-compiled'}")
    print(f"floor peak memory: {floor_rss / 1024:.0f} MiB")
    print(f"reader peak memory: {reader_rss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
