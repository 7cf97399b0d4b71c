"""Numeric claim mentions in an article: the number, what it counts, the year it refers to, and where it is.

The subject is what the lexicon recognises nearest to the number in the same sentence (a unit such as
`tonnes` binds tighter than any noun); the year is a year written right after the number ("182,000 in 2024"),
else the nearest year in the sentence not already bound to another number, else the publication year when the
sentence says "this year" in any supported language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pipeline.claims.lexicon import SUBJECTS, THIS_YEAR
from pipeline.claims.numbers import NumberMention, find_numbers
from pipeline.ids import mention_id
from pipeline.text import sentence_span

CLAUSE_BREAK = re.compile(r"[;:()]|,(?!\d)|\s(?:and|и|та|і|й|und|et|i|y|e|a|oraz|ed)\s", re.IGNORECASE)
TOKEN = re.compile(r"[^\W\d_][\w'’-]*", re.UNICODE)
SUBJECT_WINDOW_TOKENS = 8
NUMBER_LIKE = re.compile(r"\d[\d\s.,'’\u00a0\u202f]*")
MIN_SUBJECT_LETTERS = 4
GENERIC_CONCEPTS = frozenset({"soldiers"})
FIELDS = ("title", "summary")


@dataclass(frozen=True, slots=True)
class ClaimMention:
    mention_id: str
    article_id: str
    field: str
    start_offset: int
    end_offset: int
    surface_text: str
    value: float
    value_high: float | None
    kind: str
    unit: str | None
    exact: bool
    qualifier: str | None
    ambiguous_separator: bool
    subject: str | None  # the counted word as written: "дезертиров", "Deserteure"
    subject_concept: str | None  # its lexicon concept: "deserters"
    year: int | None
    sentence: str
    language: str | None


def extract_mentions(
    article_id: str, title: str, summary: str, language: str | None, published_year: int
) -> list[ClaimMention]:
    """Every quantity in the title and summary (years excluded: they qualify quantities, they are not claims)."""
    mentions: list[ClaimMention] = []
    for field, text in zip(FIELDS, (title, summary), strict=True):
        in_field: list[ClaimMention] = []
        numbers = find_numbers(text, language)
        years = [n for n in numbers if n.kind == "year"]
        quantities = [n for n in numbers if n.kind != "year"]
        bound = _bind_years(text, quantities, years)
        for number in quantities:
            sentence = _sentence_around(text, number.start)
            subject, concept = _subject(text, number)
            year = bound.get(number.start) or _free_year(number, years, bound, text, published_year)
            in_field.append(
                ClaimMention(
                    mention_id=mention_id(article_id, field, number.start),
                    article_id=article_id,
                    field=field,
                    start_offset=number.start,
                    end_offset=number.end,
                    surface_text=number.surface,
                    value=number.value,
                    value_high=number.value_high,
                    kind=number.kind,
                    unit=number.unit,
                    exact=number.exact,
                    qualifier=number.qualifier,
                    ambiguous_separator=number.ambiguous_separator,
                    subject=subject,
                    subject_concept=concept,
                    year=year,
                    sentence=sentence,
                    language=language,
                )
            )
        mentions.extend(_inherit_within_sentences(text, in_field))
    return mentions


def concept_of(word: str) -> str | None:
    lowered = word.lower()
    for concept, stems in SUBJECTS.items():
        for stem in stems:
            if (lowered == stem[:-1]) if stem.endswith("$") else lowered.startswith(stem):
                return concept
    return None


def _subject(text: str, number: NumberMention) -> tuple[str | None, str | None]:
    """Nearest lexicon word in the same sentence, looking after the number first (most languages put it there).

    Specific concepts win over generic ones ("182,000 soldiers deserted" counts deserters, not soldiers).
    """
    sentence_start, sentence_end = sentence_span(text, number.start)
    after = list(TOKEN.finditer(text, number.end, sentence_end))[:SUBJECT_WINDOW_TOKENS]
    before = list(TOKEN.finditer(text, sentence_start, number.start))[-SUBJECT_WINDOW_TOKENS:][::-1]
    for wanted in (lambda c: c not in GENERIC_CONCEPTS, lambda c: c in GENERIC_CONCEPTS):
        for distance in range(SUBJECT_WINDOW_TOKENS):
            for tokens in (after, before):
                if distance < len(tokens) and (concept := concept_of(tokens[distance].group())) and wanted(concept):
                    return tokens[distance].group(), concept
    fallback = next((t.group() for t in after if len(t.group()) >= MIN_SUBJECT_LETTERS), None)
    return fallback, None


def _bind_years(text: str, quantities: list[NumberMention], years: list[NumberMention]) -> dict[int, int]:
    """Pair years with quantities clause by clause, closest pairs first.

    Clauses split at commas and "and" in every supported language, which separates the parallel parts of
    "10,000 in 2022 and 25,000 in 2023" and "в 2022 году — около 10 тыс., в 2023-м — 25 тыс." alike.
    """
    bound: dict[int, int] = {}
    used_years: set[int] = set()
    clauses = _clause_spans(text)
    for clause_start, clause_end in clauses:
        clause_years = [y for y in years if clause_start <= y.start < clause_end]
        clause_quantities = [q for q in quantities if clause_start <= q.start < clause_end]
        pairs = sorted(
            (abs(y.start - q.start), q.start, y.start, int(y.value)) for y in clause_years for q in clause_quantities
        )
        for _distance, quantity_start, year_start, year in pairs:
            if quantity_start not in bound and year_start not in used_years:
                bound[quantity_start] = year
                used_years.add(year_start)
    return bound


def _clause_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for boundary in CLAUSE_BREAK.finditer(text):
        spans.append((start, boundary.start()))
        start = boundary.end()
    spans.append((start, len(text)))
    return spans


def _inherit_within_sentences(text: str, mentions: list[ClaimMention]) -> list[ClaimMention]:
    """Ellipsis: in "10,000 deserters in 2022, 25,000 in 2023" the second number counts deserters too."""
    result: list[ClaimMention] = []
    for mention in mentions:
        previous = next(
            (
                m
                for m in reversed(result)
                if m.subject_concept
                and (m.kind, m.unit) == (mention.kind, mention.unit)
                and sentence_span(text, m.start_offset) == sentence_span(text, mention.start_offset)
            ),
            None,
        )
        if mention.subject_concept is None and previous is not None:
            mention = replace(mention, subject=previous.subject, subject_concept=previous.subject_concept)
        result.append(mention)
    return result


def _free_year(
    number: NumberMention, years: list[NumberMention], bound: dict[int, int], text: str, published_year: int
) -> int | None:
    start, end = sentence_span(text, number.start)
    taken = set(bound.values())
    free = [y for y in years if start <= y.start < end and int(y.value) not in taken]
    if free:
        return int(min(free, key=lambda y: abs(y.start - number.start)).value)
    if any(phrase in text[start:end].lower() for phrase in THIS_YEAR):
        return published_year
    return None


def _sentence_around(text: str, position: int) -> str:
    start, end = sentence_span(text, position)
    return text[start:end].strip()


def embedding_text(sentence: str) -> str:
    """The sentence with its numbers removed: context embeddings should say *what* is counted, not how many."""
    return NUMBER_LIKE.sub(" ", sentence)
