"""Reads and writes of the fetch and load stages: feeds, runs, the fetch log and raw items."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from pipeline.config import Feed
from pipeline.dedup import IndexedItem, band_buckets
from pipeline.ids import body_digest
from pipeline.ingest import Article
from pipeline.language import LanguageGuess
from pipeline.sources.base import FetchResult, Validators
from pipeline.store import queue, search
from pipeline.store.db import Connection, field_values, indexed_in, insert, present, select, transaction


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article with everything ingest knows about it."""

    article: Article
    language: LanguageGuess
    signature: bytes
    run_date: date
    duplicate_of: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class RawItem(Article):
    """A `raw_items` row: the article as parsed, plus what the load stage learnt about it."""

    run_date: date
    minhash: bytes
    detected_language: str | None
    language_prob: float
    duplicate_of: str | None

    @classmethod
    def of(cls, stored: StoredArticle) -> RawItem:
        article = stored.article
        return cls(
            **field_values(article),
            run_date=stored.run_date,
            minhash=stored.signature,
            detected_language=stored.language.language,
            language_prob=stored.language.probability,
            duplicate_of=stored.duplicate_of,
        )


@dataclass(frozen=True, slots=True)
class FetchLogEntry:
    """A `fetch_log` row: one per feed per run date."""

    run_date: date
    outlet: str
    url: str
    started_at: datetime
    duration_ms: float
    status: str
    http_status: int | None
    bytes: int
    n_entries: int
    error_kind: str | None
    error: str | None
    n_skipped: int
    problems: list[str]


@dataclass(frozen=True)
class FeedBatch:
    """What one feed's fetch produced in a run."""

    fetch: FetchResult
    status: str
    n_entries: int = 0
    error_kind: str | None = None
    error: str | None = None
    new_articles: tuple[StoredArticle, ...] = ()
    takeovers: dict[str, str] | None = None
    """Stored groups whose original turned out to be later than one of the new articles: former original id →
    new original id (its members follow)."""
    n_skipped: int = 0
    """Entries over the feed's item cap: counted here, not stored."""
    problems: tuple[str, ...] = ()
    """Every problem the parser recorded, as "kind: message"."""

    def log_entry(self, run_date: date) -> FetchLogEntry:
        fetch = self.fetch
        return FetchLogEntry(
            run_date=run_date,
            outlet=fetch.feed.name,
            url=fetch.feed.url,
            started_at=fetch.started_at,
            duration_ms=fetch.duration_ms,
            status=self.status,
            http_status=fetch.http_status,
            bytes=len(fetch.body),
            n_entries=self.n_entries,
            error_kind=self.error_kind,
            error=self.error,
            n_skipped=self.n_skipped,
            problems=list(self.problems),
        )


def register_feeds(con: Connection, feeds: Iterable[Feed]) -> None:
    """Insert new feeds, refresh the metadata of known ones; conditional-GET state is kept."""
    with transaction(con):
        for feed in feeds:
            con.execute(
                """
                INSERT INTO feeds (outlet, url, declared_language, country, tags) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (outlet) DO UPDATE SET url = excluded.url, declared_language = excluded.declared_language,
                    country = excluded.country, tags = excluded.tags
                """,
                [feed.name, feed.url, feed.language, feed.country, list(feed.tags)],
            )


def feed_validators(con: Connection) -> dict[str, Validators]:
    rows = con.execute("SELECT outlet, etag, last_modified FROM feeds").fetchall()
    return {outlet: Validators(etag, last_modified) for outlet, etag, last_modified in rows}


@dataclass(frozen=True, slots=True)
class MinhashBand:
    """A `minhash_bands` row: one LSH bucket of an article's signature."""

    bucket: int
    article_id: str


def known_article_ids(con: Connection, article_ids: list[str]) -> set[str]:
    """The ones among a batch's article ids already stored: an indexed look-up, not the outlet's history."""
    return present(con, "raw_items", "article_id", article_ids)


