"""Reads of the weekly digest, the export and the analyst's scoped listings: thin queries over the views in
`warehouse/views/`.

A digest counts only what was published before its week ended (`claims_until`), so it reads the same later; the
listings take a window [start, end) and language/outlet filters that choose rows, while every count stays a count
over the window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pipeline.store.claims import ClaimRow, SpreadRow, TopClaimRow
from pipeline.store.db import Connection, placeholders, scalar, select, select_one
from pipeline.store.narratives import ArticleRef, NarrativeRow


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
    """A row of the `claim_week_spread` view, its claim counted as of the week's end (`claims_until`)."""

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


def newest_article_at(con: Connection) -> datetime | None:
    return scalar(con, "SELECT max(published_at) FROM articles")


def last_complete_week_start(con: Connection) -> date | None:
    """The newest ISO week with articles that is over in the data (see the `complete_weeks` view)."""
    return scalar(con, "SELECT max(week_start) FROM complete_weeks")


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
    """Articles per UTC day of each narrative in [start, end), as known when each day's week ended."""
    if not narrative_ids:
        return {}
    rows = con.execute(
        f"""
        SELECT narrative_as_reported(narrative_id, narrative_known_at, published_at) AS reported,
               CAST(published_at AT TIME ZONE 'UTC' AS DATE) AS day, count(*)
        FROM articles
        WHERE narrative_id IN ({placeholders(narrative_ids)}) AND published_at >= ? AND published_at < ?
        GROUP BY ALL HAVING reported <> -1
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
        WHERE narrative_as_reported(narrative_id, narrative_known_at, published_at) = ?
          AND published_at >= ? AND published_at < ? AND duplicate_of IS NULL
        ORDER BY published_at, article_id LIMIT ?
        """,
        [narrative_id, start, end, limit],
    )


def week_claims(con: Connection, start: date, until: datetime, limit: int) -> list[WeekClaim]:
    """The week's most-spread claims about a named subject (outlets, then languages, then mentions), each counted
    over the mentions published before `until` (the week's end): later weeks change nothing here."""
    return select(
        con,
        WeekClaim,
        """
        SELECT c.*, w.week_start, w.week_outlets, w.week_mentions, w.week_languages, w.named_subject
        FROM claim_week_spread w JOIN claims_until(?) c USING (claim_id)
        WHERE w.week_start = ? AND w.named_subject AND w.week_outlets >= 2
        ORDER BY w.week_outlets DESC, len(w.week_languages) DESC, w.week_mentions DESC, c.first_seen_at, c.claim_id
        LIMIT ?
        """,
        [until, start, limit],
    )


def claim_spread_until(con: Connection, claim_id: str, until: datetime) -> list[SpreadRow]:
    """The outlets that carried the claim before `until`, in spread order (ranks are by time, so they hold)."""
    return select(
        con,
        SpreadRow,
        "SELECT * FROM claim_spread WHERE claim_id = ? AND first_published_at < ? ORDER BY spread_rank",
        [claim_id, until],
    )


def claim_variants_until(con: Connection, claim_id: str, until: datetime) -> list[ClaimRow]:
    """Variants of the claim (either direction) first seen before `until`, counted as of `until`."""
    return select(
        con,
        ClaimRow,
        """
        SELECT * FROM claims_until(?)
        WHERE variant_of = ? OR claim_id = (SELECT variant_of FROM claims WHERE claim_id = ?)
        ORDER BY first_seen_at, claim_id
        """,
        [until, claim_id, claim_id],
    )


def week_language_coverage(con: Connection, start: date) -> list[LanguageWeek]:
    return select(
        con,
        LanguageWeek,
        "SELECT * FROM language_weeks WHERE week_start = ? ORDER BY n_articles DESC, language",
        [start],
    )


def fetch_health(con: Connection, start: date, end: date) -> tuple[list[FetchOutcome], bool]:
    """Fetch outcomes of the runs in the week; when there were none (a recorded corpus), those of the first run
    after it (the one that fetched the week), else of the last run before it: never the newest run's, so the digest
    reads the same when later runs are added."""
    query = """
        SELECT status, error_kind, count(*) AS n, list(DISTINCT outlet ORDER BY outlet) AS outlets
        FROM fetch_log WHERE {where} GROUP BY ALL ORDER BY status, error_kind
        """
    rows = select(con, FetchOutcome, query.format(where="run_date >= ? AND run_date < ?"), [start, end])
    if rows:
        return rows, True
    nearest = """run_date = coalesce(
        (SELECT min(run_date) FROM fetch_log WHERE run_date >= ?), (SELECT max(run_date) FROM fetch_log WHERE run_date < ?)
    )"""
    return select(con, FetchOutcome, query.format(where=nearest), [end, start]), False


