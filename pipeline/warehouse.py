"""The DuckDB warehouse: connection, migrations, views, and the transactional writes of each stage.

All SQL that defines the schema lives in the top-level `warehouse/` package as `.sql` files:
`migrations/NNN_name.sql` are applied once each, in order, and recorded in `schema_migrations`;
`views/*.sql` are (re)created on every read-write connect, so a view change needs no migration.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import duckdb

from pipeline.config import Feed
from pipeline.dedup import IndexedItem
from pipeline.ingest import Article
from pipeline.language import LanguageGuess
from pipeline.sources import FetchResult, Validators

LOGGER = logging.getLogger(__name__)

DB_ENV_VAR = "NARRATIVES_DB"
DEFAULT_DB = Path("narratives.duckdb")
SQL_ROOT = files("warehouse")
MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")


class WarehouseBusy(RuntimeError):
    """Another process holds the DuckDB write lock."""


@dataclass(frozen=True, slots=True)
class StoredArticle:
    """An article with everything ingest knows about it: the shape of a `raw_items` row."""

    article: Article
    language: LanguageGuess
    signature: bytes
    run_date: date
    duplicate_of: str | None = None


def default_db_path() -> Path:
    return Path(os.environ.get(DB_ENV_VAR, DEFAULT_DB))


def connect(path: Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file; a writable connection is migrated and has fresh views."""
    try:
        con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(f"warehouse {path} is busy: another narratives process is writing to it") from exc
        raise
    if not read_only:
        migrate(con)
        create_views(con)
    return con


def migrate(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Apply pending numbered migrations, each in its own transaction; return the names applied."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    done = []
    for version, script in _migrations():
        if version in applied:
            continue
        with transaction(con):
            con.execute(script.read_text(encoding="utf-8"))
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)", [version, script.name])
        LOGGER.info("applied migration %s", script.name)
        done.append(script.name)
    return done


def _migrations() -> list[tuple[int, Traversable]]:
    found = []
    for script in (SQL_ROOT / "migrations").iterdir():
        if match := MIGRATION_NAME.match(script.name):
            found.append((int(match.group(1)), script))
    return sorted(found, key=lambda pair: pair[0])


def create_views(con: duckdb.DuckDBPyConnection) -> None:
    scripts = sorted((s for s in (SQL_ROOT / "views").iterdir() if s.name.endswith(".sql")), key=lambda s: s.name)
    with transaction(con):
        for script in scripts:
            con.execute(script.read_text(encoding="utf-8"))


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def register_feeds(con: duckdb.DuckDBPyConnection, feeds: Iterable[Feed]) -> None:
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


def feed_validators(con: duckdb.DuckDBPyConnection) -> dict[str, Validators]:
    rows = con.execute("SELECT outlet, etag, last_modified FROM feeds").fetchall()
    return {outlet: Validators(etag, last_modified) for outlet, etag, last_modified in rows}


@dataclass(frozen=True)
class KnownKeys:
    """Identity keys an outlet has already stored: used for exact dedup across runs."""

    article_ids: set[str]
    urls: set[str]
    content_hashes: set[str]


def known_keys(con: duckdb.DuckDBPyConnection, outlet: str) -> KnownKeys:
    rows = con.execute("SELECT article_id, url, content_hash FROM raw_items WHERE outlet = ?", [outlet]).fetchall()
    return KnownKeys({r[0] for r in rows}, {r[1] for r in rows if r[1]}, {r[2] for r in rows})


def indexed_items(con: duckdb.DuckDBPyConnection) -> list[IndexedItem]:
    rows = con.execute("SELECT article_id, published_at, minhash, duplicate_of FROM raw_items").fetchall()
    return [IndexedItem(article_id, published_at, bytes(sig), duplicate_of) for article_id, published_at, sig, duplicate_of in rows]


def start_run(con: duckdb.DuckDBPyConnection, run_date: date, feeds_file: str, n_feeds: int, started_at: datetime) -> None:
    with transaction(con):
        con.execute(
            "INSERT OR REPLACE INTO runs (run_date, started_at, finished_at, feeds_file, n_feeds) VALUES (?, ?, NULL, ?, ?)",
            [run_date, started_at, feeds_file, n_feeds],
        )


def finish_run(con: duckdb.DuckDBPyConnection, run_date: date, finished_at: datetime) -> None:
    con.execute("UPDATE runs SET finished_at = ? WHERE run_date = ?", [finished_at, run_date])


@dataclass(frozen=True)
class FeedBatch:
    """What one feed's fetch produced in a run."""

    fetch: FetchResult
    status: str
    n_entries: int = 0
    error_kind: str | None = None
    error: str | None = None
    new_articles: tuple[StoredArticle, ...] = ()
    repoints: dict[str, str] | None = None
    """Existing copies whose original turned out to be one of the new articles: copy id → new original id."""


def write_feed_batch(con: duckdb.DuckDBPyConnection, run_date: date, batch: FeedBatch) -> None:
    """Everything one feed's fetch produced, in one transaction: a crash leaves all of it or none."""
    fetch = batch.fetch
    with transaction(con):
        if batch.new_articles:
            con.executemany(
                "INSERT INTO raw_items VALUES (" + ", ".join(["?"] * 17) + ")",
                [_item_row(stored) for stored in batch.new_articles],
            )
        for copy_id, original_id in (batch.repoints or {}).items():
            con.execute("UPDATE raw_items SET duplicate_of = ? WHERE article_id = ?", [original_id, copy_id])
        con.execute(
            "INSERT OR REPLACE INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [run_date, fetch.feed.name, fetch.feed.url, fetch.started_at, fetch.duration_ms, batch.status,
             fetch.http_status, len(fetch.body), batch.n_entries, batch.error_kind, batch.error],
        )
        con.execute(
            "UPDATE feeds SET last_status = ?, last_fetched_at = ? WHERE outlet = ?",
            [batch.status, fetch.started_at, fetch.feed.name],
        )
        if batch.status in ("fetched", "not_modified"):
            con.execute(
                "UPDATE feeds SET etag = ?, last_modified = ? WHERE outlet = ?",
                [fetch.validators.etag, fetch.validators.last_modified, fetch.feed.name],
            )


def _item_row(stored: StoredArticle) -> tuple:
    a = stored.article
    return (
        a.article_id, a.outlet, a.feed_url, a.guid, a.url, a.title, a.summary, a.published_at, a.published_source,
        a.fetched_at, stored.run_date, a.content_hash, stored.signature, stored.language.language,
        stored.language.probability, a.declared_language, stored.duplicate_of,
    )
