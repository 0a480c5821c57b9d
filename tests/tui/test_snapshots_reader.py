"""Snapshots of the reader screen: the seed article with every layer on, and the side panel."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.app import App
from textual.pilot import Pilot

from reader.annotations.model import Highlight
from reader.library.facade import Library
from reader.tui.app import make_app
from reader.tui.screens.reader import ReaderScreen
from tests.tui.conftest import SEED

SIZE = (110, 36)


def seeded_app(tmp_path: Path) -> App[None]:
    source = tmp_path / "seed.txt"
    shutil.copy(SEED, source)
    library = Library.open(tmp_path / "lib")
    article = library.add([str(source)])[0].article
    assert article is not None
    text = library.document(article.id).text
    start = text.index("stern warning")
    library.save_highlight(Highlight.create(article.id, text, start, start + 13, note="n"))
    return make_app(library, open_article=article.id)


async def settle(pilot: Pilot[None]) -> None:
    for _ in range(50):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        screen = pilot.app.screen
        if not isinstance(screen, ReaderScreen) or screen.analysis is None:
            continue
        busy = any(worker.is_running for worker in pilot.app.workers)
        if screen.article_view.highlights and not busy:
            return


def test_reader_with_every_layer_on(snap_compare: Callable[..., Any], tmp_path: Path) -> None:
    assert snap_compare(seeded_app(tmp_path), terminal_size=SIZE, run_before=settle)


def test_reader_with_the_side_panel_open(snap_compare: Callable[..., Any], tmp_path: Path) -> None:
    async def open_panel(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("p")
        await pilot.pause()

    assert snap_compare(seeded_app(tmp_path), terminal_size=SIZE, run_before=open_panel)
