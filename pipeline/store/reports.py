"""Reads of the weekly digest and the export: thin queries over the weekly views in `warehouse/views/`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pipeline.store.claims import ClaimRow
from pipeline.store.db import Connection, placeholders, scalar, select, select_one
from pipeline.store.narratives import ArticleRef


@dataclass(frozen=True, slots=True)
class WeekTotals:
    week_start: date
    n_articles: int
    n_outlets: int
    n_languages: int
    n_outliers: int


@dataclass(frozen=True, slots=True)
class WeekNarrative:
    """A row of the `narrative_growth` view."""

    week_start: date
    narrative_id: int
    label: str
    keywords: list[str]
    first_seen_at: datetime
    first_outlet: str
    total_articles: int
    n_articles: int
    n_outlets: int
    languages: list[str]
    previous_articles: int
    is_new: bool


@dataclass(frozen=True, slots=True)
class WeekClaim(ClaimRow):
    """A row of the `claim_week_spread` view."""

    week_start: date
    week_outlets: int
    week_mentions: int
    week_languages: list[str]
    named_subject: bool


@dataclass(frozen=True, slots=True)
class LanguageWeek:
    week_start: date
    language: str | None
    n_articles: int
    n_outlets: int
    n_outliers: int


@dataclass(frozen=True, slots=True)
class FetchOutcome:
    status: str
    error_kind: str | None
    n: int
    outlets: list[str]


def busiest_week_start(con: Connection) -> date | None:
    return scalar(con, "SELECT week_start FROM week_totals ORDER BY n_articles DESC, week_start DESC LIMIT 1")


def week_totals(con: Connection, start: date) -> WeekTotals:
    totals = select_one(con, WeekTotals, "SELECT * FROM week_totals WHERE week_start = ?", [start])
    return totals or WeekTotals(start, 0, 0, 0, 0)


def week_narratives(con: Connection, start: date, limit: int) -> list[WeekNarrative]:
    """Narratives active in the week starting `start`, largest first."""
    return select(
        con,
        WeekNarrative,
        "SELECT * FROM narrative_growth WHERE week_start = ? ORDER BY n_articles DESC, narrative_id LIMIT ?",
        [start, limit],
    )


def narrative_daily_counts(
    con: Connection, narrative_ids: list[int], start: date, end: date
) -> dict[int, dict[date, int]]:
    if not narrative_ids:
        return {}
    rows = con.execute(
        f"""
        SELECT narrative_id, day, n_articles FROM narrative_timeline
        WHERE narrative_id IN ({placeholders(narrative_ids)}) AND day >= ? AND day < ?
        """,
        [*narrative_ids, start, end],
    ).fetchall()
    counts: dict[int, dict[date, int]] = {}
    for narrative_id, day, n in rows:
        counts.setdefault(narrative_id, {})[day] = n
    return counts


def narrative_examples(con: Connection, narrative_id: int, start: date, end: date, limit: int) -> list[ArticleRef]:
    """The narrative's earliest originals (no near-copies) in [start, end)."""
    return select(
        con,
        ArticleRef,
        """
        SELECT published_at, outlet, language, title, url FROM articles
        WHERE narrative_id = ? AND published_at >= ? AND published_at < ? AND duplicate_of IS NULL
        ORDER BY published_at, article_id LIMIT ?
        """,
        [narrative_id, start, end, limit],
    )


def week_claims(con: Connection, start: date, limit: int) -> list[WeekClaim]:
    """The week's most-spread claims about a named subject (outlets, then languages, then mentions)."""
    return select(
        con,
        WeekClaim,
        """
        SELECT * FROM claim_week_spread
        WHERE week_start = ? AND named_subject AND week_outlets >= 2
        ORDER BY week_outlets DESC, len(week_languages) DESC, week_mentions DESC, first_seen_at LIMIT ?
        """,
        [start, limit],
    )


def week_language_coverage(con: Connection, start: date) -> list[LanguageWeek]:
    return select(
        con, LanguageWeek, "SELECT * FROM language_weeks WHERE week_start = ? ORDER BY n_articles DESC", [start]
    )


def fetch_health(con: Connection, start: date, end: date) -> tuple[list[FetchOutcome], bool]:
    """Fetch outcomes of the runs in the week; when there were none (a recorded corpus), the latest run's."""
    query = """
        SELECT status, error_kind, count(*) AS n, list(DISTINCT outlet ORDER BY outlet) AS outlets
        FROM fetch_log WHERE {where} GROUP BY ALL ORDER BY status, error_kind
        """
    rows = select(con, FetchOutcome, query.format(where="run_date >= ? AND run_date < ?"), [start, end])
    if rows:
        return rows, True
    return select(con, FetchOutcome, query.format(where="run_date = (SELECT max(run_date) FROM fetch_log)")), False


def week_outliers(con: Connection, start: date, end: date, limit: int) -> list[ArticleRef]:
    return select(
        con,
        ArticleRef,
        """
        SELECT published_at, outlet, language, title, url FROM articles
        WHERE narrative_id = -1 AND published_at >= ? AND published_at < ?
        ORDER BY published_at DESC, article_id LIMIT ?
        """,
        [start, end, limit],
    )


def export_view(con: Connection, view: str, path: Path, format_: str) -> None:
    """COPY one view to a Parquet or CSV file (DuckDB writes both natively)."""
    options = "FORMAT parquet" if format_ == "parquet" else "FORMAT csv, HEADER true"
    con.execute(f"COPY (SELECT * FROM {view}) TO '{str(path).replace(chr(39), chr(39) * 2)}' ({options})")


@dataclass(frozen=True, slots=True)
class MentionOfClaim:
    """A numeric mention with its article's guid and outlet, and its claim (None for kinds that make no claims)."""

    guid: str
    outlet: str
    value: float
    kind: str
    claim_id: str | None
    variant_of: str | None


def mentions_by_guid(con: Connection) -> list[MentionOfClaim]:
    """Every stored mention, for scoring extraction and grouping against labels written by hand."""
    return select(
        con,
        MentionOfClaim,
        """
        SELECT r.guid, r.outlet, m.value, m.kind, mc.claim_id, g.variant_of
        FROM mentions m JOIN raw_items r USING (article_id)
        LEFT JOIN mention_claims mc USING (mention_id)
        LEFT JOIN claim_groups g USING (claim_id)
        ORDER BY r.guid, m.field, m.start_offset
        """,
    )


def spread_guids(con: Connection) -> dict[str, list[tuple[str, str]]]:
    """claim id → [(outlet, guid of its first article)] in spread order."""
    rows = con.execute(
        "SELECT s.claim_id, s.outlet, r.guid FROM claim_spread s JOIN raw_items r USING (article_id) "
        "ORDER BY s.claim_id, s.spread_rank"
    ).fetchall()
    spreads: dict[str, list[tuple[str, str]]] = {}
    for claim_id, outlet, guid in rows:
        spreads.setdefault(claim_id, []).append((outlet, guid))
    return spreads


def stored_guids(con: Connection) -> list[str]:
    return [guid for (guid,) in con.execute("SELECT guid FROM raw_items").fetchall()]
