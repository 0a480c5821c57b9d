"""Open a 100,000-word article to first screen, against a minimal Textual app (the floor).

How first paint is detected: each measurement is a fresh child process running the app
headless (`App.run(headless=True)`, 120x40). A hook wraps the widget's `render_line`: the
first time the compositor asks for a line that holds the content (the article's text, or the
floor's one line), the child prints the seconds since the parent started it and exits. The
clock starts in the parent just before the child is spawned, so interpreter start-up and
imports count. Peak memory is the child's ru_maxrss (os.wait4).

Run from the repository root: `python benchmarks/bench_open_article.py` (about 15 s).
`--breakdown` also runs one more reader child that prints where its time went (imports,
building the app, loading and showing the document, garbage collection); the measured runs
are unchanged by it.

Both apps load byte-compiled modules, as installed packages do: Textual's were compiled when
pip installed it, and `reader` is compiled here before the runs (this machine sets
PYTHONDONTWRITEBYTECODE=1, so otherwise every child would compile reader from source, about
30 ms that an installed copy never pays). `--from-source` deletes reader's
__pycache__ folders instead, for comparison.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bytecode import prepare_bytecode  # benchmarks/bytecode.py, beside this script

ROOT = Path(__file__).resolve().parent.parent
SEED = Path("/work/shared/seeds/000_39691e86ad5aec55.txt")
WORDS = 100_000
RUNS = 5

FLOOR_CHILD = """
import sys, time
from textual.app import App, ComposeResult
from textual.widgets import Static

class Floor(Static):
    def render_line(self, y):
        strip = super().render_line(y)
        if "hello" in strip.text and not self.app._done:
            self.app._done = True
            print(time.perf_counter(), flush=True)
            self.app.call_later(self.app.exit)
        return strip

class Minimal(App[None]):
    _done = False
    def compose(self) -> ComposeResult:
        yield Floor("hello")

Minimal().run(headless=True, size=(120, 40))
"""

READER_CHILD = """
import sys, time
from pathlib import Path
from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.widgets.article_view import ArticleView

original = ArticleView.render_line
done = False

def hooked(self, y):
    global done
    strip = original(self, y)
    if not done and "Section 0" in strip.text:
        done = True
        print(time.perf_counter(), flush=True)
        self.app.call_later(self.app.exit)
    return strip

ArticleView.render_line = hooked
library = Library.open(Path(sys.argv[1]))
make_app(library, open_article=sys.argv[2]).run(headless=True, size=(120, 40))
"""

BREAKDOWN_CHILD = """
import gc, sys, time
start = float(sys.argv[3])
marks = []
def mark(name):
    marks.append((name, time.perf_counter()))
gc_seconds = [0.0, 0.0]
def on_gc(phase, info):
    if phase == "start":
        gc_seconds[1] = time.perf_counter()
    else:
        gc_seconds[0] += time.perf_counter() - gc_seconds[1]
gc.callbacks.append(on_gc)
mark("interpreter up")
import textual.app
mark("import textual")
from pathlib import Path
from reader.library.facade import Library
mark("import reader.library.facade")
from reader.tui.app import make_app
from reader.tui.widgets.article_view import ArticleView
import reader.tui.screens.reader as screen_module
mark("import reader.tui (app, reader screen)")
library = Library.open(Path(sys.argv[1]))
app = make_app(library, open_article=sys.argv[2])
mark("open library, build app")
Screen = screen_module.ReaderScreen
original_mount, original_show = Screen.on_mount, Screen._show_document
def on_mount(self):
    mark("app start, screen composed and mounted")
    original_mount(self)
def show(self, document, progress):
    mark("document read (worker) and handed over")
    original_show(self, document, progress)
    mark("document laid out and set")
Screen.on_mount, Screen._show_document = on_mount, show
original = ArticleView.render_line
def hooked(self, y):
    strip = original(self, y)
    if "Section 0" in strip.text and marks[-1][0] != "first paint of article text":
        mark("first paint of article text")
        self.app.call_later(self.app.exit)
    return strip
