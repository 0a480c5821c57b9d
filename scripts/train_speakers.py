"""Train the analyser's learned speaker guess (reader/analysis/unattributed.py) on gold files.

Run from the repository root:
    python scripts/train_speakers.py GOLD_DIR [GOLD_DIR ...] [--out FILE]

The table is written to reader/analysis/data/speakers.tsv unless --out says otherwise.

Each GOLD_DIR holds `*.json` files in the ../shared/gold format. The rules run on every text;
each quote they find (span as in the gold) and leave without a speaker becomes one choice
between "nobody" and the names near it, and the gold says which is right (quotes whose gold
speaker is none of those names teach nothing and are left out). An averaged ranking
perceptron learns one weight per feature.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_analysis import load_gold, same_speaker  # noqa: E402

from reader.analysis import unattributed  # noqa: E402
from reader.analysis.entities import find_entities  # noqa: E402
from reader.analysis.quotes import find_quotes  # noqa: E402
from reader.analysis.sentences import split_sentences  # noqa: E402

EPOCHS = 20
# One choice: the features of each option (option 0 is "nobody") and the right option.
Choice = tuple[list[list[str]], int]


def choices(documents: Iterable[dict[str, Any]]) -> list[Choice]:
    """One choice per quote the rules leave without a speaker whose answer is among the options."""
    found: list[Choice] = []
    for document in documents:
        text = document["text"]
        sentences = split_sentences(text)
        entities = find_entities(text, sentences)
        quotes = find_quotes(text, entities, sentences)
        gold = {(q["start"], q["end"]): q["speaker"] for q in document["quotes"]}
        story = unattributed.Story(text, entities, quotes)
        for quote in quotes:
            if quote.speaker is not None or (quote.start, quote.end) not in gold:
                continue
            speaker = gold[(quote.start, quote.end)]
            options = unattributed.candidates(story, quote)
            names = list(options)
            truth = 0
            if speaker not in (None, "", "-"):
                right = [i for i, name in enumerate(names) if same_speaker(name, speaker)]
                if not right:
                    continue
                truth = right[0] + 1
            found.append(([unattributed.quote_features(story, quote), *options.values()], truth))
    return found


def train(data: list[Choice], epochs: int = EPOCHS, seed: int = 7) -> dict[str, float]:
    """Averaged ranking perceptron: the mean of the weights over every step."""
    current: dict[str, float] = {}
    total: dict[str, float] = {}
    stamp: dict[str, int] = {}
    step = 0
    order = list(data)
    rng = random.Random(seed)

    def update(feature: str, change: float) -> None:
        total[feature] = total.get(feature, 0.0) + (step - stamp.get(feature, 0)) * current.get(
            feature, 0.0
        )
        stamp[feature] = step
        current[feature] = current.get(feature, 0.0) + change

    for _ in range(epochs):
        rng.shuffle(order)
        for options, truth in order:
            step += 1
            scores = [sum(current.get(f, 0.0) for f in feats) for feats in options]
            guess = max(range(len(options)), key=scores.__getitem__)
            if guess == truth:
                continue
            for feature in options[truth]:
                update(feature, 1.0)
            for feature in options[guess]:
                update(feature, -1.0)
    return {
        feature: (total.get(feature, 0.0) + (step - stamp.get(feature, 0)) * value) / step
        for feature, value in current.items()
    }


def write(weights: dict[str, float], path: Path) -> None:
    """One `feature<TAB>weight` line per feature, sorted, rounded to 3 places."""
    lines = [
        f"{feature}\t{value:.3f}"
        for feature, value in sorted(weights.items())
        if abs(value) >= 0.0005 and "\t" not in feature and "\n" not in feature
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="+", help="folders of gold JSON files")
    parser.add_argument("--out", type=Path, default=unattributed.WEIGHTS)
    args = parser.parse_args(argv)
    documents = load_gold(sorted(args.gold))
    data = choices(documents)
    weights = train(data)
    write(weights, args.out)
    nobody = sum(1 for _, truth in data if truth == 0)
    print(
        f"{len(documents)} texts, {len(data)} quotes ({nobody} said by nobody),"
        f" {len(weights)} features"
    )


if __name__ == "__main__":
    main()
