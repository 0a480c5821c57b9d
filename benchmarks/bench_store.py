"""Store benchmark: save one highlight and open the library, ours against TinyDB's JSONStorage.

Run `python benchmarks/bench_store.py`. Works in a temporary folder; about a minute.
Both stores get the same realistic documents (Highlight.as_json(), ~300 bytes each, spread
over 5,000 articles). "save" inserts one new highlight (durable: ours fsyncs its journal,
TinyDB's JSONStorage fsyncs the whole file); "open" is opening plus reading the table.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
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


def measure_ours(folder: Path, data: dict[str, Any], saves: int) -> tuple[list[float], float]:
    """Save latencies and median open time; also prints the close (journal compaction)."""
    (folder / "reader.json").write_text(json.dumps(data))
    Store.open(folder).close()  # first open may stamp or compact; time the steady state
    opens = []
    for _ in range(OPENS):
        began = time.perf_counter()
        store = Store.open(folder)
        len(store.table("annotations"))
        opens.append((time.perf_counter() - began) * 1000)
        store.close()
    rng = random.Random(1)
    store = Store.open(folder)
    table = store.table("annotations")
    save_times = [timed(lambda: table.insert(highlight(rng, 0))) for _ in range(saves)]
    closing = timed(store.close)
    print(
        f"{len(data['annotations']):>6} highlights  close ms     ours {closing:8.2f}  (compaction)"
    )
    return save_times, statistics.median(opens)


def measure_baseline(folder: Path, data: dict[str, Any], saves: int) -> tuple[list[float], float]:
    path = folder / "baseline.json"
    path.write_text(json.dumps(data))
    opens = []
    for _ in range(OPENS):
        began = time.perf_counter()
        db = TinyDB(path)
        len(db.table("annotations"))
        opens.append((time.perf_counter() - began) * 1000)
        db.close()
    rng = random.Random(1)
    with TinyDB(path) as db:
        table = db.table("annotations")
        save_times = [timed(lambda: table.insert(highlight(rng, 0))) for _ in range(saves)]
    return save_times, statistics.median(opens)


def report(count: int, ours: tuple[list[float], float], base: tuple[list[float], float]) -> None:
    figures = {
        "save p50 ms": (percentile(ours[0], 0.5), percentile(base[0], 0.5)),
        "save p95 ms": (percentile(ours[0], 0.95), percentile(base[0], 0.95)),
        "open ms": (ours[1], base[1]),
    }
    for name, (mine, theirs) in figures.items():
        print(
            f"{count:>6} highlights  {name:<12} ours {mine:8.2f}  "
            f"baseline {theirs:8.2f}  ours/baseline {mine / theirs:6.3f}"
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
