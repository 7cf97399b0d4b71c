"""Reads for the web explorer (`narratives serve`): search, claim, narrative and article pages, and their filters.

Every query reads the analyst views (`articles`, `claims`, `claim_spread`, `claim_mentions`, `narratives`,
`narrative_timeline`, `themes`) from a read-only connection, so the explorer sees exactly what `narratives sql` sees.
Text search ranks with BM25 over the warehouse's own inverted index of titles and summaries, as written and in
English (`store.search`: DuckDB's `fts` extension has no build for the DuckDB we pin, and its index is rebuilt whole,
where ours grows with each run's new articles). Query words are stemmed like the documents (`search_terms`), so
"Deserteure" finds "Deserteuren". Narratives are also found by meaning: the query embedded as the narratives stage
embeds stories, against each narrative's centroid; and articles, against the members of the nearest narratives.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pipeline import search_terms
from pipeline.store import search
from pipeline.store.claims import ClaimRow, claim_variants
from pipeline.store.db import Connection, columns_of, lock_down, open_warehouse, placeholders, select, select_one
from pipeline.store.narratives import NarrativeRow

LIST_LIMIT = 200
"""Rows a list shows (and a CSV carries) at most: the explorer is for reading, `narratives export` for bulk."""


@dataclass(frozen=True, slots=True)
class Filters:
    """What every list can be narrowed by: a UTC window [start, end), a language, an outlet, a narrative."""

    start: datetime | None = None
    end: datetime | None = None
    language: str | None = None
    outlet: str | None = None
    narrative_id: int | None = None

    def where(self, alias: str = "a") -> tuple[str, list[Any]]:
        """A condition on an `articles` row named `alias`, and its parameters."""
        terms: list[str] = []
        params: list[Any] = []
        for column, op, value in (
            ("published_at", ">=", self.start),
            ("published_at", "<", self.end),
            ("language", "=", self.language),
            ("outlet", "=", self.outlet),
            ("narrative_id", "=", self.narrative_id),
        ):
            if value is not None:
                terms.append(f"{alias}.{column} {op} ?")
                params.append(value)
        return " AND ".join(terms) or "true", params


@dataclass(frozen=True, slots=True)
class Facets:
    """The values the filter form offers."""

    languages: list[str]
    outlets: list[str]
    narratives: list[int]
    first_day: date | None
    last_day: date | None


@dataclass(frozen=True, slots=True)
class ArticleListRow:
    article_id: str
    published_at: datetime
    outlet: str
    language: str | None
    title: str
    title_en: str | None
    narrative_id: int | None
    near_copy: bool
    url: str | None


@dataclass(frozen=True, slots=True)
class Article:
    """One article with its English text and why it may be missing."""

    article_id: str
    outlet: str
    url: str | None
    language: str | None
    language_source: str | None
    published_at: datetime
    title: str
    summary: str
    title_en: str | None
    summary_en: str | None
    translation_status: str | None
    narrative_id: int | None
    narrative_label: str | None
    duplicate_of: str | None


@dataclass(frozen=True, slots=True)
class MentionRow:
    """A claim mention: where in which article, as written, when."""

    claim_id: str
    article_id: str
    outlet: str
    language: str | None
    published_at: datetime
    surface_text: str
    field: str
    start_offset: int
    end_offset: int
    title: str
    near_copy: bool
    url: str | None


@dataclass(frozen=True, slots=True)
class VolumeRow:
    """Articles of a narrative per UTC day and group (a language or an outlet)."""

    day: date
    group: str
    n_articles: int


@dataclass(frozen=True, slots=True)
class OutletShare:
    outlet: str
    language: str | None
    n_articles: int
    first_at: datetime


@dataclass(frozen=True, slots=True)
class ThemeRow:
    """A row of the `themes` view."""

    theme_id: int
    label: str
    keywords: list[str]
    keywords_pivot: list[str]
    n_stories: int
    n_articles: int
    n_outlets: int
    languages: list[str]
    first_seen_at: datetime | None
    last_seen_at: datetime | None
    created_run: date


@contextmanager
def reader(path: Path) -> Iterator[Connection]:
    """A read-only, locked-down connection (times in UTC, no file or network access beyond `path`)."""
    with open_warehouse(path, read_only=True) as con:
        con.execute("SET TimeZone = 'UTC'")
        lock_down(con)
        yield con


def languages(con: Connection) -> list[str]:
    sql = "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1"
    return [r[0] for r in con.execute(sql).fetchall()]


def facets(con: Connection) -> Facets:
    outlets = [r[0] for r in con.execute("SELECT DISTINCT outlet FROM articles ORDER BY 1").fetchall()]
    ids = [r[0] for r in con.execute("SELECT narrative_id FROM narratives ORDER BY 1").fetchall()]
    first, last = con.execute(
        "SELECT CAST(min(published_at) AS DATE), CAST(max(published_at) AS DATE) FROM articles"
    ).fetchone()
    return Facets(languages(con), outlets, ids, first, last)


def claims_in(con: Connection, filters: Filters, claim_ids: list[str] | None = None) -> list[ClaimRow]:
    """Claims with a mention in an article the filters keep (only `claim_ids`, in their order, when given; else
    the most spread first)."""
    if claim_ids is not None and not claim_ids:
        return []
    where, params = filters.where()
    ids = f"AND c.claim_id IN ({placeholders(claim_ids)})" if claim_ids else ""
    rows = select(
        con,
        ClaimRow,
        f"""
        SELECT c.* FROM claims c
        WHERE c.claim_id IN (SELECT cm.claim_id FROM claim_mentions cm JOIN articles a USING (article_id) WHERE {where})
        {ids}
        ORDER BY c.n_outlets DESC, c.n_languages DESC, c.n_mentions DESC, c.first_seen_at, c.claim_id
        LIMIT {LIST_LIMIT}
        """,
        [*params, *(claim_ids or [])],
    )
    if claim_ids:
        rank = {claim_id: i for i, claim_id in enumerate(claim_ids)}
        rows.sort(key=lambda row: rank[row.claim_id])
    return rows


def _claim_match(claim_ids: list[str]) -> tuple[str, list[Any]]:
    """A condition on an `articles` row `a`: it mentions one of `claim_ids` ("182000" is written "182 тыс." in the
    article that carries it)."""
    if not claim_ids:
        return "false", []
    return (
        f"a.article_id IN (SELECT article_id FROM claim_mentions WHERE claim_id IN ({placeholders(claim_ids)}))",
        list(claim_ids),
    )


def _query_terms(con: Connection, text: str | None) -> list[search_terms.QueryTerm]:
    """The index terms of `text`; none on a snapshot published before the index existed (migration 015): the
    next run publishes one with it, and meanwhile claims and meaning still find things."""
    if (
        not text
        or not con.execute(
            "SELECT 1 FROM duckdb_tables() WHERE database_name = current_database() AND table_name = 'search_postings'"
        ).fetchone()
    ):
        return []
    return search_terms.query_terms(text)


def articles(
    con: Connection,
    filters: Filters,
    text: str | None = None,
    claim_ids: Sequence[str] = (),
    similar: Sequence[tuple[str, float]] = (),
) -> list[ArticleListRow]:
    """Articles the filters keep, newest first; with `text`, `claim_ids` or `similar`, only those matching a word of
    `text` (the full-text index, best BM25 score first), then those among the `similar` ones (article id, cosine
    similarity to the query: found by meaning, nearest first), then those carrying one of the claims (newest first)."""
    where, params = filters.where()
    scores, score_params = search.bm25(_query_terms(con, text))
    claimed, claim_params = _claim_match(list(claim_ids))
    if text or claim_ids or similar:
        where = f"{where} AND (s.article_id IS NOT NULL OR m.article_id IS NOT NULL OR {claimed})"
        params = [*params, *claim_params]
    return select(
        con,
        ArticleListRow,
        f"""
        WITH {scores},
        nearest AS (SELECT unnest(?::VARCHAR[]) AS article_id, unnest(?::DOUBLE[]) AS similarity)
        SELECT a.article_id, a.published_at, a.outlet, a.language, a.title, a.title_en, a.narrative_id,
               a.duplicate_of IS NOT NULL AS near_copy, a.url
        FROM articles a LEFT JOIN scores s USING (article_id) LEFT JOIN nearest m USING (article_id) WHERE {where}
        ORDER BY coalesce(s.score, 0) DESC, coalesce(m.similarity, 0) DESC, a.published_at DESC, a.article_id
        LIMIT {LIST_LIMIT}
        """,
        [*score_params, [a for a, _ in similar], [c for _, c in similar], *params],
    )


LABEL_WEIGHT = 5.0
"""What a query word found in a narrative's label or keywords adds to its score: about one rare word's BM25 score
(idf ln(N / df) ≈ 5 for a term in one document of 150)."""
SIMILARITY_WEIGHT = 5.0
"""What a narrative's cosine similarity to the query (0 … 1) adds, when it is among the nearest."""
MIN_PREFIX = 3
"""A query term this long matches a label word it begins ("desert" → "deserters"); shorter ones must be the word."""


