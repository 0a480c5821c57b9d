"""Notes out of the library: Markdown files for a notes folder, W3C Web Annotation JSON."""

from reader.export.markdown import (
    USER_MARKER,
    ArticleNotes,
    export_markdown,
    render_article_notes,
)
from reader.export.paths import UnsafeExportPath, export_path
from reader.export.webannotation import from_web_annotations, to_web_annotations

__all__ = [
    "USER_MARKER",
    "ArticleNotes",
    "UnsafeExportPath",
    "export_markdown",
    "export_path",
    "from_web_annotations",
    "render_article_notes",
    "to_web_annotations",
]
