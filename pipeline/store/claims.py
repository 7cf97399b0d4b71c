"""Reads and writes of the claims stage: mentions, their context vectors, and the grouping into claims."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

import numpy as np

from pipeline.claims.extract import ClaimMention
from pipeline.claims.kinds import CLAIM_KINDS
from pipeline.claims.match import Claim
from pipeline.store import queue
from pipeline.store.db import (
    Connection,
    chunks,
    columns_of,
    indexed_in,
    insert,
    keyed,
    placeholders,
    present,
    scalar,
    select,
    transaction,
)


@dataclass(frozen=True, slots=True)
class ArticleToScan:
    """An article waiting for the claims stage; `scanned` when a run stopped between scanning and grouping it."""

    article_id: str
    title: str
    summary: str
    language: str | None
    published_at: datetime
    scanned: bool


@dataclass(frozen=True, slots=True)
class Extraction:
    """A `claim_extractions` row: the article was scanned, how many mentions it had, and the extraction rules that
    found them."""

    article_id: str
    n_mentions: int
    rules: str


@dataclass(frozen=True, slots=True)
class MentionEmbedding:
    mention_id: str
    model: str
    embedding: np.ndarray


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
    """The oldest `limit` articles waiting for the claims stage; and how many wait in all."""
    ids, waiting = queue.oldest(con, "claims", limit)
    rows = []
    for chunk in chunks(ids):
        rows += select(
            con,
            ArticleToScan,
            f"""
            SELECT article_id, title, summary, article_language(detected_language, declared_language) AS language,
                   published_at,
                   article_id IN (SELECT article_id FROM claim_extractions WHERE {indexed_in("article_id", chunk)})
                       AS scanned
            FROM raw_items WHERE {indexed_in("article_id", chunk)}
            """,
        )
    return sorted(rows, key=lambda a: (a.published_at, a.article_id)), waiting


@dataclass(frozen=True, slots=True)
class ArticleText:
    """What the claims stage reads of an article to compare its mentions by."""

    text: str
    """Title and summary."""
    language: str | None
    duplicate_of: str | None
    """The article it is a near copy of, if any."""


def article_texts(con: Connection, article_ids: list[str]) -> dict[str, ArticleText]:
    """Title and summary of each article, its language and the article it copies, by article id."""
    value = "[title || chr(10) || summary, article_language(detected_language, declared_language), duplicate_of]"
    return {
        article_id: ArticleText(*row)
        for article_id, row in keyed(con, "raw_items", "article_id", value, article_ids).items()
    }


def write_mentions(con: Connection, scanned: dict[str, list[ClaimMention]], rules: str) -> None:
    """Mentions of a set of scanned articles, and the fact they were scanned under `rules`, in one transaction."""
    with transaction(con):
        _insert_scanned(con, scanned, rules)


def _insert_scanned(con: Connection, scanned: dict[str, list[ClaimMention]], rules: str) -> None:
    insert(con, "mentions", [m for mentions in scanned.values() for m in mentions])
    insert(con, "claim_extractions", [Extraction(article_id, len(m), rules) for article_id, m in scanned.items()])


def extraction_rules(con: Connection) -> str | None:
    """The extraction rules every scanned article's mentions were found with; None for a warehouse from before they
    were recorded, or while a re-scan is under way."""
    return scalar(con, "SELECT rules FROM claim_extraction_rules")


def scanned_under_other_rules(con: Connection, rules: str, limit: int) -> list[ArticleToScan]:
    """Up to `limit` scanned articles whose mentions other rules found, in id order (a re-scan resumes where the
    last one stopped: an article scanned again carries the new rules)."""
    return select(
        con,
        ArticleToScan,
        """
        SELECT article_id, r.title, r.summary, article_language(r.detected_language, r.declared_language) AS language,
               r.published_at, true AS scanned
        FROM claim_extractions AS e JOIN raw_items AS r USING (article_id)
        WHERE e.rules IS DISTINCT FROM ? ORDER BY article_id LIMIT ?
        """,
        [rules, limit],
    )


MENTION_COLUMNS = tuple(
    name for name in columns_of(ClaimMention) if name not in ("mention_id", "article_id", "sentence")
) + ("sentence",)
"""What a re-scan compares a stored mention by: every column but its ids, the sentence last."""


def replace_mentions(
    con: Connection, rescanned: dict[str, list[ClaimMention]], unreadable: Sequence[str], rules: str
) -> int:
    """The mentions found again in scanned articles replace theirs, and the articles carry `rules`, in one
    transaction; articles whose scan failed (`unreadable`) keep their mentions and carry `rules` too, so a re-scan
    ends. A mention's context vector stays while its id (its place in the article) and its sentence are the same,
    and goes otherwise. Returns how many mentions went, changed or are new, and adds them to the re-scan's count."""
    article_ids = list(rescanned)
    found = {m.mention_id: m for mentions in rescanned.values() for m in mentions}
    with transaction(con):
        stored: dict[str, tuple] = {}
        for chunk in chunks(article_ids):
            rows = con.execute(
                f"SELECT mention_id, {', '.join(MENTION_COLUMNS)} FROM mentions WHERE {indexed_in('article_id', chunk)}"
            ).fetchall()
            stored.update((row[0], tuple(row[1:])) for row in rows)
        changed = [m for m, row in stored.items() if m not in found or _mention_row(found[m]) != row]
        unread = [m for m in changed if m not in found or found[m].sentence != stored[m][-1]]
        for chunk in chunks(article_ids):
            con.execute(f"DELETE FROM mentions WHERE {indexed_in('article_id', chunk)}")
            con.execute(f"DELETE FROM claim_extractions WHERE {indexed_in('article_id', chunk)}")
        for chunk in chunks(unread):
            con.execute(f"DELETE FROM mention_embeddings WHERE {indexed_in('mention_id', chunk)}")
        for chunk in chunks(list(unreadable)):
            con.execute(f"UPDATE claim_extractions SET rules = ? WHERE {indexed_in('article_id', chunk)}", [rules])
        _insert_scanned(con, rescanned, rules)
        count = len(changed) + len(found.keys() - stored.keys())
        con.execute(
            """INSERT INTO claim_extraction_rules (rules, changed) VALUES (NULL, ?)
               ON CONFLICT (singleton) DO UPDATE SET rules = NULL, changed = changed + excluded.changed""",
            [count],
        )
    return count


