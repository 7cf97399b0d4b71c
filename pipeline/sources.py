"""Where feed bytes come from: live HTTP (polite, capped, conditional) or recorded files.

Both sources return a `FetchResult` and never raise for a bad feed: every failure becomes a status
and an `error_kind`, so one broken outlet cannot stop a run.
"""

from __future__ import annotations

import ipaddress
import logging
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Literal, Protocol
from urllib.parse import urlparse
from urllib.request import url2pathname

import httpx

from pipeline import __version__
from pipeline.config import Feed

LOGGER = logging.getLogger(__name__)

USER_AGENT = f"narrative-tracker/{__version__} (media monitoring; +https://github.com/narrative-tracker)"
MAX_BODY_BYTES = 10 * 1024 * 1024
CONNECT_TIMEOUT_S = 5.0
READ_TIMEOUT_S = 15.0
TOTAL_DEADLINE_S = 30.0
MAX_REDIRECTS = 5
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"

FetchStatus = Literal["fetched", "not_modified", "failed", "unsafe"]


@dataclass(frozen=True)
class Validators:
    """Conditional-GET state remembered per feed."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True)
class FetchResult:
    feed: Feed
    status: FetchStatus
    started_at: datetime
    duration_ms: float
    body: bytes = b""
    content_type: str | None = None
    http_status: int | None = None
    validators: Validators = field(default_factory=Validators)
    error_kind: str | None = None
    error: str | None = None


class FeedSource(Protocol):
    def fetch(self, feed: Feed, validators: Validators) -> FetchResult: ...


class FetchError(Exception):
    """A fetch failed for a known reason; `kind` is what the fetch log records."""

    def __init__(self, kind: str, message: str, *, unsafe: bool = False, http_status: int | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.unsafe = unsafe
        self.http_status = http_status


def _timed(feed: Feed, started: float, started_at: datetime, **fields) -> FetchResult:
    return FetchResult(feed=feed, started_at=started_at, duration_ms=(time.monotonic() - started) * 1000, **fields)


class FileFeedSource:
    """Recorded feeds on disk (`file://` URLs): the demo corpus, tests, air-gapped mirrors."""

    def __init__(self, max_bytes: int = MAX_BODY_BYTES) -> None:
        self.max_bytes = max_bytes

    def fetch(self, feed: Feed, validators: Validators) -> FetchResult:
        started, started_at = time.monotonic(), datetime.now(UTC)
        path = Path(url2pathname(urlparse(feed.url).path))
        try:
            with path.open("rb") as handle:
                body = handle.read(self.max_bytes + 1)
        except OSError as exc:
            LOGGER.warning("%s: cannot read %s: %s", feed.name, path, exc.strerror)
            return _timed(
                feed,
                started,
                started_at,
                status="failed",
                error_kind="unreachable",
                error=f"cannot read {path}: {exc.strerror}",
            )
        if len(body) > self.max_bytes:
            return _timed(
                feed,
                started,
                started_at,
                status="failed",
                error_kind="too_large",
                error=f"file larger than {self.max_bytes} bytes",
            )
        return _timed(feed, started, started_at, status="fetched", body=body)


class HttpFeedSource:
    """Live feeds over HTTP(S) with conditional GET, timeouts, a byte cap, a total deadline and SSRF checks."""

    def __init__(
        self,
        max_bytes: int = MAX_BODY_BYTES,
        deadline_s: float = TOTAL_DEADLINE_S,
        timeout: httpx.Timeout | None = None,
        transport: httpx.BaseTransport | None = None,
        resolve: Callable[[str, int], list[str]] | None = None,
    ) -> None:
        self.max_bytes = max_bytes
        self.resolve = resolve or resolve_host
        self.deadline_s = deadline_s
        self.timeout = timeout or httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S)
        self.transport = transport

    def fetch(self, feed: Feed, validators: Validators) -> FetchResult:
        started, started_at = time.monotonic(), datetime.now(UTC)
        try:
            response, body = self._get(feed, validators, deadline=started + self.deadline_s)
        except FetchError as exc:
            LOGGER.warning("%s: %s (%s)", feed.name, exc, exc.kind)
            status: FetchStatus = "unsafe" if exc.unsafe else "failed"
            return _timed(
                feed,
                started,
                started_at,
                status=status,
                http_status=exc.http_status,
                error_kind=exc.kind,
                error=str(exc),
            )
        new_validators = Validators(
            etag=response.headers.get("etag", validators.etag),
            last_modified=response.headers.get("last-modified", validators.last_modified),
        )
        status = "not_modified" if response.status_code == 304 else "fetched"
        return _timed(
            feed,
            started,
            started_at,
            status=status,
            body=body,
            http_status=response.status_code,
            content_type=response.headers.get("content-type"),
            validators=new_validators,
        )

    def _get(self, feed: Feed, validators: Validators, deadline: float) -> tuple[httpx.Response, bytes]:
        headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        hooks = {"request": [] if feed.allow_private else [self._refuse_internal_hosts]}
        try:
            with (
                httpx.Client(
                    timeout=self.timeout,
                    follow_redirects=True,
                    max_redirects=MAX_REDIRECTS,
                    event_hooks=hooks,
                    transport=self.transport,
                ) as client,
                client.stream("GET", feed.url, headers=headers) as response,
            ):
                if response.status_code >= 400:
                    raise FetchError("http_error", f"HTTP {response.status_code}", http_status=response.status_code)
                return response, self._read_capped(response, deadline)
        except httpx.TooManyRedirects as exc:
            raise FetchError("too_many_redirects", str(exc)) from exc
        except httpx.TimeoutException as exc:
            raise FetchError("timeout", f"timed out: {exc.__class__.__name__}") from exc
        except httpx.DecodingError as exc:
            raise FetchError("bad_encoding", f"cannot decode body: {exc}") from exc
        except httpx.HTTPError as exc:
            raise FetchError("unreachable", f"{exc.__class__.__name__}: {exc}") from exc

    def _refuse_internal_hosts(self, request: httpx.Request) -> None:
        """Event hook run for the first request and every redirect: refuse hosts that resolve to internal networks."""
        host = request.url.host
        for address in self.resolve(host, request.url.port or 443):
            if not is_public_address(address):
                raise FetchError("private_address", f"{host} resolves to non-public address {address}", unsafe=True)

    def _read_capped(self, response: httpx.Response, deadline: float) -> bytes:
        """Stream the (decompressed) body, stopping at the byte cap or the total deadline, not after download."""
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(
                "too_large",
                f"Content-Length {declared} exceeds {self.max_bytes} bytes",
                http_status=response.status_code,
            )
        chunks, size = [], 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError("too_large", f"body exceeds {self.max_bytes} bytes", http_status=response.status_code)
            if time.monotonic() > deadline:
                raise FetchError(
                    "timeout", f"body not complete within {self.deadline_s:.0f}s", http_status=response.status_code
                )
            chunks.append(chunk)
        return b"".join(chunks)


def resolve_host(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchError("unreachable", f"cannot resolve {host}: {exc.strerror}") from exc
    return [info[4][0] for info in infos]


def is_public_address(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return ip.is_global and not ip.is_multicast


class RoutingSource:
    """Picks the source by URL scheme, so one feed list can mix live and recorded feeds."""

    def __init__(self, http: FeedSource | None = None, files: FeedSource | None = None) -> None:
        self.http = http or HttpFeedSource()
        self.files = files or FileFeedSource()

    def fetch(self, feed: Feed, validators: Validators) -> FetchResult:
        return (self.http if feed.is_remote else self.files).fetch(feed, validators)