ArticleView.render_line = hooked
app.run(headless=True, size=(120, 40))
previous = start
for name, moment in marks:
    print(f"  {(moment - start) * 1000:6.0f} ms  +{(moment - previous) * 1000:4.0f}  {name}")
    previous = moment
print(f"  (garbage collection: {gc_seconds[0] * 1000:.0f} ms in all)")
"""


def breakdown(library: Path, article_id: str) -> None:
    """One reader child, timed phase by phase (from spawn, like the measured runs)."""
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", BREAKDOWN_CHILD, str(library), article_id, repr(start)],
        cwd=ROOT,
        check=True,
    )


def long_markdown(words: int) -> str:
    """The seed's paragraphs repeated, with a heading every ten paragraphs."""
    paragraphs = [p for p in SEED.read_text(encoding="utf-8").split("\n\n")[1:] if p.strip()]
    parts = ["# A very long article"]
    count = index = 0
    while count < words:
        if index % 10 == 0:
            parts.append(f"## Section {index // 10}")
        paragraph = paragraphs[index % len(paragraphs)]
        parts.append(paragraph)
        count += len(paragraph.split())
        index += 1
    return "\n\n".join(parts) + "\n"


def run_child(code: str, *args: str) -> tuple[float, int]:
    """Seconds from spawn to first paint, and the child's peak RSS in KiB."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        cwd=ROOT,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    _, status, usage = os.wait4(process.pid, 0)
    if not line.strip():
        raise RuntimeError(f"child printed nothing (status {status})")
    return float(line) - start, usage.ru_maxrss


def main() -> None:
    sys.path.insert(0, str(ROOT))
    from reader.library.facade import Library
    from reader.tui.widgets.article_layout import layout_document

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "long.md"
        source.write_text(long_markdown(WORDS), encoding="utf-8")
        library = Library.open(Path(folder) / "lib")
        result = library.add([str(source)])[0]
        assert result.article is not None, result.message
        article_id = result.article.id
        document = library.document(article_id)
        library.close()

        started = time.perf_counter()
        layout = layout_document(document, 118)
        layout_seconds = time.perf_counter() - started

        prepare_bytecode(from_source="--from-source" in sys.argv[1:])
        floors: list[float] = []
        opens: list[float] = []
        floor_rss = open_rss = 0
        for _ in range(RUNS):  # interleaved, so machine noise hits both alike
            seconds, rss = run_child(FLOOR_CHILD)
            floors.append(seconds)
            floor_rss = max(floor_rss, rss)
            seconds, rss = run_child(READER_CHILD, str(Path(folder) / "lib"), article_id)
            opens.append(seconds)
            open_rss = max(open_rss, rss)

        if "--breakdown" in sys.argv[1:]:
            print("one reader child, phase by phase (ms since spawn):")
            breakdown(Path(folder) / "lib", article_id)

    floor, opened = statistics.median(floors), statistics.median(opens)
    print(
        f"article: {document.words:,} words, {len(document.text):,} chars, "
        f"{len(layout.lines):,} lines; median of {RUNS} runs, headless 120x40"
    )
    compiled = "from source" if "--from-source" in sys.argv[1:] else "byte-compiled"
    print(f"reader modules: {compiled}")
    print(f"floor (minimal app, one line) first paint: {floor * 1000:7.0f} ms")
    print(
        f"open 100k-word article first paint:        {opened * 1000:7.0f} ms"
        f"   ratio {opened / floor:.2f}x (target <= 1.5x)"
    )
    print(f"lay out the whole article (118 columns):   {layout_seconds * 1000:7.0f} ms")
    print(f"peak memory floor:                         {floor_rss / 1024:7.0f} MiB")
    print(f"peak memory with the article open:         {open_rss / 1024:7.0f} MiB")


if __name__ == "__main__":
    main()
