"""Build the sample library in `library/` from the seed article and the open-licence gold texts.

Run from the repository root: `python scripts/build_sample_library.py [SHARED_DIR]`.
Attribution (source, publisher, licence) is kept in each article's front matter.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from reader.library.articlefile import content_hash, render_article_file, safe_filename
from reader.library.articles import short_id
from reader.library.clean import clean_plain_text
from reader.library.normalize import normalize_text

ROOT = Path(__file__).resolve().parent.parent
ADDED = "2026-11-27T00:00:00+00:00"
SEED_NAME = "000_39691e86ad5aec55.txt"


def source_fields(source: str) -> dict[str, str]:
    """Split a gold `source` line ("URL | title: … | publisher: … | licence: …") into fields."""
    parts = [part.strip() for part in source.split(" | ")]
    fields = {"source": parts[0]}
    for part in parts[1:]:
        key, _, value = part.partition(":")
        if key.strip() in ("publisher", "licence"):
            fields[key.strip()] = value.strip()
    return fields


def write(folder: Path, title: str, body: str, meta: dict[str, str], taken: set[str]) -> None:
    name = safe_filename(title, taken)
    taken.add(name)
    seed = meta.get("source") or content_hash(body)
    front = {"id": short_id(seed), "title": title, "added": ADDED, **meta}
    (folder / name).write_text(render_article_file(front, body), encoding="utf-8")
    print(f"wrote {name}")


def main(shared: Path) -> None:
    folder = ROOT / "library"
    folder.mkdir(exist_ok=True)
    taken = {path.name for path in folder.iterdir()}
    seed_text = normalize_text((shared / "seeds" / SEED_NAME).read_text(encoding="utf-8"))
    title, body = clean_plain_text(seed_text)
    write(
        folder,
        title,
        body,
        {
            "source": f"seeds/{SEED_NAME}",
            "site": "seed article",
            "attribution": "web-scraped news story (project seed)",
        },
        taken,
    )
    for gold_file in sorted((shared / "gold" / "dev").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        fields = source_fields(gold["source"])
        if "public domain" not in fields.get("licence", ""):
            continue  # only texts that carry an open licence go into the sample
        title, body = clean_plain_text(normalize_text(gold["text"]))
        publisher = fields.pop("publisher", "")
        meta = {**fields, "attribution": publisher, "site": publisher.split(" (")[0]}
        write(folder, title, body, meta, taken)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared")
