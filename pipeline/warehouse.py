"""The DuckDB warehouse: connection, migrations, views, and the transactional writes of each stage.

All SQL that defines the schema lives in the top-level `warehouse/` package as `.sql` files:
`migrations/NNN_name.sql` are applied once each, in order, and recorded in `schema_migrations`;
`views/*.sql` are (re)created on every read-write connect, so a view change needs no migration.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from importlib.resources import files
from importlib.resources.abc import Traversable
from pathlib import Path

import duckdb
import numpy as np

from pipeline.claims.extract import ClaimMention
from pipeline.claims.match import Claim
from pipeline.config import Feed
from pipeline.dedup import IndexedItem
from pipeline.ingest import Article
from pipeline.language import LanguageGuess
from pipeline.narratives import Narrative, label_from
from pipeline.sources import FetchResult, Validators

LOGGER = logging.getLogger(__name__)

DB_ENV_VAR = "NARRATIVES_DB"
DEFAULT_DB = Path("narratives.duckdb")
SQL_ROOT = files("warehouse")
MIGRATION_NAME = re.compile(r"^(\d{3})_[\w-]+\.sql$")
LOCK_POLL_S = 0.25


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


def connect(path: Path, read_only: bool = False, wait_s: float = 0.0) -> duckdb.DuckDBPyConnection:
    """Open the warehouse file; a writable connection is migrated and has fresh views.

    DuckDB allows one writing process. When another holds the file, wait up to `wait_s` seconds for it,
    then raise `WarehouseBusy`; the file itself is never touched.
    """
    deadline = time.monotonic() + wait_s
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only)
            break
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(f"warehouse {path} is busy: another narratives process is writing to it") from exc
            time.sleep(LOCK_POLL_S)
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


def _executemany(con: duckdb.DuckDBPyConnection, sql: str, rows: list) -> None:
    if rows:  # DuckDB refuses an empty parameter list
        con.executemany(sql, rows)


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
    return [
        IndexedItem(article_id, published_at, bytes(sig), duplicate_of)
        for article_id, published_at, sig, duplicate_of in rows
    ]


def start_run(
    con: duckdb.DuckDBPyConnection, run_date: date, feeds_file: str, n_feeds: int, started_at: datetime
) -> None:
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
        _executemany(
            con,
            "INSERT INTO raw_items VALUES (" + ", ".join(["?"] * 17) + ")",
            [_item_row(stored) for stored in batch.new_articles],
        )
        for copy_id, original_id in (batch.repoints or {}).items():
            con.execute("UPDATE raw_items SET duplicate_of = ? WHERE article_id = ?", [original_id, copy_id])
        con.execute(
            "INSERT OR REPLACE INTO fetch_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                run_date,
                fetch.feed.name,
                fetch.feed.url,
                fetch.started_at,
                fetch.duration_ms,
                batch.status,
                fetch.http_status,
                len(fetch.body),
                batch.n_entries,
                batch.error_kind,
                batch.error,
            ],
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
        a.article_id,
        a.outlet,
        a.feed_url,
        a.guid,
        a.url,
        a.title,
        a.summary,
        a.published_at,
        a.published_source,
        a.fetched_at,
        stored.run_date,
        a.content_hash,
        stored.signature,
        stored.language.language,
        stored.language.probability,
        a.declared_language,
        stored.duplicate_of,
    )


# --- claims -------------------------------------------------------------------------------------------------

MENTION_COLUMNS = (
    "mention_id, article_id, field, start_offset, end_offset, surface_text, value, value_high, kind, unit, exact, "
    "qualifier, ambiguous_separator, subject, subject_concept, year, sentence, language"
)


def articles_pending_claims(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str, str, str | None, datetime]]:
    """Articles not yet scanned for numbers: (article_id, title, summary, language, published_at)."""
    return con.execute(
        """
        SELECT article_id, title, summary, language, published_at FROM articles
        WHERE article_id NOT IN (SELECT article_id FROM claim_extractions)
        ORDER BY article_id
        """
    ).fetchall()


def write_mentions(con: duckdb.DuckDBPyConnection, scanned: dict[str, list[ClaimMention]]) -> None:
    """Mentions of a set of scanned articles, and the fact they were scanned, in one transaction."""
    with transaction(con):
        rows = [_mention_row(m) for mentions in scanned.values() for m in mentions]
        _executemany(con, f"INSERT INTO mentions ({MENTION_COLUMNS}) VALUES ({', '.join(['?'] * 18)})", rows)
        _executemany(
            con,
            "INSERT INTO claim_extractions VALUES (?, ?)",
            [(article_id, len(m)) for article_id, m in scanned.items()],
        )


def _mention_row(m: ClaimMention) -> tuple:
    return (
        m.mention_id,
        m.article_id,
        m.field,
        m.start,
        m.end,
        m.surface_text,
        m.value,
        m.value_high,
        m.kind,
        m.unit,
        m.exact,
        m.qualifier,
        m.ambiguous_separator,
        m.subject,
        m.subject_concept,
        m.year,
        m.sentence,
        m.language,
    )


def mentions_without_embedding(con: duckdb.DuckDBPyConnection, model: str) -> list[tuple[str, str]]:
    return con.execute(
        """
        SELECT mention_id, sentence FROM mentions
        WHERE mention_id NOT IN (SELECT mention_id FROM mention_embeddings WHERE model = ?)
        ORDER BY mention_id
        """,
        [model],
    ).fetchall()


def write_embeddings(con: duckdb.DuckDBPyConnection, model: str, mention_ids: list[str], vectors: np.ndarray) -> None:
    with transaction(con):
        _executemany(
            con,
            "INSERT INTO mention_embeddings VALUES (?, ?, ?)",
            [(mention_id, model, vector.tolist()) for mention_id, vector in zip(mention_ids, vectors, strict=True)],
        )


def mentions_in_first_seen_order(
    con: duckdb.DuckDBPyConnection, model: str
) -> tuple[list[ClaimMention], dict[str, np.ndarray]]:
    """All mentions, earliest first (the order provenance uses), with their context vectors."""
    rows = con.execute(
        f"""
        SELECT {", ".join("m." + c.strip() for c in MENTION_COLUMNS.split(","))}, e.embedding
        FROM mentions m
        JOIN articles a USING (article_id)
        JOIN mention_embeddings e ON e.mention_id = m.mention_id AND e.model = ?
        ORDER BY a.published_at,
                 CASE a.published_source WHEN 'entry' THEN 0 WHEN 'entry_updated' THEN 1 WHEN 'feed_updated' THEN 2 ELSE 3 END,
                 a.fetched_at, a.article_id, m.field = 'summary', m.start_offset
        """,
        [model],
    ).fetchall()
    mentions = [ClaimMention(*row[:-1]) for row in rows]
    vectors = {row[0]: np.asarray(row[-1], dtype=np.float32) for row in rows}
    return mentions, vectors


def replace_claims(con: duckdb.DuckDBPyConnection, claims: list[Claim]) -> None:
    """The claim grouping is recomputed from all mentions each run; swap it in atomically."""
    with transaction(con):
        con.execute("DELETE FROM mention_claims")
        con.execute("DELETE FROM claim_groups")
        if claims:
            _executemany(
                con,
                "INSERT INTO claim_groups VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.claim_id, c.value, c.kind, c.unit, c.subject_concept, c.subject, c.year, c.variant_of)
                    for c in claims
                ],
            )
            _executemany(
                con,
                "INSERT INTO mention_claims VALUES (?, ?)",
                [(mention_id, c.claim_id) for c in claims for mention_id in c.mention_ids],
            )


def claims_with_values(con: duckdb.DuckDBPyConnection, values: tuple[float, ...]) -> list[dict]:
    """Claims whose value is one of `values` (all claims when `values` is empty)."""
    where = f"WHERE value IN ({', '.join('?' * len(values))})" if values else ""
    return _dicts(con.execute(f"SELECT * FROM claims {where} ORDER BY first_seen_at", list(values)))


def claim_centroids(con: duckdb.DuckDBPyConnection, claim_ids: list[str], model: str) -> dict[str, np.ndarray]:
    if not claim_ids:
        return {}
    rows = con.execute(
        f"""
        SELECT mc.claim_id, e.embedding FROM mention_claims mc
        JOIN mention_embeddings e ON e.mention_id = mc.mention_id AND e.model = ?
        WHERE mc.claim_id IN ({", ".join("?" * len(claim_ids))})
        """,
        [model, *claim_ids],
    ).fetchall()
    sums: dict[str, np.ndarray] = {}
    for claim_id, embedding in rows:
        vector = np.asarray(embedding, dtype=np.float32)
        sums[claim_id] = sums.get(claim_id, 0) + vector
    return {claim_id: total / max(np.linalg.norm(total), 1e-12) for claim_id, total in sums.items()}


def claim_spread(con: duckdb.DuckDBPyConnection, claim_id: str) -> list[dict]:
    return _dicts(con.execute("SELECT * FROM claim_spread WHERE claim_id = ? ORDER BY spread_rank", [claim_id]))


def claim_variants(con: duckdb.DuckDBPyConnection, claim_id: str) -> list[dict]:
    """Claims linked to this one as variants, in either direction."""
    return _dicts(
        con.execute(
            """
        SELECT * FROM claims WHERE variant_of = ?
           OR claim_id = (SELECT variant_of FROM claims WHERE claim_id = ?)
        ORDER BY first_seen_at
        """,
            [claim_id, claim_id],
        )
    )


def top_claims(con: duckdb.DuckDBPyConnection, window: timedelta, min_outlets: int, limit: int) -> list[dict]:
    """Claims most repeated in the window ending at the newest article (so recorded corpora behave like live ones)."""
    return _dicts(
        con.execute(
            """
        WITH bounds AS (SELECT max(published_at) AS newest FROM articles),
        recent AS (
            SELECT claim_id, count(*) AS mentions_in_window, count(DISTINCT outlet) AS outlets_in_window,
                   count(DISTINCT language) AS languages_in_window
            FROM claim_mentions, bounds
            WHERE published_at > newest - ?
            GROUP BY claim_id
        )
        SELECT c.*, r.mentions_in_window, r.outlets_in_window, r.languages_in_window
        FROM recent r JOIN claims c USING (claim_id)
        WHERE r.outlets_in_window >= ?
        ORDER BY r.outlets_in_window DESC, r.languages_in_window DESC, r.mentions_in_window DESC, c.first_seen_at
        LIMIT ?
        """,
            [window, min_outlets, limit],
        )
    )


def _dicts(cursor: duckdb.DuckDBPyConnection) -> list[dict]:
    columns = [column[0] for column in cursor.description]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


# --- narratives ---------------------------------------------------------------------------------------------


def articles_without_embedding(con: duckdb.DuckDBPyConnection, model: str) -> list[tuple[str, str]]:
    """(article_id, text) for articles not yet embedded with `model` (base tables: this runs every day)."""
    return con.execute(
        """
        SELECT r.article_id, r.title || chr(10) || r.summary FROM raw_items r
        ANTI JOIN (SELECT article_id FROM article_embeddings WHERE model = ?) e USING (article_id)
        ORDER BY r.article_id
        """,
        [model],
    ).fetchall()


def write_article_embeddings(
    con: duckdb.DuckDBPyConnection, model: str, article_ids: list[str], vectors: np.ndarray
) -> None:
    with transaction(con):
        _executemany(
            con,
            "INSERT INTO article_embeddings VALUES (?, ?, ?)",
            [(article_id, model, vector.tolist()) for article_id, vector in zip(article_ids, vectors, strict=True)],
        )


@dataclass(frozen=True)
class NarrativePool:
    article_ids: list[str]
    docs: list[str]
    vectors: np.ndarray
    n_new: int


def narrative_pool(con: duckdb.DuckDBPyConnection, model: str, outlier_window: timedelta) -> NarrativePool:
    """Unclustered articles, plus outliers published within `outlier_window` of the newest of them.

    Reads base tables, not the `articles` view: its cost must not grow with the history.
    """
    rows = con.execute(
        """
        WITH fresh AS (
            SELECT r.article_id, r.published_at FROM raw_items r
            ANTI JOIN article_narratives n USING (article_id)
            SEMI JOIN (SELECT article_id FROM article_embeddings WHERE model = ?) e USING (article_id)
        ),
        recent_outliers AS (
            SELECT r.article_id, r.published_at FROM raw_items r
            JOIN article_narratives n USING (article_id)
            WHERE n.narrative_id = -1 AND EXISTS (SELECT 1 FROM fresh)
              AND r.published_at >= (SELECT max(published_at) FROM fresh) - ?
        ),
        pool AS (SELECT *, true AS is_new FROM fresh UNION ALL SELECT *, false FROM recent_outliers)
        SELECT p.article_id, r.title || chr(10) || r.summary, e.embedding, p.is_new
        FROM pool p
        JOIN raw_items r USING (article_id)
        JOIN article_embeddings e ON e.article_id = p.article_id AND e.model = ?
        ORDER BY p.published_at, p.article_id
        """,
        [model, outlier_window, model],
    ).fetchall()
    vectors = np.asarray([row[2] for row in rows], dtype=np.float32) if rows else np.zeros((0, 0), dtype=np.float32)
    return NarrativePool([r[0] for r in rows], [r[1] for r in rows], vectors, sum(1 for r in rows if r[3]))


def load_narratives(con: duckdb.DuckDBPyConnection, model: str) -> list[Narrative]:
    rows = con.execute(
        "SELECT narrative_id, vector_sum, n_members FROM narrative_state WHERE model = ? ORDER BY narrative_id", [model]
    ).fetchall()
    return [
        Narrative(narrative_id, np.asarray(vector_sum, dtype=np.float32), n) for narrative_id, vector_sum, n in rows
    ]


def next_narrative_id(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT coalesce(max(narrative_id), 0) + 1 FROM narrative_state").fetchone()[0])


def write_narratives(
    con: duckdb.DuckDBPyConnection,
    run_date: date,
    model: str,
    assignments: dict[str, int],
    narratives: list[Narrative],
    created: set[int],
) -> None:
    """Assignments and the touched narratives' state, in one transaction."""
    with transaction(con):
        _executemany(
            con,
            "INSERT OR REPLACE INTO article_narratives VALUES (?, ?, ?)",
            [(article_id, narrative_id, run_date) for article_id, narrative_id in assignments.items()],
        )
        for narrative in narratives:
            if narrative.narrative_id in created:
                con.execute(
                    "INSERT INTO narrative_state (narrative_id, model, vector_sum, n_members, keywords, generated_label, created_run) VALUES (?, ?, ?, ?, [], '', ?)",
                    [narrative.narrative_id, model, narrative.vector_sum.tolist(), narrative.n_members, run_date],
                )
            else:
                con.execute(
                    "UPDATE narrative_state SET vector_sum = ?, n_members = ? WHERE narrative_id = ?",
                    [narrative.vector_sum.tolist(), narrative.n_members, narrative.narrative_id],
                )


