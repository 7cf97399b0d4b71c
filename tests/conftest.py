"""Shared fixtures: small real feed files, a feeds.yaml writer, a local HTTP server for fetch tests, and the demo
corpus run through the daily job (all 21 days, and its first ten), built once per session and shared."""

from __future__ import annotations

import csv
import dataclasses
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path

import duckdb
import pytest
import yaml

from pipeline.config import load_feeds
from pipeline.jobs import run_daily
from pipeline.settings import Components, Settings, build

DATA = Path(__file__).parent / "data"
DEMO_DIR = Path(str(files("seeds") / "demo"))
DEMO_RUN_DATE = date(2024, 11, 21)
DEMO_DAY_TEN_CUT = datetime(2024, 11, 11, tzinfo=UTC)
ATOM = "http://www.w3.org/2005/Atom"
TIMING_COLUMNS = {"started_at", "finished_at", "duration_ms", "last_fetched_at", "stage_seconds"}


def components(**parts) -> Components:
    """The components the settings choose, with some parts swapped (a test's source or translator)."""
    return dataclasses.replace(build(Settings.load()), **parts)


def demo_labels() -> dict[str, dict[str, str]]:
    """Ground truth written with the demo corpus: guid → {story, claim}."""
    labels = {}
    for path in sorted((DEMO_DIR / "labels").glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            labels.update({row["guid"]: row for row in csv.DictReader(handle)})
    return labels


def snapshot(db: Path, also_skip: set[str] = frozenset()) -> dict[str, list[tuple]]:
    """Every table's rows (minus wall-clock timing columns and `also_skip`), in a stable order."""
    con = duckdb.connect(str(db), read_only=True)
    try:
        tables = [row[0] for row in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
        result = {}
        for table in tables:
            columns = [
                row[0]
                for row in con.execute(f"DESCRIBE {table}").fetchall()
                if row[0] not in TIMING_COLUMNS | also_skip
            ]
            if table == "schema_migrations":
                columns = ["version", "name"]
            result[table] = con.execute(f"SELECT {', '.join(columns)} FROM {table} ORDER BY ALL").fetchall()
        return result
    finally:
        con.close()


FETCH_STATE = frozenset({"feeds", "fetch_log"})
"""Tables that record each fetch: a rerun logs its fetches (`not_modified` for bodies loaded before) there."""


def stored_snapshot(db: Path, also_skip: set[str] = frozenset()) -> dict[str, list[tuple]]:
    """`snapshot` without the fetch records: what a rerun with nothing new must leave exactly as it was."""
    return {table: rows for table, rows in snapshot(db, also_skip).items() if table not in FETCH_STATE}


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory) -> Path:
    """The demo corpus run once through the daily job, shared read-only by the tests that inspect it."""
    db = tmp_path_factory.mktemp("demo") / "demo.duckdb"
    feeds = DEMO_DIR / "feeds.yaml"
    run_daily(load_feeds(feeds), db, DEMO_RUN_DATE, str(feeds))
    return db


def demo_feeds_published_before(cut: datetime, folder: Path) -> Path:
    """The demo feeds as they stood at `cut`: entries published later (or undated, so dated by the feed) removed."""
    ET.register_namespace("", ATOM)
    config = yaml.safe_load((DEMO_DIR / "feeds.yaml").read_text(encoding="utf-8"))
    folder.mkdir()
    for feed in config["feeds"]:
        tree = ET.parse(DEMO_DIR / feed["url"])
        channel = tree.getroot().find("channel")
        parent = tree.getroot() if channel is None else channel
        for entry in [e for e in parent if e.tag in ("item", f"{{{ATOM}}}entry")]:
            rss, atom = entry.findtext("pubDate"), entry.findtext(f"{{{ATOM}}}published")
            published = parsedate_to_datetime(rss) if rss else datetime.fromisoformat(atom) if atom else None
            if published is None or published >= cut:
                parent.remove(entry)
        feed["url"] = str(folder / Path(feed["url"]).name)
        tree.write(feed["url"], xml_declaration=True, encoding="utf-8")
    feeds = folder / "feeds.yaml"
    feeds.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return feeds


def run_demo_day_ten(folder: Path, db: Path, parts: Components | None = None) -> None:
    """The daily job of the demo's tenth day (10 November) over its feeds as they stood then (written to `folder`),
    with the components the settings choose unless `parts` are given."""
    feeds = demo_feeds_published_before(DEMO_DAY_TEN_CUT, folder)
    run_daily(load_feeds(feeds), db, date(2024, 11, 10), "days 1-10", parts)


@pytest.fixture(scope="session")
def demo_day_ten_db(tmp_path_factory) -> Path:
    """`run_demo_day_ten` on a fresh warehouse, shared read-only by the tests that copy it and run the later days."""
    folder = tmp_path_factory.mktemp("day-ten")
    db = folder / "day-ten.duckdb"
    run_demo_day_ten(folder / "feeds", db)
    return db


@pytest.fixture
def demo_feeds() -> Path:
    return DEMO_DIR / "feeds.yaml"


@pytest.fixture
def write_feeds(tmp_path: Path) -> Callable[[list[dict]], Path]:
    """Write a feeds.yaml listing the given outlet dicts; return its path."""

    def write(feeds: list[dict]) -> Path:
        path = tmp_path / "feeds.yaml"
        path.write_text(yaml.safe_dump({"feeds": feeds}, allow_unicode=True), encoding="utf-8")
        return path

    return write


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse.duckdb"


Route = Callable[[BaseHTTPRequestHandler], None]


def respond(status: int = 200, body: bytes = b"", headers: dict[str, str] | None = None) -> Route:
    """A route for `http_server` answering with a fixed status, body and headers."""

    def handler(request: BaseHTTPRequestHandler) -> None:
        request.send_response(status)
        for name, value in (headers or {}).items():
            request.send_header(name, value)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)

    return handler


@pytest.fixture
def http_server() -> Iterator[tuple[str, dict[str, Route]]]:
    """A real HTTP server on 127.0.0.1; tests register handlers per path in the returned dict."""
    routes: dict[str, Route] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server API)
            route = routes.get(self.path)
            if route is None:
                self.send_error(404)
                return
            route(self)

        def log_message(self, *args) -> None:
            pass

    class QuietServer(ThreadingHTTPServer):
        def handle_error(self, request, client_address) -> None:  # clients hanging up mid-trickle are expected
            pass

    server = QuietServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", routes
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session", autouse=True)
def _loopback_only_guard() -> Iterator[object]:
    """Whole suite: connecting anywhere but 127.0.0.0/8 or ::1 raises AssertionError (tests/support/loopback.py)."""
    from .support.loopback import ConnectGuard

    guard = ConnectGuard()
    with pytest.MonkeyPatch.context() as patch:
        for target, name, value in guard.patches():
            patch.setattr(target, name, value)
        yield guard


@pytest.fixture(autouse=True)
def _loopback_only(_loopback_only_guard) -> Iterator[None]:
    """Fails the test that tried a non-loopback connection, even if the code under test swallowed the error."""
    before = len(_loopback_only_guard.violations)
    yield
    assert _loopback_only_guard.violations[before:] == [], "non-loopback connection attempted"
