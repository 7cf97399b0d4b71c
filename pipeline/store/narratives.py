"""Reads and writes of the narratives stage: article vectors, assignments, narrative state and labels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import numpy as np

from pipeline.narratives.cluster import Narrative, label_from
from pipeline.narratives.themes import Theme
from pipeline.store import queue
from pipeline.store.db import (
    Connection,
    chunks,
    indexed_in,
    insert,
    keyed,
    placeholders,
    scalar,
    select,
    select_one,
    transaction,
)
from pipeline.text import article_text


@dataclass(frozen=True, slots=True)
class Assignment:
    """An `article_narratives` row: -1 is an outlier, kept and re-examined while recent."""

    article_id: str
    narrative_id: int
    run_date: date
    known_at: datetime
    """When the data first supported it (`narratives.stories`): weekly rollups count it only from then."""


@dataclass(frozen=True)
class NarrativePool:
    article_ids: list[str]
    docs: list[str]
    published: list[datetime]
    n_new: int
    languages: list[str | None]


@dataclass(frozen=True, slots=True)
class RecentArticle:
    """One of an active narrative's latest articles."""

    article_id: str
    doc: str
    language: str | None
    published_at: datetime


@dataclass(frozen=True)
class ActiveNarrative:
    """A narrative with members around a time span, and what a story needs to know of it."""

    narrative_id: int
    first_seen: datetime
    last_seen: datetime
    recent: list[RecentArticle]
    """Its latest articles, newest first."""
    began: date | None = None
    """The day of its first article, when it was looked for (a narrative of the window may have begun before it)."""


@dataclass(frozen=True, slots=True)
class NarrativeRow:
    """A row of the `narratives` view."""

    narrative_id: int
    label: str
    keywords: list[str]
    keywords_pivot: list[str]
    n_articles: int
    n_outlets: int
    languages: list[str]
    first_seen_at: datetime
    last_seen_at: datetime
    first_outlet: str
    first_article_id: str
    generated_label: str
    renamed: bool
    created_run: date
    theme_id: int | None
    theme: str | None


@dataclass(frozen=True, slots=True)
class LanguageShare:
    language: str | None
    n_articles: int
    n_outlets: int
    first_at: datetime
    first_outlet: str


@dataclass(frozen=True, slots=True)
class ClaimInNarrative:
    claim_id: str
    value: float
    unit: str | None
    subject: str | None
    year: int | None
    first_seen_outlet: str
    first_seen_at: datetime
    articles_here: int
    n_outlets: int
    variant_of: str | None


@dataclass(frozen=True, slots=True)
class ArticleRef:
    """An article as reports list it."""

    published_at: datetime
    outlet: str
    language: str | None
    title: str
    url: str | None


@dataclass(frozen=True)
class NarrativeDetail:
    narrative: NarrativeRow
    by_language: list[LanguageShare]
    claims: list[ClaimInNarrative]
    articles: list[ArticleRef]


def queued_articles(con: Connection, limit: int) -> tuple[list[str], int]:
    """The ids of the oldest `limit` articles waiting for the narratives stage; and how many wait in all."""
    return queue.oldest(con, "narratives", limit)


def narrative_pool(con: Connection, fresh: list[str], outlier_window: timedelta) -> NarrativePool:
    """The `fresh` articles, plus the outliers published within `outlier_window` of the newest of them.

    Reads base tables by index and time, not the `articles` view: its cost must not grow with the history.
    """
    if not fresh:
        return NarrativePool([], [], [], 0, [])
    rows = []
    for chunk in chunks(fresh):
        rows += con.execute(
            "SELECT article_id, title, summary, published_at, true, article_language(detected_language, declared_language) "
            f"FROM raw_items WHERE {indexed_in('article_id', chunk)}"
        ).fetchall()
    newest = max(row[3] for row in rows)
    taken = {row[0] for row in rows}
    rows += [
        row
        for row in con.execute(
            """
        SELECT r.article_id, r.title, r.summary, r.published_at, false,
               article_language(r.detected_language, r.declared_language)
        FROM raw_items r JOIN article_narratives n USING (article_id)
        WHERE n.narrative_id = -1 AND r.published_at >= ?
        """,
            [newest - outlier_window],
        ).fetchall()
        if row[0] not in taken  # a queued article is new, even if an earlier run left it an outlier
    ]
    rows.sort(key=lambda row: (row[3], row[0]))
    return NarrativePool(
        [row[0] for row in rows],
        [article_text(row[1], row[2]) for row in rows],
        [row[3] for row in rows],
        sum(1 for row in rows if row[4]),
        [row[5] for row in rows],
    )


