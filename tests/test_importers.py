"""Importing files, folders, HTML, URLs and stdin, and refusing bad input clearly."""

from __future__ import annotations

import codecs
import io
import os
import shutil
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from reader.library.errors import ImportFailed
from reader.library.importers import MAX_FILE_BYTES, import_source, iter_source_files

FIXTURES = Path(__file__).parent / "fixtures"
SEED = Path(__file__).resolve().parent / "fixtures" / "seed.txt"


def _write(path: Path, data: bytes) -> str:
    path.write_bytes(data)
    return str(path)


@pytest.mark.skipif(not SEED.exists(), reason="shared seed article not present")
def test_seed_file_imports_clean(tmp_path: Path) -> None:
    article = import_source(_write(tmp_path / "seed.txt", SEED.read_bytes()))
    assert article.title.startswith("US warns North Korea")
    assert "## President Yoon Warns" in article.markdown
    assert "Exit mobile version" not in article.markdown
    assert article.source == str((tmp_path / "seed.txt").resolve())


def test_markdown_file_keeps_front_matter_metadata(tmp_path: Path) -> None:
    text = "---\ntitle: Notes\nauthor: Ann Lee\nlicence: CC BY 4.0\n---\n\nBody *text*.\n"
    article = import_source(_write(tmp_path / "notes.md", text.encode()))
    assert (article.title, article.author) == ("Notes", "Ann Lee")
    assert article.markdown == "# Notes\n\nBody *text*.\n"
    assert article.extra == {"licence": "CC BY 4.0"}


def test_html_file_goes_through_trafilatura(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    shutil.copy(FIXTURES / "news_page.html", path)
    article = import_source(str(path))
    assert article.title == "River Cleanup Draws Hundreds of Volunteers"
    assert article.author == "Priya Natarajan"
    assert article.published == "2024-04-21"
    assert article.site == "The Valley Gazette"
    assert "## Schools Join In" in article.markdown
    assert "said organiser Tom Becker" in article.markdown


@pytest.mark.parametrize("junk", ["Sport", "Bakery", "All rights reserved", "Privacy"])
def test_html_page_furniture_is_dropped(tmp_path: Path, junk: str) -> None:
    article = import_source(str(FIXTURES / "news_page.html"))
    assert junk not in article.markdown


def test_stdin_bytes_import() -> None:
    stream = io.BytesIO(b"Piped Title\n\nA piped paragraph.\n")
    article = import_source("-", stdin=stream)
    assert article.title == "Piped Title"
    assert article.markdown == "# Piped Title\n\nA piped paragraph.\n"


def test_stdin_html_is_sniffed() -> None:
    stream = io.BytesIO((FIXTURES / "news_page.html").read_bytes())
    assert import_source("-", stdin=stream).author == "Priya Natarajan"


def test_utf16_file_imports(tmp_path: Path) -> None:
    data = codecs.BOM_UTF16_LE + "Titel\n\nGrüße aus Köln.".encode("utf-16-le")
    assert import_source(_write(tmp_path / "a.txt", data)).title == "Titel"


def test_cp1252_file_imports(tmp_path: Path) -> None:
    text = "Café Notes\n\nThe café – “quotes” and a paragraph with enough words to detect."
    article = import_source(_write(tmp_path / "a.txt", text.encode("cp1252")))
    assert "The café – “quotes”" in article.markdown


def test_escape_sequences_never_reach_the_article(tmp_path: Path) -> None:
    article = import_source(_write(tmp_path / "a.txt", b"\x1b[31mRed\x1b[0m\n\nBody\x1b]0;x\x07."))
    assert "\x1b" not in article.title + article.markdown


@pytest.mark.parametrize("title", ["[bold]x[/]", "../../x"])
def test_odd_titles_stay_plain_data(tmp_path: Path, title: str) -> None:
    article = import_source(_write(tmp_path / "a.txt", f"{title}\n\nBody.".encode()))
    assert article.title == title


def test_unknown_extension_text_is_sniffed(tmp_path: Path) -> None:
    assert import_source(_write(tmp_path / "note.log", b"Log Title\n\nBody.")).title == "Log Title"


def test_missing_path_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"no such file: .*nothing\.txt"):
        import_source(str(tmp_path / "nothing.txt"))


def test_folder_is_refused_as_a_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="a folder"):
        import_source(str(tmp_path))


@pytest.mark.parametrize("data", [b"", b"  \n\t\r\n  "])
def test_empty_file_is_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(ImportFailed, match=r"empty.*empty\.txt"):
        import_source(_write(tmp_path / "empty.txt", data))


def test_binary_file_with_text_extension_is_refused(tmp_path: Path) -> None:
    data = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4
    with pytest.raises(ImportFailed, match=r"binary.*image\.txt"):
        import_source(_write(tmp_path / "image.txt", data))


def test_undecodable_bytes_are_refused(tmp_path: Path) -> None:
    data = bytes((index * 197 + 13) % 256 for index in range(4096)).replace(b"\x00", b"")
    with pytest.raises(ImportFailed, match=r"rand\.md"):
        import_source(_write(tmp_path / "rand.md", data))


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_is_refused_quickly(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    started = time.monotonic()
    with pytest.raises(ImportFailed, match="not a regular file"):
        import_source(str(fifo))
    assert time.monotonic() - started < 1.0


def test_oversize_file_is_refused_quickly(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: no 20 MB written to disk
        handle.truncate(MAX_FILE_BYTES + 1)
    started = time.monotonic()
    with pytest.raises(ImportFailed, match=r"too large.*huge\.txt"):
        import_source(str(path))
    assert time.monotonic() - started < 1.0


def test_oversize_stdin_is_refused() -> None:
    with pytest.raises(ImportFailed, match="too large"):
        import_source("-", stdin=io.BytesIO(b"a" * (MAX_FILE_BYTES + 1)))


def test_html_without_text_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"no article text.*x\.html"):
        import_source(_write(tmp_path / "x.html", b"<html><body><nav>Home</nav></body></html>"))


def test_unsupported_url_scheme_is_refused() -> None:
    with pytest.raises(ImportFailed, match="only http and https"):
        import_source("ftp://example.com/article.txt")


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    handler = partial(SimpleHTTPRequestHandler, directory=str(FIXTURES))
    handler.log_message = lambda *args: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_url_imports_html_with_metadata(served: str) -> None:
    article = import_source(f"{served}/news_page.html")
    assert article.title == "River Cleanup Draws Hundreds of Volunteers"
    assert article.source == f"{served}/news_page.html"
    assert "## Schools Join In" in article.markdown


def test_url_plain_text_imports(served: str) -> None:
    article = import_source(f"{served}/furniture_article.txt")
    assert article.title == "Town Council Approves New Library Hours"
    assert "Exit mobile version" not in article.markdown


def test_url_not_found_is_refused(served: str) -> None:
    with pytest.raises(ImportFailed, match="404"):
        import_source(f"{served}/missing.html")


def test_folder_expands_to_article_files(tmp_path: Path) -> None:
    for relative in ["a.md", "sub/b.txt", "sub/c.html", "sub/d.png", ".hidden/e.md",
                     "trash/f.md", ".reader/g.md", "sub/.h.md"]:  # fmt: skip
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text("x")
    found = [path.relative_to(tmp_path).as_posix() for path in iter_source_files([tmp_path])]
    assert found == ["a.md", "sub/b.txt", "sub/c.html"]


def test_named_files_pass_through(tmp_path: Path) -> None:
    missing = tmp_path / "missing.bin"
    assert list(iter_source_files([str(missing)])) == [missing]
