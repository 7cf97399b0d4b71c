"""Fold a counted noun to one key per word in a language, whatever its case or number: "prisonniers" and
"prisonnier", "туристов" and "туристы", "Gefangenen" and "Gefangene", "rannych" and "ranny".

Source: simplemma's lemmatisation dictionaries (all nine languages: en, fr, es, de, it, pt, ru, uk, pl), loaded
per language on first use. The key is the lemma, case-folded, with ё folded to е and apostrophes unified; words
the dictionaries do not know fold to themselves. Keys compare subjects within one language only: "prisoner" and
"prisonnier" stay different keys.
"""

from __future__ import annotations

from functools import lru_cache

LEMMA_LANGUAGES = frozenset({"en", "fr", "es", "de", "it", "pt", "ru", "uk", "pl"})
FOLD = str.maketrans({"’": "'", "ʼ": "'", "ё": "е"})
PASSES = 4  # lemmatise the lemma again until it settles: "Verletzten" → "Verletzte" → "verletzt" → "verletzen"


@lru_cache(maxsize=65_536)
def subject_key(word: str, language: str | None) -> str:
    """The folded key of a counted noun in `language` (just the case-folded word for other languages)."""
    key = word.strip()
    if language in LEMMA_LANGUAGES:
        import simplemma

        for _ in range(PASSES):
            lemma = simplemma.lemmatize(key, lang=language)
            if lemma == key:
                break
            key = lemma
    return key.casefold().translate(FOLD)