SPECIFIC_CLAIM_VALUE = 100
"""A claim of this value or more is specific enough to say two articles tell one story ("4,000 homeless", "€1.2bn
aid"); smaller ones ("five dead") are specific only about a subject the lexicon knows ("five killed")."""


def specific_claims(con: Connection, article_ids: list[str]) -> dict[str, set[str]]:
    """article id → the claims it states that say which story it tells: about a subject the lexicon knows, or of a
    value of SPECIFIC_CLAIM_VALUE or more (a claim already groups one value across articles about one event)."""
    if not article_ids:
        return {}
    rows = con.execute(
        f"""
        SELECT DISTINCT m.article_id, mc.claim_id FROM mentions m
        JOIN mention_claims mc USING (mention_id)
        JOIN claim_groups g ON g.claim_id = mc.claim_id
         AND (g.subject_concept IS NOT NULL OR abs(g.value) >= {SPECIFIC_CLAIM_VALUE})
        WHERE m.article_id IN ({placeholders(article_ids)})
        """,
        article_ids,
    ).fetchall()
    claims: dict[str, set[str]] = {}
    for article_id, claim_id in rows:
        claims.setdefault(article_id, set()).add(claim_id)
    return claims


def percentages(con: Connection, article_ids: list[str]) -> dict[str, set[tuple[str | None, float]]]:
    """article id → (unit, value) of each percentage it states ("41.3 %", "0.5 percentage points"): percentages make
    no claims, but the same one in two reports, in any language, says they tell one story."""
    found: dict[str, set[tuple[str | None, float]]] = {}
    for chunk in chunks(article_ids):
        rows = con.execute(
            f"SELECT article_id, unit, value FROM mentions WHERE {indexed_in('article_id', chunk)} AND kind = 'percent'"
        ).fetchall()
        for article_id, unit, value in rows:
            found.setdefault(article_id, set()).add((unit, value))
    return found


def active_narratives(
    con: Connection,
    start: datetime,
    end: datetime,
    window: timedelta,
    docs_per_narrative: int,
    begun_on: frozenset[date] = frozenset(),
    begun_window: timedelta = timedelta(0),
) -> list[ActiveNarrative]:
    """Narratives with a member within `window` of [start, end], and those that began on one of the days `begun_on`
    or the day after (which a later report names: "the June 3 fire"): their span and latest articles.
    A narrative that began on such a day gives the articles of its first `begun_window` and its whole span.

    This is what a daily run compares its pool with: the narratives of the window and of the named days, not of the
    history. Finding them is two filtered passes over the narratives' articles (one for the window, one for all the
    named days: `docs/scaling.md` lists them among the scans that grow with history).
    """
    ranges = [(start - window, end + window)]
    spans = con.execute(
        """
        SELECT n.narrative_id, min(r.published_at), max(r.published_at)
        FROM article_narratives n JOIN raw_items r USING (article_id)
        WHERE n.narrative_id > 0 AND r.published_at BETWEEN ? AND ?
        GROUP BY n.narrative_id ORDER BY n.narrative_id
        """,
        [start - window, end + window],
    ).fetchall()
    by_id = {row[0]: row for row in spans}
    named = [datetime.combine(day, time(), UTC) for day in sorted(begun_on)]
    begun = _begun_on(con, [(day, day + timedelta(days=2)) for day in named])
    by_id.update((row[0], row) for row in begun)  # the whole span: the window may have cut its beginning off
    began = {row[0]: row[1].astimezone(UTC).date() for row in begun}
    ranges += [(day, day + timedelta(days=2) + begun_window) for day in named]
    if not by_id:
        return []
    ids = sorted(by_id)
    within = " OR ".join("r.published_at BETWEEN ? AND ?" for _ in ranges)
    members = con.execute(
        f"""
        WITH members AS (
            SELECT n.narrative_id, r.article_id, r.title, r.summary,
                   article_language(r.detected_language, r.declared_language) AS language, r.published_at,
                   row_number() OVER (PARTITION BY n.narrative_id ORDER BY r.published_at DESC, r.article_id) AS k
            FROM article_narratives n JOIN raw_items r USING (article_id)
            WHERE n.narrative_id IN ({placeholders(ids)}) AND ({within})
        )
        SELECT narrative_id, article_id, title, summary, language, published_at FROM members WHERE k <= ?
        ORDER BY narrative_id, k
        """,
        [*ids, *(bound for pair in ranges for bound in pair), docs_per_narrative],
    ).fetchall()
    recent: dict[int, list[RecentArticle]] = {}
    for narrative_id, article_id, title, summary, language, published_at in members:
        recent.setdefault(narrative_id, []).append(
            RecentArticle(article_id, article_text(title, summary), language, published_at)
        )
    return [
        ActiveNarrative(narrative_id, first, last, recent.get(narrative_id, []), began.get(narrative_id))
        for narrative_id, first, last in (by_id[i] for i in ids)
    ]


