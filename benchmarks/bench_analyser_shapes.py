"""Analyser speed on long texts of odd shapes, against a long ordinary article (the baseline).

A rule that compares every quote with every name, or every quote with every earlier quote,
is quick on news and takes seconds on a long transcript. Each shape here repeats one
paragraph to about 15,000-70,000 words: one giant paragraph, thousands of nicknames in
marks, thousands of quotes with no named speaker, headline-like lines, paragraphs that open
with a quote, a run-on of stray quote marks with no full stop, thousands of distinct names.
Prints words/s for the baseline (the seed article's paragraphs repeated to 100,000 words)
and, per shape, words/s and its ratio to the baseline. A ratio far below 1 is a path that
grows faster than the text.

Run from the repository root: `python benchmarks/bench_analyser_shapes.py` (about 10 s).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_analysis import synthetic_text  # noqa: E402

from reader.analysis import analyze  # noqa: E402

REPEATS = 4000
SHAPES = {
    "one paragraph": " ".join(
        "Jane Holt said “we will win” in Marlow, and Tom Reyes told “Reuters” it was a “farce”."
        for _ in range(REPEATS)
    ),
    "nicknames in marks": "\n\n".join(
        "Dewayne “Lee” Johnson met Carlos “Rico” Ruiz." for _ in range(REPEATS)
    ),
    "quotes with no named speaker": "\n\n".join(
        "“It was a long day and we did what we could,” he said. “We will be back.”"
        for _ in range(REPEATS)
    ),
    "headline-like lines": "\n\n".join(
        "Crowds Gather For The Big Parade In Marlow Town" for _ in range(REPEATS)
    ),
    "paragraphs that are quotes": "\n\n".join(
        "‘We Will Win’ Says Holt As “Big Vote” Nears" for _ in range(REPEATS)
    ),
    "run-on of stray marks": " ".join('"a "b" c" d\'e\' "f' for _ in range(REPEATS)),
    "distinct names": "\n\n".join(
        f"Anna Berg{i} met Tom Lind{i} and Ruth Kass{i} in Hamburg." for i in range(REPEATS)
    ),
}


def words_per_second(text: str, runs: int = 3) -> float:
    """Words of `text` over the best of `runs` analyses."""
    analyze(text[:500])  # load the gazetteers and compile the patterns first
    best = float("inf")
    for _ in range(runs):
        began = time.perf_counter()
        analyze(text)
        best = min(best, time.perf_counter() - began)
    return len(text.split()) / best


def main() -> None:
    baseline = words_per_second(synthetic_text(100_000))
    print(f"baseline (ordinary article, 100,000 words) words/s: {baseline:,.0f}")
    for name, text in SHAPES.items():
        speed = words_per_second(text)
        print(
            f"{name} ({len(text.split()):,} words) words/s: {speed:,.0f}, {speed / baseline:.2f}x"
        )


if __name__ == "__main__":
    main()
