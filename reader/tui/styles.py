"""Where the app's `.tcss` files live (the installed package first, then the checkout), and
loading one only when the first screen that needs it is shown."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from textual.app import App

STYLE_FILES = (
    "app.tcss",
    "library.tcss",
    "reader.tcss",
    "dialogs.tcss",
    "annotating.tcss",
)


def styles_dir() -> Path:
    """The folder holding the `.tcss` files (wheel: reader/styles; checkout: styles/)."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "styles"
    if installed.is_dir():
        return installed
    return package.parent / "styles"


def css_paths(names: Iterable[str] = STYLE_FILES) -> list[str | PurePath]:
    """Absolute paths of the named style sheets that exist, in cascade order (a `CSS_PATH`)."""
    folder = styles_dir()
    return [folder / name for name in names if (folder / name).is_file()]


def load_styles(app: App[Any], *names: str) -> None:
    """Add the named style sheets the app does not have yet, and restyle it once.

    The app starts with the sheets its first screen needs: parsing every sheet up front
    costs several milliseconds before the first paint. Screens of our own name their sheet
    in `CSS_PATH`, which Textual loads the same way when they are pushed.
    """
    stylesheet = app.stylesheet
    missing = [path for path in css_paths(names) if not stylesheet.has_source(str(path), "")]
    if not missing:
        return
    for path in missing:
        stylesheet.read(path)
    stylesheet.reparse()
    stylesheet.update(app)
