"""Fetch an article over HTTP(S) with the standard library, defensively."""

from __future__ import annotations

import http.client
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from reader.library.errors import ImportFailed

ALLOWED_CONTENT_TYPES = frozenset(
    {"text/html", "text/plain", "text/markdown", "text/x-markdown", "application/xhtml+xml"}
)
USER_AGENT = "reader/0.1 (terminal article reader)"
_CHUNK = 64 * 1024
_REDIRECT_CODES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True)
class FetchResult:
    """The bytes of one fetched page and where they finally came from."""

    url: str
    final_url: str
    content_type: str  # full header value, e.g. "text/html; charset=utf-8"
    data: bytes

    @property
    def media_type(self) -> str:
        return self.content_type.split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        message = Message()
        message["content-type"] = self.content_type
        charset = message.get_content_charset()
        return charset if isinstance(charset, str) else None


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """Hand redirects back to us so we can count them, detect loops and check schemes."""

    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _check_scheme(url: str) -> None:
    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise ImportFailed(f"only http and https URLs can be fetched: {url}")


def fetch_url(
    url: str,
    *,
    timeout: float = 15.0,
    max_bytes: int = 10_000_000,
    max_redirects: int = 5,
) -> FetchResult:
    """Fetch a page; every failure raises ImportFailed with a one-line message naming the URL."""
    _check_scheme(url)
    deadline = time.monotonic() + timeout
    current = url
    seen = {url}
    for _ in range(max_redirects + 1):
        location, content_type, data = _fetch_once(current, timeout, deadline, max_bytes)
        if location is None:
            return FetchResult(url=url, final_url=current, content_type=content_type, data=data)
        target = urljoin(current, location)
        _check_scheme(target)
        if target in seen:
            raise ImportFailed(f"redirect loop: {url}")
        seen.add(target)
        current = target
    raise ImportFailed(f"too many redirects (more than {max_redirects}): {url}")


def _fetch_once(
    url: str, timeout: float, deadline: float, max_bytes: int
) -> tuple[str | None, str, bytes]:
    """One request: (redirect location or None, content type, body)."""
    request = urllib.request.Request(
        url,
        headers={
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
        },
    )
    try:
        # Built per call so proxy settings from the environment are read when fetching.
        opener = urllib.request.build_opener(_NoRedirects())
        with opener.open(request, timeout=_remaining(deadline, timeout, url)) as response:
            return None, *_read_checked(response, url, timeout, deadline, max_bytes)
    except urllib.error.HTTPError as error:
        location = error.headers.get("Location") if error.headers else None
        error.close()
        if error.code in _REDIRECT_CODES and location:
            return location, "", b""
        raise ImportFailed(f"HTTP {error.code} {error.reason}: {url}") from error
    except urllib.error.URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise ImportFailed(f"timed out after {timeout:g} s: {url}") from error
        raise ImportFailed(f"cannot reach {url}: {error.reason}") from error
    except TimeoutError as error:
        raise ImportFailed(f"timed out after {timeout:g} s: {url}") from error
    except (http.client.HTTPException, OSError, ValueError) as error:
        raise ImportFailed(f"fetch failed ({type(error).__name__}): {url}") from error


def _remaining(deadline: float, timeout: float, url: str) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise ImportFailed(f"timed out after {timeout:g} s: {url}")
    return left


def _read_checked(
    response: http.client.HTTPResponse, url: str, timeout: float, deadline: float, max_bytes: int
) -> tuple[str, bytes]:
    content_type = response.headers.get("Content-Type", "") or ""
    media_type = content_type.split(";", 1)[0].strip().lower()
    if media_type not in ALLOWED_CONTENT_TYPES:
        shown = media_type or "none"
        raise ImportFailed(f"not an article (content type {shown}): {url}")
    declared = response.headers.get("Content-Length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise ImportFailed(f"too large ({int(declared):,} bytes, limit {max_bytes:,}): {url}")
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            raise ImportFailed(f"too large (over {max_bytes:,} bytes): {url}")
        # A server trickling bytes must not outlive the overall timeout.
        _remaining(deadline, timeout, url)
        chunks.append(chunk)
    return content_type, b"".join(chunks)
