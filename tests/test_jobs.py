"""The daily job end to end on recorded feeds: the demo corpus, reruns, and broken feeds beside good ones."""

from __future__ import annotations

import json
import shutil
import socket
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipeline.config import load_feeds
from pipeline.ingest import parse_feed
from pipeline.jobs import run_daily
from pipeline.load import enrich
from pipeline.sources.base import Validators
from pipeline.sources.files import FileFeedSource
from pipeline.store.articles import FeedBatch, register_feeds, write_feed_batch
from pipeline.store.db import connect

from .conftest import DATA, DEMO_DIR, stored_snapshot

RUN_DATE = date(2024, 11, 21)


def run(feeds_file: Path, db: Path, day: date = RUN_DATE):
    return run_daily(load_feeds(feeds_file), db, day, str(feeds_file))


def test_demo_corpus_lands_with_languages_detected(demo_db: Path) -> None:
    con = duckdb.connect(str(demo_db), read_only=True)
    n_articles, n_outlets, n_languages = con.execute(
        "SELECT count(*), count(DISTINCT outlet), count(DISTINCT language) FROM articles"
    ).fetchone()
    assert n_articles >= 200 and n_outlets >= 10 and n_languages >= 6
    agree, detected = con.execute(
        "SELECT count(*) FILTER (language = declared_language), count(*) FILTER (language_source = 'detected') FROM articles"
    ).fetchone()
    assert detected == n_articles
    assert agree / n_articles >= 0.97, "langdetect should agree with the outlets' declared language on the demo corpus"
    assert con.execute("SELECT count(*) FROM fetch_log WHERE status <> 'fetched'").fetchone()[0] == 0


def test_syndicated_copy_points_at_the_origin(demo_db: Path) -> None:
    con = duckdb.connect(str(demo_db), read_only=True)
    origin, copy_of = con.execute(
        """
        SELECT o.outlet, c.duplicate_of = o.article_id
        FROM articles c JOIN articles o ON o.article_id = c.duplicate_of
        WHERE c.outlet = 'Wire Europe' AND c.title ILIKE '%Desertions Reach 182,000%'
        """
    ).fetchone()
    assert origin == "Eastern Dispatch Daily" and copy_of
    # copies never point at a later article
    later = con.execute(
        "SELECT count(*) FROM articles c JOIN articles o ON o.article_id = c.duplicate_of WHERE o.published_at > c.published_at"
    ).fetchone()[0]
    assert later == 0


def test_running_the_same_day_twice_changes_nothing(demo_db: Path, tmp_path: Path) -> None:
    """The demo's day run again over a copy of the warehouse that the first run left."""
    db = tmp_path / "w.duckdb"
    shutil.copyfile(demo_db, db)
    before = stored_snapshot(db)
    second = run(DEMO_DIR / "feeds.yaml", db)
    assert len(before["raw_items"]) >= 200 and second.new_articles == 0
    assert second.statuses == {"not_modified": second.feeds}  # the same bodies again: nothing to parse
    assert stored_snapshot(db) == before


def test_broken_feeds_are_counted_and_the_rest_still_lands(tmp_path: Path, write_feeds) -> None:
    (tmp_path / "not-xml.xml").write_bytes(b"\x00\x01 this is not a feed \xff\xfe")
    (tmp_path / "empty.xml").write_bytes(b"")
    (tmp_path / "wrong-charset.xml").write_bytes(
        "<?xml version='1.0' encoding='utf-8'?><rss version='2.0'><channel><title>Курьер</title>"
        "<item><title>Погода на выходные</title><guid>w1</guid><description>Ожидается снег</description></item>"
        "</channel></rss>".encode("cp1251")
    )
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    feeds = write_feeds(
        [
            {"name": "Harbour Gazette", "url": str(DATA / "good.rss")},
            {"name": "Not XML", "url": "not-xml.xml"},
            {"name": "Empty", "url": "empty.xml"},
            {"name": "Wrong charset", "url": "wrong-charset.xml"},
            {"name": "Unreachable", "url": f"http://127.0.0.1:{closed_port}/rss", "allow_private": True},
            {"name": "Stadtanzeiger", "url": str(DATA / "good.atom")},
        ]
    )
    summary = run(feeds, tmp_path / "w.duckdb")

    assert summary.statuses == {"fetched": 3, "failed": 3}
    assert summary.errors == {"not_a_feed": 1, "empty_body": 1, "encoding": 1, "unreachable": 1}
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    per_outlet = dict(con.execute("SELECT outlet, count(*) FROM articles GROUP BY ALL").fetchall())
    assert per_outlet == {"Harbour Gazette": 2, "Stadtanzeiger": 1, "Wrong charset": 1}
    logged = dict(con.execute("SELECT outlet, error_kind FROM fetch_log WHERE error_kind IS NOT NULL").fetchall())
    assert logged == {
        "Not XML": "not_a_feed",
        "Empty": "empty_body",
        "Wrong charset": "encoding",
        "Unreachable": "unreachable",
    }


