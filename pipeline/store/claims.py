"""Reads and writes of the claims stage: mentions, their context vectors, and the grouping into claims."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import numpy as np

from pipeline.claims.extract import ClaimMention
from pipeline.claims.match import Claim
from pipeline.store.db import Connection, columns_of, insert, placeholders, scalar, select, transaction


@dataclass(frozen=True, slots=True)
class ArticleToScan:
    article_id: str
    title: str
    summary: str
    language: str | None
    published_at: datetime


@dataclass(frozen=True, slots=True)
class Extraction:
    """A `claim_extractions` row: the article was scanned (once), and how many mentions it had."""

    article_id: str
    n_mentions: int


@dataclass(frozen=True, slots=True)
class MentionEmbedding:
    mention_id: str
    model: str
    embedding: list[float]


@dataclass(frozen=True, slots=True)
class MentionClaim:
    mention_id: str
    claim_id: str


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A row of the `claims` view."""

    claim_id: str
    value: float
    subject: str | None
    year: int | None
    first_seen_article_id: str
    first_seen_outlet: str
    first_seen_at: datetime
    n_mentions: int
    n_outlets: int
    n_languages: int
    variant_of: str | None
    kind: str
    unit: str | None
    n_articles: int
    languages: list[str]
    surface_forms: list[str]
    last_seen_at: datetime
    first_seen_date_source: str
    variant_evidence: str | None


@dataclass(frozen=True, slots=True)
class TopClaimRow(ClaimRow):
    """A claim with its counts inside the window asked for."""

    mentions_in_window: int
    outlets_in_window: int
    languages_in_window: int


@dataclass(frozen=True, slots=True)
class SpreadRow:
    """A row of the `claim_spread` view: one outlet at its first article carrying the claim."""

    claim_id: str
    outlet: str
    language: str | None
    first_published_at: datetime
    spread_rank: int
    article_id: str
    title: str
    url: str | None
    surface_text: str
    near_copy: bool
    duplicate_of: str | None


def articles_pending_claims(con: Connection, limit: int) -> tuple[list[ArticleToScan], int]:
    """The oldest `limit` articles not yet scanned for numbers; and how many wait in all."""
    pending = """
        SELECT article_id, title, summary, language, published_at FROM articles
        WHERE article_id NOT IN (SELECT article_id FROM claim_extractions)
    """
    rows = select(con, ArticleToScan, f"{pending} ORDER BY published_at, article_id LIMIT ?", [limit])
    return rows, int(scalar(con, f"SELECT count(*) FROM ({pending})"))


def write_mentions(con: Connection, scanned: dict[str, list[ClaimMention]]) -> None:
    """Mentions of a set of scanned articles, and the fact they were scanned, in one transaction."""
    with transaction(con):
        insert(con, "mentions", [m for mentions in scanned.values() for m in mentions])
        insert(con, "claim_extractions", [Extraction(article_id, len(m)) for article_id, m in scanned.items()])


def mentions_without_embedding(con: Connection, model: str) -> list[tuple[str, str]]:
    """(mention_id, sentence) of mentions whose context has no vector from `model` yet."""
    return con.execute(
        """
        SELECT mention_id, sentence FROM mentions
        WHERE mention_id NOT IN (SELECT mention_id FROM mention_embeddings WHERE model = ?)
        ORDER BY mention_id
        """,
        [model],
    ).fetchall()


def write_embeddings(con: Connection, model: str, mention_ids: list[str], vectors: np.ndarray) -> None:
    with transaction(con):
        insert(
            con,
            "mention_embeddings",
            [MentionEmbedding(m, model, v.tolist()) for m, v in zip(mention_ids, vectors, strict=True)],
        )


def mentions_in_first_seen_order(
    con: Connection, model: str
) -> tuple[list[ClaimMention], dict[str, np.ndarray], dict[str, datetime]]:
    """All mentions in provenance order (`first_seen_key`), their context vectors, and their articles' times."""
    names = columns_of(ClaimMention)
    columns = ", ".join(f"m.{name}" for name in names)
    cursor = con.execute(
        f"""
        SELECT {columns}, a.published_at, e.embedding
        FROM mentions m
        JOIN articles a USING (article_id)
        JOIN mention_embeddings e ON e.mention_id = m.mention_id AND e.model = ?
        ORDER BY first_seen_key(a.published_at, a.published_source, a.fetched_at, a.article_id, m.field, m.start_offset)
        """,
        [model],
    )
    mentions, vectors, published = [], {}, {}
    for row in cursor.fetchall():
        mention = ClaimMention(**dict(zip(names, row[:-2], strict=True)))
        mentions.append(mention)
        vectors[mention.mention_id] = np.asarray(row[-1], dtype=np.float32)
        published[mention.article_id] = row[-2]
    return mentions, vectors, published


