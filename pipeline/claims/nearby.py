"""The words right next to a number: a scale or unit word after it, a currency symbol or a qualifier before it.
Shared by the digit reader (`pipeline.claims.numbers`) and the kind rules (`pipeline.claims.kinds`), which both ask
what word stands at a given offset.
"""

from __future__ import annotations

import re
from functools import cache

from pipeline.claims.lexicon import (
    AUXILIARY_UNITS,
    CURRENCY_BEFORE,
    CURRENCY_CODES_BEFORE,
    CURRENCY_LANGUAGES,
    CURRENCY_SCALES,
    QUALIFIER_NOT_AFTER,
    QUALIFIERS,
    SCALES,
    UNIT_LANGUAGES,
    UNITS_AFTER,
    UNITS_BEFORE,
)

GAP = re.compile(r"[ \u00a0\u202f\u2009]?")
LETTER = re.compile(r"\w", re.UNICODE)
NEXT_WORD = re.compile(r"\s+(\w+)")
SNIPPET = 32


def longest_first(words) -> list[str]:
    return sorted(words, key=len, reverse=True)


SCALE_WORDS = longest_first(SCALES)
CURRENCY_SCALE_WORDS = longest_first(CURRENCY_SCALES)
UNIT_WORDS = longest_first(UNITS_AFTER)
QUALIFIER_WORDS = longest_first(QUALIFIERS)
UNITS_BEFORE_WORDS = longest_first(UNITS_BEFORE)
CURRENCY_SYMBOLS = longest_first(CURRENCY_BEFORE)


@cache
def unit_words(language: str | None) -> list[str]:
    """UNITS_AFTER's words that mean a unit in `language`, longest first."""
    return [w for w in UNIT_WORDS if language is None or language in UNIT_LANGUAGES.get(w, (language,))]


ONE_LETTER_NOT = frozenset(".-‐–0123456789")
"""What may not follow a unit of one letter: it would be an abbreviation ("т. е.") or a model ("Т-72")."""


def unit_after(text: str, position: int, language: str | None, glued: bool) -> tuple[str | None, int]:
    """The unit word right after `position`, unless it is an auxiliary verb before its participle ("magnitudo 5,9 ha
    colpito": has struck, not hectares), or a currency's name written with a capital in a language whose CLDR names
    do not spell it so (`CURRENCY_LANGUAGES`: "2023 Frank Lampard", "two frank discussions" stays lower case)."""
    word, end = word_after(text, position, unit_words(language), glued)
    if (
        word in CURRENCY_LANGUAGES
        and language not in CURRENCY_LANGUAGES[word]
        and not text[end - len(word) : end].islower()
    ):
        return None, position
    if (
        word is not None
        and len(word) == 1
        and word.isalpha()
        and (not text[end - 1].islower() or text[end : end + 1] in ONE_LETTER_NOT)
    ):
        return None, position  # "1340 т зерна", not "3 Т-72" (a tank) nor "т. е." (that is)
    auxiliaries, participles = AUXILIARY_UNITS.get(language or "", (frozenset(), ()))
    following = NEXT_WORD.match(text, end) if word in auxiliaries else None
    if following is not None and following.group(1).lower().endswith(participles):
        return None, position
    return word, end


def unit_word_at(text: str, position: int, language: str | None, glued: bool) -> tuple[tuple[str, str], int] | None:
    """(unit, kind) and the end of the unit word right after `position` when it stands as a word of its own ("3-5
    days", "85m zlotys"), not the start of a longer one."""
    word, end = unit_after(text, position, language, glued)
    if word is None or letters_follow(text, end):
        return None
    return UNITS_AFTER[word], end


def word_after(text: str, position: int, words: list[str], glued: bool) -> tuple[str | None, int]:
    """The longest listed word right after `position` (optionally after one space), ending at a word boundary."""
    gap = GAP.match(text, position).end()
    for candidate_start in (position, gap) if glued else (gap,):
        snippet = text[candidate_start : candidate_start + SNIPPET].lower()
        for word in words:
            if snippet.startswith(word):
                end = candidate_start + len(word)
                if word[-1].isalpha() and end < len(text) and LETTER.match(text[end]):
                    continue
                return word, end
    return None, position


def letters_follow(text: str, position: int) -> bool:
    return position < len(text) and bool(LETTER.match(text[position])) and not text[position].isdigit()


def _skip_spaces_back(text: str, position: int) -> int:
    while position > 0 and text[position - 1] in " \u00a0\u202f":
        position -= 1
    return position


def currency_before(text: str, start: int) -> tuple[str, int] | None:
    """The currency written before the amount at `start` ("€85m", "CHF 8"), and where it starts."""
    end = _skip_spaces_back(text, start)
    for symbol in CURRENCY_SYMBOLS:  # longest first: "R$" before "$"
        if text[max(0, end - len(symbol)) : end].lower() == symbol:
            return CURRENCY_BEFORE[symbol], end - len(symbol)
    code = text[max(0, end - 3) : end]
    if code in CURRENCY_CODES_BEFORE and not _letter_at(text, end - 4) and text[end - 4 : end - 3] != "/":
        return code, end - 3
    return None


def unit_before(text: str, start: int) -> tuple[str, str] | None:
    """The unit and kind that a word before the number at `start` names ("magnitudo 4,4")."""
    end = _skip_spaces_back(text, start)
    if end == start:
        return None
    head = text[max(0, end - 16) : end].lower()
    for word in UNITS_BEFORE_WORDS:
        if head.endswith(word) and not _letter_at(text, end - len(word) - 1):
            return UNITS_BEFORE[word]
    return None


def _letter_at(text: str, position: int) -> bool:
    return position >= 0 and bool(LETTER.match(text[position]))


def qualifier_before(text: str, start: int) -> tuple[str | None, int]:
    end = _skip_spaces_back(text, start)
    if text[max(0, end - 3) : end] in ("+/-", "+/–") or text[max(0, end - 1) : end] == "±":
        return "plus_minus", end - (1 if text[end - 1] == "±" else 3)
    head = text[max(0, end - 24) : end].lower()
    for phrase in QUALIFIER_WORDS:
        if head.endswith(phrase):
            phrase_start = end - len(phrase)
            if phrase_start > 0 and LETTER.match(text[phrase_start - 1]):
                continue
            previous_word = text[max(0, phrase_start - 24) : phrase_start].lower().split()[-1:]
            if previous_word and previous_word[0].startswith(QUALIFIER_NOT_AFTER.get(phrase, ())):
                return None, start  # "Bericht über 182.000": "über" means "regarding" here
            return QUALIFIERS[phrase], phrase_start
    return None, start