def shared_claim_votes(
    con: duckdb.DuckDBPyConnection, article_ids: list[str], pending: dict[str, int]
) -> dict[str, dict[int, int]]:
    """For each article: narrative → number of other clustered articles sharing one of its subject-specific claims.

    `pending` holds assignments made in this run but not written yet; they count as if stored.
    """
    if not article_ids:
        return {}
    rows = con.execute(
        f"""
        WITH own AS (
            SELECT m.article_id, mc.claim_id FROM mentions m
            JOIN mention_claims mc USING (mention_id)
            JOIN claim_groups g ON g.claim_id = mc.claim_id AND g.subject_concept IS NOT NULL
            WHERE m.article_id IN ({", ".join("?" * len(article_ids))})
        )
        SELECT DISTINCT own.article_id, peer.article_id, n.narrative_id
        FROM own
        JOIN mention_claims pc ON pc.claim_id = own.claim_id
        JOIN mentions peer ON peer.mention_id = pc.mention_id AND peer.article_id <> own.article_id
        LEFT JOIN article_narratives n ON n.article_id = peer.article_id
        """,
        article_ids,
    ).fetchall()
    peers: dict[str, dict[int, set[str]]] = {}
    for article_id, peer, stored in rows:
        narrative_id = pending.get(peer, stored)
        if narrative_id is not None and narrative_id > 0:
            peers.setdefault(article_id, {}).setdefault(narrative_id, set()).add(peer)
    return {article_id: {n: len(p) for n, p in by_narrative.items()} for article_id, by_narrative in peers.items()}


