"""The web explorer (`narratives serve`) on the demo warehouse: pages, filters, CSV, the snapshot it reads, and the
real server in headless Chromium."""

from __future__ import annotations

import csv
import html
import io
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import duckdb
import pytest
import uvicorn
from starlette.testclient import TestClient
from typer.testing import CliRunner

from pipeline.cli import app as cli
from pipeline.config import load_feeds
from pipeline.jobs import run_daily
from pipeline.store.db import snapshot_path
from pipeline.web import create_app

from .support.browser import headless_chromium, needs_chromium

DESERTERS = "cb20cd51cd7be969"  # id of the 182,000 deserters claim: a hash of its first mention, stable across runs
SNAPSHOT_AT = datetime(2024, 11, 21, 16, 0, tzinfo=UTC)
SCREENS = Path("/tmp/web-screens")


@pytest.fixture(scope="module")
def served(demo_db: Path, tmp_path_factory) -> Path:
    """A warehouse with a published snapshot of a known time (copies: the demo warehouse is shared)."""
    db = tmp_path_factory.mktemp("web") / "w.duckdb"
    shutil.copyfile(demo_db, db)
    shutil.copyfile(demo_db, snapshot_path(db))
    os.utime(snapshot_path(db), (SNAPSHOT_AT.timestamp(), SNAPSHOT_AT.timestamp()))
    return db


@pytest.fixture(scope="module")
def client(served: Path) -> TestClient:
    return TestClient(create_app(served))


def rows(response) -> list[dict[str, str]]:
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def test_claim_page_shows_spread_graph_origin_first(client: TestClient) -> None:
    page = client.get(f"/claim/{DESERTERS}")
    assert page.status_code == 200
    html = page.text
    graph = html[html.index('<svg class="graph"') : html.index("</svg>", html.index('<svg class="graph"'))]
    outlets = [part.split("<")[0] for part in graph.split('<tspan class="outlet">')[1:]]
    assert outlets[0] == "Eastern Dispatch Daily" and len(outlets) == 11
    assert "“182 тыс.”" in graph and "near-copy of Eastern Dispatch Daily" in graph  # as written; Wire Europe's copy
    assert "stroke-dasharray" in graph  # the near-copy edge is marked
    assert '<svg class="timeline"' in html
    assert "c30b06c89ea49bfa" in html and "200,000" in html  # the mutation to 200,000, with its evidence
    assert "Why: approximated" in html
    assert "2024-11-21 16:00 UTC" in html  # the snapshot's time


def test_variant_page_links_back_with_evidence(client: TestClient) -> None:
    html = client.get("/claim/c30b06c89ea49bfa").text
    assert f'href="/claim/{DESERTERS}"' in html and "182,000 → 200,000" in html


def test_a_claim_merged_into_another_on_a_later_day_leads_to_it(demo_db: Path, tmp_path: Path) -> None:
    """A claim of one article that a later day's second look merged into the claim it reports is gone; a link to it
    (a bookmark, an old digest) leads to that claim, filters kept. An id that never was is still a 404."""
    db = tmp_path / "w.duckdb"
    shutil.copyfile(demo_db, db)
    con = duckdb.connect(str(db))
    con.execute("INSERT INTO claim_merges VALUES ('c0546743d8ff5e96', ?)", [DESERTERS])
    con.close()
    shutil.copyfile(db, snapshot_path(db))
    client = TestClient(create_app(db))
    moved = client.get("/claim/c0546743d8ff5e96?language=de", follow_redirects=False)
    assert moved.status_code == 308
    assert moved.headers["location"].endswith(f"/claim/{DESERTERS}?language=de")
    assert "182" in client.get("/claim/c0546743d8ff5e96").text
    assert client.get("/claim/cffffffffffffff0").status_code == 404


def test_bare_number_search_lists_the_claim(client: TestClient) -> None:
    for query in ("182000", "182k", "182 тыс."):
        page = client.get("/", params={"q": query})
        assert page.status_code == 200
        assert f'href="/claim/{DESERTERS}"' in page.text, query
    assert "A number alone names no subject" in client.get("/", params={"q": "182000"}).text


