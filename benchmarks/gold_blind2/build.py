"""Build the second blind gold set: inline-marked sources in src/ become gold JSON files.

Markup in src/*.txt (first line = headline, paragraphs separated by one blank line):
  [[X:name]]           an entity; X is P (PERSON), O (ORG), L (PLACE) or G (GROUP)
  {{Speaker::“...”}}   a quotation, marks included; Speaker is the full name as first given,
                       or "-" where the text names none. Entities may sit inside a quotation.
Every annotation is checked: text[start:end] equals its span text, spans hold no leading
"the", no possessive, no edge whitespace, and each quote opens and closes with a mark.
Usage: python benchmarks/gold_blind2/build.py
"""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = "written for reader's second blind benchmark (original text)"
LABELS = {"P": "PERSON", "O": "ORG", "L": "PLACE", "G": "GROUP"}
LABEL_NOTE = (
    "PERSON, ORG, PLACE (countries, cities, regions), GROUP (nationalities and other groups "
    "named by an adjective or plural noun)"
)
TOKEN = re.compile(r"\[\[([POLG]):|\]\]|\{\{([^:{}]+)::|\}\}")
OPEN_MARKS = '“"'
CLOSE_MARKS = '”"'


def parse(marked: str) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """Strip the markup, returning plain text, entities and quotes with offsets."""
    out: list[str] = []
    length = 0
    stack: list[tuple[str, str, int]] = []
    entities: list[dict[str, object]] = []
    quotes: list[dict[str, object]] = []
    position = 0
    for match in TOKEN.finditer(marked):
        chunk = marked[position : match.start()]
        out.append(chunk)
        length += len(chunk)
        position = match.end()
        token = match.group(0)
        if match.group(1):
            stack.append(("entity", LABELS[match.group(1)], length))
        elif match.group(2):
            stack.append(("quote", match.group(2), length))
        else:
            kind, value, start = stack.pop()
            assert (kind == "entity") == (token == "]]"), f"mismatched {token} at {match.start()}"
            if kind == "entity":
                entities.append({"start": start, "end": length, "label": value})
            else:
                speaker = None if value == "-" else value
                quotes.append({"start": start, "end": length, "speaker": speaker})
    assert not stack, f"unclosed markup: {stack}"
    out.append(marked[position:])
    text = "".join(out)
    for item in entities + quotes:
        item["text"] = text[int(str(item["start"])) : int(str(item["end"]))]
    entities.sort(key=lambda e: int(str(e["start"])))
    quotes.sort(key=lambda q: int(str(q["start"])))
    return text, entities, quotes


def check(
    name: str, text: str, entities: list[dict[str, object]], quotes: list[dict[str, object]]
) -> None:
    """Assert every annotation matches its offsets and the conventions of the gold README."""
    assert "\n\n\n" not in text and not text.startswith("\n"), name
    assert "[[" not in text and "]]" not in text and "{{" not in text and "}}" not in text, name
    names = {str(e["text"]) for e in entities if e["label"] == "PERSON"}
    orgs = {str(e["text"]) for e in entities if e["label"] == "ORG"}
    for entity in entities:
        span = str(entity["text"])
        assert text[int(str(entity["start"])) : int(str(entity["end"]))] == span
        assert span == span.strip() and span, (name, span)
        assert not span.lower().startswith("the "), (name, span)
        assert not span.endswith(("'s", "’s")), (name, span)
    for quote in quotes:
        span = str(quote["text"])
        assert text[int(str(quote["start"])) : int(str(quote["end"]))] == span
        assert span[0] in OPEN_MARKS and span[-1] in CLOSE_MARKS, (name, span)
        speaker = quote["speaker"]
        assert speaker is None or speaker in names or speaker in orgs, (name, speaker)


def build() -> None:
    """Write one gold JSON per marked source, after checking every annotation."""
    for source in sorted((HERE / "src").glob("*.txt")):
        marked = source.read_text(encoding="utf-8").rstrip("\n")
        text, entities, quotes = parse(marked)
        check(source.stem, text, entities, quotes)
        words = len(text.split())
        assert 250 <= words <= 450, (source.stem, words)
        document = {
            "id": source.stem,
            "source": SOURCE,
            "labels": LABEL_NOTE,
            "text": text,
            "entities": entities,
            "quotes": quotes,
        }
        target = HERE / f"{source.stem}.json"
        target.write_text(
            json.dumps(document, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
        )
        print(f"{source.stem}: {words} words, {len(entities)} entities, {len(quotes)} quotes")


if __name__ == "__main__":
    build()