def recent_docs_by_narrative(
    con: duckdb.DuckDBPyConnection, active_window: timedelta, per_narrative: int, pivot: bool = False
) -> dict[int, list[str]]:
    """Texts of the last `active_window` (at most `per_narrative` per narrative): the classes for c-TF-IDF.

    Bounded by the window, not by history, so labels of active narratives follow their recent coverage and
    dormant narratives keep their last label. `pivot=True` uses English text: English articles as written, others
    through their translation, articles with neither left out.
    """
    text = (
        "CASE WHEN coalesce(r.detected_language, r.declared_language) = 'en' THEN r.title || ' ' || r.summary "
        "ELSE te.text || ' ' || coalesce(se.text, '') END"
        if pivot
        else "r.title || ' ' || r.summary"
    )
    rows = con.execute(
        f"""
        WITH recent AS (
            SELECT r.*, n.narrative_id FROM raw_items r JOIN article_narratives n USING (article_id)
            WHERE n.narrative_id > 0 AND r.published_at >= (SELECT max(published_at) FROM raw_items) - ?
        ),
        ranked AS (
            SELECT r.narrative_id, {text} AS text,
                   row_number() OVER (PARTITION BY r.narrative_id ORDER BY r.published_at DESC, r.article_id) AS k
            FROM recent r
            LEFT JOIN translations te ON te.article_id = r.article_id AND te.field = 'title' AND te.target_lang = 'en'
            LEFT JOIN translations se ON se.article_id = r.article_id AND se.field = 'summary' AND se.target_lang = 'en'
            {"WHERE coalesce(r.detected_language, r.declared_language) = 'en' OR te.text IS NOT NULL" if pivot else ""}
        )
        SELECT narrative_id, text FROM ranked WHERE k <= ? ORDER BY narrative_id, k
        """,
        [active_window, per_narrative],
    ).fetchall()
    docs: dict[int, list[str]] = {}
    for narrative_id, text in rows:
        docs.setdefault(narrative_id, []).append(text)
    return docs


