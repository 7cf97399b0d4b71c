"""The narratives stage: embed new articles once, cluster the pool into stories with stable ids, give new stories a
theme, refresh labels.

The pool is the new articles plus the outliers of the last OUTLIER_WINDOW (candidate stories of one article, looked
at again while recent); it is compared with the narratives active around it (`stories.STORY_WINDOW`).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import numpy as np

from pipeline.claims.numbers import days_named
from pipeline.embeddings import Embedder, embed_articles
from pipeline.entities import names
from pipeline.narratives.cluster import OUTLIER, Narrative, keywords_by_narrative
from pipeline.narratives.stories import (
    MERGE_WINDOW,
    STORY_WINDOW,
    Clustering,
    PoolArticle,
    Story,
    cluster_stories,
    days_referred_back,
    distinctive_figures,
)
from pipeline.narratives.themes import assign_themes
from pipeline.places import places
from pipeline.store import narratives as store
from pipeline.store.db import Connection
from pipeline.store.embeddings import article_vectors
from pipeline.store.narratives import Assignment

OUTLIER_WINDOW = timedelta(days=14)
KEYWORD_WINDOW = timedelta(days=30)
KEYWORD_DOCS_PER_NARRATIVE = 200
NAMED_DOCS = 50  # an active narrative's names come from its latest articles, which its split reads one by one


@dataclass(frozen=True)
class NarrativesSummary:
    embedded: int
    pool: int
    new_narratives: int
    outliers: int
    backlog: int
    """Articles left for the next runs by the per-run budget."""
    embed_seconds: float = 0.0
    """Of the stage's time, how much went to embedding new articles."""

    def split_timing(self, seconds: dict[str, float]) -> None:
        """The stage's time in `seconds` includes embedding: report that part as a stage of its own, `embed`."""
        seconds["embed"] = seconds.get("embed", 0.0) + self.embed_seconds
        seconds["narratives"] -= self.embed_seconds


def update_narratives(con: Connection, run_date: date, embedder: Embedder, budget: int) -> NarrativesSummary:
    """Embed up to `budget` queued articles (oldest first) once, cluster the pool into narratives with stable ids,
    refresh active labels. What the budget leaves waits for the next run; only active narratives are read."""
    fresh, waiting = store.queued_articles(con, budget)
    backlog = waiting - len(fresh)
    if not fresh:  # nothing new: a rerun must not re-cluster old outliers into different shapes
        return NarrativesSummary(0, 0, 0, 0, backlog)
    pool = store.narrative_pool(con, fresh, OUTLIER_WINDOW)
    started = time.perf_counter()
    # the new articles, and after a change of embedder the recent outliers the new model has not read
    embedded = embed_articles(con, embedder, pool.article_ids)
    embed_seconds = time.perf_counter() - started
    articles = _reports(
        con, embedder.name, list(zip(pool.article_ids, pool.docs, pool.languages, pool.published, strict=True))
    )
    window = max(STORY_WINDOW, MERGE_WINDOW)  # a story's continuation after a quiet spell may still merge into it
    named_days = frozenset().union(*(article.refers_to for article in articles))
    spans = store.active_narratives(
        con, min(pool.published), max(pool.published), window, NAMED_DOCS, named_days, STORY_WINDOW
    )
    narratives = _narratives_under(con, embedder, [a.narrative_id for a in spans])
    before = {narrative_id: n.n_members for narrative_id, n in narratives.items()}
    spans = [a for a in spans if a.narrative_id in narratives]
    recent = [(r.article_id, r.doc, r.language, r.published_at) for a in spans for r in a.recent]
    reports = {report.article_id: report for report in _reports(con, embedder.name, recent, days_referred=False)}
    active = [
        Story.existing(
            narratives[a.narrative_id], [reports[r.article_id] for r in a.recent], a.first_seen, a.last_seen, a.began
        )
        for a in spans
    ]
    clustering = cluster_stories(articles, active, store.next_narrative_id(con))
    created = clustering.created
    known_at = _known_at(clustering, pool.article_ids, pool.published, set(fresh))
    everyone = {**narratives, **{n.narrative_id: n for n in created}}
    store.write_narratives(  # one transaction: a crash leaves the run's clustering all done or not started
        con,
        [
            Assignment(article_id, narrative_id, run_date, known_at)
            for article_id, narrative_id, known_at in zip(pool.article_ids, clustering.assigned, known_at, strict=True)
        ],
        run_date,
        embedder.name,
        [n for n in everyone.values() if before.get(n.narrative_id) != n.n_members],
        {n.narrative_id for n in created},
        fresh,
    )
    stories = [n for n in everyone.values() if n.n_members >= 2]
    _theme(con, run_date, embedder.name, stories)
    docs = store.recent_docs_by_narrative(con, KEYWORD_WINDOW, KEYWORD_DOCS_PER_NARRATIVE)
    pivot_docs = store.recent_docs_by_narrative(con, KEYWORD_WINDOW, KEYWORD_DOCS_PER_NARRATIVE, pivot=True)
    store.write_keywords(con, keywords_by_narrative(docs), keywords_by_narrative(pivot_docs, english=True))
    theme_of = store.themed(con, sorted(docs))
    store.write_theme_keywords(
        con,
        keywords_by_narrative(_by_theme(docs, theme_of)),
        keywords_by_narrative(_by_theme(pivot_docs, theme_of), english=True),
    )
    return NarrativesSummary(
        embedded, len(pool.article_ids), len(created), clustering.assigned.count(OUTLIER), backlog, embed_seconds
    )


