"""Fetching URLs from a local http.server: success, errors, limits and timeouts."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from reader.library.errors import ImportFailed
from reader.library.fetch import fetch_url

PAGE = b"<html><head><title>T</title></head><body><p>Hello there.</p></body></html>"
RELEASE = threading.Event()


class Handler(BaseHTTPRequestHandler):
    """Routes for each behaviour under test."""

    def log_message(self, format: str, *args: object) -> None:  # quiet test output
        return

    def _send(self, code: int, content_type: str, body: bytes, **headers: str) -> None:
        self.send_response(code)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def _redirect(self, location: str) -> None:
        self.send_response(302)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_GET(self) -> None:
        path = self.path
        if path == "/page":
            self._send(200, "text/html; charset=utf-8", PAGE)
        elif path == "/text":
            self._send(200, "text/plain; charset=windows-1252", "café – “q”".encode("cp1252"))
        elif path == "/moved":
            self._redirect("/page")
        elif path == "/loop-a":
            self._redirect("/loop-b")
        elif path == "/loop-b":
            self._redirect("/loop-a")
        elif path.startswith("/chain/"):
            self._redirect(f"/chain/{int(path.rsplit('/', 1)[1]) + 1}")
        elif path == "/elsewhere":
            self._redirect("file:///etc/passwd")
        elif path == "/pdf":
            self._send(200, "application/pdf", b"%PDF-1.4")
        elif path == "/declared-big":
            self._send(200, "text/plain", b"x" * 2000)
        elif path == "/streamed-big":
            self.send_response(200)
            self.send_header("Content-Type", "text/plain")
            self.end_headers()
            self.wfile.write(b"y" * 5000)
        elif path == "/slow":
            RELEASE.wait(10)  # holds the response until the test is over
            self._send(200, "text/html", PAGE)
        else:
            self._send(404, "text/html", b"<p>nope</p>")


@pytest.fixture(scope="module")
def base_url() -> Iterator[str]:
    RELEASE.clear()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    RELEASE.set()
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


def test_page_is_fetched(base_url: str) -> None:
    result = fetch_url(f"{base_url}/page")
    assert result.data == PAGE
    assert result.media_type == "text/html"
    assert result.charset == "utf-8"


def test_redirect_is_followed(base_url: str) -> None:
    result = fetch_url(f"{base_url}/moved")
    assert result.final_url == f"{base_url}/page"
    assert result.url == f"{base_url}/moved"


def test_not_found_names_status_and_url(base_url: str) -> None:
    with pytest.raises(ImportFailed, match=rf"404 Not Found: {base_url}/missing"):
        fetch_url(f"{base_url}/missing")


def test_redirect_loop_is_reported(base_url: str) -> None:
    with pytest.raises(ImportFailed, match="redirect loop"):
        fetch_url(f"{base_url}/loop-a")


def test_endless_redirect_chain_is_bounded(base_url: str) -> None:
    with pytest.raises(ImportFailed, match="too many redirects"):
        fetch_url(f"{base_url}/chain/0", max_redirects=3)


def test_redirect_to_other_scheme_is_refused(base_url: str) -> None:
    with pytest.raises(ImportFailed, match="only http and https"):
        fetch_url(f"{base_url}/elsewhere")


def test_slow_server_times_out(base_url: str) -> None:
    with pytest.raises(ImportFailed, match="timed out"):
        fetch_url(f"{base_url}/slow", timeout=0.3)


def test_wrong_content_type_is_refused(base_url: str) -> None:
    with pytest.raises(ImportFailed, match="application/pdf"):
        fetch_url(f"{base_url}/pdf")


def test_declared_oversize_is_refused(base_url: str) -> None:
    with pytest.raises(ImportFailed, match="too large"):
        fetch_url(f"{base_url}/declared-big", max_bytes=1000)


def test_streamed_oversize_is_refused(base_url: str) -> None:
    with pytest.raises(ImportFailed, match="too large"):
        fetch_url(f"{base_url}/streamed-big", max_bytes=1000)


def test_unreachable_host_is_reported() -> None:
    with pytest.raises(ImportFailed, match=r"cannot reach|timed out"):
        fetch_url("http://127.0.0.1:9/", timeout=2)


@pytest.mark.parametrize("url", ["ftp://example.com/x", "file:///etc/passwd", "javascript:x"])
def test_other_schemes_are_refused(url: str) -> None:
    with pytest.raises(ImportFailed, match="only http and https"):
        fetch_url(url)