def _begun_on(con: Connection, days: list[tuple[datetime, datetime]]) -> list[tuple[int, datetime, datetime]]:
    """(id, first, last publication) of the narratives whose first article was published within one of the spans
    `days`, over all their articles. One pass over the narratives' articles, as the window's query makes."""
    if not days:
        return []
    within = " OR ".join("(i.published_at >= ? AND i.published_at < ?)" for _ in days)
    rows = con.execute(
        f"""
        SELECT n.narrative_id, min(r.published_at), max(r.published_at)
        FROM article_narratives n JOIN raw_items r USING (article_id)
        WHERE n.narrative_id IN (
            SELECT DISTINCT s.narrative_id FROM article_narratives s JOIN raw_items i USING (article_id)
            WHERE s.narrative_id > 0 AND ({within})
        )
        GROUP BY n.narrative_id
        """,
        [bound for span in days for bound in span],
    ).fetchall()
    return [row for row in rows if any(start <= row[1] < end for start, end in days)]


def load_narratives(con: Connection, model: str, narrative_ids: list[int]) -> list[Narrative]:
    """The running state of the given narratives (the active ones): indexed look-ups, not every narrative."""
    if not narrative_ids:
        return []
    rows = con.execute(
        f"SELECT narrative_id, vector_sum, n_members FROM narrative_state WHERE {indexed_in('narrative_id', narrative_ids)} "
        "AND model = ? ORDER BY narrative_id",
        [model],
    ).fetchall()
    return [
        Narrative(narrative_id, np.asarray(vector_sum, dtype=np.float32), n) for narrative_id, vector_sum, n in rows
    ]


def stale_narratives(con: Connection, model: str, narrative_ids: list[int]) -> dict[int, list[str]]:
    """The members of those of `narrative_ids` whose state another model keeps (the embedder changed since they last
    grew), by narrative."""
    if not narrative_ids:
        return {}
    stale = [
        row[0]
        for row in con.execute(
            f"SELECT narrative_id FROM narrative_state WHERE {indexed_in('narrative_id', narrative_ids)} AND model <> ?",
            [model],
        ).fetchall()
    ]
    members: dict[int, list[str]] = {narrative_id: [] for narrative_id in stale}
    for chunk in chunks(stale):
        for narrative_id, article_id in con.execute(
            f"SELECT narrative_id, article_id FROM article_narratives WHERE {indexed_in('narrative_id', chunk)} "
            "ORDER BY article_id"
        ).fetchall():
            members[narrative_id].append(article_id)
    return members


def restate_narratives(con: Connection, model: str, narratives: list[Narrative]) -> None:
    """Keep these narratives' state under `model` from now on."""
    with transaction(con):
        for narrative in narratives:
            con.execute(
                "UPDATE narrative_state SET model = ?, vector_sum = ?, n_members = ? WHERE narrative_id = ?",
                [model, narrative.vector_sum.tolist(), narrative.n_members, narrative.narrative_id],
            )


