"""The compiled analyser (hatch_build.py) gives exactly what the source gives.

`pip install .` compiles the recogniser with mypyc where a C compiler is at hand, while the
test suite imports the source tree. This test runs both, each in its own interpreter, on
real news, the sample library and odd text, and compares every entity and quote. It is
skipped when the installed analyser is not compiled (an editable install, or no compiler).
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from importlib.metadata import PackageNotFoundError, distribution
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Reads texts as JSON from stdin; prints the build it ran and what it found in each text.
CHILD = """
import json, sys
from reader.analysis import analyze, build
texts = json.load(sys.stdin)
found = []
for text in texts:
    result = analyze(text)
    found.append([[e.as_json() for e in result.entities], [q.as_json() for q in result.quotes]])
json.dump({"build": build(), "found": found}, sys.stdout)
"""


def installed_analysis() -> Path | None:
    """The installed `reader/analysis` folder, if it holds compiled modules."""
    try:
        folder = Path(str(distribution("reader").locate_file("reader/analysis")))
    except PackageNotFoundError:
        return None
    if folder.resolve() == (REPO / "reader" / "analysis").resolve():
        return None
    compiled = [p for p in folder.glob("*") if p.name.endswith(tuple(EXTENSION_SUFFIXES))]
    return folder if compiled else None


def corpus() -> list[str]:
    """Real news from the gold sets, the sample library's files and odd generated text."""
    texts = []
    for folder in [REPO / "benchmarks" / name for name in ("gold_heldout", "gold_blind")]:
        texts += [json.loads(path.read_text())["text"] for path in sorted(folder.glob("*.json"))]
    texts += [path.read_text() for path in sorted((REPO / "library").glob("*.md"))]
    pieces = [
        "Mr. Smith", " said ", "“", "”", "‘", "’", '"', "'", "Obama", "U.S.", " the ", "\n\n",
        "Kim-Putin", "de la", "Ministry of Defence", "he said.", ": ", ", ", "IBM", "Inc.",
        "é", "\u200b", "\x1b[31m", "[bold]", "—", "O'Neill", "#", "   ", "Sen. John Thune (R-S.D.)",
    ]  # fmt: skip
    generator = random.Random(20261127)
    texts += ["".join(generator.choices(pieces, k=generator.randint(0, 80))) for _ in range(300)]
    return [*texts, "", " ", "“", "\n\n\n"]


def run(cwd: Path, texts: list[str]) -> tuple[str, list[object]]:
    """(build, what it found per text) from an interpreter started in `cwd`."""
    process = subprocess.run(
        [sys.executable, "-c", CHILD],
        cwd=cwd,
        input=json.dumps(texts),
        capture_output=True,
        text=True,
    )
    assert process.returncode == 0, process.stderr
    result = json.loads(process.stdout)
    return result["build"], result["found"]


def test_compiled_analyser_matches_the_source(tmp_path: Path) -> None:
    if installed_analysis() is None:
        pytest.skip("the installed analyser is not compiled: nothing to compare")
    texts = corpus()
    source_build, expected = run(REPO, texts)  # `-c` puts the working folder first: the source
    compiled_build, found = run(tmp_path, texts)  # elsewhere, the installed package
    assert (source_build, compiled_build) == ("pure Python", "compiled")
    assert len(found) == len(texts)
    assert sum(bool(item[0]) for item in expected) > 100  # type: ignore[index]
    pairs = enumerate(zip(expected, found, strict=True))
    mismatches = [i for i, (want, got) in pairs if want != got]
    first = texts[mismatches[0]][:200] if mismatches else ""
    assert not mismatches, (
        f"the compiled analyser differs on {len(mismatches)} texts (first: {first!r}); if the"
        " analyser changed since the install, run `pip install .` again"
    )