def _mention_row(mention: ClaimMention) -> tuple:
    return tuple(getattr(mention, column) for column in MENTION_COLUMNS)


def finish_rescan(con: Connection, rules: str) -> bool:
    """When no scanned article's mentions were found by other rules, record `rules` as every article's, and, if the
    re-scan changed any mention, forget how the claims were grouped, so that every mention is grouped again (by this
    run, or the next if this one stops). Returns whether the re-scan is over."""
    with transaction(con):
        if scalar(con, "SELECT count(*) FROM claim_extractions WHERE rules IS DISTINCT FROM ?", [rules]):
            return False
        if scalar(con, "SELECT changed FROM claim_extraction_rules"):
            con.execute("DELETE FROM claim_grouping")
        con.execute("INSERT OR REPLACE INTO claim_extraction_rules VALUES (true, ?, 0)", [rules])
    return True


def write_embeddings(con: Connection, model: str, mention_ids: list[str], vectors: np.ndarray) -> None:
    with transaction(con):
        insert(
            con,
            "mention_embeddings",
            [MentionEmbedding(m, model, v) for m, v in zip(mention_ids, vectors, strict=True)],
        )


def mentions_in_first_seen_order(
    con: Connection, model: str, article_ids: list[str] | None = None
) -> tuple[list[ClaimMention], dict[str, np.ndarray], dict[str, datetime]]:
    """The claim-kind mentions of `article_ids` that are in no claim yet (every claim-kind mention when None) in
    provenance order (`first_seen_key`), the context vectors from `model` that they have, and their articles'
    publication times. With ids, every read is an indexed look-up."""
    mentions, published = _claim_kind_mentions(con, article_ids)
    if article_ids is not None:
        grouped = present(con, "mention_claims", "mention_id", [m.mention_id for m in mentions])
        mentions = [m for m in mentions if m.mention_id not in grouped]
    return mentions, _context_vectors(con, model, mentions), published


