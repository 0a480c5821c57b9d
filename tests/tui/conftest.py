"""Fixtures for the TUI tests: small libraries in tmp_path, and nothing touching a real one."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from textual.pilot import Pilot

from reader.annotations.model import Highlight
from reader.library.articlefile import render_article_file
from reader.library.facade import Library
from reader.tui.screens.reader import ReaderScreen

SEED = Path("/work/shared/seeds/000_39691e86ad5aec55.txt")
SIZE = (120, 40)  # the terminal size of the Pilot tests
SEED_ID = "5eed0001"
GRAIN_ID = "9a1b0002"
EVIL_ID = "e0110003"
EVIL_TITLE = "[bold red]x[/] [@click=app.quit] \x1b[31mred\x1b]0;pwned\x07"


@dataclass(frozen=True)
class Fixture:
    """One made-up article file: its front matter and body."""

    meta: dict[str, str]
    body: str


def _seed_body() -> str:
    title, _, rest = SEED.read_text(encoding="utf-8").partition("\n")
    return f"# {title.strip()}\n\n{rest.strip()}\n"


def fixture_articles() -> list[Fixture]:
    """The seed article plus two made-up ones, with fixed dates so snapshots stay stable."""
    seed_title = SEED.read_text(encoding="utf-8").partition("\n")[0].strip()
    return [
        Fixture(
            {
                "id": SEED_ID,
                "title": seed_title,
                "source": "https://edition.cnn.com/2023/09/05/politics/north-korea-russia",
                "author": "Simone McCarthy",
                "published": "2023-09-05",
                "added": "2024-01-10T09:00:00+00:00",
            },
            _seed_body(),
        ),
        Fixture(
            {
                "id": GRAIN_ID,
                "title": "Grain deal talks resume in Istanbul",
                "source": "https://www.reuters.com/world/grain-deal-talks",
                "author": "Jane Smith",
                "published": "2023-08-01",
                "added": "2024-01-12T09:00:00+00:00",
            },
            "# Grain deal talks resume in Istanbul\n\nTurkey and the UN met Russian and"
            " Ukrainian officials to discuss the Black Sea grain corridor.\n",
        ),
        Fixture(
            {
                "id": EVIL_ID,
                "title": EVIL_TITLE,
                "source": "/home/someone/notes/evil.md",
                "added": "2024-01-11T09:00:00+00:00",
            },
            "# A hostile title\n\nNothing in here should ever reach the terminal raw.\n",
        ),
    ]


def build_library(folder: Path) -> Library:
    """A library whose files are written by hand (fixed dates) and indexed by a rescan."""
    folder.mkdir(parents=True)
    for index, fixture in enumerate(fixture_articles()):
        path = folder / f"article-{index}.md"
        path.write_text(render_article_file(fixture.meta, fixture.body), encoding="utf-8")
    library = Library.open(folder)
    library.rescan()
    library.set_tags(SEED_ID, add=["ukraine", "north korea"])
    library.set_tags(GRAIN_ID, add=["ukraine", "trade"])
    library.save_progress(SEED_ID, 120, 0.4)
    library.save_progress(EVIL_ID, 0, 1.0)
    text = library.document(SEED_ID).text
    start = text.index("pay a price")
    highlight = Highlight.create(SEED_ID, text, start, start + 11, note="the threat")
    library.save_highlight(highlight)
    return library


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Point every place a library or config could come from at tmp_path."""
    monkeypatch.setenv("READER_LIBRARY", str(tmp_path / "env-library"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(name, str(tmp_path / "xdg" / name.lower()))


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    lib = build_library(tmp_path / "library")
    yield lib
    lib.close()


@pytest.fixture
def empty_library(tmp_path: Path) -> Iterator[Library]:
    lib = Library.open(tmp_path / "empty-library")
    yield lib
    lib.close()


def reader(pilot: Pilot[None]) -> ReaderScreen:
    """The reader screen on top, failing the test when another screen is."""
    screen = pilot.app.screen
    assert isinstance(screen, ReaderScreen), screen
    return screen


async def settle(pilot: Pilot[None]) -> None:
    """Run key handlers, then every worker (workers start workers) and their messages."""
    for _ in range(50):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        loaded = not isinstance(screen, ReaderScreen) or screen.analysis is not None
        if loaded and not any(worker.is_running for worker in pilot.app.workers):
            return
