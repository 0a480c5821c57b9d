"""Where the app's `.tcss` files live: the installed package first, then the checkout."""

from __future__ import annotations

from pathlib import Path

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


def css_paths() -> list[Path]:
    """Absolute paths of the style sheets that exist, in cascade order."""
    folder = styles_dir()
    return [folder / name for name in STYLE_FILES if (folder / name).is_file()]
