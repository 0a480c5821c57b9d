"""Build the held-out gold JSON files from the annotated sources in src/.

Markup: [name|P] marks an entity (P PERSON, O ORG, L PLACE, G GROUP); {Speaker#“…”} marks a
quotation, marks included, with its speaker's full name ("-" where the text names none).
Offsets are computed, then checked: text[start:end] equals the recorded span text.
Usage: python benchmarks/gold_heldout/build_gold.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = {"P": "PERSON", "O": "ORG", "L": "PLACE", "G": "GROUP"}
SOURCE = "written for reader's benchmark (original text)"


def parse(markup: str) -> tuple[str, list[dict[str, object]], list[dict[str, object]]]:
    """Plain text, entities and quotes of one annotated source."""
    out: list[str] = []
    length = 0
    entities: list[dict[str, object]] = []
    quotes: list[dict[str, object]] = []
    entity_start: int | None = None
    quote_stack: list[tuple[int, str | None]] = []
    index = 0
    while index < len(markup):
        char = markup[index]
        if char == "[":
            entity_start = length
        elif char == "|" and entity_start is not None:
            close = markup.index("]", index)
            label = LABELS[markup[index + 1 : close]]
            entities.append({"start": entity_start, "end": length, "label": label})
            entity_start = None
            index = close
        elif char == "{":
            hash_at = markup.index("#", index)
            named = markup[index + 1 : hash_at]
            quote_stack.append((length, None if named == "-" else named))
            index = hash_at
        elif char == "}":
            start, who = quote_stack.pop()
            quotes.append({"start": start, "end": length, "speaker": who})
        else:
            out.append(char)
            length += 1
        index += 1
    text = "".join(out)
    for item in [*entities, *quotes]:
        item["text"] = text[item["start"] : item["end"]]  # type: ignore[index]
    assert not quote_stack and entity_start is None
    return text, entities, sorted(quotes, key=lambda q: q["start"])  # type: ignore[arg-type,return-value]


def main() -> None:
    for source in sorted((HERE / "src").glob("*.txt")):
        text, entities, quotes = parse(source.read_text(encoding="utf-8").strip() + "\n")
        text = text.rstrip("\n")
        for item in [*entities, *quotes]:
            span = text[item["start"] : item["end"]]  # type: ignore[index]
            assert span == item["text"] and span.strip() == span and span, (source, item)
        document = {
            "id": source.stem,
            "source": SOURCE,
            "text": text,
            "entities": entities,
            "quotes": quotes,
        }
        target = HERE / f"{source.stem}.json"
        target.write_text(json.dumps(document, ensure_ascii=False, indent=1) + "\n", "utf-8")
        counts = f"{len(entities)} entities, {len(quotes)} quotes"
        print(f"{target.name}: {len(text.split())} words, {counts}")


if __name__ == "__main__":
    main()