def narratives(
    con: Connection,
    filters: Filters,
    text: str | None = None,
    claim_ids: Sequence[str] = (),
    similar: Sequence[tuple[int, float]] = (),
) -> list[NarrativeRow]:
    """Narratives with an article the filters keep, largest first. With `text`, `claim_ids` or `similar`, only the
    matching ones: a kept article matches a word of `text` or carries one of the claims, or the label or keywords
    contain a word of `text` (as a prefix of one of theirs, accents aside), or the narrative is among the
    `similar` ones (narrative id, cosine similarity of its stories to the query). Those found by words or claims
    come first, by their best kept article's BM25 score (a sum would rank the largest narrative first for any common
    word) plus `LABEL_WEIGHT` per query word in the label or keywords and `SIMILARITY_WEIGHT` × similarity; then
    those found only by meaning, nearest first."""
    where, params = filters.where()
    scores, score_params = search.bm25(_query_terms(con, text))
    claimed, claim_params = _claim_match(list(claim_ids))
    searching = bool(text or claim_ids or similar)
    return select(
        con,
        NarrativeRow,
        f"""
        WITH {scores},
        kept AS (
            SELECT a.narrative_id, coalesce(max(s.score), 0) AS score, bool_or(s.article_id IS NOT NULL) AS by_words,
                   bool_or({claimed}) AS by_claim
            FROM articles a LEFT JOIN scores s USING (article_id)
            WHERE {where} AND a.narrative_id IS NOT NULL AND a.narrative_id <> -1
            GROUP BY a.narrative_id
        ),
        described AS MATERIALIZED (
            SELECT n.*, k.score, k.by_words, k.by_claim FROM narratives n JOIN kept k USING (narrative_id)
        ),
        label_words AS (
            SELECT d.narrative_id, count(DISTINCT q.word) AS words
            FROM (
                SELECT narrative_id, unnest(string_split_regex(strip_accents(lower(concat_ws(' ', label,
                       array_to_string(keywords, ' '), array_to_string(keywords_pivot, ' ')))), '[^\\p{{L}}\\p{{N}}]+')) AS w
                FROM described
            ) d
            JOIN query_terms q ON d.w = strip_accents(q.term)
                OR (length(q.term) >= {MIN_PREFIX} AND starts_with(d.w, strip_accents(q.term)))
            GROUP BY d.narrative_id
        ),
        nearest AS (SELECT unnest(?::INTEGER[]) AS narrative_id, unnest(?::DOUBLE[]) AS similarity)
        SELECT {", ".join(f"d.{name}" for name in columns_of(NarrativeRow))}
        FROM described d LEFT JOIN label_words l USING (narrative_id) LEFT JOIN nearest m USING (narrative_id)
        WHERE NOT {str(searching).lower()} OR d.by_words OR d.by_claim OR l.words > 0 OR m.narrative_id IS NOT NULL
        ORDER BY d.by_words OR d.by_claim OR coalesce(l.words, 0) > 0 DESC,
                 d.score + {LABEL_WEIGHT} * coalesce(l.words, 0) + {SIMILARITY_WEIGHT} * coalesce(m.similarity, 0) DESC,
                 d.n_articles DESC, d.narrative_id
        LIMIT {LIST_LIMIT}
        """,
        [*score_params, *claim_params, *params, [n for n, _ in similar], [c for _, c in similar]],
    )


