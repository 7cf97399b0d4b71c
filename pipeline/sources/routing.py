"""One source for a mixed feed list: live feeds go to HTTP, `file://` feeds to disk.

Its own module because it depends on both concrete sources, which themselves depend on `base`.
"""

from __future__ import annotations

from pipeline.config import Feed
from pipeline.sources.base import FeedSource, FetchResult, Validators
from pipeline.sources.files import FileFeedSource
from pipeline.sources.http import HttpFeedSource


class RoutingSource:
    """Picks the source by URL scheme, so one feed list can mix live and recorded feeds."""

    def __init__(self, http: FeedSource | None = None, files: FeedSource | None = None) -> None:
        self.http = http or HttpFeedSource()
        self.files = files or FileFeedSource()

    def fetch(self, feed: Feed, validators: Validators) -> FetchResult:
        return (self.http if feed.is_remote else self.files).fetch(feed, validators)