def claim_mentions(
    con: Connection, model: str, claim_ids: list[str]
) -> tuple[dict[str, list[ClaimMention]], dict[str, np.ndarray], dict[str, datetime]]:
    """The stored mentions of `claim_ids`, by claim, in provenance order, with their context vectors and their
    articles' publication times: what a second look at a stored claim matches again. Indexed look-ups."""
    claim_of: dict[str, str] = {}
    for chunk in chunks(claim_ids):
        claim_of.update(
            con.execute(
                f"SELECT mention_id, claim_id FROM mention_claims WHERE {indexed_in('claim_id', chunk)}"
            ).fetchall()
        )
    articles: set[str] = set()
    for chunk in chunks(sorted(claim_of)):
        articles.update(
            row[0]
            for row in con.execute(
                f"SELECT article_id FROM mentions WHERE {indexed_in('mention_id', chunk)}"
            ).fetchall()
        )
    mentions, published = _claim_kind_mentions(con, sorted(articles))
    mentions = [m for m in mentions if m.mention_id in claim_of]
    by_claim: dict[str, list[ClaimMention]] = {}
    for mention in mentions:
        by_claim.setdefault(claim_of[mention.mention_id], []).append(mention)
    return by_claim, _context_vectors(con, model, mentions), published


def _claim_kind_mentions(
    con: Connection, article_ids: list[str] | None
) -> tuple[list[ClaimMention], dict[str, datetime]]:
    """The claim-kind mentions of `article_ids` (all when None) in provenance order, and their articles' publication
    times."""
    names = columns_of(ClaimMention)
    columns = ", ".join(f"m.{name}" for name in names)
    rows = []
    for chunk in [None] if article_ids is None else chunks(article_ids):
        where = "true" if chunk is None else indexed_in("article_id", chunk)
        rows += con.execute(
            f"""
            SELECT {columns}, a.published_at,
                   first_seen_key(a.published_at, a.published_source, a.fetched_at, a.article_id, m.field,
                                  m.start_offset) AS k
            FROM (SELECT * FROM mentions WHERE {where}) m
            JOIN (SELECT article_id, published_at, published_source, fetched_at FROM raw_items WHERE {where}) a
              ON a.article_id = m.article_id
            WHERE m.kind IN (SELECT unnest(?::VARCHAR[]))
            """,
            [sorted(CLAIM_KINDS)],
        ).fetchall()
    rows.sort(key=lambda row: row[-1])
    mentions = [ClaimMention(**dict(zip(names, row[:-2], strict=True))) for row in rows]
    return mentions, {mention.article_id: row[-2] for mention, row in zip(mentions, rows, strict=True)}


def _context_vectors(con: Connection, model: str, mentions: list[ClaimMention]) -> dict[str, np.ndarray]:
    """The context vectors from `model` that `mentions` have, by mention id."""
    vectors = {}
    for chunk in chunks([m.mention_id for m in mentions]):
        found = con.execute(
            f"SELECT mention_id, embedding FROM mention_embeddings WHERE {indexed_in('mention_id', chunk)} AND model = ?",
            [model],
        ).fetchall()
        vectors.update((mention_id, np.asarray(embedding, dtype=np.float32)) for mention_id, embedding in found)
    return vectors


def grouping_rules(con: Connection) -> str | None:
    """The embedder and matching rules the stored claims were grouped with."""
    return scalar(con, "SELECT grouped_with FROM claim_grouping")


def start_regrouping(con: Connection, grouped_with: str) -> None:
    """Other rules or another embedder: drop every claim, so all mentions are grouped again from scratch."""
    with transaction(con):
        con.execute("DELETE FROM mention_claims")
        con.execute("DELETE FROM claim_groups")
        con.execute("DELETE FROM claim_merges")
        con.execute("INSERT OR REPLACE INTO claim_grouping VALUES (true, ?)", [grouped_with])


def claims_for_values(
    con: Connection, values: list[float], per_value: int, seen_since: datetime | None = None
) -> list[Claim]:
    """The stored claims a new mention with one of `values` can join: of each kind, unit and value, the `per_value`
    most recently seen ("two dead" is a new claim every day, and those must not pile up), and with `seen_since`
    only those last seen since then. Chosen on the narrow columns by indexed look-up; only the chosen claims' state
    (vectors, articles, names, cities) is read."""
    recent, params = ("true", []) if seen_since is None else ("last_seen_at >= ?", [seen_since])
    chosen = set()
    for chunk in chunks(values):
        chosen |= _latest_per_value(con, f"{indexed_in('value', chunk)} AND {recent}", params, per_value)
    return _claims_by_id(con, sorted(chosen))


