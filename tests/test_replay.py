"""The benchmarks' daily replay: recorded feeds as they stood at a moment, and one run per day over a corpus."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from pathlib import Path

import duckdb

from benchmarks.replay import AsOfSource, replay, replay_days
from pipeline.config import Feed
from pipeline.ingest import parse_feed
from pipeline.sources.base import Validators
from pipeline.sources.files import FileFeedSource
from pipeline.translate import NoTranslator

from .conftest import components

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbour Post</title>
<item><title>Tram fares rise by a fifth</title><guid>fares-3</guid><pubDate>Wed, 03 Jun 2026 09:00:00 +0200</pubDate>
</item>
<item><title>Storm closes the harbour</title><guid>storm-2</guid><dc:date>2026-06-02T23:30:00+00:00</dc:date></item>
<item><title>Council meets on Monday</title><guid>council</guid></item>
<item><title>Harbour reopens after storm</title><guid>storm-1</guid><pubDate>Mon, 01 Jun 2026 06:00:00 GMT</pubDate>
<description><![CDATA[Ferries run again <em>(see </item> in our style guide)</em>]]></description></item>
</channel></rss>
"""


def _feeds(tmp_path: Path) -> Path:
    (tmp_path / "harbour.xml").write_text(FEED, encoding="utf-8")
    feeds = tmp_path / "feeds.yaml"
    feeds.write_text("feeds:\n  - name: Harbour Post\n    url: harbour.xml\n    language: en\n", encoding="utf-8")
    return feeds


def _guids_as_of(tmp_path: Path, as_of: datetime) -> list[str]:
    feed = Feed(name="Harbour Post", url=str(tmp_path / "harbour.xml"))
    result = AsOfSource(FileFeedSource(), as_of).fetch(feed, Validators())
    return [article.guid for article in parse_feed(result.body, feed, datetime.now(UTC)).articles]


def test_a_feed_as_of_a_moment_lists_what_was_published_by_then_and_what_gives_no_date(tmp_path: Path) -> None:
    """Entries are cut out whole, as the item cap cuts them (a "</item>" inside CDATA is text)."""
    _feeds(tmp_path)
    end_of = lambda day: datetime.combine(day, time.max, UTC)  # noqa: E731

    assert _guids_as_of(tmp_path, end_of(date(2026, 5, 31))) == ["council"]
    assert _guids_as_of(tmp_path, end_of(date(2026, 6, 1))) == ["council", "storm-1"]
    # 23:30 UTC on 2 June is that day's; 09:00 in Central Europe on 3 June is 07:00 UTC, the next day's
    assert _guids_as_of(tmp_path, end_of(date(2026, 6, 2))) == ["storm-2", "council", "storm-1"]
    assert _guids_as_of(tmp_path, end_of(date(2026, 6, 3))) == ["fares-3", "storm-2", "council", "storm-1"]


def test_a_replay_runs_once_a_day_from_the_first_item_and_keeps_every_item_once(tmp_path: Path) -> None:
    feeds = _feeds(tmp_path)
    db = tmp_path / "replay.duckdb"
    parts = components(translator=NoTranslator())

    assert replay_days(feeds, date(2026, 6, 4), parts.source) == [date(2026, 6, d) for d in (1, 2, 3, 4)]
    assert replay(feeds, db, date(2026, 6, 4), parts) == 4

    con = duckdb.connect(str(db), read_only=True)
    try:
        runs = con.execute("SELECT count(*) FROM runs").fetchone()[0]
        guids = sorted(guid for (guid,) in con.execute("SELECT guid FROM raw_items").fetchall())
    finally:
        con.close()
    assert runs == 4
    assert guids == ["council", "fares-3", "storm-1", "storm-2"]
