"""analyze() gives exactly the recorded output on every gold text and on long synthetic texts.

The guard for speed work: any change in entities or quotes fails here. After a deliberate
change in output (and a bump of ANALYZER_VERSION), record again with
`python tests/test_analysis_expected.py`.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from reader.analysis import analyze  # noqa: E402

FIXTURE = REPO / "tests" / "fixtures" / "analysis_expected.json"
GOLD_DIRS = {
    "dev": REPO.parent / "shared" / "gold" / "dev",
    "heldout": REPO / "benchmarks" / "gold_heldout",
}
# Synthetic texts: (words, source) where source None is the seed article, "heldout" all
# held-out articles together. Small ones are stored whole, the long one as a digest.
SYNTHETIC = {
    "seed-20k": (20_000, None),
    "heldout-20k": (20_000, "heldout"),
    "seed-100k": (100_000, None),
}
STORED_WHOLE = {"seed-20k", "heldout-20k"}


def _benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "eval_analysis", REPO / "benchmarks" / "eval_analysis.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("eval_analysis", module)
    spec.loader.exec_module(module)
    return module


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _output(text: str) -> dict[str, Any]:
    result = analyze(text).as_json()
    return {"entities": result["entities"], "quotes": result["quotes"]}


def _gold_texts() -> dict[str, str]:
    texts = {}
    for kind, folder in GOLD_DIRS.items():
        for path in sorted(folder.glob("*.json")):
            texts[f"{kind}/{path.stem}"] = json.loads(path.read_text(encoding="utf-8"))["text"]
    return texts


def _synthetic_text(name: str) -> str:
    words, source = SYNTHETIC[name]
    seed_text = None
    if source == "heldout":
        seed_text = "\n\n".join(
            json.loads(path.read_text(encoding="utf-8"))["text"]
            for path in sorted(GOLD_DIRS["heldout"].glob("*.json"))
        )
    text: str = _benchmark().synthetic_text(words, seed_text)
    return text


def record() -> None:
    """Write the fixture from the current analyser."""
    expected: dict[str, Any] = {}
    for name, text in _gold_texts().items():
        expected[name] = {"sha256": _digest(text), **_output(text)}
    for name in SYNTHETIC:
        text = _synthetic_text(name)
        output = _output(text)
        entry: dict[str, Any] = {
            "sha256": _digest(text),
            "output_sha256": _digest(json.dumps(output)),
        }
        if name in STORED_WHOLE:
            entry.update(output)
        expected[name] = entry
    FIXTURE.write_text(json.dumps(expected, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")


def _expected() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


def _gold_names() -> list[str]:
    if not FIXTURE.exists():
        return []  # recording it now
    return sorted(name for name in _expected() if name.split("/")[0] in GOLD_DIRS)


@pytest.mark.parametrize("name", _gold_names())
def test_gold_text_gives_recorded_output(name: str) -> None:
    kind, stem = name.split("/", 1)
    path = GOLD_DIRS[kind] / f"{stem}.json"
    if not path.exists():
        pytest.skip(f"{path} is not beside this checkout")
    text = json.loads(path.read_text(encoding="utf-8"))["text"]
    expected = _expected()[name]
    assert _digest(text) == expected["sha256"], "the gold text changed: record again"
    output = _output(text)
    assert output["entities"] == expected["entities"]
    assert output["quotes"] == expected["quotes"]


@pytest.mark.parametrize("name", sorted(SYNTHETIC))
def test_synthetic_text_gives_recorded_output(name: str) -> None:
    text = _synthetic_text(name)
    expected = _expected()[name]
    assert _digest(text) == expected["sha256"], "the synthetic text changed: record again"
    output = _output(text)
    if name in STORED_WHOLE:
        assert output["entities"] == expected["entities"]
        assert output["quotes"] == expected["quotes"]
    assert _digest(json.dumps(output)) == expected["output_sha256"]


if __name__ == "__main__":
    record()
