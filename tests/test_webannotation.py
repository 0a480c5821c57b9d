"""W3C Web Annotation export and import: the shape, the round trip, clear errors."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.annotations.model import Highlight
from reader.export.webannotation import from_web_annotations, to_web_annotations
from reader.library.models import Article

ARTICLE = Article(id="a1", path="a.md", title="T", source="https://example.com/a")
HIGHLIGHT = Highlight(
    id="h1",
    article="a1",
    start=4,
    end=9,
    exact="quick",
    prefix="The ",
    suffix=" brown",
    color="green",
    note="A *note*",
    tags=("one", "two words"),
    created="2026-01-01T00:00:00+00:00",
    updated="2026-01-02T00:00:00+00:00",
)


def exported(*highlights: Highlight) -> dict[str, Any]:
    return to_web_annotations(list(highlights), {"a1": ARTICLE})


def first_item(data: dict[str, Any]) -> dict[str, Any]:
    item: dict[str, Any] = data["first"]["items"][0]
    return item


def test_collection_has_the_w3c_context_and_type() -> None:
    data = exported(HIGHLIGHT)
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    assert data["type"] == "AnnotationCollection" and data["total"] == 1


def test_annotation_has_note_and_tag_bodies() -> None:
    bodies = first_item(exported(HIGHLIGHT))["body"]
    assert [(b["purpose"], b["value"]) for b in bodies] == [
        ("commenting", "A *note*"),
        ("tagging", "one"),
        ("tagging", "two words"),
    ]


def test_target_has_source_and_both_selectors() -> None:
    target = first_item(exported(HIGHLIGHT))["target"]
    assert target["source"] == "https://example.com/a"
    assert [s["type"] for s in target["selector"]] == [
        "TextQuoteSelector",
        "TextPositionSelector",
    ]


def test_article_without_web_source_gets_a_reader_iri() -> None:
    data = to_web_annotations([HIGHLIGHT], {})
    assert first_item(data)["target"]["source"] == "reader:article/a1"


def test_created_and_modified_are_kept() -> None:
    item = first_item(exported(HIGHLIGHT))
    assert (item["created"], item["modified"]) == (HIGHLIGHT.created, HIGHLIGHT.updated)


def test_round_trip_through_json_text_loses_nothing() -> None:
    text = json.dumps(exported(HIGHLIGHT, HIGHLIGHT.with_changes(orphaned=True, note="")))
    restored = from_web_annotations(json.loads(text))
    assert restored[0] == HIGHLIGHT
    assert restored[1].orphaned and restored[1].note == ""


def test_a_single_annotation_or_a_list_is_accepted() -> None:
    item = first_item(exported(HIGHLIGHT))
    assert from_web_annotations(item) == from_web_annotations([item]) == [HIGHLIGHT]


def test_article_is_recovered_from_a_reader_source_iri() -> None:
    item = first_item(to_web_annotations([HIGHLIGHT], {}))
    del item["reader:article"]
    assert from_web_annotations([item])[0].article == "a1"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("text", "expected a JSON object or list"),
        ({"type": "AnnotationPage"}, "no list of items"),
        ([{"type": "Annotation"}], "annotation 1 is malformed: missing 'target'"),
        ([{"type": "Thing"}], "annotation 1 is malformed: not an object of type Annotation"),
    ],
)
def test_malformed_input_gives_a_one_line_value_error(data: Any, message: str) -> None:
    with pytest.raises(ValueError, match=message) as caught:
        from_web_annotations(data)
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("target", "selector", 1, "start"), -1),
        (("target", "selector", 1, "end"), "9"),
        (("target", "selector", 0, "exact"), 5),
        (("target", "selector", 1, "end"), 1),
        (("body", 1, "value"), ["x"]),
    ],
)
def test_bad_field_values_are_refused(path: tuple[Any, ...], value: Any) -> None:
    item = first_item(exported(HIGHLIGHT))
    holder: Any = item
    for key in path[:-1]:
        holder = holder[key]
    holder[path[-1]] = value
    with pytest.raises(ValueError, match="annotation 1 is malformed"):
        from_web_annotations([item])


highlights = st.builds(
    Highlight,
    id=st.text(min_size=1, max_size=20),
    article=st.text(min_size=1, max_size=20),
    start=st.integers(0, 10**6),
    end=st.integers(0, 10**6),
    exact=st.text(max_size=50),
    prefix=st.text(max_size=32),
    suffix=st.text(max_size=32),
    color=st.text(max_size=10),
    note=st.text(max_size=200),
    tags=st.lists(st.text(max_size=20), max_size=5).map(tuple),
    created=st.text(max_size=30),
    updated=st.text(max_size=30),
    orphaned=st.booleans(),
).filter(lambda h: h.start <= h.end)


@given(st.lists(highlights, max_size=8))
@settings(max_examples=300)
def test_any_highlights_survive_the_round_trip(items: list[Highlight]) -> None:
    articles = {h.article: Article(id=h.article, path="p", title="t") for h in items}
    data = json.loads(json.dumps(to_web_annotations(items, articles), ensure_ascii=False))
    assert from_web_annotations(data) == items