def claims_in_spans(con: Connection, spans: list[tuple[str, str | None, float, float]], per_value: int) -> list[Claim]:
    """The stored claims of each (kind, unit) with a value in [low, high): what a compact rendering ("1,3 тыс.") may
    stand for. The `per_value` most recently seen of each value, like `claims_for_values`."""
    chosen = set()
    for kind, unit, low, high in spans:
        condition = "kind = ? AND unit IS NOT DISTINCT FROM ? AND value >= ? AND value < ?"
        chosen |= _latest_per_value(con, condition, [kind, unit, low, high], per_value)
    return _claims_by_id(con, sorted(chosen))


def _latest_per_value(con: Connection, condition: str, params: list[Any], per_value: int) -> set[str]:
    """Ids of the claims meeting `condition`, the `per_value` most recently seen of each kind, unit and value."""
    rows = con.execute(
        f"""
        SELECT claim_id FROM claim_groups WHERE {condition}
        QUALIFY row_number() OVER (PARTITION BY kind, unit, value ORDER BY last_seen_at DESC, claim_id) <= ?
        """,
        [*params, per_value],
    ).fetchall()
    return {row[0] for row in rows}


def mutation_candidates(
    con: Connection, touched: list[Claim], new_articles: list[str], window: timedelta, ratio: float
) -> list[Claim]:
    """Stored claims that could be what a touched claim mutates: first seen at most `window` before it with a value
    within `ratio` of its own, stated in one of the `new_articles` too, or its current link. The time window bounds
    the first scan and indexed look-ups find the rest, so the work follows what is new, not the history."""
    dated = [c for c in touched if c.first_seen is not None and c.value > 0]
    found: set[str] = set()
    if dated:
        rows = con.execute(
            """
            WITH probe AS (
                SELECT unnest(?::VARCHAR[]) AS kind, unnest(?::VARCHAR[]) AS unit, unnest(?::DOUBLE[]) AS value,
                       unnest(?::TIMESTAMPTZ[]) AS first_seen
            ),
            recent AS (SELECT claim_id, kind, unit, value, first_seen FROM claim_groups WHERE first_seen BETWEEN ? AND ?)
            SELECT DISTINCT r.claim_id FROM recent r JOIN probe p
              ON r.kind = p.kind AND r.unit IS NOT DISTINCT FROM p.unit
             AND r.value BETWEEN p.value / ? AND p.value * ? AND r.value <> p.value
             AND r.first_seen BETWEEN p.first_seen - ? AND p.first_seen
            """,
            [
                [c.kind for c in dated],
                [c.unit for c in dated],
                [c.value for c in dated],
                [c.first_seen for c in dated],
                min(c.first_seen for c in dated) - window,
                max(c.first_seen for c in dated),
                ratio,
                ratio,
                window,
            ],
        ).fetchall()
        found.update(row[0] for row in rows)
    found.update(claim.variant_of for claim in touched if claim.variant_of)
    for chunk in chunks(sorted(new_articles)):
        mention_ids = [
            r[0]
            for r in con.execute(f"SELECT mention_id FROM mentions WHERE {indexed_in('article_id', chunk)}").fetchall()
        ]
        for ids in chunks(mention_ids):
            found.update(
                r[0]
                for r in con.execute(
                    f"SELECT claim_id FROM mention_claims WHERE {indexed_in('mention_id', ids)}"
                ).fetchall()
            )
    return _claims_by_id(con, sorted(found - {c.claim_id for c in touched}))


def _claims_by_id(con: Connection, claim_ids: list[str]) -> list[Claim]:
    """The stored claims with these ids (sorted, as they must be passed), as the in-memory claims that new mentions
    are matched against."""
    claims = []
    for chunk in chunks(claim_ids):
        claims += select(
            con,
            Claim,
            f"SELECT {', '.join(columns_of(Claim))} FROM claim_groups WHERE {indexed_in('claim_id', chunk)} "
            "ORDER BY claim_id",  # a fixed order: ties in matching and linking are broken by position
        )
    for claim in claims:
        claim.article_ids, claim.names, claim.places = set(claim.article_ids), set(claim.names), set(claim.places or ())
        claim.article_names = list(claim.article_names or ())
        claim.range_ends = set(claim.range_ends or ())
        claim.qualifiers = set(claim.qualifiers or ())
        claim.currency_left_out = bool(claim.currency_left_out)
        claim.vector_sum = np.asarray(claim.vector_sum, dtype=np.float32)
        claim.article_vector_sum = np.asarray(claim.article_vector_sum, dtype=np.float32)
    return claims