def near_duplicate_candidates(con: Connection, signatures: list[bytes]) -> list[IndexedItem]:
    """Stored originals sharing an LSH bucket with any of `signatures` (and, for one that has since become a copy, its
    new original): indexed look-ups of the batch's buckets, so the work follows the batch, not the history."""
    buckets = sorted({bucket for signature in signatures for bucket in band_buckets(signature)})
    hits = [
        row[0]
        for row in con.execute(
            f"SELECT DISTINCT article_id FROM minhash_bands WHERE {indexed_in('bucket', buckets)}"
        ).fetchall()
    ]
    items = _indexed_items(con, hits)
    originals = sorted({item.duplicate_of for item in items if item.duplicate_of} - set(hits))
    return _indexed_items(con, originals) + items


def _indexed_items(con: Connection, article_ids: list[str]) -> list[IndexedItem]:
    return select(
        con,
        IndexedItem,
        "SELECT article_id, published_at, minhash AS signature, duplicate_of FROM raw_items "
        f"WHERE {indexed_in('article_id', article_ids)} ORDER BY article_id",
    )


def feed_body_hashes(con: Connection) -> dict[str, str]:
    """The SHA-256 of each feed's body as last loaded: an unchanged body need not be parsed again."""
    return dict(con.execute("SELECT outlet, body_sha256 FROM feeds WHERE body_sha256 IS NOT NULL").fetchall())


def start_run(con: Connection, run_date: date, feeds_file: str, n_feeds: int, started_at: datetime) -> None:
    with transaction(con):
        con.execute(
            "INSERT OR REPLACE INTO runs (run_date, started_at, finished_at, feeds_file, n_feeds, stage_seconds) "
            "VALUES (?, ?, NULL, ?, ?, NULL)",
            [run_date, started_at, feeds_file, n_feeds],
        )


def finish_run(con: Connection, run_date: date, finished_at: datetime) -> None:
    con.execute("UPDATE runs SET finished_at = ? WHERE run_date = ?", [finished_at, run_date])


def record_stage_seconds(con: Connection, run_date: date, seconds: dict[str, float]) -> None:
    """Add stage timings to the run's `stage_seconds` (each Airflow task adds its own)."""
    con.execute(
        "UPDATE runs SET stage_seconds = json_merge_patch(coalesce(stage_seconds, '{}'), ?::JSON) WHERE run_date = ?",
        [json.dumps({stage: round(value, 3) for stage, value in seconds.items()}), run_date],
    )


def write_feed_batch(con: Connection, run_date: date, batch: FeedBatch) -> None:
    """Everything one feed's fetch produced, in one transaction: a crash leaves all of it or none."""
    fetch = batch.fetch
    with transaction(con):
        items = [RawItem.of(stored) for stored in batch.new_articles]
        insert(con, "raw_items", items)
        queue.enqueue(con, [(s.article.article_id, s.article.published_at) for s in batch.new_articles])
        search.index_texts(  # the language as the `article_language` macro gives it
            con,
            [
                search.original(i.article_id, i.detected_language or i.declared_language, i.title, i.summary)
                for i in items
            ],
        )
        insert(
            con,
            "minhash_bands",
            [  # originals only: a copy is found through its original, and a syndicated text's copies do not pile up
                MinhashBand(bucket, stored.article.article_id)
                for stored in batch.new_articles
                if stored.duplicate_of is None
                for bucket in band_buckets(stored.signature)
            ],
        )
        for former, original_id in (batch.takeovers or {}).items():
            con.execute(
                "UPDATE raw_items SET duplicate_of = ? WHERE article_id = ? OR duplicate_of = ?",
                [original_id, former, former],
            )
        insert(con, "fetch_log", [batch.log_entry(run_date)], replace=True)
        con.execute(
            "UPDATE feeds SET last_status = ?, last_fetched_at = ? WHERE outlet = ?",
            [batch.status, fetch.started_at, fetch.feed.name],
        )
        if batch.status in ("fetched", "not_modified"):
            con.execute(
                "UPDATE feeds SET etag = ?, last_modified = ? WHERE outlet = ?",
                [fetch.validators.etag, fetch.validators.last_modified, fetch.feed.name],
            )
        if batch.status == "fetched":
            con.execute("UPDATE feeds SET body_sha256 = ? WHERE outlet = ?", [body_digest(fetch.body), fetch.feed.name])