def _narratives_under(con: Connection, embedder: Embedder, narrative_ids: list[int]) -> dict[int, Narrative]:
    """The running state of the active narratives under `embedder`. One kept by another model (the embedder changed
    since it last grew) is restated first, once: its members embedded by this one and summed. Only active narratives
    are restated, so the change costs what they hold, not the history; a story that has ended keeps its old state,
    and a theme keeps its old model's state (new stories find the themes of the new one)."""
    stale = store.stale_narratives(con, embedder.name, narrative_ids)
    if stale:
        everyone = [article_id for members in stale.values() for article_id in members]
        embed_articles(con, embedder, everyone)
        vectors = article_vectors(con, embedder.name, everyone)
        store.restate_narratives(
            con,
            embedder.name,
            [
                Narrative(narrative_id, np.sum([vectors[a] for a in members], axis=0), len(members))
                for narrative_id, members in stale.items()
                if members
            ],
        )
    return {n.narrative_id: n for n in store.load_narratives(con, embedder.name, narrative_ids)}


def _theme(con: Connection, run_date: date, model: str, stories: list[Narrative]) -> None:
    """Give the run's stories that have none a theme (a story keeps its theme once given)."""
    have = store.themed(con, [n.narrative_id for n in stories])
    new = {n.narrative_id: n.centroid for n in stories if n.narrative_id not in have}
    if not new:
        return
    themes = {t.theme_id: t for t in store.load_themes(con, model)}
    assigned, created = assign_themes(new, list(themes.values()), store.next_theme_id(con))
    themes.update((t.theme_id, t) for t in created)
    touched = [themes[theme_id] for theme_id in sorted(set(assigned.values()))]
    store.write_themes(con, run_date, model, assigned, touched, {t.theme_id for t in created})


def _known_at(
    clustering: Clustering, article_ids: list[str], published: list[datetime], fresh: set[str]
) -> list[datetime]:
    """When each assignment was known. An outlier of an earlier run that a story takes in now was decided with this
    run's data: not before the newest new article, so the weeks reported before this run keep it as an outlier."""
    horizon = max(when for article_id, when in zip(article_ids, published, strict=True) if article_id in fresh)
    return [
        known if article_id in fresh else max(known, horizon)
        for article_id, known in zip(article_ids, clustering.known_at, strict=True)
    ]


def _by_theme(docs: dict[int, list[str]], theme_of: dict[int, int]) -> dict[int, list[str]]:
    """Texts by narrative → texts by theme (the classes of the themes' c-TF-IDF)."""
    grouped: dict[int, list[str]] = {}
    for narrative_id, texts in docs.items():
        if narrative_id in theme_of:
            grouped.setdefault(theme_of[narrative_id], []).extend(texts)
    return grouped


def _reports(
    con: Connection, model: str, articles: list[tuple[str, str, str | None, datetime]], days_referred: bool = True
) -> list[PoolArticle]:
    """The articles (id, text, language, publication time) as story clustering reads them: their `model` vectors
    (every member of a narrative kept under `model` has one), names, specific claims, cities, their distinctive
    percentages and, with `days_referred`, the earlier days they name (an earlier run's report stays in its narrative
    whatever day it names: it needs none, and reading them is slow)."""
    article_ids = [article[0] for article in articles]
    vectors = article_vectors(con, model, article_ids)
    claims, shares = store.specific_claims(con, article_ids), store.percentages(con, article_ids)
    return [
        PoolArticle(
            article_id,
            vectors[article_id],
            frozenset(names(doc, language)),
            frozenset(claims.get(article_id, ())),
            when,
            places(doc),
            days_referred_back(days_named(doc, language), when) if days_referred else frozenset(),
            distinctive_figures(shares.get(article_id, ())),
        )
        for article_id, doc, language, when in articles
    ]