def test_text_search_finds_claims_narratives_and_articles(client: TestClient) -> None:
    html = client.get("/", params={"q": "дезертир"}).text
    assert f'href="/claim/{DESERTERS}"' in html
    assert 'href="/narrative/' in html and 'href="/article/' in html


def test_search_that_matches_nothing_says_so(client: TestClient) -> None:
    html = client.get("/", params={"q": "987654321"}).text
    assert "Nothing matches “987654321”" in html


def test_csv_download_has_header_and_rows(client: TestClient) -> None:
    spread = rows(client.get(f"/claim/{DESERTERS}", params={"format": "csv", "table": "spread"}))
    assert spread[0]["outlet"] == "Eastern Dispatch Daily" and spread[0]["spread_rank"] == "1" and len(spread) == 11
    claims = rows(client.get("/", params={"q": "182000", "format": "csv", "table": "claims"}))
    assert {c["claim_id"] for c in claims} >= {DESERTERS}
    assert client.get("/", params={"format": "csv", "table": "nope"}).status_code == 404


def test_filters_narrow_lists(client: TestClient) -> None:
    everything = rows(client.get("/", params={"format": "csv", "table": "articles"}))
    russian = rows(client.get("/", params={"format": "csv", "table": "articles", "language": "ru"}))
    assert 0 < len(russian) < len(everything) and {a["language"] for a in russian} == {"ru"}
    window = rows(
        client.get("/", params={"format": "csv", "table": "articles", "from": "2024-11-05", "to": "2024-11-05"})
    )
    assert window and all(a["published_at"].startswith("2024-11-05") for a in window)
    mentions = rows(
        client.get(f"/claim/{DESERTERS}", params={"format": "csv", "table": "mentions", "outlet": "Wire Europe"})
    )
    assert mentions and {m["outlet"] for m in mentions} == {"Wire Europe"}
    assert client.get("/", params={"from": "not a day"}).status_code == 400


def test_narrative_page(client: TestClient) -> None:
    claim = rows(client.get(f"/claim/{DESERTERS}", params={"format": "csv", "table": "mentions"}))[0]
    article = rows(client.get("/", params={"format": "csv", "table": "articles", "q": claim["title"][:40]}))[0]
    narrative = article["narrative_id"]
    page = client.get(f"/narrative/{narrative}")
    assert page.status_code == 200
    html = page.text
    assert html.count('<svg class="volume"') == 2  # by language and by outlet
    assert f'href="/claim/{DESERTERS}"' in html and "Theme" in html and "2024-11-21 16:00 UTC" in html
    members = rows(client.get(f"/narrative/{narrative}", params={"format": "csv", "table": "articles"}))
    assert {m["narrative_id"] for m in members} == {narrative}


def test_article_page_highlights_mentions_and_explains_missing_translation(client: TestClient) -> None:
    spread = rows(client.get(f"/claim/{DESERTERS}", params={"format": "csv", "table": "spread"}))
    russian = next(s for s in spread if s["language"] == "ru")
    html = client.get(f"/article/{russian['article_id']}").text
    assert f'<a class="mention" href="/claim/{DESERTERS}"><mark>{russian["surface_text"]}</mark></a>' in html
    assert "No English text" in html and "no_model" in html  # the demo installs no translation model


def test_themes_page(client: TestClient) -> None:
    page = client.get("/themes")
    assert page.status_code == 200 and 'id="theme-' in page.text


def test_unknown_ids_are_404(client: TestClient) -> None:
    for path in ("/claim/nope", "/narrative/9999", "/article/nope"):
        page = client.get(path)
        assert page.status_code == 404 and "no " in page.text and "2024-11-21 16:00 UTC" in page.text, path