def grouping_is_current(con: Connection, grouped_with: str) -> bool:
    """The stored grouping was computed from every mention there is, with the same embedder and rules."""
    return bool(
        scalar(
            con,
            "SELECT n_mentions = (SELECT count(*) FROM mentions) AND grouped_with = ? FROM claim_grouping",
            [grouped_with],
        )
    )


def replace_claims(con: Connection, claims: list[Claim], grouped_with: str) -> None:
    """The claim grouping is recomputed from all mentions when anything changed; swap it in atomically."""
    with transaction(con):
        con.execute(
            "INSERT OR REPLACE INTO claim_grouping VALUES (true, (SELECT count(*) FROM mentions), ?)", [grouped_with]
        )
        con.execute("DELETE FROM mention_claims")
        con.execute("DELETE FROM claim_groups")
        insert(con, "claim_groups", claims)
        insert(con, "mention_claims", [MentionClaim(m, c.claim_id) for c in claims for m in c.mention_ids])


def claim_counts(con: Connection) -> tuple[int, int]:
    """(claims, mutations) in the stored grouping."""
    row = con.execute("SELECT count(*), count(variant_of) FROM claim_groups").fetchone()
    return int(row[0]), int(row[1])


def claims_with_values(con: Connection, values: tuple[float, ...]) -> list[ClaimRow]:
    """Claims whose value is one of `values` (all claims when `values` is empty), most spread first."""
    where = f"WHERE value IN ({placeholders(values)})" if values else ""
    order = "n_outlets DESC, n_languages DESC, n_mentions DESC, first_seen_at, claim_id"
    return select(con, ClaimRow, f"SELECT * FROM claims {where} ORDER BY {order}", values)


def claim_centroids(con: Connection, claim_ids: list[str], model: str) -> dict[str, np.ndarray]:
    """Normalised mean context vector of each claim."""
    if not claim_ids:
        return {}
    rows = con.execute(
        f"""
        SELECT mc.claim_id, e.embedding FROM mention_claims mc
        JOIN mention_embeddings e ON e.mention_id = mc.mention_id AND e.model = ?
        WHERE mc.claim_id IN ({placeholders(claim_ids)})
        """,
        [model, *claim_ids],
    ).fetchall()
    sums: dict[str, np.ndarray] = {}
    for claim_id, embedding in rows:
        vector = np.asarray(embedding, dtype=np.float32)
        sums[claim_id] = sums.get(claim_id, 0) + vector
    return {claim_id: total / max(np.linalg.norm(total), 1e-12) for claim_id, total in sums.items()}


def claim_spread(con: Connection, claim_id: str) -> list[SpreadRow]:
    return select(con, SpreadRow, "SELECT * FROM claim_spread WHERE claim_id = ? ORDER BY spread_rank", [claim_id])


def claim_variants(con: Connection, claim_id: str) -> list[ClaimRow]:
    """Claims linked to this one as variants, in either direction."""
    return select(
        con,
        ClaimRow,
        """
        SELECT * FROM claims WHERE variant_of = ?
           OR claim_id = (SELECT variant_of FROM claims WHERE claim_id = ?)
        ORDER BY first_seen_at
        """,
        [claim_id, claim_id],
    )


def top_claims(con: Connection, window: timedelta, min_outlets: int, limit: int) -> list[TopClaimRow]:
    """Claims most repeated in the window ending at the newest article (so recorded corpora behave like live ones)."""
    return select(
        con,
        TopClaimRow,
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
        ORDER BY r.outlets_in_window DESC, r.languages_in_window DESC, r.mentions_in_window DESC, c.first_seen_at,
                 c.claim_id
        LIMIT ?
        """,
        [window, min_outlets, limit],
    )
