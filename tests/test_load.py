"""The load stage keeps every publication: re-posts are stored and linked, whatever order a feed lists them in."""

from __future__ import annotations

import random
from datetime import date
from pathlib import Path

import duckdb
import pytest

from pipeline.config import load_feeds
from pipeline.jobs import run_daily

ORIGINAL = ("a-1", "Tue, 05 Nov 2024 07:30:00 +0000")
REPOST = ("a-2", "Thu, 07 Nov 2024 09:00:00 +0000")  # same outlet, same text, new guid two days later
TEXT = "Ministry figures: 182,000 soldiers deserted in 2024", "The ministry counted 182,000 deserters this year."


def _item(guid: str, when: str, title: str, summary: str) -> str:
    return (
        f"<item><title>{title}</title><guid>https://{guid}.test/</guid><link>https://x.test/{guid}</link>"
        f"<pubDate>{when}</pubDate><description>{summary}</description></item>"
    )


def _feed(path: Path, items: list[str]) -> Path:
    path.write_text(
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{"".join(items)}</channel></rss>'
    )
    return path


def _spread(db: Path) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(
            """
            SELECT s.spread_rank, s.outlet, strftime(s.first_published_at AT TIME ZONE 'UTC', '%d %H:%M'), s.near_copy
            FROM claim_spread s JOIN claims c USING (claim_id)
            WHERE c.value = 182000 AND c.subject = 'deserters' ORDER BY s.spread_rank
            """
        ).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize("order", ["newest first", "oldest first", "shuffled"])
def test_an_outlets_first_mention_is_its_earliest_publication_whatever_the_feed_order(
    order: str, tmp_path: Path, write_feeds
) -> None:
    items = [_item(*ORIGINAL, *TEXT), _item(*REPOST, *TEXT)]
    items = {"newest first": items[::-1], "oldest first": items, "shuffled": random.Random(3).sample(items, 2)}[order]
    other = _item("b-1", "Wed, 06 Nov 2024 12:00:00 +0000", "Report: 182,000 deserters", "Some 182,000 deserters.")
    feeds = write_feeds(
        [
            {"name": "Eastern Dispatch", "url": str(_feed(tmp_path / "a.xml", items))},
            {"name": "Wire Europe", "url": str(_feed(tmp_path / "b.xml", [other]))},
        ]
    )
    summary = run_daily(load_feeds(feeds), tmp_path / "w.duckdb", date(2024, 11, 8), str(feeds))
    assert summary.new_articles == 3  # the re-post is stored, not dropped
    assert _spread(tmp_path / "w.duckdb") == [
        (1, "Eastern Dispatch", "05 07:30", False),
        (2, "Wire Europe", "06 12:00", False),
    ]
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    copies = con.execute(
        "SELECT guid, duplicate_of IS NOT NULL FROM articles WHERE outlet = 'Eastern Dispatch' ORDER BY guid"
    ).fetchall()
    assert copies == [("https://a-1.test/", False), ("https://a-2.test/", True)]  # the re-post points at the original


def test_an_earlier_original_that_arrives_in_a_later_run_takes_over(tmp_path: Path, write_feeds) -> None:
    feed = tmp_path / "a.xml"
    feeds = write_feeds([{"name": "Eastern Dispatch", "url": str(feed)}])
    _feed(feed, [_item(*REPOST, *TEXT)])
    run_daily(load_feeds(feeds), tmp_path / "w.duckdb", date(2024, 11, 7), str(feeds))
    assert _spread(tmp_path / "w.duckdb") == [(1, "Eastern Dispatch", "07 09:00", False)]

    _feed(feed, [_item(*REPOST, *TEXT), _item(*ORIGINAL, *TEXT)])  # the archive now lists the original too
    second = run_daily(load_feeds(feeds), tmp_path / "w.duckdb", date(2024, 11, 8), str(feeds))
    assert second.new_articles == 1 and second.seen_before == 1
    assert _spread(tmp_path / "w.duckdb") == [(1, "Eastern Dispatch", "05 07:30", False)]
    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    links = con.execute("SELECT guid, duplicate_of IS NOT NULL FROM articles ORDER BY guid").fetchall()
    assert links == [("https://a-1.test/", False), ("https://a-2.test/", True)]  # the stored copy was re-pointed


def test_a_feed_body_loaded_before_is_not_parsed_again(tmp_path: Path, write_feeds) -> None:
    feed = tmp_path / "a.xml"
    feeds = write_feeds([{"name": "Eastern Dispatch", "url": str(feed)}])
    _feed(feed, [_item(*ORIGINAL, *TEXT)])
    run_daily(load_feeds(feeds), tmp_path / "w.duckdb", date(2024, 11, 7), str(feeds), analyse_too=False)
    again = run_daily(load_feeds(feeds), tmp_path / "w.duckdb", date(2024, 11, 8), str(feeds), analyse_too=False)
    assert again.statuses == {"not_modified": 1} and again.entries == 0

    _feed(feed, [_item(*ORIGINAL, *TEXT), _item(*REPOST, *TEXT)])  # one byte changed is a new body: parsed
    changed = run_daily(load_feeds(feeds), tmp_path / "w.duckdb", date(2024, 11, 9), str(feeds), analyse_too=False)
    assert changed.statuses == {"fetched": 1} and changed.new_articles == 1 and changed.seen_before == 1


def test_live_blog_entries_sharing_a_page_url_are_all_kept(tmp_path: Path, write_feeds) -> None:
    """Entries with their own guids but one page URL (a live blog: `…/live#p1`, `…/live#p2`) are distinct items."""
    items = "".join(
        f"<item><title>Update {n}: 182,000 deserters</title><guid>live-{n}</guid><link>https://x.test/live#p{n}</link>"
        f"<pubDate>Tue, 05 Nov 2024 0{n}:00:00 +0000</pubDate><description>Update number {n}.</description></item>"
        for n in range(1, 4)
    )
    feeds = write_feeds([{"name": "Live", "url": str(_feed(tmp_path / "live.xml", [items]))}])
    summary = run_daily(load_feeds(feeds), tmp_path / "w.duckdb", date(2024, 11, 5), str(feeds), analyse_too=False)
    assert summary.new_articles == 3 and summary.seen_before == 0
