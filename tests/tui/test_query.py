"""The library filter's query language and sorting."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from reader.library.models import Article
from reader.tui.query import (
    SORT_KEYS,
    Term,
    index_article,
    next_sort,
    parse,
    sort_records,
    with_tag,
)


def make(**fields: object) -> Article:
    defaults: dict[str, object] = {"id": "a", "path": "a.md", "title": "A title"}
    return Article(**{**defaults, **fields})  # type: ignore[arg-type]


def test_free_words_become_text_terms() -> None:
    assert parse("North Korea").terms == (Term("text", "north"), Term("text", "korea"))


def test_quoted_phrase_is_one_term() -> None:
    assert parse('"pay a price"').terms == (Term("text", "pay a price"),)


def test_unclosed_phrase_still_filters() -> None:
    assert parse('"pay a pr').terms == (Term("text", "pay a pr"),)


def test_field_terms_are_recognised() -> None:
    query = parse("tag:Ukraine is:unread has:notes source:cnn author:smith")
    assert [(term.field, term.value) for term in query.terms] == [
        ("tag", "ukraine"),
        ("is", "unread"),
        ("has", "notes"),
        ("source", "cnn"),
        ("author", "smith"),
    ]


def test_quoted_field_value_keeps_its_spaces() -> None:
    assert parse('tag:"north korea"').terms == (Term("tag", "north korea"),)


def test_dash_negates_a_term() -> None:
    assert parse("-tag:war").terms == (Term("tag", "war", negated=True),)


def test_field_without_value_is_ignored_while_typing() -> None:
    assert not parse("tag: -")


def test_unknown_field_is_searched_as_a_word() -> None:
    assert parse("https://cnn.com").terms == (Term("text", "https://cnn.com"),)


def test_all_free_words_must_match() -> None:
    record = index_article(make(title="North Korea warned"))
    assert parse("north warned").matches(record)
    assert not parse("north ukraine").matches(record)


def test_free_words_match_source_author_and_tags() -> None:
    record = index_article(make(site="cnn.com", author="Jane Smith", tags=("ukraine",)))
    assert parse("cnn smith ukraine").matches(record)


def test_tag_matches_whole_tags_only() -> None:
    record = index_article(make(tags=("warsaw",)))
    assert not parse("tag:war").matches(record)
    assert parse("tag:warsaw").matches(record)


def test_source_matches_site_or_source_url() -> None:
    by_site = index_article(make(site="edition.cnn.com"))
    by_url = index_article(make(source="https://cnn.com/x"))
    assert parse("source:cnn").matches(by_site)
    assert parse("source:cnn").matches(by_url)
    assert not parse("source:bbc").matches(by_site)


def test_is_unread_and_is_read() -> None:
    unread = index_article(make())
    read = index_article(make(last_read="2024-01-01T00:00:00+00:00"))
    assert parse("is:unread").matches(unread)
    assert not parse("is:unread").matches(read)
    assert parse("is:read").matches(read)


def test_has_notes_and_highlights() -> None:
    annotated = index_article(make(highlight_count=2, note_count=1))
    bare = index_article(make())
    assert parse("has:notes has:highlights").matches(annotated)
    assert not parse("has:highlights").matches(bare)


def test_negated_term_excludes() -> None:
    record = index_article(make(tags=("war",)))
    assert not parse("-tag:war").matches(record)
    assert parse("-tag:peace").matches(record)


def test_unknown_is_value_matches_nothing() -> None:
    assert not parse("is:banana").matches(index_article(make()))


def test_empty_query_keeps_everything() -> None:
    records = [index_article(make(id=str(i))) for i in range(3)]
    assert parse("").filter(records) == records


def test_sort_by_title_is_case_insensitive() -> None:
    records = [index_article(make(id=t, title=t)) for t in ("beta", "Alpha", "gamma")]
    assert [r.article.title for r in sort_records(records, "title")] == ["Alpha", "beta", "gamma"]


def test_sort_by_published_puts_undated_last() -> None:
    records = [
        index_article(make(id="old", published="2020-01-01")),
        index_article(make(id="none")),
        index_article(make(id="new", published="2023-01-01")),
    ]
    assert [r.article.id for r in sort_records(records, "published")] == ["new", "old", "none"]


def test_sort_by_progress_puts_most_read_first() -> None:
    records = [index_article(make(id=str(p), progress=p)) for p in (0.1, 0.9, 0.5)]
    assert [r.article.progress for r in sort_records(records, "progress")] == [0.9, 0.5, 0.1]


def test_sort_by_added_is_newest_first() -> None:
    records = [index_article(make(id=d, added=d)) for d in ("2024-01-01", "2024-03-01")]
    assert [r.article.id for r in sort_records(records, "added")] == ["2024-03-01", "2024-01-01"]


def test_next_sort_cycles_through_every_key() -> None:
    key = SORT_KEYS[0]
    seen = []
    for _ in SORT_KEYS:
        seen.append(key)
        key = next_sort(key)
    assert sorted(seen) == sorted(SORT_KEYS)
    assert key == SORT_KEYS[0]


def test_with_tag_replaces_the_tag_term_and_keeps_the_rest() -> None:
    assert with_tag("grain tag:war -tag:x", "trade") == "grain -tag:x tag:trade"


def test_with_tag_quotes_tags_with_spaces() -> None:
    assert parse(with_tag("", "north korea")).terms == (Term("tag", "north korea"),)


def test_with_tag_none_removes_the_tag_term() -> None:
    assert with_tag("grain tag:war", None) == "grain"


@given(st.text())
def test_any_input_parses_without_error(text: str) -> None:
    query = parse(text)
    assert all(term.value for term in query.terms)


@given(st.text(alphabet=st.characters(codec="utf-8"), min_size=1))
def test_a_title_always_matches_a_phrase_of_itself(title: str) -> None:
    phrase = " ".join(title.replace('"', " ").split())
    if phrase:
        query = parse(f'"{phrase}"')
        assert query.matches(index_article(make(title=phrase)))