def write_keywords(
    con: duckdb.DuckDBPyConnection, keywords: dict[int, list[str]], pivot_keywords: dict[int, list[str]]
) -> None:
    """Generated labels prefer pivot-language keywords; original-language keywords are kept beside them."""
    rows = [
        (words, pivot_keywords.get(n, []), label_from(pivot_keywords.get(n) or words), n)
        for n, words in keywords.items()
    ]
    with transaction(con):
        _executemany(
            con,
            "UPDATE narrative_state SET keywords = ?, keywords_pivot = ?, generated_label = ? WHERE narrative_id = ?",
            rows,
        )


def rename_narrative(con: duckdb.DuckDBPyConnection, narrative_id: int, name: str) -> bool:
    if con.execute("SELECT count(*) FROM narrative_state WHERE narrative_id = ?", [narrative_id]).fetchone()[0] == 0:
        return False
    con.execute("INSERT OR REPLACE INTO narrative_names (narrative_id, name) VALUES (?, ?)", [narrative_id, name])
    return True


def list_narratives(con: duckdb.DuckDBPyConnection) -> list[dict]:
    return _dicts(con.execute("SELECT * FROM narratives ORDER BY n_articles DESC, narrative_id"))


def outlier_count(con: duckdb.DuckDBPyConnection) -> int:
    return int(con.execute("SELECT count(*) FROM articles WHERE narrative_id = -1").fetchone()[0])


