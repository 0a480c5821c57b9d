"""Highlights as a W3C Web Annotation collection (JSON-LD), and back, losing nothing.

Fields the W3C model has no word for (the article id, colour, orphaned, an empty quote
context) travel as `reader:` extension properties under our own JSON-LD prefix.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import quote, unquote

from reader.annotations.model import COLORS, Highlight
from reader.library.models import Article

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
READER_NS = "urn:x-reader:"
CONTEXT: list[Any] = [W3C_CONTEXT, {"reader": READER_NS}]
HIGHLIGHT_IRI = "reader:highlight/"
ARTICLE_IRI = "reader:article/"


def to_web_annotations(
    highlights: Sequence[Highlight], articles_by_id: Mapping[str, Article]
) -> dict[str, Any]:
    """An AnnotationCollection holding one Annotation per highlight, in the order given."""
    items = [_annotation(h, articles_by_id.get(h.article)) for h in highlights]
    return {
        "@context": CONTEXT,
        "type": "AnnotationCollection",
        "label": "reader highlights",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _annotation(highlight: Highlight, article: Article | None) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = []
    if highlight.note:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "format": "text/markdown",
                "value": highlight.note,
            }
        )
    bodies.extend({"type": "TextualBody", "purpose": "tagging", "value": t} for t in highlight.tags)
    annotation: dict[str, Any] = {
        "id": HIGHLIGHT_IRI + quote(highlight.id, safe=""),
        "type": "Annotation",
        "motivation": "commenting" if highlight.note else "highlighting",
        "body": bodies,
        "target": {
            "source": _source(highlight.article, article),
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": highlight.exact,
                    "prefix": highlight.prefix,
                    "suffix": highlight.suffix,
                },
                {"type": "TextPositionSelector", "start": highlight.start, "end": highlight.end},
            ],
        },
        "reader:article": highlight.article,
        "reader:color": highlight.color,
    }
    if highlight.created:
        annotation["created"] = highlight.created
    if highlight.updated:
        annotation["modified"] = highlight.updated
    if highlight.orphaned:
        annotation["reader:orphaned"] = True
    return annotation


def _source(article_id: str, article: Article | None) -> str:
    if article is not None and article.source.lower().startswith(("http://", "https://")):
        return article.source
    return ARTICLE_IRI + quote(article_id, safe="")


def from_web_annotations(data: Any) -> list[Highlight]:
    """Highlights from a collection, a page, a list or one annotation; ValueError if malformed."""
    items = _items(data)
    highlights: list[Highlight] = []
    for index, item in enumerate(items):
        try:
            highlights.append(_highlight(item))
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            reason = _reason(error)
            raise ValueError(f"annotation {index + 1} is malformed: {reason}") from None
    return highlights


def _reason(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing {error.args[0]!r}"
    lines = str(error).splitlines()
    return lines[0] if lines else type(error).__name__


def _items(data: Any) -> list[Any]:
    if isinstance(data, list):
        return data
    if not isinstance(data, dict):
        raise ValueError("not a Web Annotation document: expected a JSON object or list")
    kind = data.get("type")
    if kind == "Annotation":
        return [data]
    page = data.get("first") if kind == "AnnotationCollection" else data
    if kind == "AnnotationCollection" and page is None:
        return []
    if not isinstance(page, dict) or not isinstance(page.get("items"), list):
        raise ValueError("not a Web Annotation collection: no list of items found")
    items: list[Any] = page["items"]
    return items


def _highlight(item: Any) -> Highlight:
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise ValueError("not an object of type Annotation")
    target = _one(item["target"])
    selectors = _as_list(target.get("selector"))
    text_quote = _selector(selectors, "TextQuoteSelector")
    position = _selector(selectors, "TextPositionSelector")
    note, tags = _note_and_tags(_as_list(item.get("body")))
    identifier = _required_str(item, "id")
    article = item.get("reader:article")
    if article is None:
        article = _article_from_source(_required_str(target, "source"))
    start, end = _offset(position["start"], "start"), _offset(position["end"], "end")
    if end < start:
        raise ValueError("end comes before start")
    return Highlight(
        id=unquote(identifier.removeprefix(HIGHLIGHT_IRI)),
        article=_text(article, "reader:article"),
        start=start,
        end=end,
        exact=_text(text_quote["exact"], "exact"),
        prefix=_text(text_quote.get("prefix", ""), "prefix"),
        suffix=_text(text_quote.get("suffix", ""), "suffix"),
        color=_text(item.get("reader:color", COLORS[0]), "reader:color"),
        note=note,
        tags=tags,
        created=_text(item.get("created", ""), "created"),
        updated=_text(item.get("modified", ""), "modified"),
        orphaned=item.get("reader:orphaned", False) is True,
    )


def _one(value: Any) -> dict[str, Any]:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if not isinstance(value, dict):
        raise ValueError("target must be one object with a selector")
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _selector(selectors: list[Any], kind: str) -> dict[str, Any]:
    for selector in selectors:
        if isinstance(selector, dict) and selector.get("type") == kind:
            return selector
    raise ValueError(f"no {kind} in the target")


def _note_and_tags(bodies: list[Any]) -> tuple[str, tuple[str, ...]]:
    notes: list[str] = []
    tags: list[str] = []
    for body in bodies:
        if not isinstance(body, dict) or body.get("type") != "TextualBody":
            continue  # bodies of other kinds carry nothing a highlight holds
        value = _text(body.get("value", ""), "body value")
        (tags if body.get("purpose") == "tagging" else notes).append(value)
    return "\n\n".join(notes), tuple(tags)


def _article_from_source(source: str) -> str:
    if not source.startswith(ARTICLE_IRI):
        raise ValueError("no reader:article and the source is not a reader article")
    return unquote(source.removeprefix(ARTICLE_IRI))


def _required_str(data: dict[str, Any], key: str) -> str:
    if key not in data:
        raise ValueError(f"missing {key!r}")
    return _text(data[key], key)


def _text(value: Any, name: str) -> str:
    if not isinstance(value, str):
        raise ValueError(f"{name} must be a string")
    return value


def _offset(value: Any, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"{name} must be a non-negative integer")
    return value