def test_a_batch_that_fails_mid_write_leaves_nothing_behind(db_path: Path, write_feeds) -> None:
    (feed,) = load_feeds(write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}])).feeds
    fetch = FileFeedSource().fetch(feed, Validators())
    stored = enrich(parse_feed(fetch.body, feed, fetch.started_at).articles[0], RUN_DATE)
    con = connect(db_path)
    register_feeds(con, [feed])
    # The second row collides with the first: the article rows, the fetch log and the feed state all roll back.
    with pytest.raises(duckdb.ConstraintException):
        write_feed_batch(con, RUN_DATE, FeedBatch(fetch, "fetched", 2, new_articles=(stored, stored)))
    assert con.execute("SELECT count(*) FROM raw_items").fetchone()[0] == 0
    assert con.execute("SELECT count(*) FROM fetch_log").fetchone()[0] == 0
    assert con.execute("SELECT last_status FROM feeds").fetchone()[0] is None


def test_surplus_items_are_counted_in_the_fetch_log(tmp_path: Path, write_feeds) -> None:
    """A feed over its item cap keeps its newest items; the rest are counted, not silently dropped."""
    items = "".join(
        f"<item><title>Harbour notice {n}</title><guid>n{n}</guid><link>https://harbour.test/{n}</link>"
        f"<pubDate>{(date(2024, 11, 1 + n)).strftime('%a, %d %b %Y')} 09:00:00 +0000</pubDate>"
        f"<description>Notice number {n} about berth {n}.</description></item>"
        for n in range(5)
    )
    feed = tmp_path / "many.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>h</title>{items}</channel></rss>')
    feeds = write_feeds([{"name": "Harbour Gazette", "url": str(feed), "max_items": 3}])
    summary = run_daily(load_feeds(feeds), tmp_path / "w.duckdb", RUN_DATE, str(feeds), analyse_too=False)
    assert summary.new_articles == 3 and summary.over_item_cap == 2
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    assert con.execute("SELECT n_entries, n_skipped, status FROM fetch_summary").fetchone() == (5, 2, "fetched")
    assert sorted(t for (t,) in con.execute("SELECT title FROM articles").fetchall()) == [
        "Harbour notice 2",
        "Harbour notice 3",
        "Harbour notice 4",
    ]


