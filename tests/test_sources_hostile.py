"""Hostile servers and files against the fetchers: bombs, trickles, SSRF redirects, DNS rebinding, special files.

Everything runs against real servers on 127.0.0.1. Test host names (`news.test`, `metadata.test` …) are answered by
a stub resolver (tests/support/loopback.py); the suite-wide connect guard in conftest.py fails any test that tries
to reach a non-loopback address, so "refused before connecting" is checked, not assumed.
"""

from __future__ import annotations

import gzip
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlparse

import pytest

from pipeline.config import Feed
from pipeline.sources.addresses import address_refusal
from pipeline.sources.base import MAX_BODY_BYTES, MESSAGE_CHARS, FetchResult, Validators, clip
from pipeline.sources.files import FileFeedSource
from pipeline.sources.http import ACCEPT_ENCODING, HttpFeedSource

from .conftest import DATA, respond
from .support.loopback import ScriptedServer, read_request, rebinding, scripted_server, stub_resolver, trickle

RSS = (DATA / "good.rss").read_bytes()
ROOT = Path(__file__).resolve().parent.parent
DEADLINE_S = 2.0
SLACK_S = 1.0  # thread start-up and scheduling on a loaded 2-core CI box
SERVER_LIMIT_S = DEADLINE_S + 3  # stalling servers give up by then, so a regression fails instead of hanging
CAP = 1_000_000  # in-process tests; the memory test uses the real MAX_BODY_BYTES
GIB = 1 << 30

TEST_HOSTS = {
    "news.test": "127.0.0.1",
    "tls.test": "127.0.0.1",
    "slow.test": "127.0.0.1",
    "metadata.test": "169.254.169.254",
    "metadata6.test": "fd00:ec2::254",
    "mapped.test": "::ffff:169.254.169.254",
    "nat64.test": "64:ff9b::a9fe:a9fe",
    "internal.test": "10.0.0.5",
    "mixed.test": ["127.0.0.1", "169.254.169.254"],
}


# --- bombs, built without ever holding the expanded bytes ------------------------------------------------------

_SEGMENT = 1 << 20


