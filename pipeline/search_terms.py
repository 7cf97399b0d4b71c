"""Search terms: how titles, summaries and queries become the terms of the warehouse's full-text index.

Documents and queries go through the same steps, so a word meets its other forms:

1. **Words**: runs of Unicode letters and digits (NFC first, so a decomposed "é" stays in its word), case-folded
   (`ß` → `ss`, final `ς` → `σ`). A number written with thousands separators is one term ("182,000", "182.000",
   "182 000" with a no-break or thin space → `182000`), so the ways outlets write a figure meet; a plain space is
   not taken as a separator ("in 2024 100 soldiers" stays two numbers). Letters-only runs of one character and runs
   over 40 characters (URLs, hashes) are not terms.
2. **Stems**: Snowball (`snowballstemmer`) for the languages in `STEMMERS`, applied to words in the language's
   own script only (a Latin "Kharkiv" inside a Russian article is left whole). Ukrainian has no Snowball stemmer:
   `ukrainian_stem` strips one common inflectional ending, the smallest thing that folds "дезертирів",
   "дезертири" and "дезертирами" together. Other languages (and articles of unknown language) are not stemmed.
3. **Accents folded after stemming** (stemmers need the marks: French and Polish endings carry them): Latin and
   Greek marks are dropped (é → e, ł → l, ά → α) so a query typed without them matches; Cyrillic keeps й and ї
   (letters of their own) and only ё becomes е, as Russian writing itself does. A word typed without a mark its
   ending needs is not stemmed like the written one ("dezerterow" ≠ "dezerterów"): folding before stemming would
   weaken every correctly written word to fix that.

A query's language cannot be told from three words, so each query word is stemmed by every stemmer of its script
and each stem is tagged with its language: it matches only documents indexed in that language, while the word
itself (folded, unstemmed) matches documents in any language (names, numbers, languages without a stemmer). A
query word therefore finds "its" documents in every language of its script, and a stem that happens to be a word
of another language does not. Stems depend on the Snowball version: `pyproject.toml` pins it, because the index
stores stems and a different version would make queries miss.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from pipeline.text import script

STEMMERS: dict[str, tuple[str, str]] = {
    # language code (as langdetect and the feeds write it) → (Snowball algorithm, or "" for our fallback; script)
    "ca": ("catalan", "LATIN"),
    "cs": ("czech", "LATIN"),
    "da": ("danish", "LATIN"),
    "de": ("german", "LATIN"),
    "el": ("greek", "GREEK"),
    "en": ("english", "LATIN"),
    "es": ("spanish", "LATIN"),
    "et": ("estonian", "LATIN"),
    "fi": ("finnish", "LATIN"),
    "fr": ("french", "LATIN"),
    "hu": ("hungarian", "LATIN"),
    "id": ("indonesian", "LATIN"),
    "it": ("italian", "LATIN"),
    "lt": ("lithuanian", "LATIN"),
    "nl": ("dutch", "LATIN"),
    "no": ("norwegian", "LATIN"),
    "pl": ("polish", "LATIN"),
    "pt": ("portuguese", "LATIN"),
    "ro": ("romanian", "LATIN"),
    "ru": ("russian", "CYRILLIC"),
    "sv": ("swedish", "LATIN"),
    "tr": ("turkish", "LATIN"),
    "uk": ("", "CYRILLIC"),
}
"""The languages whose words are stemmed, with the script their stemmer reads."""

MAX_TERM_LENGTH = 40
MAX_QUERY_WORDS = 32
"""Words of a query that count (a pasted paragraph is cut): each becomes a handful of terms to look up."""

GROUPED_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:[,.'’\u00a0\u202f\u2009]\d{3})+(?![\w'’\u00a0\u202f\u2009]|[.,]\d)")
WORD = re.compile(r"[^\W_]+")
FOLDED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i", "ё": "е"})
UKRAINIAN_ENDINGS = sorted(
    (
        *("ями", "ами", "ові", "еві", "єві", "ого", "ому", "ими", "ій", "ий", "ої", "ою", "ею", "єю", "ів", "їв"),
        *("ах", "ях", "ам", "ям", "ом", "ем", "єм", "им", "их", "іх", "а", "я", "у", "ю", "і", "ї", "е", "є", "о"),
        *("и", "ь", "й", "ов", "ев"),  # -ов/-ев: a Russian-spelled query word meets the Ukrainian one
    ),
    key=len,
    reverse=True,
)
MIN_UKRAINIAN_STEM = 3


@dataclass(frozen=True, slots=True)
class QueryTerm:
    """One term to look up for a query word: in documents of `languages` only, or of any language when None."""

    word: int
    """Which query word it stands for (a word counts once per document, by its best-scoring form)."""
    term: str
    languages: tuple[str, ...] | None


def words(text: str) -> list[str]:
    """The words of `text`, case-folded, numbers with thousands separators joined, one-letter words dropped."""
    text = GROUPED_NUMBER.sub(lambda m: re.sub(r"\D", "", m.group(0)), unicodedata.normalize("NFC", text))
    return [
        w.casefold()
        for w in WORD.findall(text)
        if len(w) <= MAX_TERM_LENGTH and (len(w) > 1 or w.isdigit())  # a lone letter is an elision or an initial
    ]


def stemming_language(language: str | None) -> str | None:
    """The language whose stemmer indexes a text in `language` (itself), or None when its words are kept whole."""
    return language if language in STEMMERS else None


def document_terms(text: str, language: str | None) -> Counter[str]:
    """The terms of a document in `language` (None: unknown) with their frequencies."""
    stemmer = stemming_language(language)
    return Counter(_term(word, stemmer) for word in words(text))


def query_terms(text: str) -> list[QueryTerm]:
    """Every term a query's words are looked up by (see the module docstring); words repeated count once."""
    terms: list[QueryTerm] = []
    for index, word in enumerate(dict.fromkeys(words(text))):
        if index == MAX_QUERY_WORDS:
            break
        whole = _term(word, None)
        forms: dict[str, list[str]] = {}
        written_in = script(word)
        for language, (_, stem_script) in STEMMERS.items():
            if stem_script == written_in:
                forms.setdefault(_term(word, language), []).append(language)
        terms.append(QueryTerm(index, whole, None))  # the word as written matches in any language: it covers its stems
        terms += [QueryTerm(index, term, tuple(langs)) for term, langs in forms.items() if term != whole]
    return terms


