"""Reads for the web explorer (`narratives serve`): search, claim, narrative and article pages, and their filters.

Every query reads the analyst views (`articles`, `claims`, `claim_spread`, `claim_mentions`, `narratives`,
`narrative_timeline`, `themes`) from a read-only connection, so the explorer sees exactly what `narratives sql` sees.
Text search is `ILIKE` over titles, summaries and their English translations: DuckDB's `fts` extension is not
available for the DuckDB version we pin, and the corpus a desk tracks is small enough to scan.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from pipeline.store.claims import ClaimRow, claim_variants
from pipeline.store.db import Connection, lock_down, open_warehouse, placeholders, select, select_one
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


def _like(text: str) -> str:
    """`text` as an ILIKE pattern matching it anywhere, its own % and _ taken literally."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _text_match(alias: str) -> str:
    return " OR ".join(
        f"{alias}.{column} ILIKE ? ESCAPE '\\'" for column in ("title", "summary", "title_en", "summary_en")
    )


def _matching(text: str | None, claim_ids: list[str]) -> tuple[str, list[Any]]:
    """A condition on an `articles` row `a`: its title or summary (as written or in English) contains `text`, or it
    mentions one of `claim_ids` ("182000" is written "182 тыс." in the article that carries it)."""
    terms, params = [], []
    if text:
        terms.append(_text_match("a"))
        params += [_like(text)] * 4
    if claim_ids:
        terms.append(
            f"a.article_id IN (SELECT article_id FROM claim_mentions WHERE claim_id IN ({placeholders(claim_ids)}))"
        )
        params += claim_ids
    return f"({' OR '.join(terms)})" if terms else "true", params


def articles(
    con: Connection, filters: Filters, text: str | None = None, claim_ids: list[str] = ()
) -> list[ArticleListRow]:
    """Articles the filters keep, newest first; with `text` or `claim_ids`, only those `_matching` them."""
    where, params = filters.where()
    if text or claim_ids:
        matching, more = _matching(text, list(claim_ids))
        where, params = f"{where} AND {matching}", [*params, *more]
    return select(
        con,
        ArticleListRow,
        f"""
        SELECT article_id, published_at, outlet, language, title, title_en, narrative_id,
               duplicate_of IS NOT NULL AS near_copy, url
        FROM articles a WHERE {where}
        ORDER BY published_at DESC, article_id LIMIT {LIST_LIMIT}
        """,
        params,
    )


def narratives(
    con: Connection, filters: Filters, text: str | None = None, claim_ids: list[str] = ()
) -> list[NarrativeRow]:
    """Narratives with an article the filters keep, largest first; with `text` or `claim_ids`, those whose label or
    keywords contain the text, or one of whose kept articles is `_matching`."""
    where, params = filters.where()
    if text or claim_ids:
        matching, more = _matching(text, list(claim_ids))
        where, params = f"{where} AND ({matching}", [*params, *more]
        if text:
            where += (
                " OR n.label ILIKE ? ESCAPE '\\'"
                " OR array_to_string(n.keywords, ' ') ILIKE ? ESCAPE '\\'"
                " OR array_to_string(n.keywords_pivot, ' ') ILIKE ? ESCAPE '\\'"
            )
            params += [_like(text)] * 3
        where += ")"
    return select(
        con,
        NarrativeRow,
        f"""
        SELECT n.* FROM narratives n
        WHERE n.narrative_id IN (SELECT a.narrative_id FROM articles a JOIN narratives n USING (narrative_id) WHERE {where})
        ORDER BY n.n_articles DESC, n.narrative_id LIMIT {LIST_LIMIT}
        """,
        params,
    )


def claim(con: Connection, claim_id: str) -> ClaimRow | None:
    return select_one(con, ClaimRow, "SELECT * FROM claims WHERE claim_id = ?", [claim_id])


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
