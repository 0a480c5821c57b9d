"""Where the library lives: --library, $READER_LIBRARY, ./library, else the user data dir."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "READER_LIBRARY"


def default_library_path(explicit: str | Path | None = None, *, cwd: Path | None = None) -> Path:
    """Resolve the library folder by the documented order of precedence."""
    if explicit:
        return Path(explicit).expanduser()
    if env := os.environ.get(ENV_VAR):
        return Path(env).expanduser()
    local = (cwd or Path.cwd()) / "library"
    if local.is_dir():
        return local
    return Path(platformdirs.user_data_dir("reader", appauthor=False)) / "library"