def fold(term: str) -> str:
    """`term` without the accents a searcher may leave out (Latin and Greek marks; ё → е; Cyrillic й, ї kept)."""
    term = term.translate(FOLDED)
    if term.isascii():
        return term
    kept: list[str] = []
    for char in unicodedata.normalize("NFD", term):
        if unicodedata.combining(char) and kept and script(kept[-1]) != "CYRILLIC":
            continue
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def ukrainian_stem(word: str) -> str:
    """Ukrainian fallback (Snowball has no Ukrainian): strip the longest common case/number ending that leaves at
    least three letters. Cruder than a real stemmer (a verb's endings are kept, and "Харкова"/"Харкові" part), but
    it joins the forms of a noun that carry most searches, and it is deterministic."""
    for ending in UKRAINIAN_ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= MIN_UKRAINIAN_STEM:
            return word[: -len(ending)]
    return word


@lru_cache(maxsize=200_000)
def _term(word: str, language: str | None) -> str:
    """`word` (case-folded) stemmed for `language` when it is written in that language's script, then folded."""
    if language is not None and script(word) == STEMMERS[language][1]:
        algorithm = STEMMERS[language][0]
        word = _snowball(algorithm).stemWord(word) if algorithm else ukrainian_stem(word)
    return fold(word)


_local = threading.local()


def _snowball(algorithm: str):
    """A Snowball stemmer per thread (they keep state while stemming; the explorer answers in a thread pool)."""
    stemmers = _local.__dict__.setdefault("stemmers", {})
    if algorithm not in stemmers:
        stemmers[algorithm] = snowballstemmer.stemmer(algorithm)
    return stemmers[algorithm]