def week_outliers(con: Connection, start: date, end: date, limit: int) -> list[ArticleRef]:
    """The week's articles in no narrative when the week ended, newest first."""
    return select(
        con,
        ArticleRef,
        """
        SELECT published_at, outlet, language, title, url FROM articles
        WHERE narrative_as_reported(narrative_id, narrative_known_at, published_at) = -1
          AND published_at >= ? AND published_at < ?
        ORDER BY published_at DESC, article_id LIMIT ?
        """,
        [start, end, limit],
    )


IN_SCOPE = """article_id IN (
    SELECT article_id FROM articles
    WHERE published_at >= coalesce($start, '-infinity'::TIMESTAMPTZ) AND published_at < coalesce($end, 'infinity'::TIMESTAMPTZ)
      AND ($narrative IS NULL OR narrative_id = $narrative)
)"""
CLAIMS_IN_SCOPE = f"claim_id IN (SELECT claim_id FROM claim_mentions WHERE {IN_SCOPE})"
WEEKS_IN_SCOPE = """week_start + 7 > coalesce(CAST($start::TIMESTAMPTZ AT TIME ZONE 'UTC' AS DATE), '-infinity'::DATE)
    AND week_start < coalesce(CAST($end::TIMESTAMPTZ AT TIME ZONE 'UTC' AS DATE), 'infinity'::DATE)"""
DAYS_IN_SCOPE = """{day} >= coalesce(CAST($start::TIMESTAMPTZ AT TIME ZONE 'UTC' AS DATE), '-infinity'::DATE)
    AND {day} < coalesce(CAST($end::TIMESTAMPTZ AT TIME ZONE 'UTC' AS DATE), 'infinity'::DATE)"""
NARRATIVE = "($narrative IS NULL OR narrative_id = $narrative)"
EXPORTS: dict[str, tuple[str, bool]] = {
    # view: (which rows are in a --from/--to/--narrative scope, whether a narrative scope applies to it)
    "articles": (IN_SCOPE, True),
    "claims": (CLAIMS_IN_SCOPE, True),
    "claim_mentions": (IN_SCOPE, True),
    "claim_spread": (IN_SCOPE, True),
    "narratives": (f"narrative_id IN (SELECT narrative_id FROM articles WHERE {IN_SCOPE})", True),
    "narrative_timeline": (f"{DAYS_IN_SCOPE.format(day='day')} AND {NARRATIVE}", True),
    "narrative_weeks": (f"{WEEKS_IN_SCOPE} AND {NARRATIVE}", True),
    "narrative_growth": (f"{WEEKS_IN_SCOPE} AND {NARRATIVE}", True),
    "claim_weeks": (f"{WEEKS_IN_SCOPE} AND {CLAIMS_IN_SCOPE}", True),
    "claim_week_spread": (f"{WEEKS_IN_SCOPE} AND {CLAIMS_IN_SCOPE}", True),
    "language_weeks": (WEEKS_IN_SCOPE, False),
    "week_totals": (WEEKS_IN_SCOPE, False),
    "feed_health": ("true", False),
    "fetch_summary": (DAYS_IN_SCOPE.format(day="run_date"), False),
}
"""Every view `narratives export` writes. Rows are chosen by the articles in scope (published in the window, in the
narrative); weekly views keep the weeks that overlap the window; aggregate columns keep their own meaning."""


def exportable_views(narrative_id: int | None) -> list[str]:
    """The views an export writes: all of them, or those a narrative scope applies to."""
    return [view for view, (_, per_narrative) in EXPORTS.items() if narrative_id is None or per_narrative]


def export_view(
    con: Connection,
    view: str,
    path: Path,
    format_: str,
    start: datetime | None = None,
    end: datetime | None = None,
    narrative_id: int | None = None,
) -> int:
    """COPY one view's rows in scope to a Parquet or CSV file (DuckDB writes both natively); the rows written."""
    options = "FORMAT parquet" if format_ == "parquet" else "FORMAT csv, HEADER true"
    where = EXPORTS[view][0]
    target = str(path).replace("'", "''")
    scope = {"start": start, "end": end, "narrative": narrative_id}
    used = {name: value for name, value in scope.items() if f"${name}" in where}
    return int(con.execute(f"COPY (SELECT * FROM {view} WHERE {where}) TO '{target}' ({options})", used).fetchone()[0])


@dataclass(frozen=True, slots=True)
class MentionOfClaim:
    """A numeric mention with its article's guid and outlet, and its claim (None for kinds that make no claims)."""

    guid: str
    outlet: str
    value: float
    kind: str
    claim_id: str | None
    variant_of: str | None
    surface_text: str
    exact: bool


