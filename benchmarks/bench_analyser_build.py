"""Analyser speed: the installed compiled build against the pure-Python source (the baseline).

`pip install .` compiles the recogniser with mypyc where it can (hatch_build.py). This runs
both builds on the same gold texts, each in its own interpreter: the source tree's, started
in the repository (pure Python), and the installed package's, started elsewhere (compiled).
Rounds alternate between the two so that a busy machine slows both alike; each round
analyses every text once and times each. Prints words/s per build, from each text's best
time over the rounds (the figure least moved by other work on the machine) and from the
median round, and the ratio of the two builds.

Run from the repository root after `pip install .`:
`python benchmarks/bench_analyser_build.py [--gold DIR ...] [--rounds N]` (about 30 s).
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = [
    ROOT.parent / "shared" / "gold" / "dev",
    *(ROOT / "benchmarks" / name for name in ("gold_heldout", "gold_blind", "gold_blind2")),
]
TARGET = 500_000  # words/s on one core, issue 3

# Loads the texts, warms up, then times one pass over them per line read from stdin.
CHILD = """
import json, sys, time
from reader.analysis import analyze, build
texts = json.load(open(sys.argv[1], encoding="utf-8"))
for text in texts:
    analyze(text)
print(build(), flush=True)
clock = time.perf_counter
for _ in sys.stdin:
    seconds = []
    for text in texts:
        began = clock()
        analyze(text)
        seconds.append(clock() - began)
    print(json.dumps(seconds), flush=True)
"""


def gold_texts(folders: list[Path]) -> list[str]:
    texts = []
    for folder in folders:
        for path in sorted(folder.glob("*.json")):
            texts.append(str(json.loads(path.read_text(encoding="utf-8"))["text"]))
    return texts


class Child:
    """An interpreter started in `cwd`, holding the texts, timing a pass on request."""

    def __init__(self, cwd: Path, texts_file: Path) -> None:
        command = [sys.executable, "-c", CHILD, str(texts_file)]
        self.process = subprocess.Popen(
            command, cwd=cwd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert self.process.stdout is not None and self.process.stdin is not None
        self.stdin, self.stdout = self.process.stdin, self.process.stdout
        self.build = self.stdout.readline().strip()
        self.rounds: list[list[float]] = []  # per round, the seconds of each text

    def round(self) -> None:
        self.stdin.write("go\n")
        self.stdin.flush()
        self.rounds.append(json.loads(self.stdout.readline()))

    def best_per_text(self) -> float:
        """Seconds for all texts, each at its best round."""
        return sum(min(times) for times in zip(*self.rounds, strict=True))

    def median_round(self) -> float:
        return statistics.median(sum(times) for times in self.rounds)

    def close(self) -> None:
        self.stdin.close()
        self.process.wait()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, nargs="*", default=GOLD, help="gold folders")
    parser.add_argument("--rounds", type=int, default=15, help="timed rounds per build")
    args = parser.parse_args()
    texts = gold_texts(args.gold)
    words = sum(len(text.split()) for text in texts)
    with tempfile.TemporaryDirectory() as scratch:
        texts_file = Path(scratch) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        source = Child(ROOT, texts_file)
        installed = Child(Path(scratch), texts_file)
        if installed.build != "compiled":
            print("the installed analyser is pure Python: run `pip install .` where a C")
            print("compiler and Python's headers are available, then run this again")
            source.close()
            installed.close()
            return 1
        for _ in range(args.rounds):
            source.round()
            installed.round()
        source.close()
        installed.close()
    print(f"texts: {len(texts)} ({words:,} words), rounds: {args.rounds} per build")
    for name, child in (("pure Python (baseline)", source), ("compiled", installed)):
        best, median = words / child.best_per_text(), words / child.median_round()
        print(f"{name} words/s: {best:,.0f} best per text, {median:,.0f} median round")
    ratio = source.best_per_text() / installed.best_per_text()
    median_ratio = source.median_round() / installed.median_round()
    print(f"compiled / pure Python: {ratio:.2f}x best per text, {median_ratio:.2f}x median round")
    speed = words / installed.best_per_text()
    print(f"compiled / target {TARGET:,} words/s: {speed / TARGET:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