def narrative_detail(con: duckdb.DuckDBPyConnection, narrative_id: int) -> dict | None:
    rows = _dicts(con.execute("SELECT * FROM narratives WHERE narrative_id = ?", [narrative_id]))
    if not rows:
        return None
    detail = rows[0]
    detail["by_language"] = _dicts(
        con.execute(
            """
        SELECT language, count(*) AS n_articles, count(DISTINCT outlet) AS n_outlets, min(published_at) AS first_at,
               arg_min(outlet, (published_at, article_id)) AS first_outlet
        FROM articles WHERE narrative_id = ? GROUP BY language ORDER BY first_at
        """,
            [narrative_id],
        )
    )
    detail["claims"] = _dicts(
        con.execute(
            """
        SELECT c.claim_id, c.value, c.unit, c.subject, c.year, c.first_seen_outlet, c.first_seen_at,
               count(DISTINCT cm.article_id) AS articles_here, c.n_outlets, c.variant_of
        FROM claim_mentions cm JOIN claims c USING (claim_id)
        JOIN articles a ON a.article_id = cm.article_id
        WHERE a.narrative_id = ?
        GROUP BY ALL HAVING count(DISTINCT cm.article_id) >= 2
        ORDER BY articles_here DESC, c.first_seen_at LIMIT 10
        """,
            [narrative_id],
        )
    )
    detail["articles"] = _dicts(
        con.execute(
            "SELECT published_at, outlet, language, title, url FROM articles WHERE narrative_id = ? ORDER BY published_at, article_id",
            [narrative_id],
        )
    )
    return detail


