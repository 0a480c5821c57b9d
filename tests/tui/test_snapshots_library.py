"""Snapshots of the library screen (fixed size, fixed data, no clock-dependent text)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from textual.pilot import Pilot

from reader.library.facade import Library
from reader.tui.app import make_app

SIZE = (120, 40)
SnapCompare = Callable[..., bool]


async def settle(pilot: Pilot[Any]) -> None:
    """Let the startup rescan finish so the picture never depends on timing."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_library_screen(snap_compare: SnapCompare, library: Library) -> None:
    assert snap_compare(make_app(library), terminal_size=SIZE, run_before=settle)


def test_empty_library(snap_compare: SnapCompare, empty_library: Library) -> None:
    assert snap_compare(make_app(empty_library), terminal_size=SIZE, run_before=settle)
