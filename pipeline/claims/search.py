"""Find the claims an analyst means by free text in any language ("182,000 deserters", "182 тыс. дезертиров").

A query has two parts, either of which may be missing:

- **numbers**, read with the query's own language conventions ("182,000", "182k", "182 тыс.", "182.000");
  a unit written with one ("182,000 tonnes") must be the claim's unit too;
- **words**: everything outside the numbers (words under three letters are function words and ignored).

Matching, always in this order; where the lexicon knows the words, the answer does not depend on the query's
language (translations give the same claims in the same order):

1. the numbers filter first: only claims with one of the queried values (and units) are candidates;
2. the words keep the candidates whose subject concept is one the words name (the lexicon's concepts through
   `concept_of`: "deserters", "Deserteure", "dezerterów" and "дезертиров" all name `deserters`);
3. only when the lexicon finds no such candidate do the words fall back to context similarity: the multilingual
   USE vector of the words against each candidate's mean context vector (`claim_centroids`), keeping those at
   least `CONTEXT_MIN` similar and within `CONTEXT_MARGIN` of the closest one; a candidate whose subject is a
   lexicon concept that disagrees with the one the words name is never matched by context;
4. the matches rank by spread: outlets, then languages, then mentions (more first), then the earliest first
   seen, then the claim id, so equal spreads still come out in one order.

A bare number (numbers, no words) matches every candidate; the CLI lists them rather than picking one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta

from pipeline.claims.extract import GENERIC_CONCEPTS, TOKEN, concept_of
from pipeline.claims.match import concepts_agree
from pipeline.claims.numbers import find_numbers
from pipeline.language import detect_language
from pipeline.store.claims import ClaimRow

MIN_WORD_LETTERS = 3
CONTEXT_MIN = 0.30
"""Cosine similarity a claim's context needs to match words the lexicon does not know (USE v3; on the demo corpus
unrelated words such as "nonsense xyz" stay under 0.2, and "inflation" or "wheat exports" reach 0.4-0.6)."""
CONTEXT_MARGIN = 0.10
"""Context matches must also be this close to the best one, so a long tail of loose matches cannot outrank it."""
WINDOW = re.compile(r"^(\d+)\s*([hdw])$")
WINDOW_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


@dataclass(frozen=True)
class ClaimQuery:
    text: str
    values: tuple[float, ...]
    """Quantities named in the query (years excluded: they qualify a claim, they are not its value)."""
    concepts: frozenset[str]
    """Lexicon concepts the words name (generic ones dropped when a specific one is named, as in extraction)."""
    words: tuple[str, ...] = ()
    units: frozenset[str] = frozenset()
    """Units written with the numbers ("tonnes", "percent"): a claim must have one of them when any is given."""

    @property
    def context(self) -> str:
        """What the words say, for the context embedding (the numbers are left out, as for mentions)."""
        return " ".join(self.words)

    @property
    def is_empty(self) -> bool:
        return not self.values and not self.words

    @property
    def is_bare_number(self) -> bool:
        return bool(self.values) and not self.words


def parse_query(text: str) -> ClaimQuery:
    """Numbers (read with the query's own language conventions, or with every language's when those find more units),
    the words around them and their concepts."""
    numbers = find_numbers(text, detect_language(text).language)
    anywhere = find_numbers(text, None)  # a short query's language is a guess ("1.2 gigawatts" reads as Tagalog)
    if sum(n.unit is not None for n in anywhere) > sum(n.unit is not None for n in numbers):
        numbers = anywhere  # the reading that finds the units the query names
    quantities = [n for n in numbers if n.kind != "year"]
    rest = text
    for number in numbers:  # blank the numbers with their scale words, units and qualifiers
        rest = rest[: number.start] + " " * (number.end - number.start) + rest[number.end :]
    words = tuple(token for token in TOKEN.findall(rest) if len(token) >= MIN_WORD_LETTERS)
    concepts = frozenset(c for word in words if (c := concept_of(word)))
    if concepts - GENERIC_CONCEPTS:
        concepts -= GENERIC_CONCEPTS
    return ClaimQuery(
        text=text,
        values=tuple(dict.fromkeys(n.value for n in quantities)),
        concepts=concepts,
        words=words,
        units=frozenset(n.unit for n in quantities if n.unit),
    )


def claim_concept(claim: ClaimRow) -> str | None:
    """The lexicon concept a claim counts (its `subject` is the concept, or the word as written when none)."""
    return concept_of(claim.subject) if claim.subject else None


def spread_key(claim: ClaimRow) -> tuple:
    """Outlets, languages, mentions (more first), then earliest first seen, then claim id: a total order."""
    return (-claim.n_outlets, -claim.n_languages, -claim.n_mentions, claim.first_seen_at, claim.claim_id)


def by_spread(claims: Iterable[ClaimRow]) -> list[ClaimRow]:
    return sorted(claims, key=spread_key)


def with_numbers(query: ClaimQuery, claims: Iterable[ClaimRow]) -> list[ClaimRow]:
    """The claims with one of the queried values and, when the query names units, one of those units."""
    return [c for c in claims if c.value in query.values and (not query.units or c.unit in query.units)]


def concept_matches(query: ClaimQuery, claims: Iterable[ClaimRow]) -> list[ClaimRow]:
    """Claims counting a concept the query's words name, in any language."""
    return [c for c in claims if claim_concept(c) in query.concepts] if query.concepts else []


def context_candidates(query: ClaimQuery, claims: Iterable[ClaimRow]) -> list[ClaimRow]:
    """Claims that may match by context: all but those the lexicon says count something else than the query.

    Concepts agree as in claim matching: a generic one ("soldiers") agrees with any, so it vetoes nothing.
    """
    return [
        c
        for c in claims
        if not query.concepts
        or (concept := claim_concept(c)) is None
        or any(concepts_agree(concept, wanted) for wanted in query.concepts)
    ]


def context_matches(claims: Iterable[ClaimRow], similarity: Mapping[str, float]) -> list[ClaimRow]:
    """Claims whose context is similar enough to the query's words (`similarity`: claim id → cosine)."""
    scored = [(c, similarity[c.claim_id]) for c in claims if c.claim_id in similarity]
    if not scored:
        return []
    floor = max(CONTEXT_MIN, max(s for _, s in scored) - CONTEXT_MARGIN)
    return [c for c, s in scored if s >= floor]


def parse_window(text: str) -> timedelta:
    """'7d' → 7 days; '24h', '2w' likewise."""
    match = WINDOW.match(text.strip().lower())
    if match is None:
        raise ValueError(f"window {text!r}: use a number and h, d or w, e.g. 7d")
    return timedelta(**{WINDOW_UNITS[match.group(2)]: int(match.group(1))})