def clustered_articles(
    con: duckdb.DuckDBPyConnection, model: str
) -> tuple[list[str], np.ndarray, list[int], list[datetime]]:
    """Every clustered article (outliers included): texts, vectors, narrative ids, publication times."""
    rows = con.execute(
        """
        SELECT a.title || chr(10) || a.summary, e.embedding, a.narrative_id, a.published_at
        FROM articles a JOIN article_embeddings e ON e.article_id = a.article_id AND e.model = ?
        WHERE a.narrative_id IS NOT NULL ORDER BY a.published_at, a.article_id
        """,
        [model],
    ).fetchall()
    vectors = np.asarray([r[1] for r in rows], dtype=np.float32)
    return [r[0] for r in rows], vectors, [r[2] for r in rows], [r[3] for r in rows]


# --- digest -------------------------------------------------------------------------------------------------


def busiest_week_start(con: duckdb.DuckDBPyConnection) -> date | None:
    row = con.execute(
        "SELECT week_start FROM language_weeks GROUP BY week_start ORDER BY sum(n_articles) DESC, week_start DESC LIMIT 1"
    ).fetchone()
    return row[0] if row else None


def week_totals(con: duckdb.DuckDBPyConnection, start: date, end: date) -> dict:
    return _dicts(
        con.execute(
            """
        SELECT count(*) AS n_articles, count(DISTINCT outlet) AS n_outlets, count(DISTINCT language) AS n_languages,
               count(*) FILTER (narrative_id = -1) AS n_outliers
        FROM articles WHERE published_at >= ? AND published_at < ?
        """,
            [start, end],
        )
    )[0]


def week_narratives(con: duckdb.DuckDBPyConnection, start: date, previous: date, limit: int) -> list[dict]:
    """Narratives active in the week starting `start`, with last week's size for growth."""
    return _dicts(
        con.execute(
            """
        SELECT n.narrative_id, n.label, n.keywords, n.first_seen_at, n.first_outlet, n.n_articles AS total_articles,
               w.n_articles, w.n_outlets, w.languages, coalesce(p.n_articles, 0) AS previous_articles,
               n.first_seen_at >= ? AS is_new
        FROM narrative_weeks w
        JOIN narratives n USING (narrative_id)
        LEFT JOIN narrative_weeks p ON p.narrative_id = w.narrative_id AND p.week_start = ?
        WHERE w.week_start = ?
        ORDER BY w.n_articles DESC, n.narrative_id LIMIT ?
        """,
            [start, previous, start, limit],
        )
    )


def narrative_daily_counts(
    con: duckdb.DuckDBPyConnection, narrative_ids: list[int], start: date, end: date
) -> dict[int, dict[date, int]]:
    if not narrative_ids:
        return {}
    rows = con.execute(
        f"""
        SELECT narrative_id, day, n_articles FROM narrative_timeline
        WHERE narrative_id IN ({", ".join("?" * len(narrative_ids))}) AND day >= ? AND day < ?
        """,
        [*narrative_ids, start, end],
    ).fetchall()
    counts: dict[int, dict[date, int]] = {}
    for narrative_id, day, n in rows:
        counts.setdefault(narrative_id, {})[day] = n
    return counts


def narrative_examples(
    con: duckdb.DuckDBPyConnection, narrative_id: int, start: date, end: date, limit: int
) -> list[dict]:
    return _dicts(
        con.execute(
            """
        SELECT published_at, outlet, language, title, url FROM articles
        WHERE narrative_id = ? AND published_at >= ? AND published_at < ? AND duplicate_of IS NULL
        ORDER BY published_at, article_id LIMIT ?
        """,
            [narrative_id, start, end, limit],
        )
    )


def week_claims(con: duckdb.DuckDBPyConnection, start: date, limit: int) -> list[dict]:
    """The week's most-spread claims about a named subject (outlets, then languages, then mentions)."""
    return _dicts(
        con.execute(
            """
        SELECT c.*, w.n_outlets AS week_outlets, w.n_mentions AS week_mentions, w.languages AS week_languages
        FROM claim_weeks w JOIN claims c USING (claim_id)
        JOIN claim_groups g USING (claim_id)
        WHERE w.week_start = ? AND g.subject_concept IS NOT NULL AND w.n_outlets >= 2
        ORDER BY w.n_outlets DESC, len(w.languages) DESC, w.n_mentions DESC, c.first_seen_at LIMIT ?
        """,
            [start, limit],
        )
    )


