"""The claims stage: scan new articles for numbers once, embed each mention's context once, regroup into claims."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.claims.extract import embedding_text, extract_mentions
from pipeline.claims.match import MATCH_RULES, match_claims
from pipeline.embeddings import Embedder
from pipeline.store import claims as store
from pipeline.store.db import Connection

BATCH_ARTICLES = 2_000


@dataclass(frozen=True)
class ClaimsSummary:
    articles_scanned: int
    new_mentions: int
    embedded: int
    claims: int
    variants: int
    backlog: int
    """Articles left for the next runs by the per-run budget."""


def update_claims(con: Connection, embedder: Embedder, budget: int) -> ClaimsSummary:
    """Scan up to `budget` new articles (oldest first) for numeric mentions, embed their contexts once, and regroup
    all mentions into claims. What the budget leaves waits for the next run."""
    pending, waiting = store.articles_pending_claims(con, budget)
    new_mentions = 0
    for offset in range(0, len(pending), BATCH_ARTICLES):
        scanned = {
            a.article_id: extract_mentions(a.article_id, a.title, a.summary, a.language, a.published_at.year)
            for a in pending[offset : offset + BATCH_ARTICLES]
        }
        store.write_mentions(con, scanned)
        new_mentions += sum(len(mentions) for mentions in scanned.values())
    missing = store.mentions_without_embedding(con, embedder.name)
    if missing:
        vectors = embedder.encode([embedding_text(sentence) for _, sentence in missing])
        store.write_embeddings(con, embedder.name, [mention_id for mention_id, _ in missing], vectors)
    grouped_with = f"{embedder.name} {MATCH_RULES}"
    if store.grouping_is_current(con, grouped_with):  # deterministic: the same inputs would give the same grouping
        counts = store.claim_counts(con)
        return ClaimsSummary(len(pending), new_mentions, len(missing), counts[0], counts[1], waiting - len(pending))
    mentions, vectors, published = store.mentions_in_first_seen_order(con, embedder.name)
    claims = match_claims(mentions, vectors, published)
    store.replace_claims(con, claims, grouped_with)
    variants = sum(1 for c in claims if c.variant_of)
    return ClaimsSummary(len(pending), new_mentions, len(missing), len(claims), variants, waiting - len(pending))