def next_narrative_id(con: Connection) -> int:
    return int(scalar(con, "SELECT coalesce(max(narrative_id), 0) + 1 FROM narrative_state"))


def write_narratives(
    con: Connection,
    assignments: list[Assignment],
    run_date: date,
    model: str,
    narratives: list[Narrative],
    created: set[int],
    done: list[str],
) -> None:
    """Assignments, the touched narratives' state, and the articles `done` taken off the stage's queue, in one
    transaction."""
    with transaction(con):
        queue.done(con, "narratives", done)
        insert(con, "article_narratives", assignments, replace=True)
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


def recent_docs_by_narrative(
    con: Connection, active_window: timedelta, per_narrative: int, pivot: bool = False
) -> dict[int, list[str]]:
    """Texts of the last `active_window` (at most `per_narrative` per narrative): the classes for c-TF-IDF.

    Bounded by the window, not by history, so labels of active narratives follow their recent coverage and
    dormant narratives keep their last label. `pivot=True` uses the `pivot_texts` view (English as written or
    translated; articles with neither are left out).
    """
    texts = "pivot_texts" if pivot else "raw_items"
    rows = con.execute(
        f"""
        WITH recent AS (
            SELECT r.article_id, r.published_at, n.narrative_id FROM raw_items r JOIN article_narratives n USING (article_id)
            WHERE n.narrative_id > 0 AND r.published_at >= (SELECT max(published_at) FROM raw_items) - ?
        ),
        ranked AS (
            SELECT r.narrative_id, t.title, t.summary,
                   row_number() OVER (PARTITION BY r.narrative_id ORDER BY r.published_at DESC, r.article_id) AS k
            FROM recent r JOIN {texts} t USING (article_id)
        )
        SELECT narrative_id, title, summary FROM ranked WHERE k <= ? ORDER BY narrative_id, k
        """,
        [active_window, per_narrative],
    ).fetchall()
    docs: dict[int, list[str]] = {}
    for narrative_id, title, summary in rows:
        docs.setdefault(narrative_id, []).append(article_text(title, summary))
    return docs


def write_keywords(con: Connection, keywords: dict[int, list[str]], pivot_keywords: dict[int, list[str]]) -> None:
    """Generated labels prefer pivot-language keywords; original-language keywords are kept beside them."""
    rows = [
        (words, pivot_keywords.get(n, []), label_from(pivot_keywords.get(n) or words), n)
        for n, words in keywords.items()
    ]
    with transaction(con):
        if rows:
            con.executemany(
                "UPDATE narrative_state SET keywords = ?, keywords_pivot = ?, generated_label = ? WHERE narrative_id = ?",
                rows,
            )


def themed(con: Connection, narrative_ids: list[int]) -> dict[int, int]:
    """narrative id → theme id, for those of `narrative_ids` that have a theme (indexed look-ups)."""
    return keyed(con, "narrative_themes", "narrative_id", "theme_id", narrative_ids)


def load_themes(con: Connection, model: str) -> list[Theme]:
    """Every theme's running state: themes are few (stories of a kind), and a new story may belong to any of them."""
    rows = con.execute(
        "SELECT theme_id, vector_sum, n_stories FROM theme_state WHERE model = ? ORDER BY theme_id", [model]
    ).fetchall()
    return [Theme(theme_id, np.asarray(vector_sum, dtype=np.float32), n) for theme_id, vector_sum, n in rows]


def next_theme_id(con: Connection) -> int:
    return int(scalar(con, "SELECT coalesce(max(theme_id), 0) + 1 FROM theme_state"))


@dataclass(frozen=True, slots=True)
class ThemeRow:
    """A `theme_state` row."""

    theme_id: int
    model: str
    vector_sum: np.ndarray
    n_stories: int
    keywords: list[str]
    keywords_pivot: list[str]
    generated_label: str
    created_run: date


@dataclass(frozen=True, slots=True)
class NarrativeTheme:
    """A `narrative_themes` row."""

    narrative_id: int
    theme_id: int
    run_date: date


