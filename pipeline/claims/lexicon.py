"""Word tables for numeric mentions in en, ru, uk, de, fr, pl, es, it, pt, loaded once at import from `data/*.yaml`.

The words are data written by hand: units, scales and currency symbols in `data/units.yaml`; qualifiers and the words
that make a number an age, an ordinal, a score or a clock time in `data/context.yaml`; counted subjects, "this year"
phrases and function words in `data/subjects.yaml` (and `pipeline.claims.words`' number words in
`data/number_words.yaml`). Add languages by adding strings there, not code. This module shapes the tables for lookup
(tuples for prefix tests, frozensets for membership) and keeps the two that are regular expressions. Not here,
because libraries provide them: month names (Babel's CLDR data, in `pipeline.claims.kinds`) and number words
(`pipeline.claims.words`).
"""

from __future__ import annotations

import re
from importlib.resources import files
from typing import Any

import yaml


def load(name: str) -> dict[str, Any]:
    """The tables in `data/<name>.yaml`."""
    text = (files("pipeline.claims") / "data" / f"{name}.yaml").read_text(encoding="utf-8")
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


_units, _context, _subjects = load("units"), load("context"), load("subjects")

# Units, scales, currency symbols (data/units.yaml).
SCALES: dict[str, int] = {word: value for value, words in _units["scales"].items() for word in words}
CURRENCY_SCALES: dict[str, int] = {word: value for value, words in _units["currency_scales"].items() for word in words}
COUNTED_AFTER_SHORT_SCALE: frozenset[str] = frozenset(_units["counted_after_short_scale"])
SAME_MEASURE_IN: dict[str, tuple[str, float]] = {
    unit: (to, factor) for unit, (to, factor) in _units["same_measure_in"].items()
}
CURRENCY_BEFORE: dict[str, str] = _units["currency_before"]
CURRENCY_CODES_BEFORE: tuple[str, ...] = tuple(_units["currency_codes_before"])
UNITS_BEFORE: dict[str, tuple[str, str]] = {word: tuple(pair) for word, pair in _units["units_before"].items()}


ONE_OF_EACH_PLURAL_FORM = (0, 1, 2, 5, 1.5, 21, 22, 25)
"""Numbers that between them take every plural category of the supported languages."""


def _cldr_unit_names() -> dict[str, tuple[tuple[str, str], frozenset[str]]]:
    """Each CLDR unit name of `cldr_units` in `cldr_languages`, long and short, lower case, in every plural form (the
    name Babel writes after numbers of each plural category): word → ((unit, kind), the languages that write it).
    Short abbreviations such as "г." or "р." are left out: they stand for other words too (рублей, город)."""
    from babel.numbers import format_decimal
    from babel.units import format_unit

    found: dict[str, tuple[tuple[str, str], set[str]]] = {}
    for language in _units["cldr_languages"]:
        for cldr_unit, (unit, kind) in _units["cldr_units"].items():
            for length in ("long", "short"):
                for number in ONE_OF_EACH_PLURAL_FORM:
                    written = format_unit(number, cldr_unit, length, locale=language)
                    word = written.replace(format_decimal(number, locale=language), "").strip(" \u00a0\u202f").lower()
                    if len(word) > 1 and not (word.endswith(".") and len(word) <= 3):
                        found.setdefault(word, ((unit, kind), set()))[1].add(language.split("_")[0])
    return {word: (meaning, frozenset(languages)) for word, (meaning, languages) in found.items()}


def _cldr_currency_names() -> dict[str, tuple[tuple[str, str], frozenset[str]]]:
    """The currency nouns (`currency_nouns`) in the CLDR names of their currencies in `cldr_languages`, in every
    plural form ("120 млн польских злотых", "eslotis polacos", "Zlotys poloneses"), lower case: word → ((code,
    "money"), the languages that write it)."""
    from babel.numbers import get_currency_name

    found: dict[str, tuple[tuple[str, str], set[str]]] = {}
    for language in _units["cldr_languages"]:
        for code, stems in _units["currency_nouns"].items():
            names = {get_currency_name(code, count, language) for count in (None, *ONE_OF_EACH_PLURAL_FORM)}
            for word in {w.lower() for name in names for w in name.split()}:
                if word.startswith(tuple(stems)):
                    found.setdefault(word, ((code, "money"), set()))[1].add(language.split("_")[0])
    return {word: (meaning, frozenset(languages)) for word, (meaning, languages) in found.items()}


