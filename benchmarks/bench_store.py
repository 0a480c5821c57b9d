"""Store benchmark: save one highlight and open the library, ours against TinyDB's JSONStorage.

Run `python benchmarks/bench_store.py`. Works in a temporary folder; about a minute.
Both stores get the same realistic documents (Highlight.as_json(), ~300 bytes each, spread
over 5,000 articles). "save" inserts one new highlight (durable: ours fsyncs its journal,
TinyDB's JSONStorage fsyncs the whole file); "open" is opening plus reading the table, with
an empty journal ("open") and with the journal the saves left ("open+journal"); "close" is
closing after the saves (a small journal is kept, not compacted); "compact" is folding a
journal into a new snapshot plus its backup, which happens once the journal is large.
Each open is timed with the previous store already freed, so the figure is the open alone.
"""

from __future__ import annotations

import gc
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tinydb import TinyDB

# Run from a checkout without installing: the repository root holds the `reader` package.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.annotations.model import Highlight
from reader.library.store import SCHEMA_VERSION, Store

SIZES = (1_000, 10_000, 50_000)
ARTICLES = 5_000
OUR_SAVES = 300
BASELINE_SAVES = {1_000: 60, 10_000: 25, 50_000: 12}
OPENS = 5
WORDS = [
    "the",
    "minister",
    "said",
    "talks",
    "would",
    "resume",
    "after",
    "the",
    "summit",
    "in",
    "Seoul",
    "next",
    "week",
]


def highlight(rng: random.Random, number: int) -> dict[str, Any]:
    text = " ".join(rng.choice(WORDS) for _ in range(60))
    start = rng.randrange(0, 150)
    end = start + rng.randrange(20, 80)
    made = Highlight.create(f"{number % ARTICLES:08x}", text, start, end)
    return made.with_changes(note=" ".join(rng.choice(WORDS) for _ in range(5))).as_json()


def database(count: int) -> dict[str, Any]:
    rng = random.Random(count)
    rows = {str(i): highlight(rng, i) for i in range(1, count + 1)}
    return {"meta": {"1": {"schema": SCHEMA_VERSION}}, "annotations": rows}


def percentile(samples: list[float], share: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def timed(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


@dataclass
class Figures:
    saves: list[float]
    open: float
    open_journal: float
    close: float
    compact: float


def median_open(opener: Callable[[], Any], closer: Callable[[Any], None]) -> float:
    """Median time to open and read the annotations table, the previous store freed first."""
    opens = []
    for _ in range(OPENS):
        gc.collect()
        began = time.perf_counter()
        store = opener()
        len(store.table("annotations"))
        opens.append((time.perf_counter() - began) * 1000)
        closer(store)
        del store
    return statistics.median(opens)


def measure_ours(folder: Path, data: dict[str, Any], saves: int) -> Figures:
    (folder / "reader.json").write_text(json.dumps(data))
    Store.open(folder).close()  # first open may stamp or compact; time the steady state
    opened = median_open(lambda: Store.open(folder), Store.close)
    rng = random.Random(1)
    store = Store.open(folder)
    table = store.table("annotations")
    save_times = [timed(lambda: table.insert(highlight(rng, 0))) for _ in range(saves)]
    closing = timed(store.close)
    opened_journal = median_open(lambda: Store.open(folder), Store.close)
    store = Store.open(folder)
    compacting = timed(store.compact)
    store.close()
    return Figures(save_times, opened, opened_journal, closing, compacting)


def measure_baseline(folder: Path, data: dict[str, Any], saves: int) -> Figures:
    """TinyDB's default storage has no journal: its close and compaction are only a close."""
    path = folder / "baseline.json"
    path.write_text(json.dumps(data))
    opened = median_open(lambda: TinyDB(path), TinyDB.close)
    rng = random.Random(1)
    db = TinyDB(path)
    table = db.table("annotations")
    save_times = [timed(lambda: table.insert(highlight(rng, 0))) for _ in range(saves)]
    closing = timed(db.close)
    opened_again = median_open(lambda: TinyDB(path), TinyDB.close)
    return Figures(save_times, opened, opened_again, closing, closing)


def report(count: int, ours: Figures, base: Figures) -> None:
    figures = {
        "save p50 ms": (percentile(ours.saves, 0.5), percentile(base.saves, 0.5)),
        "save p95 ms": (percentile(ours.saves, 0.95), percentile(base.saves, 0.95)),
        "open ms": (ours.open, base.open),
        "open+journal ms": (ours.open_journal, base.open_journal),
        "close ms": (ours.close, base.close),
        "compact ms": (ours.compact, base.compact),
    }
    for name, (mine, theirs) in figures.items():
        print(
            f"{count:>6} highlights  {name:<15} ours {mine:8.2f}  "
            f"baseline {theirs:8.2f}  ours/baseline {mine / theirs:8.3f}"
        )


def main() -> None:
    print("store benchmark: reader's journaled store vs TinyDB JSONStorage (ms)")
    for count in SIZES:
        data = database(count)
        size = len(json.dumps(data["annotations"])) // count
        print(f"{count:>6} highlights  ~{size} bytes each")
        with tempfile.TemporaryDirectory() as ours_dir, tempfile.TemporaryDirectory() as base_dir:
            ours = measure_ours(Path(ours_dir), data, OUR_SAVES)
            base = measure_baseline(Path(base_dir), data, BASELINE_SAVES[count])
        report(count, ours, base)


if __name__ == "__main__":
    main()
