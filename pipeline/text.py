"""Sentence boundaries shared by the claim extractor and the translator.

A boundary is end punctuation followed by whitespace and an upper-case letter (optionally after an opening
quote), so abbreviations before lower-case words ("182 тыс. дезертиров", "5. November") do not split.
"""

from __future__ import annotations

import re

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