def test_a_backlog_over_the_budget_is_worked_through_by_the_next_runs(tmp_path: Path, write_feeds) -> None:
    """Each analysis stage takes at most `budget` articles per run, oldest first; the rest wait, none is lost."""
    items = "".join(
        f"<item><title>Ferry route {n} reopens after storm</title><guid>f{n}</guid>"
        f"<pubDate>{date(2024, 11, 1 + n).strftime('%a, %d %b %Y')} 08:00:00 +0000</pubDate>"
        f"<description>{120 + n} passengers crossed on the first day.</description></item>"
        for n in range(6)
    )
    feed = tmp_path / "ferries.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>{items}</channel></rss>')
    feeds, db = write_feeds([{"name": "Harbour Gazette", "url": str(feed)}]), tmp_path / "w.duckdb"

    first = run_daily(load_feeds(feeds), db, RUN_DATE, str(feeds), budget=4)
    assert (first.translations.backlog, first.claims.backlog, first.narratives.backlog) == (2, 2, 2)
    con = duckdb.connect(str(db), read_only=True)
    scanned = {
        t for (t,) in con.execute("SELECT title FROM articles JOIN claim_extractions USING (article_id)").fetchall()
    }
    assert scanned == {f"Ferry route {n} reopens after storm" for n in range(4)}  # the oldest first
    con.close()

    second = run_daily(load_feeds(feeds), db, RUN_DATE, str(feeds), budget=4)
    assert (second.translations.backlog, second.claims.backlog, second.narratives.backlog) == (0, 0, 0)
    con = duckdb.connect(str(db), read_only=True)
    counts = [
        con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in ("translation_status", "claim_extractions", "article_embeddings", "article_narratives")
    ]
    assert counts == [6, 6, 3 * 6, 6]  # each article's vectors: USE, e5, and the two side by side


def test_every_stage_says_how_long_it_took(tmp_path: Path, write_feeds) -> None:
    feeds, db = write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}]), tmp_path / "w.duckdb"
    heard: list[str] = []
    summary = run_daily(load_feeds(feeds), db, RUN_DATE, str(feeds), on_stage=heard.append)
    stages = ["fetch", "parse", "load", "translate", "claims", "embed", "narratives"]
    assert heard == ["translate", "claims", "narratives"]  # what the progress bar shows
    assert sorted(summary.stage_seconds) == sorted(stages) and min(summary.stage_seconds.values()) >= 0
    con = duckdb.connect(str(db), read_only=True)
    recorded = json.loads(con.execute("SELECT stage_seconds FROM runs").fetchone()[0])
    assert sorted(recorded) == sorted(stages)
    con.close()
    run_daily(load_feeds(feeds), db, RUN_DATE, str(feeds), analyse_too=False)  # the same day again, ingest only
    con = duckdb.connect(str(db), read_only=True)
    assert sorted(json.loads(con.execute("SELECT stage_seconds FROM runs").fetchone()[0])) == ["fetch", "load", "parse"]


def test_a_rerun_with_nothing_new_groups_and_embeds_nothing(tmp_path: Path, write_feeds, monkeypatch) -> None:
    from pipeline.claims import stage

    feeds, db = write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}]), tmp_path / "w.duckdb"
    grouped = []
    original = stage.group_mentions
    monkeypatch.setattr(
        stage, "group_mentions", lambda mentions, *rest: grouped.append(len(mentions)) or original(mentions, *rest)
    )
    first = run_daily(load_feeds(feeds), db, RUN_DATE, str(feeds))
    second = run_daily(load_feeds(feeds), db, RUN_DATE, str(feeds))
    assert len(grouped) == 1 and grouped[0] > 0  # the second run found no new mention: nothing to group
    assert second.claims.embedded == 0 and second.narratives.embedded == 0
    assert (second.claims.claims, second.claims.variants) == (first.claims.claims, first.claims.variants)
    monkeypatch.setattr(stage, "MATCH_RULES", "rules-changed")
    run_daily(load_feeds(feeds), db, RUN_DATE, str(feeds))
    assert grouped[1:] == grouped[:1]  # new matching rules: every mention is grouped again, even with nothing new


def test_a_run_publishes_a_snapshot_readers_can_open_while_the_warehouse_is_being_written(
    tmp_path: Path, write_feeds
) -> None:
    from pipeline.store.db import snapshot_path

    db = tmp_path / "w.duckdb"
    summary = run(write_feeds([{"name": "Harbour Gazette", "url": str(DATA / "good.rss")}]), db)
    assert summary.new_articles > 0
    writer = duckdb.connect(str(db))  # the next run holds the warehouse: no other process may open it
    try:
        reader = duckdb.connect(str(snapshot_path(db)), read_only=True)
        assert reader.execute("SELECT count(*) FROM raw_items").fetchone()[0] == summary.new_articles
        reader.close()
    finally:
        writer.close()
    assert not snapshot_path(db).with_name(snapshot_path(db).name + ".partial").exists()
