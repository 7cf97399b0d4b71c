"""The connection layer under the HTTP source: dial only addresses already checked, and only until the deadline.

httpx resolves and connects by itself; `PinnedTransport` replaces that with an httpcore pool whose network backend
looks the URL's host up in `pins` (filled by the SSRF check) and connects to those addresses, never resolving a
name a second time, so a DNS answer that changes after the check (rebinding) cannot move the connection. Every
connect, TLS handshake, read and write is given at most the time left on the fetch's `Deadline`.
"""

from __future__ import annotations

import ssl
import time
from collections.abc import Iterable, Iterator

import httpcore
import httpx

from pipeline.sources.base import Deadline, FetchError, clip


def host_key(host: str | bytes) -> str:
    """The form a host name is pinned under: text, without IPv6 brackets, lower case."""
    if isinstance(host, bytes):
        host = host.decode("ascii")
    return host.strip("[]").lower()


class _DeadlineStream(httpcore.NetworkStream):
    """A connection whose every read, write and TLS handshake waits at most until the fetch's deadline.

    httpx's read timeout restarts with each byte received; here each socket operation gets
    `min(its own timeout, time left)`, so a server trickling one byte per second is cut off at the deadline.
    """

    def __init__(self, inner: httpcore.NetworkStream, deadline: Deadline) -> None:
        self._inner = inner
        self._deadline = deadline

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        try:
            return self._inner.read(max_bytes, self._deadline.clamp(timeout, "response"))
        except httpcore.ReadTimeout:
            if self._deadline.expired:
                raise self._deadline.error("response") from None
            raise

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        try:
            self._inner.write(buffer, self._deadline.clamp(timeout, "request"))
        except httpcore.WriteTimeout:
            if self._deadline.expired:
                raise self._deadline.error("request") from None
            raise

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: ssl.SSLContext, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        try:
            inner = self._inner.start_tls(ssl_context, server_hostname, self._deadline.clamp(timeout, "TLS handshake"))
        except httpcore.ConnectTimeout:
            if self._deadline.expired:
                raise self._deadline.error("TLS handshake") from None
            raise
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class _PinnedBackend(httpcore.NetworkBackend):
    """Dials only the addresses that were resolved and checked for a host, never the name itself.

    httpcore passes the URL's host name; it is looked up in `pins` (filled by the SSRF check) and the socket is
    opened to those IP addresses. The URL keeps the name, so the Host header, TLS SNI and certificate check still
    use it. A host that was not checked is refused: there is no code path that resolves a name a second time.
    """

    def __init__(self, pins: dict[str, tuple[str, ...]], deadline: Deadline) -> None:
        self._pins = pins
        self._deadline = deadline
        self._inner = httpcore.SyncBackend()

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        addresses = self._pins.get(host_key(host))
        if not addresses:
            raise FetchError("private_address", f"{clip(host)} was not checked before connecting", unsafe=True)
        failure: Exception | None = None
        for address in addresses:
            try:
                stream = self._inner.connect_tcp(
                    address, port, self._deadline.clamp(timeout, "connect"), local_address, socket_options
                )
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                if self._deadline.expired:
                    raise self._deadline.error("connect") from exc
                failure = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        assert failure is not None
        raise failure

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("feeds are never fetched over unix sockets")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


class _CoreBody(httpx.SyncByteStream):
    def __init__(self, response: httpcore.Response) -> None:
        self._response = response

    def __iter__(self) -> Iterator[bytes]:
        yield from self._response.stream  # type: ignore[misc]  # a sync pool's stream is Iterable[bytes]

    def close(self) -> None:
        self._response.close()


class PinnedTransport(httpx.BaseTransport):
    """httpx transport over an httpcore pool that uses `_PinnedBackend` (the same mapping as httpx.HTTPTransport)."""

    def __init__(self, pins: dict[str, tuple[str, ...]], deadline: Deadline, ssl_context: ssl.SSLContext) -> None:
        self._pool = httpcore.ConnectionPool(
            ssl_context=ssl_context, network_backend=_PinnedBackend(pins, deadline), retries=0
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        response = self._pool.handle_request(
            httpcore.Request(
                method=request.method,
                url=httpcore.URL(
                    scheme=request.url.raw_scheme,
                    host=request.url.raw_host,
                    port=request.url.port,
                    target=request.url.raw_path,
                ),
                headers=request.headers.raw,
                content=request.stream,
                extensions=request.extensions,
            )
        )
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_CoreBody(response),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()
