"""Text conventions shared by every stage: the pivot language, what "an article's text" is, and sentence
boundaries (used by the claim extractor and the translator).

A boundary is end punctuation followed by whitespace and an upper-case letter (optionally after an opening
quote), so abbreviations before lower-case words ("182 тыс. дезертиров", "5. November") do not split.
"""

from __future__ import annotations

import re

PIVOT_LANGUAGE = "en"
"""The language everything is translated to, and the one the views' `pivot_language()` macro returns."""

UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ"
SENTENCE_END = re.compile(rf"(?<=[.!?…])\s+(?=[\"«„“'(]?[{UPPER}])")


def sentence_span(text: str, position: int) -> tuple[int, int]:
    """Start and end offsets of the sentence of `text` that contains `position`."""
    start = 0
    for boundary in SENTENCE_END.finditer(text):
        if boundary.end() > position:
            return start, boundary.start()
        start = boundary.end()
    return start, len(text)


def split_sentences(text: str) -> list[str]:
    return [sentence for sentence in SENTENCE_END.split(text.strip()) if sentence]


def article_text(title: str, summary: str) -> str:
    """The text of an article as every stage sees it: title, newline, summary."""
    return f"{title}\n{summary}"


# Invisible characters that change how surrounding text is displayed ("Trojan Source"): embeddings, overrides and
# isolates. Feed text and outlet names never need them; they are removed, not replaced.
BIDI_OVERRIDES = "\u202a-\u202e\u2066-\u2069"
BIDI_MARKS = "\u200e\u200f"
ELLIPSIS = "…"


def shorten(text: object, limit: int = 200) -> str:
    """`str(text)` cut to `limit` characters plus "…": untrusted values never flood a log line or error message."""
    value = str(text)
    return value if len(value) <= limit else value[:limit] + ELLIPSIS


def short_repr(text: object, limit: int = 200) -> str:
    """`repr` of a value cut to `limit` characters first, so a 50 MB URL prints as ~200 characters."""
    value = str(text)
    return repr(value) if len(value) <= limit else repr(value[:limit]) + ELLIPSIS
