"""Train the analyser's learned labeller (reader/analysis/typer.py) on gold annotation files.

Run from the repository root:
    python scripts/train_typer.py GOLD_DIR [GOLD_DIR ...] [--out reader/analysis/data/typer.tsv]

Each GOLD_DIR holds `*.json` files in the ../shared/gold format. The rules run on every text;
each name they propose below "sure" becomes a training example whose class is the gold label
of the same span, or NONE when no gold entity overlaps it (a span that only overlaps one is
left out: its label is not what went wrong). An averaged perceptron learns one weight per
feature and class; weights that stay small, and features seen fewer than MIN_COUNT times,
are pruned so the table stays small and holds no one-off words of the training texts.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_analysis import load_gold  # noqa: E402

from reader.analysis import analyze, entities, typer  # noqa: E402
from reader.analysis.entity_rules import SURE, Candidate  # noqa: E402

EPOCHS = 12
MIN_COUNT = 3
MIN_WEIGHT = 0.05
Example = tuple[list[str], int]


def examples(documents: Iterable[dict[str, Any]]) -> list[Example]:
    """(features, class index) for every below-sure name the rules propose in the documents."""
    found: list[Example] = []
    captured: list[list[Candidate]] = []

    def capture(text: str, kept: list[Candidate]) -> list[Candidate]:
        captured.append(list(kept))
        return kept

    original = entities.retype
    entities.retype = capture  # type: ignore[assignment]
    try:
        for document in documents:
            text = document["text"]
            captured.clear()
            analyze(text)
            gold = {(e["start"], e["end"]): e["label"] for e in document["entities"]}
            for candidate in captured[0] if captured else []:
                if candidate.confidence >= SURE or candidate.label is None:
                    continue
                label = _gold_label(gold, candidate)
                if label is not None:
                    found.append((typer.features(text, candidate), typer.CLASSES.index(label)))
    finally:
        entities.retype = original  # type: ignore[assignment]
    return found


def _gold_label(gold: dict[tuple[int, int], str], candidate: Candidate) -> str | None:
    start, end = candidate.start, candidate.end
    label = gold.get((start, end)) or gold.get((start, end + 1))
    if label is not None:
        return label
    if any(a < end and start < b for a, b in gold):
        return None
    return "NONE"


def train(data: list[Example], epochs: int = EPOCHS, seed: int = 7) -> dict[str, list[float]]:
    """Averaged multiclass perceptron: the mean of the weights over every step."""
    size = len(typer.CLASSES)
    current: dict[str, list[float]] = {}
    totals: dict[str, list[float]] = {}
    stamps: dict[str, list[int]] = {}
    step = 0
    order = list(data)
    rng = random.Random(seed)
    for _ in range(epochs):
        rng.shuffle(order)
        for feats, truth in order:
            step += 1
            score = [0.0] * size
            for feature in feats:
                row = current.get(feature)
                if row is not None:
                    for index in range(size):
                        score[index] += row[index]
            guess = max(range(size), key=score.__getitem__)
            if guess == truth:
                continue
            for feature in feats:
                row = current.setdefault(feature, [0.0] * size)
                total = totals.setdefault(feature, [0.0] * size)
                stamp = stamps.setdefault(feature, [0] * size)
                for index, change in ((truth, 1.0), (guess, -1.0)):
                    total[index] += (step - stamp[index]) * row[index]
                    stamp[index] = step
                    row[index] += change
    averaged: dict[str, list[float]] = {}
    for feature, row in current.items():
        total, stamp = totals[feature], stamps[feature]
        averaged[feature] = [
            (total[index] + (step - stamp[index]) * row[index]) / step for index in range(size)
        ]
    return averaged


def prune(weights: dict[str, list[float]], data: list[Example]) -> dict[str, list[float]]:
    """Drop rare features and rows of near-zero weights."""
    seen = Counter(feature for feats, _ in data for feature in set(feats))
    return {
        feature: row
        for feature, row in weights.items()
        if seen[feature] >= MIN_COUNT and max(abs(value) for value in row) >= MIN_WEIGHT
    }


def write(weights: dict[str, list[float]], path: Path) -> None:
    """One `feature<TAB>w1,w2,…` line per feature, sorted, weights rounded to 3 places."""
    lines = [
        f"{feature}\t{','.join(f'{value:.3f}' for value in row)}"
        for feature, row in sorted(weights.items())
        if "\t" not in feature and "\n" not in feature
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="+", help="folders of gold JSON files")
    parser.add_argument("--out", type=Path, default=typer.WEIGHTS)
    args = parser.parse_args(argv)
    documents = load_gold(sorted(args.gold))
    data = examples(documents)
    weights = prune(train(data), data)
    write(weights, args.out)
    counts = Counter(typer.CLASSES[truth] for _, truth in data)
    print(f"{len(documents)} texts, {len(data)} examples {dict(counts)}, {len(weights)} features")


if __name__ == "__main__":
    main()