def write_themes(
    con: Connection, run_date: date, model: str, assignments: dict[int, int], themes: list[Theme], created: set[int]
) -> None:
    """The stories' themes, and the touched themes' state, in one transaction."""
    with transaction(con):
        insert(con, "narrative_themes", [NarrativeTheme(n, t, run_date) for n, t in assignments.items()])
        insert(
            con,
            "theme_state",
            [
                ThemeRow(t.theme_id, model, t.vector_sum, t.n_stories, [], [], "", run_date)
                for t in themes
                if t.theme_id in created
            ],
        )
        for theme in themes:
            if theme.theme_id not in created:
                con.execute(
                    "UPDATE theme_state SET vector_sum = ?, n_stories = ? WHERE theme_id = ?",
                    [theme.vector_sum.tolist(), theme.n_stories, theme.theme_id],
                )


def write_theme_keywords(con: Connection, keywords: dict[int, list[str]], pivot_keywords: dict[int, list[str]]) -> None:
    """Theme labels prefer pivot-language keywords, as narrative labels do."""
    with transaction(con):
        for theme_id, words in keywords.items():
            pivot = pivot_keywords.get(theme_id, [])
            con.execute(
                "UPDATE theme_state SET keywords = ?, keywords_pivot = ?, generated_label = ? WHERE theme_id = ?",
                [words, pivot, label_from(pivot or words), theme_id],
            )


def rename_narrative(con: Connection, narrative_id: int, name: str) -> bool:
    if scalar(con, "SELECT count(*) FROM narrative_state WHERE narrative_id = ?", [narrative_id]) == 0:
        return False
    con.execute("INSERT OR REPLACE INTO narrative_names (narrative_id, name) VALUES (?, ?)", [narrative_id, name])
    return True


def forget_narrative_name(con: Connection, narrative_id: int) -> bool:
    """Undo `topics rename`: the narrative shows its generated label again. False when there is no such narrative."""
    if scalar(con, "SELECT count(*) FROM narrative_state WHERE narrative_id = ?", [narrative_id]) == 0:
        return False
    con.execute("DELETE FROM narrative_names WHERE narrative_id = ?", [narrative_id])
    return True


def list_narratives(con: Connection) -> list[NarrativeRow]:
    return select(con, NarrativeRow, "SELECT * FROM narratives ORDER BY n_articles DESC, narrative_id")


def outlier_count(con: Connection) -> int:
    return int(scalar(con, "SELECT count(*) FROM articles WHERE narrative_id = -1"))


def narrative_row(con: Connection, narrative_id: int) -> NarrativeRow | None:
    return select_one(con, NarrativeRow, "SELECT * FROM narratives WHERE narrative_id = ?", [narrative_id])


def narrative_detail(con: Connection, narrative_id: int) -> NarrativeDetail | None:
    narrative = narrative_row(con, narrative_id)
    if narrative is None:
        return None
    by_language = select(
        con,
        LanguageShare,
        """
        SELECT language, count(*) AS n_articles, count(DISTINCT outlet) AS n_outlets, min(published_at) AS first_at,
               arg_min(outlet, (published_at, article_id)) AS first_outlet
        FROM articles WHERE narrative_id = ? GROUP BY language ORDER BY first_at
        """,
        [narrative_id],
    )
    claims = select(
        con,
        ClaimInNarrative,
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
    articles = select(
        con,
        ArticleRef,
        "SELECT published_at, outlet, language, title, url FROM articles WHERE narrative_id = ? ORDER BY published_at, article_id",
        [narrative_id],
    )
    return NarrativeDetail(narrative, by_language, claims, articles)


def clustered_articles(con: Connection, model: str) -> tuple[list[str], np.ndarray, list[int], list[datetime]]:
    """Every clustered article (outliers included): texts, vectors, narrative ids, publication times."""
    rows = con.execute(
        """
        SELECT a.title, a.summary, e.embedding, a.narrative_id, a.published_at
        FROM articles a JOIN article_embeddings e ON e.article_id = a.article_id AND e.model = ?
        WHERE a.narrative_id IS NOT NULL ORDER BY a.published_at, a.article_id
        """,
        [model],
    ).fetchall()
    vectors = np.asarray([r[2] for r in rows], dtype=np.float32)
    return [article_text(r[0], r[1]) for r in rows], vectors, [r[3] for r in rows], [r[4] for r in rows]
