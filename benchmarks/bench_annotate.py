"""Save one highlight through the real annotation path, with 50,000 already in the library.

Run `python benchmarks/bench_annotate.py` from the repository root (about 30 seconds).

"ours" is `Library.save_highlight` (the facade the app's save worker calls: thread lock,
keyed index, journaled TinyDB store, fsync) on a library of 5,000 articles and 50,000
highlights, for a new highlight and for a changed note. "baseline" is TinyDB with its
default JSONStorage inserting the same document into a table of 50,000 (it rewrites and,
like ours, fsyncs the whole file). Both are durable when the call returns. One figure per
line, with the ratio ours/baseline.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import JSONStorage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.annotations.model import Highlight
from reader.library.facade import Library
from reader.library.store import Store

ARTICLES = 5_000
HIGHLIGHTS = 50_000
SAVES = 300
BASELINE_SAVES = 12
TEXT = (
    "The minister said talks would resume after the summit in Seoul next week, and that "
    "both delegations had agreed to keep the details private until then. "
) * 4


def article_ids() -> list[str]:
    return [f"{number:08x}" for number in range(ARTICLES)]


def make_highlight(rng: random.Random, article: str) -> Highlight:
    start = rng.randrange(0, len(TEXT) - 120)
    note = "a thought worth keeping" if rng.random() < 0.3 else ""
    return Highlight.create(article, TEXT, start, start + rng.randrange(20, 110), note=note)


def seed_library(folder: Path, rng: random.Random) -> None:
    """Index records and 50,000 highlights written straight into the store, then folded."""
    ids = article_ids()
    with Store.open(folder) as store:
        store.table("articles").insert_multiple(
            {"id": i, "path": f"{i}.md", "title": f"Article {i}", "words": 600} for i in ids
        )
        store.table("annotations").insert_multiple(
            {"kind": "highlight", **make_highlight(rng, rng.choice(ids)).as_json()}
            for _ in range(HIGHLIGHTS)
        )
        store.compact()


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def time_ours(folder: Path, rng: random.Random) -> tuple[list[float], list[float]]:
    inserts: list[float] = []
    updates: list[float] = []
    with Library.open(folder) as library:
        ids = article_ids()
        for _ in range(SAVES):
            highlight = make_highlight(rng, rng.choice(ids))
            started = time.perf_counter()
            library.save_highlight(highlight)
            inserts.append((time.perf_counter() - started) * 1000)
            changed = highlight.with_changes(note="changed on a second look")
            started = time.perf_counter()
            library.save_highlight(changed)
            updates.append((time.perf_counter() - started) * 1000)
    return inserts, updates


class DurableJSONStorage(JSONStorage):
    """TinyDB's default storage plus an fsync, so both sides promise the same durability."""

    def write(self, data: dict[str, Any]) -> None:
        super().write(data)
        os.fsync(self._handle.fileno())


def time_baseline(folder: Path, rng: random.Random) -> list[float]:
    path = folder / "baseline.json"
    ids = article_ids()
    db = TinyDB(path, storage=DurableJSONStorage)
    db.table("annotations").insert_multiple(
        {"kind": "highlight", **make_highlight(rng, rng.choice(ids)).as_json()}
        for _ in range(HIGHLIGHTS)
    )
    samples = []
    for _ in range(BASELINE_SAVES):
        document = {"kind": "highlight", **make_highlight(rng, rng.choice(ids)).as_json()}
        started = time.perf_counter()
        db.table("annotations").insert(document)
        samples.append((time.perf_counter() - started) * 1000)
    db.close()
    return samples


def main() -> None:
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        seed_library(folder / "library", rng)
        inserts, updates = time_ours(folder / "library", rng)
        baseline = time_baseline(folder, rng)
    base50, base95 = statistics.median(baseline), percentile(baseline, 0.95)
    print(f"library: {ARTICLES} articles, {HIGHLIGHTS} highlights")
    for name, samples in (("new highlight", inserts), ("changed note", updates)):
        p50, p95 = statistics.median(samples), percentile(samples, 0.95)
        print(
            f"save {name} p50 ms: ours {p50:.2f}  baseline {base50:.1f}  ratio {p50 / base50:.4f}"
        )
        print(
            f"save {name} p95 ms: ours {p95:.2f}  baseline {base95:.1f}  ratio {p95 / base95:.4f}"
        )
    print("target: p95 <= 15 ms, durable (fsync before the call returns)")


if __name__ == "__main__":
    main()
