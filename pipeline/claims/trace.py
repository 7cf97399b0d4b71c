"""Claim tracing: from an analyst's free-text query to the claims it means, and the trace of the one it names.

`find_claims` applies the rules in `claims.search` to the warehouse; `trace_claim` gathers the best match's
spread, its variants and the other claims worth showing beside it.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.claims.search import (
    ClaimQuery,
    by_spread,
    concept_matches,
    context_candidates,
    context_matches,
    parse_query,
    with_numbers,
)
from pipeline.embeddings import Embedder
from pipeline.store import claims as store
from pipeline.store.claims import ClaimRow, SpreadRow
from pipeline.store.db import Connection


@dataclass(frozen=True)
class ClaimSearch:
    query: ClaimQuery
    with_value: list[ClaimRow]
    """Claims with the queried value(s), by spread; empty when the query names no value."""
    matches: list[ClaimRow]
    """Claims the query means, best first (for a bare number: all of `with_value`)."""

    @property
    def ambiguous(self) -> bool:
        """A bare number that several claims have: which one is meant is the analyst's call, not ours."""
        return self.query.is_bare_number and len(self.matches) > 1


@dataclass(frozen=True)
class ClaimTrace:
    claim: ClaimRow
    spread: list[SpreadRow]
    variants: list[ClaimRow]
    others: list[ClaimRow]
    """Other claims the query matched, then other claims with the queried value; best first, variants left out."""


def find_claims(con: Connection, query: str, embedder: Embedder) -> ClaimSearch:
    """The claims `query` means, best first (none when it names nothing, or nothing fits)."""
    parsed = parse_query(query)
    if parsed.is_empty:
        return ClaimSearch(parsed, [], [])
    if parsed.values:
        pool = by_spread(with_numbers(parsed, store.claims_with_values(con, parsed.values)))
        if parsed.is_bare_number:
            return ClaimSearch(parsed, pool, pool)
    else:
        pool = by_spread(store.claims_with_values(con, ()))
    matches = concept_matches(parsed, pool) or _by_context(con, parsed, pool, embedder)
    return ClaimSearch(parsed, pool if parsed.values else [], matches)


def trace_claim(con: Connection, search: ClaimSearch) -> ClaimTrace:
    """Spread and variants of the best match, and what else the query matched (the search must have matches)."""
    best = search.matches[0]
    variants = store.claim_variants(con, best.claim_id)
    shown = {best.claim_id} | {v.claim_id for v in variants}
    others = []
    for claim in [*search.matches[1:], *search.with_value]:
        if claim.claim_id not in shown:
            shown.add(claim.claim_id)
            others.append(claim)
    return ClaimTrace(best, store.claim_spread(con, best.claim_id), variants, others)


def _by_context(con: Connection, query: ClaimQuery, pool: list[ClaimRow], embedder: Embedder) -> list[ClaimRow]:
    """The fallback for words the lexicon does not know: claims whose contexts say the same thing."""
    candidates = context_candidates(query, pool)
    if not candidates:
        return []
    vector = embedder.encode([query.context])[0]
    centroids = store.claim_centroids(con, [c.claim_id for c in candidates], embedder.name)
    return context_matches(candidates, {claim_id: float(vector @ c) for claim_id, c in centroids.items()})
