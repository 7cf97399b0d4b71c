"""Find the claims an analyst means by free text in any language ("182,000 deserters", "182 тыс. дезертиров")."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

import numpy as np

from pipeline.claims.extract import TOKEN, concept_of, embedding_text
from pipeline.claims.match import concepts_agree
from pipeline.claims.numbers import find_numbers
from pipeline.language import detect_language

CONCEPT_WEIGHT = 1.0
WINDOW = re.compile(r"^(\d+)\s*([hdw])$")
WINDOW_UNITS = {"h": "hours", "d": "days", "w": "weeks"}


@dataclass(frozen=True)
class ClaimQuery:
    text: str
    values: tuple[float, ...]
    concepts: frozenset[str]

    @property
    def context(self) -> str:
        return embedding_text(self.text)


def parse_query(text: str) -> ClaimQuery:
    """Numbers (read with the query's own language conventions) and lexicon concepts in the query."""
    language = detect_language(text).language
    values = tuple(dict.fromkeys(n.value for n in find_numbers(text, language) if n.kind != "year"))
    concepts = frozenset(c for token in TOKEN.findall(text) if (c := concept_of(token)))
    return ClaimQuery(text, values, concepts)


def relevance(query: ClaimQuery, query_vector: np.ndarray, concept: str | None, centroid: np.ndarray) -> float:
    """Context similarity, plus a bonus when the lexicon says the query and the claim count the same thing."""
    score = float(query_vector @ centroid)
    if concept and any(concepts_agree(concept, wanted) for wanted in query.concepts):
        score += CONCEPT_WEIGHT
    return score


def parse_window(text: str) -> timedelta:
    """'7d' → 7 days; '24h', '2w' likewise."""
    match = WINDOW.match(text.strip().lower())
    if match is None:
        raise ValueError(f"window {text!r}: use a number and h, d or w, e.g. 7d")
    return timedelta(**{WINDOW_UNITS[match.group(2)]: int(match.group(1))})