_cldr_units, _cldr_currencies = _cldr_unit_names(), _cldr_currency_names()
UNITS_AFTER: dict[str, tuple[str, str]] = {
    word: meaning for word, (meaning, _) in (_cldr_currencies | _cldr_units).items()
} | {word: (unit, kind) for word, (unit, kind) in _units["units"].items()}
SYMBOL = re.compile(r"[/²³°%‰]")
UNIT_LANGUAGES: dict[str, frozenset[str]] = {
    word: languages
    for word, (_, languages) in _cldr_units.items()
    if word not in _units["units"] and not SYMBOL.search(word)  # "km/h", "km²": symbols read alike in any language
} | {word: frozenset(langs) for word, langs in _units["unit_languages"].items()}
"""The languages in which a unit's word is that unit ("uur" is hours in Dutch only; "real" is Brazil's currency in
Portuguese only, "lire" Italy's and Turkey's in Italian only: in French it is "to read")."""
CURRENCY_LANGUAGES: dict[str, frozenset[str]] = {
    word: languages for word, (_, languages) in _cldr_currencies.items() if word not in _units["units"]
}
"""The languages whose CLDR names spell each currency word. A currency's name is money in the news of any language,
which often keeps the currency's own spelling ("9,49 złoty" in an Italian report), but outside these languages only
in lower case: "Frank Lampard", "Juan Guaidó" and Jena are no francs, yuan or yen."""
DECIMAL_COMMA_LANGUAGES: frozenset[str] = frozenset(_units["decimal_comma_languages"])

# Words around a number (data/context.yaml).
QUALIFIERS: dict[str, str] = _context["qualifiers"]
QUALIFIER_NOT_AFTER: dict[str, tuple[str, ...]] = {
    word: tuple(nouns) for word, nouns in _context["qualifier_not_after"].items()
}
AGE_BEFORE: tuple[str, ...] = tuple(_context["age_before"])
AGE_BEFORE_ALONE: tuple[str, ...] = tuple(_context["age_before_alone"])
DYING_WORDS: frozenset[str] = frozenset(_context["dying_words"])
AGE_AFTER: tuple[str, ...] = tuple(_context["age_after"])
PERSON_NOUNS: frozenset[str] = frozenset(_context["person_nouns"])
PERIOD_NOUNS: tuple[str, ...] = tuple(_context["period_nouns"])
ORDINAL_DOT_BEFORE: frozenset[str] = frozenset(_context["ordinal_dot_before"])
SCORE_WORDS: tuple[str, ...] = tuple(_context["score_words"])
CLOCK_BEFORE: tuple[str, ...] = tuple(_context["clock_before"])
DOT_CLOCK_WORDS: tuple[str, ...] = tuple(_context["dot_clock_words"])
DOT_CLOCK_AFTER: tuple[str, ...] = tuple(_context["dot_clock_after"])
YEAR_PREPOSITIONS: frozenset[str] = frozenset(_context["year_prepositions"])
INCLUDING: tuple[str, ...] = tuple(_context["including"])
MINUTE_BEFORE: tuple[str, ...] = tuple(_context["minute_before"])
ONE_IN: dict[str, str] = _context["one_in"]
NAMES_WITH_NUMBERS: tuple[str, ...] = tuple(_context["names_with_numbers"])
TALLY_BETWEEN: tuple[str, ...] = tuple(_context["tally_between"])
TALLY_AFTER: tuple[str, ...] = tuple(_context["tally_after"])
TALLY_FOR: tuple[str, ...] = tuple(_context["tally_for"])
TALLY_STRONG: tuple[str, ...] = tuple(_context["tally_strong"])
TALLY_JOINS: tuple[str, ...] = tuple(_context["tally_joins"])
TALLY_VOTED: tuple[str, ...] = tuple(_context["tally_voted"])
TALLY_AGAINST: tuple[str, ...] = tuple(_context["tally_against"])
AUXILIARY_UNITS: dict[str, tuple[frozenset[str], tuple[str, ...]]] = {
    language: (frozenset(table["words"]), tuple(table["participles"]))
    for language, table in _context["auxiliary_units"].items()
}


def _told_as_update(language: str) -> re.Pattern[str]:
    """The words before a figure told as an update (`update_verbs`, `already`), matched at the end of the text before
    it."""
    rises, revisions, prepositions = _context["update_verbs"].get(language, ([], [], []))
    alternatives = []
    if rises or revisions:
        alternatives.append(
            rf"\b(?:{'|'.join(map(re.escape, [*rises, *revisions]))})\b(?:\s+\S+){{0,{_context['update_gap']}}}?"
            rf"\s+(?:{'|'.join(map(re.escape, prepositions))})"
        )
    if already := _context["already"].get(language):
        alternatives.append(rf"\b(?:{'|'.join(map(re.escape, already))})")
    return re.compile(rf"(?:{'|'.join(alternatives)})\s*$", re.IGNORECASE)


TOLD_AS_UPDATE: dict[str, re.Pattern[str]] = {
    language: _told_as_update(language) for language in {*_context["update_verbs"], *_context["already"]}
}
REVISION_VERBS: frozenset[str] = frozenset(
    verb for _, revisions, _ in _context["update_verbs"].values() for verb in revisions
)
"""Verbs that revise a figure either way ("revised to", "rebaja a"): other update wording says it rose."""

