"""A labelled corpus replayed the way the product meets news: one daily run per day, each seeing only what its feeds
had published by the end of that day.

The benchmarks otherwise run a corpus in one run on its last day, when every report of a story is already there.
Daily runs see a story grow: a first report is clustered, and its claim founded, before the others exist, and the
later runs extend what was stored. `AsOfSource` is the recorded feed files as they stood at a moment: it wraps any
`FeedSource` and cuts out the entries dated after it, located and dated as the per-feed item cap does
(`item_cap.entries_published_by`); undated entries stay in.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from pipeline.config import Feed, load_feeds
from pipeline.ingest import parse_feed
from pipeline.item_cap import entries_published_by
from pipeline.jobs import run_daily
from pipeline.settings import Components
from pipeline.sources.base import FeedSource, FetchResult, Validators

LONGEST_REPLAY = timedelta(days=60)
"""Items dated further back than this before the last day (an archive item, an anniversary) do not stretch the
replay: they arrive with the first run."""


@dataclass
class AsOfSource:
    """The entries of `inner`'s feeds published by `as_of` (all of them while `as_of` is None)."""

    inner: FeedSource
    as_of: datetime | None = None

    def fetch(self, feed: Feed, validators: Validators) -> FetchResult:
        result = self.inner.fetch(feed, validators)
        if result.status != "fetched" or self.as_of is None:
            return result
        body = entries_published_by(result.body, self.as_of, result.started_at)
        return replace(result, body=body, validators=Validators())


def replay_days(feeds_file: Path, last_day: date, source: FeedSource) -> list[date]:
    """The days from the earliest entry's (by its own date, at most LONGEST_REPLAY back) to `last_day`."""
    first = last_day
    for feed in load_feeds(feeds_file).feeds:
        result = source.fetch(feed, Validators())
        if result.status == "fetched":
            for article in parse_feed(result.body, feed, result.started_at).articles:
                if article.published_source.startswith("entry"):
                    first = min(first, article.published_at.astimezone(UTC).date())
    first = max(first, last_day - LONGEST_REPLAY)
    return [first + timedelta(days=n) for n in range((last_day - first).days + 1)]


def replay(feeds_file: Path, db: Path, last_day: date, parts: Components) -> int:
    """Run the daily job once per day up to `last_day`, each run seeing the entries published by that day's end.
    Returns the number of runs."""
    source = AsOfSource(parts.source)
    days = replay_days(feeds_file, last_day, parts.source)
    config = load_feeds(feeds_file)
    for day in days:
        source.as_of = datetime.combine(day, time.max, UTC)
        run_daily(config, db, day, str(feeds_file), replace(parts, source=source))
    return len(days)


def run_corpus(feeds_file: Path, db: Path, last_day: date, parts: Components, daily: bool) -> int:
    """The pipeline over a corpus: one run on its last day, or (`daily`) one run per day (`replay`). Returns the
    number of runs."""
    if daily:
        return replay(feeds_file, db, last_day, parts)
    run_daily(load_feeds(feeds_file), db, last_day, str(feeds_file), parts)
    return 1
