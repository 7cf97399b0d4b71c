"""Claim tracing: from an analyst's free-text query to the best-matching claim, its spread and its variants."""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.claims.search import parse_query, relevance
from pipeline.embeddings import Embedder
from pipeline.store import claims as store
from pipeline.store.claims import ClaimRow, SpreadRow
from pipeline.store.db import Connection


@dataclass(frozen=True)
class ClaimTrace:
    claim: ClaimRow
    spread: list[SpreadRow]
    variants: list[ClaimRow]
    others: list[ClaimRow]
    """Other claims with the queried value, best first."""


def trace_claim(con: Connection, query: str, embedder: Embedder) -> tuple[tuple[float, ...], ClaimTrace | None]:
    """The values the query names, and the trace of the claim that fits it best (None when no claim has them)."""
    parsed = parse_query(query)
    candidates = store.claims_with_values(con, parsed.values)
    if not candidates:
        return parsed.values, None
    query_vector = embedder.encode([parsed.context])[0]
    centroids = store.claim_centroids(con, [c.claim_id for c in candidates], embedder.name)
    ranked = sorted(
        candidates,
        key=lambda c: relevance(parsed, query_vector, c.subject, centroids[c.claim_id]),
        reverse=True,
    )
    best = ranked[0]
    trace = ClaimTrace(
        best, store.claim_spread(con, best.claim_id), store.claim_variants(con, best.claim_id), ranked[1:]
    )
    return parsed.values, trace