SIMILAR_LIMIT = 10
MIN_SIMILARITY = 0.22
"""Cosine a narrative needs to be found by meaning alone, set on the demo with USE v3 and e5 side by side: a phrase
about a story scores 0.29-0.35 with its narrative ("graanexport Donau" with the Danube grain story, written in eight
other languages; "Getreideexport über die Donau"), an unrelated phrase 0.17 at most ("stock market", "weather
forecast")."""


def similar_articles(
    con: Connection, vector: Sequence[float], model: str, narrative_ids: Sequence[int], limit: int = LIST_LIMIT
) -> list[tuple[str, float]]:
    """The members of `narrative_ids` (those nearest in meaning) nearest to `vector`, at cosine ≥ MIN_SIMILARITY:
    (article id, cosine), nearest first. Bounded by those narratives' sizes, never a scan of every article's vector."""
    if not narrative_ids:
        return []
    rows = con.execute(
        f"""
        SELECT * FROM (
            SELECT e.article_id, list_cosine_similarity(e.embedding, ?::FLOAT[]) AS similarity
            FROM article_narratives n JOIN article_embeddings e ON e.article_id = n.article_id AND e.model = ?
            WHERE n.narrative_id IN ({placeholders(narrative_ids)})
        ) WHERE similarity >= ? ORDER BY similarity DESC, article_id LIMIT ?
        """,
        [list(map(float, vector)), model, *narrative_ids, MIN_SIMILARITY, limit],
    ).fetchall()
    return [(article_id, float(similarity)) for article_id, similarity in rows]