def test_feed_text_is_escaped(client: TestClient) -> None:
    html = client.get("/", params={"q": "<script>alert(1)</script>"}).text
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_reads_the_warehouse_when_no_snapshot_and_picks_up_a_new_one(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    shutil.copyfile(demo_db, db)
    client = TestClient(create_app(db))
    html = client.get("/").text
    assert "No snapshot published yet" in html and "w.duckdb" in html
    shutil.copyfile(db, snapshot_path(db))
    os.utime(snapshot_path(db), (SNAPSHOT_AT.timestamp(), SNAPSHOT_AT.timestamp()))
    html = client.get("/").text  # the same app: each request opens the newest snapshot
    assert "No snapshot published yet" not in html and "2024-11-21 16:00 UTC" in html


def test_serve_needs_a_warehouse(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2 and "no warehouse" in result.output


@pytest.fixture
def server(served: Path) -> Iterator[str]:
    """The real server (uvicorn) on a free loopback port, in a thread."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(served), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


@needs_chromium
def test_pages_in_headless_chromium(server: str, tmp_path: Path) -> None:
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select, WebDriverWait

    downloads = tmp_path / "downloads"
    SCREENS.mkdir(exist_ok=True)
    with headless_chromium(tmp_path / "profile", downloads) as driver:
        for name, path, selector in (
            ("claim", f"/claim/{DESERTERS}", "svg.graph"),
            ("narrative", "/narrative/4", "svg.volume"),
            ("article", "/article/42362eec818f3851433a", ".sidebyside"),
            ("search", "/?q=182000", "#claims table"),
        ):
            driver.get(server + path)
            assert [e for e in driver.get_log("browser") if e["level"] == "SEVERE"] == [], path
            element = driver.find_element(By.CSS_SELECTOR, selector)
            assert element.size["width"] > 300 and element.size["height"] > 50, path
            assert driver.execute_script("return getComputedStyle(document.body).margin") == "0px"  # style.css loaded
            driver.set_window_size(1280, min(driver.execute_script("return document.body.scrollHeight") + 100, 4000))
            screenshot = tmp_path / f"{name}.png"
            assert driver.save_screenshot(str(screenshot)) and screenshot.stat().st_size > 20_000
            shutil.copyfile(screenshot, SCREENS / screenshot.name)
        driver.get(server + f"/claim/{DESERTERS}")
        origin = driver.find_element(By.CSS_SELECTOR, "svg.graph tspan.outlet")
        assert origin.text == "Eastern Dispatch Daily"
        outlets = {e.text for e in driver.find_elements(By.CSS_SELECTOR, "svg.graph tspan.outlet")}
        assert len(outlets) == 11  # every outlet that carried it

        def results_for(query: str) -> None:
            """Wait for the page that answers `query` (while the browser navigates, the old page's nodes go away)."""
            heading = (By.CSS_SELECTOR, "#claims h2")
            WebDriverWait(driver, 30, ignored_exceptions=(WebDriverException,)).until(
                lambda d: f"“{query}”" in d.find_element(*heading).text
            )

        # the same claim asked about in three languages, and as a bare number, through the search form
        for query in ("182,000 deserters", "182 тысячи дезертиров", "182.000 Deserteure", "182000"):
            box = driver.find_element(By.CSS_SELECTOR, "header input[name=q]")
            box.clear()
            box.send_keys(query)
            box.submit()
            results_for(query)  # the results page, not the one the form was on
            links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "#claims table a")]
            assert any(href.endswith(f"/claim/{DESERTERS}") for href in links), query

        # a language filter narrows the mentions to that language
        driver.get(server + f"/claim/{DESERTERS}")
        Select(driver.find_element(By.CSS_SELECTOR, "#timeline select[name=language]")).select_by_visible_text("ru")
        driver.find_element(By.CSS_SELECTOR, "#timeline form.filters").submit()
        WebDriverWait(driver, 30).until(lambda d: "language=ru" in d.current_url)
        languages = {
            row.find_elements(By.TAG_NAME, "td")[2].text
            for row in driver.find_elements(By.CSS_SELECTOR, "#timeline tbody tr")
        }
        assert languages == {"ru"}

        # the table downloads as CSV, from the page's own link
        driver.find_element(By.CSS_SELECTOR, "#timeline h2 a.csv").click()
        deadline = time.monotonic() + 15
        while not (downloaded := [p for p in downloads.glob("*.csv")]):
            assert time.monotonic() < deadline, "no CSV was downloaded"
            time.sleep(0.2)
        header, *body = list(csv.reader(io.StringIO(downloaded[0].read_text(encoding="utf-8"))))
        assert "outlet" in header and body and {row[header.index("language")] for row in body} == {"ru"}

        # an article page, and no request ever left the server
        driver.find_element(By.CSS_SELECTOR, "#timeline tbody a").click()
        assert driver.find_element(By.CSS_SELECTOR, ".sidebyside mark")
        requested = driver.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(url.startswith(server) for url in [driver.current_url, *requested]), requested


def test_keeps_answering_while_another_process_holds_the_warehouse_for_writing(
    served: Path, client: TestClient
) -> None:
    """A daily run holds the DuckDB write lock for its whole length: pages are served from the snapshot meanwhile."""
    script = f"import duckdb, time; con = duckdb.connect({str(served)!r}); print('locked', flush=True); time.sleep(60)"
    writer = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "locked"
        with pytest.raises(duckdb.IOException):  # nobody else may open the warehouse now
            duckdb.connect(str(served), read_only=True)
        page = client.get(f"/claim/{DESERTERS}")
        assert page.status_code == 200 and "Eastern Dispatch Daily" in page.text
    finally:
        writer.kill()
        writer.wait()


def test_a_query_carrying_sql_changes_nothing(served: Path, client: TestClient) -> None:
    before = snapshot_path(served).read_bytes()
    for query in ("'; DROP TABLE raw_items; --", "x') ; DELETE FROM claim_groups; --"):
        assert client.get("/", params={"q": query}).status_code == 200
    assert client.post("/", data={"q": "DROP TABLE raw_items"}).status_code == 405  # read-only: no write routes
    assert snapshot_path(served).read_bytes() == before


def test_hostile_feed_text_is_shown_as_text(tmp_path: Path, write_feeds) -> None:
    """A title carrying `<script>` and `onerror=`, an outlet name with markup and a `javascript:` link, as a feed
    could send them: every page shows them as text and links nowhere but to itself."""
    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    feed = tmp_path / "hostile.xml"
    feed.write_text(
        f"""<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Hostile</title>
        <item><title><![CDATA[{hostile} 182,000 deserters]]></title><guid>h1</guid><link>javascript:alert(1)</link>
        <pubDate>Tue, 12 Nov 2024 10:00:00 +0000</pubDate><description>Some 182,000 deserters, officials said.</description></item>
        </channel></rss>""",
        encoding="utf-8",
    )
    db = tmp_path / "w.duckdb"
    feeds = write_feeds([{"name": "Hostile <b>Times</b>", "url": str(feed)}])
    run_daily(load_feeds(feeds), db, date(2024, 11, 12), "hostile")
    client = TestClient(create_app(db))
    con = duckdb.connect(str(snapshot_path(db)), read_only=True)
    article_id, claim_id, title = con.execute(
        "SELECT article_id, claim_id, title FROM claim_mentions LIMIT 1"
    ).fetchone()
    con.close()
    for path in ("/", "/?q=182000", f"/claim/{claim_id}", f"/article/{article_id}"):
        page = client.get(path)
        assert page.status_code == 200, path
        assert "<script>alert" not in page.text and "<img src=x" not in page.text and "<b>Times" not in page.text, path
        assert 'href="javascript:' not in page.text, path
    assert html.escape(title, quote=False) in client.get(f"/article/{article_id}").text  # ingest kept the text only
    assert "Hostile &lt;b&gt;Times&lt;/b&gt;" in client.get(f"/claim/{claim_id}").text  # the outlet's name, as text
