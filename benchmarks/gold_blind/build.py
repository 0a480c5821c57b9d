"""Build the blind gold JSON files from inline-marked source texts.

Markup in src/*.txt:
  [[LABEL:name]]            an entity (LABEL is PERSON, ORG, PLACE or GROUP)
  {{Speaker Name|“...”}}    a quote, marks included; speaker "-" means none named
Entities may sit inside quotes; nothing else nests.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = "written for reader's blind benchmark (original text)"
LABELS_NOTE = (
    "PERSON, ORG, PLACE (countries, cities, regions), GROUP "
    "(nationalities and other groups named by an adjective or plural noun)"
)
TOKEN = re.compile(r"\[\[(PERSON|ORG|PLACE|GROUP):|\]\]|\{\{([^|{}\[\]]*)\||\}\}")
OPEN_MARKS = '“‘"'
CLOSE_MARKS = '”’"'


def parse(marked: str) -> tuple[str, list[dict[str, Any]], list[dict[str, Any]]]:
    """Strip the markup, returning plain text, entities and quotes with offsets."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, str, int]] = []  # (kind, label-or-speaker, start)
    entities: list[dict[str, Any]] = []
    quotes: list[dict[str, Any]] = []
    pos = 0
    for match in TOKEN.finditer(marked):
        chunk = marked[pos : match.start()]
        out.append(chunk)
        length += len(chunk)
        pos = match.end()
        token = match.group(0)
        if match.group(1):
            assert not stack or stack[-1][0] == "quote", f"nested entity at {pos}"
            stack.append(("entity", match.group(1), length))
        elif match.group(2) is not None:
            assert not stack, f"nested quote at {pos}"
            stack.append(("quote", match.group(2), length))
        elif token == "]]":
            kind, label, start = stack.pop()
            assert kind == "entity", f"unbalanced ]] at {pos}"
            entities.append({"start": start, "end": length, "label": label})
        else:
            kind, speaker, start = stack.pop()
            assert kind == "quote", f"unbalanced }}}} at {pos}"
            who = None if speaker == "-" else speaker
            quotes.append({"start": start, "end": length, "speaker": who})
    assert not stack, "unclosed markup"
    out.append(marked[pos:])
    text = "".join(out)
    for item in entities + quotes:
        item["text"] = text[item["start"] : item["end"]]
    entities.sort(key=lambda e: e["start"])
    quotes.sort(key=lambda q: q["start"])
    return text, entities, quotes


def check(doc_id: str, text: str, ents: list[dict[str, Any]], quotes: list[dict[str, Any]]) -> None:
    """Assert the conventions of /work/shared/gold/README.md hold."""
    assert not re.search(r"\[\[|\]\]|\{\{|\}\}", text), f"{doc_id}: markup left"
    assert "\n\n\n" not in text and text == text.strip(), f"{doc_id}: paragraph spacing"
    names = {e["text"] for e in ents}
    for e in ents:
        span = e["text"]
        assert text[e["start"] : e["end"]] == span
        assert span == span.strip() and span, f"{doc_id}: whitespace in {span!r}"
        assert not span.lower().startswith("the "), f"{doc_id}: leading the: {span!r}"
        assert not span.endswith(("’s", "'s", "’")), f"{doc_id}: possessive: {span!r}"
    for q in quotes:
        span = q["text"]
        assert text[q["start"] : q["end"]] == span
        assert span[0] in OPEN_MARKS and span[-1] in CLOSE_MARKS, f"{doc_id}: marks {span!r}"
        speaker = q["speaker"]
        assert speaker is None or speaker in names, f"{doc_id}: speaker {speaker!r} never named"


def build(src: Path) -> dict[str, Any]:
    """Turn one marked source file into a gold document."""
    marked = src.read_text(encoding="utf-8").strip()
    text, entities, quotes = parse(marked)
    check(src.stem, text, entities, quotes)
    return {
        "id": src.stem,
        "source": SOURCE,
        "labels": LABELS_NOTE,
        "text": text,
        "entities": entities,
        "quotes": quotes,
    }


def main() -> int:
    for src in sorted((HERE / "src").glob("*.txt")):
        doc = build(src)
        target = HERE / f"{src.stem}.json"
        target.write_text(json.dumps(doc, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        print(f"{target.name}: {len(doc['entities'])} entities, {len(doc['quotes'])} quotes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
