"""The benchmark's scorer, checked on tiny hand cases."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "eval_analysis.py"


@pytest.fixture(scope="module")
def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_analysis", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["eval_analysis"] = module
    spec.loader.exec_module(module)
    return module


def test_exact_typed_match_scores_one(scorer: ModuleType) -> None:
    score = scorer.score_spans([(0, 4, "PERSON")], [(0, 4, "PERSON")])
    assert (score.precision, score.recall, score.f1) == (1.0, 1.0, 1.0)


def test_wrong_label_counts_only_when_untyped(scorer: ModuleType) -> None:
    predicted, gold = [(0, 4, "ORG")], [(0, 4, "PERSON")]
    assert scorer.score_spans(predicted, gold).f1 == 0.0
    assert scorer.score_spans(predicted, gold, typed=False).f1 == 1.0


def test_partial_span_is_a_miss(scorer: ModuleType) -> None:
    score = scorer.score_spans([(0, 3, "PLACE"), (10, 14, "PLACE")], [(0, 4, "PLACE")])
    assert (score.true_positives, score.predicted, score.gold) == (0, 2, 1)


def test_precision_and_recall_from_counts(scorer: ModuleType) -> None:
    score = scorer.score_spans([(0, 1, "ORG"), (2, 3, "ORG")], [(0, 1, "ORG"), (5, 6, "ORG")])
    assert score.precision == 0.5 and score.recall == 0.5 and score.f1 == 0.5


def test_per_label_score_ignores_other_labels(scorer: ModuleType) -> None:
    score = scorer.score_label([(0, 1, "ORG"), (2, 3, "PLACE")], [(2, 3, "PLACE")], "PLACE")
    assert score.f1 == 1.0


def test_surname_matches_full_name(scorer: ModuleType) -> None:
    assert scorer.same_speaker("Sullivan", "Jake Sullivan")
    assert scorer.same_speaker("Jake Sullivan", "Sullivan")


def test_pronoun_is_never_a_right_speaker(scorer: ModuleType) -> None:
    assert not scorer.same_speaker("he", "he")


def test_different_people_do_not_match(scorer: ModuleType) -> None:
    assert not scorer.same_speaker("John Kirby", "Jake Sullivan")


def test_speaker_accuracy_counts_only_quotes_found_with_exact_span(scorer: ModuleType) -> None:
    predicted = [(0, 10, "Kirby"), (20, 30, "Putin"), (40, 45, "Kim")]
    gold = [(0, 10, "John Kirby"), (20, 30, "Vladimir Putin"), (50, 55, "Kim")]
    assert scorer.speaker_accuracy(predicted, gold) == (2, 2)


def test_baseline_skips_sentence_start_and_labels_person(scorer: ModuleType) -> None:
    text = "Officials met in Paris. They praised Jane Doe."
    spans = {text[s:e]: label for s, e, label in scorer.baseline_entities(text)}
    assert spans == {"Paris": "PERSON", "Jane Doe": "PERSON"}


def test_speaker_alias_of_the_same_country_counts_as_right(scorer: ModuleType) -> None:
    assert scorer.same_speaker("US", "United States")


def test_speaker_alias_of_the_same_organisation_counts_as_right(scorer: ModuleType) -> None:
    assert scorer.same_speaker("U.N.", "United Nations")


def test_different_countries_are_not_the_same_speaker(scorer: ModuleType) -> None:
    assert not scorer.same_speaker("US", "United Kingdom")


def test_heldout_gold_stays_above_the_regression_guard(scorer: ModuleType) -> None:
    heldout = Path(__file__).resolve().parent.parent / "benchmarks" / "gold_heldout"
    typed = quotes = scorer.Score(0, 0, 0)
    for document in scorer.load_gold([str(heldout)]):
        analysis = scorer.analyze(document["text"])
        predicted = [(e.start, e.end, e.label) for e in analysis.entities]
        gold = [(e["start"], e["end"], e["label"]) for e in document["entities"]]
        typed += scorer.score_spans(predicted, gold)
        found = [(q.start, q.end, "") for q in analysis.quotes]
        quotes += scorer.score_spans(
            found, [(q["start"], q["end"], "") for q in document["quotes"]]
        )
    assert typed.f1 >= 0.80 and quotes.f1 >= 0.90


def test_acronym_speaker_matches_the_name_its_capitals_spell(scorer: ModuleType) -> None:
    assert scorer.same_speaker("KMU", "Kenya Medical Union")
    assert scorer.same_speaker("Kenya Medical Union", "K.M.U.")


def test_acronym_speaker_does_not_match_other_initials(scorer: ModuleType) -> None:
    assert not scorer.same_speaker("KMU", "Kenya Nurses Union")


def test_curly_and_straight_apostrophes_name_one_speaker(scorer: ModuleType) -> None:
    assert scorer.same_speaker("Michael O'Leary", "Michael O’Leary")
    assert not scorer.same_speaker("Michael O'Leary", "Shane Ross")


def test_accents_name_one_speaker(scorer: ModuleType) -> None:
    assert scorer.same_speaker("Mugur Isarescu", "Mugur Isărescu")