def write_claims(con: Connection, touched: list[Claim], done: list[str]) -> None:
    """The touched claims' new state, their new mentions and their provenance brought up to date, and the articles
    `done` taken off the stage's queue, in one transaction. A stored claim that a touched one `absorbed` goes: its
    mentions are the absorbing claim's new ones, a mutation link to it points at that claim, and so does its id
    (`claim_merges`). A claim `rebuilt` by a split has all its mentions as new ones: its provenance is made again
    from them."""
    ids = [claim.claim_id for claim in touched]
    absorbed = {gone: claim.claim_id for claim in touched for gone in claim.absorbed}
    rebuilt = sorted(claim.claim_id for claim in touched if claim.rebuilt)
    with transaction(con):
        _gather(
            con,
            "previous_provenance",
            f"SELECT claim_id, {', '.join(PROVENANCE)} FROM claim_groups",
            "claim_id",
            sorted(set(ids) - set(rebuilt)),
        )
        for chunk in chunks([*sorted(absorbed), *rebuilt]):
            con.execute(f"DELETE FROM mention_claims WHERE {indexed_in('claim_id', chunk)}")
        if absorbed:  # a claim that absorbs states two articles or more, so it is never absorbed itself: no chains
            pairs = ", ".join("(?, ?)" for _ in absorbed)
            values = [value for pair in absorbed.items() for value in pair]
            con.execute(
                f"UPDATE claim_groups SET variant_of = m.kept FROM (VALUES {pairs}) m(gone, kept) "
                "WHERE claim_groups.variant_of = m.gone",
                values,
            )
            con.execute(f"INSERT OR REPLACE INTO claim_merges VALUES {pairs}", values)
        for chunk in chunks([*ids, *sorted(absorbed)]):
            con.execute(f"DELETE FROM claim_groups WHERE {indexed_in('claim_id', chunk)}")
        insert(con, "claim_groups", touched)
        insert(con, "mention_claims", [MentionClaim(m, c.claim_id) for c in touched for m in c.mention_ids])
        queue.done(con, "claims", done)
        if touched:
            _add_to_provenance(con, touched)
        con.execute("DROP TABLE previous_provenance")


PROVENANCE = (
    "first_seen_article_id",
    "first_seen_outlet",
    "first_seen_at",
    "first_seen_date_source",
    "n_mentions",
    "n_outlets",
    "n_languages",
    "outlets",
    "languages",
    "surface_forms",
    "last_seen_at",
)
"""A claim's provenance columns, kept up to date from its new mentions (`_add_to_provenance`)."""


