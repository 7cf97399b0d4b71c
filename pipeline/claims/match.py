"""Group mentions into claims (same value, same thing, any language) and link later values as variants.

Rules, in order of precedence:
1. Kind and unit must agree: "182,000 tonnes" and "182 km" never join "182,000 deserters".
2. Years must not conflict (a stated 2023 never joins a stated 2024; an unstated year joins either).
3. When both sides have a lexicon concept, the concepts must agree (a generic concept such as `soldiers` agrees
   with a specific one), and the contexts must not be unrelated (cosine ≥ CONCEPT_VETO_COSINE).
4. When a side has no concept, the multilingual sentence embeddings decide (cosine ≥ SAME_CONTEXT_COSINE).
   Before that, a mention without a concept inherits one from a mention of the same value in the same article.
Mentions are processed in first-seen order, so a claim's founding mention is its earliest, and its id
(a hash of that mention's id) stays the same from run to run.

A variant is a claim about the same thing with a different value first seen later (182,000 → "almost 200,000"):
same kind/unit, agreeing concept (or similar context when there is none), compatible year, value within
VARIANT_MAX_RATIO; it points at the earlier claim with the closest value.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from pipeline.claims.extract import GENERIC_CONCEPTS, ClaimMention
from pipeline.ids import claim_id
from pipeline.store.db import not_stored

SAME_CONTEXT_COSINE = 0.5
CONCEPT_VETO_COSINE = 0.1
VARIANT_CONTEXT_COSINE = 0.6
VARIANT_MAX_RATIO = 1.5


@dataclass
class Claim:
    claim_id: str
    value: float
    kind: str
    unit: str | None
    subject_concept: str | None
    subject: str | None
    year: int | None
    variant_of: str | None = None
    variant_evidence: str | None = None
    mention_ids: list[str] = not_stored(default_factory=list)
    _vector_sum: np.ndarray | None = not_stored(default=None, repr=False)

    @property
    def centroid(self) -> np.ndarray:
        return self._vector_sum / max(np.linalg.norm(self._vector_sum), 1e-12)

    def add(self, mention: ClaimMention, vector: np.ndarray) -> None:
        self.mention_ids.append(mention.mention_id)
        self._vector_sum = vector.copy() if self._vector_sum is None else self._vector_sum + vector
        self.year = self.year or mention.year
        if mention.subject_concept and (self.subject_concept in (None, *GENERIC_CONCEPTS)):
            self.subject_concept, self.subject = mention.subject_concept, mention.subject


def match_claims(mentions: Sequence[ClaimMention], vectors: dict[str, np.ndarray]) -> list[Claim]:
    """`mentions` must be in first-seen order; returns claims in first-seen order with variants linked."""
    by_key: dict[tuple, list[Claim]] = defaultdict(list)
    claims: list[Claim] = []
    for mention in inherit_concepts(mentions):
        vector = vectors[mention.mention_id]
        key = (mention.kind, mention.unit, mention.value)
        best = _best_claim(mention, vector, by_key[key])
        if best is None:
            best = Claim(
                claim_id=claim_id(mention.mention_id),
                value=mention.value,
                kind=mention.kind,
                unit=mention.unit,
                subject_concept=mention.subject_concept,
                subject=mention.subject,
                year=mention.year,
            )
            by_key[key].append(best)
            claims.append(best)
        best.add(mention, vector)
    _link_variants(claims)
    return claims


def inherit_concepts(mentions: Sequence[ClaimMention]) -> list[ClaimMention]:
    """ "182,000 deserters" in a title and a bare "182,000" in the summary are about the same thing."""
    known: dict[tuple, tuple[str | None, str]] = {}
    for mention in mentions:
        if mention.subject_concept:
            known.setdefault(
                (mention.article_id, mention.kind, mention.unit, mention.value),
                (mention.subject, mention.subject_concept),
            )
    result = []
    for mention in mentions:
        inherited = known.get((mention.article_id, mention.kind, mention.unit, mention.value))
        if mention.subject_concept is None and inherited is not None:
            mention = replace(mention, subject=inherited[0], subject_concept=inherited[1])
        result.append(mention)
    return result


def concepts_agree(a: str | None, b: str | None) -> bool:
    return a == b or a in GENERIC_CONCEPTS or b in GENERIC_CONCEPTS


def years_agree(a: int | None, b: int | None) -> bool:
    return a is None or b is None or a == b


def _best_claim(mention: ClaimMention, vector: np.ndarray, candidates: list[Claim]) -> Claim | None:
    scored = []
    for claim in candidates:
        if not years_agree(claim.year, mention.year):
            continue
        similarity = float(claim.centroid @ vector)
        if claim.subject_concept and mention.subject_concept:
            accepted = (
                concepts_agree(claim.subject_concept, mention.subject_concept) and similarity >= CONCEPT_VETO_COSINE
            )
        else:
            accepted = similarity >= SAME_CONTEXT_COSINE
        if accepted:
            scored.append((similarity, claim))
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _link_variants(claims: list[Claim]) -> None:
    for index, claim in enumerate(claims):
        earlier = [
            (abs(math.log(claim.value / other.value)), -len(other.mention_ids), position, other)
            for position, other in enumerate(claims[:index])
            if _is_variant(claim, other)
        ]
        if earlier:
            claim.variant_of = min(earlier, key=lambda entry: entry[:3])[3].claim_id


def _is_variant(claim: Claim, earlier: Claim) -> bool:
    if (claim.kind, claim.unit) != (earlier.kind, earlier.unit) or claim.value == earlier.value:
        return False
    if claim.value <= 0 or earlier.value <= 0 or not years_agree(claim.year, earlier.year):
        return False
    if max(claim.value, earlier.value) / min(claim.value, earlier.value) > VARIANT_MAX_RATIO:
        return False
    if claim.subject_concept and earlier.subject_concept:
        return claim.subject_concept == earlier.subject_concept
    return float(claim.centroid @ earlier.centroid) >= VARIANT_CONTEXT_COSINE
