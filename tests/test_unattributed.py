"""The learned guess for quotes the rules leave without a speaker, and its training."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from reader.analysis import unattributed
from reader.analysis.model import Entity, Quote
from reader.analysis.unattributed import Story, candidates, fill_speakers, quote_features

# The training script is a tool run from the repository root, not part of the package.
_SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "train_speakers.py"
_SPEC = importlib.util.spec_from_file_location("train_speakers", _SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
train_speakers = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(train_speakers)

TEXT = 'Bridge vote\n\nMayor Jane Holt backed the plan.\n\n"We cannot wait another winter."'
HOLT = Entity(TEXT.index("Jane"), TEXT.index(" backed"), "PERSON", "Jane Holt")
QUOTE = Quote(TEXT.index('"We'), len(TEXT))


@pytest.fixture
def table(monkeypatch: pytest.MonkeyPatch) -> dict[str, float]:
    """A hand-made weight table in place of the shipped one."""
    weights: dict[str, float] = {}
    monkeypatch.setattr(unattributed, "weights", lambda: weights)
    return weights


def test_quote_features_describe_where_the_quote_stands() -> None:
    feats = quote_features(Story(TEXT, [HOLT], [QUOTE]), QUOTE)
    assert {"bias", "opens", "closes", "sentence", "capital", "len:4-8"} <= set(feats)
    text = "Critics called it a “sham vote” on Monday."
    scare = Quote(text.index("“"), text.index(" on"))
    feats = quote_features(Story(text, [], [scare]), scare)
    assert "after:word" in feats and "len:2-3" in feats and "opens" not in feats


def test_candidates_are_names_near_the_quote_and_not_inside_it() -> None:
    text = 'Jane Holt spoke.\n\n"Ask Tom Reyes," she said.'
    holt = Entity(0, 9, "PERSON", "Jane Holt")
    reyes = Entity(text.index("Tom"), text.index(","), "PERSON", "Tom Reyes")
    quote = Quote(text.index('"'), text.index(" she"))
    found = candidates(Story(text, [holt, reyes], [quote]), quote)
    assert list(found) == ["Jane Holt"]
    assert {"c:PERSON", "c:d-1", "c:d-1before", "c:rank1"} <= set(found["Jane Holt"])


def test_a_far_name_is_no_candidate() -> None:
    text = "Jane Holt spoke.\n\nOne.\n\nTwo.\n\nThree.\n\n“Quote here.”"
    holt = Entity(0, 9, "PERSON", "Jane Holt")
    quote = Quote(text.index("“"), len(text))
    assert candidates(Story(text, [holt], [quote]), quote) == {}


def test_a_name_that_leads_nobody_by_the_margin_gets_the_quote(table: dict[str, float]) -> None:
    table["c:d-1before"] = unattributed.MARGIN + 1
    assert fill_speakers(TEXT, [HOLT], [QUOTE]) == [Quote(QUOTE.start, QUOTE.end, "Jane Holt")]


def test_a_small_lead_leaves_the_quote_to_nobody(table: dict[str, float]) -> None:
    table["c:d-1before"] = unattributed.MARGIN / 2
    assert fill_speakers(TEXT, [HOLT], [QUOTE]) == [QUOTE]


def test_a_speaker_the_rules_gave_is_kept(table: dict[str, float]) -> None:
    table["c:d-1before"] = 50.0
    given = Quote(QUOTE.start, QUOTE.end, "Someone Else")
    assert fill_speakers(TEXT, [HOLT], [given]) == [given]


def test_a_quote_the_text_gives_to_someone_unnamed_stays_unnamed(table: dict[str, float]) -> None:
    table["c:d-1before"] = 50.0
    text = TEXT + ", said a 60-year-old farmer."
    quote = Quote(QUOTE.start, len(TEXT))
    assert fill_speakers(text, [HOLT], [quote]) == [quote]


def holt_and_two_quotes(text: str) -> tuple[Entity, Quote, Quote]:
    """Jane Holt, the quote opening "One" (to its paragraph's end) and the one opening
    "Another" (to the end) in `text`."""
    holt = Entity(text.index("Jane"), text.index(" spoke"), "PERSON", "Jane Holt")
    first = text.index('"One')
    return holt, Quote(first, text.index("\n\n", first)), Quote(text.index('"Another'), len(text))


def test_a_guess_is_the_previous_speaker_for_the_next_quote(table: dict[str, float]) -> None:
    text = 'Vote\n\nJane Holt spoke.\n\n"One thing."\n\nMore.\n\n"Another thing."'
    holt, first, second = holt_and_two_quotes(text)
    table["c:d-1before"] = unattributed.MARGIN + 1  # Holt is three paragraphs from the second
    table["c:previous2"] = unattributed.MARGIN + 1
    filled = fill_speakers(text, [holt], [first, second])
    assert [quote.speaker for quote in filled] == ["Jane Holt", "Jane Holt"]


def test_the_pieces_of_a_long_quotation_share_the_guess(table: dict[str, float]) -> None:
    text = 'Vote\n\nJane Holt spoke.\n\n"One thing.\n\n"Another thing."'
    holt, first, second = holt_and_two_quotes(text)
    table["c:d-1before"] = unattributed.MARGIN + 1  # Holt is two paragraphs from the second
    table["c:d-2before"] = -10.0
    filled = fill_speakers(text, [holt], [first, second])
    assert [quote.speaker for quote in filled] == ["Jane Holt", "Jane Holt"]


def test_without_a_table_the_rules_stand(table: dict[str, float]) -> None:
    assert fill_speakers(TEXT, [HOLT], [QUOTE]) == [QUOTE]


def test_ranking_perceptron_learns_which_option_is_right() -> None:
    data = [([["bias", "short"], ["c:near"]], 1), ([["bias", "long"], ["c:far"]], 0)] * 5
    weights = train_speakers.train(data, epochs=5)
    for options, truth in data[:2]:
        scores = [sum(weights.get(f, 0.0) for f in feats) for feats in options]
        assert max(range(len(scores)), key=scores.__getitem__) == truth


def test_training_writes_a_table_the_guess_reads(tmp_path: Path) -> None:
    text = (
        "Sentence criticised\n\nThe sentence drew criticism, according to Mary Dolan.\n\n"
        "“People have been in touch all day.\n\n“It signals a wrong direction.”"
    )
    first = text.index("“People")
    second = text.index("“It")
    gold = {
        "id": "toy",
        "text": text,
        "entities": [],
        "quotes": [
            {"start": first, "end": second - 2, "speaker": "Mary Dolan"},
            {"start": second, "end": len(text), "speaker": "Mary Dolan"},
        ],
    }
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "toy.json").write_text(json.dumps(gold), encoding="utf-8")
    out = tmp_path / "speakers.tsv"
    train_speakers.main([str(tmp_path / "gold"), "--out", str(out)])
    rows = dict(line.split("\t") for line in out.read_text(encoding="utf-8").splitlines())
    assert rows and all(float(value) for value in rows.values())


def test_the_shipped_table_holds_features_the_code_emits() -> None:
    """A table left behind by a feature rename would silently score nothing."""
    table = unattributed.weights()
    assert table, "reader/analysis/data/speakers.tsv is missing or empty"
    emitted = {"bias", "opens", "closes", "verb", "first", "sentence", "capital", "c:said"}
    prefixes = ("len:", "after:", "c:PERSON", "c:ORG", "c:d", "c:rank", "c:m", "c:spoke")
    known = [f for f in table if f in emitted or f.startswith((*prefixes, "c:previous", "c:un"))]
    assert known == list(table)