def _add_to_provenance(con: Connection, touched: list[Claim]) -> None:
    """Fold this run's mentions of each touched claim into the provenance it had (`previous_provenance`): counts
    add up, outlets, languages and forms are unions, and the first mention is the earlier of the new ones and the
    claim's stored first one (its article's mentions are read to compare them by `first_seen_key`). The reads are
    indexed look-ups of the new mentions and of one article per claim, so a claim stated every day costs what the day
    adds, not what its history holds."""
    con.execute("CREATE OR REPLACE TEMP TABLE new_mentions (mention_id VARCHAR, claim_id VARCHAR)")
    insert(con, "new_mentions", [MentionClaim(m, c.claim_id) for c in touched for m in c.mention_ids])
    firsts = con.execute(
        "SELECT DISTINCT first_seen_article_id FROM previous_provenance WHERE first_seen_article_id IS NOT NULL"
    ).fetchall()
    _gather(
        con,
        "first_article_mentions",
        "SELECT mention_id, article_id FROM mentions",
        "article_id",
        [article_id for (article_id,) in firsts],
    )
    _gather(
        con,
        "stored_first_mentions",
        "SELECT mention_id, claim_id FROM mention_claims",
        "mention_id",
        [row[0] for row in con.execute("SELECT mention_id FROM first_article_mentions").fetchall()],
    )
    con.execute(  # keep each claim's own mentions in its stored first article
        """DELETE FROM stored_first_mentions s WHERE NOT EXISTS (
               SELECT 1 FROM previous_provenance p JOIN first_article_mentions f
                 ON f.article_id = p.first_seen_article_id
               WHERE p.claim_id = s.claim_id AND f.mention_id = s.mention_id)"""
    )
    candidates = [
        row[0]
        for row in con.execute(
            "SELECT mention_id FROM new_mentions UNION SELECT mention_id FROM stored_first_mentions"
        ).fetchall()
    ]
    _gather(
        con,
        "touched_mention_rows",
        "SELECT mention_id, article_id, language, surface_text, field, start_offset FROM mentions",
        "mention_id",
        candidates,
    )
    _gather(
        con,
        "touched_articles",
        "SELECT article_id, outlet, published_at, published_source, fetched_at FROM raw_items",
        "article_id",
        [row[0] for row in con.execute("SELECT DISTINCT article_id FROM touched_mention_rows").fetchall()],
    )
    con.execute(
        """
        UPDATE claim_groups SET
            first_seen_article_id = s.first_seen_article_id, first_seen_outlet = s.first_seen_outlet,
            first_seen_at = s.first_seen_at, first_seen_date_source = s.first_seen_date_source,
            n_mentions = s.n_mentions, n_articles = len(claim_groups.article_ids),
            outlets = s.outlets, n_outlets = len(s.outlets),
            languages = s.languages, n_languages = len(s.languages),
            surface_forms = s.surface_forms, last_seen_at = s.last_seen_at
        FROM (
            SELECT n.claim_id, n.first_seen_article_id, n.first_seen_outlet, n.first_seen_at,
                   n.first_seen_date_source,
                   coalesce(p.n_mentions, 0) + n.n_new AS n_mentions,
                   sorted_union(p.outlets, n.outlets) AS outlets,
                   sorted_union(p.languages, n.languages) AS languages,
                   sorted_union(p.surface_forms, n.surface_forms) AS surface_forms,
                   greatest(p.last_seen_at, n.last_seen_at) AS last_seen_at
            FROM (
                SELECT mc.claim_id,
                       arg_min(a.article_id, k) AS first_seen_article_id,
                       arg_min(a.outlet, k) AS first_seen_outlet,
                       min(a.published_at) AS first_seen_at,
                       arg_min(a.published_source, k) AS first_seen_date_source,
                       count(*) FILTER (WHERE mc.is_new) AS n_new,
                       list(DISTINCT a.outlet) FILTER (WHERE mc.is_new) AS outlets,
                       list(DISTINCT m.language) FILTER (WHERE mc.is_new AND m.language IS NOT NULL) AS languages,
                       list(DISTINCT m.surface_text) FILTER (WHERE mc.is_new) AS surface_forms,
                       max(a.published_at) AS last_seen_at
                FROM (SELECT mention_id, claim_id, true AS is_new FROM new_mentions
                      UNION ALL SELECT mention_id, claim_id, false FROM stored_first_mentions) mc
                JOIN touched_mention_rows m USING (mention_id)
                JOIN touched_articles a ON a.article_id = m.article_id,
                LATERAL (SELECT first_seen_key(a.published_at, a.published_source, a.fetched_at, a.article_id,
                                               m.field, m.start_offset) AS k)
                GROUP BY mc.claim_id
            ) n LEFT JOIN previous_provenance p USING (claim_id)
        ) s
        WHERE claim_groups.claim_id = s.claim_id
        """
    )
    for table in (
        "new_mentions",
        "first_article_mentions",
        "stored_first_mentions",
        "touched_mention_rows",
        "touched_articles",
    ):
        con.execute(f"DROP TABLE {table}")


def _gather(con: Connection, table: str, query: str, key: str, keys: list[str]) -> None:
    """A temporary `table` of `query`'s rows whose `key` is one of `keys`, filled by indexed look-ups."""
    con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS {query} WHERE false")
    for chunk in chunks(keys):
        con.execute(f"INSERT INTO {table} {query} WHERE {indexed_in(key, chunk)}")


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