def week_language_coverage(con: duckdb.DuckDBPyConnection, start: date) -> list[dict]:
    return _dicts(con.execute("SELECT * FROM language_weeks WHERE week_start = ? ORDER BY n_articles DESC", [start]))


def fetch_health(con: duckdb.DuckDBPyConnection, start: date, end: date) -> tuple[list[dict], bool]:
    """Fetch outcomes of the runs in the week; when there were none (a recorded corpus), the latest run's."""
    rows = _dicts(
        con.execute(
            """
        SELECT status, error_kind, count(*) AS n, list(DISTINCT outlet ORDER BY outlet) AS outlets
        FROM fetch_log WHERE run_date >= ? AND run_date < ? GROUP BY ALL ORDER BY status, error_kind
        """,
            [start, end],
        )
    )
    if rows:
        return rows, True
    return _dicts(
        con.execute(
            """
        SELECT status, error_kind, count(*) AS n, list(DISTINCT outlet ORDER BY outlet) AS outlets
        FROM fetch_log WHERE run_date = (SELECT max(run_date) FROM fetch_log) GROUP BY ALL ORDER BY status, error_kind
        """
        )
    ), False


def export_view(con: duckdb.DuckDBPyConnection, view: str, path: Path, format_: str) -> None:
    """COPY one view to a Parquet or CSV file (DuckDB writes both natively)."""
    options = "FORMAT parquet" if format_ == "parquet" else "FORMAT csv, HEADER true"
    con.execute(f"COPY (SELECT * FROM {view}) TO '{str(path).replace(chr(39), chr(39) * 2)}' ({options})")


def week_outliers(con: duckdb.DuckDBPyConnection, start: date, end: date, limit: int) -> list[dict]:
    return _dicts(
        con.execute(
            """
        SELECT published_at, outlet, language, title, url FROM articles
        WHERE narrative_id = -1 AND published_at >= ? AND published_at < ?
        ORDER BY published_at DESC, article_id LIMIT ?
        """,
            [start, end, limit],
        )
    )


# --- translation --------------------------------------------------------------------------------------------


def articles_pending_translation(con: duckdb.DuckDBPyConnection) -> list[tuple[str, str | None, str, str]]:
    """(article_id, language, title, summary) of articles with no translation status yet."""
    return con.execute(
        """
        SELECT article_id, language, title, summary FROM articles
        WHERE article_id NOT IN (SELECT article_id FROM translation_status)
        ORDER BY language, article_id
        """
    ).fetchall()


def cached_translations(
    con: duckdb.DuckDBPyConnection, hashes: list[str], model: str, version: str, target: str
) -> dict[str, str]:
    if not hashes:
        return {}
    rows = con.execute(
        f"""
        SELECT text_hash, text FROM translation_cache
        WHERE model = ? AND model_version = ? AND target_lang = ? AND text_hash IN ({", ".join("?" * len(hashes))})
        """,
        [model, version, target, *hashes],
    ).fetchall()
    return dict(rows)


@dataclass(frozen=True)
class TranslationBatch:
    """One language's outcome: what to cache, the translated fields, and every article's status."""

    cache_rows: list[tuple]  # (text_hash, model, version, target, text)
    translation_rows: list[tuple]  # (article_id, field, source, target, text, model, version, translated_at)
    status_rows: list[tuple]  # (article_id, source, target, status, detail)


def write_translations(con: duckdb.DuckDBPyConnection, batch: TranslationBatch) -> None:
    with transaction(con):
        _executemany(con, "INSERT OR IGNORE INTO translation_cache VALUES (?, ?, ?, ?, ?)", batch.cache_rows)
        _executemany(con, "INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?, ?, ?)", batch.translation_rows)
        _executemany(con, "INSERT OR REPLACE INTO translation_status VALUES (?, ?, ?, ?, ?)", batch.status_rows)


def translation_coverage(con: duckdb.DuckDBPyConnection, start: date, end: date) -> dict[str | None, dict[str, int]]:
    """language → status → articles, for articles published in [start, end)."""
    rows = con.execute(
        """
        SELECT language, coalesce(translation_status, 'pending') AS status, count(*) FROM articles
        WHERE published_at >= ? AND published_at < ? GROUP BY ALL
        """,
        [start, end],
    ).fetchall()
    coverage: dict[str | None, dict[str, int]] = {}
    for language, status, count in rows:
        coverage.setdefault(language, {})[status] = count
    return coverage