# What is counted (data/subjects.yaml).
SUBJECTS: dict[str, tuple[str, ...]] = {concept: tuple(stems) for concept, stems in _subjects["subjects"].items()}
THIS_YEAR: tuple[str, ...] = tuple(_subjects["this_year"])
FUNCTION_WORDS: frozenset[str] = frozenset(w for words in _subjects["function_words"].values() for w in words)

# --- regular expressions: these stay in Python --------------------------------------------------------------------

# Hyphenated adjectives after a number: (suffix regex, kind, unit). "years" ages are checked against PERIOD_NOUNS.
GLUED_FORMS: tuple[tuple[str, str, str], ...] = (
    (r"-(?:km|kilomet(?:er|re)s?|[Kk]ilometer)\b", "measure", "km"),
    (r"-kilometrow\w*", "measure", "km"),
    (r"-километров\w*", "measure", "km"),
    (r"-кілометров\w*", "measure", "km"),
    (r"-(?:tonnes?|tons?|[Tt]onnen)\b", "measure", "tonnes"),
    (r"-(?:met(?:er|re)s?|[Mm]eter)\b", "measure", "m"),  # "a 400-metre ship", "das 400-Meter-Schiff"
    (r"-(?:kilo(?:gram|gramme)s?|[Kk]ilogramm)\b", "measure", "kg"),
    (r"-(?:gram|gramme)s?\b", "measure", "g"),
    (r"C(?![^\W_])", "measure", "°C"),  # "Cordoba hits 44.6C": English headlines glue the Celsius sign's letter
    (r"-?years?-old\b", "age", "years"),
    (r"-?[Jj]ährig\w*", "age", "years"),
    (r"-?летн\w*", "age", "years"),
    (r"-?річн\w*", "age", "years"),
    (r"-?lat(?:ek|ka|kowie|ków|ki)\b", "age", "years"),
    (r"-?letni\w*", "age", "years"),
    (r"-?jarige?\b", "age", "years"),  # nl: "de 52-jarige zaakvoerder", "een 37-jarig slachtoffer"
    (r"-?enne\b", "age", "years"),
    (r"-seconds?\b", "duration", "seconds"),
    (r"-minutes?\b", "duration", "minutes"),
    (r"-hours?\b", "duration", "hours"),
    (r"-days?\b", "duration", "days"),
    (r"-weeks?\b", "duration", "weeks"),
    (r"-months?\b", "duration", "months"),
    (r"-years?\b", "duration", "years"),
    (r"-?sekündig\w*", "duration", "seconds"),
    (r"-?minütig\w*", "duration", "minutes"),
    (r"-?stündig\w*", "duration", "hours"),
    (r"-[Ss]tunden\b", "duration", "hours"),
    (r"-?tägig\w*", "duration", "days"),
    (r"-[Tt]age\b", "duration", "days"),
    (r"-?wöchig\w*", "duration", "weeks"),
    (r"-?monatig\w*", "duration", "months"),
    (r"-?секундн\w*", "duration", "seconds"),
    (r"-?минутн\w*", "duration", "minutes"),
    (r"-?часов\w*", "duration", "hours"),
    (r"-?суточн\w*", "duration", "days"),
    (r"-?дневн\w*", "duration", "days"),
    (r"-?недельн\w*", "duration", "weeks"),
    (r"-?месячн\w*", "duration", "months"),
    (r"-?хвилинн\w*", "duration", "minutes"),
    (r"-?годинн\w*", "duration", "hours"),
    (r"-?добов\w*", "duration", "days"),
    (r"-?денн\w*", "duration", "days"),
    (r"-?тижнев\w*", "duration", "weeks"),
    (r"-?місячн\w*", "duration", "months"),
    (r"-?sekundow\w*", "duration", "seconds"),
    (r"-?minutow\w*", "duration", "minutes"),
    (r"-?godzinn\w*", "duration", "hours"),
    (r"-?dniow\w*", "duration", "days"),
    (r"-?tygodniow\w*", "duration", "weeks"),
    (r"-?miesięczn\w*", "duration", "months"),
    (r"-?urige?\b", "duration", "hours"),  # nl: "een 24-urige staking"
    (r"-?daagse?\b", "duration", "days"),
)
# Ordinal suffixes glued to digits, per language ("3rd", "3e", "1er", "3º", "3-й").
ORDINAL_SUFFIXES: dict[str, str] = {
    "en": r"(?:st|nd|rd|th)\b",
    "fr": r"(?:er|re|ère|ème|eme|e|è|ᵉ|ᵉʳ|nd|nde)\b",
    "es": r"\.?[ºª°](?![CF]\b)",
    "it": r"\.?[ºª°](?![CF]\b)",
    "pt": r"\.?[ºª°](?![CF]\b)",
    "ru": r"-(?:й|я|е|го|м|х|ми|ю|ому|ой|ий|ый|ая|ое|ые)\b",
    "uk": r"-(?:й|я|е|го|му|м|х|ми|ша|ше|ший|га|ге|гий|тя|те|тє|тій|та|ть|ий|а)\b",
}