def similar_narratives(
    con: Connection, vector: Sequence[float], model: str, limit: int = SIMILAR_LIMIT, floor: float = MIN_SIMILARITY
) -> list[tuple[int, float]]:
    """The `limit` narratives whose centroid (the running sum of their articles' story embeddings, `narrative_state`)
    is nearest to `vector` (a query embedded with `model`, the narratives stage's embedder), at cosine ≥ `floor`:
    (narrative id, cosine), nearest first. Reads one vector per narrative, never the articles'."""
    rows = con.execute(
        """
        SELECT * FROM (
            SELECT narrative_id, list_cosine_similarity(vector_sum, ?::FLOAT[]) AS similarity
            FROM narrative_state WHERE model = ?
        ) WHERE similarity >= ? ORDER BY similarity DESC, narrative_id LIMIT ?
        """,
        [list(map(float, vector)), model, floor, limit],
    ).fetchall()
    return [(narrative_id, float(similarity)) for narrative_id, similarity in rows]


def claim(con: Connection, claim_id: str) -> ClaimRow | None:
    return select_one(con, ClaimRow, "SELECT * FROM claims WHERE claim_id = ?", [claim_id])


def merged_into(con: Connection, claim_id: str) -> str | None:
    """The claim that a claim merged away on a later day's second look now is part of (`claim_merges`)."""
    row = con.execute("SELECT merged_into FROM claim_merges WHERE claim_id = ?", [claim_id]).fetchone()
    return row[0] if row else None


