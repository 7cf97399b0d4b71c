"""Live feeds over HTTP(S): conditional GET, hand-checked redirects, and a body bounded before and after decoding.

The source asks for `gzip, deflate` only, reads the *raw* bytes and inflates them itself in bounded steps, so neither
the wire bytes nor the decoded bytes can exceed `max_bytes` (stacked or unknown content codings are refused). Each
host, including every redirect target, is resolved once and checked (`addresses`) before anything connects to it,
and the connection goes to exactly those addresses under one deadline for the whole exchange (`pinning`).
"""

from __future__ import annotations

import ssl
import time
import zlib
from collections.abc import Callable
from datetime import UTC, datetime

import httpcore
import httpx

from pipeline.config import Feed
from pipeline.sources.addresses import address_refusal, resolve_host
from pipeline.sources.base import (
    CONNECT_TIMEOUT_S,
    MAX_BODY_BYTES,
    READ_TIMEOUT_S,
    TOTAL_DEADLINE_S,
    USER_AGENT,
    Deadline,
    FetchError,
    FetchResult,
    Validators,
    call_with_deadline,
    clip,
    failure,
    timed,
    unexpected,
)
from pipeline.sources.pinning import PinnedTransport, host_key

MAX_REDIRECTS = 5
ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
ACCEPT_ENCODING = "gzip, deflate"
"""The only content codings requested and accepted; anything else (or more than one) is `bad_encoding`."""
INFLATE_STEP_BYTES = 64 * 1024
"""Most decoded bytes produced per zlib call, so the cap is checked before a bomb can expand."""


def _content_coding(headers: httpx.Headers) -> str | None:
    """The response's single content coding (gzip or deflate), None for identity; anything else is refused."""
    codings = [coding.strip().lower() for value in headers.get_list("content-encoding") for coding in value.split(",")]
    codings = [coding for coding in codings if coding and coding != "identity"]
    if len(codings) > 1:
        raise FetchError("bad_encoding", f"stacked content codings refused: {clip(', '.join(codings))}")
    if not codings:
        return None
    coding = "gzip" if codings[0] == "x-gzip" else codings[0]
    if coding not in ("gzip", "deflate"):
        raise FetchError("bad_encoding", f"unsupported content coding {clip(coding)!r}")
    return coding


def _looks_like_zlib(data: bytes) -> bool:
    """RFC 1950 header (what `deflate` should be); servers that send raw RFC 1951 deflate are common too."""
    return data[0] & 0x0F == 8 and data[0] >> 4 <= 7 and ((data[0] << 8) | data[1]) % 31 == 0


class _BoundedBody:
    """Accumulates a response body, decoding gzip/deflate in steps that never produce more than the cap allows.

    `zlib.decompressobj.decompress(data, max_length)` returns at most `max_length` bytes and keeps the rest of the
    input in `unconsumed_tail`, so memory stays at `limit` plus one step however small the input was.
    """

    def __init__(self, coding: str | None, limit: int) -> None:
        self.coding = coding
        self.limit = limit
        self.body = bytearray()
        self._held = b""  # deflate: the first byte, until the zlib/raw choice can be made
        self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS) if coding == "gzip" else None

    def feed(self, data: bytes) -> None:
        if self.coding is None:
            self._append(data)
            return
        if self._inflater is None:  # deflate, first bytes
            data, self._held = self._held + data, b""
            if len(data) < 2:
                self._held = data
                return
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if _looks_like_zlib(data) else -zlib.MAX_WBITS)
        try:
            self._inflate(data)
        except zlib.error as exc:
            raise FetchError("bad_encoding", f"cannot decode {self.coding} body: {clip(exc)}") from exc

    def _inflate(self, data: bytes) -> None:
        inflater = self._inflater
        assert inflater is not None
        while True:
            if inflater.eof:  # end of a gzip member; another may follow (RFC 1952), zero padding is ignored
                data = inflater.unused_data + data
                if self.coding != "gzip" or not data.strip(b"\0"):
                    return
                inflater = self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
            step = min(INFLATE_STEP_BYTES, self.limit - len(self.body) + 1)
            piece = inflater.decompress(data, step)
            self._append(piece)
            data = inflater.unconsumed_tail  # input held back because the step was full
            if not inflater.eof and not data and len(piece) < step:
                return  # all input consumed and nothing pending inside zlib

    def _append(self, piece: bytes) -> None:
        if len(self.body) + len(piece) > self.limit:
            what = "decoded body" if self.coding else "body"
            raise FetchError("too_large", f"{what} exceeds {self.limit} bytes")
        self.body += piece