def _zero_segment() -> bytes:
    """Raw deflate blocks for 1 MiB of zeros ending in a full flush, so copies can be concatenated."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(bytes(_SEGMENT)) + compressor.flush(zlib.Z_FULL_FLUSH)


def raw_deflate_zeros(size: int) -> bytes:
    return _zero_segment() * (size // _SEGMENT) + b"\x03\x00"  # + an empty final block


def gzip_zeros(size: int) -> bytes:
    """A gzip member inflating to `size` zero bytes (~1/1000 of that on the wire); the CRC is never reached."""
    return b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x02\xff" + raw_deflate_zeros(size) + struct.pack("<II", 0, size % 2**32)


def zlib_zeros(size: int) -> bytes:
    return b"\x78\xda" + raw_deflate_zeros(size) + b"\0\0\0\0"


def raw_deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
    return compressor.compress(data) + compressor.flush()


def fetch(url: str, *, allow_private: bool = True, **options) -> FetchResult:
    return HttpFeedSource(**options).fetch(Feed(name="hostile", url=url, allow_private=allow_private), Validators())


def port_of(base: str) -> int:
    port = urlparse(base).port
    assert port is not None
    return port


# --- content codings -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("gzip", gzip.compress(RSS)),
        ("x-gzip", gzip.compress(RSS)),
        ("GZIP", gzip.compress(RSS)),
        ("gzip, identity", gzip.compress(RSS)),
        ("gzip", gzip.compress(RSS[:500]) + gzip.compress(RSS[500:])),  # two members (RFC 1952)
        ("deflate", zlib.compress(RSS)),
        ("deflate", raw_deflate(RSS)),  # what many servers actually send as "deflate"
        ("identity", RSS),
        (None, RSS),
    ],
    ids=[
        "gzip",
        "x-gzip",
        "upper-case",
        "with-identity",
        "multi-member",
        "deflate-zlib",
        "deflate-raw",
        "identity",
        "none",
    ],
)
def test_supported_codings_are_decoded(http_server, coding: str | None, body: bytes) -> None:
    base, routes = http_server
    seen: list[str | None] = []

    def route(request: BaseHTTPRequestHandler) -> None:
        seen.append(request.headers.get("Accept-Encoding"))
        respond(200, body, headers={"Content-Encoding": coding} if coding else {})(request)

    routes["/feed"] = route
    result = fetch(base + "/feed")
    assert (result.status, result.error_kind) == ("fetched", None)
    assert result.body == RSS
    assert seen == [ACCEPT_ENCODING] == ["gzip, deflate"]


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("br", RSS),
        ("compress", RSS),
        ("zstd", RSS),
        ("gzip, gzip", gzip.compress(gzip.compress(RSS))),
        ("deflate, gzip", gzip.compress(zlib.compress(RSS))),
        ("gzip", b"this is not gzip at all, just text pretending"),
        ("x" * 5000, RSS),
    ],
    ids=["br", "compress", "zstd", "gzip-gzip", "deflate-gzip", "corrupt-gzip", "huge-header"],
)
def test_unknown_stacked_or_corrupt_codings_fail(http_server, coding: str, body: bytes) -> None:
    base, routes = http_server
    routes["/feed"] = respond(200, body, headers={"Content-Encoding": coding})
    result = fetch(base + "/feed")
    assert (result.status, result.error_kind) == ("failed", "bad_encoding")
    assert result.error and len(result.error) <= MESSAGE_CHARS


@pytest.mark.parametrize(
    ("coding", "body"),
    [
        ("gzip", gzip_zeros(GIB)),
        ("deflate", zlib_zeros(GIB)),
        ("deflate", raw_deflate_zeros(GIB)),
        ("gzip", gzip.compress(bytes(400_000)) * 5),  # each member is small, together they pass the cap
    ],
    ids=["gzip-1GiB", "deflate-zlib-1GiB", "deflate-raw-1GiB", "many-small-members"],
)
def test_decompression_bombs_stop_at_the_cap(http_server, coding: str, body: bytes) -> None:
    base, routes = http_server
    routes["/bomb"] = respond(200, body, headers={"Content-Encoding": coding})
    started = time.monotonic()
    result = fetch(base + "/bomb", max_bytes=CAP)
    assert (result.status, result.error_kind) == ("failed", "too_large")
    assert len(body) < CAP * 2 and time.monotonic() - started < 2


_CHILD = """
import resource, sys
from tests.support.loopback import ConnectGuard
ConnectGuard().install()
from pipeline.config import Feed
from pipeline.sources.base import Validators
from pipeline.sources.http import HttpFeedSource
result = HttpFeedSource().fetch(Feed(name="child", url=sys.argv[1], allow_private=True), Validators())
scale = 1 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
print(result.status, result.error_kind, len(result.body), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale)
"""


def fetch_in_child(url: str) -> tuple[str, str, int, int]:
    """Fetch in a fresh interpreter; return its status, error kind, body length and peak RSS in bytes.

    The child is started by a small shell that forks it: Linux carries the pre-exec address space's high-water mark
    into ru_maxrss, so a child spawned straight from pytest would report pytest's own size (~150 MiB) instead.
    """
    done = subprocess.run(
        ["/bin/sh", "-c", '"$0" "$@"; exit $?', sys.executable, "-c", _CHILD, url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    status, kind, length, peak = done.stdout.split()
    return status, kind, int(length), int(peak)


@pytest.mark.skipif(not Path("/bin/sh").exists() or sys.platform == "win32", reason="POSIX peak-RSS measurement")
@pytest.mark.parametrize(
    ("coding", "body", "kind"),
    [
        # the known case: two gzip layers, ~10 KB on the wire, 4.4 GB expanded (refused: one coding at most)
        ("gzip, gzip", gzip.compress(gzip_zeros(4_400_000_000), 9), "bad_encoding"),
        ("gzip", gzip_zeros(GIB), "too_large"),  # one layer, ~1 MB on the wire, 1 GiB expanded
    ],
    ids=["gzip-gzip-4.4GB", "gzip-1GiB"],
)
def test_bomb_peak_memory_stays_under_twice_the_cap(http_server, coding: str, body: bytes, kind: str) -> None:
    base, routes = http_server
    routes["/small"] = respond(200, gzip.compress(RSS), headers={"Content-Encoding": "gzip"})
    routes["/bomb"] = respond(200, body, headers={"Content-Encoding": coding})
    *baseline_result, baseline = fetch_in_child(base + "/small")
    assert baseline_result == ["fetched", "None", len(RSS)]
    status, error_kind, _length, peak = fetch_in_child(base + "/bomb")
    assert (status, error_kind) == ("failed", kind)
    print(
        f"\n{coding}: {len(body)} B on the wire; peak RSS {peak / 2**20:.1f} MiB, baseline {baseline / 2**20:.1f} MiB"
    )
    assert peak < baseline + 2 * MAX_BODY_BYTES


# --- one deadline for the whole exchange ----------------------------------------------------------------------


def _trickled_headers(connection: socket.socket, server: ScriptedServer) -> None:
    server.received.append(read_request(connection))
    trickle(
        connection,
        server,
        b"HTTP/1.1 200 OK\r\nContent-Type: application/rss+xml\r\n" + b"X: y\r\n" * 100,
        1.0,
        SERVER_LIMIT_S,
    )


def _trickled_body(connection: socket.socket, server: ScriptedServer) -> None:
    server.received.append(read_request(connection))
    connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n")
    trickle(connection, server, b"<" * 100_000, 0.25, SERVER_LIMIT_S)


def _stalled_tls(connection: socket.socket, server: ScriptedServer) -> None:
    server.received.append(read_request(connection))  # the ClientHello; then nothing, ever
    server.pause(SERVER_LIMIT_S)


@pytest.mark.parametrize(
    ("script", "scheme", "host"),
    [
        (_trickled_headers, "http", "slow.test"),
        (_trickled_body, "http", "slow.test"),
        (_stalled_tls, "https", "tls.test"),
        (None, "http", "stuck.test"),  # the resolver never answers
    ],
    ids=["headers-1-byte-per-s", "body-trickle", "tls-handshake-stall", "dns-stall"],
)
def test_one_deadline_covers_the_whole_exchange(monkeypatch, script, scheme: str, host: str) -> None:
    release = threading.Event()
    answers: dict[str, object] = {**TEST_HOSTS, "stuck.test": lambda: [release.wait(SERVER_LIMIT_S), "127.0.0.1"][1]}
    stub_resolver(monkeypatch, answers)
    try:
        with scripted_server(script or (lambda connection, server: None)) as server:
            started = time.monotonic()
            result = fetch(server.url("/rss", host=host, scheme=scheme), deadline_s=DEADLINE_S)
            elapsed = time.monotonic() - started
    finally:
        release.set()
    assert (result.status, result.error_kind) == ("failed", "timeout"), result.error
    assert DEADLINE_S - 0.1 <= elapsed < DEADLINE_S + SLACK_S
    if script is _stalled_tls:  # pinned to 127.0.0.1, yet SNI still names the host
        assert server.connections == 1 and b"tls.test" in server.received[0]
    if script is _trickled_headers:
        assert b"Host: slow.test:" in server.received[0]


# --- private addresses, redirects, rebinding ------------------------------------------------------------------


@pytest.mark.parametrize(
    "target",
    [
        "http://metadata.test/latest/meta-data/",
        "http://169.254.169.254/latest/meta-data/",
        "http://[fd00:ec2::254]/latest/meta-data/",
        "http://[::ffff:169.254.169.254]/",
        "http://mapped.test/",
        "http://nat64.test/",
        "http://internal.test/admin",
        "http://127.0.0.1:{port}/feed",  # loopback, but not the configured host name
    ],
)
def test_redirect_off_the_configured_host_is_checked_without_allow_private(http_server, monkeypatch, target) -> None:
    base, routes = http_server
    port = port_of(base)
    stub_resolver(monkeypatch, TEST_HOSTS)
    routes["/start"] = respond(302, headers={"Location": target.format(port=port)})
    routes["/feed"] = respond(200, RSS)
    result = fetch(f"http://news.test:{port}/start")
    assert (result.status, result.error_kind) == ("unsafe", "private_address"), result.error
    # no connection was attempted: the conftest guard would have failed this test


@pytest.mark.parametrize(
    ("url", "allow_private"),
    [
        ("http://metadata.test/latest/meta-data/", True),
        ("http://169.254.169.254/latest/meta-data/", True),
        ("http://metadata6.test/", True),
        ("http://[fe80::1]/", True),
        ("http://mapped.test/", True),
        ("http://nat64.test/", True),
        ("http://mixed.test/", True),  # one bad answer is enough
        ("http://internal.test/", False),
        ("http://news.test/", False),
    ],
)
def test_configured_host_policy(monkeypatch, url: str, allow_private: bool) -> None:
    stub_resolver(monkeypatch, TEST_HOSTS)
    result = fetch(url, allow_private=allow_private)
    assert (result.status, result.error_kind) == ("unsafe", "private_address"), result.error


def test_redirect_within_the_configured_host_keeps_allow_private(http_server, monkeypatch) -> None:
    base, routes = http_server
    port = port_of(base)
    resolver = stub_resolver(monkeypatch, TEST_HOSTS)
    routes["/old"] = respond(301, headers={"Location": "/feed"})
    routes["/feed"] = respond(200, RSS)
    result = fetch(f"http://news.test:{port}/old")
    assert (result.status, result.body) == ("fetched", RSS)
    assert resolver.lookups == ["news.test"]


def test_redirect_to_another_scheme_is_refused(http_server) -> None:
    base, routes = http_server
    routes["/start"] = respond(302, headers={"Location": "file:///etc/passwd"})
    result = fetch(base + "/start")
    assert (result.status, result.error_kind) == ("failed", "bad_redirect")


def test_rebinding_cannot_move_the_connection(http_server, monkeypatch) -> None:
    """The name answers 127.0.0.1 when checked and a public address afterwards: the connection stays pinned."""
    base, routes = http_server
    port = port_of(base)
    hosts: list[str] = []

    def feed(request: BaseHTTPRequestHandler) -> None:
        hosts.append(request.headers["Host"])
        respond(200, RSS)(request)

    routes["/start"] = respond(302, headers={"Location": "/feed"})  # a second hop: another chance to re-resolve
    routes["/feed"] = feed
    resolver = stub_resolver(monkeypatch, {"rebind.test": rebinding("127.0.0.1", "93.184.216.34")})
    result = fetch(f"http://rebind.test:{port}/start")
    assert (result.status, result.body) == ("fetched", RSS)
    assert hosts == [f"rebind.test:{port}"]  # the Host header keeps the name
    assert resolver.lookups == ["rebind.test"]  # resolved once; a connect to 93.184.216.34 would fail the guard


@pytest.mark.parametrize(
    ("address", "allow_private", "refused"),
    [
        ("127.0.0.1", True, False),
        ("::1", True, False),
        ("10.1.2.3", True, False),
        ("100.64.1.1", True, False),
        ("93.184.216.34", False, False),
        ("127.0.0.1", False, True),
        ("169.254.169.254", True, True),
        ("fd00:ec2::254", True, True),
        ("fe80::1", True, True),
        ("::ffff:169.254.169.254", True, True),
        ("64:ff9b::a9fe:a9fe", False, True),
        ("2002:a9fe:a9fe::1", False, True),  # 6to4 wrapping 169.254.169.254
        ("100.100.100.200", True, True),
        ("0.0.0.0", True, True),
        ("224.0.0.1", True, True),
        ("not an address", True, True),
    ],
)
def test_address_policy(address: str, allow_private: bool, refused: bool) -> None:
    assert (address_refusal(address, allow_private) is not None) is refused


# --- files ------------------------------------------------------------------------------------------------------


@pytest.fixture
def short_dir() -> Iterator[Path]:
    """A directory with a short path: unix socket names are limited to ~100 bytes."""
    path = Path(tempfile.mkdtemp(prefix="nt-"))
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)


def _fifo(directory: Path) -> Path:
    os.mkfifo(directory / "feed.xml")
    return directory / "feed.xml"


def _symlink_to_fifo(directory: Path) -> Path:
    (directory / "link.xml").symlink_to(_fifo(directory))
    return directory / "link.xml"


def _unix_socket(directory: Path) -> Path:
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(directory / "s.xml"))
    listener.close()  # the socket file stays
    return directory / "s.xml"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX special files")
@pytest.mark.parametrize(
    "make",
    [_fifo, _symlink_to_fifo, lambda directory: Path("/dev/zero"), _unix_socket, lambda directory: directory],
    ids=["fifo", "symlink-to-fifo", "char-device", "unix-socket", "directory"],
)
def test_special_files_are_refused_before_opening(short_dir: Path, make: Callable[[Path], Path]) -> None:
    path = make(short_dir)
    started = time.monotonic()
    result = FileFeedSource(deadline_s=DEADLINE_S).fetch(Feed(name="special", url=path.as_uri()), Validators())
    assert (result.status, result.error_kind) == ("failed", "not_a_file"), result.error
    assert time.monotonic() - started < 0.5  # refused, not timed out: a FIFO without a writer is never opened


def test_hung_file_read_is_stopped_by_the_deadline(monkeypatch, tmp_path: Path) -> None:
    release = threading.Event()
    monkeypatch.setattr(
        "pipeline.sources.files._read_regular_file", lambda path, max_bytes: release.wait(SERVER_LIMIT_S) and b""
    )
    (tmp_path / "feed.xml").write_bytes(RSS)
    started = time.monotonic()
    try:
        result = FileFeedSource(deadline_s=0.5).fetch(
            Feed(name="nfs", url=(tmp_path / "feed.xml").as_uri()), Validators()
        )
    finally:
        release.set()
    assert (result.status, result.error_kind) == ("failed", "timeout")
    assert 0.4 <= time.monotonic() - started < 0.5 + SLACK_S


def test_regular_files_still_read_under_the_cap(tmp_path: Path) -> None:
    (tmp_path / "exact.xml").write_bytes(b"x" * 1000)
    source = FileFeedSource(max_bytes=1000)
    exact = source.fetch(Feed(name="exact", url=(tmp_path / "exact.xml").as_uri()), Validators())
    assert (exact.status, len(exact.body)) == ("fetched", 1000)
    (tmp_path / "over.xml").write_bytes(b"x" * 1001)
    assert source.fetch(Feed(name="over", url=(tmp_path / "over.xml").as_uri()), Validators()).error_kind == "too_large"


# --- messages -------------------------------------------------------------------------------------------------


def test_messages_cut_long_values(tmp_path: Path) -> None:
    assert clip("a" * 1000) == "a" * 199 + "…" and clip("short") == "short"
    missing = tmp_path / ("d" * 200) / ("f" * 200 + ".xml")
    result = FileFeedSource().fetch(Feed(name="long", url=missing.as_uri()), Validators())
    assert result.error_kind == "unreachable" and "…" in result.error and len(result.error) < 300