def mentions_by_guid(con: Connection) -> list[MentionOfClaim]:
    """Every stored mention, for scoring extraction and grouping against labels written by hand."""
    return select(
        con,
        MentionOfClaim,
        """
        SELECT r.guid, r.outlet, m.value, m.kind, mc.claim_id, g.variant_of, m.surface_text, m.exact
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


def theme_by_guid(con: Connection) -> dict[str, int | None]:
    """Each article's theme (its story's), None for an article in no story: for scoring themes against labels."""
    rows = con.execute(
        "SELECT a.guid, n.theme_id FROM articles a LEFT JOIN narratives n ON n.narrative_id = a.narrative_id"
    ).fetchall()
    return dict(rows)


def _window_filter(
    start: datetime | None, end: datetime | None, languages: list[str], outlets: list[str], alias: str = ""
) -> tuple[str, list]:
    """SQL conditions (and their parameters) for rows published in [start, end), in `languages`, from `outlets`."""
    conditions, params = [], []
    if start is not None:
        conditions.append(f"{alias}published_at >= ?")
        params.append(start)
    if end is not None:
        conditions.append(f"{alias}published_at < ?")
        params.append(end)
    for column, values in (("language", languages), ("outlet", outlets)):
        if values:
            conditions.append(f"{alias}{column} IN ({placeholders(values)})")
            params.extend(values)
    return " AND ".join(conditions) or "true", params


def top_claims(
    con: Connection,
    start: datetime | None,
    end: datetime | None,
    languages: list[str],
    outlets: list[str],
    min_outlets: int,
    limit: int,
) -> list[TopClaimRow]:
    """Claims most repeated in [start, end) (ranked by outlets, languages, mentions, all counted in the window)
    among those carried in the window in one of `languages` and by one of `outlets` (any, when empty)."""
    in_window, window_params = _window_filter(start, end, [], [])
    chosen, chosen_params = _window_filter(start, end, languages, outlets)
    return select(
        con,
        TopClaimRow,
        f"""
        WITH recent AS (
            SELECT claim_id, count(*) AS mentions_in_window, count(DISTINCT outlet) AS outlets_in_window,
                   count(DISTINCT language) AS languages_in_window
            FROM claim_mentions
            WHERE {in_window} AND claim_id IN (SELECT claim_id FROM claim_mentions WHERE {chosen})
            GROUP BY claim_id
        )
        SELECT c.*, r.mentions_in_window, r.outlets_in_window, r.languages_in_window
        FROM recent r JOIN claims c USING (claim_id)
        WHERE r.outlets_in_window >= ?
        ORDER BY r.outlets_in_window DESC, r.languages_in_window DESC, r.mentions_in_window DESC, c.first_seen_at,
                 c.claim_id
        LIMIT ?
        """,
        [*window_params, *chosen_params, min_outlets, limit],
    )


def narratives_in_window(
    con: Connection, start: datetime | None, end: datetime | None, languages: list[str], outlets: list[str]
) -> list[NarrativeRow]:
    """Narratives with an article in [start, end) in one of `languages` and from one of `outlets` (any, when
    empty), largest first; articles, outlets and languages are counted in the window, first and last seen are
    all-time."""
    in_window, window_params = _window_filter(start, end, [], [])
    chosen, chosen_params = _window_filter(start, end, languages, outlets)
    return select(
        con,
        NarrativeRow,
        f"""
        WITH counts AS (
            SELECT narrative_id, count(*) AS n_articles, count(DISTINCT outlet) AS n_outlets,
                   list(DISTINCT language ORDER BY language) AS languages
            FROM articles
            WHERE {in_window} AND narrative_id IN (SELECT narrative_id FROM articles WHERE {chosen})
            GROUP BY narrative_id
        )
        SELECT n.* REPLACE (w.n_articles AS n_articles, w.n_outlets AS n_outlets, w.languages AS languages)
        FROM narratives n JOIN counts w USING (narrative_id)
        ORDER BY n_articles DESC, narrative_id
        """,
        [*window_params, *chosen_params],
    )


@dataclass(frozen=True, slots=True)
class AnalysisState:
    """Articles of a scope by what the narrative stage made of them."""

    articles: int
    outliers: int
    not_analysed: int


def analysis_state(
    con: Connection, start: datetime | None, end: datetime | None, languages: list[str], outlets: list[str]
) -> AnalysisState:
    """How many articles in scope are outliers, and how many no narrative run has looked at yet (ingested only)."""
    where, params = _window_filter(start, end, languages, outlets)
    return select(
        con,
        AnalysisState,
        f"""
        SELECT count(*) AS articles, count(*) FILTER (narrative_id = -1) AS outliers,
               count(*) FILTER (narrative_id IS NULL) AS not_analysed
        FROM articles WHERE {where}
        """,
        params,
    )[0]
