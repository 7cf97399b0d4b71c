"""Each hostile feed of the issue "Hostile inputs, round two", run through the daily job next to a good feed.

One row per case: a real HTTP server on 127.0.0.1 serves the hostile feed; a recorded good feed sits beside it.
Each row asserts the status recorded for the hostile feed, that the good feed is still stored, and that the run
finished. (Peak memory of the decompression bombs is measured in a child process in test_sources_hostile.py.)
"""

from __future__ import annotations

import gzip
import time
from collections.abc import Callable
from datetime import date
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import duckdb
import pytest

from pipeline.config import load_feeds
from pipeline.jobs import run_daily
from pipeline.sources.http import HttpFeedSource
from pipeline.sources.routing import RoutingSource

from .conftest import DATA, components, respond

DEADLINE_S = 2.0
RSS = '<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel><title>h</title>{items}</channel></rss>'
ITEM = "<item><title>{title}</title><guid>{guid}</guid><pubDate>Tue, 12 Nov 2024 10:00:00 +0000</pubDate><description>{text}</description></item>"


def _rss(items: str, encoding: str = "utf-8") -> str:
    return RSS.format(encoding=encoding, items=items)


def _gzip_bomb() -> bytes:
    return gzip.compress(gzip.compress(b"<rss>" + b"\0" * 200_000_000, 9), 9)


def _trickled_headers(request: BaseHTTPRequestHandler) -> None:
    request.wfile.write(b"HTTP/1.1 200 OK\r\n")
    until = time.monotonic() + 3 * DEADLINE_S  # bounded: the server gives up even if the client never does
    for byte in b"X-Slow: " + b"a" * 1000:
        try:
            request.wfile.write(bytes([byte]))
            request.wfile.flush()
        except OSError:
            return
        if time.monotonic() > until:
            return
        time.sleep(0.2)


def _redirect_to_metadata(request: BaseHTTPRequestHandler) -> None:
    request.send_response(302)
    request.send_header("Location", "http://169.254.169.254/latest/meta-data/")
    request.send_header("Content-Length", "0")
    request.end_headers()


RUSSIAN = _rss(ITEM.format(title="Почти 182 тыс. дезертиров", guid="ru1", text="Источник: министерство обороны."))
MANY_ITEMS = _rss("".join(f"<item><title>Notice {n}</title><guid>n{n}</guid></item>" for n in range(100_000)))  # ~5 MB
LAUGHS = (
    '<?xml version="1.0" encoding="x-unknown-enc"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    '<rss version="2.0"><channel><title>&c;</title><item><title>&c;</title><guid>x</guid></item></channel></rss>'
)
UTF16 = _rss(ITEM.format(title="Hafen wieder offen", guid="u1", text="Der Hafen ist offen."), "utf-16")
BIDI = _rss(ITEM.format(title="Wire\u202e Europe\u0000 says 182,000", guid="b1", text="Text\u2066 here\u2069."))

Case = tuple[Callable[[BaseHTTPRequestHandler], None], str, str | None, Callable[[duckdb.DuckDBPyConnection], None]]


def _nothing(_con) -> None:
    pass


def _cyrillic_kept(con) -> None:
    assert con.execute("SELECT title FROM articles WHERE outlet = 'Hostile'").fetchone()[0].startswith("Почти 182")


def _newest_500_kept(con) -> None:
    assert con.execute("SELECT n_skipped FROM fetch_log WHERE outlet = 'Hostile'").fetchone()[0] == 99_500
    assert con.execute("SELECT count(*) FROM articles WHERE outlet = 'Hostile'").fetchone()[0] == 500


def _utf16_stored(con) -> None:
    assert con.execute("SELECT title FROM articles WHERE outlet = 'Hostile'").fetchone()[0] == "Hafen wieder offen"


def _bidi_removed(con) -> None:
    title, summary = con.execute("SELECT title, summary FROM articles WHERE outlet = 'Hostile'").fetchone()
    assert title == "Wire Europe says 182,000" and summary == "Text here."


CASES: dict[str, Case] = {
    "stacked gzip bomb": (
        respond(200, _gzip_bomb(), {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip, gzip"}),
        "failed",
        "bad_encoding",
        _nothing,
    ),
    "headers trickled 1 byte per 0.2 s": (_trickled_headers, "failed", "timeout", _nothing),
    "one invalid byte in a UTF-8 Russian feed": (
        respond(200, RUSSIAN.encode().replace("министерство".encode(), "министерство".encode()[:-1] + b"\xff")),
        "fetched",
        "encoding",
        _cyrillic_kept,
    ),
    "100,000 items": (respond(200, MANY_ITEMS.encode()), "fetched", "over_item_cap", _newest_500_kept),
    "billion laughs in an unknown encoding": (respond(200, LAUGHS.encode()), "unsafe", "xml_entities", _nothing),
    "billion laughs after a leading NUL": (respond(200, b"\0" + LAUGHS.encode()), "unsafe", "xml_entities", _nothing),
    "redirect to the metadata address": (_redirect_to_metadata, "unsafe", "private_address", _nothing),
    "UTF-16 with a BOM and no declaration": (
        respond(200, UTF16.split("?>", 1)[1].encode("utf-16")),
        "fetched",
        None,
        _utf16_stored,
    ),
    "bidi controls and NUL in titles": (respond(200, BIDI.encode()), "fetched", None, _bidi_removed),
}


@pytest.mark.parametrize("case", CASES)
def test_a_hostile_feed_is_recorded_and_the_good_one_still_lands(
    case: str, http_server, tmp_path: Path, write_feeds
) -> None:
    handler, status, error_kind, check = CASES[case]
    base, routes = http_server
    routes["/hostile"] = handler
    feeds = write_feeds(
        [
            {"name": "Harbour Gazette", "url": str(DATA / "good.rss")},
            {"name": "Hostile", "url": base + "/hostile", "allow_private": True},
        ]
    )
    source = RoutingSource(http=HttpFeedSource(deadline_s=DEADLINE_S))
    db = tmp_path / "w.duckdb"
    started = time.monotonic()
    run_daily(load_feeds(feeds), db, date(2024, 11, 12), str(feeds), components(source=source), analyse_too=False)
    assert time.monotonic() - started < 30
    con = duckdb.connect(str(db), read_only=True)
    try:
        assert con.execute("SELECT status, error_kind FROM fetch_log WHERE outlet = 'Hostile'").fetchone() == (
            status,
            error_kind,
        )
        assert con.execute("SELECT count(*) FROM articles WHERE outlet = 'Harbour Gazette'").fetchone()[0] == 2
        assert con.execute("SELECT finished_at IS NOT NULL FROM runs").fetchone()[0]
        check(con)
    finally:
        con.close()
