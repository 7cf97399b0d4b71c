"""A labelled corpus replayed the way the product meets news: one daily run per day, each seeing only what its feeds
had published by the end of that day.

The benchmarks otherwise run a corpus in one run on its last day, when every report of a story is already there.
Daily runs see a story grow: a first report is clustered, and its claim founded, before the others exist, and the
later runs extend what was stored. `AsOfSource` is the recorded feed files as they stood at a moment: it wraps any
`FeedSource` and drops the items that the pipeline's own parser dates after it; what it cannot date stays in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from pipeline.config import Feed, load_feeds
from pipeline.ingest import parse_feed
from pipeline.jobs import run_daily
from pipeline.settings import Components
from pipeline.sources.base import FeedSource, FetchResult, Validators

ITEM = re.compile(rb"<(item|entry)\b.*?</\1\s*>", re.DOTALL | re.IGNORECASE)
LONGEST_REPLAY = timedelta(days=60)
"""Items dated further back than this before the last day (an archive item, an anniversary) do not stretch the
replay: they arrive with the first run."""


@dataclass
class AsOfSource:
    """The items of `inner`'s feeds published by `as_of` (all of them while `as_of` is None)."""

    inner: FeedSource
    as_of: datetime | None = None
    _dates: dict[bytes, datetime | None] = field(default_factory=dict, repr=False)

    def fetch(self, feed: Feed, validators: Validators) -> FetchResult:
        result = self.inner.fetch(feed, validators)
        if result.status != "fetched" or self.as_of is None:
            return result
        return replace(result, body=self._published_by(result.body, feed, self.as_of), validators=Validators())

    def _published_by(self, body: bytes, feed: Feed, as_of: datetime) -> bytes:
        head, items, tail = _split(body)
        kept = [item for item in items if (self.date(head, item, tail, feed) or as_of) <= as_of]
        return head + b"\n".join(kept) + tail if items else body

    def date(self, head: bytes, item: bytes, tail: bytes, feed: Feed) -> datetime | None:
        """The item's publication time as the pipeline reads it (None when it gives none of its own)."""
        if item not in self._dates:
            parsed = parse_feed(head + item + tail, feed, datetime.now(UTC))
            own = [a.published_at for a in parsed.articles if a.published_source.startswith("entry")]
            self._dates[item] = own[0] if own else None
        return self._dates[item]


def _split(body: bytes) -> tuple[bytes, list[bytes], bytes]:
    """A feed document as what comes before its items, its items, and what comes after them."""
    items = list(ITEM.finditer(body))
    if not items:
        return body, [], b""
    return body[: items[0].start()], [m.group() for m in items], body[items[-1].end() :]


def replay_days(feeds_file: Path, last_day: date, source: FeedSource) -> list[date]:
    """The days from the earliest item's (at most LONGEST_REPLAY back) to `last_day`."""
    dating = AsOfSource(source)
    first = last_day
    for feed in load_feeds(feeds_file).feeds:
        result = source.fetch(feed, Validators())
        if result.status != "fetched":
            continue
        head, items, tail = _split(result.body)
        for item in items:
            if (published := dating.date(head, item, tail, feed)) is not None:
                first = min(first, published.astimezone(UTC).date())
    first = max(first, last_day - LONGEST_REPLAY)
    return [first + timedelta(days=n) for n in range((last_day - first).days + 1)]


def replay(feeds_file: Path, db: Path, last_day: date, parts: Components) -> int:
    """Run the daily job once per day up to `last_day`, each run seeing the items published by that day's end.
    Returns the number of runs."""
    source = AsOfSource(parts.source)
    days = replay_days(feeds_file, last_day, parts.source)
    config = load_feeds(feeds_file)
    for day in days:
        source.as_of = datetime.combine(day, time.max, UTC)
        run_daily(config, db, day, str(feeds_file), replace(parts, source=source))
    return len(days)
