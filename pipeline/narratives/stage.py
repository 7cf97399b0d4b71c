"""The narratives stage: embed new articles once, cluster the pool with stable ids, refresh active labels."""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.embeddings import Embedder
from pipeline.narratives.cluster import OUTLIER, attach_by_shared_claims, cluster_pool, keywords_by_narrative
from pipeline.store import narratives as store
from pipeline.store.db import Connection

OUTLIER_WINDOW = timedelta(days=14)
KEYWORD_WINDOW = timedelta(days=30)
KEYWORD_DOCS_PER_NARRATIVE = 200


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


def update_narratives(con: Connection, run_date: date, embedder: Embedder, budget: int) -> NarrativesSummary:
    """Embed up to `budget` new articles (oldest first) once, cluster the pool into narratives with stable ids,
    refresh active labels. What the budget leaves waits for the next run."""
    started = time.perf_counter()
    missing, waiting = store.articles_without_embedding(con, embedder.name, budget)
    backlog = waiting - len(missing)
    if missing:
        vectors = embedder.encode([text for _, text in missing])
        store.write_article_embeddings(con, embedder.name, [article_id for article_id, _ in missing], vectors)
    embed_seconds = time.perf_counter() - started
    pool = store.narrative_pool(con, embedder.name, OUTLIER_WINDOW)
    if pool.n_new == 0:  # nothing new: a rerun must not re-cluster old outliers into different shapes
        return NarrativesSummary(len(missing), 0, 0, 0, backlog, embed_seconds)
    narratives = store.load_narratives(con, embedder.name)
    before = {n.narrative_id: n.n_members for n in narratives}
    assigned, created = cluster_pool(pool.docs, pool.vectors, narratives, store.next_narrative_id(con))
    everyone = {n.narrative_id: n for n in [*narratives, *created]}
    pending = dict(zip(pool.article_ids, assigned, strict=True))
    outliers = [i for i, narrative_id in enumerate(assigned) if narrative_id == OUTLIER]
    attached = attach_by_shared_claims(store.shared_claim_votes(con, [pool.article_ids[i] for i in outliers], pending))
    for i in outliers:
        if (narrative_id := attached.get(pool.article_ids[i])) is not None:
            assigned[i] = pending[pool.article_ids[i]] = narrative_id
            everyone[narrative_id].add(pool.vectors[[i]])
    store.write_narratives(  # one transaction: a crash leaves the run's clustering all done or not started
        con,
        run_date,
        embedder.name,
        pending,
        [n for n in everyone.values() if before.get(n.narrative_id) != n.n_members],
        set(everyone) - set(before),
    )
    keywords = keywords_by_narrative(store.recent_docs_by_narrative(con, KEYWORD_WINDOW, KEYWORD_DOCS_PER_NARRATIVE))
    pivot = keywords_by_narrative(
        store.recent_docs_by_narrative(con, KEYWORD_WINDOW, KEYWORD_DOCS_PER_NARRATIVE, pivot=True)
    )
    store.write_keywords(con, keywords, pivot)
    return NarrativesSummary(
        len(missing), len(pool.article_ids), len(created), assigned.count(OUTLIER), backlog, embed_seconds
    )
