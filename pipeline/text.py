"""Text conventions shared by every stage: the pivot language, what "an article's text" is, sentence boundaries
(used by the claim extractor and the translator), and how a word compares across scripts, opens a sentence or sits
in a Title Case headline (used by the names and places readers).

A boundary is end punctuation followed by whitespace and an upper-case letter (optionally after an opening
quote), so abbreviations before lower-case words ("182 тыс. дезертиров", "5. November") do not split.
"""

from __future__ import annotations

import re
import unicodedata

from anyascii import anyascii

PIVOT_LANGUAGE = "en"
"""The language everything is translated to, and the one the views' `pivot_language()` macro returns."""

UPPER = "A-ZÀ-ÖØ-ÞĄĆĘŁŃŚŹŻА-ЯЁІЇЄҐ"
SENTENCE_END = re.compile(rf"(?<=[.!?…])\s+(?=[\"«„“'(]?[{UPPER}])")

WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’-][^\W\d_]+)*")
SENTENCE_PUNCTUATION = '.!?…:;»"“„('  # a word after one of these (and any spaces) opens a sentence
TITLE_WORD_LETTERS = 4
TITLE_MIN_WORDS = 3
TITLE_SHARE = 0.75
FOLDS = (("kh", "h"), ("ch", "h"), ("w", "v"), ("y", "i"), ("j", "i"), ("'", ""), ("-", ""))


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


def fold(word: str) -> str:
    """A word transliterated to lower-case ASCII letters, with the spelling folds applied: "Charkiw" → "harkiv"."""
    key = anyascii(word).lower()
    for before, after in FOLDS:
        key = key.replace(before, after)
    return "".join(letter for letter in key if letter.isalpha())


def script(word: str) -> str | None:
    """The script of a word's first letter (LATIN, CYRILLIC, GREEK, …); None for a word with no letter."""
    for char in word:
        if char.isalpha():
            return unicodedata.name(char, "?").split(" ")[0]
    return None


def title_case(words: list[str]) -> bool:
    """Most longer words capitalised, as in an English headline: "Nearly 200,000 Deserters: New Estimate Deepens
    Ukraine's Manpower Crisis"."""
    longer = [word for word in words if len(word) >= TITLE_WORD_LETTERS]
    return len(longer) >= TITLE_MIN_WORDS and sum(word[0].isupper() for word in longer) >= TITLE_SHARE * len(longer)


def opens_sentence(text: str, start: int) -> bool:
    """The word at `start` begins the text or a line, or follows sentence punctuation and spaces. Looks back only
    over the spaces, so a long text costs no more per word than a short one."""
    if start == 0 or text[start - 1] == "\n":
        return True
    before = start
    while before > 0 and text[before - 1].isspace():
        before -= 1
    return before > 0 and text[before - 1] in SENTENCE_PUNCTUATION


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
