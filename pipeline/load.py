"""The load stage: parse fetched feeds, detect language, dedup, and store them, one feed per transaction.

This is the single DuckDB writer of ingest, for the CLI and Airflow alike: fetches may run concurrently
anywhere (threads, mapped tasks), but their results are written here, one feed at a time, so a crash loses at
most the feed in flight.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime

from pipeline import dedup
from pipeline.config import FeedsConfig
from pipeline.decode import UnsafeFeed
from pipeline.ids import body_digest
from pipeline.ingest import Article, parse_feed
from pipeline.language import detect_language
from pipeline.sources.base import FetchResult
from pipeline.store import articles as store
from pipeline.store.articles import FeedBatch, StoredArticle
from pipeline.store.db import Connection
from pipeline.text import article_text
from pipeline.timing import timing

LOGGER = logging.getLogger(__name__)


@dataclass
class LoadSummary:
    """Counts a person reads after ingest; every fetch outcome lands in exactly one status."""

    run_date: date
    feeds: int = 0
    statuses: Counter[str] = field(default_factory=Counter)
    errors: Counter[str] = field(default_factory=Counter)
    entries: int = 0
    new_articles: int = 0
    seen_before: int = 0
    near_duplicates: int = 0
    over_item_cap: int = 0
    languages: Counter[str] = field(default_factory=Counter)
    stage_seconds: dict[str, float] = field(default_factory=dict)
    """Wall-clock seconds per stage: fetch (waiting for the network), parse, load, then the analysis stages."""

    def add(self, batch: FeedBatch, n_parsed: int) -> None:
        self.feeds += 1
        self.statuses[batch.status] += 1
        if batch.error_kind:
            self.errors[batch.error_kind] += 1
        self.entries += batch.n_entries
        self.new_articles += len(batch.new_articles)
        self.seen_before += n_parsed - len(batch.new_articles)
        self.near_duplicates += sum(1 for stored in batch.new_articles if stored.duplicate_of)
        self.over_item_cap += batch.n_skipped
        self.languages.update(stored.language.language or "und" for stored in batch.new_articles)


def store_fetches(
    con: Connection,
    config: FeedsConfig,
    run_date: date,
    feeds_file: str,
    fetches: Iterable[FetchResult],
    summary: LoadSummary,
    on_feed: Callable[[FeedBatch], None] | None = None,
) -> LoadSummary:
    """Parse, dedup and write fetch results one feed at a time, counting into `summary`."""
    store.register_feeds(con, config.feeds)
    store.start_run(con, run_date, feeds_file, len(config.feeds), datetime.now(UTC))
    loaded_bodies = store.feed_body_hashes(con)
    pending = iter(fetches)
    while True:
        with timing(summary.stage_seconds, "fetch"):
            fetch = next(pending, None)  # blocks while the fetches are still on the network
        if fetch is None:
            break
        with timing(summary.stage_seconds, "parse"):
            batch, n_parsed = process_fetch(con, fetch, run_date, loaded_bodies.get(fetch.feed.name))
        with timing(summary.stage_seconds, "load"):
            store.write_feed_batch(con, run_date, batch)
        summary.add(batch, n_parsed)
        if on_feed:
            on_feed(batch)
    LOGGER.info("ingest %s: %s", run_date, summary)
    return summary


def process_fetch(
    con: Connection, fetch: FetchResult, run_date: date, loaded_body: str | None = None
) -> tuple[FeedBatch, int]:
    """One fetch result → the batch to store, and how many articles the feed parsed to. A body identical to the
    one loaded last time (`loaded_body`, its digest) is not parsed again: it can hold nothing new."""
    if fetch.status != "fetched":
        return FeedBatch(fetch, fetch.status, error_kind=fetch.error_kind, error=fetch.error), 0
    if loaded_body == body_digest(fetch.body):
        return FeedBatch(fetch, "not_modified"), 0
    try:
        parsed = parse_feed(fetch.body, fetch.feed, fetch.started_at, fetch.content_type)
    except UnsafeFeed as exc:
        LOGGER.warning("%s: %s", fetch.feed.name, exc)
        return FeedBatch(fetch, "unsafe", error_kind="xml_entities", error=str(exc)), 0
    if parsed.error_kind:
        LOGGER.warning("%s: %s", fetch.feed.name, parsed.error)
    fresh = drop_known(parsed.articles, store.known_article_ids(con, [a.article_id for a in parsed.articles]))
    enriched = [enrich(article, run_date) for article in fresh]
    index = dedup.NearDuplicateIndex(store.near_duplicate_candidates(con, [s.signature for s in enriched]))
    stored, takeovers = link_duplicates(enriched, index)
    status = "failed" if parsed.failed else "fetched"
    batch = FeedBatch(
        fetch,
        status,
        parsed.n_entries,
        parsed.error_kind,
        parsed.error,
        tuple(stored),
        takeovers,
        n_skipped=parsed.n_skipped,
        problems=tuple(f"{kind}: {message}" for kind, message in parsed.problems),
    )
    return batch, len(parsed.articles)


def drop_known(articles: list[Article], known: set[str]) -> list[Article]:
    """Skip only the same item seen again: the same guid within the outlet (its article id), stored or earlier in
    the batch. An entry without a guid is identified by its link (`ingest`), so that is the same URL.

    Every other publication is kept, a re-post with the same text included, and live-blog entries that share a page
    URL but have their own guids: who repeated what, and when, is the point. Copies are linked to the
    earliest-published one by `link_duplicates`, not dropped.
    """
    seen, fresh = set(known), []
    for article in articles:
        if article.article_id not in seen:
            seen.add(article.article_id)
            fresh.append(article)
    return fresh


def enrich(article: Article, run_date: date) -> StoredArticle:
    text = article_text(article.title, article.summary)
    return StoredArticle(article, detect_language(text), dedup.signature(text), run_date)


def link_duplicates(
    batch: list[StoredArticle], index: dedup.NearDuplicateIndex
) -> tuple[list[StoredArticle], dict[str, str]]:
    """Attach each article to the original it copies (oldest first, so the batch itself is consistent); return
    them and the stored groups they took over (former original → new original)."""
    linked, takeovers = [], {}
    for stored in sorted(batch, key=lambda s: (s.article.published_at, s.article.article_id)):
        item = dedup.IndexedItem(stored.article.article_id, stored.article.published_at, stored.signature)
        original, taken = index.link(item)
        takeovers.update(taken)
        linked.append(replace(stored, duplicate_of=original))
    return linked, takeovers