class HttpFeedSource:
    """Live feeds over HTTP(S): conditional GET, a byte cap, one total deadline, SSRF checks with pinned addresses.

    The deadline (`deadline_s`, default `TOTAL_DEADLINE_S`) covers the whole exchange including redirects:
    DNS runs in a worker thread the caller stops waiting for; every socket operation (connect, TLS handshake,
    each read and write) is given `min(its timeout, time left)` by `pinning.PinnedTransport`, so no
    thread is left behind and no byte-by-byte trickle can extend it. `transport` replaces the network entirely
    (tests); then the deadline is checked between body chunks only.
    """

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
        self._ssl_context: ssl.SSLContext | None = None

    def fetch(self, feed: Feed, validators: Validators) -> FetchResult:
        started, started_at = time.monotonic(), datetime.now(UTC)
        try:
            response, body = self._get(feed, validators, Deadline.start(self.deadline_s))
        except FetchError as exc:
            return failure(feed, started, started_at, exc)
        except Exception as exc:
            return unexpected(feed, started, started_at, exc)
        new_validators = Validators(
            etag=response.headers.get("etag", validators.etag),
            last_modified=response.headers.get("last-modified", validators.last_modified),
        )
        status = "not_modified" if response.status_code == 304 else "fetched"
        return timed(
            feed,
            started,
            started_at,
            status=status,
            body=body,
            http_status=response.status_code,
            content_type=response.headers.get("content-type"),
            validators=new_validators,
        )

    def _get(self, feed: Feed, validators: Validators, deadline: Deadline) -> tuple[httpx.Response, bytes]:
        headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT, "Accept-Encoding": ACCEPT_ENCODING}
        if validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        pins: dict[str, tuple[str, ...]] = {}
        try:
            transport = self.transport or PinnedTransport(pins, deadline, self._tls())
            # trust_env=False: no proxy from the environment may bypass the pinned connections
            with httpx.Client(timeout=self.timeout, transport=transport, trust_env=False) as client:
                request = client.build_request("GET", feed.url, headers=headers)
                response = self._send(client, request, feed, pins, deadline)
                try:
                    if response.status_code >= 400:
                        raise FetchError("http_error", f"HTTP {response.status_code}", http_status=response.status_code)
                    body = b"" if response.status_code == 304 else self._read_capped(response, deadline)
                    return response, body
                finally:
                    response.close()
        except FetchError:
            raise
        except (httpx.TimeoutException, httpcore.TimeoutException) as exc:
            raise FetchError("timeout", f"timed out: {exc.__class__.__name__}") from exc
        except httpx.DecodingError as exc:
            raise FetchError("bad_encoding", f"cannot decode body: {clip(exc)}") from exc
        except httpx.InvalidURL as exc:
            raise FetchError("bad_url", f"invalid URL: {clip(exc)}") from exc
        except (
            httpx.HTTPError,
            httpcore.NetworkError,
            httpcore.ProtocolError,
            httpcore.UnsupportedProtocol,
            httpcore.ProxyError,
        ) as exc:
            raise FetchError("unreachable", f"{exc.__class__.__name__}: {clip(exc)}") from exc

    def _send(
        self,
        client: httpx.Client,
        request: httpx.Request,
        feed: Feed,
        pins: dict[str, tuple[str, ...]],
        deadline: Deadline,
    ) -> httpx.Response:
        """Send, following redirects by hand so each hop is checked and pinned before anything connects.

        A redirect's body is never read (httpx would read it whole, decoded, with no cap).
        """
        configured_host = host_key(httpx.URL(feed.url).raw_host)
        for hop in range(MAX_REDIRECTS + 1):
            if request.url.scheme not in ("http", "https"):
                raise FetchError("bad_redirect", f"redirect to unsupported URL {clip(request.url)}")
            host = host_key(request.url.raw_host)
            if host not in pins:
                trusted = feed.allow_private and host == configured_host
                port = request.url.port or (443 if request.url.scheme == "https" else 80)
                pins[host] = self._check(host, port, trusted, deadline)
            response = client.send(request, stream=True)
            if not response.has_redirect_location:
                return response
            response.close()
            if hop == MAX_REDIRECTS:
                raise FetchError("too_many_redirects", f"more than {MAX_REDIRECTS} redirects")
            assert response.next_request is not None
            request = response.next_request
        raise AssertionError("unreachable")  # pragma: no cover

    def _check(self, host: str, port: int, trusted: bool, deadline: Deadline) -> tuple[str, ...]:
        """Resolve `host` once; refuse it if any answer is off limits; return the answers to pin the connection to.

        `trusted` (the outlet's configured host with `allow_private`) admits private and loopback answers; every
        other host, including any a redirect leads to, must resolve to public addresses only.
        """
        addresses = call_with_deadline(lambda: self.resolve(host, port), deadline, f"resolving {clip(host)}")
        if not addresses:
            raise FetchError("unreachable", f"{clip(host)} has no address")
        for address in addresses:
            reason = address_refusal(address, allow_private=trusted)
            if reason:
                raise FetchError(
                    "private_address", f"{clip(host)} resolves to {reason} address {clip(address)}", unsafe=True
                )
        return tuple(dict.fromkeys(addresses))

    def _tls(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            self._ssl_context = httpx.create_ssl_context()
        return self._ssl_context

    def _read_capped(self, response: httpx.Response, deadline: Deadline) -> bytes:
        """Stream the raw body, decoding it in bounded steps; stop at the byte cap or the deadline."""
        try:
            declared = response.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_bytes:
                raise FetchError("too_large", f"Content-Length {clip(declared)} exceeds {self.max_bytes} bytes")
            body = _BoundedBody(_content_coding(response.headers), self.max_bytes)
            received = 0
            for chunk in response.iter_raw():
                received += len(chunk)
                if received > self.max_bytes:
                    raise FetchError("too_large", f"body exceeds {self.max_bytes} bytes")
                body.feed(chunk)
                if deadline.expired:
                    raise deadline.error("body")
            return bytes(body.body)
        except FetchError as exc:
            exc.http_status = exc.http_status or response.status_code
            raise