def claim_mentions(con: Connection, claim_id: str, filters: Filters) -> list[MentionRow]:
    """The claim's mentions in provenance order, in the articles the filters keep."""
    where, params = filters.where()
    return select(
        con,
        MentionRow,
        f"""
        SELECT cm.claim_id, cm.article_id, cm.outlet, cm.language, cm.published_at, cm.surface_text, cm.field,
               cm.start_offset, cm.end_offset, cm.title, cm.duplicate_of IS NOT NULL AS near_copy, cm.url
        FROM claim_mentions cm JOIN articles a USING (article_id)
        WHERE cm.claim_id = ? AND {where}
        ORDER BY cm.first_seen_key LIMIT {LIST_LIMIT}
        """,
        [claim_id, *params],
    )


def variants(con: Connection, claim_id: str) -> tuple[list[ClaimRow], list[ClaimRow]]:
    """The mutations around a claim (`store.claims.claim_variants`), split: what it is a variant of (its
    `variant_evidence` says why), and the claims that are variants of it."""
    around = claim_variants(con, claim_id)
    return [c for c in around if c.variant_of != claim_id], [c for c in around if c.variant_of == claim_id]


def theme(con: Connection, theme_id: int) -> ThemeRow | None:
    return select_one(con, ThemeRow, "SELECT * FROM themes WHERE theme_id = ?", [theme_id])


def themes(con: Connection) -> list[ThemeRow]:
    return select(con, ThemeRow, "SELECT * FROM themes ORDER BY n_articles DESC, theme_id")


def narrative_volume(con: Connection, narrative_id: int, filters: Filters, by: str) -> list[VolumeRow]:
    """A narrative's articles per UTC day, per language (`by="language"`) or per outlet (`by="outlet"`)."""
    if by not in ("language", "outlet"):
        raise ValueError(f"volume by {by!r}: language or outlet")
    where, params = filters.where()
    return select(
        con,
        VolumeRow,
        f"""
        SELECT CAST(a.published_at AS DATE) AS day, coalesce(a.{by}, '?') AS "group", count(*) AS n_articles
        FROM articles a WHERE a.narrative_id = ? AND {where}
        GROUP BY ALL ORDER BY day, "group"
        """,
        [narrative_id, *params],
    )


def narrative_outlets(con: Connection, narrative_id: int, filters: Filters) -> list[OutletShare]:
    where, params = filters.where()
    return select(
        con,
        OutletShare,
        f"""
        SELECT a.outlet, arg_min(a.language, a.published_at) AS language, count(*) AS n_articles,
               min(a.published_at) AS first_at
        FROM articles a WHERE a.narrative_id = ? AND {where}
        GROUP BY a.outlet ORDER BY first_at, a.outlet
        """,
        [narrative_id, *params],
    )


def narrative_claims(con: Connection, narrative_id: int, filters: Filters) -> list[ClaimRow]:
    """Claims mentioned in the narrative's articles (those the filters keep), most spread first."""
    return claims_in(con, Filters(filters.start, filters.end, filters.language, filters.outlet, narrative_id))


def article(con: Connection, article_id: str) -> Article | None:
    return select_one(
        con,
        Article,
        """
        SELECT a.article_id, a.outlet, a.url, a.language, a.language_source, a.published_at, a.title, a.summary,
               a.title_en, a.summary_en, a.translation_status, a.narrative_id, n.label AS narrative_label,
               a.duplicate_of
        FROM articles a LEFT JOIN narratives n USING (narrative_id) WHERE a.article_id = ?
        """,
        [article_id],
    )


def article_mentions(con: Connection, article_id: str) -> list[MentionRow]:
    """The article's claim mentions, in reading order (title first)."""
    return select(
        con,
        MentionRow,
        """
        SELECT cm.claim_id, cm.article_id, cm.outlet, cm.language, cm.published_at, cm.surface_text, cm.field,
               cm.start_offset, cm.end_offset, cm.title, cm.duplicate_of IS NOT NULL AS near_copy, cm.url
        FROM claim_mentions cm WHERE cm.article_id = ?
        ORDER BY cm.field = 'summary', cm.start_offset
        """,
        [article_id],
    )
