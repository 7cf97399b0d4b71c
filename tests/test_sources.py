"""Fetching: conditional GET, caps, deadlines and internal-address refusal, against a real local server."""

from __future__ import annotations

import gzip
import socket
import time
from http.server import BaseHTTPRequestHandler

import httpx
import pytest

from pipeline.config import Feed
from pipeline.sources.addresses import is_public_address
from pipeline.sources.base import USER_AGENT, Validators
from pipeline.sources.files import FileFeedSource
from pipeline.sources.http import HttpFeedSource
from pipeline.sources.routing import RoutingSource

from .conftest import DATA, respond

RSS = (DATA / "good.rss").read_bytes()


def local_feed(base: str, path: str) -> Feed:
    return Feed(name=f"local{path}", url=base + path, allow_private=True)


def test_conditional_get_sends_validators_and_understands_304(http_server) -> None:
    base, routes = http_server
    seen: list[dict[str, str]] = []

    def etagged(request: BaseHTTPRequestHandler) -> None:
        seen.append(dict(request.headers))
        if request.headers.get("If-None-Match") == '"v1"':
            request.send_response(304)
            request.end_headers()
            return
        respond(200, RSS, headers={"ETag": '"v1"', "Last-Modified": "Tue, 05 Nov 2024 10:00:00 GMT"})(request)

    routes["/feed"] = etagged
    source, feed = HttpFeedSource(), local_feed(base, "/feed")

    first = source.fetch(feed, Validators())
    assert first.status == "fetched" and first.body == RSS
    assert first.validators == Validators('"v1"', "Tue, 05 Nov 2024 10:00:00 GMT")
    second = source.fetch(feed, first.validators)
    assert second.status == "not_modified" and second.body == b""
    assert seen[1]["If-None-Match"] == '"v1"' and seen[1]["If-Modified-Since"] == "Tue, 05 Nov 2024 10:00:00 GMT"
    assert seen[0]["User-Agent"] == USER_AGENT


def test_http_errors_are_recorded_not_raised(http_server) -> None:
    base, routes = http_server
    routes["/boom"] = respond(500, b"oops")
    result = HttpFeedSource().fetch(local_feed(base, "/boom"), Validators())
    assert (result.status, result.error_kind, result.http_status) == ("failed", "http_error", 500)
    missing = HttpFeedSource().fetch(local_feed(base, "/nowhere"), Validators())
    assert (missing.status, missing.http_status) == ("failed", 404)


def test_body_over_the_cap_is_cut_off_while_streaming(http_server) -> None:
    base, routes = http_server

    def endless(request: BaseHTTPRequestHandler) -> None:  # no Content-Length: the cap must act mid-stream
        request.send_response(200)
        request.end_headers()
        for _ in range(200):
            request.wfile.write(b"x" * 10_000)

    routes["/huge"] = endless
    result = HttpFeedSource(max_bytes=50_000).fetch(local_feed(base, "/huge"), Validators())
    assert (result.status, result.error_kind) == ("failed", "too_large")


def test_gzip_bomb_counts_decompressed_bytes(http_server) -> None:
    base, routes = http_server
    bomb = gzip.compress(b"\0" * 5_000_000)
    routes["/gz"] = respond(200, bomb, headers={"Content-Encoding": "gzip"})
    result = HttpFeedSource(max_bytes=1_000_000).fetch(local_feed(base, "/gz"), Validators())
    assert result.error_kind == "too_large" and len(bomb) < 1_000_000


def test_trickling_server_is_stopped_by_the_total_deadline(http_server) -> None:
    base, routes = http_server

    def trickle(request: BaseHTTPRequestHandler) -> None:
        request.send_response(200)
        request.end_headers()
        try:
            for _ in range(40):
                request.wfile.write(b"<")
                request.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass

    routes["/slow"] = trickle
    started = time.monotonic()
    result = HttpFeedSource(deadline_s=0.5).fetch(local_feed(base, "/slow"), Validators())
    assert result.error_kind == "timeout"
    assert time.monotonic() - started < 3


def test_read_timeout(http_server) -> None:
    base, routes = http_server
    routes["/stall"] = lambda request: time.sleep(2)
    source = HttpFeedSource(timeout=httpx.Timeout(0.3))
    assert source.fetch(local_feed(base, "/stall"), Validators()).error_kind == "timeout"


def test_unreachable_host_is_a_failure() -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = HttpFeedSource().fetch(
        Feed(name="gone", url=f"http://127.0.0.1:{port}/rss", allow_private=True), Validators()
    )
    assert (result.status, result.error_kind) == ("failed", "unreachable")


def test_internal_addresses_are_refused_unless_allowed(http_server) -> None:
    base, routes = http_server
    routes["/feed"] = respond(200, RSS)
    untrusted = HttpFeedSource().fetch(Feed(name="sneaky", url=base + "/feed"), Validators())
    assert (untrusted.status, untrusted.error_kind) == ("unsafe", "private_address")
    trusted = HttpFeedSource().fetch(local_feed(base, "/feed"), Validators())
    assert trusted.status == "fetched"


def test_redirect_to_an_internal_address_is_refused(http_server) -> None:
    base, _routes = http_server

    def public_hop(request: httpx.Request) -> httpx.Response:  # the "public" server answers with a redirect inward
        return httpx.Response(302, headers={"Location": base + "/feed"})

    dns = {"news.example.com": ["93.184.216.34"], "127.0.0.1": ["127.0.0.1"]}
    source = HttpFeedSource(transport=httpx.MockTransport(public_hop), resolve=lambda host, port: dns[host])
    result = source.fetch(Feed(name="redirector", url="https://news.example.com/rss"), Validators())
    assert (result.status, result.error_kind) == ("unsafe", "private_address")
    assert "127.0.0.1" in result.error


@pytest.mark.parametrize(
    "address", ["10.1.2.3", "192.168.0.10", "169.254.169.254", "::1", "fd00::1", "224.0.0.1", "0.0.0.0"]
)
def test_internal_address_ranges(address: str) -> None:
    assert not is_public_address(address)


def test_public_addresses_pass() -> None:
    assert is_public_address("93.184.216.34") and is_public_address("2606:2800:220:1::1")


def test_recorded_files_go_through_the_same_result_type(tmp_path) -> None:
    source = RoutingSource()
    ok = source.fetch(Feed(name="file", url=(DATA / "good.rss").as_uri()), Validators())
    assert ok.status == "fetched" and ok.body == RSS
    missing = source.fetch(Feed(name="nofile", url=(tmp_path / "absent.xml").as_uri()), Validators())
    assert (missing.status, missing.error_kind) == ("failed", "unreachable")
    big = tmp_path / "big.xml"
    big.write_bytes(b"x" * 2000)
    assert (
        FileFeedSource(max_bytes=1000).fetch(Feed(name="big", url=big.as_uri()), Validators()).error_kind == "too_large"
    )
