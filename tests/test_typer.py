"""The learned labeller: its features, when it may overrule the rules, and its training."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from reader.analysis import analyze, typer
from reader.analysis.entity_rules import CUE, SURE, WEAK, Candidate

# The training script is a tool run from the repository root, not part of the package.
_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_typer.py"
_SPEC = importlib.util.spec_from_file_location("train_typer", _SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
train_typer = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(train_typer)


def labelled(text: str) -> list[tuple[str, str]]:
    return [(text[e.start : e.end], e.label) for e in analyze(text).entities]


def candidate(text: str, surface: str, label: str = "PERSON", confidence: int = WEAK) -> Candidate:
    start = text.index(surface)
    return Candidate(start, start + len(surface), surface, label, confidence)  # type: ignore[arg-type]


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[float, ...]]:
    """A hand-made weight table in place of the shipped one."""
    weights: dict[str, tuple[float, ...]] = {}
    monkeypatch.setattr(typer, "weights", lambda: weights)
    return weights


def test_features_hold_the_rules_label_and_the_neighbouring_words() -> None:
    text = "Fans cheered as the Red Lions beat them."
    feats = typer.features(text, candidate(text, "Red Lions"))
    assert "r:PERSON0" in feats
    assert "b:the" in feats and "a:beat" in feats
    assert "bb:as the" in feats and "aa:beat them" in feats
    assert "f:red" in feats and "l:lions" in feats


def test_features_mark_paragraph_edges() -> None:
    text = "Intro.\n\nRed Lions\n\nMore."
    feats = typer.features(text, candidate(text, "Red Lions"))
    assert "b:<p>" in feats and "a:<p>" in feats


def test_shipped_model_reads_team_nicknames_as_organisations() -> None:
    text = "The Red Lions were beaten 3-1 by the Blue Herons at home on Saturday."
    assert labelled(text) == [("Red Lions", "ORG"), ("Blue Herons", "ORG")]


def test_shipped_model_reads_a_named_region_as_a_place() -> None:
    text = "He grew up in the Rift Valley and now lives in the Copper Belt."
    assert labelled(text) == [("Rift Valley", "PLACE"), ("Copper Belt", "PLACE")]


def test_shipped_model_drops_a_capitalised_common_noun() -> None:
    text = "The vote in Marlow Heath was delayed after a Curfew was announced."
    assert labelled(text) == [("Marlow Heath", "PLACE")]


def test_a_clear_lead_relabels_every_mention(table: dict[str, tuple[float, ...]]) -> None:
    table["l:herons"] = (0.0, 5.0, 0.0, 0.0, 0.0)
    text = "Herons won. Later, Herons lost."
    first = Candidate(0, 6, "Herons", "PERSON", WEAK)
    second = Candidate(19, 25, "Herons", "PERSON", WEAK)
    typer.retype(text, [first, second])
    assert (first.label, second.label) == ("ORG", "ORG")


def test_a_small_lead_leaves_the_guess(table: dict[str, tuple[float, ...]]) -> None:
    table["l:herons"] = (0.0, typer.MARGIN / 2, 0.0, 0.0, 0.0)
    text = "Herons won."
    guess = candidate(text, "Herons")
    typer.retype(text, [guess])
    assert guess.label == "PERSON"


def test_a_label_from_a_cue_stands(table: dict[str, tuple[float, ...]]) -> None:
    table["l:herons"] = (0.0, 50.0, 0.0, 0.0, 0.0)
    text = "Herons won. Herons lost."
    cued = candidate(text, "Herons", confidence=CUE)
    guessed = Candidate(12, 18, "Herons", "PERSON", WEAK)
    typer.retype(text, [cued, guessed])
    assert (cued.label, guessed.label) == ("PERSON", "PERSON")


def test_a_sure_label_is_never_overruled(table: dict[str, tuple[float, ...]]) -> None:
    table["l:kenya"] = (0.0, 0.0, 0.0, 0.0, 99.0)
    text = "Kenya voted."
    sure = candidate(text, "Kenya", "PLACE", SURE)
    assert typer.retype(text, [sure]) == [sure]
    assert sure.label == "PLACE"


def test_no_name_drops_a_rare_name_but_keeps_a_repeated_one(
    table: dict[str, tuple[float, ...]],
) -> None:
    table["l:paynest"] = (0.0, 0.0, 0.0, 0.0, 50.0)
    once = "PayNest grew."
    assert typer.retype(once, [candidate(once, "PayNest", "ORG")]) == []
    often = "PayNest grew. PayNest hired. PayNest sold."
    mentions = [Candidate(index, index + 7, "PayNest", "ORG", WEAK) for index in (0, 14, 29)]
    assert typer.retype(often, mentions) == mentions


def test_without_a_table_the_rules_stand(table: dict[str, tuple[float, ...]]) -> None:
    text = "Curfew was announced."
    guess = candidate(text, "Curfew")
    assert typer.retype(text, [guess]) == [guess]


def test_perceptron_learns_a_separable_problem() -> None:
    data = [(["bias", "w:a"], 0), (["bias", "w:b"], 1), (["bias", "w:c"], 2)] * 5
    weights = train_typer.train(data, epochs=5)
    for feats, truth in data[:3]:
        scores = [sum(weights[f][i] for f in feats) for i in range(len(typer.CLASSES))]
        assert max(range(len(scores)), key=scores.__getitem__) == truth


def test_training_writes_a_table_the_labeller_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "The Red Lions beat the Blue Herons. The Red Lions coach was pleased."
    spans = [(4, 13, "ORG"), (23, 34, "ORG"), (40, 49, "ORG")]
    gold = {
        "id": "toy",
        "text": text,
        "entities": [
            {"start": a, "end": b, "label": label, "name": text[a:b]} for a, b, label in spans
        ],
        "quotes": [],
    }
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "toy.json").write_text(json.dumps(gold), encoding="utf-8")
    monkeypatch.setattr(train_typer, "MIN_COUNT", 1)
    out = tmp_path / "typer.tsv"
    train_typer.main([str(tmp_path / "gold"), "--out", str(out)])
    rows = [line.split("\t") for line in out.read_text(encoding="utf-8").splitlines()]
    assert rows and all(len(values.split(",")) == len(typer.CLASSES) for _, values in rows)
    lions = [float(value) for value in dict(rows)["l:lions"].split(",")]
    assert max(lions) == lions[typer.CLASSES.index("ORG")]


def test_a_person_named_again_by_part_is_never_dropped(
    table: dict[str, tuple[float, ...]],
) -> None:
    table["f:misbah-ul-haq"] = (0.0, 0.0, 0.0, 0.0, 50.0)
    text = "Captain Misbah-ul-Haq spoke. Misbah left."
    full = Candidate(8, 21, "Misbah-ul-Haq", "PERSON", WEAK)
    short = Candidate(29, 35, "Misbah", "PERSON", WEAK)
    assert typer.retype(text, [full, short]) == [full, short]


def test_a_person_shaped_guess_stands(table: dict[str, tuple[float, ...]]) -> None:
    table["l:pangilinan"] = (0.0, 50.0, 0.0, 0.0, 0.0)
    table["l:starke"] = (0.0, 0.0, 0.0, 0.0, 50.0)
    text = "Manny V. Pangilinan met Maria Starke."
    initial = Candidate(0, 19, "Manny V. Pangilinan", "PERSON", WEAK)
    given = Candidate(24, 36, "Maria Starke", "PERSON", WEAK)
    assert typer.retype(text, [initial, given]) == [initial, given]
    assert (initial.label, given.label) == ("PERSON", "PERSON")


def test_the_shipped_table_holds_features_the_code_emits() -> None:
    """A table left behind by a feature rename would silently score nothing."""
    table = typer.weights()
    assert table, "reader/analysis/data/typer.tsv is missing or empty"
    prefixes = ("r:", "n:", "f:", "l:", "s:", "b:", "a:", "bb:", "aa:", "ba:", "w:", "p:", "s2:")
    flags = {"bias", "caps", "initial", "given", "head", "place-word"}
    assert all(f in flags or f.startswith(prefixes) for f in table)
    assert all(len(row) == len(typer.CLASSES) for row in table.values())
